import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadPolicy, type LoadedPolicy } from './policy.js';
import { loadEvalData } from './data.js';
import { evaluateGateOnThreads } from './pool.js';
import { releaseParkedWorkers } from '../workers/entry.js';
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
export * from './paired-test.js';
export { evaluateGateOnThreads } from './pool.js';

export interface GateRunOptions {
  candidate: string;
  baseline?: string;
  policy: string | LoadedPolicy;
  /** Where to write the JSON report; skipped when undefined. */
  reportPath?: string;
  /** Where to write the self-contained HTML report (report/gate-html.ts); skipped when undefined. */
  htmlReportPath?: string;
  title?: string;
}

export interface GateRun {
  report: GateReport;
  json: string;
  markdown: string;
  summary: string;
  annotations: ReturnType<typeof policyAnnotations>;
  loaded: LoadedPolicy;
  /** Milliseconds per phase (read and join, judge, report) and the threads that judged slices. */
  timings: { read: number; judge: number; report: number; threads: number; html?: number };
}

/** Read, join, evaluate, report: the whole gate, platform-free. */
export async function runGate(opts: GateRunOptions): Promise<GateRun> {
  const t0 = performance.now();
  let t1 = t0;
  const loaded = typeof opts.policy === 'string' ? loadPolicy(opts.policy) : opts.policy;
  let data, judgedOnThreads;
  try {
    data = await loadEvalData(opts.candidate, opts.baseline, loaded);
    t1 = performance.now();
    judgedOnThreads = await evaluateGateOnThreads(data, loaded);
  } finally {
    // The baseline's reader thread is parked for the judging; let it go whether or not it was used.
    await releaseParkedWorkers();
  }
  const { result: judged, threads, partitions } = judgedOnThreads;
  const result = failClosedOverall(judged, loaded);
  const t2 = performance.now();
  const report = buildReport(result, loaded, { candidate: opts.candidate, baseline: opts.baseline });
  const json = serializeReport(report);
  if (opts.reportPath) {
    mkdirSync(dirname(opts.reportPath), { recursive: true });
    writeFileSync(opts.reportPath, json);
  }
  const markdown = renderMarkdown(report, { title: opts.title, reportPath: opts.reportPath });
  const t3 = performance.now();
  const timings: GateRun['timings'] = { read: t1 - t0, judge: t2 - t1, report: t3 - t2, threads };
  if (opts.htmlReportPath) {
    // Loaded only when asked: the renderer and its curves stay off the gate's path otherwise.
    const { renderGateHtml } = await import('../report/gate-html.js');
    mkdirSync(dirname(opts.htmlReportPath), { recursive: true });
    writeFileSync(opts.htmlReportPath, renderGateHtml({ report, loaded, data, partitions, title: opts.title }));
    timings.html = performance.now() - t3;
  }
  return {
    report, json, loaded, markdown,
    summary: summaryLine(report),
    annotations: policyAnnotations(report, loaded),
    timings,
  };
}
