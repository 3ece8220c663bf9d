/**
 * validate-data's WebAssembly kernel (kernel.wat, bytes in kernel-wasm.ts): one instance a thread, its memory reused
 * part after part. The memory's first KERNEL_BASE bytes are fixed: powers of ten at 0 (nums), the number checks'
 * settings and state at STATS_AT, the rows stats and cells list at EXCEPTIONS_AT, a text pattern at PATTERN_AT
 * (cells); contract/fast-part.ts lays out the rest for each part, and the last key merge (keys.ts, dedup) uses it
 * once every part is read.
 */
import { KERNEL_WASM } from './kernel-wasm.js';

/** What is used of WebAssembly (the project's TypeScript libraries do not declare it). */
interface WasmGlobal {
  value: number;
}
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
};

/** The kernel's exports (kernel.wat). */
export interface KernelExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  scan(from: number, to: number, last: number, w: number, slot: number, fs: number, fe: number, d: number, width: number, maxCell: number, batchRows: number): number;
  nums(s0: number, e0: number, i: number, n: number, out: number, w: number, pow: number): number;
  keys(s0: number, e0: number, i: number, n: number, textual: number, w: number, out: number, rowBase: number): number;
  dict(s0: number, e0: number, n: number, out: number, ents: number, maxEnt: number, tab: number, mask: number, w: number): number;
  stats(vals: number, n: number, p: number, exc: number): number;
  stamps(s0: number, e0: number, n: number, out: number, w: number): number;
  cells(s0: number, e0: number, n: number, w: number, tab: number, len: number, untyped: number, exc: number): number;
  dedup(src: number, n: number, tab: number, mask: number, out: number): number;
  field: WasmGlobal;
  fstart: WasmGlobal;
  rowStart: WasmGlobal;
  batchN: WasmGlobal;
  crAt: WasmGlobal;
  rows: WasmGlobal;
  nulls: WasmGlobal;
  numbers: WasmGlobal;
  keyed: WasmGlobal;
  empty: WasmGlobal;
}

/** Where the per-part layout starts. */
export const KERNEL_BASE = 65536;
/** stats' settings and state (see kernel.wat) and its list of exceptions (a batch's worth of row indexes). */
export const STATS_AT = 1024;
export const EXCEPTIONS_AT = 4096;
/** cells' fixed-length byte pattern: 128 flags a position, at most PATTERN_MAX positions (up to KERNEL_BASE). */
export const PATTERN_AT = 40960;
export const PATTERN_MAX = 192;

let threadKernel: KernelExports | undefined;

/** This thread's kernel. */
export function kernel(): KernelExports {
  return (threadKernel ??= new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(KERNEL_WASM, 'base64'))).exports as unknown as KernelExports);
}

/** This thread's kernel if it has one (a batch of numbers in its memory came from it). */
export function kernelIfAny(): KernelExports | undefined {
  return threadKernel;
}
