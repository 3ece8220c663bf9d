/** action.yml, main.ts's input specs, the README and the routes text agree. */
import { describe, test, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { inputs, outputs } from '../src/main.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
const yml = parse(readFileSync(join(dir, 'action.yml'), 'utf8'));
const readme = readFileSync(join(dir, 'README.md'), 'utf8');

describe('request-approval action.yml', () => {
  test('declares exactly the inputs main.ts parses, with the same defaults and descriptions', () => {
    expect(Object.keys(yml.inputs)).toEqual(Object.keys(inputs));
    for (const [name, spec] of Object.entries(inputs) as [string, { default?: string; required?: boolean; description: string }][]) {
      expect({ name, default: yml.inputs[name].default, required: yml.inputs[name].required, description: yml.inputs[name].description })
        .toEqual({ name, default: spec.default, required: spec.required ?? false, description: spec.description });
    }
  });
  test('declares the outputs of the contract', () => {
    expect(Object.keys(yml.outputs)).toEqual(Object.keys(outputs));
    expect(Object.keys(yml.outputs)).toEqual(expect.arrayContaining(['decision', 'approvers', 'issue-number', 'issue-url']));
    for (const [k, v] of Object.entries(outputs)) expect(yml.outputs[k].description).toBe(v);
  });
  test('runs on node24 from the committed dist', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
  test('the README starts with a uses: example and its permissions, and documents every input', () => {
    const firstBlock = /```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(firstBlock).toMatch(/permissions:/);
    expect(firstBlock).toMatch(/uses: <owner>\/mlci\/actions\/request-approval@v1/);
    for (const name of Object.keys(inputs)) expect(readme).toContain(`\`${name}\``);
    expect(readme).toMatch(/## Threat model/);
  });
  test('the README holds the routes text the action matrix includes, word for word', () => {
    const routes = readFileSync(join(dir, 'ROUTES.md'), 'utf8').trim();
    expect(readme).toContain(routes);
  });
});
