import { describe, test, expect } from '@jest/globals';
import { parsePolicy } from '../../src/gate/policy.js';
import { UserError } from '../../src/errors.js';

function err(text: string): UserError {
  try {
    parsePolicy(text, 'gate.yml');
  } catch (e) {
    return e as UserError;
  }
  throw new Error('expected an error');
}

describe('gate policy', () => {
  test('defaults follow the issue contract', () => {
    const { policy, sliceSpecs } = parsePolicy('version: 1\nmetrics:\n  auc: { max-regression: 0.01 }\nslices: [gender, [gender, age_band]]\n', 'gate.yml');
    expect(policy.task).toBe('binary-classification');
    expect(policy.columns).toMatchObject({ id: 'id', label: 'label', score: 'score' });
    expect(policy.threshold).toBe(0.5);
    expect(policy['min-support']).toBe(1000);
    expect(policy.significance).toEqual({ alpha: 0.05, correction: 'holm', bootstrap: 2000, seed: 1 });
    expect(policy.decision).toEqual({ overall: 'non-inferiority', slices: 'significant-regression' });
    expect(sliceSpecs).toEqual([['gender'], ['gender', 'age_band']]);
  });

  test('an empty metrics map fails closed with a clear error', () => {
    const e = err('version: 1\nmetrics: {}\n');
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(/gate\.yml.*'metrics' is empty.*fails closed/);
  });

  test('a missing metrics key is named', () => {
    expect(err('version: 1\n').message).toMatch(/gate\.yml.*metrics/);
  });

  test('a wrong value names the file, the line and the key', () => {
    const e = err('version: 1\nmetrics:\n  auc: { max-regression: 0.01 }\nsignificance:\n  alpha: 2\n');
    expect(e.message).toMatch(/^Policy gate\.yml line 5: significance\.alpha:/);
    expect(e.line).toBe(5);
    expect(e.file).toBe('gate.yml');
  });

  test('an unknown key is refused, not ignored', () => {
    const e = err('version: 1\nmetrics:\n  auc: { max-regresion: 0.01 }\n');
    expect(e.message).toMatch(/line 3: metrics\.auc: unknown key\(s\) 'max-regresion'/);
  });

  test('an unknown correction lists what is allowed', () => {
    const e = err('version: 1\nmetrics: { auc: {} }\nsignificance: { correction: fdr }\n');
    expect(e.message).toMatch(/significance\.correction/);
    expect(e.message).toMatch(/holm/);
  });

  test('invalid YAML names the line', () => {
    const e = err('version: 1\nmetrics:\n  auc: { max-regression: 0.01\n');
    expect(e.message).toMatch(/gate\.yml line \d+ is not valid YAML/);
  });

  test('version must be 1', () => {
    expect(err('version: 2\nmetrics: { auc: {} }\n').message).toMatch(/version/);
  });
});
