import type { GateResult, GateCheck } from './evaluate.js';
import type { FairnessResult } from './fairness.js';
import type { LoadedPolicy } from './policy.js';
import type { Task } from '../metrics/index.js';
import { displayName, fmt, fmtP, thousands } from './format.js';
import { worstSlicesCharts } from './chart.js';

export const REPORT_SCHEMA = 'mlci.gate.report/v1';

/** The JSON report (`mlci.gate.report/v1`). Key order is fixed and nothing time-dependent is written, so the same
 * inputs and seed give byte-identical files. */
export interface GateReport {
  schema: typeof REPORT_SCHEMA;
  passed: boolean;
  first_run: boolean;
  rows: number;
  seed: number;
  task: string;
  threshold: number;
  alpha: number;
  correction: string;
  bootstrap: number;
  candidate: string;
  baseline: string | null;
  policy: string;
  counts: { pass: number; fail: number; warn: number; insufficient: number };
  checks: GateCheck[];
  fairness: FairnessResult[];
}

export function buildReport(result: GateResult, loaded: LoadedPolicy, files: { candidate: string; baseline?: string }): GateReport {
  const s = loaded.policy.significance;
  const counts = { pass: 0, fail: 0, warn: 0, insufficient: 0 };
  for (const c of result.checks) counts[c.status]++;
  for (const f of result.fairness) counts[f.status]++;
  return {
    schema: REPORT_SCHEMA,
    passed: result.passed,
    first_run: result.firstRun,
    rows: result.rows,
    seed: s.seed,
    task: loaded.policy.task,
    threshold: loaded.policy.threshold,
    alpha: s.alpha,
    correction: s.correction,
    bootstrap: s.bootstrap,
    candidate: files.candidate,
    baseline: files.baseline ?? null,
    policy: loaded.source.path,
    counts,
    checks: result.checks,
    fairness: result.fairness,
  };
}

export function serializeReport(report: GateReport): string {
  return JSON.stringify(report, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}

const ICON: Record<string, string> = { pass: '✅', fail: '❌', warn: '⚠️', insufficient: '➖' };

function failing(report: GateReport): number {
  return report.counts.fail;
}

/** One line for the `summary` output and the check run title. */
export function summaryLine(report: GateReport): string {
  const task = report.task as Task;
  const total = report.checks.length + report.fairness.length;
  const fails = [...report.checks.filter((c) => c.status === 'fail').map((c) => `${displayName(c.metric, task)} in ${c.slice}`),
    ...report.fairness.filter((f) => f.status === 'fail').map((f) => `${displayName(f.metric, task)} gap across ${f.across}`)];
  if (report.passed) {
    const w = report.counts.warn ? `, ${report.counts.warn} warning${report.counts.warn > 1 ? 's' : ''}` : '';
    return `ML gate passed: ${total - report.counts.insufficient} of ${total} checks judged, none failed${w}${report.first_run ? ' (first run: bounds only)' : ''}`;
  }
  const shown = fails.slice(0, 3).join('; ') + (fails.length > 3 ? `; +${fails.length - 3} more` : '');
  return `ML gate failed: ${failing(report)} of ${total} checks failed (${shown})`;
}

function cell(x: number | null): string {
  return x === null ? '–' : fmt(x, 4);
}
function signed(x: number | null): string {
  return x === null ? '–' : (x > 0 ? '+' : '') + fmt(x, 3);
}
function ciText(ci: [number, number] | null): string {
  return ci ? `[${signed(ci[0])}, ${signed(ci[1])}]` : '–';
}
function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function checkTable(rows: GateCheck[], alpha: number, task: Task): string {
  const ciHead = `${Math.round((1 - alpha) * 100)}% CI`;
  const lines = [`| | Slice | Metric | Candidate | Baseline | Δ | ${ciHead} | p (adj) | Why |`, '|---|---|---|---|---|---|---|---|---|'];
  for (const c of rows) {
    lines.push(`| ${ICON[c.status]} | \`${escapeCell(c.slice)}\` | ${displayName(c.metric, task)} | ${cell(c.candidate)} | ${cell(c.baseline)} | ${signed(c.delta)} | ${ciText(c.ci)} | ${c.p_adjusted === null ? '–' : fmtP(c.p_adjusted)} | ${escapeCell(c.reason)} |`);
  }
  return lines.join('\n');
}

function fairnessTable(rows: FairnessResult[], task: Task): string {
  const lines = ['| | Metric | Across | Candidate gap | Baseline gap | Change | CI of change | Ratio | Why |', '|---|---|---|---|---|---|---|---|---|'];
  for (const f of rows) {
    lines.push(`| ${ICON[f.status]} | ${displayName(f.metric, task)} | \`${escapeCell(f.across)}\` | ${cell(f.candidate_gap)} | ${cell(f.baseline_gap)} | ${signed(f.gap_increase)} | ${ciText(f.ci)} | ${cell(f.candidate_ratio)} | ${escapeCell(f.reason)} |`);
  }
  return lines.join('\n');
}

/** The compact all-slices table: one row per slice, one column per metric with value, Δ and a status icon. */
function sliceMatrix(report: GateReport): string {
  const task = report.task as Task;
  const metrics = [...new Set(report.checks.map((c) => c.metric))];
  const bySlice = new Map<string, GateCheck[]>();
  for (const c of report.checks) {
    if (!bySlice.has(c.slice)) bySlice.set(c.slice, []);
    bySlice.get(c.slice)!.push(c);
  }
  const lines = [`| Slice | ${report.task === 'ranking' ? 'Queries' : 'Rows'} | ${report.task === 'binary-classification' ? 'Positives | ' : ''}${metrics.map((m) => displayName(m, task)).join(' | ')} |`,
    `|---|---:|${report.task === 'binary-classification' ? '---:|' : ''}${metrics.map(() => '---|').join('')}`];
  for (const [slice, checks] of bySlice) {
    const first = checks[0];
    const cells = metrics.map((m) => {
      const c = checks.find((x) => x.metric === m);
      if (!c) return '';
      return `${ICON[c.status]} ${cell(c.candidate)}${c.delta !== null ? ` (${signed(c.delta)})` : ''}`;
    });
    lines.push(`| \`${escapeCell(slice)}\` | ${thousands(first.support)} | ${report.task === 'binary-classification' ? `${first.positives === null ? '–' : thousands(first.positives)} | ` : ''}${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Markdown for the job summary, the PR comment and the check run: verdict first, then failing and borderline checks,
 * then the compact table of all slices. */
export function renderMarkdown(report: GateReport, opts: { title?: string; reportPath?: string } = {}): string {
  const title = opts.title ?? 'ML gate';
  const out: string[] = [];
  const verdict = report.passed ? `## ✅ ${title} passed` : `## ❌ ${title} failed`;
  out.push(verdict, '', `**${escapeCell(summaryLine(report))}**`, '');
  const tests = report.checks.filter((c) => c.decision === 'significant-regression' && c.p_adjusted !== null).length;
  out.push(
    `Candidate \`${report.candidate}\`${report.baseline ? ` vs baseline \`${report.baseline}\`` : ' (first run: no baseline, bounds only)'} · ${thousands(report.rows)} rows · ` +
      `α = ${report.alpha}, ${report.correction === 'none' ? 'no correction' : `${report.correction} over ${tests} regression test${tests === 1 ? '' : 's'}`} · ` +
      `${report.bootstrap} bootstrap replicates, seed ${report.seed} · ` +
      `${report.counts.pass} pass, ${report.counts.fail} fail, ${report.counts.warn} warn, ${report.counts.insufficient} insufficient`,
    '',
  );
  const fails = report.checks.filter((c) => c.status === 'fail');
  const warns = report.checks.filter((c) => c.status === 'warn');
  if (fails.length) out.push('### Failing checks', '', checkTable(fails, report.alpha, report.task as Task), '', worstSlicesCharts(report));
  if (warns.length) out.push('### Borderline checks', '', checkTable(warns, report.alpha, report.task as Task), '');
  if (report.fairness.length) out.push('### Fairness', '', fairnessTable(report.fairness, report.task as Task), '');
  out.push('### All slices', '', sliceMatrix(report), '');
  out.push(`<details><summary>Every check (${report.checks.length})</summary>`, '', checkTable(report.checks, report.alpha, report.task as Task), '', '</details>', '');
  const foot = ['Δ = candidate − baseline on the same rows.', 'Overall: ' + 'non-inferiority; slices: significant regression with multiple-testing correction (see the policy).'];
  if (opts.reportPath) foot.push(`Full report: \`${opts.reportPath}\` (schema ${report.schema}).`);
  out.push(`<sub>${foot.join(' ')}</sub>`, '');
  return out.join('\n');
}

/** Check-run annotations on the policy file's lines for the rules that failed (or warned). */
export function policyAnnotations(report: GateReport, loaded: LoadedPolicy): { path: string; line: number; level: 'failure' | 'warning'; title: string; message: string }[] {
  const task = report.task as Task;
  const byRule = new Map<string, { line: number; level: 'failure' | 'warning'; title: string; msgs: string[] }>();
  const add = (key: string, path: (string | number)[], level: 'failure' | 'warning', title: string, msg: string) => {
    const line = loaded.source.lineOf(path) ?? 1;
    const cur = byRule.get(key) ?? { line, level, title, msgs: [] };
    if (level === 'failure') cur.level = 'failure';
    cur.msgs.push(msg);
    byRule.set(key, cur);
  };
  for (const c of report.checks) {
    if (c.status !== 'fail' && c.status !== 'warn') continue;
    add(`m:${c.metric}`, ['metrics', c.metric], c.status === 'fail' ? 'failure' : 'warning', `${displayName(c.metric, task)} rule`, `${c.slice}: ${c.reason}`);
  }
  report.fairness.forEach((f, i) => {
    if (f.status !== 'fail' && f.status !== 'warn') return;
    add(`f:${i}`, ['fairness', i], f.status === 'fail' ? 'failure' : 'warning', `fairness: ${f.metric} across ${f.across}`, f.reason);
  });
  // Policy lines that are legal but probably not meant (margin 0 judged by non-inferiority).
  loaded.warnings.forEach((w, i) => add(`w:${i}`, [], 'warning', 'policy', w.message));
  for (const [key, r] of byRule) {
    const w = key.startsWith('w:') ? loaded.warnings[Number(key.slice(2))] : undefined;
    if (w?.line) r.line = w.line;
  }
  return [...byRule.values()].map((r) => ({
    path: loaded.source.path, line: r.line, level: r.level, title: r.title,
    message: r.msgs.slice(0, 20).join('\n') + (r.msgs.length > 20 ? `\n… and ${r.msgs.length - 20} more` : ''),
  }));
}
