import { describe, test, expect, beforeAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectChanges, type DetectResult } from '../../src/detect/detect.js';
import { detectReport } from '../../src/detect/report.js';
import { driftScore } from '../../src/detect/chart.js';
import { categoryShares, histogramBins, MAX_DRIFT_FIGURES, renderDetectHtml } from '../../src/report/detect-html.js';
import { num } from '../../src/report/svg.js';
import type { NumericSummary } from '../../src/drift/summary.js';
import { categoryCounts } from '../../src/drift/column.js';
import { createRng } from '../../src/stats/rng.js';

/**
 * detect-data-change's HTML report from a real detection: a reference table, then a current one where `amount`
 * (lognormal) tripled and `region` moved share from north to south, while `age` and `channel` stayed the same.
 */
function table(rows: number, seed: number, shifted: boolean): string {
  const rng = createRng(seed);
  const out = ['amount,region,age,channel'];
  for (let i = 0; i < rows; i++) {
    const z = Math.sqrt(-2 * Math.log(rng.next())) * Math.cos(2 * Math.PI * rng.next());
    const amount = Math.round(Math.exp(3 + 1.2 * z) * (shifted ? 3 : 1) * 100) / 100;
    const u = rng.next();
    const region = shifted ? (u < 0.2 ? 'north' : u < 0.7 ? 'south' : u < 0.9 ? 'east' : 'west') : u < 0.5 ? 'north' : u < 0.7 ? 'south' : u < 0.9 ? 'east' : 'west';
    const age = 18 + Math.floor(rng.next() * 60);
    const channel = rng.next() < 0.3 ? 'web' : 'app';
    out.push(`${amount},${region},${age},${channel}`);
  }
  return out.join('\n') + '\n';
}

let first: DetectResult;
let result: DetectResult;
let html: string;

beforeAll(async () => {
  const ws = mkdtempSync(join(tmpdir(), 'mlci-detect-html-'));
  mkdirSync(join(ws, 'data'));
  writeFileSync(join(ws, 'data', 'tx.csv'), table(4000, 1, false));
  first = await detectChanges({ workspace: ws, data: ['data/*.csv'], pointers: [], code: [], params: [], threads: 1 });
  writeFileSync(join(ws, 'data', 'tx.csv'), table(3000, 2, true));
  result = await detectChanges({ workspace: ws, data: ['data/*.csv'], pointers: [], code: [], params: [], baseline: first.record, threads: 1 });
  html = await renderDetectHtml(result, { baseline: 'data.lock.json' });
  if (process.env.MLCI_KEEP_HTML) writeFileSync(process.env.MLCI_KEEP_HTML, html);
}, 60_000);

describe('detect HTML report', () => {
  test('the fixture drifts in amount and region only', () => {
    const cols = result.tables[0].columns;
    expect(cols.filter((c) => c.drifted).map((c) => c.column).sort()).toEqual(['amount', 'region']);
  });

  test('self-contained: no script, no external reference, a CSP that forbids loading anything', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
    expect(html).toContain("default-src 'none'");
  });

  test('a table row per compared column with its test, statistic, threshold, decision and method', () => {
    const rows = [...html.matchAll(/<tr class="column( drifted)?" data-column="([^"]*)" data-drifted="(true|false)">(.*?)<\/tr>/g)];
    expect(rows.map((r) => r[2])).toEqual(result.tables[0].columns.map((c) => c.column));
    for (const c of result.tables[0].columns) {
      const row = rows.find((r) => r[2] === c.column)!;
      expect([row[1] === ' drifted', row[3]]).toEqual([c.drifted, String(c.drifted)]);
      expect(row[4]).toContain(`<td>${c.test}</td>`);
      expect(row[4]).toContain(String(c.threshold));
      expect(row[4]).toContain(c.drifted ? '>drifted<' : '>no drift<');
      expect(row[4]).toContain(c.method.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    }
  });

  test('one chart per drifted column: a histogram for amount, category bars for region, highest score first', () => {
    const figs = [...html.matchAll(/<figure class="drift-chart (\w+)" data-table="([^"]*)" data-column="([^"]*)">/g)].map((m) => [m[1], m[3]]);
    const score = new Map(result.tables[0].columns.map((c) => [c.column, driftScore(c)]));
    const expected = [['numeric', 'amount'], ['categorical', 'region']].sort((a, b) => score.get(b[1])! - score.get(a[1])!);
    expect(figs).toEqual(expected);
    const hist = html.slice(html.indexOf('<svg class="histogram" data-column="amount"'));
    // Both sides drawn as bars, the amounts spanning decades on a log axis.
    expect((hist.match(/class="bar-reference"/g) ?? []).length).toBeGreaterThan(10);
    expect((hist.match(/class="bar-current"/g) ?? []).length).toBeGreaterThan(10);
    expect(hist).toContain('(log scale)');
    const bars = html.slice(html.indexOf('<svg class="category-bars" data-column="region"'));
    const cats = [...bars.slice(0, bars.indexOf('</svg>')).matchAll(/data-category="([^"]*)"/g)].map((m) => m[1]);
    expect(cats.sort()).toEqual(['east', 'north', 'south', 'west']);
  });

  test('same inputs, same bytes', async () => {
    expect(await renderDetectHtml(result, { baseline: 'data.lock.json' })).toBe(html);
  });

  test('the profiles stay out of the JSON report', () => {
    expect(result.tableProfiles?.['data/*.csv']?.reference.rows).toBe(4000);
    expect(JSON.stringify(detectReport(result, 'x'))).not.toContain('tableProfiles');
  });

  test('at most MAX_DRIFT_FIGURES charts per table, the highest scores; the rest named in one line', async () => {
    const t = result.tables[0];
    const amount = t.columns.find((c) => c.column === 'amount')!;
    const many = Array.from({ length: MAX_DRIFT_FIGURES + 3 }, (_, i) => ({ ...amount, column: `amount`, value: amount.threshold * (2 + i) }));
    const h = await renderDetectHtml({ ...result, tables: [{ ...t, columns: many }] }, {});
    expect(h.match(/<figure class="drift-chart /g)).toHaveLength(MAX_DRIFT_FIGURES);
    expect(h).toContain(`3 more drifted columns (lower scores) are in the table above; charts are drawn for the first ${MAX_DRIFT_FIGURES}.`);
    // The first chart is the highest score.
    const at = (i: number) => h.indexOf(`wasserstein ${num(amount.threshold * (2 + i), 4)} (`);
    expect(at(MAX_DRIFT_FIGURES + 2)).toBeGreaterThan(0);
    expect(at(MAX_DRIFT_FIGURES + 2)).toBeLessThan(at(3));
    expect([at(0), at(1), at(2)]).toEqual([-1, -1, -1]);
  });

  test('first run: no table compared, said in words, no chart', async () => {
    const h = await renderDetectHtml(first, {});
    expect(h).toContain('there is no baseline yet (first run)');
    expect(h).not.toContain('<figure');
  });
});

describe('histogram bins', () => {
  const numeric = (values: number[]): NumericSummary => {
    const sorted = [...values].sort((a, b) => a - b);
    const n = sorted.length;
    const mean = sorted.reduce((a, b) => a + b, 0) / n;
    return {
      kind: 'numeric', count: n, nulls: 0, min: sorted[0], max: sorted[n - 1], mean, std: 1, integer: sorted.every((v) => Number.isInteger(v)),
      quantiles: [], sampleSize: n, values: sorted,
    };
  };

  test('each side sums to 1 with what falls outside the drawn range', () => {
    const a = numeric(Array.from({ length: 500 }, (_, i) => (i * 7.3) % 101));
    const b = numeric(Array.from({ length: 400 }, (_, i) => 20 + ((i * 3.1) % 150)));
    const h = histogramBins(a, b);
    expect(h.edges).toHaveLength(41);
    const total = (bins: number[], side: 0 | 1) => bins.reduce((x, y) => x + y, 0) + h.below[side] + h.above[side];
    expect(total(h.reference, 0)).toBeCloseTo(1, 9);
    expect(total(h.current, 1)).toBeCloseTo(1, 9);
    expect(h.log).toBe(false);
  });

  test('small-range integers get one bin per value, centred on it', () => {
    const a = numeric(Array.from({ length: 300 }, (_, i) => i % 10));
    const b = numeric(Array.from({ length: 300 }, (_, i) => 3 + (i % 10)));
    const h = histogramBins(a, b);
    expect(h.edges[0]).toBe(-0.5);
    expect(h.edges[h.edges.length - 1]).toBe(12.5);
    expect(h.reference[0]).toBeCloseTo(0.1, 9);
    expect(h.current.slice(0, 3)).toEqual([0, 0, 0]);
  });

  test('integers over a wide range: bins of a whole number of values each, so no bin is empty by construction', () => {
    const a = numeric(Array.from({ length: 780 }, (_, i) => 18 + (i % 78)));
    const h = histogramBins(a, a);
    const widths = new Set(h.edges.slice(1).map((e, k) => e - h.edges[k]));
    expect([...widths]).toEqual([2]);
    expect(h.edges[0]).toBe(17.5);
    expect(h.reference.every((v) => v > 0)).toBe(true);
    expect(h.reference.reduce((x, y) => x + y, 0) + h.below[0] + h.above[0]).toBeCloseTo(1, 9);
  });

  test('a value exactly at the lower end of the drawn range is drawn, not counted as below it', () => {
    const a = numeric([...Array.from({ length: 100 }, () => 0), ...Array.from({ length: 900 }, (_, i) => (i + 1) / 9.7)]);
    const h = histogramBins(a, a);
    expect(h.edges[0]).toBe(0);
    expect(h.below[0]).toBe(0);
    expect(h.reference[0]).toBeGreaterThanOrEqual(0.1);
  });
});

describe('category shares', () => {
  test('the largest categories on either side first, the rest summed into one bar', () => {
    const top = (counts: Array<[string, number]>) => ({
      kind: 'categorical' as const, count: counts.reduce((a, [, c]) => a + c, 0), nulls: 0, top: counts, other: 0, distinct: counts.length, distinctCapped: false,
    });
    const names = Array.from({ length: 30 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const ref = top(names.map((k, i) => [k, 100 - i] as [string, number]));
    const cur = top(names.map((k, i) => [k, i === 29 ? 500 : 100 - i] as [string, number]));
    const s = categoryShares(categoryCounts(ref, cur), 5);
    expect(s.categories).toEqual(['c29', 'c00', 'c01', 'c02', '(26 more)']);
    expect(s.reference.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(s.current.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});
