import { UserError } from '../errors.js';
import { memoryFreeMiB, type GpuDevice } from './gpu.js';

/** What the training asks for: `gpus` (a count or every usable GPU) and `min-gpu-memory` (free bytes per device). */
export interface GpuRequest {
  count: number | 'all';
  minMemoryBytes?: number;
  /**
   * An existing CUDA_VISIBLE_DEVICES (indices or UUIDs): when set, only those GPUs are candidates. Someone (the
   * runner's admin, an ARC pod spec) already narrowed the job down, and nvidia-smi itself ignores that variable.
   */
  visibleDevices?: string;
}

/** A device handed to the training: a whole GPU, or one MIG device of a GPU in MIG mode. */
export interface SelectedDevice {
  kind: 'gpu' | 'mig';
  /** The UUID CUDA_VISIBLE_DEVICES gets: `GPU-...` or `MIG-...`. */
  uuid: string;
  /** The physical GPU (its index and UUID), for monitoring: nvidia-smi samples physical GPUs. */
  gpuIndex: number;
  gpuUuid: string;
  name: string;
  memoryTotalMiB: number | null;
  memoryFreeMiB: number | null;
  utilizationPct: number | null;
  /** e.g. `MIG 1g.10gb` for a MIG device. */
  detail?: string;
}

export interface GpuSelection {
  devices: SelectedDevice[];
  /** The value for CUDA_VISIBLE_DEVICES: device UUIDs, comma-separated, least used first. */
  cudaVisibleDevices: string;
  /** Lines worth a notice (a MIG device was chosen, CUDA_VISIBLE_DEVICES narrowed the candidates). */
  notes: string[];
}

const MIB = 2 ** 20;

export function formatMiB(mib: number | null): string {
  if (mib === null) return 'unknown';
  return mib >= 1024 ? `${(mib / 1024).toFixed(1)} GiB` : `${Math.round(mib)} MiB`;
}

/** One line per GPU for error messages: what each GPU has free, and how busy it is. */
export function describeGpu(g: GpuDevice): string {
  const free = memoryFreeMiB(g);
  const util = g.utilizationPct === null ? 'utilization unknown' : `${g.utilizationPct}% busy`;
  const mig = g.migEnabled ? `, MIG mode with ${g.mig.length} MIG device(s)${g.mig.length ? ' ' + g.mig.map((m) => m.profile).join(' ') : ''}` : '';
  return `GPU ${g.index} ${g.name} (${g.uuid}): ${formatMiB(free)} free of ${formatMiB(g.memoryTotalMiB)}, ${util}${mig}`;
}

function matchesVisible(g: GpuDevice, entries: string[]): boolean {
  return entries.some((e) => e === String(g.index) || (e.length >= 5 && (g.uuid.startsWith(e) || g.mig.some((m) => m.uuid.startsWith(e)))));
}

/**
 * Least used first: lowest utilization (unknown counts as busier than any known value), then least memory in use,
 * then lowest index so the choice is deterministic.
 */
function byLeastUsed(a: GpuDevice, b: GpuDevice): number {
  const ua = a.utilizationPct ?? 101;
  const ub = b.utilizationPct ?? 101;
  if (ua !== ub) return ua - ub;
  const ma = a.memoryUsedMiB ?? Number.MAX_SAFE_INTEGER;
  const mb = b.memoryUsedMiB ?? Number.MAX_SAFE_INTEGER;
  if (ma !== mb) return ma - mb;
  return a.index - b.index;
}

/**
 * Choose the devices for the training.
 *
 * - Whole GPUs (not in MIG mode) that have `minMemoryBytes` free are candidates, least used first.
 * - A GPU in MIG mode offers its MIG devices instead. CUDA runs one process on at most one MIG device, so a MIG
 *   device is only chosen when one device is wanted and no whole GPU qualifies. Its size comes from the profile name.
 * - `all` takes every qualifying whole GPU (or, failing that, one MIG device).
 *
 * Throws a UserError listing every GPU's free memory when the request cannot be met.
 */
export function selectGpus(gpus: readonly GpuDevice[], req: GpuRequest): GpuSelection {
  const notes: string[] = [];
  const minMiB = req.minMemoryBytes ? req.minMemoryBytes / MIB : 0;
  let pool = [...gpus];
  const visible = (req.visibleDevices ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (visible.length > 0 && !visible.every((v) => /^(-1|none|void|NoDevFiles)$/i.test(v))) {
    pool = pool.filter((g) => matchesVisible(g, visible));
    notes.push(`CUDA_VISIBLE_DEVICES was already set to '${req.visibleDevices}': choosing among ${pool.length} of ${gpus.length} GPU(s).`);
  }
  const fits = (free: number | null) => (minMiB === 0 ? true : free !== null && free >= minMiB);
  const whole = pool.filter((g) => !g.migEnabled && fits(memoryFreeMiB(g))).sort(byLeastUsed);
  const migCandidates: SelectedDevice[] = [];
  for (const g of [...pool].filter((x) => x.migEnabled).sort(byLeastUsed)) {
    for (const m of g.mig) {
      if (!fits(m.memoryTotalMiB)) continue;
      migCandidates.push({
        kind: 'mig', uuid: m.uuid, gpuIndex: g.index, gpuUuid: g.uuid, name: g.name,
        memoryTotalMiB: m.memoryTotalMiB, memoryFreeMiB: m.memoryTotalMiB, utilizationPct: null,
        detail: `MIG ${m.profile} device ${m.device}`,
      });
    }
  }
  // Larger MIG devices first: when one device must do, give the training the most memory.
  migCandidates.sort((a, b) => (b.memoryTotalMiB ?? 0) - (a.memoryTotalMiB ?? 0) || a.gpuIndex - b.gpuIndex);

  const asSelected = (g: GpuDevice): SelectedDevice => ({
    kind: 'gpu', uuid: g.uuid, gpuIndex: g.index, gpuUuid: g.uuid, name: g.name,
    memoryTotalMiB: g.memoryTotalMiB, memoryFreeMiB: memoryFreeMiB(g), utilizationPct: g.utilizationPct,
  });

  let devices: SelectedDevice[] = [];
  const wanted = req.count === 'all' ? Math.max(1, whole.length) : req.count;
  if (whole.length >= wanted && whole.length > 0) {
    devices = whole.slice(0, wanted).map(asSelected);
  } else if (wanted === 1 && migCandidates.length > 0) {
    devices = [migCandidates[0]];
    notes.push(
      `Using ${migCandidates[0].detail} of GPU ${migCandidates[0].gpuIndex} (${migCandidates[0].uuid}); its memory (${formatMiB(migCandidates[0].memoryTotalMiB)}) ` +
        'is read from the MIG profile name, and nvidia-smi does not report its utilization.',
    );
  }
  if (devices.length === 0) {
    const need = req.count === 'all' ? 'at least 1 GPU' : `${req.count} GPU${req.count === 1 ? '' : 's'}`;
    const mem = minMiB > 0 ? ` with at least ${formatMiB(minMiB)} free memory${wanted > 1 ? ' each' : ''}` : '';
    const found = pool.length === 0 ? 'no GPU' : `${whole.length} such GPU${whole.length === 1 ? '' : 's'}`;
    const migNote = pool.some((g) => g.migEnabled) && wanted > 1
      ? ' MIG devices cannot be combined: a CUDA process uses at most one MIG device.'
      : '';
    const lines = gpus.map((g) => `  - ${describeGpu(g)}`).join('\n');
    throw new UserError(
      `Need ${need}${mem}, found ${found}.${migNote} GPUs on this runner:\n${lines || '  (none)'}\n` +
        'Check whether other jobs or processes on this runner hold GPU memory (`nvidia-smi` lists them), lower ' +
        '`min-gpu-memory` or `gpus`, or run on a runner with more free GPU memory.',
    );
  }
  return { devices, cudaVisibleDevices: devices.map((d) => d.uuid).join(','), notes };
}
