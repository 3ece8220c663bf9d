#!/usr/bin/env node
// A fake `nvidia-smi` that replays output captured from real drivers (packages/core/test/fixtures/nvidia-smi).
// Tests put a wrapper named `nvidia-smi` on PATH and choose the scenario with FAKE_NVIDIA_SMI=<scenario.json>:
//
//   {
//     "query": "<fixture>",   source of --query-gpu answers: a captured `--format=csv` file with its header, or a
//                             captured `-q` file. The fake answers with the fields asked for, in the order asked,
//                             honouring noheader / nounits, like nvidia-smi. A field the source lacks is answered
//                             the way a driver answers an unknown field: `Field "x" is not a valid field to query.`
//                             on stdout, exit 2 (the R460 -q capture has no compute_cap, as R460 had none).
//     "q": "<fixture>",       answer to -q (default: the query source when it is a -q capture)
//     "list": "<fixture>",    answer to -L (default: derived from the query source: "GPU i: name (UUID: ...)")
//     "error": { "file": "<fixture>", "exitCode": 9 }   every call prints the captured error and fails
//     "load": [ { "<index>": { "utilization.gpu": 90, "memory.used": 30000 } }, ... ]
//                             simulated load, overlaid on the captured values: the n-th --query-gpu call gets
//                             entry n (the last entry repeats). Marked as simulated wherever a test uses it.
//     "state": "<dir>"        where the call counter and the call log (calls.jsonl, one argv per line) are kept
//   }
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = resolve(here, '..', '..', '..', 'packages', 'core', 'test', 'fixtures', 'nvidia-smi');
const args = process.argv.slice(2);
const scenarioPath = process.env.FAKE_NVIDIA_SMI;
if (!scenarioPath) {
  process.stdout.write('fake nvidia-smi: FAKE_NVIDIA_SMI is not set\n');
  process.exit(255);
}
const scenario = JSON.parse(readFileSync(scenarioPath, 'utf8'));
const fixture = (f) => readFileSync(join(FIXTURES, f), 'utf8');

let callNo = 0;
if (scenario.state) {
  mkdirSync(scenario.state, { recursive: true });
  appendFileSync(join(scenario.state, 'calls.jsonl'), JSON.stringify(args) + '\n');
}

if (scenario.error) {
  process.stdout.write(fixture(scenario.error.file));
  process.exit(scenario.error.exitCode ?? 255);
}

/** Captured GPUs as rows of field -> raw text (units kept), plus the driver-level facts. */
function loadSource(file) {
  const text = fixture(file);
  if (/NVSMI LOG/.test(text)) return fromQ(text);
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim().replace(/\s*\[[^\]]*\]$/, ''));
  return lines.slice(1).map((l) => {
    const cells = l.split(',').map((c) => c.trim());
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}

/** The GPU sections of a -q capture, as the --query-gpu fields they answer. */
function fromQ(text) {
  const driver = /^Driver Version\s+:\s+(\S+)/m.exec(text)?.[1];
  const sections = text.split(/^GPU (?=[0-9A-Fa-f]{4,8}:)/m).slice(1);
  return sections.map((sec, index) => {
    const val = (re) => re.exec(sec)?.[1]?.trim();
    const fb = /FB Memory Usage\n((?:\s{8,}.*\n)+)/.exec(sec)?.[1] ?? '';
    const util = /\n\s+Utilization\n((?:\s{8,}.*\n)+)/.exec(sec)?.[1] ?? '';
    return {
      index: String(index),
      uuid: val(/GPU UUID\s+:\s+(.*)/),
      name: val(/Product Name\s+:\s+(.*)/),
      driver_version: driver,
      'pci.bus_id': sec.split('\n')[0].trim(),
      'memory.total': /Total\s+:\s+(.*)/.exec(fb)?.[1]?.trim(),
      'memory.used': /Used\s+:\s+(.*)/.exec(fb)?.[1]?.trim(),
      'memory.free': /Free\s+:\s+(.*)/.exec(fb)?.[1]?.trim(),
      'utilization.gpu': /Gpu\s+:\s+(.*)/i.exec(util)?.[1]?.trim(),
    };
  });
}

function queryAnswer() {
  const q = args.find((a) => a.startsWith('--query-gpu='));
  const fields = q.slice('--query-gpu='.length).split(',');
  const format = (args.find((a) => a.startsWith('--format=')) ?? '--format=csv').slice('--format='.length).split(',');
  const rows = loadSource(scenario.query);
  for (const f of fields) {
    if (!rows.every((r) => f in r && r[f] !== undefined)) {
      process.stdout.write(`Field "${f}" is not a valid field to query.\n\n`);
      process.exit(2);
    }
  }
  // Simulated load for this call.
  if (scenario.load?.length) {
    const counter = join(scenario.state, 'query-calls');
    callNo = existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0;
    writeFileSync(counter, String(callNo + 1));
    const overlay = scenario.load[Math.min(callNo, scenario.load.length - 1)];
    for (const [idx, values] of Object.entries(overlay)) {
      const r = rows[Number(idx)];
      for (const [k, v] of Object.entries(values)) {
        if (k === 'memory.used' && r['memory.free'] !== undefined) {
          const freeBefore = parseFloat(r['memory.free']);
          const usedBefore = parseFloat(r['memory.used']);
          r['memory.free'] = `${Math.max(0, freeBefore - (v - usedBefore))} MiB`;
        }
        r[k] = k.startsWith('memory.') ? `${v} MiB` : k.startsWith('utilization.') ? `${v} %` : String(v);
      }
    }
  }
  const nounits = format.includes('nounits');
  const strip = (v) => (nounits && !/^\[.*\]$/.test(v) ? v.replace(/ (MiB|%|W|MHz)$/, '') : v);
  let out = '';
  if (!format.includes('noheader')) out += fields.join(', ') + '\n';
  for (const r of rows) out += fields.map((f) => strip(r[f])).join(', ') + '\n';
  return out;
}

if (args.some((a) => a.startsWith('--query-gpu='))) {
  process.stdout.write(queryAnswer());
} else if (args[0] === '-L') {
  if (scenario.list) process.stdout.write(fixture(scenario.list));
  else process.stdout.write(loadSource(scenario.query).map((r, i) => `GPU ${i}: ${r.name} (UUID: ${r.uuid})\n`).join(''));
} else if (args[0] === '-q') {
  const file = scenario.q ?? (/NVSMI LOG/.test(fixture(scenario.query)) ? scenario.query : undefined);
  if (!file) {
    process.stdout.write('fake nvidia-smi: no -q capture in this scenario\n');
    process.exit(255);
  }
  process.stdout.write(fixture(file));
} else {
  process.stdout.write(`fake nvidia-smi: unsupported arguments ${JSON.stringify(args)}\n`);
  process.exit(2);
}
