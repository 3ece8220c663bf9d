/**
 * Parsing of `nvidia-smi -q`: an indented `Key : Value` tree, one `GPU <bus id>` section per GPU. Used for the
 * CUDA version (which `--query-gpu` cannot report) and the MIG mode. Handles both header forms seen in real
 * output: `CUDA Version : 13.1` and, from driver 610, `CUDA Version : 13.3 [Deprecated; ...]` next to
 * `KMD Version` / `CUDA UMD Version`; and both utilization sub-keys, `Gpu` (before R570) and `GPU`.
 */

export interface SmiQNode {
  key: string;
  /** The value after ` : `, or undefined for a section heading. */
  value?: string;
  children: SmiQNode[];
  /** 1-based line in the output. */
  line: number;
}

export interface SmiQProcess {
  pid: number;
  type?: string;
  name?: string;
  usedMemoryMiB: number | null;
}

export interface SmiQGpu {
  busId: string;
  productName?: string;
  uuid?: string;
  minorNumber?: number;
  /** `Enabled` / `Disabled` / `N/A` (older GPUs have no MIG Mode section at all: undefined). */
  migMode?: string;
  memoryTotalMiB: number | null;
  memoryUsedMiB: number | null;
  memoryFreeMiB: number | null;
  utilizationPct: number | null;
  processes: SmiQProcess[];
}

export interface SmiQ {
  driverVersion?: string;
  cudaVersion?: string;
  kmdVersion?: string;
  attachedGpus?: number;
  gpus: SmiQGpu[];
  root: SmiQNode[];
}

const KV = /^(\s*)(\S.*?)\s+:(?:\s(.*))?$/;

/** Build the indentation tree. Values keep their text; headings (no ` : `) get children. */
export function parseSmiQTree(text: string): SmiQNode[] {
  const root: SmiQNode[] = [];
  const stack: Array<{ indent: number; node: SmiQNode }> = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\s+$/, '');
    if (raw.trim() === '' || /^=+.*=+$/.test(raw.trim())) continue;
    const indent = raw.length - raw.trimStart().length;
    const m = KV.exec(raw);
    const node: SmiQNode = m
      ? { key: m[2].trim(), value: (m[3] ?? '').trim(), children: [], line: i + 1 }
      : { key: raw.trim(), children: [], line: i + 1 };
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    if (stack.length === 0) root.push(node);
    else stack[stack.length - 1].node.children.push(node);
    stack.push({ indent, node });
  }
  return root;
}

function child(node: SmiQNode | undefined, key: string): SmiQNode | undefined {
  if (!node) return undefined;
  const k = key.toLowerCase();
  return node.children.find((c) => c.key.toLowerCase() === k);
}

/** `13.3 [Deprecated; will be removed ...]` -> `13.3`; `N/A` -> undefined. */
function cleanVersion(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const t = v.replace(/\s*\[.*\]\s*$/, '').trim();
  return t === '' || t === 'N/A' ? undefined : t;
}

function mib(v: string | undefined): number | null {
  const m = v === undefined ? null : /^(\d+(?:\.\d+)?)\s*MiB$/.exec(v);
  return m ? Number(m[1]) : null;
}

function pct(v: string | undefined): number | null {
  const m = v === undefined ? null : /^(\d+(?:\.\d+)?)\s*%$/.exec(v);
  return m ? Number(m[1]) : null;
}

function parseProcesses(section: SmiQNode | undefined): SmiQProcess[] {
  // Each process starts at a `Process ID` entry; its Type/Name/Used GPU Memory are indented under it. Newer drivers
  // put `GPU instance ID` / `Compute instance ID` siblings before it. `Processes : None` has no children.
  const out: SmiQProcess[] = [];
  for (const c of section?.children ?? []) {
    if (c.key.toLowerCase() !== 'process id') continue;
    out.push({
      pid: Number(c.value),
      type: child(c, 'Type')?.value,
      name: child(c, 'Name')?.value,
      usedMemoryMiB: mib(child(c, 'Used GPU Memory')?.value),
    });
  }
  return out;
}

export function parseSmiQ(text: string): SmiQ {
  const root = parseSmiQTree(text);
  const top = (key: string) => root.find((n) => n.key.toLowerCase() === key.toLowerCase() && n.value !== undefined)?.value;
  const gpus: SmiQGpu[] = [];
  for (const n of root) {
    const bus = /^GPU ([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f])$/.exec(n.key);
    if (!bus || n.value !== undefined) continue;
    const fb = child(n, 'FB Memory Usage');
    const util = child(n, 'Utilization');
    const minor = child(n, 'Minor Number')?.value;
    gpus.push({
      busId: bus[1],
      productName: child(n, 'Product Name')?.value,
      uuid: child(n, 'GPU UUID')?.value,
      minorNumber: minor !== undefined && /^\d+$/.test(minor) ? Number(minor) : undefined,
      migMode: child(child(n, 'MIG Mode'), 'Current')?.value,
      memoryTotalMiB: mib(child(fb, 'Total')?.value),
      memoryUsedMiB: mib(child(fb, 'Used')?.value),
      memoryFreeMiB: mib(child(fb, 'Free')?.value),
      // `Gpu` before R570, `GPU` after: child() compares case-insensitively.
      utilizationPct: pct(child(util, 'GPU')?.value),
      processes: parseProcesses(child(n, 'Processes')),
    });
  }
  const attached = top('Attached GPUs');
  return {
    driverVersion: cleanVersion(top('Driver Version')) ?? cleanVersion(top('KMD Version')),
    cudaVersion: cleanVersion(top('CUDA Version')) ?? cleanVersion(top('CUDA UMD Version')),
    kmdVersion: cleanVersion(top('KMD Version')),
    attachedGpus: attached !== undefined && /^\d+$/.test(attached) ? Number(attached) : undefined,
    gpus,
    root,
  };
}
