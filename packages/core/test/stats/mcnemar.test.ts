import { describe, expect, test } from '@jest/globals';
import { mcnemarExact } from '../../src/stats/index.js';
import { refs, relClose } from '../metrics/refs.js';

describe('mcnemarExact', () => {
  test('STATS.md check: b = 12, c = 4 → 0.0768127', () => {
    expect(mcnemarExact(12, 4)).toBeCloseTo(0.0768127, 7);
    expect(mcnemarExact(4, 12)).toBe(mcnemarExact(12, 4));
  });
  test.each(refs.mcnemar as { b: number; c: number; p: number; p_greater: number; p_less: number }[])(
    'b = $b, c = $c matches scipy.stats.binomtest (two-sided and one-sided)',
    ({ b, c, p, p_greater, p_less }) => {
      expect(relClose(mcnemarExact(b, c), p, 1e-9)).toBe(true);
      expect(relClose(mcnemarExact(b, c, 'greater'), p_greater, 1e-9)).toBe(true);
      expect(relClose(mcnemarExact(b, c, 'less'), p_less, 1e-9)).toBe(true);
    },
  );
  test('no discordant pairs → 1; invalid counts throw', () => {
    expect(mcnemarExact(0, 0)).toBe(1);
    expect(mcnemarExact(0, 0, 'less')).toBe(1);
    expect(() => mcnemarExact(-1, 3)).toThrow(RangeError);
    expect(() => mcnemarExact(1.5, 3)).toThrow(RangeError);
  });
  test('far tail keeps its digits: b = 0, c = 200 → 2·2^−200', () => {
    expect(relClose(mcnemarExact(0, 200), 2 * 2 ** -200, 1e-10)).toBe(true);
  });
});
