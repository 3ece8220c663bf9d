/**
 * The Octokit every mlci action uses: @actions/github's client (REST endpoint methods + pagination) with
 * @octokit/plugin-retry (5xx and network errors, backoff) and @octokit/plugin-throttling (primary and secondary
 * rate limits, honouring `retry-after`).
 *
 * This module holds the types and helpers only; the client itself (octokit-client.ts) is loaded with `await import`
 * the first time an action calls the API, so a run that never does (no token, no pull request) never evaluates
 * Octokit and undici (~0.1 s).
 */
import type { getOctokit as actionsGetOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof actionsGetOctokit>;

export interface OctokitTuning {
  /** Retries of 5xx / network failures (plugin-retry; waits (n+1)^2 x retryBaseMs). Default 3. */
  retries?: number;
  /** Retries after a primary or secondary rate limit. Default 3. */
  rateLimitRetries?: number;
  /** A `retry-after` longer than this is not waited for (the job would idle); the call fails instead. Default 120 s. */
  maxRetryAfterSeconds?: number;
  /** Unit of plugin-retry's backoff. Default 1000 ms. */
  retryBaseMs?: number;
  /**
   * Spacing between write requests. Default: plugin-throttling's (1 s between writes, 3 s between
   * notification-triggering ones, per GitHub's "best practices" for avoiding secondary rate limits).
   * 0 removes the spacing (tests).
   */
  writeIntervalMs?: number;
}

export interface OctokitLog {
  debug(message: string): void;
  info(message: string): void;
}

/**
 * Tuning from the environment, for runner-faithful tests of bundles: `MLCI_OCTOKIT_TIMING=fast` removes the
 * write spacing and shortens the 5xx backoff to 20 ms units. `retry-after` is still honoured.
 */
export function tuningFromEnv(env: NodeJS.ProcessEnv = process.env): OctokitTuning {
  return env.MLCI_OCTOKIT_TIMING === 'fast' ? { writeIntervalMs: 0, retryBaseMs: 20 } : {};
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** 403 that is about permissions (not a rate limit): the token may not do this. */
export function isPermissionDenied(e: unknown): boolean {
  const status = httpStatus(e);
  if (status !== 403) return false;
  const msg = String((e as Error).message ?? '');
  return !/rate limit/i.test(msg);
}

/** One line for a failed API call: status and GitHub's message. */
export function describeApiError(e: unknown): string {
  const status = httpStatus(e);
  const msg = (e as Error)?.message ?? String(e);
  return status ? `HTTP ${status}: ${msg.split('\n')[0]}` : msg.split('\n')[0]!;
}
