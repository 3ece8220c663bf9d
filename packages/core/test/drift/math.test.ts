import { describe, test, expect } from '@jest/globals';
import {
  empiricalCdf,
  countsCdf,
  quantileCdf,
  cdfAt,
  cdfBelow,
  quantileAt,
  mixtureQuantiles,
  ksStatistic,
  ksTest,
  kolmogorovSf,
  wasserstein1,
  chiSquareHomogeneity,
  twoProportionZ,
  jensenShannonDistance,
  populationStabilityIndex,
  numericPsi,
} from '../../src/drift/index.js';
import { countsNullMinP, countsNullP, maxCellZ } from '../../src/drift/null-reference.js';

// Check values computed with scipy 1.10 (scipy.stats.ks_2samp, scipy.special.kolmogorov, wasserstein_distance,
// chi2_contingency(correction=False), scipy.spatial.distance.jensenshannon(base=2)) and numpy.
const a = [0.61, 1.2, -0.3, 2.2, 0.05, 1.7, 0.9, 1.1, -1.4, 0.33, 0.8, 2.9, 1.0, 1.0, 0.4];
const b = [1.5, 2.1, 0.7, 3.3, 1.9, 2.4, 0.2, 1.0, 2.8, 1.6, 3.1, 0.95];
const sorted = (x: number[]) => [...x].sort((p, q) => p - q);

describe('piecewise CDF', () => {
  test('empirical CDF is right-continuous with left limits at ties', () => {
    const c = empiricalCdf([1, 2, 2, 3]);
    expect(cdfAt(c, 0.5)).toBe(0);
    expect(cdfAt(c, 1)).toBe(0.25);
    expect(cdfBelow(c, 2)).toBe(0.25);
    expect(cdfAt(c, 2)).toBe(0.75);
    expect(cdfAt(c, 2.5)).toBe(0.75);
    expect(cdfAt(c, 3)).toBe(1);
    expect(cdfBelow(c, 1)).toBe(0);
  });
  test('quantile summary CDF interpolates linearly and inverts to its quantiles', () => {
    const c = quantileCdf([0, 10, 20, 40]);
    expect(cdfAt(c, 5)).toBeCloseTo(1 / 6, 12);
    expect(cdfAt(c, 30)).toBeCloseTo(5 / 6, 12);
    expect(quantileAt(c, 0.5)).toBeCloseTo(15, 12);
    expect(quantileAt(c, 1)).toBe(40);
  });
  test('value counts give the same step function as the values themselves', () => {
    const values = [1, 1, 2, 5, 5, 5, 9];
    const a = countsCdf([[1, 2], [2, 1], [5, 3], [9, 1]]);
    const b = empiricalCdf(values);
    for (const x of [0, 1, 1.5, 2, 4, 5, 8, 9, 10]) {
      expect(cdfAt(a, x)).toBeCloseTo(cdfAt(b, x), 15);
      expect(cdfBelow(a, x)).toBeCloseTo(cdfBelow(b, x), 15);
    }
    expect(wasserstein1(a, b)).toBe(0);
  });
  test('mixture of two halves gives the quantiles of the whole', () => {
    const left = quantileCdf([0, 0.5, 1]);
    const right = quantileCdf([1, 1.5, 2]);
    const q = mixtureQuantiles([{ cdf: left, weight: 10 }, { cdf: right, weight: 10 }], 4);
    expect(q.map((x) => +x.toFixed(12))).toEqual([0, 0.5, 1, 1.5, 2]);
  });
});

describe('KS', () => {
  test('statistic matches scipy.stats.ks_2samp on exact samples', () => {
    expect(ksStatistic(empiricalCdf(sorted(a)), empiricalCdf(sorted(b)))).toBeCloseTo(0.4666666666666667, 14);
  });
  test('Kolmogorov survival function matches scipy.special.kolmogorov on both series', () => {
    const check: Array<[number, number]> = [
      [0.3, 0.9999906941986655], [0.8, 0.5441424115741981], [1.0, 0.26999967167735456],
      [1.18, 0.1234538094297657], [1.5, 0.022217962616525127], [2.5, 7.453306344157342e-6],
    ];
    for (const [l, p] of check) expect(kolmogorovSf(l) / p).toBeCloseTo(1, 10);
    expect(kolmogorovSf(0)).toBe(1);
  });
  test('p-value is Q_KS at the Stephens-corrected argument', () => {
    const r = ksTest(empiricalCdf(sorted(a)), empiricalCdf(sorted(b)), a.length, b.length);
    expect(r.pValue).toBeCloseTo(0.07518137684764332, 12);
  });
  test('identical samples: D = 0, p = 1', () => {
    const c = empiricalCdf(sorted(a));
    expect(ksTest(c, c, 15, 15)).toEqual({ statistic: 0, pValue: 1 });
  });
});

describe('distances', () => {
  test('Wasserstein-1 matches scipy.stats.wasserstein_distance on exact samples', () => {
    expect(wasserstein1(empiricalCdf(sorted(a)), empiricalCdf(sorted(b)))).toBeCloseTo(0.9631666666666666, 12);
  });
  test('Wasserstein-1 of a shift by d is d, also between quantile summaries', () => {
    const q = Array.from({ length: 101 }, (_, i) => i / 100);
    expect(wasserstein1(quantileCdf(q), quantileCdf(q.map((x) => x + 0.25)))).toBeCloseTo(0.25, 12);
  });
  test('Jensen-Shannon distance (base 2) matches scipy', () => {
    expect(jensenShannonDistance([30, 12, 8, 0], [20, 25, 5, 3])).toBeCloseTo(0.28398526706299343, 12);
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(1, 12);
    expect(jensenShannonDistance([3, 4], [6, 8])).toBe(0);
  });
  test('PSI floors empty bins at 1e-4', () => {
    expect(populationStabilityIndex([30, 12, 8, 0], [20, 25, 5, 3])).toBeCloseTo(0.6526497441344379, 12);
    expect(populationStabilityIndex([1, 1], [1, 1])).toBe(0);
  });
  test('numeric PSI on reference deciles is 0 for the same distribution and grows with a shift', () => {
    const q = Array.from({ length: 201 }, (_, i) => i / 200);
    expect(numericPsi(quantileCdf(q), quantileCdf(q))).toBeCloseTo(0, 12);
    expect(numericPsi(quantileCdf(q), quantileCdf(q.map((x) => x + 0.3)))).toBeGreaterThan(0.2);
  });
});

describe('categorical tests', () => {
  test('chi-square of homogeneity matches chi2_contingency(correction=False)', () => {
    const r = chiSquareHomogeneity([30, 12, 8, 0], [20, 25, 5, 3]);
    expect(r.statistic).toBeCloseTo(10.181133644529867, 10);
    expect(r.df).toBe(3);
    expect(r.pValue).toBeCloseTo(0.01708755225515393, 10);
  });
  test('two-proportion z squared equals the 2x2 Pearson chi-square', () => {
    const z = twoProportionZ(40, 100, 55, 100);
    expect(z.statistic ** 2).toBeCloseTo(4.511278195488721, 10);
    expect(z.pValue).toBeCloseTo(0.033672068856345896, 10);
  });
  test('tiny p-values keep their digits (scipy.stats.chi2.sf)', () => {
    // 2x2 table far from homogeneous; statistic and sf from scipy.stats.chi2_contingency(correction=False) / chi2.sf.
    const r = chiSquareHomogeneity([500, 0, 0], [0, 500, 0]);
    expect(r.df).toBe(1);
    expect(r.statistic).toBeCloseTo(1000, 8);
    expect(r.pValue / 1.7958327848007363e-219).toBeCloseTo(1, 8);
    const s = chiSquareHomogeneity([500, 300, 200], [200, 300, 500]);
    expect(s.statistic).toBeCloseTo(257.14285714285717, 8);
    expect(s.pValue / 1.4525732463293569e-56).toBeCloseTo(1, 8);
  });
  test('degenerate tables give p = 1', () => {
    expect(chiSquareHomogeneity([5, 0], [7, 0]).pValue).toBe(1);
    expect(twoProportionZ(0, 10, 0, 10).pValue).toBe(1);
  });
});

describe('null p for categories: distance and largest one-category z together (min-p)', () => {
  test('maxCellZ is the largest two-proportion z (pooled) over the cells', () => {
    const ref = [70, 20, 10];
    const cur = [40, 40, 20];
    const z = (a: number, b: number) => twoProportionZ(a, 100, b, 100).statistic;
    expect(maxCellZ(ref, cur)).toBeCloseTo(Math.max(...ref.map((a, i) => Math.abs(z(a, cur[i])))), 12);
    expect(maxCellZ([5, 0], [7, 0])).toBe(0);
  });

  test('a move of the top category among many noisy cells: beyond chance by min-p, not by the distance alone', () => {
    // 80 categories, 5,000 vs 1,200 rows, the top one (20%) losing 30% of its share to the others in proportion.
    const k = 80;
    const p = Array.from({ length: k }, (_, i) => (i === 0 ? 0.2 : 0.8 / (k - 1)));
    const q = p.map((x, i) => (i === 0 ? 0.14 : x * (0.86 / 0.8)));
    const ref = p.map((x) => Math.round(x * 5000));
    const cur = q.map((x) => Math.round(x * 1200));
    const js = jensenShannonDistance(ref, cur);
    expect(countsNullP(ref, cur, jensenShannonDistance, js, 7)).toBeGreaterThan(0.05);
    expect(countsNullMinP(ref, cur, [jensenShannonDistance, maxCellZ], 7)).toBeLessThan(0.05);
    // The same counts and seed, the same p (same report bytes); no change at all is nowhere near chance's edge.
    expect(countsNullMinP(ref, cur, [jensenShannonDistance, maxCellZ], 7)).toBe(countsNullMinP(ref, cur, [jensenShannonDistance, maxCellZ], 7));
    const same = p.map((x) => Math.round(x * 1200));
    expect(countsNullMinP(ref, same, [jensenShannonDistance, maxCellZ], 7)).toBeGreaterThan(0.5);
    // p is a share of the 200 pairs, at least 1/200.
    const pv = countsNullMinP(ref, cur, [jensenShannonDistance, maxCellZ], 7);
    expect(pv * 200).toBeCloseTo(Math.round(pv * 200), 9);
    expect(pv).toBeGreaterThanOrEqual(1 / 200);
  });
});
