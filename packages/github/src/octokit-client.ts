/** The Octokit client (see octokit.ts); a separate module so that it is loaded only when the API is called. */
import { getOctokit as actionsGetOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { GitHubClient, OctokitLog, OctokitTuning } from './octokit.js';

/** A limiter shaped like a Bottleneck.Group that never waits (plugin-throttling only calls key().schedule()). */
const immediateGroup = {
  key: () => ({
    schedule: (...args: any[]) => {
      const i = typeof args[0] === 'function' ? 0 : 1;
      return Promise.resolve(args[i](...args.slice(i + 1)));
    },
  }),
};

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

