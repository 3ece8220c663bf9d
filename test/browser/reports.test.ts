import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { runAction, REPO_ROOT } from '../harness/run-action.js';
import { renderChart } from '../../packages/core/src/train/chart.js';
import { driftChart } from '../../packages/core/src/detect/chart.js';
import type { ColumnDrift } from '../../packages/core/src/drift/column.js';
import { writeTable } from '../../packages/core/test/detect/gen.js';

/**
 * The reports as people see them, in a real browser: Debian's chromium driven by playwright-core (no browser
 * download). The gate's HTML report of the bundled subgroup example must load with no console error and no request,
 * show one forest-plot row per slice × metric and the failing slices highlighted; detect-data-change's HTML report
 * of a drifted table must show one chart per drifted column; every mermaid block the actions write (gate, detect,
 * train) must parse and draw with the `mermaid` package in the same kind of page.
 * Screenshots go to .tmp/test-artifacts/browser/ (or $MLCI_TEST_ARTIFACTS/browser/).
 */
const CHROMIUM = process.env.MLCI_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ARTIFACTS = join(process.env.MLCI_TEST_ARTIFACTS ?? join(REPO_ROOT, '.tmp', 'test-artifacts'), 'browser');
const hasChromium = existsSync(CHROMIUM);
const suite = hasChromium ? describe : describe.skip;
const name = hasChromium ? 'reports in Chromium' : `reports in Chromium: SKIPPED, no Chromium at ${CHROMIUM} (apt-get install chromium, or set MLCI_CHROMIUM)`;

interface PageLog {
  errors: string[];
  requests: string[];
}

/** A page that records console errors, page errors and every request other than the document itself. */
async function openPage(browser: Browser, url?: string): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const log: PageLog = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => {
    if (r.url() !== url) log.requests.push(r.url());
  });
  if (url) await page.goto(url);
  return { page, log };
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

suite(name, () => {
  let browser: Browser;
  let ws: string;
  let gate: Awaited<ReturnType<typeof runAction>>;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    mkdirSync(ARTIFACTS, { recursive: true });
    // The bundled example through the committed action bundle, as the runner runs it.
    ws = mkdtempSync(join(tmpdir(), 'mlci-browser-'));
    for (const f of ['candidate.csv.gz', 'baseline.csv.gz', 'policy.yml']) copyFileSync(join(REPO_ROOT, 'examples', 'gate', f), join(ws, f));
    gate = await runAction({
      action: 'evaluate-gate', cwd: ws, event: 'workflow_dispatch', timeoutMs: 120_000,
      inputs: { candidate: 'candidate.csv.gz', baseline: 'baseline.csv.gz', policy: 'policy.yml', comment: 'false', check: 'false', 'fail-on-regression': 'false' },
    });
    expect([gate.exitCode, gate.outputs.passed]).toEqual([0, 'false']);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  test('the gate HTML report: no console error, no request, one forest row per slice × metric, the 65+ slice highlighted', async () => {
    const file = join(ws, gate.outputs['html-report']);
    const report = JSON.parse(readFileSync(join(ws, gate.outputs.report), 'utf8'));
    const url = pathToFileURL(file).href;
    const { page, log } = await openPage(browser, url);
    const rows = page.locator('svg.forest g.forest-row');
    expect(await rows.count()).toBe(report.checks.length);
    // Every check has its row, by slice and metric.
    const keys = await rows.evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-slice')}|${g.getAttribute('data-metric')}|${g.getAttribute('data-status')}`));
    expect(keys.sort()).toEqual(report.checks.map((c: any) => `${c.slice}|${c.metric}|${c.status}`).sort());
    // The failing 65+ AUC row is shaded red and drawn first in its panel, left of the margin line.
    const fail = page.locator('svg.forest[data-metric="auc"] g.forest-row[data-slice="age_band=65+"]');
    expect(await fail.getAttribute('data-status')).toBe('fail');
    expect(await fail.locator('rect.highlight').evaluate((r) => (globalThis as any).getComputedStyle(r).fill)).toBe('rgb(255, 235, 233)');
    const firstAuc = await page.locator('svg.forest[data-metric="auc"] g.forest-row').first().getAttribute('data-status');
    expect(firstAuc).toBe('fail');
    const geometry = await page.locator('svg.forest[data-metric="auc"]').evaluate((svg) => {
      const margin = svg.querySelector('line.margin')!.getBoundingClientRect().x;
      const marker = svg.querySelector('g.forest-row[data-slice="age_band=65+"] rect:not(.highlight)')!.getBoundingClientRect();
      return { margin, marker: marker.x + marker.width / 2 };
    });
    expect(geometry.marker).toBeLessThan(geometry.margin);
    // Curves and the reliability diagram are drawn (non-empty polylines), and the page fits 1,280 px.
    expect(await page.locator('figure.curve-roc polyline.curve-candidate').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('figure.reliability circle').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: join(ARTIFACTS, 'gate-report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(ARTIFACTS, 'gate-report.pdf') });
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
    await page.close();
  }, 60_000);

  test('the detect HTML report of a drifted table: no console error, no request, one chart per drifted column', async () => {
    // The test table of the detect action's tests: a reference, then a current one with amount shifted by 0.8 sd,
    // age by 0.5 sd and US recoded, through the committed detect-data-change bundle.
    const dws = mkdtempSync(join(tmpdir(), 'mlci-browser-detect-'));
    writeTable(join(dws, 'data', 'train.csv'), { rows: 3000, seed: 1 });
    const inputs = { data: 'data/*.csv', baseline: 'data.lock.json', 'report-path': 'detect-report.json', 'drift-policy': 'drift.yml' };
    writeFileSync(join(dws, 'drift.yml'), 'critical: [amount, country]\n');
    const first = await runAction({ action: 'detect-data-change', cwd: dws, event: 'workflow_dispatch', inputs: { ...inputs, 'write-lock': 'data.lock.json' } });
    expect([first.exitCode, first.errors]).toEqual([0, []]);
    writeTable(join(dws, 'data', 'train.csv'), { rows: 3000, seed: 2, shift: { amount: 0.8, age: 0.5 }, recode: { country: ['US', 'XX'] } });
    const detect = await runAction({ action: 'detect-data-change', cwd: dws, event: 'workflow_dispatch', inputs, timeoutMs: 60_000 });
    expect([detect.exitCode, detect.errors, detect.outputs.drift]).toEqual([0, [], 'true']);
    const report = JSON.parse(readFileSync(detect.outputs.report, 'utf8'));
    const drifted: string[] = report.tables[0].columns.filter((c: any) => c.drifted).map((c: any) => c.column);
    expect(drifted).toEqual(expect.arrayContaining(['amount', 'age', 'country']));

    const url = pathToFileURL(detect.outputs['html-report']).href;
    const { page, log } = await openPage(browser, url);
    // Every compared column has its row in the table, the drifted ones marked.
    const rows = await page.locator('table.columns tr.column').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-column'), tr.getAttribute('data-drifted')]));
    expect(rows).toEqual(report.tables[0].columns.map((c: any) => [c.column, String(c.drifted)]));
    // One chart per drifted column, each with both sides drawn at a visible size.
    const charts = await page.locator('figure.drift-chart').evaluateAll((fs) => fs.map((f) => {
      const svg = f.querySelector('svg')!.getBoundingClientRect();
      const visible = (sel: string) => [...f.querySelectorAll(sel)].filter((r) => r.getBoundingClientRect().height > 0 && r.getBoundingClientRect().width > 0).length;
      return { column: f.getAttribute('data-column'), kind: f.classList.contains('numeric') ? 'numeric' : 'categorical', width: svg.width, reference: visible('rect.bar-reference'), current: visible('rect.bar-current') };
    }));
    expect(charts.map((c) => c.column).sort()).toEqual([...drifted].sort());
    for (const c of charts) {
      expect(c.width).toBeGreaterThan(600);
      expect(c.reference).toBeGreaterThan(0);
      expect(c.current).toBeGreaterThan(0);
    }
    expect(charts.find((c) => c.column === 'amount')!.kind).toBe('numeric');
    expect(charts.find((c) => c.column === 'country')!.kind).toBe('categorical');
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: join(ARTIFACTS, 'detect-report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(ARTIFACTS, 'detect-report.pdf') });
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
    await page.close();
  }, 120_000);

  test('every mermaid chart mlci writes (gate, detect, train) parses and draws', async () => {
    const blocks: Array<{ from: string; code: string }> = [];
    for (const code of mermaidBlocks(gate.summary)) blocks.push({ from: 'evaluate-gate summary', code });
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    const col = (column: string, test: ColumnDrift['test'], value: number, threshold: number, drifted: boolean): ColumnDrift => ({
      column, kind: test === 'wasserstein' || test === 'ks' ? 'numeric' : 'categorical', test, value, threshold, drifted, method: '', psi: 0.1, referenceCount: 1000, currentCount: 1000,
    });
    const detect = driftChart('data/train.csv', [
      col('income', 'wasserstein', 0.31, 0.1, true), col('age', 'ks', 1e-40, 0.05, true), col('region "EU", [x]', 'jensen-shannon', 0.12, 0.1, true),
      col('zip', 'chi-square', 0.2, 0.05, false), col('flag', 'z', 0.01, 0.05, true),
    ]);
    for (const code of mermaidBlocks(detect)) blocks.push({ from: 'detect-data-change summary', code });
    const steps = Float64Array.from({ length: 500 }, (_, i) => i * 10);
    const loss = Float64Array.from(steps, (s) => 2 * Math.exp(-s / 1500) + 0.1);
    const t = Float64Array.from({ length: 40 }, (_, i) => i * 2.5);
    for (const md of [
      renderChart(steps, loss, { title: 'train/loss', xLabel: 'step', yLabel: 'train/loss' }),
      renderChart(t, Float64Array.from(t, (x) => 50 + 40 * Math.sin(x)), { title: 'GPU utilization', xLabel: 'seconds', yLabel: 'utilization %', yRange: [0, 100] }),
      renderChart(Float64Array.of(3), Float64Array.of(0.91), { title: 'eval acc', xLabel: 'epoch', yLabel: 'acc' }),
    ]) for (const code of mermaidBlocks(md)) blocks.push({ from: 'train-on-gpu-runner summary', code });
    expect(blocks.filter((b) => b.from.startsWith('detect'))).toHaveLength(1);
    expect(blocks.filter((b) => b.from.startsWith('train'))).toHaveLength(3);

    const { page, log } = await openPage(browser);
    await page.setContent('<!DOCTYPE html><html><body><main id="out"></main></body></html>');
    await page.addScriptTag({ path: join(REPO_ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
    const drawn = await page.evaluate(async (codes) => {
      const doc = (globalThis as any).document;
      const m = (globalThis as any).mermaid;
      m.initialize({ startOnLoad: false, securityLevel: 'strict' });
      const out: Array<{ ok: boolean; error?: string; bars: number; lines: number; barHeights: number[] }> = [];
      for (let i = 0; i < codes.length; i++) {
        try {
          await m.parse(codes[i]);
          const { svg } = await m.render(`chart${i}`, codes[i]);
          const holder = doc.createElement('div');
          holder.innerHTML = svg;
          doc.getElementById('out').appendChild(holder);
          const rects = [...holder.querySelectorAll('.bar-plot-0 rect')];
          out.push({
            ok: true, bars: rects.length, lines: holder.querySelectorAll('.line-plot-0 path, .line-plot-1 path').length,
            barHeights: rects.map((r: any) => r.getBoundingClientRect().height),
          });
        } catch (e) {
          out.push({ ok: false, error: String(e).slice(0, 300), bars: 0, lines: 0, barHeights: [] });
        }
      }
      return out;
    }, blocks.map((b) => b.code));
    drawn.forEach((d, i) => {
      expect({ from: blocks[i].from, ok: d.ok, error: d.error }).toEqual({ from: blocks[i].from, ok: true, error: undefined });
      if (/\bbar \[/.test(blocks[i].code)) expect(d.bars).toBe(blocks[i].code.match(/bar \[([^\]]*)\]/)![1].split(',').length);
      else expect(d.lines).toBeGreaterThan(0);
    });
    // A train chart of one point (one eval at the end) is visible: its point is a bar with a height.
    const one = blocks.findIndex((b) => b.from.startsWith('train') && /x-axis "epoch" \[3\]/.test(b.code));
    expect(one).toBeGreaterThanOrEqual(0);
    expect(drawn[one].bars).toBe(1);
    expect(drawn[one].barHeights[0]).toBeGreaterThan(20);
    await page.screenshot({ path: join(ARTIFACTS, 'mermaid-charts.png'), fullPage: true });
    writeFileSync(join(ARTIFACTS, 'mermaid-charts.md'), blocks.map((b) => `<!-- ${b.from} -->\n\`\`\`mermaid\n${b.code}\`\`\`\n`).join('\n'));
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
    await page.close();
  }, 120_000);
});
