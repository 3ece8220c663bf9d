import { UserError } from '../errors.js';

/** Default longest JSON line or CSV/TSV cell a reader buffers: 16 MiB. */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
/** The read chunk: a value inside one chunk is never copied, so a limit below it would not be kept exactly. */
export const MIN_MAX_LINE_BYTES = 1024 * 1024;

/**
 * The longest JSONL line, or CSV/TSV cell, the readers hold: MLCI_MAX_LINE_BYTES when set (whole bytes, at least
 * 1 MiB), else 16 MiB. Readers stream in constant memory except for one line or cell, which must be held whole to be
 * parsed; the cap keeps a file with no line breaks (a 500 MB single line) from costing gigabytes.
 */
export function maxLineBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MLCI_MAX_LINE_BYTES;
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_LINE_BYTES;
  const v = Number(raw.trim());
  if (!Number.isSafeInteger(v) || v < MIN_MAX_LINE_BYTES) {
    throw new UserError(`Environment variable MLCI_MAX_LINE_BYTES must be a whole number of bytes, at least ${MIN_MAX_LINE_BYTES}; it is '${raw.slice(0, 40)}'.`);
  }
  return v;
}

/** The error for a line or cell over the limit. */
export function overlong(where: string, file: string, line: number, what: 'line' | 'cell', limit: number): UserError {
  return new UserError(
    `${where}, line ${line}: a ${what} longer than ${limit.toLocaleString('en-US')} bytes (the MLCI_MAX_LINE_BYTES limit); ` +
      (what === 'line'
        ? 'check that the file has one JSON object per line, or raise MLCI_MAX_LINE_BYTES'
        : 'check the quoting (an unclosed quote swallows the rest of the file) and the delimiter, or raise MLCI_MAX_LINE_BYTES'),
    { file, line },
  );
}
