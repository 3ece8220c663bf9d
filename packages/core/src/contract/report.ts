import { excerpt } from '../excerpt.js';
import type { CheckResult, LiveCheck } from './column.js';
import type { LoadedContract } from './schema.js';
import type { TableSummary, ValidationRun } from './validate.js';

export const CONTRACT_REPORT_SCHEMA = 'mlci.contract.report/v1';

/**
 * The JSON report (`mlci.contract.report/v1`). Key order is fixed and nothing time-dependent is written except what
 * the data says (freshness ages are relative to MLCI_NOW when it is set), so the same inputs give the same bytes.
 */
export interface ContractReport {
  schema: typeof CONTRACT_REPORT_SCHEMA;
  passed: boolean;
  contract: string;
  counts: { pass: number; fail: number; warn: number };
  tables: TableSummary[];
  checks: CheckResult[];
}

export function buildContractReport(run: ValidationRun, loaded: LoadedContract): ContractReport {
  const counts = { pass: 0, fail: 0, warn: 0 };
  for (const c of run.checks) counts[c.status]++;
  return {
    schema: CONTRACT_REPORT_SCHEMA,
    passed: counts.fail === 0,
    contract: loaded.path,
    counts,
    tables: run.tables,
    checks: run.checks.map(({ rulePath: _rule, ...c }) => c),
  };
}

export function serializeContractReport(report: ContractReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** `error`: fail on failing checks; `warn`: on warnings too; `never`: report only. */
export type FailOn = 'error' | 'warn' | 'never';

export function shouldFail(report: ContractReport, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return report.counts.fail > 0 || (failOn === 'warn' && report.counts.warn > 0);
}

function where(c: CheckResult): string {
  return c.column === null ? c.table : `${c.table}.${c.column}`;
}

function site(e: CheckResult['examples'][number]): string {
  return e.line === null ? `${e.file} row ${e.row}` : `${e.file}:${e.line}`;
}

/** One line per broken rule: `transactions.label in: expected in [0, 1]; observed values outside the list: 2 (3) — first at data.csv:5 ("2")`. */
export function checkLine(c: CheckResult): string {
  // A presence failure's observed value already names the files.
  const first = c.check === 'presence' ? undefined : c.examples[0];
  const at = first ? ` — first at ${site(first)}${first.value !== '' ? ` (${excerpt(first.value, 40)})` : ''}` : '';
  return `${where(c)} ${c.check}: expected ${c.expected}; observed ${c.observed}${at}`;
}

/** One line for the `summary` output and the check run title. */
export function contractSummaryLine(report: ContractReport): string {
  const total = report.checks.length;
  const { fail, warn } = report.counts;
  if (fail === 0) return `Data contract passed: ${total} check${total === 1 ? '' : 's'}${warn ? `, ${warn} warning${warn === 1 ? '' : 's'}` : ''}.`;
  const names = report.checks.filter((c) => c.status === 'fail').map((c) => `${where(c)} ${c.check}`);
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
  return `Data contract failed: ${fail} of ${total} checks failed (${shown}).`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
}

function table(checks: CheckResult[]): string {
  const rows = ['| | Rule | Expected | Observed | Rows | First violations |', '|---|---|---|---|---:|---|'];
  const icon = { pass: '✅', fail: '❌', warn: '⚠️' } as const;
  for (const c of checks) {
    const ex = c.examples.slice(0, 3).map((e) => `\`${cell(site(e))}\` ${c.check === 'presence' ? 'no such column' : e.value === '' ? '(empty)' : cell(excerpt(e.value, 40))}`).join('<br>');
    rows.push(`| ${icon[c.status]} | \`${cell(where(c))}\` ${c.check} | ${cell(c.expected)} | ${cell(c.observed)} | ${c.violations} | ${ex} |`);
  }
  return rows.join('\n');
}

/** Markdown for the job summary, the PR comment and the check run: verdict, failing checks first, then the rest. */
export function renderContractMarkdown(report: ContractReport, opts: { title?: string; reportPath?: string } = {}): string {
  const title = opts.title ?? 'Data contract';
  const out: string[] = [report.passed ? `## ✅ ${title} passed` : `## ❌ ${title} failed`, '', `**${cell(contractSummaryLine(report))}**`, ''];
  out.push(
    `Contract \`${report.contract}\` · ` +
      report.tables.map((t) => `${t.name}: ${t.rows.toLocaleString('en-US')} rows in ${t.files.length} file${t.files.length === 1 ? '' : 's'}`).join(' · ') +
      ` · ${report.counts.pass} pass, ${report.counts.fail} fail, ${report.counts.warn} warn`,
    '',
  );
  const fails = report.checks.filter((c) => c.status === 'fail');
  const warns = report.checks.filter((c) => c.status === 'warn');
  const passes = report.checks.filter((c) => c.status === 'pass');
  if (fails.length) out.push('### Failing checks', '', table(fails), '');
  if (warns.length) out.push('### Warnings', '', table(warns), '');
  if (passes.length) out.push(`<details><summary>Passing checks (${passes.length})</summary>`, '', table(passes), '', '</details>', '');
  if (opts.reportPath) out.push(`<sub>Full report: \`${opts.reportPath}\` (schema ${report.schema}).</sub>`, '');
  return out.join('\n');
}

export interface ContractAnnotation {
  path: string;
  line: number;
  level: 'failure' | 'warning';
  title: string;
  message: string;
}

/**
 * Annotations for failing and warning checks: one on the contract line of the rule, and one on the data file at the
 * line of each of the first violations (text files; Parquet has no lines, so only the contract is annotated).
 */
export function contractAnnotations(run: ValidationRun, loaded: LoadedContract, perCheck = 3): ContractAnnotation[] {
  const out: ContractAnnotation[] = [];
  for (const c of run.checks as LiveCheck[]) {
    if (c.status === 'pass') continue;
    const level = c.status === 'fail' ? 'failure' : 'warning';
    const title = `${where(c)} ${c.check}`;
    out.push({ path: loaded.path, line: loaded.lineOf(c.rulePath) ?? 1, level, title, message: checkLine(c) });
    for (const e of c.examples.slice(0, perCheck)) {
      if (e.line === null) continue;
      const what = c.check === 'presence' ? `${e.file} has no column ${excerpt(c.column ?? '')}` : `${e.value === '' ? 'empty value' : excerpt(e.value)} breaks "${c.expected}"`;
      out.push({ path: e.file, line: e.line, level, title, message: `${title}: ${what} (contract ${loaded.path} line ${loaded.lineOf(c.rulePath) ?? 1})` });
    }
  }
  return out;
}

function xml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** JUnit XML: one test suite per table, one test case per check; failing checks fail, warnings are skipped with a message. */
export function renderJUnit(report: ContractReport): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="mlci validate-data" tests="${report.checks.length}" failures="${report.counts.fail}" skipped="${report.counts.warn}">`];
  for (const t of report.tables) {
    const cs = report.checks.filter((c) => c.table === t.name);
    out.push(`  <testsuite name="${xml(t.name)}" tests="${cs.length}" failures="${cs.filter((c) => c.status === 'fail').length}" skipped="${cs.filter((c) => c.status === 'warn').length}">`);
    for (const c of cs) {
      const name = xml(`${where(c)} ${c.check}: ${c.expected}`);
      if (c.status === 'pass') out.push(`    <testcase classname="${xml(t.name)}" name="${name}"/>`);
      else if (c.status === 'warn') out.push(`    <testcase classname="${xml(t.name)}" name="${name}"><skipped message="${xml(checkLine(c))}"/></testcase>`);
      else out.push(`    <testcase classname="${xml(t.name)}" name="${name}"><failure message="${xml(checkLine(c))}"/></testcase>`);
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}
