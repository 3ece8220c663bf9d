/**
 * Class 2 — files: every path input reads only a regular file inside the workspace or RUNNER_TEMP, every output path
 * writes only there (never a directory, never an input of the same run), and errors quote short excerpts.
 * Through the committed bundles and the runner-faithful harness.
 */
import { describe, test, expect, afterEach } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { runAction } from '../harness/run-action.js';
import { SECRET_LINE, detect, errorLines, everything, gate, gateWorkspace, mkfifo, workspaceWith } from './helpers.js';

describe('evaluate-gate path inputs', () => {
  test('a candidate symlinked to /etc/shadow is refused by where it leads, and nothing of it is quoted', async () => {
    const cwd = gateWorkspace();
    symlinkSync('/etc/shadow', join(cwd, 'preds.csv'));
    const r = await gate(cwd, { candidate: 'preds.csv' });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^evaluate-gate failed: Input 'candidate': "preds\.csv" \(it resolves to "\/etc\/shadow" through a symbolic link\) is outside the workspace/)]);
    expect(everything(r)).not.toMatch(SECRET_LINE);
  });

  test.each([
    ['baseline', { baseline: '/etc/passwd' }],
    ['policy', { policy: '../../../../../../etc/passwd' }],
    ['candidate', { candidate: '/proc/self/environ' }],
  ])('%s outside the workspace is refused before it is opened', async (input, inputs) => {
    const cwd = gateWorkspace();
    const r = await gate(cwd, inputs);
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(new RegExp(`Input '${input}': .* is outside the workspace`))]);
    expect(everything(r)).not.toMatch(SECRET_LINE);
  });

  test('a FIFO candidate fails at once instead of hanging the step', async () => {
    const cwd = gateWorkspace();
    mkfifo(join(cwd, 'pipe.csv'));
    const r = await gate(cwd, { candidate: 'pipe.csv' });
    expect(r.timedOut).toBe(false);
    expect(r.errors).toEqual(["evaluate-gate failed: Input 'candidate': \"pipe.csv\" is a named pipe (FIFO), not a regular file; the action reads only regular files (it never opens pipes or devices)."]);
  });

  test('a device and a directory are refused as files', async () => {
    const cwd = gateWorkspace();
    symlinkSync('/dev/zero', join(cwd, 'zero.csv')); // outside: refused for that first
    mkdirSync(join(cwd, 'policy-dir'));
    const dev = await gate(cwd, { candidate: 'zero.csv' });
    expect(dev.errors).toEqual([expect.stringMatching(/Input 'candidate': "zero\.csv" \(it resolves to "\/dev\/zero"/)]);
    const dir = await gate(cwd, { policy: 'policy-dir' });
    expect(dir.errors).toEqual([expect.stringMatching(/Input 'policy': "policy-dir" is a directory, not a regular file; give the path of a file inside it\./)]);
  });

  test('report-path: never outside, never a directory, never an input of the run; RUNNER_TEMP is fine', async () => {
    const cwd = gateWorkspace();
    const outside = await gate(cwd, { 'report-path': '/etc/mlci-report.json' });
    expect(outside.errors).toEqual([expect.stringMatching(/Input 'report-path': "\/etc\/mlci-report\.json" is outside the workspace .*; the action writes only there\./)]);
    expect(existsSync('/etc/mlci-report.json')).toBe(false);

    const before = readFileSync(join(cwd, 'candidate.csv.gz'));
    const clobber = await gate(cwd, { 'report-path': './candidate.csv.gz' });
    expect(clobber.errors).toEqual([expect.stringMatching(/Input 'report-path': "\.\/candidate\.csv\.gz" is also a file this run reads \("candidate\.csv\.gz"\)/)]);
    expect(readFileSync(join(cwd, 'candidate.csv.gz')).equals(before)).toBe(true);

    symlinkSync(join(cwd, 'policy.yml'), join(cwd, 'alias.json'));
    const viaLink = await gate(cwd, { 'report-path': 'alias.json' });
    expect(viaLink.errors).toEqual([expect.stringMatching(/is also a file this run reads \("policy\.yml"\)/)]);

    mkdirSync(join(cwd, 'out'));
    const dir = await gate(cwd, { 'report-path': 'out' });
    expect(dir.errors).toEqual([expect.stringMatching(/Input 'report-path': "out" is a directory; give the path of a file to write/)]);

    const ok = await gate(cwd, { 'report-path': 'reports/gate.json', 'fail-on-regression': 'false' });
    expect(ok.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'reports/gate.json'), 'utf8')).schema).toBe('mlci.gate.report/v1');
  });

  test('an error quotes a short, single-line excerpt of a huge or hostile cell', async () => {
    const hostile = '\u001b[31m::warning::forged\n' + 'x'.repeat(200_000);
    const cwd = workspaceWith({
      'c.csv': `id,label,score\n1,0,0.1\n2,1,"${hostile}"\n`,
      'p.yml': 'version: 1\nmetrics:\n  auc: { min: 0.5 }\n',
    });
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain('\\u001b[31m::warning::forged\\nxxx');
    expect(r.errors[0]).toContain('(+199,943 more characters)');
    expect(r.errors[0].length).toBeLessThan(600);
    expect(r.stdout).not.toMatch(/^::warning::forged/m);
    expect(r.stdout.length).toBeLessThan(5000);
  });
});

describe('request-approval report', () => {
  let api: FakeGitHub | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });
  const base = { mode: 'request', approvers: 'alice', 'model-version': 'v1' };

  test.each([
    ['/etc/passwd', (_cwd: string) => '/etc/passwd'],
    ['a link to /etc/passwd', (cwd: string) => (symlinkSync('/etc/passwd', join(cwd, 'report.md')), 'report.md')],
    ['a FIFO', (cwd: string) => (mkfifo(join(cwd, 'report.md')), 'report.md')],
  ])('%s is never posted into the approval issue', async (_name, make) => {
    api = await startFakeGitHub();
    const cwd = workspaceWith({});
    const report = make(cwd);
    const r = await runAction({ action: 'request-approval', cwd, api, inputs: { ...base, report }, timeoutMs: 30_000 });
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^request-approval failed: Input 'report': /)]);
    expect(api.state.issues).toEqual([]);
    expect(api.state.comments).toEqual([]);
    expect(everything(r)).not.toMatch(SECRET_LINE);
  });

  test('a report in RUNNER_TEMP (written by an earlier step) is posted', async () => {
    api = await startFakeGitHub();
    const cwd = workspaceWith({});
    const temp = workspaceWith({ 'gate.md': '## ML gate passed: 4 of 4 checks judged' });
    const r = await runAction({ action: 'request-approval', cwd, api, env: { RUNNER_TEMP: temp }, inputs: { ...base, report: join(temp, 'gate.md') }, timeoutMs: 30_000 });
    expect(r.errors).toEqual([]);
    expect(api.state.issues).toHaveLength(1);
    expect(api.state.issues[0].body).toContain('## ML gate passed: 4 of 4 checks judged');
  });
});

describe('detect-data-change path inputs', () => {
  const DATA = 'id,x\n1,2\n3,4\n';

  test('write-lock pointing at a data file is refused, and the data file is left as it was', async () => {
    const cwd = workspaceWith({ 'data/train.csv': DATA });
    const r = await detect(cwd, { data: 'data/*.csv', 'write-lock': 'data/train.csv' });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^detect-data-change failed: Input 'write-lock': 'data\/train\.csv' is a file input 'data' matches; writing there would overwrite it/)]);
    expect(readFileSync(join(cwd, 'data/train.csv'), 'utf8')).toBe(DATA);
  });

  test('write-lock over its own earlier lock file is fine (the documented lock-file workflow)', async () => {
    const cwd = workspaceWith({ 'data/train.csv': DATA });
    const first = await detect(cwd, { data: 'data', 'write-lock': 'data/data.lock.json' });
    expect(first.exitCode).toBe(0);
    writeFileSync(join(cwd, 'data/train.csv'), DATA + '5,6\n');
    const second = await detect(cwd, { data: 'data', baseline: 'data/data.lock.json', 'write-lock': 'data/data.lock.json' });
    expect(second.errors).toEqual([]);
    expect(second.outputs['data-changed']).toBe('true');
  });

  test.each([
    ['report-path outside', { 'report-path': '/etc/mlci.json' }, /Input 'report-path': "\/etc\/mlci\.json" is outside the workspace/],
    ['report-path a directory', { 'report-path': 'data' }, /Input 'report-path': "data" is a directory/],
    ['write-lock through a link out', { 'write-lock': 'out/lock.json' }, /Input 'write-lock': "out\/lock\.json" \(it resolves to "\/etc\/lock\.json" through a symbolic link\) is outside/],
    ['a lock-file baseline linked to /etc/passwd', { baseline: 'passwd.lock.json' }, /Input 'baseline': "passwd\.lock\.json" \(it resolves to "\/etc\/passwd"/],
    ['a FIFO lock-file baseline', { baseline: 'fifo.lock.json' }, /Input 'baseline': "fifo\.lock\.json" is a named pipe \(FIFO\)/],
    ['a FIFO drift policy', { 'drift-policy': 'fifo.yml' }, /Input 'drift-policy': "fifo\.yml" is a named pipe \(FIFO\)/],
    ['a drift policy linked out', { 'drift-policy': 'passwd.yml' }, /Input 'drift-policy': "passwd\.yml" \(it resolves to "\/etc\/passwd"/],
    ['a FIFO named as data', { data: 'data/fifo.csv' }, /Input 'data': 'data\/fifo\.csv' is a named pipe \(FIFO\), not a regular file/],
  ])('%s is refused with one error, without hanging', async (_name, inputs, message) => {
    const cwd = workspaceWith({ 'data/train.csv': DATA });
    symlinkSync('/etc', join(cwd, 'out'));
    symlinkSync('/etc/passwd', join(cwd, 'passwd.lock.json'));
    symlinkSync('/etc/passwd', join(cwd, 'passwd.yml'));
    mkfifo(join(cwd, 'fifo.lock.json'));
    mkfifo(join(cwd, 'fifo.yml'));
    mkfifo(join(cwd, 'data/fifo.csv'));
    const r = await detect(cwd, { data: 'data/*.csv', ...inputs });
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(1);
    expect(errorLines(r)).toHaveLength(1);
    expect(r.errors[0]).toMatch(message);
    expect(everything(r)).not.toMatch(SECRET_LINE);
    expect(existsSync('/etc/lock.json')).toBe(false);
  });
});

describe('train-on-gpu-runner metrics-file', () => {
  test('a FIFO left as the metrics file fails the step at once instead of hanging it', async () => {
    const cwd = workspaceWith({});
    const r = await runAction({ action: 'train-on-gpu-runner', cwd, inputs: { command: 'mkfifo metrics.json', 'require-gpu': 'false' }, timeoutMs: 30_000 });
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(1);
    expect(r.errors.join('\n')).toMatch(/metrics-file metrics\.json is a named pipe \(FIFO\), not a regular file/);
  });
});
