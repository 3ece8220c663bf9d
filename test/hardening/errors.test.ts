/**
 * Class 4 — every user mistake is one UserError (one `::error` line, naming the file, line and value), never
 * "unexpected error (please report it)": YAML alias bombs, `__proto__`/`constructor`/`toString` keys, a directory or
 * an unreadable file where a file is expected, numbers JavaScript would parse but a CSV user would not.
 */
import { describe, test, expect } from '@jest/globals';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../harness/run-action.js';
import { detect, errorLines, gate, workspaceWith } from './helpers.js';

/** Nine levels of nine aliases: 9^9 (387 million) leaves if expanded. */
const BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`)].join('\n') + '\n';

const DATA = 'id,label,score,group\n' + Array.from({ length: 40 }, (_, i) => `${i},${i % 2},${((i % 10) / 10 + 0.05).toFixed(2)},g${i % 2}`).join('\n') + '\n';
const POLICY = 'version: 1\nmetrics:\n  auc: { min: 0.5 }\nmin-support: 5\nmin-class-support: 2\n';

function noBug(r: { stdout: string }): void {
  expect(r.stdout).not.toMatch(/unexpected error|please report it|\n\s+at /);
}

describe('YAML alias bombs give one error naming the file', () => {
  test('gate policy', async () => {
    const cwd = workspaceWith({ 'c.csv': DATA, 'p.yml': 'version: 1\nmetrics:\n  auc: { min: 0.5 }\n' + BOMB.replace(/^/gm, '# ').replace(/^# a:/m, 'x-a:') });
    writeFileSync(join(cwd, 'bomb.yml'), BOMB + 'version: 1\nmetrics: { auc: { min: 0.5 } }\n');
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'bomb.yml', baseline: '' });
    expect(r.exitCode).toBe(1);
    expect(errorLines(r)).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^evaluate-gate failed: Policy bomb\.yml expands YAML aliases \(\*name\) too far/);
    noBug(r);
  });

  test('drift policy and params file (detect-data-change)', async () => {
    const cwd = workspaceWith({ 'data/a.csv': 'x\n1\n', 'bomb.yml': BOMB });
    const drift = await detect(cwd, { data: 'data', 'drift-policy': 'bomb.yml' });
    expect(errorLines(drift)).toHaveLength(1);
    expect(drift.errors[0]).toMatch(/Drift policy bomb\.yml expands YAML aliases/);
    const params = await detect(cwd, { data: 'data', params: 'bomb.yml' });
    expect(errorLines(params)).toHaveLength(1);
    expect(params.errors[0]).toMatch(/Params file bomb\.yml expands YAML aliases/);
    noBug(drift);
    noBug(params);
  });

  test('a YAML document over MLCI_MAX_DOCUMENT_BYTES is refused before parsing', async () => {
    const cwd = workspaceWith({ 'c.csv': DATA, 'p.yml': POLICY + '# ' + 'x'.repeat(5000) + '\n' });
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' }, { MLCI_MAX_DOCUMENT_BYTES: '4096' });
    expect(r.errors).toEqual([expect.stringMatching(/Policy file 'p\.yml' is 5,0\d\d bytes, over the 4,096-byte limit/)]);
  });
});

describe('__proto__, constructor and toString keys: refused by name or kept as data', () => {
  test.each([
    ['__proto__', /Policy p\.yml line 3: '__proto__' cannot be a key/],
    ['constructor', /Policy p\.yml line 3: Unknown metric "constructor"/],
    ['toString', /Policy p\.yml line 3: Unknown metric "toString"/],
  ])('a %s metric in a gate policy', async (key, message) => {
    const cwd = workspaceWith({ 'c.csv': DATA, 'p.yml': `version: 1\nmetrics:\n  ${key}: { min: 0.5 }\n` });
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' });
    expect(r.exitCode).toBe(1);
    expect(errorLines(r)).toHaveLength(1);
    expect(r.errors[0]).toMatch(message);
    noBug(r);
  });

  test('a column named constructor in a drift policy is data', async () => {
    const cwd = workspaceWith({ 'data/a.csv': 'constructor,toString\n1,2\n3,4\n', 'drift.yml': 'columns:\n  constructor: { critical: true }\n  toString: { ignore: true }\n' });
    const r = await detect(cwd, { data: 'data', 'drift-policy': 'drift.yml' });
    expect(r.errors).toEqual([]);
    expect(r.exitCode).toBe(0);
  });

  test('a params key named __proto__ is compared like any other', async () => {
    const cwd = workspaceWith({ 'data/a.csv': 'x\n1\n', 'params.yml': '__proto__: { lr: 0.1 }\nconstructor: 1\n' });
    const first = await detect(cwd, { data: 'data', params: 'params.yml', 'write-lock': 'data.lock.json' });
    expect(first.errors).toEqual([]);
    writeFileSync(join(cwd, 'params.yml'), '__proto__: { lr: 0.2 }\nconstructor: 1\n');
    const second = await detect(cwd, { data: 'data', params: 'params.yml', baseline: 'data.lock.json' });
    expect(second.errors).toEqual([]);
    expect(JSON.parse(second.outputs['changed-files']).params).toEqual([{ file: 'params.yml', key: '__proto__.lr', change: 'changed' }]);
  });

  test('metrics file: __proto__ refused by name, constructor and toString kept as metrics', async () => {
    const cwd = workspaceWith({ 'bad.json': '{"accuracy": 0.9, "__proto__": 1}', 'good.json': '{"constructor": 0.5, "toString": 0.25}' });
    const bad = await runAction({ action: 'train-on-gpu-runner', cwd, inputs: { command: 'cp bad.json metrics.json', 'require-gpu': 'false' }, timeoutMs: 30_000 });
    expect(bad.errors.join('\n')).toMatch(/metrics\.json: '__proto__' \(line 1\) cannot be a metric name/);
    const good = await runAction({ action: 'train-on-gpu-runner', cwd, inputs: { command: 'cp good.json metrics.json', 'require-gpu': 'false' }, timeoutMs: 30_000 });
    expect(good.errors).toEqual([]);
    expect(good.outputs['metric-constructor']).toBe('0.5');
    expect(good.outputs['metric-toString']).toBe('0.25');
    expect(JSON.parse(good.outputs.metrics)).toEqual({ constructor: 0.5, toString: 0.25 });
  });
});

describe('files and values that are not what they seem', () => {
  test('a directory where the candidate file is expected', async () => {
    const cwd = workspaceWith({ 'p.yml': POLICY });
    mkdirSync(join(cwd, 'preds'));
    const r = await gate(cwd, { candidate: 'preds', policy: 'p.yml', baseline: '' });
    expect(r.errors).toEqual(["evaluate-gate failed: Input 'candidate': \"preds\" is a directory, not a regular file; give the path of a file inside it."]);
  });

  (process.getuid?.() === 0 ? test.skip : test)('an unreadable file (not testable as root, who reads everything)', async () => {
    const cwd = workspaceWith({ 'c.csv': DATA, 'p.yml': POLICY });
    chmodSync(join(cwd, 'c.csv'), 0);
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' });
    expect(r.errors).toEqual([expect.stringMatching(/c\.csv.*cannot be read \(permission denied\)/)]);
  });

  test.each(['0x1', '1_000', '0b1', ' 0o7'])('a score of %j points at its own line and value', async (value) => {
    const lines = DATA.trimEnd().split('\n');
    lines[30] = `29,1,${value},g1`;
    const cwd = workspaceWith({ 'c.csv': lines.join('\n') + '\n', 'p.yml': POLICY });
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' });
    expect(errorLines(r)).toHaveLength(1);
    expect(r.errors[0]).toContain(`first at row 30 (line 31): '${value}'`);
    expect(errorLines(r)[0]).toMatch(/file=c\.csv,line=31::/);
  });

  test('one mistake in a file gives one error annotation, on the file and line', async () => {
    const cwd = workspaceWith({ 'c.csv': DATA, 'p.yml': 'version: 1\nmetrics:\n  auc: { min: 2x }\n' });
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' });
    const lines = errorLines(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error title=evaluate-gate%3A invalid input,file=p\.yml,line=3::evaluate-gate failed: Policy p\.yml line 3: metrics\.auc\.min:/);
  });
});
