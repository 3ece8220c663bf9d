#!/usr/bin/env node
// A stand-in for a training job, small and dependency-free so the GitLab pipeline runs in seconds anywhere Node runs.
// Replace it with your training command (the template's train-command input).
//
// What a real training would do, it does with a model that was trained elsewhere: params.json names the model version
// and the file of its predictions on the evaluation set (examples/gate/candidate.csv.gz is a retrained credit-risk
// model, better overall and worse for applicants aged 65+). It writes those predictions as the candidate
// (id, label, score and slice columns, as the gate reads them), the final metrics to MLCI_METRICS_FILE (AUC and
// accuracy at 0.5, computed here) and a model card to MLCI_MODEL_PATH when set.
//
//   node examples/gitlab/train.mjs [--params examples/gitlab/params.json] [--out out/candidate.csv.gz]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const paramsPath = arg('params', 'examples/gitlab/params.json');
const out = arg('out', 'out/candidate.csv.gz');
const params = JSON.parse(readFileSync(paramsPath, 'utf8'));
if (typeof params.predictions !== 'string') {
  console.error(`${paramsPath}: "predictions" must name the model's predictions file (e.g. "examples/gate/candidate.csv.gz")`);
  process.exit(2);
}

const raw = readFileSync(params.predictions);
const text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('utf8');
const [head, ...lines] = text.trimEnd().split('\n');
const cols = head.split(',');
const [iLabel, iScore] = ['label', 'score'].map((c) => cols.indexOf(c));
if (iLabel < 0 || iScore < 0) {
  console.error(`${params.predictions}: needs label and score columns (has ${cols.join(', ')})`);
  process.exit(2);
}
const rows = lines.map((l) => l.split(','));
const y = rows.map((r) => Number(r[iLabel]));
const s = rows.map((r) => Number(r[iScore]));
console.log(`training ${params.model ?? 'model'}: ${rows.length} evaluation rows from ${params.predictions}`);

// AUC by ranks (ties averaged), accuracy at the 0.5 threshold.
const order = s.map((_, i) => i).sort((a, b) => s[a] - s[b]);
const ranks = new Array(s.length);
for (let i = 0; i < order.length; ) {
  let j = i;
  while (j + 1 < order.length && s[order[j + 1]] === s[order[i]]) j++;
  for (let k = i; k <= j; k++) ranks[order[k]] = (i + j) / 2 + 1;
  i = j + 1;
}
const pos = y.filter((v) => v === 1).length;
const neg = y.length - pos;
const rankSum = ranks.reduce((acc, r, i) => acc + (y[i] === 1 ? r : 0), 0);
const auc = (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
const accuracy = y.reduce((acc, v, i) => acc + ((s[i] >= 0.5 ? 1 : 0) === v ? 1 : 0), 0) / y.length;

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, gzipSync(text.endsWith('\n') ? text : text + '\n', { level: 9 }));
const metricsFile = process.env.MLCI_METRICS_FILE || 'metrics.json';
mkdirSync(dirname(metricsFile), { recursive: true });
writeFileSync(metricsFile, JSON.stringify({ auc: Number(auc.toFixed(6)), accuracy: Number(accuracy.toFixed(6)) }) + '\n');
if (process.env.MLCI_MODEL_PATH) {
  mkdirSync(dirname(process.env.MLCI_MODEL_PATH), { recursive: true });
  writeFileSync(process.env.MLCI_MODEL_PATH, JSON.stringify({ model: params.model ?? null, predictions: params.predictions, auc, accuracy }, null, 2) + '\n');
}
console.log(`auc ${auc.toFixed(4)}  accuracy ${accuracy.toFixed(4)}  → ${out}, ${metricsFile}`);
