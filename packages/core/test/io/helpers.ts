/** Test helpers for io: temp files and plain-array views of columns. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { streamTable } from '../../src/io/index.js';
import type { Batch, Column, StreamOptions, Table } from '../../src/io/index.js';

export function tempDir(): { dir: string; file: (name: string, content: string | Buffer, gzip?: boolean) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-io-'));
  return {
    dir,
    file(name, content, gzip = false) {
      const p = join(dir, name);
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      writeFileSync(p, gzip ? gzipSync(bytes) : bytes);
      return p;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Column as plain values: numbers (NaN for empty) or strings (null for empty). */
export function plain(col: Column | undefined): Array<number | string | null> {
  if (!col) throw new Error('no such column');
  if (col.kind === 'number') return Array.from(col.values);
  return Array.from(col.codes, (c) => (c < 0 ? null : col.dictionary[c]));
}

export function tablePlain(t: Table | Batch): Record<string, { kind: string; values: Array<number | string | null> }> {
  const out: Record<string, { kind: string; values: Array<number | string | null> }> = {};
  for (const [name, col] of t.columns) out[name] = { kind: col.kind, values: plain(col) };
  return out;
}

export async function collect(path: string, opts: StreamOptions = {}): Promise<Batch[]> {
  const out: Batch[] = [];
  for await (const b of streamTable(path, opts)) out.push(b);
  return out;
}

/** Batches concatenated into plain arrays per column (kind: the last batch's kind). */
export function reassemble(batches: Batch[]): Record<string, { kind: string; values: Array<number | string | null> }> {
  const out: Record<string, { kind: string; values: Array<number | string | null> }> = {};
  for (const b of batches) {
    for (const [name, col] of b.columns) {
      const entry = (out[name] ??= { kind: col.kind, values: [] });
      entry.kind = col.kind;
      entry.values.push(...plain(col));
    }
  }
  return out;
}

/** Expect a promise to reject with a UserError whose message matches every pattern. */
export async function userError(p: Promise<unknown>): Promise<Error & { file?: string; line?: number }> {
  try {
    await p;
  } catch (e) {
    const err = e as Error & { file?: string; line?: number };
    if (err.name !== 'UserError') throw err;
    return err;
  }
  throw new Error('expected a UserError, but it resolved');
}
