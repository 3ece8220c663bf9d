/**
 * Dictionary encoders for text columns. ByteDictionary maps raw UTF-8 bytes to codes without decoding them: a
 * slice column of a million rows with four distinct values creates four strings, not a million.
 */

const EMPTY_SLOT = 0;
/** FNV-1a (32-bit) constants: the CSV parser hashes cells while it scans them, then calls codeHashed. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** Open-addressing hash table from byte strings to dense codes 0, 1, 2, ... (FNV-1a hash, linear probing). */
export class ByteDictionary {
  readonly strings: string[] = [];
  /**
   * @param direct One entry per value added, repeats included: no hashing, probing or byte copy (a column of ids,
   *   whose values are nearly all distinct, gains nothing from deduplication). codes are then 0, 1, 2, …
   */
  constructor(readonly direct = false) {}

  private slots = new Int32Array(64); // code + 1, 0 = empty
  private mask = 63;
  private hashes: Int32Array = new Int32Array(16);
  private starts: Int32Array = new Int32Array(16);
  private ends: Int32Array = new Int32Array(16);
  private arena = new Uint8Array(1024);
  private arenaLen = 0;

  /** Code of the text in b[s, e), adding it when new. */
  code(b: Uint8Array, s: number, e: number): number {
    let h = FNV_OFFSET;
    for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], FNV_PRIME);
    return this.codeHashed(b, s, e, h);
  }

  /** Whether code c stands for the bytes b[s, e) (a cheap check of a guessed code). */
  matches(c: number, b: Uint8Array, s: number, e: number): boolean {
    if (this.direct) return false;
    const start = this.starts[c];
    const len = e - s;
    if (this.ends[c] - start !== len) return false;
    const a = this.arena;
    for (let k = 0; k < len; k++) if (a[start + k] !== b[s + k]) return false;
    return true;
  }

  /** Code of b[s, e) whose FNV-1a hash is h. */
  codeHashed(b: Uint8Array, s: number, e: number, h: number): number {
    if (this.direct) return this.append(b, s, e);
    const slots = this.slots;
    const mask = this.mask;
    const len = e - s;
    let slot = h & mask;
    for (;;) {
      const c1 = slots[slot];
      if (c1 === EMPTY_SLOT) break;
      const c = c1 - 1;
      if (this.hashes[c] === h) {
        const start = this.starts[c];
        if (this.ends[c] - start === len) {
          const a = this.arena;
          let k = 0;
          while (k < len && a[start + k] === b[s + k]) k++;
          if (k === len) return c;
        }
      }
      slot = (slot + 1) & mask;
    }
    return this.insert(slot, h, b, s, e);
  }

  private append(b: Uint8Array, s: number, e: number): number {
    let or = 0;
    for (let k = s; k < e; k++) or |= b[k];
    this.strings.push(b instanceof Buffer ? decode(b, or < 0x80, s, e) : Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8'));
    return this.strings.length - 1;
  }

  private insert(slot: number, h: number, b: Uint8Array, s: number, e: number): number {
    const c = this.strings.length;
    const len = e - s;
    if (this.arenaLen + len > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLen + len));
      grown.set(this.arena.subarray(0, this.arenaLen));
      this.arena = grown;
    }
    // A byte loop, not arena.set(b.subarray(s, e)): no view object per new value (an id column is one a row), and
    // the OR of the bytes says whether the text is ASCII, which decodes faster as latin1 (the same string).
    const arena = this.arena;
    const at = this.arenaLen;
    let or = 0;
    for (let k = 0; k < len; k++) {
      const x = b[s + k];
      arena[at + k] = x;
      or |= x;
    }
    if (c === this.hashes.length) {
      this.hashes = grow32(this.hashes);
      this.starts = grow32(this.starts);
      this.ends = grow32(this.ends);
    }
    this.hashes[c] = h;
    this.starts[c] = this.arenaLen;
    this.ends[c] = this.arenaLen + len;
    this.arenaLen += len;
    this.strings.push(
      b instanceof Buffer ? decode(b, or < 0x80, s, e) : Buffer.from(b.buffer, b.byteOffset + s, len).toString(or < 0x80 ? 'latin1' : 'utf8'),
    );
    this.slots[slot] = c + 1;
    if ((c + 1) * 2 > this.slots.length) this.rehash();
    return c;
  }

  private rehash(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let c = 0; c < this.strings.length; c++) {
      let slot = this.hashes[c] & mask;
      while (slots[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
      slots[slot] = c + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** The same for values that already are JavaScript strings (JSONL, Parquet). */
export class TextDictionary {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  code(text: string): number {
    let c = this.index.get(text);
    if (c === undefined) {
      c = this.strings.length;
      this.strings.push(text);
      this.index.set(text, c);
    }
    return c;
  }
}

export function grow32(a: Int32Array): Int32Array {
  const g = new Int32Array(Math.max(16, a.length * 2));
  g.set(a);
  return g;
}

type Slicing = Buffer & { latin1Slice?: (s: number, e: number) => string; utf8Slice?: (s: number, e: number) => string };

/**
 * Bytes [s, e) of a buffer as text, ASCII through latin1 (the same string, decoded faster). Buffer's own slicers,
 * which toString calls after checking its arguments and looking the encoding up: a text column decodes a cell at a
 * time, and those steps cost as much as the decoding (s and e are in range here). toString where they are missing.
 */
export function decode(b: Buffer, ascii: boolean, s: number, e: number): string {
  const x = b as Slicing;
  if (ascii) return x.latin1Slice ? x.latin1Slice(s, e) : b.toString('latin1', s, e);
  return x.utf8Slice ? x.utf8Slice(s, e) : b.toString('utf8', s, e);
}
