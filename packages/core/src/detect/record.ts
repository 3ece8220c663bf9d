import { z } from 'zod';
import { tableProfileSchema } from '../drift/summary.js';
import type { FileFingerprint } from './fingerprint.js';

/**
 * The baseline record: what the last training run saw, saved to the cache or a committed lock file and compared
 * against on the next run. Versioned by `schema`; a record of another version or one that fails validation is
 * treated as absent (first run) with one warning, never a crash.
 */
export const RECORD_SCHEMA = 'mlci.detect.record/v1';

/**
 * The per-file entries are the bulk of a record (10,000 files: 2.4 MB) and checking them with zod doubled the
 * parse time of a warm re-check, so they are checked by hand (checkFiles) and typed here.
 */
const fileSchema = z.custom<FileFingerprint>(() => true);
const SHA256_HEX = /^[0-9a-f]{64}$/;
const MD5_HEX = /^[0-9a-f]{32}$/;

/** The problem with the first malformed file entry, or undefined when all are well formed. */
function checkFiles(files: readonly unknown[]): string | undefined {
  for (let i = 0; i < files.length; i++) {
    const f = files[i] as Record<string, unknown> | null;
    const bad = (what: string) => `files.${i}: ${what}`;
    if (f === null || typeof f !== 'object') return bad('expected an object');
    if (typeof f.path !== 'string') return bad('path: expected a string');
    if (typeof f.size !== 'number' || !Number.isInteger(f.size) || f.size < 0) return bad('size: expected a whole number of bytes');
    if (typeof f.sha256 !== 'string' || !SHA256_HEX.test(f.sha256)) return bad('sha256: expected 64 hex digits');
    if (f.md5 !== undefined && (typeof f.md5 !== 'string' || !MD5_HEX.test(f.md5))) return bad('md5: expected 32 hex digits');
    for (const k of ['mtimeMs', 'ctimeMs', 'ino'] as const) if (typeof f[k] !== 'number') return bad(`${k}: expected a number`);
  }
  return undefined;
}

const pointerSchema = z.object({
  path: z.string(),
  digest: z.string(),
  size: z.number().optional(),
  nfiles: z.number().optional(),
  source: z.string(),
  kind: z.enum(['lfs', 'dvc', 'dvc-lock']),
  stage: z.string().optional(),
});

export const detectRecordSchema = z.object({
  schema: z.literal(RECORD_SCHEMA),
  /** When this record was written (ISO 8601). */
  createdAt: z.string(),
  /** When the training this record stands for ran: the age `max-age` compares with. */
  trainedAt: z.string(),
  /** Commit the record was taken at: `code` changes on schedule/workflow_dispatch are listed since it. */
  commit: z.string(),
  ref: z.string().optional(),
  /** Merkle digest of the data set (files and pointers). */
  fingerprint: z.string(),
  /** When the files were stat'ed (ms since epoch), for the stat cache's racy-file rule. */
  statAt: z.number(),
  files: z.array(fileSchema),
  pointers: z.array(pointerSchema),
  /** Code files' sha256 by path: used when the event cannot say which files changed. */
  code: z.record(z.string(), z.string()),
  /** Params snapshot: file (or dvc.lock scope) → dotted key → JSON text of the value. */
  params: z.record(z.string(), z.record(z.string(), z.string())),
  /** Profiles of tabular data files, by path, with the sha256 they were computed from. */
  profiles: z.record(z.string(), tableProfileSchema.extend({ sha256: z.string(), format: z.string() })),
  /** Each `data` pattern's tabular files: a table is compared as a whole (shards merged). */
  tables: z.array(z.object({ name: z.string(), files: z.array(z.string()) })),
});
export type DetectRecord = z.infer<typeof detectRecordSchema>;
export type StoredProfile = DetectRecord['profiles'][string];

/** Why a stored record could not be used. */
export class RecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordError';
  }
}

/** Parse and validate a record's JSON text. Throws RecordError (never a UserError: a bad record is not fatal). */
export function parseRecord(text: string, where: string): DetectRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new RecordError(`baseline record ${where} is not valid JSON (${(e as Error).message})`);
  }
  const schema = (raw as { schema?: unknown } | null)?.schema;
  if (schema !== RECORD_SCHEMA) {
    throw new RecordError(`baseline record ${where} has schema ${JSON.stringify(schema)}; this version reads ${RECORD_SCHEMA}`);
  }
  // zod checks everything but the file entries, which checkFiles walks without copying them.
  const files = (raw as { files?: unknown }).files;
  if (!Array.isArray(files)) throw new RecordError(`baseline record ${where} is damaged: files: expected an array`);
  const r = detectRecordSchema.safeParse({ ...(raw as object), files: [] });
  if (!r.success) {
    const i = r.error.issues[0];
    throw new RecordError(`baseline record ${where} is damaged: ${i.path.join('.') || '(top level)'}: ${i.message}`);
  }
  const badFile = checkFiles(files);
  if (badFile) throw new RecordError(`baseline record ${where} is damaged: ${badFile}`);
  return { ...r.data, files: files as FileFingerprint[] };
}

/**
 * Serialise a record: keys in a fixed order, files and pointers sorted by path, two-space indent and a final newline,
 * so a committed lock file diffs line by line and the same inputs give the same bytes.
 */
export function serializeRecord(record: DetectRecord): string {
  return JSON.stringify(sortKeys(record), null, 2) + '\n';
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    // Record keys (paths, params keys) sort by code unit; schema fields keep the schema's order for readability.
    const keys = Object.keys(v as object);
    const ordered = keys.includes('schema') ? keys : [...keys].sort();
    for (const k of ordered) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}
