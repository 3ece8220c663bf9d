/**
 * action.yml's outputs and descriptions match main.ts, and the post step saves only on success. (Inputs against the
 * zod specs and the README's examples are checked for every action by test/action-contracts.test.ts.)
 */
import { describe, test, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { inputs, outputs } from '../src/main.js';

const here = dirname(fileURLToPath(import.meta.url));
const yml = parse(readFileSync(join(here, '..', 'action.yml'), 'utf8'));

describe('detect-data-change contract', () => {
  test('outputs in action.yml are the ones main.ts sets, with the same descriptions; post step only on success', () => {
    expect(Object.keys(yml.outputs)).toEqual(Object.keys(outputs));
    for (const [k, v] of Object.entries(yml.outputs) as Array<[string, { description: string }]>) expect(v.description).toBe(outputs[k as keyof typeof outputs]);
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post/index.js', 'post-if': 'success()' });
    for (const [name, spec] of Object.entries(inputs)) expect([name, yml.inputs[name].description]).toEqual([name, spec.description]);
  });
});
