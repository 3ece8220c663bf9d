/**
 * The reusable workflow .github/workflows/ml-pipeline.yml and the examples that call it, run the way GitHub runs them:
 * each caller's `with:` is read from its YAML and checked against the `workflow_call` inputs (types, required,
 * defaults applied), then every job of the pipeline is walked in order with its `if:` evaluated on the jobs before it.
 * Steps `uses: ./.mlci/actions/<name>` run that action's committed dist (INPUT_*, GITHUB_OUTPUT, the event, the token
 * the job's `permissions:` give) against the OpenAPI-checked fake GitHub; `run:` steps run in bash with their `env:`;
 * artifacts are copied between job workspaces. Only training and a waiting approval are stand-ins (a GPU and people):
 * their inputs are asserted, and the stand-in writes what the caller's train-command would.
 */
import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { REPO_ROOT, runAction, type RunResult } from './harness/run-action.js';
import { startFakeGitHub, type FakeGitHub, type Scope } from './harness/fake-github.js';
import { loadEvent, type GitHubEvent } from './harness/events.js';
import { PIPELINE, pipeline, evaluate, interpolate, condition, callInputs, str, LEVEL, type Level, type Value, type Ctx } from './harness/workflow-call.js';
import { readTable } from '../packages/core/src/io/index.js';
import { writeParquet } from '../packages/core/test/io/parquet-writer.js';


function callerJob(file: string, job: string) {
  return parse(readFileSync(join(REPO_ROOT, file), 'utf8')).jobs[job];
}

// ---------------------------------------------------------------------------------------------------------------
// A small runner for the pipeline's jobs

interface JobResult { result: 'success' | 'failure' | 'skipped'; outputs: Record<string, string>; steps: Record<string, RunResult | undefined>; workspace?: string; /** stdout of its run: steps */ log?: string }
interface Stand {
  /** Stands in for train-on-gpu-runner: gets the inputs it would get, writes what the command would. */
  train(inputs: Record<string, string>, cwd: string): void;
  /** Stands in for request-approval in wait mode (people answering). */
  approve?(inputs: Record<string, string>, cwd: string): Record<string, string>;
}
interface Run {
  jobs: Record<string, JobResult>;
  outputs: Record<string, string>;
  /** Every dist the pipeline ran: job/step -> inputs given. */
  ran: Array<{ job: string; action: string; inputs: Record<string, string>; result: RunResult }>;
}

let root: string;
let api: FakeGitHub;
let runNumber = 0;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mlci-pipeline-'));
  api = await startFakeGitHub();
});
afterAll(async () => {
  api.assertAllValid();
  await api.close();
  rmSync(root, { recursive: true, force: true });
});

/** The token a job gets: its own `permissions:` (GitHub lets a called workflow only lower the caller's). */
function tokenFor(perms: Record<string, Level> | undefined): FakeGitHub['state']['tokenPermissions'] {
  const scopes: Scope[] = ['issues', 'pull-requests', 'checks', 'statuses', 'actions', 'contents', 'members'];
  return { ...Object.fromEntries(scopes.map((k) => [k, perms?.[k] ?? 'none'])), metadata: 'read' };
}

function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true });
}

/** upload-artifact: one folder is the root; several paths are rooted at their common folder. */
function upload(store: string, name: string, pathValue: string, cwd: string): void {
  const paths = pathValue.split('\n').map((s) => s.trim()).filter(Boolean).map((p) => (p.startsWith('/') ? p : join(cwd, p)));
  const dest = join(store, name);
  expect(existsSync(dest)).toBe(false); // one name per run
  if (paths.length === 1 && statSync(paths[0]).isDirectory()) return copyTree(paths[0], dest);
  let common = dirname(paths[0]);
  for (const p of paths) while (!p.startsWith(common + '/')) common = dirname(common);
  for (const p of paths) {
    mkdirSync(dirname(join(dest, relative(common, p))), { recursive: true });
    cpSync(p, join(dest, relative(common, p)), { recursive: true });
  }
}

async function runPipeline(opts: { inputs: Record<string, Value>; event: GitHubEvent; repo: string; stand: Stand; secrets?: Record<string, string>; artifacts?: string }): Promise<Run> {
  const n = ++runNumber;
  const store = opts.artifacts ?? mkdtempSync(join(root, 'artifacts-'));
  const sha = opts.event.name === 'pull_request' ? opts.event.payload.pull_request.merge_commit_sha ?? opts.event.payload.pull_request.head.sha : n.toString(16).padStart(40, 'c');
  const github: Value = {
    repository: opts.event.payload.repository.full_name, sha, workflow_sha: sha, run_number: String(40 + n), event_name: opts.event.name,
    event: opts.event.payload as Value,
  };
  const jobs: Record<string, JobResult> = {};
  const ran: Run['ran'] = [];
  for (const [id, job] of Object.entries<any>(pipeline.jobs)) {
    const needs: string[] = ([] as string[]).concat(job.needs ?? []);
    const needsCtx = Object.fromEntries(needs.map((j) => [j, { result: jobs[j].result, outputs: jobs[j].outputs }]));
    const failedBefore = needs.some((j) => jobs[j].result !== 'success');
    const jobCtx: Ctx = { inputs: opts.inputs, github, needs: needsCtx as Value, secrets: opts.secrets ?? {}, __failed: failedBefore };
    if (!condition(job.if, jobCtx)) {
      jobs[id] = { result: 'skipped', outputs: {}, steps: {} };
      continue;
    }
    const cwd = mkdtempSync(join(root, `${id}-`));
    copyTree(opts.repo, cwd); // actions/checkout of the caller's repository
    const runnerTemp = mkdtempSync(join(root, 'runner-temp-'));
    const stepsCtx: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
    const results: JobResult['steps'] = {};
    const log: string[] = [];
    let failed = false;
    for (const step of job.steps as any[]) {
      const ctx: Ctx = { ...jobCtx, steps: stepsCtx as unknown as Value, runner: { temp: runnerTemp }, __failed: failed };
      if (!condition(step.if, ctx)) continue;
      const w: Record<string, string> = Object.fromEntries(Object.entries<unknown>(step.with ?? {}).map(([k, v]) => [k, str(interpolate(v, ctx))]));
      let outputs: Record<string, string> = {};
      let ok = true;
      if (typeof step.uses === 'string' && step.uses.startsWith('actions/checkout@')) {
        if (w.path === '.mlci') expect([w.repository, w.ref, w['sparse-checkout']]).toEqual([opts.inputs['mlci-repository'] || str((github as any).repository), opts.inputs['mlci-ref'] || sha, 'actions']);
      } else if (typeof step.uses === 'string' && step.uses.startsWith('actions/upload-artifact@')) {
        upload(store, w.name, w.path, cwd);
      } else if (typeof step.uses === 'string' && step.uses.startsWith('actions/download-artifact@')) {
        const from = join(store, w.name);
        if (!existsSync(from)) throw new Error(`job ${id}: no artifact ${w.name}`);
        copyTree(from, join(cwd, w.path || '.'));
      } else if (step.uses === './.mlci/actions/train-on-gpu-runner') {
        opts.stand.train(w, cwd);
      } else if (step.uses === './.mlci/actions/request-approval' && w.mode === 'wait') {
        outputs = opts.stand.approve!(w, cwd);
      } else if (typeof step.uses === 'string' && step.uses.startsWith('./.mlci/actions/')) {
        const action = step.uses.slice('./.mlci/actions/'.length);
        api.state.tokenPermissions = tokenFor(job.permissions);
        const env = { TMPDIR: runnerTemp, GITHUB_RUN_ID: String(9000 + n), GITHUB_RUN_NUMBER: str((github as any).run_number), GITHUB_SHA: sha, GITHUB_JOB: id, MLCI_NOW };
        const r = await runAction({ action, cwd, event: opts.event, inputs: w, post: true, env, api, timeoutMs: 120_000 });
        ran.push({ job: id, action, inputs: w, result: r });
        results[step.id ?? action] = r;
        outputs = r.outputs;
        ok = r.exitCode === 0 && (r.post === undefined || r.post.skipped || r.post.exitCode === 0);
      } else if (typeof step.run === 'string') {
        // The runner's default shell on Linux: bash --noprofile --norc -eo pipefail {0}.
        expect(step.run).not.toContain('${{');
        const out = join(runnerTemp, `output-${step.id ?? 'run'}`);
        writeFileSync(out, '');
        const env = Object.fromEntries(Object.entries<unknown>(step.env ?? {}).map(([k, v]) => [k, str(interpolate(v, ctx))]));
        try {
          log.push(execFileSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
            cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary'), ...env }, stdio: 'pipe', encoding: 'utf8',
          }));
        } catch (e) {
          log.push(String((e as { stdout?: string }).stdout ?? ''));
          ok = false;
        }
        outputs = Object.fromEntries(readFileSync(out, 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
      } else {
        throw new Error(`job ${id}: a step this test cannot run: ${JSON.stringify(step)}`);
      }
      if (step.id) stepsCtx[step.id] = { outputs, outcome: ok ? 'success' : 'failure' };
      if (!ok) failed = true;
    }
    const outCtx: Ctx = { ...jobCtx, steps: stepsCtx as unknown as Value };
    const outputs = Object.fromEntries(Object.entries<unknown>(job.outputs ?? {}).map(([k, v]) => [k, str(interpolate(v, outCtx))]));
    jobs[id] = { result: failed ? 'failure' : 'success', outputs, steps: results, workspace: cwd, log: log.join('') };
  }
  const jobsCtx = Object.fromEntries(Object.entries(jobs).map(([k, v]) => [k, { outputs: v.outputs, result: v.result }]));
  const outputs = Object.fromEntries(Object.entries<any>(pipeline.on.workflow_call.outputs).map(([k, o]) => [k, str(interpolate(o.value, { jobs: jobsCtx as Value }))]));
  return { jobs, outputs, ran };
}

// ---------------------------------------------------------------------------------------------------------------
// Fixtures: a repository with data, code and policies, and a training stand-in

const exampleGate = join(REPO_ROOT, 'examples', 'gate');
const gunzip = (f: string) => gunzipSync(readFileSync(join(exampleGate, f)));
const PASSING_POLICY = 'version: 1\nmetrics:\n  auc: { min: 0.6, max-regression: 0.01 }\nslices: [gender]\nsignificance: { bootstrap: 200, seed: 1 }\n';

function put(dir: string, rel: string, data: string | Buffer): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), data);
}

/** What the examples' train-commands do: write the model folder, the candidate's and the serving model's predictions. */
function trainingStandIn(log: Array<Record<string, string>>, serving: 'same' | 'example' = 'same'): Stand['train'] {
  return (inputs, cwd) => {
    log.push(inputs);
    put(cwd, join(inputs['model-path'], 'weights.bin'), 'weights');
    put(cwd, 'candidate.csv', gunzip('candidate.csv.gz'));
    put(cwd, 'baseline.csv', serving === 'same' ? gunzip('candidate.csv.gz') : gunzip('baseline.csv.gz'));
  };
}

/** "Now" for the data contract's freshness rule (the fraud example's newest row is from 2026-12-01 09:57 UTC). */
const MLCI_NOW = '2026-12-01T12:00:00Z';

/** The fraud example's rows as the Parquet file the fraud callers train on (data/transactions/*.parquet). */
async function fraudParquet(csv: string, to: string): Promise<void> {
  const t = await readTable(join(REPO_ROOT, 'examples', 'fraud', csv), { types: { transaction_id: 'string', timestamp: 'string', merchant_category: 'string', merchant: 'string', amount: 'number', label: 'number' } });
  const col = (n: string) => Array.from({ length: t.rowCount }, (_, i) => {
    const c = t.columns.get(n)!;
    return c.kind === 'number' ? (Number.isNaN(c.values[i]) ? null : c.values[i]) : c.codes[i] < 0 ? null : c.dictionary[c.codes[i]];
  });
  mkdirSync(dirname(to), { recursive: true });
  writeParquet(to, [
    { name: 'transaction_id', type: 'string', values: col('transaction_id') as Array<string | null> },
    { name: 'timestamp', type: 'string', values: col('timestamp') as Array<string | null> },
    { name: 'amount', type: 'double', values: col('amount') as Array<number | null> },
    { name: 'merchant_category', type: 'string', values: col('merchant_category') as Array<string | null> },
    { name: 'merchant', type: 'string', values: col('merchant') as Array<string | null> },
    { name: 'label', type: 'int64', values: col('label') as Array<number | null> },
  ], 100);
}

const checksOn = (name: string) => api.state.checkRuns.filter((c: any) => c.name === name) as any[];

describe(`${PIPELINE}`, () => {
  test('least privilege: no default permissions, every job names its own; only record writes contents; no input reaches a shell but through env', () => {
    expect(pipeline.permissions).toEqual({});
    const perms = Object.fromEntries(Object.entries<any>(pipeline.jobs).map(([id, j]) => [id, j.permissions]));
    expect(perms).toEqual({
      validate: { contents: 'read', 'pull-requests': 'write', checks: 'write' },
      detect: { contents: 'read', 'pull-requests': 'read' },
      train: { contents: 'read' },
      gate: { contents: 'read', 'pull-requests': 'write', checks: 'write' },
      record: { contents: 'write' },
      approval: { contents: 'read', issues: 'write' },
      promote: { contents: 'read' },
    });
    for (const [id, j] of Object.entries<any>(pipeline.jobs)) {
      for (const s of j.steps) if (s.run) expect([id, s.run.includes('${{')]).toEqual([id, false]);
    }
    const promote = pipeline.jobs.promote.steps.find((s: any) => s.name === 'Promote');
    expect(promote.env.PROMOTE_COMMAND).toBe('${{ inputs.promote-command }}');
    expect(promote.run).toBe('bash -euo pipefail -c "$PROMOTE_COMMAND"');
  });

  test('one retrain of a model at a time: a concurrency group per model that never cancels a running one', () => {
    expect(pipeline.concurrency['cancel-in-progress']).toBe(false);
    expect(evaluate(pipeline.concurrency.group.slice(3, -2), { inputs: { model: 'fraud', 'concurrency-group': '' } })).toBe('mlci-pipeline-fraud');
    expect(evaluate(pipeline.concurrency.group.slice(3, -2), { inputs: { model: 'fraud', 'concurrency-group': 'ml-gate-pr-7' } })).toBe('ml-gate-pr-7');
  });

  test('actions from outside are pinned to a full commit SHA with the version in a comment', () => {
    const text = readFileSync(join(REPO_ROOT, PIPELINE), 'utf8');
    const uses = [...text.matchAll(/uses: (actions\/[\w-]+)@(\S+)(.*)/g)];
    expect(uses.length).toBeGreaterThan(10);
    for (const [, , ref, comment] of uses) {
      expect(ref).toMatch(/^[0-9a-f]{40}$/);
      expect(comment).toMatch(/^ # v\d+\.\d+\.\d+$/);
    }
    const pinned = new Set(uses.map(([, name, ref, c]) => `${name}@${ref}${c}`));
    expect([...pinned].sort()).toEqual([
      'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      'actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1',
      'actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0',
    ]);
  });

  test.each([
    ['examples/retrain/fraud-every-48h.yml', 'retrain'],
    ['examples/retrain/news-ranking-every-4h.yml', 'retrain'],
    ['examples/retrain/manual-retrain.yml', 'retrain'],
    ['examples/gate/pr-gate.yml', 'gate'],
  ])('%s: the calling job grants every scope a pipeline job asks for (a called workflow can only lower them)', (file, job) => {
    const granted: Record<string, Level> = callerJob(file, job).permissions;
    for (const [id, j] of Object.entries<any>(pipeline.jobs)) {
      const mayRun = !(id === 'record' && file.includes('pr-gate')) && !(id === 'approval' && !file.includes('fraud'));
      if (!mayRun) continue;
      for (const [scope, level] of Object.entries<Level>(j.permissions)) {
        expect([id, scope, LEVEL[granted[scope] ?? 'none'] >= LEVEL[level]]).toEqual([id, scope, true]);
      }
    }
  });

  test('a bad model name stops the run with one error naming the input', async () => {
    const repo = mkdtempSync(join(root, 'repo-bad-'));
    const inputs = { ...callInputs('examples/retrain/manual-retrain.yml', 'retrain', {}), model: 'fraud model; rm -rf /' };
    const run = await runPipeline({ inputs, event: loadEvent('workflow_dispatch'), repo, stand: { train: () => { throw new Error('must not train'); } } });
    expect(Object.fromEntries(Object.entries(run.jobs).map(([k, v]) => [k, v.result]))).toEqual({
      validate: 'skipped', detect: 'failure', train: 'skipped', gate: 'skipped', record: 'skipped', approval: 'skipped', promote: 'skipped',
    });
    expect(run.jobs.detect.log).toBe("::error::Input 'model' has value 'fraud model; rm -rf /': use 1 to 64 letters, digits, '.', '_' or '-'.\n");
    // A line break in the value cannot start a workflow command of its own.
    const sneaky = await runPipeline({ inputs: { ...inputs, model: 'm\n::add-mask::x' }, event: loadEvent('workflow_dispatch'), repo, stand: { train: () => { throw new Error('must not train'); } } });
    expect(sneaky.jobs.detect.log).toBe("::error::Input 'model' has value 'm???add-mask??x': use 1 to 64 letters, digits, '.', '_' or '-'.\n");
  });
});

describe('the examples call the pipeline', () => {
  /** The fraud repository every fraud scenario shares (the PR gate reads the record the schedule wrote). */
  let fraudRepo: string;
  beforeAll(async () => {
    fraudRepo = mkdtempSync(join(root, 'repo-fraud-'));
    await fraudParquet('transactions.csv', join(fraudRepo, 'data/transactions/part-0.parquet'));
    put(fraudRepo, 'examples/fraud/contract.yml', readFileSync(join(REPO_ROOT, 'examples/fraud/contract.yml')));
    put(fraudRepo, 'src/features.py', 'x = 1\n');
    put(fraudRepo, 'train.py', 'print("train")\n');
    put(fraudRepo, 'params.yaml', 'lr: 0.1\n');
    put(fraudRepo, '.github/mlci/fraud-drift.yml', 'drift-share: 0.3\n');
    put(fraudRepo, '.github/mlci/fraud-gate.yml', PASSING_POLICY);
    put(fraudRepo, '.github/mlci/gate.yml', PASSING_POLICY);
    // The caller's promote command: records what it got, and proves a value with shell syntax stays data.
    put(fraudRepo, 'scripts/promote.sh', '#!/bin/sh\nprintf "%s|%s|%s|%s\\n" "$1" "$2" "$MLCI_PROMOTE_TOKEN" "$(ls "$2")" >> promoted.txt\n');
    execFileSync('chmod', ['+x', join(fraudRepo, 'scripts/promote.sh')]);
  });

  test('fraud every 48 h: first run trains, gates, records, is approved (wait) and promoted; the next check trains nothing and the gate still reports', async () => {
    const file = 'examples/retrain/fraud-every-48h.yml';
    const inputs = callInputs(file, 'retrain', { inputs: { force: false }, secrets: { MODEL_REGISTRY_TOKEN: 'tok-123' } });
    expect(inputs).toMatchObject({ model: 'fraud', 'max-age': '48h', approval: 'wait', 'runs-on': '["self-hosted", "linux", "gpu"]', force: false, 'require-gpu': true });
    const secrets = { 'promote-token': 'tok-123' };
    const trained: Array<Record<string, string>> = [];
    const approvals: Array<Record<string, string>> = [];
    const stand: Stand = {
      train: trainingStandIn(trained),
      approve: (w, cwd) => {
        approvals.push(w);
        expect(existsSync(join(cwd, w.report))).toBe(true); // the gate report came through the artifact
        return { decision: 'approved', 'decided-now': 'true' };
      },
    };
    const before = api.state.checkRuns.length;
    const first = await runPipeline({ inputs, event: loadEvent('schedule'), repo: fraudRepo, stand, secrets });
    expect(Object.fromEntries(Object.entries(first.jobs).map(([k, v]) => [k, v.result]))).toEqual({
      validate: 'success', detect: 'success', train: 'success', gate: 'success', record: 'success', approval: 'success', promote: 'success',
    });
    // The contract ran first, on the Parquet files the caller trains on (contract-data), not the contract's CSV.
    expect(first.ran[0]).toMatchObject({ job: 'validate', action: 'validate-data', inputs: { contract: 'examples/fraud/contract.yml', data: 'data/transactions/*.parquet', 'fail-on': 'error' } });
    expect(first.ran[0].result.outputs.summary).toBe('Data contract passed: 18 checks.');
    expect(first.outputs).toMatchObject({ 'contract-passed': 'true', 'should-train': 'true', reasons: '["first-run"]', 'gate-passed': 'true', decision: 'approved' });
    expect(first.outputs['gate-summary']).toMatch(/^ML gate passed/);
    // The training got the caller's command and GPU requirements, on the runner the caller named.
    expect(trained).toHaveLength(1);
    expect(trained[0]).toMatchObject({ command: inputs['train-command'] as string, 'min-gpu-memory': '16GiB', 'max-attempts': '3', timeout: '5h', 'require-gpu': 'true', 'model-path': 'model/' });
    expect(evaluate("startsWith(inputs.runs-on, '[') && fromJSON(inputs.runs-on) || inputs.runs-on", { inputs })).toEqual(['self-hosted', 'linux', 'gpu']);
    expect(approvals[0]).toMatchObject({ mode: 'wait', approvers: 'alice, bob', 'model-version': `fraud-${40 + runNumber}`, timeout: '5h' });
    // The record job saved the baseline the next detection reads; the promote command ran with the model.
    expect(Object.keys(api.state.git['Codertocat/Hello-World']?.refs ?? {})).toContain('refs/mlci/detect/fraud/master');
    const promoted = readFileSync(join(first.jobs.promote.workspace!, 'promoted.txt'), 'utf8');
    expect(promoted).toBe(`fraud-${40 + runNumber}|model/|tok-123|weights.bin\n`);
    const gateChecks = api.state.checkRuns.slice(before) as any[];
    expect(gateChecks.map((c) => [c.name, c.conclusion])).toEqual([['Data contract', 'success'], ['ML gate', 'success']]);

    // Six hours later, nothing changed: no training, no record, no approval, no promotion; the check still reports.
    const second = await runPipeline({ inputs, event: loadEvent('schedule'), repo: fraudRepo, stand, secrets });
    expect(Object.fromEntries(Object.entries(second.jobs).map(([k, v]) => [k, v.result]))).toEqual({
      validate: 'success', detect: 'success', train: 'skipped', gate: 'success', record: 'skipped', approval: 'skipped', promote: 'skipped',
    });
    expect(second.outputs).toEqual({ 'contract-passed': 'true', 'should-train': 'false', reasons: '[]', 'gate-passed': 'true', 'gate-summary': 'ML gate: no model change (nothing to gate)', decision: '' });
    expect(trained).toHaveLength(1);
    const last = api.state.checkRuns.at(-1) as any;
    expect([last.name, last.conclusion, last.output?.title]).toEqual(['ML gate', 'success', 'no model change']);
  });

  test('fraud with approval: request — the real request-approval bundle opens the issue, the run ends pending, nothing is promoted', async () => {
    const file = 'examples/retrain/fraud-every-48h.yml';
    const inputs = { ...callInputs(file, 'retrain', { inputs: { force: true } }), approval: 'request', 'on-approve-workflow': 'promote.yml', 'on-approve-ref': 'main' };
    const issuesBefore = api.state.issues.length;
    const run = await runPipeline({ inputs, event: loadEvent('workflow_dispatch'), repo: fraudRepo, stand: { train: trainingStandIn([]) } });
    expect(Object.fromEntries(Object.entries(run.jobs).map(([k, v]) => [k, v.result]))).toEqual({
      validate: 'success', detect: 'success', train: 'success', gate: 'success', record: 'success', approval: 'success', promote: 'skipped',
    });
    expect(run.outputs).toMatchObject({ 'should-train': 'true', 'gate-passed': 'true', decision: 'pending' });
    const approval = run.ran.find((r) => r.action === 'request-approval')!;
    expect(approval.inputs).toMatchObject({ mode: 'request', approvers: 'alice, bob', 'on-approve-workflow': 'promote.yml', report: 'mlci-gate-report.json' });
    const opened = api.state.issues.slice(issuesBefore) as any[];
    expect(opened).toHaveLength(1);
    expect(opened[0].body).toContain(`fraud-${40 + runNumber}`);
  });

  test('fraud with data that breaks its contract: the validate job fails, nothing after it runs, the check names the broken rules', async () => {
    const file = 'examples/retrain/fraud-every-48h.yml';
    const inputs = callInputs(file, 'retrain', { inputs: { force: true } });
    const repo = mkdtempSync(join(root, 'repo-fraud-broken-'));
    copyTree(fraudRepo, repo);
    await fraudParquet('transactions-broken.csv', join(repo, 'data/transactions/part-0.parquet'));
    const before = api.state.checkRuns.length;
    const run = await runPipeline({ inputs, event: loadEvent('workflow_dispatch'), repo, stand: { train: () => { throw new Error('must not train'); } } });
    expect(Object.fromEntries(Object.entries(run.jobs).map(([k, v]) => [k, v.result]))).toEqual({
      validate: 'failure', detect: 'skipped', train: 'skipped', gate: 'skipped', record: 'skipped', approval: 'skipped', promote: 'skipped',
    });
    expect(run.outputs).toEqual({ 'contract-passed': 'false', 'should-train': '', reasons: '', 'gate-passed': '', 'gate-summary': '', decision: '' });
    const checks = api.state.checkRuns.slice(before) as any[];
    expect(checks.map((c) => [c.name, c.conclusion])).toEqual([['Data contract', 'failure']]);
    expect(checks[0].output.title).toBe(
      'Data contract failed: 5 of 18 checks failed (transactions rows, transactions.transaction_id unique, transactions.timestamp freshness, transactions.amount min, transactions.label in).',
    );
  });

  test('PR gate: a PR that changes nothing the model depends on gets a success "ML gate" check on its head (no path filter, no pending check)', async () => {
    const file = 'examples/gate/pr-gate.yml';
    const caller = parse(readFileSync(join(REPO_ROOT, file), 'utf8'));
    expect(caller.on.pull_request?.paths).toBeUndefined();
    const event = loadEvent('pull_request');
    const pr = event.payload.pull_request;
    api.state.pullFiles[`Codertocat/Hello-World#${pr.number}`] = [{ filename: 'README.md', status: 'modified' }];
    const inputs = callInputs(file, 'gate', { github: { event: event.payload as Value } });
    expect(inputs).toMatchObject({ 'baseline-record': 'git:fraud', 'record-baseline': false, 'concurrency-group': `ml-gate-pr-${pr.number}` });
    const trained: Array<Record<string, string>> = [];
    const run = await runPipeline({ inputs, event, repo: fraudRepo, stand: { train: trainingStandIn(trained) } });
    expect(run.jobs.train.result).toBe('skipped');
    expect(run.jobs.gate.result).toBe('success');
    expect(run.outputs).toMatchObject({ 'should-train': 'false', 'gate-passed': 'true' });
    const check = checksOn('ML gate').at(-1);
    expect([check.conclusion, check.head_sha, check.output?.title]).toEqual(['success', pr.head.sha, 'no model change']);

    // The same PR changing the training code: detect trains, the gate judges (the example's serving model wins in one
    // subgroup), the check fails, and a pull request never moves the record or promotes.
    api.state.pullFiles[`Codertocat/Hello-World#${pr.number}`] = [{ filename: 'src/features.py', status: 'modified' }];
    const repo = mkdtempSync(join(root, 'repo-pr-'));
    copyTree(fraudRepo, repo);
    put(repo, '.github/mlci/gate.yml', readFileSync(join(exampleGate, 'policy.yml')));
    const refsBefore = JSON.stringify(api.state.git['Codertocat/Hello-World']?.refs);
    const changed = await runPipeline({ inputs, event, repo, stand: { train: trainingStandIn(trained, 'example') } });
    expect(Object.fromEntries(Object.entries(changed.jobs).map(([k, v]) => [k, v.result]))).toEqual({
      validate: 'skipped', detect: 'success', train: 'success', gate: 'failure', record: 'skipped', approval: 'skipped', promote: 'skipped',
    });
    expect(changed.outputs['should-train']).toBe('true');
    expect(JSON.parse(changed.outputs.reasons)).toContain('code-changed');
    expect(changed.outputs['gate-passed']).toBe('false');
    expect(changed.outputs['gate-summary']).toMatch(/^ML gate failed: .*age_band=65\+/);
    const failing = checksOn('ML gate').at(-1);
    expect([failing.conclusion, failing.head_sha]).toEqual(['failure', pr.head.sha]);
    expect(api.state.comments.some((c) => c.body.includes('<!-- mlci:evaluate-gate:ml-gate -->'))).toBe(true);
    expect(JSON.stringify(api.state.git['Codertocat/Hello-World']?.refs)).toBe(refsBefore);
  });

  test('news ranking every 4 h: the fetched logs come in as an artifact; new logs alone do not retrain, and the gate still reports', async () => {
    const file = 'examples/retrain/news-ranking-every-4h.yml';
    const inputs = callInputs(file, 'retrain', {});
    expect(inputs).toMatchObject({ model: 'news-ranking', 'data-artifact': 'clicks', 'max-age': '4h', 'runs-on': 'ubuntu-24.04', 'require-gpu': false });
    const repo = mkdtempSync(join(root, 'repo-news-'));
    put(repo, '.github/mlci/ranking-gate.yml', PASSING_POLICY);
    put(repo, 'scripts/publish-ranker.sh', '#!/bin/sh\nls "$1" > published.txt\n');
    execFileSync('chmod', ['+x', join(repo, 'scripts/publish-ranker.sh')]);
    const clicks = (h: number) => Array.from({ length: 200 }, (_, i) => JSON.stringify({ article: `a${(i * 7 + h) % 31}`, clicked: (i + h) % 5 === 0 ? 1 : 0 })).join('\n') + '\n';
    // The caller's fetch job uploads data/clicks/ as `clicks` (path: data/clicks/): the files sit at the artifact root.
    const fetchJob = callerJob(file, 'fetch');
    expect(fetchJob.steps.find((s: any) => s.uses?.startsWith('actions/upload-artifact@')).with).toMatchObject({ name: 'clicks', path: 'data/clicks/' });
    const artifacts = (hours: number[]) => {
      const store = mkdtempSync(join(root, 'artifacts-news-'));
      for (const h of hours) put(store, `clicks/2026-11-27T0${h}.jsonl.gz`, gzipSync(clicks(h)));
      return store;
    };
    const trained: Array<Record<string, string>> = [];
    const first = await runPipeline({ inputs, event: loadEvent('schedule'), repo, stand: { train: trainingStandIn(trained) }, artifacts: artifacts([0]) });
    expect(first.outputs).toMatchObject({ 'should-train': 'true', reasons: '["first-run"]', 'gate-passed': 'true', decision: '' });
    expect(first.jobs.record.result).toBe('success');
    expect(first.jobs.approval.result).toBe('skipped');
    expect(readFileSync(join(first.jobs.promote.workspace!, 'published.txt'), 'utf8')).toBe('weights.bin\n');
    const hourLater = await runPipeline({ inputs, event: loadEvent('schedule'), repo, stand: { train: trainingStandIn(trained) }, artifacts: artifacts([0, 1]) });
    expect(hourLater.outputs).toMatchObject({ 'should-train': 'false', reasons: '["data-changed"]', 'gate-passed': 'true' });
    expect([hourLater.jobs.train.result, hourLater.jobs.promote.result]).toEqual(['skipped', 'skipped']);
    expect(trained).toHaveLength(1);
  });

  test('manual retrain: force trains whatever changed; the caller reads the outputs through env', async () => {
    const file = 'examples/retrain/manual-retrain.yml';
    const inputs = callInputs(file, 'retrain', {});
    expect(inputs).toMatchObject({ force: true, model: 'train', 'promote-command': '' });
    const repo = mkdtempSync(join(root, 'repo-manual-'));
    put(repo, 'data/train/a.csv', 'x,y\n1,0\n2,1\n');
    put(repo, 'src/m.py', 'pass\n');
    put(repo, 'params.yaml', 'epochs: 3\n');
    put(repo, '.github/mlci/gate.yml', PASSING_POLICY);
    const trained: Array<Record<string, string>> = [];
    const run = await runPipeline({ inputs, event: loadEvent('workflow_dispatch'), repo, stand: { train: trainingStandIn(trained) } });
    expect(JSON.parse(run.outputs.reasons)).toEqual(expect.arrayContaining(['forced']));
    expect(run.outputs).toMatchObject({ 'should-train': 'true', 'gate-passed': 'true' });
    expect(run.jobs.promote.result).toBe('skipped'); // no promote-command
    expect(trained[0]).toMatchObject({ 'checkpoint-dir': 'checkpoints', 'max-attempts': '2' });
    // The caller's own job after the pipeline: a reason with shell syntax stays text.
    const step = callerJob(file, 'record-reason').steps[0];
    const summary = join(root, 'manual-summary.md');
    const env = Object.fromEntries(Object.entries<string>(step.env).map(([k, v]) => [k, str(interpolate(v, { inputs: { reason: 'drift $(touch pwned)' }, needs: { retrain: { outputs: run.outputs } } }))]));
    execFileSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: repo, env: { PATH: process.env.PATH, GITHUB_STEP_SUMMARY: summary, ...env } });
    expect(readFileSync(summary, 'utf8')).toMatch(/^Manual retrain: drift \$\(touch pwned\)\nDetected: \[.*"forced".*\]\nGate: ML gate passed/);
    expect(existsSync(join(repo, 'pwned'))).toBe(false);
  });
});

test('the expression subset behaves like GitHub\'s (||, &&, ==, case-insensitive strings)', () => {
  const ctx = { inputs: { a: '', b: 'x', t: true }, needs: { j: { result: 'skipped', outputs: {} } } };
  expect(evaluate("inputs.a || 'git:m'", ctx)).toBe('git:m');
  expect(evaluate("inputs.b || 'git:m'", ctx)).toBe('x');
  expect(evaluate("inputs.t && 'yes'", ctx)).toBe('yes');
  expect(evaluate("needs.j.result == 'SKIPPED'", ctx)).toBe(true);
  expect(evaluate("!cancelled() && (needs.j.result == 'success' || needs.j.result == 'skipped')", ctx)).toBe(true);
  expect(evaluate('needs.j.outputs.missing', ctx)).toBeUndefined();
  expect(() => evaluate('vars.X', ctx)).toThrow(/context vars/);
  expect(readdirSync(join(REPO_ROOT, 'examples', 'retrain')).sort()).toEqual(['fraud-every-48h.yml', 'manual-retrain.yml', 'news-ranking-every-4h.yml']);
});
