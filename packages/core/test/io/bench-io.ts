/**
 * io speed check (not a test: jest's VM-module sandbox makes this code ~10x slower, so timings come from plain Node).
 * Data:
 *   node ../shared/bench/gen-predictions.mjs --rows 1000000 --out /tmp/io-bench            (candidate.csv, baseline.csv)
 *   node ../shared/bench/gen-dataset.mjs table --out /tmp/io-bench/big.csv --rows 28000000   (optional, ~1 GB)
 * Run:
 *   npx ncc build packages/core/test/io/bench-io.ts -o .bench/io-build && node .bench/io-build/index.js /tmp/io-bench
 * Prints wall and CPU time (CPU time is steadier on a shared machine) and peak RSS while streaming.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { joinById, readTable, streamTable } from '../../src/io/index.js';

async function timed<T>(f: () => Promise<T> | T): Promise<{ value: T; text: string }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await f();
  const c = process.cpuUsage(c0);
  return { value, text: `${Math.round(performance.now() - t0)} ms wall / ${Math.round((c.user + c.system) / 1000)} ms cpu` };
}

async function main(dir: string): Promise<void> {
  for (let k = 1; k <= 3; k++) {
    const cand = await timed(() => readTable(join(dir, 'candidate.csv'), { label: 'candidate' }));
    const base = await timed(() => readTable(join(dir, 'baseline.csv'), { label: 'baseline' }));
    const j = await timed(() => joinById(cand.value, 'id', base.value, 'id', { left: 'candidate', right: 'baseline' }));
    console.log(
      `run ${k}: candidate.csv (${cand.value.rowCount} rows) ${cand.text}; baseline.csv ${base.text}; join ${j.text}`,
    );
  }
  for (const extra of ['candidate.jsonl', 'candidate.csv.gz']) {
    if (!existsSync(join(dir, extra))) continue;
    const t = await timed(() => readTable(join(dir, extra)));
    console.log(`${extra} (${t.value.rowCount} rows): ${t.text}`);
  }
  const big = join(dir, 'big.csv');
  if (existsSync(big)) {
    let peak = process.memoryUsage.rss();
    let rows = 0;
    const s = await timed(async () => {
      for await (const b of streamTable(big)) {
        rows += b.rowCount;
        peak = Math.max(peak, process.memoryUsage.rss());
      }
    });
    console.log(`big.csv streamed: ${rows} rows, ${s.text}, peak RSS ${Math.round(peak / 2 ** 20)} MB`);
  }
}

await main(process.argv[2] ?? '/tmp/io-bench');
