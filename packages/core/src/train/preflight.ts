import { execFile } from 'node:child_process';
import { UserError } from '../errors.js';
import { buildInventory, preflightFields, type GpuInventory } from './gpu.js';
import type { ExecFile } from './monitor.js';
import { selectGpus, type GpuRequest, type GpuSelection } from './select.js';
import {
  classifySmiFailure, describeSmiFailure, parseSmiQueryCsv, rejectedSmiField, type SmiFailureKind,
} from './smi.js';
import { parseSmiList } from './smi-list.js';
import { parseSmiQ } from './smi-q.js';

/** The error an ExecFile rejects with: Node's execFile error, with the output attached. */
export interface ExecFailure extends Error {
  /** Exit code, or an errno string such as 'ENOENT'. */
  code?: number | string;
  killed?: boolean;
  signal?: NodeJS.Signals | null;
  stdout?: string;
  stderr?: string;
}

/** ExecFile on node:child_process.execFile: no shell, output captured, a timeout. */
export const nodeExecFile: ExecFile = (file, args, opts) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: opts?.timeoutMs ?? 30_000, maxBuffer: 32 * 2 ** 20, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) {
        const e = error as ExecFailure;
        e.stdout = stdout;
        e.stderr = stderr;
        reject(e);
      } else resolve({ stdout, stderr });
    });
  });

export type PreflightResult =
  | { ok: true; inventory: GpuInventory; selection: GpuSelection; warnings: string[] }
  | { ok: false; kind: SmiFailureKind | 'no-usable-gpu'; message: string; inventory?: GpuInventory; warnings: string[] };

export interface PreflightOptions {
  exec?: ExecFile;
  /** The nvidia-smi to run; `nvidia-smi` from PATH by default. */
  smiPath?: string;
  request: GpuRequest;
  timeoutMs?: number;
}

function failureOf(e: unknown): { kind: SmiFailureKind; detail: string } {
  const f = e as ExecFailure;
  if (f.code === 'ENOENT') return { kind: 'not-found', detail: '' };
  if (f.killed) return { kind: 'timeout', detail: '' };
  const output = `${f.stdout ?? ''}\n${f.stderr ?? ''}`.trim();
  const detail = output || f.message;
  const kind = classifySmiFailure(output);
  return { kind, detail: kind === 'unknown' && typeof f.code === 'number' ? `${detail} (exit code ${f.code})` : detail };
}

/**
 * Ask nvidia-smi about the GPUs and choose the devices for the training. Never throws for a missing or broken
 * GPU: the caller decides (require-gpu true fails, auto runs on the CPU).
 *
 * 1. `--query-gpu=<PREFLIGHT_FIELDS> --format=csv,noheader,nounits`, the source of the numbers. A driver that
 *    does not know a field (`compute_cap` before R510) is asked again without it.
 * 2. `-L` for MIG devices and their UUIDs, and `-q` for the CUDA version and MIG mode: both best effort.
 */
export async function preflight(opts: PreflightOptions): Promise<PreflightResult> {
  const exec = opts.exec ?? nodeExecFile;
  const smi = opts.smiPath ?? 'nvidia-smi';
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const warnings: string[] = [];
  const rejected = new Set<string>();
  let csv: string | undefined;
  let fields: string[] = preflightFields(rejected);
  for (let tries = 0; tries < 4 && csv === undefined; tries++) {
    fields = preflightFields(rejected);
    try {
      csv = (await exec(smi, [`--query-gpu=${fields.join(',')}`, '--format=csv,noheader,nounits'], { timeoutMs })).stdout;
    } catch (e) {
      const f = failureOf(e);
      const field = f.kind === 'invalid-field' ? rejectedSmiField(f.detail) : undefined;
      if (field && fields.includes(field) && field !== 'uuid' && field !== 'index') {
        rejected.add(field);
        warnings.push(`This driver does not know the nvidia-smi field '${field}'; continuing without it.`);
        continue;
      }
      return { ok: false, kind: f.kind, message: describeSmiFailure(f.kind, f.detail), warnings };
    }
  }
  if (csv === undefined) return { ok: false, kind: 'invalid-field', message: describeSmiFailure('invalid-field'), warnings };

  // The failure texts can also arrive with exit code 0 on some wrappers: check the output itself.
  const table = parseSmiQueryCsv(csv, fields);
  if (table.rows.length === 0) {
    const kind = classifySmiFailure(csv);
    const k = kind === 'unknown' ? 'no-devices' : kind;
    return { ok: false, kind: k, message: describeSmiFailure(k, csv.trim() || undefined), warnings };
  }

  let list;
  try {
    list = parseSmiList((await exec(smi, ['-L'], { timeoutMs })).stdout);
  } catch (e) {
    warnings.push(`nvidia-smi -L failed (${failureOf(e).detail.split('\n')[0]}); MIG devices cannot be listed.`);
  }
  let q;
  try {
    q = parseSmiQ((await exec(smi, ['-q'], { timeoutMs })).stdout);
  } catch (e) {
    warnings.push(`nvidia-smi -q failed (${failureOf(e).detail.split('\n')[0]}); the CUDA version is unknown.`);
  }
  const inventory = buildInventory(table, list, q);
  for (const line of table.ignoredLines) warnings.push(`nvidia-smi: ${line}`);
  try {
    const selection = selectGpus(inventory.gpus, opts.request);
    return { ok: true, inventory, selection, warnings };
  } catch (e) {
    if (e instanceof UserError) return { ok: false, kind: 'no-usable-gpu', message: e.message, inventory, warnings };
    throw e;
  }
}
