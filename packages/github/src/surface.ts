/**
 * What the comment and check surfaces need from the platform, and the bookkeeping behind the one notice an action
 * emits when its token could not post (fork pull requests get a read-only GITHUB_TOKEN).
 */
import type { RunContext } from '@mlci/core';
import type { GitHubClient } from './octokit.js';

export interface SurfaceDeps {
  context(): RunContext;
  /** undefined when there is no token. */
  client(): Promise<GitHubClient | undefined>;
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
  skipped: SkippedPosts;
}

/** The permission each surface needs, as written in a workflow's `permissions:` block. */
export type NeededPermission = 'pull-requests: write' | 'issues: write' | 'checks: write' | 'statuses: write';

/**
 * Collects what could not be posted for lack of permission (or token), so the action ends with ONE notice that
 * says what was skipped, why, and which `permissions:` would fix it.
 */
export class SkippedPosts {
  private readonly items: Array<{ what: string; permission?: NeededPermission }> = [];
  private noToken = false;
  private emitted = false;

  denied(what: string, permission: NeededPermission): void {
    if (!this.items.some((i) => i.what === what)) this.items.push({ what, permission });
  }

  missingToken(what: string): void {
    this.noToken = true;
    if (!this.items.some((i) => i.what === what)) this.items.push({ what });
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  /** The notice text, or undefined when everything that was asked for got posted. */
  message(action: string, forkPullRequest: boolean): string | undefined {
    if (this.items.length === 0) return undefined;
    const what = this.items.map((i) => i.what);
    const list = what.length === 1 ? what[0] : `${what.slice(0, -1).join(', ')} and ${what[what.length - 1]}`;
    if (this.noToken) {
      return `${action}: posted no ${list}: no github-token was given. The results are in the job summary. ` +
        'Pass `github-token: ${{ github.token }}` (the default) to post them.';
    }
    const perms = [...new Set(this.items.map((i) => i.permission).filter(Boolean))];
    const why = forkPullRequest
      ? 'the token is read-only, as GitHub makes it for pull requests from forks'
      : 'the token is not allowed to (HTTP 403 "Resource not accessible by integration")';
    return `${action}: posted no ${list}: ${why}. The results are in the job summary. ` +
      `To post them, give the job \`permissions:\` ${perms.map((p) => `\`${p}\``).join(', ')}.`;
  }

  /** Returns the message once; later calls return undefined (one notice per action run). */
  take(action: string, forkPullRequest: boolean): string | undefined {
    if (this.emitted) return undefined;
    const m = this.message(action, forkPullRequest);
    if (m) this.emitted = true;
    return m;
  }
}

/** Link to this run's page (its job summary holds the full report). */
export function runUrl(ctx: RunContext): string {
  const attempt = ctx.runAttempt > 1 ? `/attempts/${ctx.runAttempt}` : '';
  return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}${attempt}`;
}
