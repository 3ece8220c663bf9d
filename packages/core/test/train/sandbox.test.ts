/**
 * What the training may not do to the action: the command filter on its output, its own file-command files, and an
 * environment without what only actions get.
 */
import { describe, test, expect, afterAll } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandFilter } from '../../src/train/command-filter.js';
import { isActionOnlyVariable } from '../../src/train/env.js';
import { parseFileCommand, prepareTrainingFileCommands } from '../../src/train/file-commands.js';

const tmp = mkdtempSync(join(tmpdir(), 'mlci-sandbox-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function filtered(...chunks: string[]): { text: string; f: CommandFilter } {
  let text = '';
  const f = new CommandFilter((s) => (text += s), 0);
  for (const c of chunks) f.push(Buffer.from(c));
  f.flush();
  return { text, f };
}

describe('CommandFilter', () => {
  test('annotations, groups, debug and add-mask pass; outputs, state, env, path and stop-commands are blocked', () => {
    const { text, f } = filtered(
      'epoch 1 loss 0.5\n::warning::lr too high\n  ::error file=train.py,line=3::boom\n::group::eval\n::endgroup::\n::add-mask::hunter2\n',
      '::set-output name=metric-accuracy::0.999\n::save-state name=x::1\n::set-env name=A::b\n::add-path::/tmp/evil\n',
      '::stop-commands::tok123\n::tok123::\n::SET-OUTPUT name=x::1\n::echo::on\n::add-matcher::m.json\n',
    );
    expect(text.split('\n')).toEqual([
      'epoch 1 loss 0.5', '::warning::lr too high', '  ::error file=train.py,line=3::boom', '::group::eval', '::endgroup::', '::add-mask::hunter2',
      '[blocked] ::set-output name=metric-accuracy::0.999', '[blocked] ::save-state name=x::1', '[blocked] ::set-env name=A::b', '[blocked] ::add-path::/tmp/evil',
      '[blocked] ::stop-commands::tok123', '[blocked] ::tok123::', '[blocked] ::SET-OUTPUT name=x::1', '[blocked] ::echo::on', '[blocked] ::add-matcher::m.json', '',
    ]);
    expect(f.describeBlocked()).toBe('set-output ×2, save-state, set-env, add-path, stop-commands, tok123, echo, add-matcher');
  });
  test('\\r and \\r\\n end lines as they do for the runner (.NET ReadLine), and a command split across chunks is still seen', () => {
    const { text } = filtered('progress 10%\r::set-out', 'put name=a::1\r\n::warning::ok\r\n');
    expect(text).toBe('progress 10%\r[blocked] ::set-output name=a::1\r\n::warning::ok\r\n');
  });
  test('the legacy ##[command] form is neutralised anywhere in a line; allowed ones pass', () => {
    const { text, f } = filtered('x ##[set-output name=metric-accuracy;]0.999 y\n##[warning]careful\n');
    expect(text).toBe('x ##[blocked] [set-output name=metric-accuracy;]0.999 y\n##[warning]careful\n');
    expect([...f.blocked.keys()]).toEqual(['set-output']);
  });
  test('leading whitespace .NET trims (NEL, no-break space, BOM) does not hide a command', () => {
    const { text } = filtered('\u0085::set-output name=a::1\n\u00a0\t::stop-commands::x\n\ufeff::save-state name=s::1\n');
    expect(text.split('\n').slice(0, 3).every((l) => l.includes('[blocked] '))).toBe(true);
  });
  test('a partial line is written whole after the idle flush, with a line break, so the next chunk starts a checked line', async () => {
    let text = '';
    const f = new CommandFilter((s) => (text += s), 20);
    f.push(Buffer.from('waiting'));
    expect(text).toBe('');
    await new Promise((r) => setTimeout(r, 60));
    expect(text).toBe('waiting\n');
    f.push(Buffer.from('::set-output name=a::1\n'));
    expect(text).toBe('waiting\n[blocked] ::set-output name=a::1\n');
  });
  test('UTF-8 split across chunks is decoded whole; an endless line is cut into bounded, checked pieces', () => {
    const euro = Buffer.from('€\n');
    let text = '';
    const f = new CommandFilter((s) => (text += s), 0);
    f.push(euro.subarray(0, 1));
    f.push(euro.subarray(1));
    expect(text).toBe('€\n');
    // An endless line is cut when the buffer fills; what follows starts a checked line (booleans: no 64 KiB diffs).
    const { text: long } = filtered('a'.repeat(64 * 1024), '::set-output name=x::1\n');
    expect(long === 'a'.repeat(64 * 1024) + '\n[blocked] ::set-output name=x::1\n').toBe(true);
  });
});

describe('the training environment', () => {
  test('action-only variables are withheld; what a run: step has is kept', () => {
    for (const k of ['INPUT_COMMAND', 'STATE_x', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RUNTIME_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL',
      'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_CACHE_MODE', 'ACTIONS_SOMETHING_NEW']) {
      expect([k, isActionOnlyVariable(k)]).toEqual([k, true]);
    }
    for (const k of ['PATH', 'HOME', 'GITHUB_TOKEN', 'GITHUB_WORKSPACE', 'RUNNER_TEMP', 'RUNNER_TRACKING_ID', 'ACTIONS_ORCHESTRATION_ID', 'ACTIONS_STEP_DEBUG',
      'ACTIONS_RUNNER_DEBUG', 'ACTIONS_RUNNER_HOOK_JOB_STARTED', 'CUDA_HOME']) {
      expect([k, isActionOnlyVariable(k)]).toEqual([k, false]);
    }
  });
});

describe('the training file commands', () => {
  function actionFiles(name: string) {
    const d = mkdtempSync(join(tmp, name));
    const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map((k) => [k, join(d, k)]));
    for (const f of Object.values(files)) writeFileSync(f, '');
    return files;
  }

  test("the training's outputs are dropped, its env and PATH passed on re-delimited, a broken heredoc costs only what follows it", () => {
    const action = actionFiles('a-');
    const fc = prepareTrainingFileCommands({ ...action, PATH: '/bin' }, tmp);
    expect(fc).toBeDefined();
    const env = fc!.env;
    expect(env.GITHUB_OUTPUT).not.toBe(action.GITHUB_OUTPUT);
    appendFileSync(env.GITHUB_OUTPUT, 'metric-accuracy=0.999\nrest<<EOF\nnever closed\n');
    appendFileSync(env.GITHUB_ENV, 'HF_HOME=/cache/hf\nMULTI<<X\nline 1\nline 2\nX\nNODE_OPTIONS=--require /tmp/evil.js\nBROKEN<<EOF\nnot closed\n');
    appendFileSync(env.GITHUB_PATH, '/opt/tools/bin\n');
    appendFileSync(env.GITHUB_STEP_SUMMARY, '## From the training\n');
    const r = fc!.collect();
    fc!.cleanup();
    expect(r.outputs).toEqual(['metric-accuracy']);
    expect(r.exportedEnv).toEqual(['HF_HOME', 'MULTI']);
    expect(parseFileCommand(readFileSync(action.GITHUB_ENV, 'utf8'))).toEqual({ entries: [['HF_HOME', '/cache/hf'], ['MULTI', 'line 1\nline 2']] });
    expect(readFileSync(action.GITHUB_PATH, 'utf8')).toBe('/opt/tools/bin\n');
    expect(readFileSync(action.GITHUB_OUTPUT, 'utf8')).toBe('');
    expect(r.summary).toBe('## From the training\n');
    expect(r.warnings).toEqual([
      "The training's GITHUB_ENV: the heredoc for 'BROKEN' is never closed by 'EOF'; the entries after it were not passed on to later steps.",
      'The training wrote NODE_OPTIONS to GITHUB_ENV; the runner refuses it there, so it was not passed on.',
      "The training wrote 1 output(s) to GITHUB_OUTPUT (metric-accuracy); a training's outputs are not the action's, so they were dropped. Write metrics to MLCI_METRICS_FILE.",
    ]);
  });

  test("writes to the action's own GITHUB_OUTPUT (its path read from /proc) are undone", () => {
    const action = actionFiles('b-');
    writeFileSync(action.GITHUB_OUTPUT, 'early<<d\nkept\nd\n');
    const fc = prepareTrainingFileCommands(action, tmp)!;
    appendFileSync(action.GITHUB_OUTPUT, 'metric-accuracy=0.999\nx<<EOF\n');
    const r = fc.collect();
    fc.cleanup();
    expect(readFileSync(action.GITHUB_OUTPUT, 'utf8')).toBe('early<<d\nkept\nd\n');
    expect(r.tampered).toEqual(['GITHUB_OUTPUT']);
  });

  test('not on a runner (no GITHUB_OUTPUT): nothing to do', () => {
    expect(prepareTrainingFileCommands({ PATH: '/bin' }, tmp)).toBeUndefined();
  });
});
