import { describe, test, expect, beforeAll } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate, type GateRun } from '../../src/gate/index.js';

/** The HTML report of the bundled subgroup example (better overall, worse for ages 65+). */
const ex = (f: string) => join(import.meta.dirname, '../../../../examples/gate', f);
let gate: GateRun;
let html: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-html-'));
  gate = await runGate({ candidate: ex('candidate.csv.gz'), baseline: ex('baseline.csv.gz'), policy: ex('policy.yml'), htmlReportPath: join(dir, 'a', 'report.html'), title: 'ML gate' });
  html = readFileSync(join(dir, 'a', 'report.html'), 'utf8');
});

describe('gate HTML report', () => {
  test('self-contained: no script, no external reference, a CSP that forbids loading anything', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
    expect(html).toContain("default-src 'none'");
  });

  test('one forest-plot row per slice × metric, failing rows first and shaded', () => {
    const rows = [...html.matchAll(/<g class="forest-row status-(\w+)" data-slice="([^"]*)" data-metric="([^"]*)"/g)];
    expect(rows).toHaveLength(gate.report.checks.length);
    const fails = gate.report.checks.filter((c) => c.status === 'fail');
    expect(fails.length).toBeGreaterThan(0);
    expect(fails.some((c) => c.slice.includes('age_band=65+'))).toBe(true);
    // Within each metric's panel, the failing rows come first.
    for (const metric of new Set(rows.map((r) => r[3]))) {
      const st = rows.filter((r) => r[3] === metric).map((r) => r[1]);
      const firstOther = st.findIndex((s) => s !== 'fail');
      expect(st.slice(firstOther === -1 ? st.length : firstOther)).not.toContain('fail');
    }
    const failRow = html.match(/<g class="forest-row status-fail"[^>]*>\n<rect class="highlight"[^>]*fill="#ffebe9"/);
    expect(failRow).not.toBeNull();
  });

  test('the margin line of each metric with max-regression', () => {
    expect(html.match(/<line class="margin"/g)).toHaveLength(3);
    expect(html).toContain('margin −0.01');
  });

  test('ROC and PR curves overall and for each failing slice; a reliability diagram; fairness and the policy', () => {
    const failing = [...new Set(gate.report.checks.filter((c) => c.status === 'fail' && c.slice !== 'overall').map((c) => c.slice))];
    for (const key of ['overall', ...failing.slice(0, 6)]) {
      const k = key.replace(/&/g, '&amp;');
      expect(html).toContain(`<figure class="panel curve-roc" data-slice="${k}">`);
      expect(html).toContain(`<figure class="panel curve-pr" data-slice="${k}">`);
    }
    expect(html.match(/class="curve-baseline"/g)!.length).toBe(2 * (1 + Math.min(6, failing.length)));
    expect(html).toContain('class="panel reliability"');
    expect(html).toContain('Fairness gaps');
    expect(html).toContain('max-regression: 0.01');
    expect(gate.timings.html).toBeGreaterThan(0);
  });

  test('same inputs, same bytes', async () => {
    await runGate({ candidate: ex('candidate.csv.gz'), baseline: ex('baseline.csv.gz'), policy: ex('policy.yml'), htmlReportPath: join(dir, 'b.html'), title: 'ML gate' });
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toBe(html);
  });

  test('first run without a baseline: candidate curves only, no Δ bars', async () => {
    const g = await runGate({ candidate: ex('candidate.csv.gz'), policy: ex('policy.yml'), htmlReportPath: join(dir, 'c.html') });
    const h = readFileSync(join(dir, 'c.html'), 'utf8');
    expect(h).not.toContain('curve-baseline');
    expect(h).toContain('curve-candidate');
    expect([...h.matchAll(/<g class="forest-row /g)]).toHaveLength(g.report.checks.length);
  });
});
