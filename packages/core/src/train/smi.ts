/**
 * Parsing of `nvidia-smi --query-gpu=... --format=csv[,noheader][,nounits]` output and classification of
 * nvidia-smi's failure messages. Formats follow the outputs captured from real drivers in
 * packages/core/test/fixtures/nvidia-smi (see SOURCES.md there): cells are separated by ", ", unavailable values
 * are written `[N/A]`, `[Not Supported]`, `[Unknown Error]`, `[GPU requires reset]`,
 * `[Requested functionality has been deprecated]` (and bare `N/A` in some fields), and without `nounits` numbers
 * carry a unit (`81559 MiB`, `100 %`).
 */

/**
 * The fields the preflight asks for; the order is the order of the CSV columns. `memory.free` is asked for as well
 * as total and used: on recent drivers free = total - reserved - used (the H100 capture: 81559 total, 479 reserved,
 * 19818 used, 61263 free), so total - used would overstate what a training can allocate.
 */
export const PREFLIGHT_FIELDS = [
  'index', 'uuid', 'name', 'driver_version', 'memory.total', 'memory.used', 'memory.free', 'utilization.gpu', 'compute_cap',
] as const;

/** The fields each monitoring sample asks for (small, so a sample costs little). */
export const SAMPLE_FIELDS = ['index', 'uuid', 'memory.used', 'utilization.gpu'] as const;

/** A cell of a query: its text, or null when nvidia-smi wrote a placeholder, with the placeholder kept as `reason`. */
export interface SmiCell {
  text: string | null;
  /** The placeholder without brackets (`N/A`, `Not Supported`, ...) when `text` is null. */
  reason?: string;
}

export interface SmiQueryTable {
  fields: string[];
  /** One array of cells per GPU, in the order of `fields`. */
  rows: SmiCell[][];
  /** Lines that were not rows of the table (warnings such as `WARNING: infoROM is corrupted at gpu ...`). */
  ignoredLines: string[];
}

const PLACEHOLDER = /^\[(.+)\]$/;

/** Turn one raw cell into text or a placeholder. */
export function parseSmiCell(raw: string): SmiCell {
  const t = raw.trim();
  const m = PLACEHOLDER.exec(t);
  if (m) return { text: null, reason: m[1] };
  if (t === 'N/A' || t === '') return { text: null, reason: t === '' ? 'empty' : 'N/A' };
  return { text: t };
}

/**
 * A number from a cell, with or without its unit (`19818`, `19818 MiB`, `100 %`, `28.16 W`). Null for a
 * placeholder or text that is not a number.
 */
export function smiNumber(cell: SmiCell | undefined): number | null {
  if (!cell || cell.text === null) return null;
  const m = /^(-?\d+(?:\.\d+)?)\s*(?:%|[KMG]iB|[KMG]B\/s|W|MHz|C|us|ms|s)?$/.exec(cell.text);
  return m ? Number(m[1]) : null;
}

function splitLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

/** nvidia-smi separates cells with ", " and never quotes; GPU names and values hold no commas. */
function splitRow(line: string): string[] {
  return line.split(',').map((c) => c.trim());
}

/**
 * Parse `--format=csv,noheader[,nounits]` output for the `fields` that were asked for. A line with a different
 * number of cells is not a row (nvidia-smi appends warnings to its output) and is kept in `ignoredLines`.
 */
export function parseSmiQueryCsv(text: string, fields: readonly string[]): SmiQueryTable {
  const rows: SmiCell[][] = [];
  const ignoredLines: string[] = [];
  for (const line of splitLines(text)) {
    const cells = splitRow(line);
    if (cells.length !== fields.length) {
      ignoredLines.push(line);
      continue;
    }
    rows.push(cells.map(parseSmiCell));
  }
  return { fields: [...fields], rows, ignoredLines };
}

/**
 * Parse `--format=csv` output with its header line (`memory.used [MiB], utilization.gpu [%]`): the field names
 * come from the header, with the unit tag removed.
 */
export function parseSmiQueryCsvWithHeader(text: string): SmiQueryTable {
  const lines = splitLines(text);
  if (lines.length === 0) return { fields: [], rows: [], ignoredLines: [] };
  const fields = splitRow(lines[0]).map((h) => h.replace(/\s*\[[^\]]*\]$/, ''));
  const table = parseSmiQueryCsv(lines.slice(1).join('\n'), fields);
  return table;
}

/** The cell of `field` in `row`, or undefined when the field was not queried. */
export function smiCell(table: SmiQueryTable, row: number, field: string): SmiCell | undefined {
  const i = table.fields.indexOf(field);
  return i < 0 ? undefined : table.rows[row]?.[i];
}

export type SmiFailureKind =
  | 'not-found'
  | 'driver-unreachable'
  | 'version-mismatch'
  | 'nvml-unknown-error'
  | 'insufficient-permissions'
  | 'no-devices'
  | 'gpu-lost'
  | 'nvml-library-missing'
  | 'invalid-field'
  | 'timeout'
  | 'unknown';

/**
 * Recognise the failure in nvidia-smi's output. The messages are those printed by real drivers (fixtures
 * error-*.txt); nvidia-smi writes them to stdout, not stderr, so callers pass both.
 */
export function classifySmiFailure(output: string): SmiFailureKind {
  const t = output;
  if (/couldn't communicate with the NVIDIA driver/i.test(t)) return 'driver-unreachable';
  if (/Driver\/library version mismatch/i.test(t)) return 'version-mismatch';
  if (/Insufficient Permissions/i.test(t)) return 'insufficient-permissions';
  if (/Failed to initialize NVML: Unknown Error/i.test(t)) return 'nvml-unknown-error';
  if (/No devices were found/i.test(t)) return 'no-devices';
  if (/fallen off the bus|GPU is lost/i.test(t)) return 'gpu-lost';
  if (/NVML Shared Library Not Found|libnvidia-ml\.so/i.test(t)) return 'nvml-library-missing';
  if (/is not a valid field to query/i.test(t)) return 'invalid-field';
  return 'unknown';
}

/** The field nvidia-smi rejected in `Field "compute_cap" is not a valid field to query.`, if that is the error. */
export function rejectedSmiField(output: string): string | undefined {
  return /Field "([^"]+)" is not a valid field to query/i.exec(output)?.[1];
}

/**
 * What is wrong and what to check, for each failure. Written for the person reading a failed job log on a runner
 * they may not administer.
 */
export function describeSmiFailure(kind: SmiFailureKind, detail?: string): string {
  const d = detail ? ` nvidia-smi said: "${oneLine(detail)}".` : '';
  switch (kind) {
    case 'not-found':
      return (
        'nvidia-smi was not found on PATH, so this job cannot see an NVIDIA GPU. Check that `runs-on` selects a GPU runner ' +
        '(for example `[self-hosted, linux, gpu]` or your ARC scale set), that the NVIDIA driver is installed on it, and, ' +
        'when the job runs in a container, that the container was started with `--gpus all` ' +
        '(`container: options: --gpus all`) or by the NVIDIA container runtime, which mounts nvidia-smi into it.'
      );
    case 'driver-unreachable':
      return (
        "nvidia-smi could not communicate with the NVIDIA driver: the kernel module is not loaded or does not match the " +
        'installed driver (common after a kernel update without a reboot or DKMS rebuild). Check `lsmod | grep nvidia` and ' +
        '`dmesg | grep -i nvrm` on the runner host, and reboot or reinstall the driver.' + d
      );
    case 'version-mismatch':
      return (
        'The NVIDIA driver library and kernel module versions differ (usually an unattended driver upgrade that needs a ' +
        'reboot). Reboot the runner host, or reload the nvidia kernel modules.' + d
      );
    case 'nvml-unknown-error':
      return (
        'NVML failed with "Unknown Error": the container lost access to the GPU (a known NVIDIA container toolkit problem ' +
        'after `systemctl daemon-reload` with the systemd cgroup driver). Restart the runner container or pod.' + d
      );
    case 'insufficient-permissions':
      return (
        'nvidia-smi has no permission to open the GPU device files (/dev/nvidia*). Check that the runner user can read ' +
        'them and, with SELinux, that the container is labelled for GPU access.' + d
      );
    case 'no-devices':
      return (
        'The NVIDIA driver is loaded but reports no GPU. Check that the GPU is visible on the PCI bus (`lspci | grep -i nvidia`), ' +
        'that the kubelet device plugin gave this pod a GPU (`nvidia.com/gpu` limit), and the BIOS settings (Above 4G decoding).' + d
      );
    case 'gpu-lost':
      return 'A GPU has fallen off the bus: the host needs a reset or reboot; take the runner out of rotation.' + d;
    case 'nvml-library-missing':
      return (
        'The NVML library (libnvidia-ml.so) was not found: the driver is not installed in this image, or the container was ' +
        'started without the NVIDIA runtime (`--gpus all`).' + d
      );
    case 'invalid-field':
      return 'This NVIDIA driver does not know one of the queried fields; it is too old for this action.' + d;
    case 'timeout':
      return 'nvidia-smi did not answer in time: the driver may be hung. Check `dmesg` on the runner host for Xid errors.' + d;
    default:
      return 'nvidia-smi failed.' + d;
  }
}

function oneLine(s: string): string {
  const t = s.trim().split(/\r?\n/).filter(Boolean).join(' / ');
  return t.length > 300 ? t.slice(0, 297) + '...' : t;
}
