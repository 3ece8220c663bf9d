import type { RateBudget } from './port.js';

/**
 * How long to sleep before the next poll. At least `pollIntervalMs`; slower when polling at that pace would spend
 * the request budget before it resets. With R requests left above a reserve, p requests per poll and H ms to pace
 * over (until the budget resets or the request times out, whichever is sooner), polling every H·p/R ms spends at
 * most R. With nothing left above the reserve, wait for the reset. The reserve (5% of the limit, at least 20) keeps
 * room for the closing comment, the dispatch and other jobs sharing the token.
 */
export function pollDelay(
  pollIntervalMs: number,
  requestsPerPoll: number,
  budget: RateBudget | undefined,
  now: number,
  deadline = Infinity,
): number {
  if (!budget || budget.limit <= 0) return pollIntervalMs;
  const reserve = Math.max(20, Math.ceil(budget.limit * 0.05));
  const usable = budget.remaining - reserve;
  const untilReset = Math.max(0, budget.resetAt - now);
  const p = Math.max(1, requestsPerPoll);
  if (usable < p) return Math.max(pollIntervalMs, untilReset + 1000);
  const horizon = Math.min(untilReset, Math.max(0, deadline - now));
  return Math.max(pollIntervalMs, Math.ceil((horizon * p) / usable));
}
