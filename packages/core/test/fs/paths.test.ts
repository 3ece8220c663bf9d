import { describe, test, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { excerpt } from '../../src/excerpt.js';
import { readTextFile, resolveInputFile, resolveOutputFile } from '../../src/fs/index.js';

function roots() {
  const workspace = mkdtempSync(join(tmpdir(), 'mlci-fs-ws-'));
  const temp = mkdtempSync(join(tmpdir(), 'mlci-fs-tmp-'));
  return { workspace, temp };
}

describe('excerpt', () => {
  test('short values are quoted whole; long ones cut with the rest counted; controls escaped', () => {
    expect(excerpt('abc')).toBe('"abc"');
    expect(excerpt('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(excerpt("it's", 80, "'")).toBe("'it\\'s'");
    expect(excerpt('x'.repeat(100))).toBe(`"${'x'.repeat(80)}…" (+20 more characters)`);
    expect(excerpt('a\nb\r\t\u001b[0m\u2028\u202e')).toBe('"a\\nb\\r\\t\\u001b[0m\\u2028\\u202e"');
    // A surrogate pair is never split.
    expect(excerpt('😀'.repeat(50), 5)).toBe('"😀😀…" (+96 more characters)');
  });
});

describe('resolveInputFile', () => {
  test('relative to the workspace; inside RUNNER_TEMP too; links out refused; FIFOs and directories refused', () => {
    const r = roots();
    writeFileSync(join(r.workspace, 'a.csv'), 'x\n');
    writeFileSync(join(r.temp, 'report.md'), '# r\n');
    expect(resolveInputFile('a.csv', { input: 'candidate', roots: r })).toBe(join(r.workspace, 'a.csv'));
    expect(resolveInputFile(join(r.temp, 'report.md'), { input: 'report', roots: r })).toBe(join(r.temp, 'report.md'));
    symlinkSync('/etc/passwd', join(r.workspace, 'p.csv'));
    expect(() => resolveInputFile('p.csv', { input: 'candidate', roots: r })).toThrow(/it resolves to "\/etc\/passwd" through a symbolic link\) is outside/);
    symlinkSync('/nonexistent/x', join(r.workspace, 'dangling.csv'));
    expect(() => resolveInputFile('dangling.csv', { input: 'candidate', roots: r })).toThrow(/is outside/);
    expect(() => resolveInputFile('missing.csv', { input: 'candidate', roots: r })).toThrow(/"missing\.csv" not found/);
    execFileSync('mkfifo', [join(r.workspace, 'f')]);
    expect(() => resolveInputFile('f', { input: 'candidate', roots: r })).toThrow(/named pipe \(FIFO\)/);
    mkdirSync(join(r.workspace, 'd'));
    expect(() => resolveInputFile('d', { input: 'candidate', roots: r })).toThrow(/is a directory/);
    expect(resolveInputFile('d', { input: 'model', roots: r, directory: true })).toBe(join(r.workspace, 'd'));
    expect(() => resolveInputFile('../x', { input: 'policy', roots: { workspace: r.workspace } })).toThrow(/outside the workspace/);
  });
});

describe('resolveOutputFile', () => {
  test('new files and folders inside; never outside, a directory, or an input', () => {
    const r = roots();
    writeFileSync(join(r.workspace, 'in.csv'), 'x\n');
    expect(resolveOutputFile('out/new/report.json', { input: 'report-path', roots: r })).toBe(join(r.workspace, 'out/new/report.json'));
    expect(() => resolveOutputFile('/etc/x.json', { input: 'report-path', roots: r })).toThrow(/outside/);
    symlinkSync('/etc', join(r.workspace, 'etc'));
    expect(() => resolveOutputFile('etc/new.json', { input: 'report-path', roots: r })).toThrow(/resolves to "\/etc\/new\.json"/);
    expect(() => resolveOutputFile('.', { input: 'report-path', roots: r })).toThrow(/is a directory/);
    expect(() => resolveOutputFile('./in.csv', { input: 'report-path', roots: r, inputs: [join(r.workspace, 'in.csv')] })).toThrow(/is also a file this run reads/);
  });
});

describe('readTextFile', () => {
  test('size limit and non-regular files refused before reading', () => {
    const r = roots();
    writeFileSync(join(r.workspace, 'big.yml'), 'x'.repeat(2000));
    expect(() => readTextFile(join(r.workspace, 'big.yml'), 'Policy big.yml', 1000)).toThrow(/Policy big\.yml is 2,000 bytes, over the 1,000-byte limit/);
    execFileSync('mkfifo', [join(r.workspace, 'f.yml')]);
    expect(() => readTextFile(join(r.workspace, 'f.yml'), 'Policy f.yml')).toThrow(/Policy f\.yml is a named pipe \(FIFO\), not a regular file/);
  });
});

describe('dangling links', () => {
  test('an output through a dangling link is judged by where the link points', () => {
    const r = roots();
    symlinkSync('/etc/mlci-new-file', join(r.workspace, 'out.json'));
    expect(() => resolveOutputFile('out.json', { input: 'report-path', roots: r })).toThrow(/resolves to "\/etc\/mlci-new-file"/);
    symlinkSync(join(r.workspace, 'sub', 'new.json'), join(r.workspace, 'in.json'));
    expect(resolveOutputFile('in.json', { input: 'report-path', roots: r })).toBe(join(r.workspace, 'in.json'));
  });
});
