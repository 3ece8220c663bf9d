/**
 * Real event payloads for GITHUB_EVENT_PATH, from @octokit/webhooks-examples (payloads contributed from real
 * deliveries), so actions are tested against what GitHub actually sends rather than what we think it sends.
 *
 * `schedule` is not a webhook, so neither the examples nor @octokit/webhooks-schemas have it. Its payload is
 * written here from GitHub's docs ("Events that trigger workflows" > schedule: `github.event.schedule` is the
 * cron string) around the `repository` object of the real push example.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type EventName = 'pull_request' | 'push' | 'schedule' | 'workflow_dispatch' | 'issue_comment' | 'issues' | 'repository_dispatch';

export interface GitHubEvent {
  name: string;
  payload: Record<string, any>;
}

interface ExampleGroup {
  name: string;
  examples: Array<Record<string, any>>;
}

let groups: ExampleGroup[] | undefined;
function examples(name: string): Array<Record<string, any>> {
  groups ??= require('@octokit/webhooks-examples/api.github.com/index.json') as ExampleGroup[];
  const g = groups.find((x) => x.name === name);
  if (!g) throw new Error(`events: @octokit/webhooks-examples has no "${name}" payloads`);
  return g.examples;
}

/** Which real example stands for an event when the caller names no action. */
const PICK: Record<string, (e: Record<string, any>) => boolean> = {
  pull_request: (e) => e.action === 'opened',
  // A branch push with commits (the examples also hold tag pushes and deletions).
  push: (e) => typeof e.ref === 'string' && e.ref.startsWith('refs/heads/') && !e.deleted && e.commits?.length > 0,
  workflow_dispatch: (e) => typeof e.ref === 'string',
  issue_comment: (e) => e.action === 'created',
  issues: (e) => e.action === 'opened',
};

type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

function isPlainObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; arrays, primitives and null replace; undefined leaves the value alone. */
export function deepMerge<T extends Record<string, any>>(base: T, over: DeepPartial<T> | Record<string, any> | undefined): T {
  if (!over) return base;
  const out: Record<string, any> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? deepMerge(out[k], v) : structuredClone(v);
  }
  return out as T;
}

function schedulePayload(): Record<string, any> {
  const push = examples('push').find(PICK.push!)!;
  return {
    schedule: '0 3 * * *',
    workflow: '.github/workflows/retrain.yml',
    repository: structuredClone(push.repository),
  };
}

/**
 * A real payload for `name` (optionally `name.action`, e.g. `pull_request.synchronize`), with `overrides`
 * deep-merged over it. Returns a fresh copy each time.
 */
export function loadEvent(name: string, overrides?: Record<string, any>): GitHubEvent {
  const [event = name, action] = name.split('.');
  let payload: Record<string, any>;
  if (event === 'schedule') {
    payload = schedulePayload();
  } else {
    const all = examples(event);
    const found = action ? all.find((e) => e.action === action) : (all.find(PICK[event] ?? (() => true)) ?? all[0]);
    if (!found) {
      const actions = [...new Set(all.map((e) => e.action).filter(Boolean))];
      throw new Error(`events: no "${event}" example with action "${action}" (available: ${actions.join(', ') || 'none'})`);
    }
    payload = structuredClone(found);
  }
  return { name: event, payload: deepMerge(payload, overrides) };
}

/** A pull_request event from a fork: GitHub gives such runs a read-only token. */
export function forkPullRequestEvent(overrides?: Record<string, any>): GitHubEvent {
  const base = loadEvent('pull_request');
  const headRepo = base.payload.pull_request.head.repo;
  return loadEvent('pull_request', deepMerge(
    {
      pull_request: {
        head: {
          label: `contributor:${base.payload.pull_request.head.ref}`,
          repo: { ...headRepo, full_name: `contributor/${headRepo.name}`, owner: { ...headRepo.owner, login: 'contributor' }, fork: true },
        },
      },
    },
    overrides ?? {},
  ));
}
