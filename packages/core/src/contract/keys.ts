import { UserError } from '../errors.js';
import { positiveIntEnv } from '../fs/text.js';
import { KERNEL_BASE, kernel } from './kernel.js';

/**
 * Uniqueness in bounded memory: a key is remembered as a 64-bit hash (two independent 32-bit hashes) in open-addressing
 * tables, 8 bytes a slot at most 3/4 full, so 10 million keys take 128–256 MiB whatever their length (validate-data
 * holds the parts' logs instead, 12 bytes a key, up to 16 million keys, and fills the tables at the end one bucket at a
 * time, dropping each when done: see validate.ts).
 * Two distinct keys share a hash with probability about n²/2⁶⁵ (3·10⁻⁶ for n = 10⁷): a reported duplicate is then a
 * false one, never a missed one. Past MLCI_MAX_UNIQUE_KEYS distinct keys (default 25,000,000, about 270 MiB) the check
 * stops with an error instead of growing without bound.
 */
export const DEFAULT_MAX_UNIQUE_KEYS = 25_000_000;

export function maxUniqueKeys(env: NodeJS.ProcessEnv = process.env): number {
  return positiveIntEnv(env, 'MLCI_MAX_UNIQUE_KEYS', DEFAULT_MAX_UNIQUE_KEYS);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Two 32-bit hashes of a text (murmur-style mixing with two seeds, two UTF-16 code units a step); `out[0]`, `out[1]`.
 */
export function hashText(s: string, out: Uint32Array): void {
  const len = s.length;
  let a = 0x9747b28c ^ len;
  let b = 0x1b873593 ^ Math.imul(len, 0x27d4eb2d);
  let i = 0;
  for (; i + 1 < len; i += 2) {
    const c = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    a = Math.imul(a ^ c, 0x5bd1e995);
    a ^= a >>> 15;
    b = Math.imul(b ^ c, 0x01000193) + 0x7f4a7c15;
    b ^= b >>> 13;
  }
  if (i < len) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x5bd1e995);
    a ^= a >>> 15;
    b = Math.imul(b ^ c, 0x01000193) + 0x7f4a7c15;
    b ^= b >>> 13;
  }
  out[0] = fmix(a);
  out[1] = fmix(b ^ 0x5f3759df);
}

/**
 * hashText of the bytes b[s, e) without making the string, or false when they are not all ASCII (then the caller
 * decodes them): for ASCII, bytes and UTF-16 code units are the same numbers, so the pair is the one hashText gives
 * the decoded text.
 */
export function hashAsciiBytes(b: Uint8Array, s: number, e: number, out: Uint32Array): boolean {
  const len = e - s;
  let a = 0x9747b28c ^ len;
  let h = 0x1b873593 ^ Math.imul(len, 0x27d4eb2d);
  let or = 0;
  let i = s;
  for (; i + 1 < e; i += 2) {
    const x = b[i];
    const y = b[i + 1];
    or |= x | y;
    const c = x | (y << 16);
    a = Math.imul(a ^ c, 0x5bd1e995);
    a ^= a >>> 15;
    h = Math.imul(h ^ c, 0x01000193) + 0x7f4a7c15;
    h ^= h >>> 13;
  }
  if (i < e) {
    const c = b[i];
    or |= c;
    a = Math.imul(a ^ c, 0x5bd1e995);
    a ^= a >>> 15;
    h = Math.imul(h ^ c, 0x01000193) + 0x7f4a7c15;
    h ^= h >>> 13;
  }
  if (or >= 0x80) return false;
  out[0] = fmix(a);
  out[1] = fmix(h ^ 0x5f3759df);
  return true;
}

/** Two 32-bit hashes of a number (its IEEE bits; -0 as 0), disjoint in practice from text hashes by a different seed. */
export function hashNumber(v: number, out: Uint32Array): void {
  f64[0] = v === 0 ? 0 : v;
  out[0] = fmix(Math.imul(u32[0] ^ 0x68e31da4, 0x9e3779b1) ^ fmix(u32[1] ^ 0xb5297a4d));
  out[1] = fmix(Math.imul(u32[1] ^ 0x1b56c4e9, 0x85ebca77) ^ fmix(u32[0] ^ 0x27d4eb2f));
}

/** Mix the hash of one more key column into an accumulated pair (order matters: (a, b) ≠ (b, a)). */
export function combine(acc: Uint32Array, h: Uint32Array): void {
  acc[0] = fmix(Math.imul(acc[0], 0x01000193) ^ h[0]);
  acc[1] = fmix(Math.imul(acc[1], 0x2c1b3c6d) + h[1]);
}

/** Slots of a bucket's table for `keys` keys: a power of two, at least 256, at most 3/4 full. */
function tableSlots(keys: number): number {
  let n = 256;
  while (keys * 4 > n * 3) n *= 2;
  return n;
}

/**
 * Whether the last addLogs of a set deduplicates in the kernel (kernel.wat dedup). Its memory from KERNEL_BASE on is
 * then scratch: the last call comes after every part of the table was read (validate.ts, pool.ts serveMerge), so no
 * part's layout is in it. MLCI_VALIDATE_FAST=0 keeps the JavaScript (the tests compare both).
 */
function kernelMerge(): boolean {
  return process.env.MLCI_VALIDATE_FAST !== '0';
}

/**
 * Bucket b of `logs` (`incoming` keys) into a fresh table in the kernel's memory; each key already there is handed
 * to `dup` (its log, its row), in log and row order as insert visits them. Returns how many.
 */
function dedupInKernel(logs: readonly GroupedKeys[], b: number, incoming: number, dup: (k: number, row: number) => void): number {
  const k = kernel();
  const n = tableSlots(incoming);
  const src = KERNEL_BASE;
  const tab = src + incoming * 12;
  const out = tab + n * 8;
  const need = out + incoming * 4;
  if (k.memory.buffer.byteLength < need) k.memory.grow(Math.ceil((need - k.memory.buffer.byteLength) / 65536));
  const mem = new Uint32Array(k.memory.buffer);
  const firsts = new Int32Array(logs.length + 1);
  let at = src >>> 2;
  logs.forEach((g, j) => {
    firsts[j] = (at - (src >>> 2)) / 3;
    mem.set(g.keys.subarray(3 * g.starts[b], 3 * g.starts[b + 1]), at);
    at += 3 * (g.starts[b + 1] - g.starts[b]);
  });
  firsts[logs.length] = incoming;
  mem.fill(0, tab >>> 2, (tab >>> 2) + 2 * n);
  const count = k.dedup(src, incoming, tab, n - 1, out);
  for (let d = 0, j = 0; d < count; d++) {
    const i = mem[(out >>> 2) + d];
    while (i >= firsts[j + 1]) j++;
    dup(j, mem[(src >>> 2) + 3 * i + 2]);
  }
  return count;
}

/** A KeySet is 256 tables, one per top byte of h0. */
export const KEY_BUCKETS = 256;

/**
 * A part's key log as KeySet.addLogs takes it: each key's h0, h1 and row next to each other in `keys` (key i at 3i:
 * one cache line holds five keys whole, where three arrays made a grouping write three places a key), grouped by
 * bucket (keys `starts[b]` to `starts[b + 1]`), rows ascending within a bucket.
 */
export interface GroupedKeys {
  keys: Uint32Array;
  starts: Uint32Array;
}

/**
 * Open-addressing tables of 64-bit key hashes, one per top byte of h0. Keys come one at a time (add) or as the logs
 * of many parts at once (addLogs), bucket by bucket: then one bucket's table — 1/256 of the keys — takes all of its
 * keys from every part while it is in the cache, instead of every key landing at a random place of one 128–256 MiB
 * table (at 10 million keys the merge took ~120 ns a key that way, most of it cache misses, and was the slowest
 * step of a two-thread validation).
 */
export class KeySet {
  private readonly lo: (Uint32Array | null)[] = new Array(KEY_BUCKETS).fill(null);
  private readonly hi: (Uint32Array | null)[] = new Array(KEY_BUCKETS).fill(null);
  private readonly sizes = new Int32Array(KEY_BUCKETS);
  /** Buckets whose table was dropped (addLogs with keep = false): they take no more keys. */
  private closed = false;
  size = 0;

  constructor(private readonly limit: number, private readonly describe: () => string) {}

  /** Insert a key by its hash pair; false when it was already there (a duplicate). */
  add(h0: number, h1: number): boolean {
    const b = h0 >>> 24;
    this.room(b, 1);
    const added = this.insert(this.lo[b]!, this.hi[b]!, h0, h1);
    if (added) this.count(b, 1);
    return added;
  }

  /**
   * Insert the logs of consecutive parts, in order; per log, the rows (from its `row`) whose key was already there
   * — in an earlier log or earlier in the same one — ascending. With `keep` false the tables are dropped bucket by
   * bucket as soon as they are done (the last call: memory then never holds more than one bucket's table).
   */
  addLogs(logs: readonly GroupedKeys[], keep: boolean, from = 0, to = KEY_BUCKETS): Uint32Array[] {
    if (this.closed) throw new Error('internal: KeySet.addLogs after the last call');
    const dups = logs.map(() => new Uint32Array(16));
    const counts = new Int32Array(logs.length);
    const dup = (k: number, row: number) => {
      if (counts[k] === dups[k].length) {
        const g = new Uint32Array(dups[k].length * 2);
        g.set(dups[k]);
        dups[k] = g;
      }
      dups[k][counts[k]++] = row;
    };
    let scratch: { lo: Uint32Array; hi: Uint32Array } | undefined;
    const inKernel = !keep && kernelMerge();
    // Buckets [from, to) only: the last call may be split among threads by bucket (a key's bucket is its hash's).
    for (let b = from; b < to; b++) {
      let incoming = 0;
      for (const g of logs) incoming += g.starts[b + 1] - g.starts[b];
      if (incoming === 0) continue;
      let los: Uint32Array;
      let his: Uint32Array;
      if (inKernel && this.lo[b] === null) {
        // The last call on a thread with the kernel: the bucket's keys copied into its memory and deduplicated there
        // (kernel.wat dedup: the same table, probes and order as insert below; a fresh worker ran insert cold).
        this.count(b, incoming - dedupInKernel(logs, b, incoming, dup));
        continue;
      }
      if (!keep && this.lo[b] === null) {
        // The last call, and the bucket's first keys: its table is dropped when it is done, so one table is reused
        // bucket after bucket. A new table a bucket (256 of 0.5 MB at 10 million keys) made V8 collect garbage over
        // and over for the external memory: the call took ~2× as long, ~3× in a fresh worker thread.
        const n = tableSlots(incoming);
        if (scratch === undefined || scratch.lo.length < n) scratch = { lo: new Uint32Array(n), hi: new Uint32Array(n) };
        los = scratch.lo.subarray(0, n).fill(0);
        his = scratch.hi.subarray(0, n);
      } else {
        this.room(b, incoming);
        los = this.lo[b]!;
        his = this.hi[b]!;
      }
      let added = 0;
      for (let k = 0; k < logs.length; k++) {
        const { keys, starts } = logs[k];
        for (let i = 3 * starts[b], end = 3 * starts[b + 1]; i < end; i += 3) {
          if (this.insert(los, his, keys[i], keys[i + 1])) {
            added++;
            continue;
          }
          dup(k, keys[i + 2]);
        }
      }
      this.count(b, added);
      if (!keep) {
        this.lo[b] = null;
        this.hi[b] = null;
      }
    }
    if (!keep) this.closed = true;
    return dups.map((d, k) => d.subarray(0, counts[k]).sort());
  }

  /** Open addressing, linear probing; 0 in `lo` marks an empty slot. */
  private insert(los: Uint32Array, his: Uint32Array, h0: number, h1: number): boolean {
    const lo = h1 === 0 ? 1 : h1;
    const mask = los.length - 1;
    let j = h0 & mask;
    for (;;) {
      const s = los[j];
      if (s === 0) break;
      if (s === lo && his[j] === h0) return false;
      j = (j + 1) & mask;
    }
    los[j] = lo;
    his[j] = h0;
    return true;
  }

  /**
   * Count the distinct keys other threads found in the buckets of this set's last call (addLogs split by bucket):
   * the same limit as when they are added here. The set takes no more keys.
   */
  addCounted(added: number): void {
    if (this.closed) throw new Error('internal: KeySet.addCounted after the last call');
    this.closed = true;
    this.count(0, added);
  }

  private count(b: number, added: number): void {
    this.sizes[b] += added;
    this.size += added;
    if (this.size > this.limit) {
      throw new UserError(
        `${this.describe()}: more than ${this.limit.toLocaleString('en-US')} distinct keys. The uniqueness check keeps a 64-bit hash ` +
          'of every key in memory (8–16 bytes a key); raise MLCI_MAX_UNIQUE_KEYS if the machine has the memory, or check a narrower table.',
      );
    }
  }

  /** Make bucket b's table (at most 3/4 full) hold `extra` more keys. */
  private room(b: number, extra: number): void {
    if (this.closed) throw new Error('internal: KeySet used after the last addLogs');
    const want = this.sizes[b] + extra;
    const cur = this.lo[b];
    const n = Math.max(cur === null ? 0 : cur.length, tableSlots(want));
    if (cur !== null && n === cur.length) return;
    const nlo = new Uint32Array(n);
    const nhi = new Uint32Array(n);
    if (cur !== null) {
      const hi = this.hi[b]!;
      for (let k = 0; k < cur.length; k++) if (cur[k] !== 0) this.insert(nlo, nhi, hi[k], cur[k]);
    }
    this.lo[b] = nlo;
    this.hi[b] = nhi;
  }
}
