#!/usr/bin/env node
// validate-data against a plain-pandas peer (scripts/bench/validate_peer.py) doing the same 12 checks on the same CSV.
// Default 10,000,000 rows (about 1 GB, id column unique); --rows N for a smaller run. Prints times, peak RSS and the
// ratio measured in this one run; both must agree on which checks fail (the data breaks two on purpose).
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { args, benchDir, fmtMs, runDist, timeCommand } from './lib.mjs';

const a = args();
const rows = Number(a.rows ?? 10_000_000);
const dir = join(benchDir, 'validate');
mkdirSync(dir, { recursive: true });
const csv = join(dir, `tx-${rows}.csv`);

if (!existsSync(csv)) {
  // Deterministic LCG; ids unique except one duplicate near the end; one label 2.
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const out = createWriteStream(csv);
  out.write('transaction_id,customer_id,timestamp,amount,merchant_category,country,label,score\n');
  const cats = ['grocery', 'travel', 'online', 'fuel', 'restaurant'];
  const countries = ['DE', 'FR', 'US', 'GB', 'NL', 'ES'];
  const t0 = Date.parse('2026-11-30T00:00:00Z');
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const id = i === rows - 1 ? rows - 2 : i;
    const label = i === Math.floor(rows / 2) ? 2 : rand() < 0.05 ? 1 : 0;
    const ts = new Date(t0 + Math.floor(rand() * 86_400) * 1000).toISOString().slice(0, 19) + 'Z';
    buf += `tx-${String(id).padStart(9, '0')},c${Math.floor(rand() * 1e6)},${ts},${(rand() * 500).toFixed(2)},${cats[i % 5]},${countries[Math.floor(rand() * 6)]},${label},${rand().toFixed(6)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((r) => out.once('drain', r));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise((r) => out.on('finish', r));
}
const contract = join(dir, 'contract.yml');
writeFileSync(contract, `version: 1
tables:
  tx:
    files: ${csv}
    rows: { min: 1 }
    unique: [transaction_id]
    columns:
      transaction_id: { nulls: 0, pattern: 'tx-[0-9]{9}' }
      amount: { type: number, min: 0, max: 500, mean: { min: 200, max: 300 } }
      merchant_category: { in: [grocery, travel, online, fuel, restaurant] }
      label: { in: [0, 1], share: { "1": { max: 0.1 } } }
      score: { quantiles: { "0.5": { min: 0.4, max: 0.6 } } }
      timestamp: { type: timestamp }
`);
const mb = statSync(csv).size / 1e6;
console.log(`validate-data bench: ${rows.toLocaleString('en-US')} rows, ${mb.toFixed(0)} MB CSV, 13 checks (12 kinds)`);
const ours = runDist('validate-data', { contract, data: '', 'fail-on': 'never', 'report-path': join(dir, 'report.json'), 'junit-path': '', comment: 'false', check: 'false', 'github-token': '' }, { cwd: dir });
if (ours.status !== 0) throw new Error(`validate-data failed:\n${ours.stdout}\n${ours.stderr}`);
const peer = timeCommand('/usr/bin/python3', [join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'validate_peer.py'), csv]);
if (peer.status !== 0) throw new Error(`pandas peer failed:\n${peer.stderr}`);
const failed = /failed-checks<<(\S+)\n(\d+)/.exec(ours.outputs)?.[2];
console.log(`  mlci validate-data  ${fmtMs(ours.ms)}  peak RSS ${ours.rssMb.toFixed(0)} MB  failed checks ${failed}`);
console.log(`  pandas peer         ${fmtMs(peer.ms)}  peak RSS ${peer.rssMb.toFixed(0)} MB  ${peer.stdout.trim().split('\n').at(-1)}`);
console.log(`  ratio (pandas / mlci): ${(peer.ms / ours.ms).toFixed(2)}x`);
