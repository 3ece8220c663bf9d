/**
 * Quantiles in bounded memory. Every value is kept up to `capacity` (default 2²² = 4,194,304 values, 32 MiB): the
 * quantiles are then exact. Past it the sample is halved (sorted, every other value kept, alternating which) and from
 * then on only every 2nd, 4th, … value is taken: a deterministic systematic sample, so the same file gives the same
 * estimate. Quantiles use linear interpolation between order statistics (Hyndman & Fan 1996 type 7, pandas' and
 * NumPy's default).
 */
export class QuantileSample {
  private buf: Float64Array;
  private n = 0;
  private stride = 1;
  private skip = 0;
  private halvings = 0;
  /** Values offered (all of them, kept or not). */
  seen = 0;

  constructor(private readonly capacity = 1 << 22) {
    this.buf = new Float64Array(Math.min(capacity, 1 << 12));
  }

  get exact(): boolean {
    return this.stride === 1;
  }

  add(v: number): void {
    this.seen++;
    if (this.stride > 1) {
      if (++this.skip < this.stride) return;
      this.skip = 0;
    }
    if (this.n === this.buf.length) {
      if (this.n < this.capacity) {
        const g = new Float64Array(Math.min(this.capacity, this.n * 2));
        g.set(this.buf);
        this.buf = g;
      } else {
        this.halve();
      }
    }
    this.buf[this.n++] = v;
  }

  private halve(): void {
    const s = this.buf.subarray(0, this.n).sort();
    const off = this.halvings++ & 1;
    let k = 0;
    for (let i = off; i < this.n; i += 2) s[k++] = s[i];
    this.n = k;
    this.stride *= 2;
  }

  /** Quantile p ∈ [0, 1] (type 7), or NaN without values. Sorts the sample in place; call after the last add. */
  quantile(p: number): number {
    if (this.n === 0) return NaN;
    const s = this.buf.subarray(0, this.n).sort();
    const h = (this.n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(this.n - 1, lo + 1);
    return s[lo] + (h - lo) * (s[hi] - s[lo]);
  }
}
