import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { statRegularFile } from './paths.js';

/** Default largest config or report document (policy, params, metrics file, report) read whole: 16 MiB. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/**
 * The largest document read whole, from MLCI_MAX_DOCUMENT_BYTES when set (a positive integer of bytes). A policy or
 * a metrics file is kilobytes; the cap keeps a mistaken path (a data file, a log) from being loaded and parsed.
 */
export function maxDocumentBytes(env: NodeJS.ProcessEnv = process.env): number {
  return positiveIntEnv(env, 'MLCI_MAX_DOCUMENT_BYTES', DEFAULT_MAX_DOCUMENT_BYTES);
}

/** A positive integer from an environment variable, or `fallback`; anything else is a UserError naming it. */
export function positiveIntEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const v = Number(raw.trim());
  if (!Number.isSafeInteger(v) || v < 1) throw new UserError(`Environment variable ${name} must be a positive whole number of bytes; it is '${raw.slice(0, 40)}'.`);
  return v;
}

/**
 * Read a small text file whole (UTF-8): a regular file only (checked from its stat, never opened otherwise), at most
 * `maxBytes`. `label` names it in errors ("Policy .github/mlci/gate.yml").
 */
export function readTextFile(path: string, label: string, maxBytes = maxDocumentBytes()): string {
  const st = statRegularFile(path, label);
  if (st.size > maxBytes) {
    throw new UserError(
      `${label} is ${st.size.toLocaleString('en-US')} bytes, over the ${maxBytes.toLocaleString('en-US')}-byte limit for a document read whole; ` +
        `check the path (set MLCI_MAX_DOCUMENT_BYTES to raise the limit)`,
      { file: path },
    );
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`${label} cannot be read (permission denied)`, { file: path });
    if (code === 'EISDIR') throw new UserError(`${label} is a directory, not a regular file; pass the path of a file`, { file: path });
    throw e;
  }
}
