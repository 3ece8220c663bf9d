/**
 * Escaping for text that came from a request record or a person (model version, ref, workflow name, reasons that
 * quote them) before it goes into a log line or a comment the bot writes. A log line is read by the runner, which
 * acts on `::command::` at the start of a line ("Workflow commands for GitHub Actions"); a comment is markdown and
 * HTML, where `<!--` would open a hidden block and `[x](y)` a link. Both are made inert here; bot markers are
 * recognised only at the very start of a comment (record.ts), so quoted text can never become one.
 */

/** Control characters (line breaks included) and the Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** True when `text` holds a control character or a line break. */
export function hasControlChars(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}

/** One line for a log: control characters and line breaks shown as `\uXXXX`, so no text starts a new line. */
export function logSafe(text: string): string {
  return text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Cut to `max` characters, saying so. */
export function bounded(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/**
 * Inline markdown text that renders as the characters it holds: HTML special characters as entities (no tag, no
 * comment), markdown punctuation backslash-escaped, line breaks and control characters shown as `\uXXXX`.
 */
export function mdText(text: string, max = 300): string {
  return bounded(logSafe(text), max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~@:])/g, '\\$1');
}

/**
 * A markdown code span that holds any text: the fence is one backtick longer than the longest run inside, padded
 * with spaces (CommonMark 0.31, "Code spans"). Line breaks are shown as `\uXXXX`.
 */
export function codeSpan(text: string, max = 300): string {
  const t = bounded(logSafe(text), max);
  const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || t.startsWith(' ') || t.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}
