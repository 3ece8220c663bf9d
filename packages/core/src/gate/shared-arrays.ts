/**
 * The gate's columns live in SharedArrayBuffers from the start: the worker pool (pool.ts) hands them to its threads
 * without a copy, and no private copy of a 10,000,000-row column is ever made just to share it (each would be
 * 40-80 MB more at the peak). On one thread they behave as ordinary typed arrays.
 */

type Typed = Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array | Uint32Array;

export function sharedFloat64(n: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(n * 8));
}

export function sharedUint8(n: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(n));
}

export function sharedUint32(n: number): Uint32Array {
  return new Uint32Array(new SharedArrayBuffer(n * 4));
}

/** The same values in shared memory (the array itself when it is shared already). */
export function shared<T extends Typed>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const Ctor = a.constructor as new (b: SharedArrayBuffer) => T;
  const out = new Ctor(new SharedArrayBuffer(a.byteLength));
  out.set(a as never);
  return out;
}

/** Slice codes (−1 = missing) in the narrowest signed type that holds `size` values: a byte per row for most columns. */
export type SliceCodes = Int8Array | Int16Array | Int32Array;

export function compactCodes(codes: Int32Array, size: number): SliceCodes {
  const out = size <= 127 ? new Int8Array(new SharedArrayBuffer(codes.length))
    : size <= 32767 ? new Int16Array(new SharedArrayBuffer(codes.length * 2))
      : new Int32Array(new SharedArrayBuffer(codes.length * 4));
  out.set(codes);
  return out;
}
