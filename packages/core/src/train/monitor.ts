import { SAMPLE_FIELDS, parseSmiQueryCsv, smiCell, smiNumber } from './smi.js';

/**
 * GPU samples taken while the training runs, stored column-wise: one time column and, per GPU, one utilization and
 * one memory column (Float64Array, NaN where nvidia-smi had no value). A 6-hour run sampled every 5 s is 4320
 * rows: small, but no object per sample all the same.
 */
export class GpuSamples {
  private n = 0;
  private cap = 256;
  private tMs = new Float64Array(this.cap);
  private utilCols: Float64Array[];
  private memCols: Float64Array[];

  constructor(public readonly gpuUuids: readonly string[]) {
    this.utilCols = gpuUuids.map(() => new Float64Array(this.cap));
    this.memCols = gpuUuids.map(() => new Float64Array(this.cap));
  }

  get length(): number {
    return this.n;
  }

  /** Append one sample: `tMs` since the run started, then per GPU (in `gpuUuids` order) utilization % and MiB used. */
  add(tMs: number, util: ReadonlyArray<number | null>, memMiB: ReadonlyArray<number | null>): void {
    if (this.n === this.cap) {
      this.cap *= 2;
      const grow = (a: Float64Array) => {
        const b = new Float64Array(this.cap);
        b.set(a);
        return b;
      };
      this.tMs = grow(this.tMs);
      this.utilCols = this.utilCols.map(grow);
      this.memCols = this.memCols.map(grow);
    }
    this.tMs[this.n] = tMs;
    for (let g = 0; g < this.gpuUuids.length; g++) {
      this.utilCols[g][this.n] = util[g] ?? NaN;
      this.memCols[g][this.n] = memMiB[g] ?? NaN;
    }
    this.n++;
  }

  time(): Float64Array {
    return this.tMs.subarray(0, this.n);
  }
  utilization(g: number): Float64Array {
    return this.utilCols[g].subarray(0, this.n);
  }
  memory(g: number): Float64Array {
    return this.memCols[g].subarray(0, this.n);
  }

  /** Per sample, the mean utilization over the GPUs that reported one (NaN when none did). */
  meanUtilization(): Float64Array {
    const out = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) {
      let s = 0;
      let k = 0;
      for (const col of this.utilCols) {
        const v = col[i];
        if (!Number.isNaN(v)) {
          s += v;
          k++;
        }
      }
      out[i] = k ? s / k : NaN;
    }
    return out;
  }

  /** Per sample, the memory used summed over the GPUs (NaN when none reported). */
  totalMemory(): Float64Array {
    const out = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) {
      let s = 0;
      let k = 0;
      for (const col of this.memCols) {
        const v = col[i];
        if (!Number.isNaN(v)) {
          s += v;
          k++;
        }
      }
      out[i] = k ? s : NaN;
    }
    return out;
  }
}

/** Utilization below this (percent) counts as idle. */
export const IDLE_UTILIZATION_PCT = 5;
/** Idle for more than this fraction of the samples triggers the warning ("most of the run"). */
export const IDLE_FRACTION = 0.5;
/** Fewer samples than this say nothing about the run. */
export const MIN_SAMPLES_FOR_IDLE = 3;

export interface MonitorStats {
  samples: number;
  /** Highest total memory used across the selected GPUs at one sample, MiB (as nvidia-smi reports). */
  peakMemoryMiB: number | null;
  peakMemoryPerGpuMiB: Array<number | null>;
  /** Mean over samples of the mean utilization across the selected GPUs, percent. */
  meanUtilizationPct: number | null;
  /** Fraction of samples (with a utilization) under IDLE_UTILIZATION_PCT. */
  idleFraction: number | null;
  /** True when the GPUs stayed idle for most of the run: the model probably trained on the CPU. */
  idle: boolean;
}

function maxIgnoringNaN(a: Float64Array): number | null {
  let m = -Infinity;
  for (const v of a) if (v > m) m = v;
  return m === -Infinity ? null : m;
}

export function summarizeSamples(s: GpuSamples): MonitorStats {
  const mean = s.meanUtilization();
  let sum = 0;
  let known = 0;
  let idle = 0;
  for (const v of mean) {
    if (Number.isNaN(v)) continue;
    sum += v;
    known++;
    if (v < IDLE_UTILIZATION_PCT) idle++;
  }
  const idleFraction = known ? idle / known : null;
  return {
    samples: s.length,
    peakMemoryMiB: maxIgnoringNaN(s.totalMemory()),
    peakMemoryPerGpuMiB: s.gpuUuids.map((_, g) => maxIgnoringNaN(s.memory(g))),
    meanUtilizationPct: known ? sum / known : null,
    idleFraction,
    idle: known >= MIN_SAMPLES_FOR_IDLE && idleFraction !== null && idleFraction > IDLE_FRACTION,
  };
}

/** The warning for an idle GPU, or undefined. */
export function idleWarning(stats: MonitorStats): string | undefined {
  if (!stats.idle || stats.idleFraction === null) return undefined;
  return (
    `GPU utilization stayed under ${IDLE_UTILIZATION_PCT}% for ${Math.round(stats.idleFraction * 100)}% of the run ` +
    `(mean ${(stats.meanUtilizationPct ?? 0).toFixed(1)}%, ${stats.samples} samples): the model may be training on the CPU. ` +
    'Check that the framework was installed with CUDA support (torch.cuda.is_available()), and that the model and ' +
    'every batch are moved to the GPU.'
  );
}

/** Run a program without a shell; resolves with its stdout, rejects when it fails. */
export type ExecFile = (file: string, args: readonly string[], opts?: { timeoutMs?: number }) => Promise<{ stdout: string; stderr: string }>;

export interface SamplerOptions {
  exec: ExecFile;
  smiPath: string;
  /** Physical GPUs to sample, by UUID (a MIG device is sampled through its parent GPU). */
  gpuUuids: readonly string[];
  intervalMs: number;
  /** Clock in ms; injectable for tests. */
  now?: () => number;
  /** Called once when sampling has failed three times in a row. */
  onFailing?: (message: string) => void;
}

/**
 * Samples the GPUs every `intervalMs` with `nvidia-smi --query-gpu=index,uuid,memory.used,utilization.gpu`.
 * A new sample starts only after the previous one returned (a slow driver cannot pile up processes).
 */
export class GpuSampler {
  readonly samples: GpuSamples;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failures = 0;
  private warned = false;
  private readonly start: number;
  private readonly now: () => number;

  constructor(private readonly opts: SamplerOptions) {
    this.samples = new GpuSamples(opts.gpuUuids);
    this.now = opts.now ?? Date.now;
    this.start = this.now();
  }

  begin(): void {
    this.tick();
  }

  private tick(): void {
    if (this.stopped) return;
    this.running = this.sampleOnce().finally(() => {
      this.running = undefined;
      if (!this.stopped) {
        this.timer = setTimeout(() => this.tick(), this.opts.intervalMs);
        this.timer.unref?.();
      }
    });
  }

  async sampleOnce(): Promise<void> {
    const args = [`--query-gpu=${SAMPLE_FIELDS.join(',')}`, '--format=csv,noheader,nounits'];
    try {
      const { stdout } = await this.opts.exec(this.opts.smiPath, args, { timeoutMs: Math.max(5000, this.opts.intervalMs) });
      const table = parseSmiQueryCsv(stdout, SAMPLE_FIELDS);
      const util: Array<number | null> = [];
      const mem: Array<number | null> = [];
      for (const uuid of this.opts.gpuUuids) {
        const r = table.rows.findIndex((_, i) => smiCell(table, i, 'uuid')?.text === uuid);
        util.push(r < 0 ? null : smiNumber(smiCell(table, r, 'utilization.gpu')));
        mem.push(r < 0 ? null : smiNumber(smiCell(table, r, 'memory.used')));
      }
      this.samples.add(this.now() - this.start, util, mem);
      this.failures = 0;
    } catch (e) {
      this.failures++;
      if (this.failures >= 3 && !this.warned) {
        this.warned = true;
        this.opts.onFailing?.(`GPU sampling with nvidia-smi keeps failing (${(e as Error).message.split('\n')[0]}); GPU statistics will be incomplete.`);
      }
    }
  }

  /** Stop sampling, wait for a sample in flight, and take one last sample so short runs still get one. */
  async stop(finalSample = true): Promise<GpuSamples> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.running) await this.running;
    if (finalSample && this.samples.length === 0) await this.sampleOnce();
    return this.samples;
  }
}
