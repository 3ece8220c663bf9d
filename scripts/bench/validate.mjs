#!/usr/bin/env node
// validate-data against a plain-pandas peer (scripts/bench/validate_peer.py) doing the same 12 checks on the same CSV.
// Default 10,000,000 rows (about 1 GB: 99 bytes a row, as the issue asks; ids unique but one); --rows N for a smaller run. Prints times, peak RSS and the
// ratio measured in this one run; both must agree on which checks fail (the data breaks two on purpose).
// --per-check: each check alone on one thread, minus a bare read of one column: what each check costs.
// --ceiling: the fastest pass over the same bytes in this runtime (read in 1 MiB chunks and count the line ends on
// one thread), and the ratio pandas / that — no validator in this runtime on this machine can beat it.
// --threads N: MLCI_VALIDATE_THREADS for the main run (default: every core). --runs N: validate-data runs, the median
// counts (default 3). The 1-minute load average is printed, since other work on the machine slows either side.
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { args, benchDir, fmtMs, runDist, timeCommand } from './lib.mjs';

const a = args();
const rows = Number(a.rows ?? 10_000_000);
const dir = join(benchDir, 'validate');
mkdirSync(dir, { recursive: true });
// tx2: eleven columns (tx, eight, was 70 bytes a row, 703 MB at 10 million rows).
const csv = join(dir, `tx2-${rows}.csv`);

if (!existsSync(csv)) {
  // Deterministic LCG; ids unique except one duplicate near the end; one label 2.
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const out = createWriteStream(csv);
  // Three columns no check reads (a merchant, a device id, a channel), as a real transaction table has: every
  // validator still has to read past them.
  out.write('transaction_id,customer_id,merchant_id,timestamp,amount,merchant_category,country,device_id,channel,label,score\n');
  const channels = ['web', 'app', 'pos'];
  const hex = (x) => (x >>> 0).toString(16).padStart(8, '0');
  const cats = ['grocery', 'travel', 'online', 'fuel', 'restaurant'];
  const countries = ['DE', 'FR', 'US', 'GB', 'NL', 'ES'];
  const t0 = Date.parse('2026-11-30T00:00:00Z');
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const id = i === rows - 1 ? rows - 2 : i;
    const label = i === Math.floor(rows / 2) ? 2 : rand() < 0.05 ? 1 : 0;
    const ts = new Date(t0 + Math.floor(rand() * 86_400) * 1000).toISOString().slice(0, 19) + 'Z';
    const merchant = `m${String(Math.floor(rand() * 1e6)).padStart(6, '0')}`;
    const device = hex(rand() * 2 ** 32) + hex(rand() * 2 ** 32);
    buf += `tx-${String(id).padStart(9, '0')},c${Math.floor(rand() * 1e6)},${merchant},${ts},${(rand() * 500).toFixed(2)},${cats[i % 5]},${countries[Math.floor(rand() * 6)]},${device},${channels[Math.floor(rand() * 3)]},${label},${rand().toFixed(6)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((r) => out.once('drain', r));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise((r) => out.on('finish', r));
}
const contract = join(dir, 'contract.yml');
const contractText = (columns, unique = true) => `version: 1
tables:
  tx:
    files: ${csv}
    rows: { min: 1 }
${unique ? '    unique: [transaction_id]\n' : ''}    columns:
${Object.entries(columns).map(([c, rule]) => `      ${c}: ${rule}`).join('\n')}
`;
const CHECKS = {
  transaction_id: "{ nulls: 0, pattern: 'tx-[0-9]{9}' }",
  amount: '{ type: number, min: 0, max: 500, mean: { min: 200, max: 300 } }',
  merchant_category: '{ in: [grocery, travel, online, fuel, restaurant] }',
  label: '{ in: [0, 1], share: { "1": { max: 0.1 } } }',
  score: '{ quantiles: { "0.5": { min: 0.4, max: 0.6 } } }',
  timestamp: '{ type: timestamp }',
};
writeFileSync(contract, contractText(CHECKS));
const mb = statSync(csv).size / 1e6;
const threads = a.threads ?? String(availableParallelism());
const load = () => loadavg()[0].toFixed(2);
const inputs = (c) => ({ contract: c, data: '', 'fail-on': 'never', 'report-path': join(dir, 'report.json'), 'junit-path': '', comment: 'false', check: 'false', 'github-token': '' });
console.log(`validate-data bench: ${rows.toLocaleString('en-US')} rows, ${mb.toFixed(0)} MB CSV, 13 checks (12 kinds), ${threads} thread(s), load average ${load()}`);
process.env.MLCI_VALIDATE_THREADS = threads;
// The file read once first, so neither side pays for the disk (this machine's page cache does not keep it between
// runs), then validate-data --runs times (default 3; the median counts: one run of ~2 s swings by ±0.2 s on a shared
// two-core machine, the peer's ~30 s far less).
{
  const fd = openSync(csv, 'r');
  const buf = Buffer.allocUnsafe(1 << 22);
  while (readSync(fd, buf, 0, buf.length, null) > 0);
  closeSync(fd);
}
const runs = [];
for (let k = 0; k < Number(a.runs ?? 3); k++) {
  const r = runDist('validate-data', inputs(contract), { cwd: dir });
  if (r.status !== 0) throw new Error(`validate-data failed:\n${r.stdout}\n${r.stderr}`);
  runs.push(r);
}
const ours = [...runs].sort((x, y) => x.ms - y.ms)[runs.length >> 1];
const peer = timeCommand('/usr/bin/python3', [join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'validate_peer.py'), csv]);
if (peer.status !== 0) throw new Error(`pandas peer failed:\n${peer.stderr}`);
const failed = /failed-checks<<(\S+)\n(\d+)/.exec(ours.outputs)?.[2];
console.log(`  mlci validate-data  ${fmtMs(ours.ms)} (median of ${runs.map((r) => fmtMs(r.ms)).join(', ')})  peak RSS ${Math.max(...runs.map((r) => r.rssMb)).toFixed(0)} MB  failed checks ${failed}`);
console.log(`  pandas peer         ${fmtMs(peer.ms)}  peak RSS ${peer.rssMb.toFixed(0)} MB  ${peer.stdout.trim().split('\n').at(-1)}`);
console.log(`  ratio (pandas / mlci): ${(peer.ms / ours.ms).toFixed(2)}x  (load average now ${load()})`);
// The same peer reading only the six columns the checks use (usecols): pandas at its most favourable.
const tuned = timeCommand('/usr/bin/python3', [join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'validate_peer.py'), csv, '--usecols']);
if (tuned.status !== 0) throw new Error(`pandas peer (usecols) failed:\n${tuned.stderr}`);
console.log(`  pandas peer, only the checked columns (usecols)  ${fmtMs(tuned.ms)}  peak RSS ${tuned.rssMb.toFixed(0)} MB  ${tuned.stdout.trim().split('\n').at(-1)}`);
console.log(`  ratio (pandas usecols / mlci): ${(tuned.ms / ours.ms).toFixed(2)}x`);

if (a.ceiling) {
  // One thread reading the bytes and finding every line end: the least any CSV validator must do.
  const t0 = process.hrtime.bigint();
  const fd = openSync(csv, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  let lines = 0;
  for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) {
    for (let i = buf.indexOf(10, 0); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) lines++;
  }
  closeSync(fd);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`  ceiling: read + count ${lines.toLocaleString('en-US')} line ends, one thread: ${fmtMs(ms)} (${(mb / (ms / 1000)).toFixed(0)} MB/s); pandas / that = ${(peer.ms / ms).toFixed(1)}x, and ${Number(threads)} such threads at best ${((peer.ms / ms) * Number(threads)).toFixed(1)}x`);
}

if (a['per-check']) {
  // Each check alone on one thread; its cost is its time minus reading one small column (the split and parse floor).
  process.env.MLCI_VALIDATE_THREADS = '1';
  const timed = (name, columns, unique = false) => {
    const file = join(dir, `contract-${name}.yml`);
    writeFileSync(file, contractText(columns, unique));
    const r = runDist('validate-data', inputs(file), { cwd: dir });
    if (r.status !== 0) throw new Error(`validate-data failed (${name}):\n${r.stdout}\n${r.stderr}`);
    return r.ms;
  };
  const floor = timed('floor', { label: '{}' });
  const all = timed('all', CHECKS, true);
  console.log(`  per check, one thread (floor: rows + reading the label column ${fmtMs(floor)}; all checks ${fmtMs(all)}):`);
  const rowsOf = [['transaction_id unique', {}, true]];
  for (const [c, rule] of Object.entries(CHECKS)) rowsOf.push([`${c} ${rule}`, { [c]: rule }, false]);
  for (const [name, columns, unique] of rowsOf) {
    const ms = timed(name.split(' ')[0] + (unique ? '-unique' : ''), Object.keys(columns).length ? columns : { transaction_id: '{}' }, unique);
    console.log(`    ${name.padEnd(72)} ${fmtMs(ms).padStart(8)}  cost ${fmtMs(Math.max(0, ms - floor)).padStart(8)}`);
  }
}
