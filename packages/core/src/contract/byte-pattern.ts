/**
 * A contract `pattern` as a matcher over ASCII bytes, for the shapes ids and codes have (`tx-[0-9]{9}`,
 * `[A-Z]{2}\d+`, `\w+@\w+\.com`): a sequence of one-character atoms (a literal, an escape, `.`, `\d \w \s` and their
 * negations, a character class with ranges) each with a count (`{n}`, `{n,m}`, `{n,}`, `?`, `*`, `+`). Anything else
 * (groups, alternation, anchors, lookaround, back-references, lazy quantifiers, non-ASCII) gives no matcher and the
 * value is tested with the regular expression, as is every value holding a byte ≥ 0x80.
 *
 * Why by hand: an id column has one distinct value a row, and RegExp.test needs a string, so each of 10 million ids
 * would be decoded first; on the bytes the check costs a few nanoseconds a value. For ASCII text the answer is the
 * one `new RegExp('^(?:' + source + ')$', 'u').test(text)` gives (the tests compare both on generated values): a
 * sequence of single-character atoms matches a text exactly when some choice of counts consumes it, which is what
 * the reachable-positions walk below decides, without backtracking.
 */

/** Per atom: which of the 128 ASCII bytes it takes, and its count range. */
interface Atom {
  set: Uint8Array;
  min: number;
  max: number;
}

/** `fixed`: for a pattern of one length, its table (128 flags a position: which bytes each position takes). */
export type BytePattern = ((b: Uint8Array, s: number, e: number) => boolean) & { fixed?: { table: Uint8Array; len: number } };

const DIGIT = range(48, 57);
const WORD = union(range(48, 57), range(65, 90), range(97, 122), single(95));
// \s for ASCII under the u flag: tab, LF, VT, FF, CR, space.
const SPACE = union(range(9, 13), single(32));
// `.` under the u flag: anything but LF, CR (and U+2028/2029, which are not ASCII).
const DOT = (() => {
  const s = range(0, 127);
  s[10] = 0;
  s[13] = 0;
  return s;
})();

function range(lo: number, hi: number): Uint8Array {
  const s = new Uint8Array(128);
  for (let c = lo; c <= hi; c++) s[c] = 1;
  return s;
}

function single(c: number): Uint8Array {
  return range(c, c);
}

function union(...sets: Uint8Array[]): Uint8Array {
  const s = new Uint8Array(128);
  for (const x of sets) for (let c = 0; c < 128; c++) s[c] |= x[c];
  return s;
}

function negate(x: Uint8Array): Uint8Array {
  const s = new Uint8Array(128);
  for (let c = 0; c < 128; c++) s[c] = x[c] ? 0 : 1;
  return s;
}

/** Characters that are literal after a backslash under the u flag (syntax characters and /). */
const ESCAPABLE = new Set('^$\\.*+?()[]{}|/-'.split(''));

/** The set an escape stands for (`\d`, `\.`), or undefined when it is not one this matcher knows. */
function escapeSet(ch: string, inClass: boolean): Uint8Array | undefined {
  switch (ch) {
    case 'd':
      return DIGIT;
    case 'D':
      return negate(DIGIT);
    case 'w':
      return WORD;
    case 'W':
      return negate(WORD);
    case 's':
      return SPACE;
    case 'S':
      return negate(SPACE);
    case 't':
      return single(9);
    case 'n':
      return single(10);
    case 'r':
      return single(13);
  }
  // Under the u flag only syntax characters (and `-` inside a class) may be escaped.
  if (ESCAPABLE.has(ch) && (ch !== '-' || inClass)) return single(ch.charCodeAt(0));
  return undefined;
}

/** Parse a class body after `[`; returns the set and the index after `]`, or undefined. */
function parseClass(src: string, i: number): { set: Uint8Array; next: number } | undefined {
  let neg = false;
  if (src[i] === '^') {
    neg = true;
    i++;
  }
  const set = new Uint8Array(128);
  let first = true;
  for (;;) {
    if (i >= src.length) return undefined;
    let ch = src[i];
    if (ch === ']' && !first) break;
    if (ch === ']' || ch === '[') return undefined; // `[]` and nested classes: leave to RegExp
    first = false;
    let lo: number;
    if (ch === '\\') {
      const esc = src[i + 1];
      if (esc === undefined) return undefined;
      const es = escapeSet(esc, true);
      if (es === undefined) return undefined;
      i += 2;
      let count = 0;
      for (let c = 0; c < 128; c++) count += es[c];
      if (count !== 1) {
        // A class escape (\d) cannot start a range.
        if (src[i] === '-' && src[i + 1] !== ']') return undefined;
        for (let c = 0; c < 128; c++) set[c] |= es[c];
        continue;
      }
      lo = es.indexOf(1);
    } else {
      lo = ch.charCodeAt(0);
      if (lo >= 128) return undefined;
      i++;
    }
    if (src[i] === '-' && i + 1 < src.length && src[i + 1] !== ']') {
      ch = src[i + 1];
      let hi: number;
      if (ch === '\\') {
        const es = src[i + 2] === undefined ? undefined : escapeSet(src[i + 2], true);
        if (es === undefined) return undefined;
        let count = 0;
        for (let c = 0; c < 128; c++) count += es[c];
        if (count !== 1) return undefined;
        hi = es.indexOf(1);
        i += 3;
      } else {
        hi = ch.charCodeAt(0);
        if (hi >= 128) return undefined;
        i += 2;
      }
      if (hi < lo) return undefined;
      for (let c = lo; c <= hi; c++) set[c] = 1;
    } else {
      set[lo] = 1;
    }
  }
  return { set: neg ? negate(set) : set, next: i + 1 };
}

/** Parse a quantifier at src[i]; the count range and the index after it (no quantifier: 1..1). */
function parseCount(src: string, i: number): { min: number; max: number; next: number } | undefined {
  const ch = src[i];
  let q: { min: number; max: number; next: number } = { min: 1, max: 1, next: i };
  if (ch === '?') q = { min: 0, max: 1, next: i + 1 };
  else if (ch === '*') q = { min: 0, max: Infinity, next: i + 1 };
  else if (ch === '+') q = { min: 1, max: Infinity, next: i + 1 };
  else if (ch === '{') {
    const m = /^\{(\d{1,4})(?:(,)(\d{1,4})?)?\}/.exec(src.slice(i));
    if (m === null) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === undefined ? Infinity : Number(m[3]);
    if (max < min) return undefined;
    q = { min, max, next: i + m[0].length };
  }
  // A lazy mark (`+?`) or a second quantifier: leave it to RegExp.
  if (q.next !== i && q.next < src.length && '?+*{'.includes(src[q.next])) return undefined;
  return q;
}

/** The matcher for a pattern source, or undefined when the source is outside the subset above. */
export function compileBytePattern(source: string): BytePattern | undefined {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    let set: Uint8Array | undefined;
    if (ch === '\\') {
      if (i + 1 >= source.length) return undefined;
      set = escapeSet(source[i + 1], false);
      i += 2;
    } else if (ch === '[') {
      const c = parseClass(source, i + 1);
      if (c === undefined) return undefined;
      set = c.set;
      i = c.next;
    } else if (ch === '.') {
      set = DOT;
      i++;
    } else if ('^$()|*+?{}]'.includes(ch)) {
      return undefined;
    } else {
      const code = ch.charCodeAt(0);
      if (code >= 128) return undefined;
      set = single(code);
      i++;
    }
    if (set === undefined) return undefined;
    const q = parseCount(source, i);
    if (q === undefined) return undefined;
    i = q.next;
    if (q.max === 0) continue;
    atoms.push({ set, min: q.min, max: q.max });
  }
  if (atoms.every((a) => a.min === a.max)) return fixed(atoms);
  return general(atoms);
}

/** Every count fixed: the value has one length, and each byte one atom. */
function fixed(atoms: Atom[]): BytePattern {
  const len = atoms.reduce((n, a) => n + a.min, 0);
  const table = new Uint8Array(len * 128);
  let p = 0;
  for (const a of atoms) for (let k = 0; k < a.min; k++, p++) table.set(a.set, p * 128);
  const match = (b: Uint8Array, s: number, e: number): boolean => {
    if (e - s !== len) return false;
    for (let k = 0; k < len; k++) {
      const c = b[s + k];
      if (c >= 128 || table[k * 128 + c] === 0) return false;
    }
    return true;
  };
  return Object.assign(match, { fixed: { table, len } });
}

/** Counts that vary: the set of positions each atom can end at, from position 0, atom by atom. */
function general(atoms: Atom[]): BytePattern {
  let reach = new Uint8Array(256);
  let next = new Uint8Array(256);
  return (b, s, e) => {
    const len = e - s;
    if (reach.length <= len) {
      reach = new Uint8Array(len + 1);
      next = new Uint8Array(len + 1);
    }
    reach.fill(0, 0, len + 1);
    reach[0] = 1;
    for (const a of atoms) {
      next.fill(0, 0, len + 1);
      let any = false;
      for (let p = 0; p <= len; p++) {
        if (!reach[p]) continue;
        // Positions p + k for the counts k the atom can take at p.
        let k = 0;
        while (k < a.min && p + k < len && a.set[b[s + p + k]] === 1) k++;
        if (k < a.min) continue;
        next[p + k] = 1;
        any = true;
        while (k < a.max && p + k < len && a.set[b[s + p + k]] === 1) next[p + ++k] = 1;
      }
      if (!any) return false;
      const t = reach;
      reach = next;
      next = t;
    }
    return reach[len] === 1;
  };
}
