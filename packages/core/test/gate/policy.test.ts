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

describe('gate policy: repeated specs and margin 0', () => {
  test('a repeated slice spec (in any column order) is an error at its line', () => {
    const e = err('version: 1\nmetrics:\n  auc: { max-regression: 0.01 }\nslices:\n  - gender\n  - [gender, age_band]\n  - [age_band, gender]\n');
    expect(e.message).toMatch(/^Policy gate\.yml line 7: slices\[2\] \(age_band × gender\) repeats slices\[1\]/);
    expect(e.line).toBe(7);
    expect(err('version: 1\nmetrics:\n  auc: { max-regression: 0.01 }\nslices: [gender, gender]\n').message).toMatch(/slices\[1\] \(gender\) repeats slices\[0\]/);
    expect(err('version: 1\nmetrics:\n  auc: { max-regression: 0.01 }\nslices: [[gender, gender]]\n').message).toMatch(/names column 'gender' twice/);
  });

  test('two keys for one metric are an error at the second', () => {
    const e = err('version: 1\nmetrics:\n  auc: { max-regression: 0.01 }\n  AUC: { max-regression: 0.02 }\n');
    expect(e.message).toMatch(/^Policy gate\.yml line 4: metric 'AUC' repeats 'auc'/);
  });

  test('an unknown metric is named at its line', () => {
    const e = err('version: 1\nmetrics:\n  auc: { max-regression: 0.01 }\n  acuracy: {}\n');
    expect(e.message).toMatch(/^Policy gate\.yml line 4: Unknown metric "acuracy"/);
  });

  test('margin 0 judged overall by non-inferiority warns with the line; a margin or significant-regression does not', () => {
    const p = parsePolicy('version: 1\nmetrics:\n  auc: { max-regression: 0.01 }\n  accuracy:\n    max-regression: 0\n  recall: {}\n', 'gate.yml');
    expect(p.warnings.map((w) => w.line)).toEqual([5, 6]);
    expect(p.warnings[0].message).toMatch(/accuracy.*superiority test.*max-regression: 0\.01.*significant-regression/);
    expect(p.warnings[1].message).toMatch(/recall.*no max-regression given/);
    expect(parsePolicy('version: 1\nmetrics:\n  auc: { min: 0.7 }\n', 'gate.yml').warnings).toEqual([]);
    expect(parsePolicy('version: 1\nmetrics:\n  auc: {}\ndecision: { overall: significant-regression }\n', 'gate.yml').warnings).toEqual([]);
  });
});
