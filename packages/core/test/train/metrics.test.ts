import { describe, test, expect } from '@jest/globals';
import { parseMetricsFile } from '../../src/train/metrics-file.js';
import { parseMetricsLog } from '../../src/train/metrics-log.js';
import { UserError } from '../../src/errors.js';

function errorOf(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('metrics file', () => {
  test('a flat object of finite numbers, in file order', () => {
    expect(parseMetricsFile('{"accuracy": 0.93, "loss": 2.1e-1, "epochs": 3, "val/f1": -0}', 'metrics.json')).toEqual([
      ['accuracy', 0.93], ['loss', 0.21], ['epochs', 3], ['val/f1', -0],
    ]);
    expect(parseMetricsFile('\uFEFF{}\n', 'm.json')).toEqual([]);
  });
  test('NaN as Python json.dump writes it: names the key and the line', () => {
    const e = errorOf(() => parseMetricsFile('{\n  "accuracy": 0.91,\n  "loss": NaN\n}\n', 'metrics.json'));
    expect(e.message).toBe("metrics.json: metric 'loss' (line 3) is NaN, not a finite number; the training produced a non-finite value (diverged loss, division by zero); fix the run or leave the metric out.");
    expect(e.line).toBe(3);
    expect(e.file).toBe('metrics.json');
    expect(errorOf(() => parseMetricsFile('{"a": -Infinity}', 'm')).message).toMatch(/'a' \(line 1\) is -Infinity/);
    expect(errorOf(() => parseMetricsFile('{"a": Infinity}', 'm')).message).toMatch(/'a' \(line 1\) is Infinity/);
  });
  test('a number written as a string gets the exact fix', () => {
    expect(errorOf(() => parseMetricsFile('{"f1": "0.87"}', 'm.json')).message).toBe(
      'm.json: metric \'f1\' (line 1) is a string ("0.87"), not a finite number; write it as a number: "f1": 0.87.',
    );
    expect(errorOf(() => parseMetricsFile('{"note": "good run"}', 'm.json')).message).toMatch(/is a string \("good run"\).*write a single finite number/);
  });
  test('nested objects, arrays, booleans, null', () => {
    expect(errorOf(() => parseMetricsFile('{"eval": {"loss": 0.2}}', 'm.json')).message).toMatch(/'eval' \(line 1\) is an object.*"eval\/loss": 0\.2/);
    expect(errorOf(() => parseMetricsFile('{"per_class": [0.1, 0.2]}', 'm.json')).message).toMatch(/'per_class'.*an array/);
    expect(errorOf(() => parseMetricsFile('{"ok": true}', 'm.json')).message).toMatch(/'ok'.*a boolean \(true\)/);
    expect(errorOf(() => parseMetricsFile('{"x": null}', 'm.json')).message).toMatch(/'x'.*is null/);
  });
  test('not an object, broken JSON, duplicates, empty', () => {
    expect(errorOf(() => parseMetricsFile('[1, 2]', 'm.json')).message).toMatch(/must hold a JSON object.*it holds an array/);
    expect(errorOf(() => parseMetricsFile('{"a": 1,\n "b" 2}', 'm.json')).message).toBe("m.json is not valid JSON: expected ':' after \"b\" at line 2.");
    expect(errorOf(() => parseMetricsFile('{"a": 1} x', 'm.json')).message).toMatch(/unexpected text after the JSON value/);
    expect(errorOf(() => parseMetricsFile('{"a": 1, "a": 2}', 'm.json')).message).toMatch(/'a' appears twice/);
    expect(errorOf(() => parseMetricsFile('  \n', 'm.json')).message).toMatch(/is empty/);
    expect(errorOf(() => parseMetricsFile('{"a": 1', 'm.json')).message).toMatch(/expected ',' or '}'/);
  });
});

describe('metrics log (JSONL)', () => {
  test('columns per numeric key, NaN where a line lacks it, step from the step key', () => {
    const log = parseMetricsLog(
      '{"step": 0, "loss": 2.0, "phase": "train"}\n{"step": 10, "loss": 1.5, "lr": 0.001}\n{"step": 20, "loss": NaN}\n',
      'log.jsonl',
    );
    expect(log.stepKey).toBe('step');
    expect(Array.from(log.step)).toEqual([0, 10, 20]);
    expect(log.series.map((s) => s.name)).toEqual(['loss', 'lr']);
    expect(Array.from(log.series[0].values)).toEqual([2, 1.5, NaN]);
    expect(Array.from(log.series[1].values)).toEqual([NaN, 0.001, NaN]);
    expect(log.ignoredKeys).toEqual(['phase']);
    expect(log.warnings).toEqual([
      "log.jsonl: 'loss' is NaN 1 time(s) (first on line 3); those points are not charted. A diverging loss or a division by zero in the training?",
    ]);
  });
  test('without a step key the line number is x; epoch is a step key', () => {
    expect(Array.from(parseMetricsLog('{"a":1}\n{"a":2}\n', 'l').step)).toEqual([0, 1]);
    expect(parseMetricsLog('{"epoch":1,"acc":0.5}\n', 'l').stepKey).toBe('epoch');
  });
  test('step and epoch are axes, never curves: step is x, epoch is not charted (Hugging Face Trainer logs both)', () => {
    const log = parseMetricsLog('{"loss": 2, "epoch": 0.5, "step": 10}\n{"loss": 1, "epoch": 1.0, "step": 20}\n', 'l');
    expect(log.stepKey).toBe('step');
    expect(Array.from(log.step)).toEqual([10, 20]);
    expect(log.series.map((s) => s.name)).toEqual(['loss']);
  });
  test('the x axis is found even when the first line lacks it', () => {
    const log = parseMetricsLog('{"event": "start"}\n{"epoch": 1, "acc": 0.5}\n{"epoch": 2, "acc": 0.7}\n', 'log.jsonl');
    expect(log.stepKey).toBe('epoch');
    expect(Array.from(log.step)).toEqual([NaN, 1, 2]);
    expect(log.series.map((s) => s.name)).toEqual(['acc']);
    expect(log.warnings).toEqual(["log.jsonl: 1 of 3 lines have no finite 'epoch' (the x axis); they are not charted."]);
  });
  test('NaN and Infinity are counted per key and reported with the first line, not dropped silently', () => {
    const log = parseMetricsLog('{"step":1,"loss":1}\n{"step":2,"loss":Infinity,"gn":NaN}\n{"step":3,"loss":NaN,"gn":-Infinity}\n', 'm.jsonl');
    expect(log.nonFinite).toEqual([
      { key: 'loss', nan: 1, infinite: 1, firstLine: 2 },
      { key: 'gn', nan: 1, infinite: 1, firstLine: 2 },
    ]);
    expect(log.warnings).toEqual([
      "m.jsonl: 'loss' is NaN 1 time(s) and Infinity 1 time(s) (first on line 2); those points are not charted. A diverging loss or a division by zero in the training?",
      "m.jsonl: 'gn' is NaN 1 time(s) and Infinity 1 time(s) (first on line 2); those points are not charted. A diverging loss or a division by zero in the training?",
    ]);
  });
  test('a last line cut short by a kill is skipped with a warning; a broken line in the middle is an error', () => {
    const log = parseMetricsLog('{"step": 1, "loss": 1}\n{"step": 2, "lo', 'log.jsonl');
    expect(log.rows).toBe(1);
    expect(log.warnings[0]).toMatch(/last line \(2\) is incomplete/);
    expect(() => parseMetricsLog('{"step": 1}\n{oops\n{"step": 2}\n', 'log.jsonl')).toThrow(/log\.jsonl line 2 is not valid JSON/);
    expect(() => parseMetricsLog('[1]\n', 'log.jsonl')).toThrow(/line 1 is not a JSON object/);
  });
  test('grows past its initial capacity', () => {
    const text = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ step: i, loss: 1 / (i + 1) })).join('\n') + '\n';
    const log = parseMetricsLog(text, 'l');
    expect(log.rows).toBe(3000);
    expect(log.step[2999]).toBe(2999);
    expect(log.series[0].values[2999]).toBeCloseTo(1 / 3000);
  });
});
