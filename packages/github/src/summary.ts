/**
 * The job summary (GITHUB_STEP_SUMMARY). GitHub accepts at most 1 MiB per step and drops the whole summary with
 * an error when a step writes more, so appends are measured against what the file already holds and the last one
 * that does not fit is cut, with a note, at a line boundary.
 */
import { appendFileSync, statSync } from 'node:fs';
import { SUMMARY_MAX_BYTES, truncateUtf8 } from './truncate.js';

export const SUMMARY_TRUNCATED_NOTE =
  "\n\n> [!WARNING]\n> This summary was cut at GitHub's 1 MiB limit per step. The complete report is in the report file this step wrote (see its outputs) and in the step log.\n";

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export class StepSummary {
  private full = false;

  constructor(private readonly limitBytes = SUMMARY_MAX_BYTES) {}

  /** True once an append was cut; later appends are dropped. */
  get truncated(): boolean {
    return this.full;
  }

  /** Append markdown (a newline is added when missing). Returns false when nothing or only part was written. */
  append(markdown: string, file = process.env.GITHUB_STEP_SUMMARY): boolean {
    if (!file || this.full) return false;
    const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    const used = sizeOf(file);
    if (used + Buffer.byteLength(text) <= this.limitBytes) {
      appendFileSync(file, text);
      return true;
    }
    this.full = true;
    const room = this.limitBytes - used - Buffer.byteLength(SUMMARY_TRUNCATED_NOTE) - 4;
    if (room < 0) return false;
    let cut = truncateUtf8(text, room);
    const nl = cut.lastIndexOf('\n');
    if (nl > cut.length * 0.8) cut = cut.slice(0, nl);
    if (((cut.match(/^\s{0,3}(```|~~~)/gm)?.length ?? 0) % 2) === 1) cut += '\n```';
    appendFileSync(file, cut + SUMMARY_TRUNCATED_NOTE);
    return false;
  }
}
