import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  evaluateCondition, evaluateDefault, FAKE_TOKEN, inputEnvName, parseFileCommands, parseWorkflowCommands, runAction, type RunResult,
} from '../harness/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js';
import { loadEvent } from '../harness/events.js';

const PROBE = 'test/github/fixtures/probe-action';
const json = (stdout: string, tag: string) => JSON.parse(new RegExp(`^${tag} (.*)$`, 'm').exec(stdout)![1]!);

let api: FakeGitHub;
/** One ordinary run (with its post step), shared by the tests that only read its results. */
let ok: RunResult;
beforeAll(async () => {
  api = await startFakeGitHub();
  ok = await runAction({ action: PROBE, inputs: { mode: 'ok' }, post: true });
});
afterAll(async () => {
  await api.close();
});

describe('runAction runs the bundle like the runner', () => {
  test('inputs: given values, action.yml defaults with github.* evaluated, every declared input set', async () => {
    const r = await runAction({ action: PROBE, inputs: { mode: 'ok' }, event: loadEvent('pull_request') });
    expect(r.exitCode).toBe(0);
    expect(json(r.stdout, 'PROBE_INPUTS')).toEqual({
      INPUT_MODE: 'ok',
      'INPUT_GITHUB-TOKEN': FAKE_TOKEN,
      'INPUT_REPO-NAME': 'Codertocat/Hello-World',
      'INPUT_PR-NUMBER': '2',
      INPUT_MULTI_WORD: 'spaced',
      'INPUT_EMPTY-DEFAULT': '',
    });
    expect(r.inputEnv).toEqual(json(r.stdout, 'PROBE_INPUTS'));
  });

  test('runner variables derived from the event; none of the test process\'s own leak in', async () => {
    process.env.GITHUB_TOKEN_LEAK_CHECK = 'x';
    const r = await runAction({ action: PROBE, inputs: { mode: 'ok' }, event: loadEvent('push') });
    delete process.env.GITHUB_TOKEN_LEAK_CHECK;
    const env = json(r.stdout, 'PROBE_ENV');
    expect(env).toMatchObject({
      CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_REF: 'refs/heads/master', GITHUB_SHA: '6113728f27ae82c7b1a177c8d03f9e96e0adf246', GITHUB_ACTOR: 'Codertocat',
      GITHUB_SERVER_URL: 'https://github.com', RUNNER_OS: 'Linux',
    });
    for (const k of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH', 'RUNNER_TEMP', 'GITHUB_WORKSPACE', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT']) {
      expect(env[k]).toBeTruthy();
    }
    expect(env.GITHUB_TOKEN_LEAK_CHECK).toBeUndefined();
    expect(env.NODE_OPTIONS).toBeUndefined();
    expect(r.stdout).toMatch(/PROBE_EVENT_KEYS .*after,.*commits/);
  });

  test('outputs (including multi-line heredocs), summary, state and exported env are read back', () => {
    const r = ok;
    expect(r.outputs).toEqual({ single: 'one line', multi: 'line 1\nline 2\n' });
    expect(r.summary).toBe('<h2>Probe</h2>\nsummary body\n');
    expect(r.state).toEqual({ started: 'yes', json: '{"a":1}' });
    expect(r.exportedEnv).toEqual({ PROBE_EXPORTED: 'from-main' });
  });

  test('::notice/::warning are parsed and decoded, properties too', () => {
    const r = ok;
    expect(r.notices).toEqual(['a notice, with: commas and 100% colons\nsecond line']);
    expect(r.warnings).toEqual(['careful']);
    expect(r.errors).toEqual([]);
    expect(r.commands.find((c) => c.command === 'notice')!.properties).toEqual({ title: 'T: 1', file: 'a,b.txt', line: '3' });
  });

  test('setFailed: exit code 1 and the ::error:: line; post-if success() skips the post step', async () => {
    const r = await runAction({ action: PROBE, inputs: { mode: 'fail' }, post: true });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual(['probe failed on purpose']);
    expect(r.post?.skipped).toBe(true);
  });

  test('post runs with the saved state as STATE_* and the exported env', () => {
    const r = ok;
    expect(r.post?.skipped).toBe(false);
    expect(r.post?.exitCode).toBe(0);
    expect(json(r.post!.stdout, 'POST_STATE')).toEqual({ started: 'yes', json: '{"a":1}' });
    expect(r.post!.stdout).toContain('POST_EXPORTED from-main');
    expect(r.post!.notices).toEqual(['post step ran']);
    expect(r.post!.outputs).toEqual({ 'post-ran': 'true' });
  });

  test('GITHUB_API_URL is the fake server when given; otherwise a closed local port (no internet)', async () => {
    const withApi = await runAction({ action: PROBE, inputs: { mode: 'api' }, event: loadEvent('pull_request'), api });
    expect(withApi.outputs['api-status']).toBe('200');
    expect(api.calls('repos/get').at(-1)!.headers.authorization).toBe(`token ${FAKE_TOKEN}`);
    const without = await runAction({ action: PROBE, inputs: { mode: 'api' } });
    expect(without.outputs['api-status']).toBe('unreachable: ECONNREFUSED');
    api.assertAllValid();
  });

  test('a request GitHub would reject makes the run throw, listing it (unless allowed)', async () => {
    const fake = await startFakeGitHub();
    try {
      await expect(runAction({ action: PROBE, inputs: { mode: 'bad-api' }, api: fake })).rejects.toThrow(
        /sent 1 request\(s\) GitHub would reject:\n  POST \/repos\/Codertocat\/Hello-World\/check-runs \(checks\/create\) -> 400: body\/conclusion must be equal to one of the allowed values/,
      );
      const r = await runAction({ action: PROBE, inputs: { mode: 'bad-api' }, api: fake, allowInvalidRequests: true });
      expect(r.outputs['api-status']).toBe('400');
    } finally {
      await fake.close();
    }
  });

  test('an uncaught exception exits non-zero with the stack on stderr', async () => {
    const r = await runAction({ action: PROBE, inputs: { mode: 'crash' } });
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('probe crashed');
  });

  test('timeout kills the step', async () => {
    const r = await runAction({ action: PROBE, inputs: { mode: 'hang' }, timeoutMs: 1500 });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGKILL');
  });

  test('cwd is the workspace; env overrides and removes variables', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'mlci-ws-'));
    try {
      const r = await runAction({ action: PROBE, inputs: { mode: 'ok' }, cwd: ws, env: { GITHUB_JOB: 'custom', RUNNER_ARCH: undefined } });
      const env = json(r.stdout, 'PROBE_ENV');
      expect(env.GITHUB_WORKSPACE).toBe(ws);
      expect(env.GITHUB_JOB).toBe('custom');
      expect(env.RUNNER_ARCH).toBeUndefined();
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  test('an input action.yml does not declare is a test mistake, reported with the declared ones', async () => {
    await expect(runAction({ action: PROBE, inputs: { mode: 'ok', moed: 'x' } })).rejects.toThrow(/inputs not declared in .*: moed \(declared: mode, github-token/);
  });
});

describe('runner rules, unit by unit', () => {
  test('input names: upper-cased, spaces to _, hyphens kept', () => {
    expect(inputEnvName('fail-on-regression')).toBe('INPUT_FAIL-ON-REGRESSION');
    expect(inputEnvName('multi word')).toBe('INPUT_MULTI_WORD');
  });

  test('file commands: name=value, heredocs, errors', () => {
    expect(parseFileCommands('a=1\nb<<EOF\nx\n\ny\nEOF\nc=has=equals\nd<<X\nX\n')).toEqual({ a: '1', b: 'x\n\ny', c: 'has=equals', d: '' });
    expect(() => parseFileCommands('b<<EOF\nnever closed\n')).toThrow(/matching delimiter "EOF" not found/);
    expect(() => parseFileCommands('garbage\n')).toThrow(/invalid line/);
  });

  test('workflow commands: stop-commands pauses parsing until the token', () => {
    const cmds = parseWorkflowCommands('::error::one\n::stop-commands::tok\n::error::ignored\n::tok::\n  ::warning file=a%2Cb::two%0Athree\n');
    expect(cmds).toEqual([
      { command: 'error', properties: {}, message: 'one' },
      { command: 'warning', properties: { file: 'a,b' }, message: 'two\nthree' },
    ]);
  });

  test('defaults: github.* lookups only', () => {
    const gh = { token: 't', repository: 'o/r', event: { pull_request: { number: 5 } } };
    expect(evaluateDefault('${{ github.token }}', gh, 'x')).toBe('t');
    expect(evaluateDefault('${{github.repository}}-${{ github.event.pull_request.number }}', gh, 'x')).toBe('o/r-5');
    expect(evaluateDefault('${{ github.event.issue.number }}', gh, 'x')).toBe('');
    expect(() => evaluateDefault('${{ runner.temp }}', gh, 'input "a" default')).toThrow(/input "a" default uses \$\{\{ runner.temp \}\}/);
    expect(() => evaluateDefault('${{ github.nope }}', gh, 'x')).toThrow(/github.nope/);
  });

  test('pre-if/post-if conditions', () => {
    expect(evaluateCondition('success()', { success: true })).toBe(true);
    expect(evaluateCondition('${{ success() }}', { success: false })).toBe(false);
    expect(evaluateCondition('always()', { success: false })).toBe(true);
    expect(evaluateCondition('failure() || success()', { success: false })).toBe(true);
    expect(evaluateCondition('!cancelled() && failure()', { success: false })).toBe(true);
    expect(() => evaluateCondition("runner.os == 'Linux'", { success: true })).toThrow(/cannot evaluate/);
  });
});
