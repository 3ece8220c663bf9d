import { describe, test, expect, beforeAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { REPO_ROOT } from '../../../test/harness/run-action.js';
import { promptDecision } from '../src/commands/approve.js';

/** The committed bundle, as `npx mlci` and `npm run demo` run it. */
const BIN = join(REPO_ROOT, 'packages', 'cli', 'dist', 'index.js');

function mlci(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function oneLine(r: ReturnType<typeof mlci>, re: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(re);
}

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

describe('mlci demo, end to end through the bundle', () => {
  const root = mkdtempSync(join(tmpdir(), 'mlci-demo-test-'));
  const a = join(root, 'a');
  const b = join(root, 'b');
  let doc: any;
  let human: ReturnType<typeof mlci>;
  beforeAll(() => {
    const r = mlci(['demo', '--json', '--dir', a], REPO_ROOT);
    expect(r.stderr).toContain('Run 2');
    expect(r.code).toBe(0);
    doc = JSON.parse(r.stdout);
    human = mlci(['demo', '--dir', b, '--seed', '7'], REPO_ROOT);
  });

  test('run 1: first run → trained → gate passed vs the serving model → approved in demo mode → promoted', () => {
    const [r1] = doc.runs;
    expect(doc).toMatchObject({ command: 'demo', seed: 7, folder: a, asExpected: true, exitCode: 0 });
    expect(r1.detect).toMatchObject({ shouldTrain: true, reasons: ['first-run'] });
    expect(r1.train).toMatchObject({ outcome: 'success' });
    expect(r1.train.metrics.auc).toBeGreaterThan(0.7);
    expect(r1.gate).toMatchObject({ passed: true, failing: [] });
    expect(r1.approval).toMatchObject({ decision: 'approved', decidedBy: 'mlci-demo' });
    expect(r1.promoted).toBe(true);
    expect(readFileSync(join(a, 'runs/1/model/model.json')).equals(readFileSync(join(a, 'serving/model.json')))).toBe(true);
    const approval = JSON.parse(readFileSync(join(a, r1.approval.record), 'utf8'));
    expect(approval).toMatchObject({ decision: 'approved', decidedBy: 'mlci-demo', via: 'flag', modelVersion: 'credit-risk-1', report: 'runs/1/gate/gate-report.json' });
    expect(approval.reason).toMatch(/demo mode/);
  });

  test('run 2: the data change is found with its drift, the retrained model fails the gate on age_band=65+, serving stays', () => {
    const [r1, r2] = doc.runs;
    expect(r2.detect.shouldTrain).toBe(true);
    expect(r2.detect.reasons).toEqual(expect.arrayContaining(['data-changed', 'drift']));
    expect(r2.detect.driftedColumns).toContain('age_band');
    expect(r2.gate.passed).toBe(false);
    expect(r2.gate.failing).toContain('auc in age_band=65+');
    expect(r2.gate.summary).toMatch(/^ML gate failed: .*age_band=65\+/);
    expect(r2.approval).toBeUndefined();
    expect(r2.promoted).toBe(false);
    // The serving model is run 1's, byte for byte; run 2's model exists and differs.
    expect(r2.serving).toMatchObject({ name: 'credit-risk-1', sha256: r1.serving.sha256 });
    expect(sha(join(a, 'serving/model.json'))).toBe(sha(join(a, 'runs/1/model/model.json')));
    expect(sha(join(a, 'runs/2/model/model.json'))).not.toBe(r1.serving.sha256);
    // The failing slice is in the report and in the comment body a PR would get.
    const report = JSON.parse(readFileSync(join(a, r2.gate.report), 'utf8'));
    expect(report.checks.some((c: any) => c.slice === 'age_band=65+' && c.metric === 'auc' && c.status === 'fail')).toBe(true);
    expect(readFileSync(join(a, r2.gate.comment), 'utf8')).toContain('age_band=65+');
    expect(JSON.parse(readFileSync(join(a, r2.gate.check), 'utf8'))).toMatchObject({ conclusion: 'failure' });
  });

  test('every file the demo names exists', () => {
    const all = Object.values(doc.files as Record<string, string[]>).flat();
    expect(all.length).toBeGreaterThan(15);
    for (const f of all) expect(existsSync(join(a, f))).toBe(true);
  });

  test('human output: progress lines, the subgroup failure, and paths that exist in the folder it names', () => {
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^ {2}gate {5}ML gate failed: .*age_band=65\+/m);
    expect(human.stdout).toMatch(/^ +FAIL +auc +age_band=65\+ +\d+ /m);
    expect(human.stdout).toMatch(/^ {2}promote {2}skipped: serving\/model\.json stays credit-risk-1$/m);
    expect(human.stdout).not.toMatch(/\u001b\[/);
    const folder = /^Files, in (.+):$/m.exec(human.stdout)?.[1];
    expect(folder).toBe(b);
    const listed = human.stdout.split('Files, in')[1].split('\n').slice(1).filter((l) => /^ {2}\S/.test(l));
    const paths = listed.flatMap((l) => l.slice(18).split(/\s{2,}/)).filter(Boolean);
    expect(paths.length).toBeGreaterThan(15);
    for (const p of paths) expect(existsSync(join(b, p))).toBe(true);
  });

  test('the same seed gives the same data, models, predictions, gate reports and approval record, byte for byte', () => {
    for (const f of ['data/train.csv', 'holdout/eval.csv', 'runs/1/model/model.json', 'runs/2/model/predictions.csv', 'runs/1/gate/gate-report.json',
      'runs/2/gate/gate-report.json', 'runs/2/gate/comments/evaluate-gate--ml-gate.md', 'runs/1/approve/approval.json', 'serving/model.json']) {
      expect([f, sha(join(b, f))]).toEqual([f, sha(join(a, f))]);
    }
  });

  test('bad usage exits 2 with one line', () => {
    oneLine(mlci(['demo', '--seed', 'x'], REPO_ROOT), /^mlci demo: error: flag --seed has 'x': expected a whole number/);
    oneLine(mlci(['demo', '--dir', a], REPO_ROOT), /^mlci demo: error: flag --dir names '.*', which is not empty/);
    oneLine(mlci(['demo', 'train', '--data'], REPO_ROOT), /^mlci demo: error: flag --data needs a value/);
  });

  test('--help explains the loop and has a worked example', () => {
    const r = mlci(['demo', '--help'], REPO_ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--seed/);
    expect(r.stdout).toMatch(/\nExample:\n {2}#.*\n {2}mlci demo/);
  });
});

describe('mlci approve', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'mlci-approve-'));

  test('--approve: exit 0; who, why and on what in approval.json, the outputs, the summary and the decision comment', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'gate.md'), '## ML gate passed\n\nAUC 0.84 (+0.02)\n');
    const r = mlci(['approve', '--approve', '--approver', 'alice', '--approvers', 'alice, bob', '--reason', 'AUC up; 65+ checked by hand',
      '--model-version', 'credit-v7', '--report', 'gate.md', '--json'], cwd, { SOURCE_DATE_EPOCH: '1767268800' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ command: 'approve', decision: 'approved', decidedBy: 'alice', exitCode: 0, record: '.mlci/approval.json' });
    const record = JSON.parse(readFileSync(join(cwd, '.mlci', 'approval.json'), 'utf8'));
    expect(record).toEqual({
      schema: 'mlci.approval.local/v1', decision: 'approved', decidedBy: 'alice', reason: 'AUC up; 65+ checked by hand', via: 'flag',
      modelVersion: 'credit-v7', report: 'gate.md', approvers: ['alice', 'bob'], decidedAt: '2026-01-01T12:00:00.000Z',
    });
    const outputs = JSON.parse(readFileSync(join(cwd, '.mlci', 'outputs.json'), 'utf8'));
    expect(outputs).toMatchObject({ decision: 'approved', approvers: '["alice"]', 'denied-by': '', reason: 'AUC up; 65+ checked by hand', 'model-version': 'credit-v7' });
    const comment = readFileSync(join(cwd, '.mlci', 'comments', 'request-approval--decision.md'), 'utf8');
    expect(comment.split('\n')[0]).toBe('<!-- mlci:request-approval:decision approved -->');
    expect(comment).toContain('> AUC up; 65+ checked by hand');
    expect(readFileSync(join(cwd, '.mlci', 'summary.md'), 'utf8')).toContain('AUC 0.84 (+0.02)');
  });

  test('--deny: exit 1, the denial and its reason recorded', () => {
    const cwd = dir();
    const r = mlci(['approve', '--deny', '--approver', 'bob', '--reason', 'the 65+ slice regressed'], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^denied by bob: the 65\+ slice regressed$/m);
    expect(JSON.parse(readFileSync(join(cwd, '.mlci', 'approval.json'), 'utf8'))).toMatchObject({ decision: 'denied', decidedBy: 'bob', reason: 'the 65+ slice regressed', approvers: ['bob'] });
    expect(JSON.parse(readFileSync(join(cwd, '.mlci', 'outputs.json'), 'utf8'))).toMatchObject({ decision: 'denied', approvers: '[]', 'denied-by': 'bob' });
  });

  test('bad usage exits 2 with one line', () => {
    const cwd = dir();
    oneLine(mlci(['approve', '--approve', '--deny'], cwd), /^mlci approve: error: --approve and --deny are both given/);
    // spawnSync's stdin is a pipe, not a terminal: no prompt.
    oneLine(mlci(['approve', '--approver', 'alice'], cwd), /^mlci approve: error: no decision: pass --approve or --deny/);
    oneLine(mlci(['approve', '--approve', '--approver', 'carol', '--approvers', 'alice,bob'], cwd), /^mlci approve: error: flag --approver is 'carol', who is not in --approvers \(alice, bob\)/);
    oneLine(mlci(['approve', '--approve', '--approver', 'alice', '--approvers', '@acme/ml-leads'], cwd), /^mlci approve: error: flag --approvers has the team @acme\/ml-leads/);
    oneLine(mlci(['approve', '--approve', '--approver', 'not a login'], cwd), /^mlci approve: error: flag --approver has 'not a login'/);
    oneLine(mlci(['approve', '--approve', '--approve-words', 'ok', '--deny-words', 'ok'], cwd), /^mlci approve: error: Flags --approve-words and --deny-words both contain 'ok'/);
    oneLine(mlci(['approve', '--approve', '--report', 'missing.json'], cwd), /^mlci approve: error: .*missing\.json/);
    expect(existsSync(join(cwd, '.mlci', 'approval.json'))).toBe(false);
  });

  test('--help lists the decision flags and the request-approval inputs that apply, with a worked example', () => {
    const r = mlci(['approve', '--help'], REPO_ROOT);
    expect(r.code).toBe(0);
    for (const f of ['--approve ', '--deny ', '--reason', '--approver ', '--approvers', '--approve-words', '--deny-words', '--report', '--model-version']) expect(r.stdout).toContain(f);
    expect(r.stdout).not.toContain('--github-token');
    expect(r.stdout).toMatch(/\nExample:\n {2}#.*\n {2}mlci approve/);
  });
});

// util-linux `script` runs the bundle on a pseudo-terminal: the real TTY path, answers typed ahead on its input.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
(hasScript ? test : test.skip)('on a terminal, mlci approve asks for the vote and the reason, then records them', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'mlci-approve-tty-'));
  const cmd = [process.execPath, BIN, 'approve', '--approver', 'alice', '--model-version', 'v1'].map((w) => `'${w}'`).join(' ');
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd, input: 'deny\nthe 65+ slice\n', encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain("Approve 'v1'? [approve/deny]");
  expect(JSON.parse(readFileSync(join(cwd, '.mlci', 'approval.json'), 'utf8'))).toMatchObject({ decision: 'denied', decidedBy: 'alice', reason: 'the 65+ slice', via: 'prompt' });
});

describe('the approval prompt (a terminal)', () => {
  const words = { approve: ['approve', 'lgtm'], deny: ['deny'] };
  async function ask(answers: string) {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (c) => (shown += c));
    input.end(answers);
    const r = await promptDecision(words, "'credit-v7'", { input, output });
    return { r, shown };
  }

  test('a vote word, then the reason', async () => {
    const { r, shown } = await ask('LGTM!\nchecked the 65+ slice\n');
    expect(r).toEqual({ vote: 'approve', body: 'LGTM!', reason: 'checked the 65+ slice' });
    expect(shown).toContain("Approve 'credit-v7'? [approve/deny]");
  });

  test('an answer that is not a vote is asked again; three are a usage error', async () => {
    const { r, shown } = await ask('maybe\ndeny\n\n');
    expect(r).toEqual({ vote: 'deny', body: 'deny', reason: '' });
    expect(shown).toMatch(/'maybe' is not a vote/);
    await expect(ask('a\nb\nc\n')).rejects.toThrow(/no vote after three answers/);
  });

  test('the input ends before a vote: undefined', async () => {
    expect((await ask('')).r).toBeUndefined();
  });
});
