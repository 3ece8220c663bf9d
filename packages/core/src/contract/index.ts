/**
 * contract: data contracts, the data half of an ML test suite (issue #14). A YAML contract (schema.ts) says what each
 * table's files must hold; the engine (validate.ts, column.ts, keys.ts) checks it in one streaming pass per file; the
 * report (report.ts) is JSON `mlci.contract.report/v1`, markdown, annotations and JUnit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadContract } from './schema.js';
import { validateData, type ValidateOptions } from './validate.js';
import {
  buildContractReport,
  contractAnnotations,
  contractSummaryLine,
  renderContractMarkdown,
  renderJUnit,
  serializeContractReport,
  type ContractAnnotation,
  type ContractReport,
} from './report.js';

export * from './schema.js';
export * from './validate.js';
export * from './report.js';
export * from './init.js';
export { parseTimestamp, type CheckResult, type Example } from './column.js';
export { DEFAULT_MAX_UNIQUE_KEYS } from './keys.js';

export interface ContractRunOptions extends ValidateOptions {
  contract: string;
  reportPath?: string;
  junitPath?: string;
  title?: string;
}

export interface ContractRun {
  report: ContractReport;
  summary: string;
  markdown: string;
  annotations: ContractAnnotation[];
}

/** Load the contract, check the data, write the JSON report (and JUnit) when asked, and render the outputs. */
export async function runContract(opts: ContractRunOptions): Promise<ContractRun> {
  // Paths are relative to the workspace (the CLI's working directory may differ from the process's).
  const loaded = loadContract(resolve(opts.workspace, opts.contract), opts.contract);
  const run = await validateData(loaded, opts);
  const report = buildContractReport(run, loaded);
  for (const [path, body] of [[opts.reportPath, () => serializeContractReport(report)], [opts.junitPath, () => renderJUnit(report)]] as const) {
    if (!path) continue;
    const abs = resolve(opts.workspace, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, body());
  }
  return {
    report,
    summary: contractSummaryLine(report),
    markdown: renderContractMarkdown(report, { title: opts.title, reportPath: opts.reportPath }),
    annotations: contractAnnotations(run, loaded),
  };
}
