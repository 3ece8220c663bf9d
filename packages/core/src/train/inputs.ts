import { z } from 'zod';

/** `gpus`: a count (1, 2, ...) or `all`. */
export const gpusInput = z.string().transform((s, ctx) => {
  const t = s.trim().toLowerCase();
  if (t === 'all') return 'all' as const;
  if (/^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= 1024) return Number(t);
  ctx.addIssue({ code: 'custom', message: 'expected a number of GPUs (1, 2, 8, ...) or all' });
  return z.NEVER;
});

/** `retry-on-exit-codes`: exit codes 1-255, comma- or newline-separated. */
export const exitCodesInput = z.string().transform((s, ctx) => {
  const items = s.split(/[\s,]+/).filter(Boolean);
  const out: number[] = [];
  for (const it of items) {
    const n = Number(it);
    if (!/^\d+$/.test(it) || n < 1 || n > 255) {
      ctx.addIssue({ code: 'custom', message: `'${it}' is not an exit code; expected numbers from 1 to 255 such as 75, 137` });
      return z.NEVER;
    }
    out.push(n);
  }
  return out;
});

/** `checkpoint-pattern`: globs, comma- or newline-separated; validated by parseCheckpointPatterns. */
export const checkpointPatternInput = z.string().transform((s) => s.split(/[\n,]+/).map((x) => x.trim()).filter((x) => x !== ''));
