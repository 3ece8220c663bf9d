/**
 * Markdown and comment text shared by every platform: the hidden marker that finds mlci's comment (GitHub issue
 * comment, GitLab merge request note), and cutting markdown or UTF-8 text to a platform's size limit without breaking
 * it. The limits themselves belong to each platform adapter.
 */
import { UserError } from './errors.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** The hidden marker that identifies the comment of one action and key. */
export function commentMarker(action: string, key: string): string {
  for (const [what, v] of [['action', action], ['key', key]] as const) {
    if (!NAME.test(v)) {
      throw new UserError(`comment ${what} "${v}" may only contain letters, digits, '.', '_', '/' and '-' (it goes into an HTML comment marker)`);
    }
  }
  return `<!-- mlci:${action}:${key} -->`;
}

/** Drop a trailing lone high surrogate so a cut never leaves half a character. */
function dropBrokenSurrogate(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? s.slice(0, -1) : s;
}

/** Count of ``` fences at line starts: odd means the cut left a code block open. */
function openFence(s: string): boolean {
  const fences = s.match(/^\s{0,3}(```|~~~)/gm);
  return (fences?.length ?? 0) % 2 === 1;
}

/**
 * Cut `text` so that the result, note included, has at most `maxChars` UTF-16 code units (JavaScript length is
 * never below the platform's character count, so staying under it in JS units is safe). Prefers a line boundary near the
 * end, closes an open code fence, then appends `note` after a blank line. Returns `text` itself when it fits.
 */
export function truncateMarkdown(text: string, maxChars: number, note: string): { text: string; truncated: boolean; omitted: number } {
  if (text.length <= maxChars) return { text, truncated: false, omitted: 0 };
  const fence = '\n```';
  const sep = '\n\n';
  const budget = maxChars - note.length - sep.length - fence.length;
  if (budget <= 0) {
    const t = dropBrokenSurrogate(note.slice(0, maxChars));
    return { text: t, truncated: true, omitted: text.length };
  }
  let cut = dropBrokenSurrogate(text.slice(0, budget));
  const nl = cut.lastIndexOf('\n');
  // A line boundary in the last fifth keeps tables and lists whole; further back would waste too much room.
  if (nl > budget * 0.8) cut = cut.slice(0, nl);
  const omitted = text.length - cut.length;
  if (openFence(cut)) cut += fence;
  return { text: cut + sep + note, truncated: true, omitted };
}

/** Short one-line text (titles, status descriptions): cut with an ellipsis. */
export function truncateLine(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  return dropBrokenSurrogate(text.slice(0, maxChars - 1)) + '…';
}

/** Largest prefix of `text` whose UTF-8 encoding fits in `maxBytes`, cut on a character boundary. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const buf = Buffer.from(text, 'utf8').subarray(0, Math.max(0, maxBytes));
  let end = buf.length;
  // Back off over UTF-8 continuation bytes (10xxxxxx) and the lead byte of a cut sequence.
  if (end < Buffer.byteLength(text, 'utf8')) {
    let i = end - 1;
    while (i >= 0 && (buf[i]! & 0xc0) === 0x80) i--;
    if (i >= 0) {
      const lead = buf[i]!;
      const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (i + len > end) end = i;
    }
  }
  return buf.subarray(0, end).toString('utf8');
}
