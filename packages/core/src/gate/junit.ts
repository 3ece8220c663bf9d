/**
 * The gate report as a JUnit XML test report, the form CI systems show in their test widgets (GitLab's
 * `artifacts:reports:junit`, https://docs.gitlab.com/ci/testing/unit_test_reports/; Jenkins, Azure DevOps and others
 * read the same shape). One test case per slice × metric and one per fairness comparison: a failed check is a
 * `<failure>` whose message is the gate's reason, a check without enough data is `<skipped>`, a warning passes and
 * carries its reason in `<system-out>`. Deterministic: same report, same bytes (no timestamps, no durations).
 */
import type { GateReport } from './report.js';
import type { Task } from '../metrics/index.js';
import { displayName, fmt } from './format.js';

/** Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE/U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute value made safe for XML: escaped, and characters XML cannot hold replaced by U+FFFD. */
export function xmlEscape(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

interface Case {
  classname: string;
  name: string;
  status: 'pass' | 'fail' | 'warn' | 'insufficient';
  reason: string;
  detail: string;
}

function value(x: number | null): string {
  return x === null ? '–' : fmt(x, 4);
}

function cases(report: GateReport): Case[] {
  const task = report.task as Task;
  const out: Case[] = [];
  for (const c of report.checks) {
    const ci = c.ci ? ` CI [${fmt(c.ci[0], 4)}, ${fmt(c.ci[1], 4)}]` : '';
    out.push({
      classname: `mlci.gate.${c.slice}`,
      name: displayName(c.metric, task),
      status: c.status,
      reason: c.reason,
      detail: `slice ${c.slice}, ${displayName(c.metric, task)}: candidate ${value(c.candidate)}, baseline ${value(c.baseline)}, Δ ${value(c.delta)}${ci}` +
        `${c.p_adjusted === null ? '' : `, p (adjusted) ${c.p_adjusted}`}, support ${c.support}`,
    });
  }
  for (const f of report.fairness) {
    out.push({
      classname: `mlci.gate.fairness.${f.across}`,
      name: `${displayName(f.metric, task)} gap`,
      status: f.status,
      reason: f.reason,
      detail: `${displayName(f.metric, task)} gap across ${f.across}: candidate ${value(f.candidate_gap)}, baseline ${value(f.baseline_gap)}`,
    });
  }
  return out;
}

/** The JUnit XML document of one gate report. `suite` names the test suite (default `mlci gate`). */
export function gateJUnit(report: GateReport, suite = 'mlci gate'): string {
  const all = cases(report);
  const failures = all.filter((c) => c.status === 'fail').length;
  const skipped = all.filter((c) => c.status === 'insufficient').length;
  const a = (s: string) => xmlEscape(s);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${a(suite)}" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    `  <testsuite name="${a(suite)}" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
  ];
  for (const c of all) {
    const open = `    <testcase classname="${a(c.classname)}" name="${a(c.name)}" time="0"`;
    if (c.status === 'pass') {
      lines.push(`${open}/>`);
      continue;
    }
    lines.push(`${open}>`);
    if (c.status === 'fail') lines.push(`      <failure message="${a(c.reason)}" type="regression">${a(c.detail)}</failure>`);
    else if (c.status === 'insufficient') lines.push(`      <skipped message="${a(c.reason)}"/>`);
    else lines.push(`      <system-out>${a(`warning: ${c.reason}\n${c.detail}`)}</system-out>`);
    lines.push('    </testcase>');
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
