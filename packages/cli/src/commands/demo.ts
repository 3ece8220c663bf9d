/**
 * `mlci demo`: the whole loop, offline, in a temp folder — on the same jobs the other commands run (detectJob,
 * trainJob, gateJob, approveJob on the local platform), so what it shows is what the actions do.
 *
 *   run 1: detect (first-run) → train a logistic regression on generated credit data → gate against the model that
 *          serves → approval, granted in demo mode → promote (copy the model to serving/)
 *   data change: more applicants aged 65+, lower incomes, and their defaults no longer follow the debt ratio
 *   run 2: detect (data-changed, drift) → retrain → the gate fails on the age_band=65+ slice → no approval asked, no
 *          promotion: serving/ keeps run 1's model
 *
 * The data comes from a seed (--seed), the training is deterministic and the approval time fixed, so the same seed
 * gives the same data, models, predictions, gate reports and approval record, byte for byte.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerEntry } from '@mlci/core/workers/entry';
import type { GateReport } from '@mlci/core/gate/report';
import { parseArgs, UsageError, type CommandSpec } from '../args.js';
import { createLocalPlatform, type LocalPlatform } from '../local-platform.js';
import { fromCsv, generate, toCsv, type Application } from '../demo/data.js';
import { fit, predictionsCsv, rocAuc, score, type Model } from '../demo/model.js';
import { approveJob } from './approve.js';
import { detectJob } from './detect.js';
import { gateJob, gateTable } from './gate.js';
import { trainJob } from './train.js';

type IO = { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string };

const DEFAULT_SEED = 7;
/** The approval's time in demo mode: fixed, so the approval record's bytes do not change from run to run. */
const DEMO_DECIDED_AT = new Date('2026-01-01T12:00:00.000Z');
const APPROVER = 'mlci-demo';
const TRAIN_ROWS = 8000;
const EVAL_ROWS = 4000;

export const demoCommand: CommandSpec = {
  name: 'demo',
  action: '',
  summary: 'the whole loop offline in a temp folder: detect → train → gate → approve → promote, then a data change the gate stops.',
  inputs: {},
  extra: [
    { name: 'seed', kind: 'string', default: String(DEFAULT_SEED), description: 'Seed of the generated data (same seed, same reports).' },
    { name: 'dir', kind: 'string', description: 'Run in this folder (new or empty) instead of a new temp folder.' },
  ],
  example: [
    '  # Two runs of the loop in a new temp folder, named at the end with the reports, summaries and comment bodies.',
    '  mlci demo',
    '  # The same with another seed, in a folder of your choice, as one JSON document.',
    '  mlci demo --seed 11 --dir /tmp/mlci-demo --json',
  ].join('\n'),
  run: demoMain,
};

function demoHelp(): string {
  return [
    `mlci demo: ${demoCommand.summary}`,
    '',
    'Usage: mlci demo [--seed N] [--dir FOLDER] [--json] [--verbose]',
    '',
    'Run 1: detect (first run) → train a logistic regression on generated credit applications (CPU, seconds) → gate',
    'against the serving model → approval, auto-granted in demo mode → promote (copy the model to serving/).',
    'Then a data change: more applicants aged 65+, with lower incomes, whose defaults no longer follow their debt ratio.',
    'Run 2: detect finds the change and the drift → retrain → the gate fails on the age_band=65+ slice → no promotion.',
    'Offline; nothing outside the folder is touched. Exit 0 when the loop behaved as described, 1 when not, 2 bad usage.',
    '',
    'Flags:',
    '  --seed <value>  Seed of the generated data: the same seed gives the same data, models and reports (default: 7).',
    '  --dir <value>   Run in this folder (new or empty) instead of a new temp folder.',
    '  --json          Print one JSON document on stdout (what happened, the files); progress goes to stderr.',
    '  --verbose       Print the jobs\' log lines and annotations on stderr.',
    '  --help          Show this help.',
    '',
    '`mlci demo train --data CSV --eval CSV --model-dir DIR [--name NAME]` is the training command the demo hands to',
    'the train job (`mlci train --command ...`): it fits the model, writes DIR/model.json, DIR/predictions.csv (scores',
    'on the evaluation set, the gate\'s candidate) and DIR/metrics.json.',
    '',
    'Example:',
    demoCommand.example,
    '',
  ].join('\n');
}

/** A word for bash: single-quoted, the one way no character is special. */
function shellWord(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const POLICY = (seed: number) => `# The demo's gate: the retrained model must be at least as good as the serving one, overall and per subgroup.
version: 1
task: binary-classification
columns: { id: id, label: label, score: score }
threshold: 0.5
metrics:
  auc:      { min: 0.65, max-regression: 0.03 }
  accuracy: { max-regression: 0.03 }
slices:
  - age_band
  - region
min-support: 300
significance: { alpha: 0.05, correction: holm, bootstrap: 500, seed: ${seed} }
decision: { overall: non-inferiority, slices: significant-regression }
`;

const DRIFT_POLICY = `# The demo's drift policy: the id never drifts meaningfully; a shift of the age mix alone is drift.
ignore: [id]
critical: [age_band]
`;

export interface DemoRun {
  run: number;
  detect: { shouldTrain: boolean; reasons: string[]; driftedColumns: string[]; report: string; summary: string };
  train?: { outcome: string; model: string; metrics: Record<string, number>; summary: string };
  gate?: { passed: boolean; summary: string; failing: string[]; report: string; markdown: string; comment: string; check: string };
  approval?: { decision: string; decidedBy: string; reason: string; record: string; comment: string; summary: string };
  promoted: boolean;
  serving: { model: string; name: string; sha256: string };
}

export interface DemoResult {
  seed: number;
  folder: string;
  runs: DemoRun[];
  /** True when run 1 promoted, run 2's gate failed on age_band=65+ and serving kept run 1's model. */
  asExpected: boolean;
}

/** Steps print one line each; on a terminal a step shows `…` while it runs. */
interface Progress {
  start(step: string): void;
  done(step: string, text: string): void;
  line(text: string): void;
}

function progress(write: (s: string) => void, tty: boolean): Progress {
  const label = (step: string) => `  ${step.padEnd(9)}`;
  return {
    start: (step) => tty && write(`${label(step)}…`),
    done: (step, text) => write(`${tty ? '\r\u001b[K' : ''}${label(step)}${text}\n`),
    line: (text) => write(`${text}\n`),
  };
}

/** The drifted columns named in the detect report (its table comparisons). */
function driftedColumns(reportPath: string): string[] {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { tables?: { columns?: { column: string; drifted?: boolean }[] }[] };
  const out = new Set<string>();
  for (const t of report.tables ?? []) for (const c of t.columns ?? []) if (c.drifted === true) out.add(c.column);
  return [...out].sort();
}

function failingChecks(report: GateReport): string[] {
  return report.checks.filter((c) => c.status === 'fail').map((c) => `${c.metric} in ${c.slice}`);
}

interface StepPlatformOptions {
  inputs: Record<string, string>;
  outDir: string;
  verbose: boolean;
  stderr: (s: string) => void;
}

function stepPlatform(folder: string, o: StepPlatformOptions): LocalPlatform {
  return createLocalPlatform({ inputs: o.inputs, outDir: join(folder, o.outDir), workspace: folder, log: (l) => o.verbose && o.stderr(l + '\n'), verbose: o.verbose });
}

/** The training command: this very CLI (`mlci demo train`), run by the train job through bash like any user command. */
function trainCommand(runDir: string, name: string): string {
  const entry = workerEntry();
  const cli = entry ? fileURLToPath(entry) : process.argv[1];
  return [process.execPath, cli, 'demo', 'train', '--data', 'data/train.csv', '--eval', 'holdout/eval.csv', '--model-dir', `${runDir}/model`, '--name', name]
    .map(shellWord)
    .join(' ');
}

export async function runDemo(o: { folder: string; seed: number; verbose: boolean; progress: Progress; stderr: (s: string) => void }): Promise<DemoResult> {
  const { folder, seed } = o;
  const say = o.progress;
  const step = (inputs: Record<string, string>, outDir: string) => stepPlatform(folder, { inputs, outDir, verbose: o.verbose, stderr: o.stderr });
  const rel = (p: string) => relative(folder, resolve(folder, p)).split(sep).join('/');

  // The world before the first run: a year of applications, a held-out evaluation set, and a simple model serving.
  mkdirSync(join(folder, 'data'), { recursive: true });
  mkdirSync(join(folder, 'holdout'), { recursive: true });
  mkdirSync(join(folder, 'serving'), { recursive: true });
  const train1 = generate({ rows: TRAIN_ROWS, seed, firstId: 1 });
  writeFileSync(join(folder, 'data', 'train.csv'), toCsv(train1));
  writeFileSync(join(folder, 'holdout', 'eval.csv'), toCsv(generate({ rows: EVAL_ROWS, seed: seed + 1, firstId: 1_000_001 })));
  writeFileSync(join(folder, 'policy.yml'), POLICY(seed));
  writeFileSync(join(folder, 'drift-policy.yml'), DRIFT_POLICY);
  const v0 = fit(train1.slice(0, 1000), { name: 'serving-v0', features: 'debt-only' });
  writeFileSync(join(folder, 'serving', 'model.json'), JSON.stringify(v0, null, 2) + '\n');
  say.line(`Folder ${folder}: ${TRAIN_ROWS} credit applications in data/train.csv, ${EVAL_ROWS} held out in holdout/eval.csv;`);
  say.line(`serving/model.json is serving-v0 (debt ratio only). Seed ${seed}.`);

  const runs: DemoRun[] = [];
  for (const n of [1, 2]) {
    if (n === 2) {
      const train2 = generate({ rows: TRAIN_ROWS, seed: seed + 2, firstId: 1, shiftOlder: true });
      writeFileSync(join(folder, 'data', 'train.csv'), toCsv(train2));
      say.line('');
      say.line('Data change: data/train.csv now holds this quarter\'s applications: more aged 65+, with lower incomes, and');
      say.line('their defaults no longer follow the debt ratio (as when a new source labels them differently).');
    }
    const runDir = `runs/${n}`;
    say.line('');
    say.line(`Run ${n}${n === 1 ? ': the first run' : ': after the data change'}`);

    say.start('detect');
    const dp = step({ data: 'data/*.csv', baseline: 'data.lock.json', 'write-lock': 'data.lock.json', 'drift-policy': 'drift-policy.yml', 'report-path': `${runDir}/detect/detect-report.json` }, `${runDir}/detect`);
    const d = await detectJob(dp, join(folder, runDir, 'detect'));
    dp.writeOutputs();
    const drifted = driftedColumns(d.reportPath);
    const run: DemoRun = {
      run: n,
      detect: { shouldTrain: d.shouldTrain, reasons: d.reasons, driftedColumns: drifted, report: rel(d.reportPath), summary: `${runDir}/detect/summary.md` },
      promoted: false,
      serving: { model: 'serving/model.json', name: '', sha256: '' },
    };
    runs.push(run);
    say.done('detect', `should-train: ${d.shouldTrain}${d.reasons.length ? ` (${d.reasons.join(', ')})` : ''}${drifted.length ? `; drift in ${drifted.join(', ')}` : ''}`);
    if (!d.shouldTrain) break;

    const name = `credit-risk-${n}`;
    say.start('train');
    const tp = step({ command: trainCommand(runDir, name), 'require-gpu': 'false', 'metrics-file': `${runDir}/model/metrics.json`, 'model-path': `${runDir}/model` }, `${runDir}/train`);
    const log: Buffer[] = [];
    const t = await trainJob(tp, { onStdout: (c) => log.push(c), onStderr: (c) => log.push(c) });
    tp.writeOutputs();
    writeFileSync(join(folder, runDir, 'train', 'training.log'), Buffer.concat(log));
    const metrics = Object.fromEntries((t.report.metrics ?? []).map(([k, v]) => [k, Number(v)]));
    run.train = { outcome: t.report.outcome, model: `${runDir}/model/model.json`, metrics, summary: `${runDir}/train/summary.md` };
    if (t.failure) {
      say.done('train', `failed: ${t.failure.split('\n')[0]} (see ${runDir}/train/training.log)`);
      break;
    }
    say.done('train', `${name} on ${t.report.device}: held-out AUC ${metrics.auc?.toFixed(3)}, accuracy ${metrics.accuracy?.toFixed(3)}`);

    // The serving model scored on the same held-out rows: the gate's baseline.
    say.start('gate');
    const serving = JSON.parse(readFileSync(join(folder, 'serving', 'model.json'), 'utf8')) as Model;
    const holdout = fromCsv(readFileSync(join(folder, 'holdout', 'eval.csv'), 'utf8'), 'holdout/eval.csv');
    writeFileSync(join(folder, runDir, 'serving-predictions.csv'), predictionsCsv(holdout, score(serving, holdout)));
    const gp = step({
      candidate: `${runDir}/model/predictions.csv`, baseline: `${runDir}/serving-predictions.csv`, policy: 'policy.yml',
      'report-path': `${runDir}/gate/gate-report.json`, comment: 'true', check: 'true',
    }, `${runDir}/gate`);
    const g = await gateJob(gp);
    gp.writeOutputs();
    const failing = failingChecks(g.report);
    run.gate = {
      passed: g.passed, summary: g.summary, failing, report: `${runDir}/gate/gate-report.json`, markdown: `${runDir}/gate/summary.md`,
      comment: `${runDir}/gate/comments/evaluate-gate--ml-gate.md`, check: `${runDir}/gate/checks/ml-gate.json`,
    };
    say.done('gate', `${g.summary} (vs ${serving.name})`);
    if (!g.passed) {
      // The failing rows of the gate's table, under its header.
      const table = gateTable(g.report).split('\n');
      for (const l of [table[0], ...table.filter((x) => x.startsWith('FAIL'))]) say.line(`           ${l}`);
    }

    if (g.passed) {
      say.start('approve');
      const ap = step({ report: `${runDir}/gate/gate-report.json`, 'model-version': name, approvers: APPROVER }, `${runDir}/approve`);
      const reason = 'demo mode: approval auto-granted after the gate passed';
      const a = await approveJob(ap, join(folder, runDir, 'approve'), { vote: 'approve', reason, approver: APPROVER, via: 'flag', at: DEMO_DECIDED_AT });
      ap.writeOutputs();
      run.approval = {
        decision: a.record.decision, decidedBy: a.record.decidedBy, reason, record: `${runDir}/approve/approval.json`,
        comment: `${runDir}/approve/comments/request-approval--decision.md`, summary: `${runDir}/approve/summary.md`,
      };
      say.done('approve', `${a.record.decision} by ${a.record.decidedBy} (${reason})`);
      if (a.approved) {
        copyFileSync(join(folder, runDir, 'model', 'model.json'), join(folder, 'serving', 'model.json'));
        run.promoted = true;
        say.done('promote', `${runDir}/model/model.json → serving/model.json`);
      }
    } else {
      say.done('approve', 'not asked: the gate failed');
      say.done('promote', `skipped: serving/model.json stays ${serving.name}`);
    }
    const now = JSON.parse(readFileSync(join(folder, 'serving', 'model.json'), 'utf8')) as Model;
    run.serving = { model: 'serving/model.json', name: now.name, sha256: sha256(join(folder, 'serving', 'model.json')) };
  }
  const [r1, r2] = runs;
  const asExpected = !!r1?.promoted && !!r2?.gate && !r2.gate.passed && r2.gate.failing.some((f) => f.includes('age_band=65+')) &&
    !r2.promoted && r2.serving.sha256 === r1.serving.sha256;
  return { seed, folder, runs, asExpected };
}

/** Every file a run left for a reader, by kind (paths relative to the folder). */
export function demoFiles(result: DemoResult): Record<'reports' | 'html' | 'summaries' | 'comments' | 'checks' | 'approvals' | 'models', string[]> {
  const files = { reports: [] as string[], html: [] as string[], summaries: [] as string[], comments: [] as string[], checks: [] as string[], approvals: [] as string[], models: ['serving/model.json'] };
  // The HTML reports are written beside the JSON reports (htmlReportPathFor's default).
  const html = (json: string) => json.replace(/\.json$/i, '.html');
  for (const r of result.runs) {
    files.reports.push(r.detect.report);
    files.html.push(html(r.detect.report));
    files.summaries.push(r.detect.summary);
    if (r.train) {
      files.summaries.push(r.train.summary);
      files.models.push(r.train.model);
    }
    if (r.gate) {
      files.reports.push(r.gate.report);
      files.html.push(html(r.gate.report));
      files.summaries.push(r.gate.markdown);
      files.comments.push(r.gate.comment);
      files.checks.push(r.gate.check);
    }
    if (r.approval) {
      files.approvals.push(r.approval.record);
      files.summaries.push(r.approval.summary);
      files.comments.push(r.approval.comment);
    }
  }
  return files;
}

function story(result: DemoResult): string[] {
  const [r1, r2] = result.runs;
  const lines: string[] = [];
  if (r1?.promoted) lines.push(`Run 1 trained credit-risk-1, the gate passed, the approval was granted (demo mode) and it was promoted to serving/.`);
  if (r2?.gate && !r2.gate.passed) {
    lines.push(`Run 2 saw the data change (${r2.detect.reasons.join(', ')}) and retrained; the gate failed: ${r2.gate.failing.join('; ')}.`);
    lines.push(`No approval was asked and nothing was promoted: serving/model.json is still ${r2.serving.name} (sha256 ${r2.serving.sha256.slice(0, 12)}…, unchanged).`);
  }
  if (!result.asExpected) lines.push('The loop did not go as the demo describes: see the summaries below.');
  return lines;
}

/** `mlci demo train`: the training command the train job runs. */
async function trainModelMain(argv: string[], io: IO): Promise<number> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const m = /^--(data|eval|model-dir|name)$/.exec(argv[i]);
    if (!m) throw new UsageError(`unexpected argument '${argv[i].slice(0, 40)}': mlci demo train takes --data, --eval, --model-dir and --name (see mlci demo --help)`);
    if (argv[i + 1] === undefined) throw new UsageError(`flag --${m[1]} needs a value`);
    flags[m[1]] = argv[i + 1];
  }
  for (const f of ['data', 'eval', 'model-dir']) if (!flags[f]) throw new UsageError(`missing required flag --${f} (see mlci demo --help)`);
  const read = (f: string) => {
    const p = resolve(io.cwd, f);
    if (!existsSync(p)) throw new UsageError(`flag --data/--eval names '${f}', which does not exist`);
    return fromCsv(readFileSync(p, 'utf8'), f);
  };
  const rows: Application[] = read(flags.data);
  const holdout = read(flags.eval);
  const name = flags.name ?? 'credit-risk';
  io.stdout(`fitting ${name}: logistic regression, ${rows.length} rows, gradient descent\n`);
  const model = fit(rows, { name, features: 'full' });
  const scores = score(model, holdout);
  const labels = holdout.map((r) => r.label);
  let correct = 0;
  let loss = 0;
  scores.forEach((s, i) => {
    correct += (s >= 0.5 ? 1 : 0) === labels[i] ? 1 : 0;
    loss -= labels[i] ? Math.log(Math.max(s, 1e-15)) : Math.log(Math.max(1 - s, 1e-15));
  });
  const metrics = { auc: Number(rocAuc(labels, scores).toFixed(6)), accuracy: Number((correct / holdout.length).toFixed(6)), log_loss: Number((loss / holdout.length).toFixed(6)) };
  const dir = resolve(io.cwd, flags['model-dir']);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'model.json'), JSON.stringify(model, null, 2) + '\n');
  writeFileSync(join(dir, 'predictions.csv'), predictionsCsv(holdout, scores));
  writeFileSync(join(dir, 'metrics.json'), JSON.stringify(metrics) + '\n');
  io.stdout(`held-out: auc ${metrics.auc}, accuracy ${metrics.accuracy}, log loss ${metrics.log_loss}\n`);
  return 0;
}

async function demoMain(argv: string[], io: IO): Promise<number> {
  if (argv[0] === 'train') return trainModelMain(argv.slice(1), io);
  const args = parseArgs(demoCommand, argv);
  if (args.flags.help) {
    io.stdout(demoHelp());
    return 0;
  }
  const seedText = String(args.flags.seed);
  if (!/^\d{1,9}$/.test(seedText)) throw new UsageError(`flag --seed has '${seedText.slice(0, 20)}': expected a whole number such as 7`);
  const seed = Number(seedText);
  let folder: string;
  if (typeof args.flags.dir === 'string') {
    folder = resolve(io.cwd, args.flags.dir);
    if (existsSync(folder) && readdirSync(folder).length > 0) throw new UsageError(`flag --dir names '${args.flags.dir}', which is not empty: give a new or empty folder`);
    mkdirSync(folder, { recursive: true });
  } else {
    folder = mkdtempSync(join(tmpdir(), 'mlci-demo-'));
  }
  const json = args.flags.json === true;
  const out = json ? io.stderr : io.stdout;
  const tty = !json && process.stdout.isTTY === true;
  const say = progress(out, tty);
  say.line(`mlci demo: the loop detect → train → gate → approve → promote, twice, offline.`);
  // The jobs resolve the gate's and the training's relative paths from the current directory, as on a runner.
  const before = process.cwd();
  process.chdir(folder);
  let result: DemoResult;
  try {
    result = await runDemo({ folder, seed, verbose: args.flags.verbose === true, progress: say, stderr: io.stderr });
  } finally {
    process.chdir(before);
  }
  const files = demoFiles(result);
  const code = result.asExpected ? 0 : 1;
  if (json) {
    io.stdout(JSON.stringify({ command: 'demo', seed, folder, asExpected: result.asExpected, exitCode: code, runs: result.runs, files }) + '\n');
    return code;
  }
  const lines = ['', 'What happened:', ...story(result).map((l) => `  ${l}`), '', `Files, in ${folder}:`];
  const label: Record<keyof typeof files, string> = {
    reports: 'reports', html: 'HTML reports', summaries: 'summaries', comments: 'comment bodies', checks: 'checks', approvals: 'approval record', models: 'models',
  };
  for (const [k, v] of Object.entries(files) as [keyof typeof files, string[]][]) lines.push(`  ${label[k].padEnd(16)}${v.join('  ')}`);
  lines.push('', `Look at ${join(folder, result.runs.at(-1)?.gate?.markdown ?? 'runs')} for the gate's summary of run 2.`);
  io.stdout(lines.join('\n') + '\n');
  return code;
}
