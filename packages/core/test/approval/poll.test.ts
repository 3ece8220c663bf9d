import { describe, test, expect } from '@jest/globals';
import { pollDelay } from '../../src/approval/poll.js';

const now = 1_000_000;
describe('pollDelay', () => {
  test('the poll interval when the budget is plentiful or unknown', () => {
    expect(pollDelay(15_000, 3, undefined, now)).toBe(15_000);
    expect(pollDelay(15_000, 3, { remaining: 4900, limit: 5000, resetAt: now + 3_600_000 }, now)).toBe(15_000);
  });
  test('paced so the budget lasts until the reset: H·p/R', () => {
    // GITHUB_TOKEN: 1000 an hour, 100 left above the reserve of 50, 4 requests a poll -> one poll every 144 s.
    expect(pollDelay(15_000, 4, { remaining: 150, limit: 1000, resetAt: now + 3_600_000 }, now)).toBe(144_000);
  });
  test('paced only up to the deadline when it comes before the reset', () => {
    expect(pollDelay(50, 4, { remaining: 4999, limit: 5000, resetAt: now + 3_600_000 }, now, now + 20_000)).toBe(50);
  });
  test('nothing left above the reserve: wait for the reset', () => {
    expect(pollDelay(15_000, 4, { remaining: 40, limit: 1000, resetAt: now + 600_000 }, now)).toBe(601_000);
  });
});
