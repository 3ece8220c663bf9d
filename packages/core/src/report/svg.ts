/**
 * Small helpers for SVG and HTML written as strings: escaping, fixed-precision coordinates (the same input always
 * prints the same bytes), linear scales and "nice" axis ticks. No DOM, no browser: the report is drawn in Node.
 */

/** Text for HTML or SVG content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A coordinate with one decimal (a tenth of a CSS pixel is below what a screen or printer shows). */
export function px(v: number): string {
  const s = (Math.round(v * 10) / 10).toFixed(1);
  return s.endsWith('.0') ? s.slice(0, -2) : s === '-0' ? '0' : s;
}

/** A number for a label: up to `digits` significant digits, no exponent for the ranges reports show. */
export function num(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a < 1e-4 || a >= 1e7) return v.toExponential(Math.max(0, digits - 1)).replace('e+', 'e');
  const s = String(Number(v.toPrecision(digits)));
  return s === '-0' ? '0' : s;
}

export function signed(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return (v > 0 ? '+' : v < 0 ? '−' : '') + num(Math.abs(v), digits);
}

export interface Scale {
  (v: number): number;
  domain: [number, number];
}

export function linear(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const f = ((v: number) => r0 + (v - d0) * k) as Scale;
  f.domain = domain;
  return f;
}

/** About `count` round tick values covering [lo, hi] (steps of 1, 2 or 5 × 10^k). */
export function ticks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  const first = Math.ceil(lo / step - 1e-9);
  for (let i = first; i * step <= hi + step * 1e-9; i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}

/** A polyline's `points` attribute. */
export function points(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: Scale, sy: Scale): string {
  const out: string[] = [];
  for (let i = 0; i < xs.length; i++) out.push(`${px(sx(xs[i]))},${px(sy(ys[i]))}`);
  return out.join(' ');
}

/** Status colours (GitHub Primer's success, danger, attention and muted foregrounds: legible in print too). */
export const STATUS_COLOR: Record<string, string> = { pass: '#1a7f37', fail: '#cf222e', warn: '#9a6700', insufficient: '#6e7781' };
export const CANDIDATE_COLOR = '#0969da';
export const BASELINE_COLOR = '#6e7781';
