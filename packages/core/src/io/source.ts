import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { UserError, isUserError } from '../errors.js';
import { describeFile } from './format.js';
import { fileKind } from '../fs/paths.js';

/** Read size: large enough that per-chunk overhead vanishes, small enough to keep streaming memory flat. */
const CHUNK_BYTES = 1 << 20;

/** Check the path up front so a typo gives "not found" rather than a stream error deep in a parser. */
export async function checkReadable(path: string, label?: string): Promise<number> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) {
      throw new UserError(`${describeFile(path, label)} is a directory; pass the path of a data file`, { file: path });
    }
    // Decided from the stat, never by opening: opening a FIFO for reading blocks until a writer comes.
    if (!s.isFile()) {
      throw new UserError(`${describeFile(path, label)} is ${fileKind(s)}, not a regular file; pass the path of a data file`, { file: path });
    }
    return s.size;
  } catch (e) {
    if (isUserError(e)) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UserError(`${describeFile(path, label)} not found; check the path (relative paths start at the workspace)`, {
        file: path,
      });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new UserError(`${describeFile(path, label)} cannot be read (permission denied)`, { file: path });
    }
    throw e;
  }
}

function isZlibError(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

/**
 * The file's bytes as a sequence of Buffers (fresh ones: callers may keep them), gunzipped when `gzip`, with a UTF-8
 * byte order mark removed. A UTF-16 file and corrupt gzip data are UserErrors naming the file.
 */
export async function* openChunks(path: string, gzip: boolean, label?: string): AsyncGenerator<Buffer> {
  await checkReadable(path, label);
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const stream = gzip ? file.pipe(createGunzip({ chunkSize: 256 * 1024 })) : file;
  // pipe() does not forward source errors: forward them so the iterator below throws them.
  if (gzip) file.on('error', (e) => stream.destroy(e));
  let head: Buffer | null = Buffer.alloc(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (head !== null) {
        // Gather at least 4 bytes before looking for a byte order mark.
        head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
        if (head.length < 4) continue;
        const first: Buffer = stripBom(head, path, label);
        head = null;
        if (first.length > 0) yield first;
        continue;
      }
      yield chunk;
    }
    if (head !== null && head.length > 0) {
      const first = stripBom(head, path, label);
      if (first.length > 0) yield first;
    }
  } catch (e) {
    if (isZlibError(e)) {
      throw new UserError(
        `${describeFile(path, label)}: gzip data is corrupt or truncated (${(e as Error).message}); ` +
          `re-create the file, or drop the .gz extension if it is not compressed`,
        { file: path },
      );
    }
    throw e;
  } finally {
    stream.destroy();
    file.destroy();
  }
}

function stripBom(b: Buffer, path: string, label?: string): Buffer {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3);
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    throw new UserError(`${describeFile(path, label)} is UTF-16 encoded; save it as UTF-8`, { file: path });
  }
  return b;
}
