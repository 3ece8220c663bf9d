import { PREFLIGHT_FIELDS, smiCell, smiNumber, type SmiQueryTable } from './smi.js';
import type { SmiList } from './smi-list.js';
import type { SmiQ } from './smi-q.js';

/** One MIG device: what CUDA sees as a GPU when its parent is in MIG mode. */
export interface MigDevice {
  uuid: string;
  profile: string;
  device: number;
  /** From the profile name, a lower bound (see migProfileMemoryBytes); per-MIG usage is not reported by --query-gpu. */
  memoryTotalMiB: number | null;
}

/** One physical GPU as the preflight sees it. Numbers nvidia-smi could not report are null. */
export interface GpuDevice {
  index: number;
  uuid: string;
  name: string;
  driverVersion?: string;
  memoryTotalMiB: number | null;
  memoryUsedMiB: number | null;
  /** As nvidia-smi reports it (reserved memory excluded); undefined when not queried: then total - used. */
  memoryFreeMiB?: number | null;
  utilizationPct: number | null;
  computeCap?: string;
  /** True when the GPU is in MIG mode: CUDA then sees only its MIG devices, never the whole GPU. */
  migEnabled: boolean;
  mig: MigDevice[];
}

export interface GpuInventory {
  gpus: GpuDevice[];
  driverVersion?: string;
  cudaVersion?: string;
  /** Lines of the outputs that were not understood (kept for the debug log). */
  ignoredLines: string[];
}

export function memoryFreeMiB(g: Pick<GpuDevice, 'memoryTotalMiB' | 'memoryUsedMiB' | 'memoryFreeMiB'>): number | null {
  if (g.memoryFreeMiB !== undefined && g.memoryFreeMiB !== null) return g.memoryFreeMiB;
  return g.memoryTotalMiB === null || g.memoryUsedMiB === null ? null : Math.max(0, g.memoryTotalMiB - g.memoryUsedMiB);
}

/**
 * Merge the three views of the GPUs: `--query-gpu` (the numbers), `-L` (MIG devices and their UUIDs) and `-q`
 * (MIG mode and CUDA version). Joined by GPU UUID; `-L` and `-q` are optional (best effort).
 */
export function buildInventory(query: SmiQueryTable, list?: SmiList, q?: SmiQ): GpuInventory {
  const gpus: GpuDevice[] = [];
  for (let r = 0; r < query.rows.length; r++) {
    const text = (f: string) => smiCell(query, r, f)?.text ?? undefined;
    const uuid = text('uuid') ?? '';
    const listed = list?.gpus.find((g) => g.uuid === uuid);
    const qGpu = q?.gpus.find((g) => g.uuid === uuid);
    const mig: MigDevice[] = (listed?.mig ?? []).map((m) => ({
      uuid: m.uuid, profile: m.profile, device: m.device,
      memoryTotalMiB: m.nominalMemoryBytes === null ? null : Math.floor(m.nominalMemoryBytes / 2 ** 20),
    }));
    const index = smiNumber(smiCell(query, r, 'index'));
    gpus.push({
      index: index ?? r,
      uuid,
      name: text('name') ?? listed?.name ?? 'unknown GPU',
      driverVersion: text('driver_version'),
      memoryTotalMiB: smiNumber(smiCell(query, r, 'memory.total')),
      memoryUsedMiB: smiNumber(smiCell(query, r, 'memory.used')),
      memoryFreeMiB: query.fields.includes('memory.free') ? smiNumber(smiCell(query, r, 'memory.free')) : undefined,
      utilizationPct: smiNumber(smiCell(query, r, 'utilization.gpu')),
      computeCap: text('compute_cap'),
      // -L lists MIG devices only for a GPU in MIG mode; -q says so even when no instance was created yet.
      migEnabled: mig.length > 0 || /^enabled$/i.test(qGpu?.migMode ?? ''),
      mig,
    });
  }
  const driverVersion = q?.driverVersion ?? gpus.find((g) => g.driverVersion)?.driverVersion;
  return {
    gpus,
    driverVersion,
    cudaVersion: q?.cudaVersion,
    ignoredLines: [...query.ignoredLines, ...(list?.ignoredLines ?? [])],
  };
}

/** The fields the preflight query asks for, without those a driver rejected. */
export function preflightFields(rejected: ReadonlySet<string>): string[] {
  return PREFLIGHT_FIELDS.filter((f) => !rejected.has(f));
}
