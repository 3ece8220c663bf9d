#!/usr/bin/env node
// Regenerate examples/fraud/: a small fraud-shaped table (transactions.csv) that passes examples/fraud/contract.yml
// at MLCI_NOW=2026-12-01T12:00:00Z, and transactions-broken.csv, the same data with the five breakages the contract
// exists to catch: dropped rows, duplicated ids, a label of 2, negative amounts and stale timestamps.
// Deterministic (a fixed LCG), so the committed files are reproducible.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'fraud');
let seed = 20261201;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const CATEGORIES = ['grocery', 'travel', 'online', 'fuel', 'restaurant'];
const end = Date.parse('2026-12-01T10:00:00Z');
const rows = [];
for (let i = 0; i < 240; i++) {
  const ts = new Date(end - Math.floor(rand() * 36 * 3600) * 1000).toISOString().replace('.000Z', 'Z');
  const fraud = rand() < 0.06 ? 1 : 0;
  const amount = (fraud ? 200 + rand() * 2000 : rand() * 300).toFixed(2);
  // One merchant name with a comma and one with a line break inside its quotes: lines in reports must still be right.
  const merchant = i === 7 ? '"Café, Bar & Grill"' : i === 12 ? '"Night\nMarket"' : `m${(i * 37) % 101}`;
  rows.push({ id: `tx-${String(100000 + i * 7)}`, ts, amount, category: CATEGORIES[Math.floor(rand() * 5)], merchant, label: fraud });
}
const header = 'transaction_id,timestamp,amount,merchant_category,merchant,label';
const line = (r) => [r.id, r.ts, r.amount, r.category, r.merchant, r.label].join(',');
writeFileSync(join(dir, 'transactions.csv'), [header, ...rows.map(line)].join('\n') + '\n');

// The broken copy: 60 rows dropped (below the 200-row minimum), two ids duplicated, one label 2, two negative
// amounts, and every timestamp moved 5 days back (newest value older than 48 h).
const broken = rows.slice(0, 180).map((r) => ({ ...r, ts: new Date(Date.parse(r.ts) - 5 * 86400_000).toISOString().replace('.000Z', 'Z') }));
broken[40].id = broken[10].id;
broken[90].id = broken[11].id;
broken[55].label = 2;
broken[70].amount = '-12.50';
broken[120].amount = '-0.01';
writeFileSync(join(dir, 'transactions-broken.csv'), [header, ...broken.map(line)].join('\n') + '\n');
console.log(`wrote ${rows.length} + ${broken.length} rows to ${dir}`);
