/**
 * The contract: action.yml declares exactly the inputs main.ts parses, with the same defaults and descriptions, and
 * every output the action sets. (The README's examples are checked for every action by test/action-contracts.test.ts.)
 */
import { describe, test, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { inputs, outputs } from '../src/main.js';

const here = dirname(fileURLToPath(import.meta.url));
const yml = parse(readFileSync(join(here, '..', 'action.yml'), 'utf8'));

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
