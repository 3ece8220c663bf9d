/**
 * Parsing of `nvidia-smi -L`. It is the one listing that names MIG devices with their UUIDs on every driver
 * since MIG exists (R450): CUDA_VISIBLE_DEVICES must name a MIG device by that UUID, not by its parent GPU.
 *
 *   GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-63d1e50a-...)
 *     MIG 1g.10gb     Device  0: (UUID: MIG-4d0efb7d-...)        (R470 and later)
 *     MIG 1g.5gb Device 0: (UUID: MIG-GPU-4200ccc0-.../7/0)     (R450: legacy MIG UUID form)
 */

export interface SmiListedMig {
  /** The profile: `1g.10gb`, `3g.40gb`, `1c.3g.40gb` (compute instance of a larger GPU instance). */
  profile: string;
  /** Device number within its GPU. */
  device: number;
  uuid: string;
  /** Memory in bytes implied by the profile name (`10gb` -> 10e9), a conservative lower bound, or null. */
  nominalMemoryBytes: number | null;
}

export interface SmiListedGpu {
  index: number;
  name: string;
  uuid: string;
  mig: SmiListedMig[];
}

const GPU_LINE = /^GPU (\d+): (.+?) \(UUID: (GPU-[^)\s]+)\)\s*$/;
const MIG_LINE = /^\s+MIG (\S+)\s+Device\s+(\d+): \(UUID: (MIG-[^)\s]+)\)\s*$/;

/**
 * The memory of a MIG profile from its name. The profile says decimal gigabytes (`1g.10gb`), while the device
 * really has a little more than that many GB (`nvidia-smi mig -lgip` on an A100-40GB lists 1g.5gb with 4.75 GiB =
 * 5.1e9 bytes), so reading the name as decimal GB does not overstate it.
 */
export function migProfileMemoryBytes(profile: string): number | null {
  const m = /(\d+)gb$/i.exec(profile);
  return m ? Number(m[1]) * 1e9 : null;
}

export interface SmiList {
  gpus: SmiListedGpu[];
  /** Lines that are neither a GPU nor a MIG device. */
  ignoredLines: string[];
}

export function parseSmiList(text: string): SmiList {
  const gpus: SmiListedGpu[] = [];
  const ignoredLines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const g = GPU_LINE.exec(line);
    if (g) {
      gpus.push({ index: Number(g[1]), name: g[2], uuid: g[3], mig: [] });
      continue;
    }
    const m = MIG_LINE.exec(line);
    if (m && gpus.length > 0) {
      gpus[gpus.length - 1].mig.push({
        profile: m[1], device: Number(m[2]), uuid: m[3], nominalMemoryBytes: migProfileMemoryBytes(m[1]),
      });
      continue;
    }
    ignoredLines.push(line);
  }
  return { gpus, ignoredLines };
}
