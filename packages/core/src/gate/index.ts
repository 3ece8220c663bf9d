import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadPolicy, type LoadedPolicy } from './policy.js';
import { loadEvalData } from './data.js';
import { evaluateGate } from './evaluate.js';
import { failClosedOverall } from './fail-closed.js';
import { buildReport, serializeReport, renderMarkdown, summaryLine, policyAnnotations, type GateReport } from './report.js';

export * from './policy.js';
export * from './data.js';
export * from './slices.js';
export * from './evaluate.js';
export * from './fairness.js';
export * from './format.js';
export * from './report.js';
export * from './fail-closed.js';

export interface GateRunOptions {
  candidate: string;
  baseline?: string;
  policy: string | LoadedPolicy;
  /** Where to write the JSON report; skipped when undefined. */
  reportPath?: string;
  title?: string;
}

export interface GateRun {
  report: GateReport;
  json: string;
  markdown: string;
  summary: string;
  annotations: ReturnType<typeof policyAnnotations>;
  loaded: LoadedPolicy;
}

/** Read, join, evaluate, report: the whole gate, platform-free. */
export async function runGate(opts: GateRunOptions): Promise<GateRun> {
  const loaded = typeof opts.policy === 'string' ? loadPolicy(opts.policy) : opts.policy;
  const data = await loadEvalData(opts.candidate, opts.baseline, loaded);
  const result = failClosedOverall(evaluateGate(data, loaded), loaded);
  const report = buildReport(result, loaded, { candidate: opts.candidate, baseline: opts.baseline });
  const json = serializeReport(report);
  if (opts.reportPath) {
    mkdirSync(dirname(opts.reportPath), { recursive: true });
    writeFileSync(opts.reportPath, json);
  }
  return {
    report, json, loaded,
    markdown: renderMarkdown(report, { title: opts.title, reportPath: opts.reportPath }),
    summary: summaryLine(report),
    annotations: policyAnnotations(report, loaded),
  };
}
