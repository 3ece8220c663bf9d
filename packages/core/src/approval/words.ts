import { UserError } from '../errors.js';

/** Default words that approve, as the issue specifies (a contract: README and action.yml repeat them). */
export const DEFAULT_APPROVE_WORDS: readonly string[] = ['approve', 'approved', 'lgtm', 'yes', '/approve'];
/** Default words that deny. */
export const DEFAULT_DENY_WORDS: readonly string[] = ['deny', 'denied', 'no', '/deny'];

export type Vote = 'approve' | 'deny';

export interface ApprovalWords {
  approve: readonly string[];
  deny: readonly string[];
}

/**
 * Normalise a comment or a configured word for a whole-comment match: trim, lower-case, collapse inner whitespace and
 * drop trailing `.` / `!` so "LGTM!" and "Approved." count, while "approve after the fix" does not.
 */
export function normaliseWord(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!]+$/, '').trim();
}

/**
 * Check configured word lists: none empty, no word in both lists (a comment must never be both an approval and a
 * denial). Throws a UserError naming the input.
 */
export function checkWords(words: ApprovalWords): ApprovalWords {
  const approve = words.approve.map(normaliseWord).filter((w) => w !== '');
  const deny = words.deny.map(normaliseWord).filter((w) => w !== '');
  if (approve.length === 0) throw new UserError("Input 'approve-words' is empty: give at least one word, e.g. 'approve, lgtm'.");
  if (deny.length === 0) throw new UserError("Input 'deny-words' is empty: give at least one word, e.g. 'deny'.");
  const both = approve.filter((w) => deny.includes(w));
  if (both.length > 0) {
    throw new UserError(`Inputs 'approve-words' and 'deny-words' both contain '${both.join("', '")}': a word can only approve or deny, remove it from one list.`);
  }
  return { approve: [...new Set(approve)], deny: [...new Set(deny)] };
}

/**
 * Classify a comment body: the whole comment (normalised) must equal one word; case-insensitive.
 * Returns undefined for any other comment (discussion, quoted replies, "approve once CI passes").
 */
export function classifyComment(body: string, words: ApprovalWords): Vote | undefined {
  const text = normaliseWord(body);
  if (text === '') return undefined;
  if (words.deny.some((w) => normaliseWord(w) === text)) return 'deny';
  if (words.approve.some((w) => normaliseWord(w) === text)) return 'approve';
  return undefined;
}
