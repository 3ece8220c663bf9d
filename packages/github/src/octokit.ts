/**
 * The Octokit every mlci action uses: @actions/github's client (REST endpoint methods + pagination) with
 * @octokit/plugin-retry (5xx and network errors, backoff) and @octokit/plugin-throttling (primary and secondary
 * rate limits, honouring `retry-after`).
 */
import { getOctokit as actionsGetOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

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

/** A limiter shaped like a Bottleneck.Group that never waits (plugin-throttling only calls key().schedule()). */
const immediateGroup = {
  key: () => ({
    schedule: (...args: any[]) => {
      const i = typeof args[0] === 'function' ? 0 : 1;
      return Promise.resolve(args[i](...args.slice(i + 1)));
    },
  }),
};

/**
 * Tuning from the environment, for runner-faithful tests of bundles: `MLCI_OCTOKIT_TIMING=fast` removes the
 * write spacing and shortens the 5xx backoff to 20 ms units. `retry-after` is still honoured.
 */
export function tuningFromEnv(env: NodeJS.ProcessEnv = process.env): OctokitTuning {
  return env.MLCI_OCTOKIT_TIMING === 'fast' ? { writeIntervalMs: 0, retryBaseMs: 20 } : {};
}

export function createOctokit(token: string, baseUrl: string, log: OctokitLog, tuning: OctokitTuning = {}): GitHubClient {
  const rateLimitRetries = tuning.rateLimitRetries ?? 3;
  const maxWait = tuning.maxRetryAfterSeconds ?? 120;
  const onLimit = (kind: string) => (retryAfter: number, options: any, _octokit: unknown, retryCount: number): boolean => {
    const what = `${options.method} ${options.url}`;
    if (retryCount >= rateLimitRetries) {
      log.info(`GitHub ${kind} rate limit on ${what}: giving up after ${retryCount} retries`);
      return false;
    }
    if (retryAfter > maxWait) {
      log.info(`GitHub ${kind} rate limit on ${what}: retry-after ${retryAfter}s is longer than ${maxWait}s; not waiting`);
      return false;
    }
    log.info(`GitHub ${kind} rate limit on ${what}: retrying after ${retryAfter}s (retry ${retryCount + 1}/${rateLimitRetries})`);
    return true;
  };
  const throttle: Record<string, unknown> = {
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
  };
  if (tuning.writeIntervalMs === 0) {
    throttle.write = immediateGroup;
    throttle.notifications = immediateGroup;
  }
  return actionsGetOctokit(
    token,
    {
      baseUrl,
      userAgent: 'mlci',
      log: { debug: log.debug, info: log.debug, warn: log.info, error: log.info },
      throttle,
      retry: {
        // 403 (read-only token, secondary limit) and 429 belong to the throttling plugin or are final.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        retries: tuning.retries ?? 3,
        retryAfterBaseValue: tuning.retryBaseMs ?? 1000,
      },
    } as any,
    retry,
    throttling,
  );
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
