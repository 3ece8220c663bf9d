// commands.ts writes workflow and file commands by hand (to keep undici out of start-up): it must write exactly
// what @actions/core writes. Both run the same calls here; stdout and every command file are compared byte for
// byte, with only the random heredoc delimiter (ghadelimiter_<uuid>) normalised.
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as toolkit from '@actions/core';
import fc from 'fast-check';
import * as ours from '../src/commands.js';

type Impl = typeof ours;
type Call = (impl: Impl) => void;

const FILES = ['OUTPUT', 'STATE', 'ENV'] as const;
let dir: string;
let saved: NodeJS.ProcessEnv;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-commands-'));
  saved = { ...process.env };
});
afterEach(() => {
  process.env = saved;
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Run calls against one implementation; what it wrote to stdout and to each command file, plus side effects. */
function capture(impl: Impl, calls: readonly Call[], withFiles: boolean) {
  const files: Record<string, string> = {};
  for (const f of FILES) {
    delete process.env[`GITHUB_${f}`];
    if (withFiles) {
      files[f] = join(dir, `${f}-${Math.random().toString(36).slice(2)}`);
      writeFileSync(files[f], '');
      process.env[`GITHUB_${f}`] = files[f];
    }
  }
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: any) => {
    out += String(chunk);
    return true;
  });
  let thrown: string | undefined;
  try {
    for (const c of calls) c(impl);
  } catch (e) {
    thrown = (e as Error).message;
  } finally {
    spy.mockRestore();
  }
  const norm = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');
  const written = Object.fromEntries(Object.entries(files).map(([k, p]) => [k, norm(readFileSync(p, 'utf8'))]));
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { stdout: norm(out), written, thrown, exitCode };
}

function same(calls: readonly Call[], withFiles = true) {
  const a = capture(toolkit as unknown as Impl, calls, withFiles);
  const b = capture(ours, calls, withFiles);
  expect(b).toEqual(a);
  return b;
}

const text = fc.string({ unit: fc.constantFrom('a', 'Z', '%', '\r', '\n', ':', ',', ' ', '=', 'é', '::', '25') });

describe('commands.ts writes what @actions/core writes', () => {
  test('every function, with and without the runner files', () => {
    process.env.INPUT_MY_INPUT = '  padded value \n';
    process.env.STATE_phase = 'main';
    const calls: Call[] = [
      (c) => c.info(`input=[${c.getInput('my input')}] state=[${c.getState('phase')}] missing=[${c.getState('nope')}]`),
      (c) => c.setOutput('passed', 'true'),
      (c) => c.setOutput('report', { a: 1, b: [true, null] }),
      (c) => c.setOutput('multi', 'line 1\nline 2\r\n%25'),
      (c) => c.saveState('record', '{"x":1}'),
      (c) => c.exportVariable('MLCI_X', 'value with spaces'),
      (c) => c.info(`env=${process.env.MLCI_X}`),
      (c) => c.setSecret('ghs_secret'),
      (c) => c.debug('debug %\n line'),
      (c) => c.startGroup('group: one'),
      (c) => c.endGroup(),
      (c) => c.notice('plain notice'),
      (c) => c.warning('a warning', { title: 'Title: with, specials', file: 'data/x.csv', startLine: 3, endLine: 4 }),
      (c) => c.warning('no line', { file: 'a.yml' }),
      (c) => c.error(new Error('boom\nsecond line'), { title: 't', startColumn: 2, endColumn: 5 }),
      (c) => c.notice('empty props', {}),
      (c) => c.setFailed('failed: 100%'),
    ];
    const withFiles = same(calls, true);
    expect(withFiles.written.OUTPUT).toContain('passed<<ghadelimiter_X\ntrue\nghadelimiter_X\n');
    expect(withFiles.exitCode).toBe(1);
    const legacy = same(calls, false);
    expect(legacy.stdout).toContain('::set-output name=passed::true');
  });

  test('a file named by the runner but missing is the same error', () => {
    const r = same([
      (c) => {
        process.env.GITHUB_OUTPUT = join(dir, 'does-not-exist');
        c.setOutput('x', '1');
      },
    ]);
    expect(r.thrown).toMatch(/^Missing file at path: /);
  });

  test('any message, title and value (property test)', () => {
    fc.assert(
      fc.property(text, text, text, text, (message, title, name, value) => {
        same([
          (c) => c.warning(message, { title, file: name, startLine: 1 }),
          (c) => c.error(message),
          (c) => c.info(message),
          (c) => c.setOutput(name || 'n', value),
          (c) => c.saveState(name || 'n', value),
        ]);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
