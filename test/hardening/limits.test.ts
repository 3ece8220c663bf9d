/**
 * Class 3 — bounded memory and output: an overlong line or cell is refused at a documented, configurable limit
 * (MLCI_MAX_LINE_BYTES, lowered here to 1 MiB so the files stay small), a slice or fairness column with too many
 * values is refused (MLCI_MAX_SLICE_VALUES), and a metrics file cannot flood the step's outputs.
 */
import { describe, test, expect } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../harness/run-action.js';
import { detect, errorLines, gate, workspaceWith } from './helpers.js';

const LIMIT = { MLCI_MAX_LINE_BYTES: String(1 << 20) };
const POLICY = 'version: 1\nmetrics:\n  auc: { min: 0.5 }\nmin-support: 5\nmin-class-support: 2\n';

function rows(n: number, extra: (i: number) => string = () => ''): string {
  let s = '';
  for (let i = 0; i < n; i++) s += `${i},${i % 2},${((i % 10) / 10 + 0.05).toFixed(2)}${extra(i)}\n`;
  return s;
}

describe('readers refuse an overlong line or cell at MLCI_MAX_LINE_BYTES', () => {
  test('evaluate-gate: a 3 MB JSON line', async () => {
    const cwd = workspaceWith({ 'p.yml': POLICY });
    writeFileSync(join(cwd, 'c.jsonl'), '{"id": 1, "label": 0, "score": 0.5}\n{"id": 2, "label": 1, "score": 0.5, "note": "' + 'a'.repeat(3_000_000) + '"}\n');
    const r = await gate(cwd, { candidate: 'c.jsonl', policy: 'p.yml', baseline: '' }, LIMIT);
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/c\.jsonl, line 2: a line longer than 1,048,576 bytes \(the MLCI_MAX_LINE_BYTES limit\)/)]);
  });

  test('evaluate-gate: a 3 MB CSV cell, quoted or not', async () => {
    for (const cell of ['b'.repeat(3_000_000), `"${'q,\n'.repeat(1_000_000)}"`]) {
      const cwd = workspaceWith({ 'p.yml': POLICY });
      writeFileSync(join(cwd, 'c.csv'), 'id,label,score,note\n' + rows(3, () => ',ok') + `9,1,0.5,${cell}\n`);
      const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' }, LIMIT);
      expect(r.exitCode).toBe(1);
      expect(r.errors).toEqual([expect.stringMatching(/c\.csv, line 5: a cell longer than 1,048,576 bytes \(the MLCI_MAX_LINE_BYTES limit\); check the quoting/)]);
    }
  });

  test('the limit is a knob: the same file passes under the default (16 MiB)', async () => {
    const cwd = workspaceWith({ 'p.yml': POLICY });
    writeFileSync(join(cwd, 'c.csv'), 'id,label,score,note\n' + rows(20, () => ',ok') + `99,1,0.5,${'b'.repeat(3_000_000)}\n`);
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' });
    expect(r.errors).toEqual([]);
    expect(r.outputs.passed).toBe('true');
    const bad = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' }, { MLCI_MAX_LINE_BYTES: '1k' });
    expect(bad.errors).toEqual([expect.stringMatching(/MLCI_MAX_LINE_BYTES must be a whole number of bytes, at least 1048576; it is '1k'/)]);
  });

  test('detect-data-change: a data file that is one 3 MB line', async () => {
    const cwd = workspaceWith({ 'data/a.jsonl': '{"x": 1}\n' });
    writeFileSync(join(cwd, 'data/b.csv'), 'x,y\n1,' + 'z'.repeat(3_000_000) + '\n');
    const r = await detect(cwd, { data: 'data/*' }, { env: LIMIT });
    expect(r.exitCode).toBe(1);
    expect(errorLines(r)).toHaveLength(1);
    expect(r.errors[0]).toMatch(/data\/b\.csv.*line 2: a cell longer than 1,048,576 bytes/);
  });
});

describe('caps on what one input can multiply', () => {
  const idSlice = (n: number) => 'id,label,score,user\n' + rows(n, (i) => `,u${i}`);

  test('an id column used as a slice is refused with the column named, not turned into thousands of checks', async () => {
    const cwd = workspaceWith({ 'c.csv': idSlice(60), 'p.yml': POLICY + 'slices: [user]\n' });
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' }, { MLCI_MAX_SLICE_VALUES: '50' });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/Slice column 'user' has 60 distinct values, over the limit of 50 .*raise MLCI_MAX_SLICE_VALUES/)]);
  });

  test('the same cap holds for a fairness column', async () => {
    const cwd = workspaceWith({ 'c.csv': idSlice(60), 'p.yml': POLICY + 'fairness:\n  - { metric: recall, across: user, max-gap: 0.5 }\n' });
    const r = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' }, { MLCI_MAX_SLICE_VALUES: '50' });
    expect(r.errors).toEqual([expect.stringMatching(/Slice column 'user' has 60 distinct values/)]);
    const ok = await gate(cwd, { candidate: 'c.csv', policy: 'p.yml', baseline: '' }, { MLCI_MAX_SLICE_VALUES: '100' });
    expect(ok.errors.filter((e) => e.startsWith('evaluate-gate failed'))).toEqual([]);
  });

  test('train-on-gpu-runner: a metrics file of 5,000 keys fails with the limit, and no metric output floods GITHUB_OUTPUT', async () => {
    const cwd = workspaceWith({});
    const metrics = JSON.stringify(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`m${i}`, i])));
    writeFileSync(join(cwd, 'metrics.src.json'), metrics);
    const r = await runAction({ action: 'train-on-gpu-runner', cwd, inputs: { command: 'cp metrics.src.json metrics.json', 'require-gpu': 'false' }, timeoutMs: 30_000 });
    expect(r.exitCode).toBe(1);
    expect(r.errors.join('\n')).toMatch(/metrics\.json holds 5,000 metrics; at most 1000 are published as outputs/);
    expect(Object.keys(r.outputs).filter((k) => k.startsWith('metric-'))).toEqual([]);
  });
});
