import type { DetectResult } from './detect.js';

/**
 * The detect report schema (mlci.detect.report/v1) and the `changed-files` output, in one place for every platform
 * (the action and the CLI write the same bytes).
 */

/** Entries per list in the `changed-files` output: step outputs are small (GitHub allows about 1 MB per step). */
export const LIST_CAP = 1000;

function capList(v: string[]): string[] {
  return v.length > LIST_CAP ? v.slice(0, LIST_CAP) : v;
}

/** The `changed-files` output: each list capped at LIST_CAP entries, `truncated: true` when one was cut. */
export function changedFilesOutput(r: DetectResult) {
  const truncated = [r.data.added, r.data.removed, r.data.modified, r.pointers.added, r.pointers.removed, r.pointers.modified, r.code.files].some((l) => l.length > LIST_CAP);
  const fc = (c: DetectResult['data']) => ({ added: capList(c.added), removed: capList(c.removed), modified: capList(c.modified) });
  return {
    data: fc(r.data),
    pointers: fc(r.pointers),
    code: capList(r.code.files),
    params: r.params.map((x) => ({ file: x.file, key: x.key, change: x.change })),
    ...(truncated ? { truncated: true } : {}),
  };
}

/** The JSON report (schema mlci.detect.report/v1): the decision and every comparison, without the record's bulk. */
export function detectReport(r: DetectResult, baseline: string) {
  return {
    schema: 'mlci.detect.report/v1',
    shouldTrain: r.shouldTrain,
    reasons: r.reasons,
    fingerprint: r.fingerprint,
    previousFingerprint: r.previousFingerprint ?? null,
    baseline,
    data: r.data,
    pointers: r.pointers,
    code: r.code,
    params: r.params,
    tables: r.tables,
    newTables: r.newTables,
    ageMs: r.ageMs ?? null,
    maxAgeMs: r.maxAgeMs ?? null,
    warnings: r.warnings,
    stats: r.stats,
  };
}
