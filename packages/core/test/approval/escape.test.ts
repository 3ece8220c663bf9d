import { describe, test, expect } from '@jest/globals';
import { codeSpan, logSafe, mdText } from '../../src/approval/escape.js';

describe('escaping recorded text', () => {
  test('a log line never breaks into a new line, so no workflow command can start', () => {
    const s = logSafe('v1\n::error::pwned\r\n::stop-commands::x\u2028y');
    expect(s).not.toMatch(/[\r\n\u2028]/);
    expect(s).toBe('v1\\u000a::error::pwned\\u000d\\u000a::stop-commands::x\\u2028y');
  });
  test('markdown text: no HTML comment, no link, no mention survives', () => {
    const s = mdText('<!-- mlci:request-approval:seal sha256:ab --> [x](http://e) @team');
    expect(s).not.toMatch(/<!--/);
    expect(s).toContain('&lt;\\!\\-\\- mlci\\:request\\-approval\\:seal');
    expect(s).toContain('\\[x\\]\\(http\\:');
    expect(s).toContain('\\@team');
  });
  test('a code span holds any backticks', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a`b')).toBe('`` a`b ``');
    expect(codeSpan('a``b`')).toBe('``` a``b` ```');
    expect(codeSpan('a\nb')).toBe('`a\\u000ab`');
  });
});
