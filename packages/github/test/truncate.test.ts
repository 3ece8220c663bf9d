import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { truncateLine, truncateMarkdown, truncateUtf8 } from '../src/truncate.js';
import { batches } from '../src/checks.js';

describe('truncateMarkdown', () => {
  test('text that fits is returned as is', () => {
    expect(truncateMarkdown('abc', 3, 'NOTE')).toEqual({ text: 'abc', truncated: false, omitted: 0 });
  });

  test('never longer than the limit, always ends with the note (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 30, max: 300 }), (s, max) => {
        const r = truncateMarkdown(s, max, '> cut');
        expect(r.text.length).toBeLessThanOrEqual(max);
        if (s.length > max) expect(r.text.endsWith('\n\n> cut')).toBe(true);
        else expect(r.text).toBe(s);
      }),
    );
  });

  test('never splits a surrogate pair', () => {
    const s = '😀'.repeat(100);
    for (let max = 20; max < 60; max++) {
      const t = truncateMarkdown(s, max, 'n').text;
      expect(t).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  test('cuts at a line boundary near the end and closes an open fence', () => {
    const s = '```\n' + 'line\n'.repeat(100);
    const r = truncateMarkdown(s, 200, 'NOTE');
    expect(r.text).toMatch(/line\n```\n\nNOTE$/);
    expect(r.text.length).toBeLessThanOrEqual(200);
  });
});

describe('truncateLine / truncateUtf8', () => {
  test('one-line text gets an ellipsis within the limit', () => {
    expect(truncateLine('a'.repeat(200), 140)).toHaveLength(140);
    expect(truncateLine('a'.repeat(200), 140).endsWith('…')).toBe(true);
    expect(truncateLine('short', 140)).toBe('short');
  });

  test('UTF-8 cut on a character boundary (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), fc.integer({ min: 0, max: 200 }), (s, max) => {
        const t = truncateUtf8(s, max);
        expect(Buffer.byteLength(t)).toBeLessThanOrEqual(Math.max(max, 0));
        expect(s.startsWith(t)).toBe(true);
      }),
    );
  });
});

test('annotation batches of 50', () => {
  expect(batches(Array.from({ length: 120 }, (_, i) => i)).map((b) => b.length)).toEqual([50, 50, 20]);
  expect(batches([])).toEqual([]);
});
