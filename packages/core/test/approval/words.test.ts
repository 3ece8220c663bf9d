import { describe, test, expect } from '@jest/globals';
import { checkWords, classifyComment, DEFAULT_APPROVE_WORDS, DEFAULT_DENY_WORDS } from '../../src/approval/words.js';

const words = { approve: DEFAULT_APPROVE_WORDS, deny: DEFAULT_DENY_WORDS };

describe('classifyComment', () => {
  test.each([
    ['approve', 'approve'], ['Approved', 'approve'], ['  LGTM!  ', 'approve'], ['yes', 'approve'], ['/approve', 'approve'],
    ['Approved.', 'approve'], ['deny', 'deny'], ['DENIED', 'deny'], ['no', 'deny'], ['/deny', 'deny'], ['No.', 'deny'],
  ])('%j is %s', (body, vote) => expect(classifyComment(body, words)).toBe(vote));

  test.each([
    'approve after the fix', 'I approve', 'not approved', '> approve\n\nlooks risky', 'lgtm?', '', '   ', 'yes but no', 'approve approve',
  ])('%j is not a vote (whole-comment match)', (body) => expect(classifyComment(body, words)).toBeUndefined());

  test('configured words', () => {
    const w = checkWords({ approve: ['Ship it'], deny: ['hold'] });
    expect(classifyComment('ship  IT', w)).toBe('approve');
    expect(classifyComment('Hold!', w)).toBe('deny');
    expect(classifyComment('approve', w)).toBeUndefined();
  });
});

describe('checkWords', () => {
  test('a word in both lists is a user error naming both inputs', () => {
    expect(() => checkWords({ approve: ['ok', 'yes'], deny: ['YES'] })).toThrow(/'approve-words' and 'deny-words' both contain 'yes'/);
  });
  test('empty lists are user errors', () => {
    expect(() => checkWords({ approve: [' '], deny: ['deny'] })).toThrow(/'approve-words' is empty/);
    expect(() => checkWords({ approve: ['ok'], deny: [] })).toThrow(/'deny-words' is empty/);
  });
});
