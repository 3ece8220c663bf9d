/**
 * CSV/TSV parser over raw Buffers, written by hand because this is the hot path: generic CSV libraries build an
 * array or object per row and a string per cell; here each cell goes straight from the bytes into its column's
 * typed array (numbers parsed from bytes, text dictionary-encoded from bytes), so a million rows allocate almost
 * nothing but the columns themselves.
 *
 * Dialect: RFC 4180 — fields may be quoted ("a,b"), a quote inside a quoted field is doubled (""), quoted fields may
 * hold line breaks; lines end in LF, CRLF or a lone CR; the last line may lack a newline. Blank lines are skipped
 * (as pandas does). An empty cell, quoted or not, is null. A quote inside an unquoted cell is kept literally
 * (5'11" stays as is); text after a closing quote is an error. TSV uses the same rules with a tab delimiter (that is
 * what pandas and Python's csv module write).
 *
 * The parser is incremental: push() takes chunks of any size and a cell split across chunks is joined in a scratch
 * buffer, so memory does not depend on the file size.
 */
import { UserError } from '../errors.js';
import { excerpt } from '../excerpt.js';
import { BytesColumnBuilder, NUM, STR, type ColumnContext } from './builder.js';
import { FNV_OFFSET, FNV_PRIME, type ByteDictionary } from './dictionary.js';
import { MAX_EXACT, POW10 } from './number.js';
import { describeFile } from './format.js';
import { maxLineBytes, overlong } from './limits.js';
import type { Batch, Column, ColumnType } from './types.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

const S_START = 0; // at the start of a cell
const S_UNQUOTED = 1; // inside an unquoted cell continued from the previous chunk (bytes in scratch)
const S_QUOTED = 2; // inside a quoted cell
const S_QUOTE_SEEN = 3; // a chunk ended on a quote inside a quoted cell: escape ("") or closing quote
const S_CLOSED = 4; // right after a closing quote: a delimiter or line end must follow
const S_AFTER_CR = 5; // a chunk ended on CR: skip a following LF

export interface DelimitedOptions {
  path: string;
  label?: string;
  delimiter: number;
  columns?: string[];
  types?: Record<string, ColumnType>;
  /** See ReadOptions.missingColumns. */
  missingColumns?: 'error' | 'skip';
  /** See StreamOptions.dictionaries. */
  dictionaries?: 'unique' | 'adaptive';
  /** Rows per batch; Infinity collects the whole file into one batch. */
  batchRows: number;
  /** Keep the current batch's bytes so a column that turns out to be text can be re-read in place (streaming). */
  retain: boolean;
  /** Record each row's line number (readTable: for messages that name a row). */
  trackLines: boolean;
  /** Header already known (a re-read that starts after it). */
  header?: string[];
  /** Stop after this many rows. */
  rowLimit?: number;
  /** Line number of the first byte (a range of a larger file, io/split.ts); default 1. */
  firstLine?: number;
  /** Size of the (uncompressed) input in bytes, when known: lets readTable size its columns once. */
  sizeHint?: number;
}

export class DelimitedParser implements ColumnContext {
  /** Finished batches, in order; the caller takes them after each push(). */
  readonly ready: Batch[] = [];
  header: string[] = [];
  columnNames: string[] = [];
  builders: BytesColumnBuilder[] = [];
  /** Data rows seen. */
  rows = 0;
  done = false;
  /**
   * trackLines: the 1-based line of each row, built only once a row is not on the line after the previous row's
   * (quoted newlines, blank lines); until then row r is on firstRowLine + r. Most files never need it, and at
   * 10,000,000 rows it would cost 40-64 MB per file while the columns are being read.
   */
  lines: Uint32Array | null = null;
  /** trackLines: the line of row 0. */
  firstRowLine = 0;

  private readonly opts: DelimitedOptions;
  private readonly d: number;
  private readonly where: string;
  private collecting: string[] | null;
  private width = 0;
  private sinks: (BytesColumnBuilder | null)[] = [];
  private state = S_START;
  private fieldIndex = 0;
  /** Physical line at the parse position, and the line the current record started on (1-based). */
  private line = 1;
  private rowLine = 1;
  private quoteLine = 0;
  private scratch = Buffer.allocUnsafe(1024);
  private scratchLen = 0;
  /** Inside a quoted cell: where its not-yet-copied bytes start in the current chunk. */
  private segStart = 0;
  private quotedInScratch = false;
  private batchN = 0;
  private readonly rowLimit: number;
  private retained: Buffer[] = [];
  private batchStart = 0;
  private cur: Buffer = Buffer.alloc(0);
  private sawContent = false;
  private bytesSeen = 0;
  private sized = false;
  private readonly maxCell: number;

  constructor(opts: DelimitedOptions) {
    this.opts = opts;
    this.d = opts.delimiter;
    this.where = describeFile(opts.path, opts.label);
    this.rowLimit = opts.rowLimit ?? Infinity;
    this.maxCell = maxLineBytes();
    this.line = this.rowLine = opts.firstLine ?? 1;
    if (opts.header) {
      this.collecting = null;
      this.setup(opts.header);
    } else {
      this.collecting = [];
    }
  }

  /** Physical line at the parse position (after end(): the line after the last one read; see firstLine). */
  get currentLine(): number {
    return this.line;
  }

  push(buf: Buffer): void {
    if (this.done || buf.length === 0) return;
    if (this.opts.retain) this.retained.push(buf);
    this.cur = buf;
    this.sawContent = true;
    const n = buf.length;
    const d = this.d;
    let i = 0;
    if (this.state === S_QUOTED) {
      // A quoted cell continues from the previous chunk: its bytes so far are in scratch (none if the opening quote
      // was that chunk's last byte).
      if (!this.quotedInScratch) {
        this.quotedInScratch = true;
        this.scratchLen = 0;
      }
      this.segStart = 0;
    }
    while (i < n && !this.done) {
      if (this.state === S_START && this.collecting === null) {
        i = this.unquotedRun(buf, i);
        if (i >= n || this.done) break;
      }
      switch (this.state) {
        case S_START: {
          const c = buf[i];
          if (c === QUOTE) {
            this.state = S_QUOTED;
            this.quoteLine = this.line;
            this.segStart = i + 1;
            this.quotedInScratch = false;
            i++;
          } else if (c === d) {
            this.field(buf, i, i);
            i++;
          } else if (c === LF || c === CR) {
            if (this.fieldIndex === 0) {
              // Blank line.
              this.line++;
              this.rowLine = this.line;
              i = this.afterNewline(buf, i);
            } else {
              this.field(buf, i, i);
              i = this.terminate(buf, i);
            }
          } else {
            let j = i + 1;
            while (j < n) {
              const b = buf[j];
              if (b === d || b === LF || b === CR) break;
              j++;
            }
            if (j === n) {
              this.scratchLen = 0;
              this.append(buf, i, n);
              this.state = S_UNQUOTED;
              i = n;
            } else {
              this.field(buf, i, j);
              i = this.terminate(buf, j);
            }
          }
          break;
        }
        case S_UNQUOTED: {
          let j = i;
          while (j < n) {
            const b = buf[j];
            if (b === d || b === LF || b === CR) break;
            j++;
          }
          this.append(buf, i, j);
          if (j === n) {
            i = n;
          } else {
            this.state = S_START;
            this.field(this.scratch, 0, this.scratchLen);
            i = this.terminate(buf, j);
          }
          break;
        }
        case S_QUOTED: {
          const q = buf.indexOf(QUOTE, i);
          const end = q < 0 ? n : q;
          for (let k = i; k < end; k++) if (buf[k] === LF) this.line++;
          if (q < 0) {
            this.toScratch(buf, n);
            i = n;
          } else if (q + 1 === n) {
            this.toScratch(buf, q);
            this.state = S_QUOTE_SEEN;
            i = n;
          } else if (buf[q + 1] === QUOTE) {
            // Doubled quote: keep one.
            this.toScratch(buf, q + 1);
            i = q + 2;
            this.segStart = i;
          } else {
            this.state = S_CLOSED;
            if (this.quotedInScratch) {
              this.append(buf, this.segStart, q);
              this.field(this.scratch, 0, this.scratchLen);
            } else {
              this.field(buf, this.segStart, q);
            }
            i = q + 1;
          }
          break;
        }
        case S_QUOTE_SEEN: {
          if (buf[i] === QUOTE) {
            this.append(buf, i, i + 1);
            i++;
            this.segStart = i;
            this.state = S_QUOTED;
          } else {
            this.state = S_CLOSED;
            this.field(this.scratch, 0, this.scratchLen);
          }
          break;
        }
        case S_CLOSED: {
          const c = buf[i];
          if (c !== d && c !== LF && c !== CR) this.afterQuoteError(c);
          this.state = S_START;
          i = this.terminate(buf, i);
          break;
        }
        default: {
          // S_AFTER_CR
          this.state = S_START;
          if (buf[i] === LF) i++;
        }
      }
    }
    this.bytesSeen += n;
    if (!this.sized && this.rows >= 256 && this.opts.sizeHint !== undefined && !Number.isFinite(this.opts.batchRows)) {
      // Rows per byte so far times the file size, plus a margin: one allocation per column instead of ~10 doublings.
      this.sized = true;
      const estimate = Math.ceil((this.rows / this.bytesSeen) * this.opts.sizeHint * 1.03) + 1024;
      for (const b of this.builders) b.reserve(estimate);
    }
  }

  /**
   * The hot loop: unquoted cells straight into their columns, delimiters and line ends inline, until a quote (left
   * to the state machine in push), the end of the chunk, or the row limit. `f` mirrors this.fieldIndex in a local.
   */
  private unquotedRun(buf: Buffer, i: number): number {
    const n = buf.length;
    const d = this.d;
    const sinks = this.sinks;
    const width = this.width;
    let f = this.fieldIndex;
    while (i < n) {
      let c = buf[i];
      if (c === QUOTE) break;
      if (f === 0 && (c === LF || c === CR)) {
        // Blank line.
        this.line++;
        this.rowLine = this.line;
        i = this.afterNewline(buf, i);
        continue;
      }
      const sink = f < width ? sinks[f] : null;
      let j = i;
      if (sink === null) {
        while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR) j++;
      } else if (sink.mode === NUM) {
        // Parse a plain decimal while scanning (see parseDecimalBytes for why the result is exact); anything else
        // (exponent, long mantissa, text, empty) goes to the builder's general path.
        let neg = false;
        if (c === 45 || c === 43) {
          neg = c === 45;
          j++;
        }
        let m = 0;
        const ds = j;
        while (j < n && (c = buf[j] - 48) >>> 0 <= 9) {
          m = m * 10 + c;
          j++;
        }
        let digits = j - ds;
        let exp = 0;
        if (j < n && buf[j] === 46) {
          const fs = ++j;
          while (j < n && (c = buf[j] - 48) >>> 0 <= 9) {
            m = m * 10 + c;
            j++;
          }
          exp = fs - j;
          digits += j - fs;
        }
        if (j < n && digits > 0 && m < MAX_EXACT && exp >= -22 && ((c = buf[j]) === d || c === LF || c === CR)) {
          const v = exp === 0 || m === 0 ? m : m / POW10[-exp];
          sink.addNumber(neg ? -v : v);
        } else {
          while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR) j++;
          if (j < n) sink.add(buf, i, j);
        }
      } else if (sink.mode === STR) {
        let h = FNV_OFFSET;
        while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR) {
          h = Math.imul(h ^ c, FNV_PRIME);
          j++;
        }
        if (j < n) sink.addHashed(buf, i, j, h);
      } else {
        while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR) j++;
        if (j < n) sink.add(buf, i, j);
      }
      if (j === n) {
        // The cell continues in the next chunk.
        this.scratchLen = 0;
        this.append(buf, i, n);
        this.state = S_UNQUOTED;
        i = n;
        break;
      }
      f++;
      if (c === d) {
        i = j + 1;
        continue;
      }
      this.fieldIndex = f;
      this.endRow(j + 1);
      f = 0;
      i = this.afterNewline(buf, j);
      if (this.done) break;
    }
    this.fieldIndex = f;
    return i;
  }

  /** End of input: finish the last record, check quotes, emit the last batch. */
  end(): void {
    if (!this.done) {
      switch (this.state) {
        case S_START:
          if (this.fieldIndex > 0) {
            this.field(this.scratch, 0, 0);
            this.endRow(0);
          }
          break;
        case S_UNQUOTED:
        case S_QUOTE_SEEN:
          this.field(this.scratch, 0, this.scratchLen);
          this.endRow(0);
          break;
        case S_CLOSED:
          this.endRow(0);
          break;
        case S_QUOTED:
          throw new UserError(
            `${this.where}, line ${this.quoteLine}: a quoted field opened here is never closed (the file ends inside ` +
              `it); add the closing quote, and double any quote that is part of the text ("")`,
            { file: this.opts.path, line: this.quoteLine },
          );
      }
    }
    if (this.collecting !== null) {
      if (this.collecting.length === 0 || !this.sawContent) {
        throw new UserError(`${this.where} is empty; expected a header line with the column names`, { file: this.opts.path });
      }
      this.setup(this.collecting);
      this.collecting = null;
    }
    if (this.batchN > 0 || this.ready.length === 0) this.flush(0);
  }

  /** Names of columns that met text after numbers and must be re-read as text (readTable's second pass). */
  deferredColumns(): string[] {
    return this.builders.filter((b) => b.deferred).map((b) => b.name);
  }

  // ColumnContext

  retype(b: BytesColumnBuilder): { codes: Int32Array; dict: ByteDictionary; nulls: number } | null {
    if (!this.opts.retain) return null;
    const sub = new DelimitedParser({
      path: this.opts.path,
      label: this.opts.label,
      delimiter: this.d,
      columns: [b.name],
      types: { [b.name]: 'string' },
      batchRows: Infinity,
      retain: false,
      trackLines: false,
      header: this.header,
      rowLimit: b.n,
    });
    for (let k = 0; k < this.retained.length && !sub.done; k++) {
      sub.push(k === 0 ? this.retained[0].subarray(this.batchStart) : this.retained[k]);
    }
    if (!sub.done) throw new Error(`internal: re-read of column ${b.name} ended after ${sub.rows} of ${b.n} rows`);
    return sub.builders[0].textState();
  }

  notNumber(column: string, text: string): never {
    throw new UserError(
      `${this.where}, line ${this.rowLine}: column ${excerpt(column)} holds ${excerpt(text)}, which is not a number; ` +
        `this column must be numeric (leave the cell empty for a missing value)`,
      { file: this.opts.path, line: this.rowLine },
    );
  }

  // Internals

  private field(b: Uint8Array, s: number, e: number): void {
    const f = this.fieldIndex++;
    if (this.collecting !== null) {
      this.collecting.push(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8'));
      return;
    }
    if (f < this.width) {
      const sink = this.sinks[f];
      if (sink !== null) sink.add(b, s, e);
    }
  }

  /** Handle the delimiter or line end at buf[t]; return where the next cell starts. */
  private terminate(buf: Buffer, t: number): number {
    const c = buf[t];
    if (c === this.d) return t + 1;
    this.endRow(t + 1);
    return this.afterNewline(buf, t);
  }

  private afterNewline(buf: Buffer, t: number): number {
    if (buf[t] === LF) return t + 1;
    if (t + 1 < buf.length) return buf[t + 1] === LF ? t + 2 : t + 1;
    this.state = S_AFTER_CR;
    return t + 1;
  }

  /** Record the current row's line (see `lines`). */
  private trackLine(): void {
    const r = this.rows;
    if (this.lines === null) {
      if (r === 0) this.firstRowLine = this.rowLine;
      if (this.rowLine === this.firstRowLine + r) return;
      this.lines = new Uint32Array(Math.max(1024, 2 * r));
      for (let k = 0; k < r; k++) this.lines[k] = this.firstRowLine + k;
    } else if (r === this.lines.length) {
      const g = new Uint32Array(this.lines.length * 2);
      g.set(this.lines);
      this.lines = g;
    }
    this.lines[r] = this.rowLine;
  }

  /**
   * Streaming (finite batches): the line of each row of the current batch, indexed by the row within its batch and
   * handed out with the batch (a batch's table is small, so no laziness is needed).
   */
  private trackBatchLine(): void {
    if (this.lines === null) this.lines = new Uint32Array(1024);
    else if (this.batchN === this.lines.length) {
      const g = new Uint32Array(this.lines.length * 2);
      g.set(this.lines);
      this.lines = g;
    }
    this.lines[this.batchN] = this.rowLine;
  }

  /** A record ended; `next` is where the next one starts in the current chunk. */
  private endRow(next: number): void {
    if (this.collecting !== null) {
      this.setup(this.collecting);
      this.collecting = null;
      if (this.opts.retain) {
        this.retained = [this.cur];
        this.batchStart = next;
      }
    } else {
      if (this.fieldIndex !== this.width) this.raggedError();
      if (this.opts.trackLines) {
        if (Number.isFinite(this.opts.batchRows)) this.trackBatchLine();
        else this.trackLine();
      }
      this.rows++;
      this.batchN++;
      if (this.rows >= this.rowLimit) this.done = true;
      else if (this.batchN === this.opts.batchRows) this.flush(next);
    }
    this.fieldIndex = 0;
    this.line++;
    this.rowLine = this.line;
  }

  private flush(next: number): void {
    const columns = new Map<string, Column>();
    for (const b of this.builders) {
      const col = b.finish();
      if (col !== null) columns.set(b.name, col);
    }
    const batch: Batch = { rowOffset: this.rows - this.batchN, rowCount: this.batchN, columns, columnNames: this.columnNames };
    if (this.lines !== null && Number.isFinite(this.opts.batchRows)) batch.lines = this.lines.slice(0, this.batchN);
    this.ready.push(batch);
    this.batchN = 0;
    if (this.opts.retain) {
      this.retained = [this.cur];
      this.batchStart = next;
    }
  }

  private setup(names: string[]): void {
    const path = this.opts.path;
    const seen = new Map<string, number>();
    for (let k = 0; k < names.length; k++) {
      const prev = seen.get(names[k]);
      if (prev !== undefined) {
        throw new UserError(
          `${this.where}, line 1: column name ${excerpt(names[k])} appears twice (columns ${prev + 1} and ` +
            `${k + 1}); rename one so that every column name is unique`,
          { file: path, line: 1 },
        );
      }
      seen.set(names[k], k);
    }
    const wanted = this.opts.columns ? new Set(this.opts.columns) : null;
    if (this.opts.columns && this.opts.missingColumns !== 'skip') {
      for (const c of this.opts.columns) {
        if (!seen.has(c)) throw missingColumn(this.where, path, c, names);
      }
    }
    this.header = names;
    this.width = names.length;
    const capacity = Number.isFinite(this.opts.batchRows) ? Math.min(this.opts.batchRows, 1 << 16) : 4096;
    this.sinks = names.map((name, k) => {
      if (wanted !== null && !wanted.has(name)) return null;
      const b = new BytesColumnBuilder(name, k, this.opts.types?.[name] ?? 'auto', capacity, this, this.opts.dictionaries === 'adaptive');
      this.builders.push(b);
      this.columnNames.push(name);
      return b;
    });
  }

  private raggedError(): never {
    const name = this.d === 9 ? 'tab' : `"${String.fromCharCode(this.d)}"`;
    throw new UserError(
      `${this.where}, line ${this.rowLine}: ${this.fieldIndex} field${this.fieldIndex === 1 ? '' : 's'} but the ` +
        `header has ${this.width}; every row needs one value per column (quote values that contain a ${name}, ` +
        `leave missing values empty)`,
      { file: this.opts.path, line: this.rowLine },
    );
  }

  private afterQuoteError(c: number): never {
    throw new UserError(
      `${this.where}, line ${this.line}: unexpected ${JSON.stringify(String.fromCharCode(c))} after the closing quote ` +
        `of field ${this.fieldIndex}; quote the whole field and double any quote inside it ("")`,
      { file: this.opts.path, line: this.line },
    );
  }

  /** Copy the pending part of a quoted cell (segStart..end of this chunk) into scratch. */
  private toScratch(buf: Buffer, end: number): void {
    if (!this.quotedInScratch) {
      this.scratchLen = 0;
      this.quotedInScratch = true;
    }
    this.append(buf, this.segStart, end);
    this.segStart = 0;
  }

  private append(b: Buffer, s: number, e: number): void {
    const len = e - s;
    if (this.scratchLen + len > this.maxCell) {
      throw overlong(this.where, this.opts.path, this.state === S_QUOTED || this.state === S_QUOTE_SEEN ? this.quoteLine : this.rowLine, 'cell', this.maxCell);
    }
    if (this.scratchLen + len > this.scratch.length) {
      const g = Buffer.allocUnsafe(Math.max(this.scratch.length * 2, this.scratchLen + len));
      this.scratch.copy(g, 0, 0, this.scratchLen);
      this.scratch = g;
    }
    b.copy(this.scratch, this.scratchLen, s, e);
    this.scratchLen += len;
  }
}

export function missingColumn(where: string, path: string, column: string, existing: string[]): UserError {
  const shown = existing.length > 30 ? [...existing.slice(0, 30), `... (${existing.length} in all)`] : existing;
  return new UserError(
    `${where} has no column ${excerpt(column)}; its columns are: ${shown.map((c) => (c.startsWith('... (') ? c : excerpt(c))).join(', ')}` +
      ` (names are case-sensitive)`,
    { file: path },
  );
}
