import { UserError } from '../errors.js';
import type { ApprovalTracker } from './port.js';

/** A team named in `approvers` as `@org/team-slug`. */
export interface TeamRef {
  org: string;
  slug: string;
}

/** The `approvers` input, parsed: individual logins and teams, in the order given, without duplicates. */
export interface ApproverSpec {
  users: string[];
  teams: TeamRef[];
}

// GitHub logins: letters, digits, hyphens (underscores for Enterprise Managed Users); team slugs are lower-case.
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/**
 * Parse `alice, @bob, @acme/ml-leads` (items already split by the list input). A user may be written with or without
 * `@`; a team is `@org/slug` (or `org/slug`). Throws one UserError naming the bad item.
 */
export function parseApprovers(items: readonly string[]): ApproverSpec {
  const users: string[] = [];
  const teams: TeamRef[] = [];
  const seen = new Set<string>();
  for (const raw of items) {
    const item = raw.trim().replace(/^@/, '');
    if (item === '') continue;
    const slash = item.indexOf('/');
    if (slash >= 0) {
      const org = item.slice(0, slash);
      const slug = item.slice(slash + 1);
      if (!LOGIN.test(org) || !SLUG.test(slug)) {
        throw new UserError(`Input 'approvers' has '${raw}': a team is written '@org/team-slug' (the slug from the team's URL).`);
      }
      const key = `${org}/${slug}`.toLowerCase();
      if (!seen.has(key)) teams.push({ org, slug: slug.toLowerCase() });
      seen.add(key);
    } else {
      if (!LOGIN.test(item)) {
        throw new UserError(`Input 'approvers' has '${raw}': expected a GitHub login such as 'alice' or a team such as '@acme/ml-leads'.`);
      }
      const key = item.toLowerCase();
      if (!seen.has(key)) users.push(item);
      seen.add(key);
    }
  }
  if (users.length === 0 && teams.length === 0) {
    throw new UserError("Input 'approvers' is empty: list who may approve, e.g. 'alice, @acme/ml-leads'.");
  }
  return { users, teams };
}

/** Render a spec back to the `approvers` text (stored in the request record). */
export function formatApprovers(spec: ApproverSpec): string[] {
  return [...spec.users, ...spec.teams.map((t) => `@${t.org}/${t.slug}`)];
}

/** Approvers after team expansion: lower-cased login → how they qualify (`listed`, `@acme/ml-leads`). */
export interface ResolvedApprovers {
  /** Lower-cased login → display login and the sources that made them an approver. */
  byLogin: Map<string, { login: string; via: string[] }>;
}

export function isApprover(resolved: ResolvedApprovers, login: string): boolean {
  return resolved.byLogin.has(login.toLowerCase());
}

/**
 * Expand teams to members through the tracker (which raises a UserError naming the token scope when it cannot read
 * them). Membership is read when the decision is made, so a person who left the team no longer counts.
 */
export async function resolveApprovers(spec: ApproverSpec, tracker: Pick<ApprovalTracker, 'teamMembers'>): Promise<ResolvedApprovers> {
  const byLogin = new Map<string, { login: string; via: string[] }>();
  const add = (login: string, via: string) => {
    const key = login.toLowerCase();
    const cur = byLogin.get(key);
    if (cur) {
      if (!cur.via.includes(via)) cur.via.push(via);
    } else byLogin.set(key, { login, via: [via] });
  };
  for (const u of spec.users) add(u, 'listed');
  for (const t of spec.teams) {
    for (const m of await tracker.teamMembers(t.org, t.slug)) add(m, `@${t.org}/${t.slug}`);
  }
  return { byLogin };
}
