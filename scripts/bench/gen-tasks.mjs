#!/usr/bin/env node
// Deterministic evaluation sets for the non-binary gate benchmarks (regression, multiclass, ranking), written like
// ../shared/bench/gen-predictions.mjs: candidate.csv (id, label or class scores, region) and baseline.csv (id, score
// columns), rows in a shuffled id order.
// usage: node scripts/bench/gen-tasks.mjs --task regression|multiclass|ranking --rows 1000000 --out DIR [--seed 7]
//   ranking: --rows is the number of documents; queries of 20 documents each (1,000,000 rows = 50,000 queries).
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';

const a = Object.fromEntries(process.argv.slice(2).reduce((acc, x, i, all) => (x.startsWith('--') ? [...acc, [x.slice(2), all[i + 1]]] : acc), []));
const task = a.task;
const rows = Number(a.rows ?? 100000);
const out = a.out ?? `bench-${task}`;
let s = Number(a.seed ?? 7) >>> 0;
// splitmix32: enough for test data, reproducible everywhere.
function u() {
  s = (s + 0x9e3779b9) >>> 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (((z ^ (z >>> 16)) >>> 0) + 0.5) / 4294967296;
}
const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
const REGIONS = ['north', 'south', 'east', 'west'];
const K = 5;

mkdirSync(out, { recursive: true });
const cand = createWriteStream(join(out, 'candidate.csv'));
const base = createWriteStream(join(out, 'baseline.csv'));
async function write(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain');
}
const classCols = Array.from({ length: K }, (_, k) => `p_${k}`);
if (task === 'regression') {
  await write(cand, 'id,label,score,region\n');
  await write(base, 'id,score\n');
} else if (task === 'multiclass') {
  await write(cand, `id,label,${classCols.join(',')},region\n`);
  await write(base, `id,${classCols.join(',')}\n`);
} else if (task === 'ranking') {
  await write(cand, 'id,query,label,score,region\n');
  await write(base, 'id,score\n');
} else throw new Error('--task regression|multiclass|ranking');

function softmax(v) {
  const e = v.map(Math.exp);
  const t = e.reduce((x, y) => x + y, 0);
  return e.map((x) => (x / t).toFixed(5));
}
const CHUNK = 2000;
let c = '';
let b = '';
const perQuery = 20;
let region = REGIONS[0];
for (let i = 0; i < rows; i++) {
  const id = (i * 2654435761) % 4294967296; // distinct ids, not in file order
  if (task === 'regression') {
    const r = REGIONS[Math.floor(u() * 4)];
    const y = 50 + 12 * normal();
    c += `${id},${y.toFixed(4)},${(y + (r === 'east' ? 4.2 : 4) * normal()).toFixed(4)},${r}\n`;
    b += `${id},${(y + 4 * normal()).toFixed(4)}\n`;
  } else if (task === 'multiclass') {
    const r = REGIONS[Math.floor(u() * 4)];
    const y = Math.floor(u() * K);
    const sc = softmax(Array.from({ length: K }, (_, k) => (k === y ? 1.2 : 0) + normal()));
    const sb = softmax(Array.from({ length: K }, (_, k) => (k === y ? 1.25 : 0) + normal()));
    c += `${id},${y},${sc.join(',')},${r}\n`;
    b += `${id},${sb.join(',')}\n`;
  } else {
    const q = Math.floor(i / perQuery);
    if (i % perQuery === 0) region = REGIONS[Math.floor(u() * 4)]; // a query-level slice column
    const rel = u() < 0.15 ? 1 + Math.floor(u() * 3) : 0;
    const sc = rel * 0.5 + normal();
    c += `${id},q${q},${rel},${sc.toFixed(4)},${region}\n`;
    b += `${id},${(rel * 0.52 + normal()).toFixed(4)}\n`;
  }
  if ((i + 1) % CHUNK === 0) {
    await write(cand, c);
    await write(base, b);
    c = '';
    b = '';
  }
}
await write(cand, c);
await write(base, b);
cand.end();
base.end();
await Promise.all([once(cand, 'finish'), once(base, 'finish')]);
