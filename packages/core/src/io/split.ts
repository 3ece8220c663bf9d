/**
 * Split one large CSV/TSV at row boundaries into fixed-size byte ranges, so the ranges can be parsed on several
 * threads, and stream one range as batches.
 *
 * A row boundary is a line end outside quotes. Whether a byte is inside quotes depends on everything before it, so
 * the split scans the file once from the start with the same quoting rule as DelimitedParser (a quote opens a quoted
 * cell only at the start of a cell; "" inside a quoted cell is a quote; a quote inside an unquoted cell is text).
 * Only quote bytes are visited one by one (Buffer.indexOf jumps between them), so a file with few quotes is scanned
 * at memory speed. The ranges depend only on the file and the range size, never on the number of threads.
 */
import { open } from 'node:fs/promises';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { DelimitedParser } from './delimited.js';
import type { Batch, ColumnType } from './types.js';
import { detectFormat } from './format.js';
import { isUserError } from '../errors.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const READ = 1 << 20;

export interface RowRanges {
  /** Byte ranges [start, end): the first holds the header line, the others start at a row. */
  ranges: Array<{ start: number; end: number }>;
  /** Column names from the header line (for the ranges after the first). */
  header: string[];
}

/**
 * A file's row ranges for the worker pools (detect's profiles, validate-data's parts), or undefined when it is read
 * whole: no larger than `rangeBytes`, not a plain CSV/TSV (gzip, JSONL, Parquet), one range only, or a problem the
 * whole-file reader words better (empty, unreadable, a bad header, a UTF-16 mark).
 */
export async function rangesForWorkers(path: string, size: number, rangeBytes: number, label?: string): Promise<(RowRanges & { delimiter: number }) | undefined> {
  if (size <= rangeBytes) return undefined;
  const { format, gzip } = detectFormat(path);
  if (gzip || (format !== 'csv' && format !== 'tsv')) return undefined;
  const delimiter = format === 'tsv' ? 9 : 44;
  let split;
  try {
    split = await splitRows(path, delimiter, rangeBytes, label);
  } catch (e) {
    if (isUserError(e) || (e as NodeJS.ErrnoException).code) return undefined;
    throw e;
  }
  return split && split.ranges.length >= 2 ? { ...split, delimiter } : undefined;
}

/**
 * Cut points at the first row boundary at or after every multiple of `rangeBytes`. Undefined when the file cannot be
 * split this way (it starts with a UTF-16 byte order mark; the whole-file reader reports that).
 */
export async function splitRows(path: string, delimiter: number, rangeBytes: number, label?: string): Promise<RowRanges | undefined> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const buf = Buffer.allocUnsafe(READ);
    let start = 0;
    const head = await fh.read(buf, 0, Math.min(4, size), 0);
    if (head.bytesRead >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return undefined;
    if (head.bytesRead >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
    const cuts: number[] = [start];
    let inQuotes = false;
    let quoteSeen = false; // a read ended on a quote inside a quoted cell
    let prev = LF; // the byte before the scan position (the file start counts as a line start)
    let want = -1; // looking for a line end at or after this offset; −1: the header's end first
    let headerEnd = -1;
    let sawContent = false;
    let pendingCr = false; // the last cut is at a CR that ended a read: a following LF belongs before it
    let lastWasHeader = true;
    for (let off = start; off < size; ) {
      const { bytesRead: n } = await fh.read(buf, 0, Math.min(READ, size - off), off);
      if (n === 0) break;
      let i = 0;
      if (pendingCr) {
        pendingCr = false;
        if (buf[0] === LF) {
          if (lastWasHeader) headerEnd++;
          else cuts[cuts.length - 1]++;
          want = (Math.floor((off + 1) / rangeBytes) + 1) * rangeBytes;
          i = 1;
        }
      }
      while (i < n) {
        if (quoteSeen) {
          quoteSeen = false;
          if (buf[i] === QUOTE) {
            i++;
            continue;
          }
          inQuotes = false;
          prev = QUOTE;
        }
        if (inQuotes) {
          const q = buf.indexOf(QUOTE, i);
          if (q < 0) {
            i = n;
            break;
          }
          if (q + 1 === n) {
            quoteSeen = true;
            i = n;
            break;
          }
          if (buf[q + 1] === QUOTE) {
            i = q + 2;
            continue;
          }
          inQuotes = false;
          prev = QUOTE;
          i = q + 1;
          continue;
        }
        // Outside quotes: the next quote, and (when a cut is wanted here) the next line end.
        const wantAt = headerEnd < 0 ? 0 : want - off;
        if (wantAt < n) {
          const from = Math.max(i, wantAt);
          const q = buf.indexOf(QUOTE, i);
          const nl = lineEnd(buf, from);
          if (nl >= 0 && (q < 0 || q >= nl)) {
            // Blank lines before the header do not end it.
            if (headerEnd < 0 && !sawContent && !hasContent(buf, i, nl)) {
              prev = buf[nl];
              i = nl + 1;
              continue;
            }
            let cut = off + nl + 1;
            if (buf[nl] === CR) {
              if (nl + 1 < n) {
                if (buf[nl + 1] === LF) cut++;
              } else pendingCr = true;
            }
            if (headerEnd < 0) headerEnd = cut;
            else cuts.push(cut);
            lastWasHeader = cuts.length === 1;
            want = (Math.floor(cut / rangeBytes) + 1) * rangeBytes;
            prev = LF;
            i = cut - off;
            continue;
          }
          if (q < 0) {
            if (nl < 0 && n > i) {
              sawContent ||= hasContent(buf, i, n);
              prev = buf[n - 1];
            }
            i = n;
            continue;
          }
          sawContent = true;
          if (q === i ? isCellStart(prev, delimiter) : isCellStart(buf[q - 1], delimiter)) inQuotes = true;
          prev = QUOTE;
          i = q + 1;
          continue;
        }
        const q = buf.indexOf(QUOTE, i);
        if (q < 0 || q >= wantAt) {
          const to = Math.min(n, wantAt);
          if (to > i) prev = buf[to - 1];
          i = to;
          continue;
        }
        if (q === i ? isCellStart(prev, delimiter) : isCellStart(buf[q - 1], delimiter)) inQuotes = true;
        prev = QUOTE;
        i = q + 1;
      }
      off += n;
    }
    if (headerEnd < 0) return undefined;
    const ends = [...cuts.slice(1).filter((c) => c < size), size];
    const starts = [cuts[0], ...cuts.slice(1).filter((c) => c < size)];
    const ranges = starts.map((s, k) => ({ start: s, end: ends[k] }));
    // The header's names, as the parser reads them.
    const hb = Buffer.allocUnsafe(headerEnd - start);
    await fh.read(hb, 0, hb.length, start);
    const p = new DelimitedParser({ path, label, delimiter, batchRows: 1, retain: false, trackLines: false });
    p.push(hb);
    p.end();
    return { ranges, header: p.header };
  } finally {
    await fh.close();
  }
}

/**
 * The ranges splitRows gives a file with no quote after its header, found without reading the file: the header line,
 * then a few KiB read at each multiple of `rangeBytes` to the next line end (LF, CR LF or a lone CR, as splitRows
 * cuts). ~1 ms for a 1 GB file against a full pass (~0.3 s). Whether the guess holds is known only once every byte
 * is read: the caller's readers check that each range has no quote (a fast-path range gives up at one) and use the
 * splitRows ranges if one has. Undefined when the start already rules it out: a UTF-16 mark, a header line that is
 * blank, quoted or over 64 KiB, one range only.
 */
export function guessRows(path: string, size: number, delimiter: number, rangeBytes: number, label?: string): RowRanges | undefined {
  if (size <= rangeBytes) return undefined;
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(64 * 1024);
    let n = readSync(fd, buf, 0, Math.min(buf.length, size), 0);
    if (n >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return undefined;
    const start = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    const nl = lineEnd(buf.subarray(0, n), start);
    // The header's line end must be in the first read (a CR at its end: its LF may follow, so not that either).
    if (nl < 0 || nl + 1 >= n || !hasContent(buf, start, nl) || buf.subarray(start, nl).includes(QUOTE)) return undefined;
    const headerEnd = nl + (buf[nl] === CR && buf[nl + 1] === LF ? 2 : 1);
    const p = new DelimitedParser({ path, label, delimiter, batchRows: 1, retain: false, trackLines: false });
    p.push(buf.subarray(start, headerEnd));
    p.end();
    const header = p.header;
    const cuts = [start];
    for (let want = (Math.floor(headerEnd / rangeBytes) + 1) * rangeBytes; want < size; ) {
      // The first line end at or after `want`, and the byte after it (a CR's LF).
      let cut = -1;
      for (let off = want; off < size && cut < 0; off += n - 1) {
        n = readSync(fd, buf, 0, Math.min(buf.length, size - off), off);
        if (n === 0) break;
        const at = lineEnd(buf.subarray(0, n), 0);
        if (at >= 0 && (at + 1 < n || off + n === size)) cut = off + at + (buf[at] === CR && at + 1 < n && buf[at + 1] === LF ? 2 : 1);
        else if (n === 1) break;
      }
      if (cut < 0 || cut >= size) break;
      cuts.push(cut);
      want = (Math.floor(cut / rangeBytes) + 1) * rangeBytes;
    }
    if (cuts.length < 2) return undefined;
    const ranges = cuts.map((s, k) => ({ start: s, end: k + 1 < cuts.length ? cuts[k + 1] : size }));
    return { ranges, header };
  } finally {
    closeSync(fd);
  }
}

/** Whether the bytes [start, end) of a file hold a quote (a guessed range the fast path gave up on: guessRows). */
export function rangeHasQuote(path: string, start: number, end: number): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(Math.min(READ * 4, Math.max(1, end - start)));
    for (let off = start; off < end; ) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, end - off), off);
      if (n === 0) break;
      if (buf.subarray(0, n).includes(QUOTE)) return true;
      off += n;
    }
    return false;
  } finally {
    closeSync(fd);
  }
}

function isCellStart(prev: number, delimiter: number): boolean {
  return prev === delimiter || prev === LF || prev === CR;
}

function hasContent(buf: Buffer, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (buf[k] !== LF && buf[k] !== CR) return true;
  return false;
}

/** First LF or CR at or after `from`, or −1. */
function lineEnd(buf: Buffer, from: number): number {
  const lf = buf.indexOf(LF, from);
  const cr = buf.indexOf(CR, from);
  if (lf < 0) return cr;
  if (cr < 0) return lf;
  return Math.min(lf, cr);
}

/**
 * Physical line number (1-based) of the byte at `offset`, counted as DelimitedParser counts: a line end outside
 * quotes (LF, CR LF or a lone CR) and an LF inside a quoted cell each start a line. Used only to word an error found
 * in a range after the first, so it costs a scan of the bytes before the range only when there is an error.
 */
export async function lineAt(path: string, offset: number, delimiter: number): Promise<number> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(READ);
    let line = 1;
    let inQuotes = false;
    let quoteSeen = false;
    let prev = LF;
    for (let off = 0; off < offset; ) {
      const { bytesRead: n } = await fh.read(buf, 0, Math.min(READ, offset - off), off);
      if (n === 0) break;
      for (let i = 0; i < n; i++) {
        const c = buf[i];
        if (quoteSeen) {
          quoteSeen = false;
          if (c === QUOTE) {
            prev = c;
            continue;
          }
          inQuotes = false;
        }
        if (inQuotes) {
          if (c === QUOTE) quoteSeen = true;
          else if (c === LF) line++;
        } else if (c === QUOTE) {
          if (isCellStart(prev, delimiter)) inQuotes = true;
        } else if (c === LF) {
          if (prev !== CR) line++;
        } else if (c === CR) line++;
        prev = c;
      }
      off += n;
    }
    return line;
  } finally {
    await fh.close();
  }
}

/**
 * Stream the rows in [start, end) as batches. `header` is given for a range after the first (which starts at a row);
 * `firstLine` is the line number of `start`, for messages. `columns`, `types`, `missingColumns`, `dictionaries` and
 * `trackLines` are as for streamTable; `done`, when given, receives the parser's line after the range (so the caller
 * can number the lines of the next range without reading this one again).
 */
export async function* streamDelimitedRange(
  path: string,
  o: {
    start: number;
    end: number;
    delimiter: number;
    header?: string[];
    label?: string;
    firstLine?: number;
    batchRows?: number;
    columns?: string[];
    types?: Record<string, ColumnType>;
    missingColumns?: 'error' | 'skip';
    dictionaries?: 'unique' | 'adaptive';
    trackLines?: boolean;
    done?: { endLine: number };
  },
): AsyncGenerator<Batch> {
  const parser = new DelimitedParser({
    path,
    label: o.label,
    delimiter: o.delimiter,
    header: o.header,
    batchRows: o.batchRows ?? 1 << 16,
    retain: true,
    trackLines: o.trackLines === true,
    firstLine: o.firstLine,
    columns: o.columns,
    types: o.types,
    missingColumns: o.missingColumns,
    dictionaries: o.dictionaries,
  });
  if (o.end > o.start) {
    for await (const chunk of createReadStream(path, { start: o.start, end: o.end - 1, highWaterMark: READ }) as AsyncIterable<Buffer>) {
      parser.push(chunk);
      while (parser.ready.length > 0) yield parser.ready.shift()!;
    }
  }
  parser.end();
  while (parser.ready.length > 0) yield parser.ready.shift()!;
  if (o.done) o.done.endLine = parser.currentLine;
}
