import { UserError } from '../errors.js';

const DURATION_UNITS: Record<string, number> = {
  ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000, hr: 3_600_000, d: 86_400_000, w: 604_800_000,
};

/**
 * Parse a duration such as `48h`, `90m`, `1h30m`, `2d`, `500ms` or a bare number of seconds into milliseconds.
 * Returns undefined for a string that is not a duration, so callers can name the input in their error.
 */
export function parseDurationMs(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  if (s === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const re = /(\d+(?:\.\d+)?)\s*(ms|sec|min|hr|s|m|h|d|w)/gy;
  let total = 0;
  let matched = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    total += Number(m[1]) * DURATION_UNITS[m[2]];
    matched = re.lastIndex;
    while (s[re.lastIndex] === ' ') re.lastIndex++;
  }
  if (matched !== s.length || total <= 0 && !/^0/.test(s)) return undefined;
  return Math.round(total);
}

/** Format milliseconds as a short duration (`2d 3h`, `45m`, `12s`). */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  const neg = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  if (rest < 1000) return `${neg}${Math.round(rest)}ms`;
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) {
    const q = Math.floor(rest / size);
    if (q > 0) parts.push(`${q}${unit}`);
    rest -= q * size;
    if (parts.length === 2) break;
  }
  return neg + parts.join(' ');
}

const SIZE_UNITS: Record<string, number> = {
  b: 1, k: 1000, kb: 1000, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9, t: 1e12, tb: 1e12,
  ki: 1024, kib: 1024, mi: 1024 ** 2, mib: 1024 ** 2, gi: 1024 ** 3, gib: 1024 ** 3, ti: 1024 ** 4, tib: 1024 ** 4,
};

/** Parse a size such as `20GiB`, `512MB`, `1.5G` or a bare byte count into bytes. */
export function parseSizeBytes(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = m[2].toLowerCase();
  const mult = unit === '' ? 1 : SIZE_UNITS[unit];
  if (mult === undefined) return undefined;
  return Math.round(Number(m[1]) * mult);
}

export function requireDurationMs(name: string, text: string): number {
  const v = parseDurationMs(text);
  if (v === undefined) throw new UserError(`Input '${name}' has value '${text}': expected a duration such as 90m, 48h, 1h30m or 2d.`);
  return v;
}

export function requireSizeBytes(name: string, text: string): number {
  const v = parseSizeBytes(text);
  if (v === undefined) throw new UserError(`Input '${name}' has value '${text}': expected a size such as 20GiB, 512MiB or 8GB.`);
  return v;
}
