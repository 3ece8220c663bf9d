export const id = 550;
export const ids = [550];
export const modules = {

/***/ 72520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yO: () => (/* binding */ ColumnState),
  rC: () => (/* binding */ newCheck),
  $4: () => (/* binding */ numberText),
  ao: () => (/* binding */ truncateValue)
});

// UNUSED EXPORTS: VALUE_CHARS, booleanText, fastTimestampBytes, mayBeNumber, parseTimestamp, rangeText

// EXTERNAL MODULE: ../../packages/core/src/io/number.ts
var number = __webpack_require__(3803);
// EXTERNAL MODULE: ../../packages/core/src/contract/sample.ts
var sample = __webpack_require__(10874);
// EXTERNAL MODULE: ../../packages/core/src/contract/kernel.ts + 1 modules
var kernel = __webpack_require__(88830);
// EXTERNAL MODULE: ../../packages/core/src/inputs/units.ts
var units = __webpack_require__(77522);
;// CONCATENATED MODULE: ../../packages/core/src/contract/byte-pattern.ts
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
function range(lo, hi) {
    const s = new Uint8Array(128);
    for (let c = lo; c <= hi; c++)
        s[c] = 1;
    return s;
}
function single(c) {
    return range(c, c);
}
function union(...sets) {
    const s = new Uint8Array(128);
    for (const x of sets)
        for (let c = 0; c < 128; c++)
            s[c] |= x[c];
    return s;
}
function negate(x) {
    const s = new Uint8Array(128);
    for (let c = 0; c < 128; c++)
        s[c] = x[c] ? 0 : 1;
    return s;
}
/** Characters that are literal after a backslash under the u flag (syntax characters and /). */
const ESCAPABLE = new Set('^$\\.*+?()[]{}|/-'.split(''));
/** The set an escape stands for (`\d`, `\.`), or undefined when it is not one this matcher knows. */
function escapeSet(ch, inClass) {
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
    if (ESCAPABLE.has(ch) && (ch !== '-' || inClass))
        return single(ch.charCodeAt(0));
    return undefined;
}
/** Parse a class body after `[`; returns the set and the index after `]`, or undefined. */
function parseClass(src, i) {
    let neg = false;
    if (src[i] === '^') {
        neg = true;
        i++;
    }
    const set = new Uint8Array(128);
    let first = true;
    for (;;) {
        if (i >= src.length)
            return undefined;
        let ch = src[i];
        if (ch === ']' && !first)
            break;
        if (ch === ']' || ch === '[')
            return undefined; // `[]` and nested classes: leave to RegExp
        first = false;
        let lo;
        if (ch === '\\') {
            const esc = src[i + 1];
            if (esc === undefined)
                return undefined;
            const es = escapeSet(esc, true);
            if (es === undefined)
                return undefined;
            i += 2;
            let count = 0;
            for (let c = 0; c < 128; c++)
                count += es[c];
            if (count !== 1) {
                // A class escape (\d) cannot start a range.
                if (src[i] === '-' && src[i + 1] !== ']')
                    return undefined;
                for (let c = 0; c < 128; c++)
                    set[c] |= es[c];
                continue;
            }
            lo = es.indexOf(1);
        }
        else {
            lo = ch.charCodeAt(0);
            if (lo >= 128)
                return undefined;
            i++;
        }
        if (src[i] === '-' && i + 1 < src.length && src[i + 1] !== ']') {
            ch = src[i + 1];
            let hi;
            if (ch === '\\') {
                const es = src[i + 2] === undefined ? undefined : escapeSet(src[i + 2], true);
                if (es === undefined)
                    return undefined;
                let count = 0;
                for (let c = 0; c < 128; c++)
                    count += es[c];
                if (count !== 1)
                    return undefined;
                hi = es.indexOf(1);
                i += 3;
            }
            else {
                hi = ch.charCodeAt(0);
                if (hi >= 128)
                    return undefined;
                i += 2;
            }
            if (hi < lo)
                return undefined;
            for (let c = lo; c <= hi; c++)
                set[c] = 1;
        }
        else {
            set[lo] = 1;
        }
    }
    return { set: neg ? negate(set) : set, next: i + 1 };
}
/** Parse a quantifier at src[i]; the count range and the index after it (no quantifier: 1..1). */
function parseCount(src, i) {
    const ch = src[i];
    let q = { min: 1, max: 1, next: i };
    if (ch === '?')
        q = { min: 0, max: 1, next: i + 1 };
    else if (ch === '*')
        q = { min: 0, max: Infinity, next: i + 1 };
    else if (ch === '+')
        q = { min: 1, max: Infinity, next: i + 1 };
    else if (ch === '{') {
        const m = /^\{(\d{1,4})(?:(,)(\d{1,4})?)?\}/.exec(src.slice(i));
        if (m === null)
            return undefined;
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === undefined ? Infinity : Number(m[3]);
        if (max < min)
            return undefined;
        q = { min, max, next: i + m[0].length };
    }
    // A lazy mark (`+?`) or a second quantifier: leave it to RegExp.
    if (q.next !== i && q.next < src.length && '?+*{'.includes(src[q.next]))
        return undefined;
    return q;
}
/** The matcher for a pattern source, or undefined when the source is outside the subset above. */
function compileBytePattern(source) {
    const atoms = [];
    let i = 0;
    while (i < source.length) {
        const ch = source[i];
        let set;
        if (ch === '\\') {
            if (i + 1 >= source.length)
                return undefined;
            set = escapeSet(source[i + 1], false);
            i += 2;
        }
        else if (ch === '[') {
            const c = parseClass(source, i + 1);
            if (c === undefined)
                return undefined;
            set = c.set;
            i = c.next;
        }
        else if (ch === '.') {
            set = DOT;
            i++;
        }
        else if ('^$()|*+?{}]'.includes(ch)) {
            return undefined;
        }
        else {
            const code = ch.charCodeAt(0);
            if (code >= 128)
                return undefined;
            set = single(code);
            i++;
        }
        if (set === undefined)
            return undefined;
        const q = parseCount(source, i);
        if (q === undefined)
            return undefined;
        i = q.next;
        if (q.max === 0)
            continue;
        atoms.push({ set, min: q.min, max: q.max });
    }
    if (atoms.every((a) => a.min === a.max))
        return fixed(atoms);
    return general(atoms);
}
/** Every count fixed: the value has one length, and each byte one atom. */
function fixed(atoms) {
    const len = atoms.reduce((n, a) => n + a.min, 0);
    const table = new Uint8Array(len * 128);
    let p = 0;
    for (const a of atoms)
        for (let k = 0; k < a.min; k++, p++)
            table.set(a.set, p * 128);
    const match = (b, s, e) => {
        if (e - s !== len)
            return false;
        for (let k = 0; k < len; k++) {
            const c = b[s + k];
            if (c >= 128 || table[k * 128 + c] === 0)
                return false;
        }
        return true;
    };
    return Object.assign(match, { fixed: { table, len } });
}
/** Counts that vary: the set of positions each atom can end at, from position 0, atom by atom. */
function general(atoms) {
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
                if (!reach[p])
                    continue;
                // Positions p + k for the counts k the atom can take at p.
                let k = 0;
                while (k < a.min && p + k < len && a.set[b[s + p + k]] === 1)
                    k++;
                if (k < a.min)
                    continue;
                next[p + k] = 1;
                any = true;
                while (k < a.max && p + k < len && a.set[b[s + p + k]] === 1)
                    next[p + ++k] = 1;
            }
            if (!any)
                return false;
            const t = reach;
            reach = next;
            next = t;
        }
        return reach[len] === 1;
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/contract/column.ts





/**
 * The checks of one column, accumulated over every batch of every file of its table in one pass. Row-level checks
 * (type, min, max, in, pattern, length) count violating rows and keep the first few with file, line and value;
 * aggregate checks (nulls, share, freshness, mean, std, quantiles) keep constant-size state and are judged at the end.
 */
/** Characters of a value a report example keeps. */
const VALUE_CHARS = 80;
function truncateValue(v) {
    return v.length > VALUE_CHARS ? v.slice(0, VALUE_CHARS) + '…' : v;
}
function newCheck(table, column, check, expected, severity, rulePath) {
    return { table, column, check, expected, observed: '', violations: 0, severity, status: 'pass', examples: [], rulePath };
}
function shifted(e, rowBase, lineBase) {
    return { file: e.file, line: e.line === null ? null : e.line + lineBase, row: e.row + rowBase, value: e.value };
}
/** The example for row i of a batch. */
function exampleAt(site, i, value) {
    return { file: site.file, line: site.lines ? site.lines[i] : site.firstLine !== undefined ? site.firstLine + i : null, row: site.rowOffset + i + 1, value };
}
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const d2 = (s, i) => {
    const a = s.charCodeAt(i) - 48;
    const b = s.charCodeAt(i + 1) - 48;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};
/**
 * The common shapes `2026-12-01T09:57:30Z` and `2026-12-01` without a regular expression or Date.parse (a timestamp
 * column has about one distinct value a row). NaN when the text is not exactly one of them; then the general path
 * decides. Date.UTC rolls over a day past the month's end as Date.parse does (2026-02-31 is 3 March).
 */
function fastTimestamp(t) {
    const len = t.length;
    if ((len !== 20 && len !== 10) || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45)
        return NaN;
    const y1 = d2(t, 0);
    const y2 = d2(t, 2);
    const mo = d2(t, 5);
    const d = d2(t, 8);
    if (y1 < 10 || y2 < 0 || mo < 1 || mo > 12 || d < 1 || d > 31)
        return NaN;
    const year = y1 * 100 + y2;
    if (len === 10)
        return Date.UTC(year, mo - 1, d);
    const sep = t.charCodeAt(10);
    if ((sep !== 84 && sep !== 32) || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58 || t.charCodeAt(19) !== 90)
        return NaN;
    const h = d2(t, 11);
    const mi = d2(t, 14);
    const se = d2(t, 17);
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59)
        return NaN;
    return Date.UTC(year, mo - 1, d, h, mi, se);
}
/** Milliseconds since the epoch of an ISO 8601 date or date-time; a time without zone is UTC. NaN when not one. */
function parseTimestamp(text) {
    const fast = fastTimestamp(text);
    if (fast === fast)
        return fast;
    const t = text.trim();
    const m = ISO.exec(t);
    if (m === null)
        return NaN;
    let iso = t.replace(' ', 'T');
    if (m[4] === undefined)
        iso += 'T00:00:00Z';
    else if (m[7] === undefined)
        iso += 'Z';
    const ms = Date.parse(iso);
    return Number.isFinite(ms) ? ms : NaN;
}
const b2 = (b, i) => {
    const x = b[i] - 48;
    const y = b[i + 1] - 48;
    return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
};
/**
 * fastTimestamp on the bytes b[s, e) (the two common shapes), without a string or Date.UTC: the day number by
 * Hinnant's days-from-civil ("chrono-compatible low-level date algorithms"), which like Date.UTC rolls a day past the
 * month's end into the next month. NaN when the bytes are not exactly one of the shapes.
 */
function fastTimestampBytes(b, s, e) {
    const len = e - s;
    if ((len !== 20 && len !== 10) || b[s + 4] !== 45 || b[s + 7] !== 45)
        return NaN;
    const y1 = b2(b, s);
    const y2 = b2(b, s + 2);
    const mo = b2(b, s + 5);
    const d = b2(b, s + 8);
    if (y1 < 10 || y2 < 0 || mo < 1 || mo > 12 || d < 1 || d > 31)
        return NaN;
    // Years 999..9999 here, so every quotient is of non-negative numbers and `| 0` is the floor.
    const y = y1 * 100 + y2 - (mo <= 2 ? 1 : 0);
    const era = (y / 400) | 0;
    const yoe = y - era * 400;
    const doy = (((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) | 0) + d - 1;
    const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
    const day = era * 146097 + doe - 719468;
    if (len === 10)
        return day * 86_400_000;
    const sep = b[s + 10];
    if ((sep !== 84 && sep !== 32) || b[s + 13] !== 58 || b[s + 16] !== 58 || b[s + 19] !== 90)
        return NaN;
    const h = b2(b, s + 11);
    const mi = b2(b, s + 14);
    const se = b2(b, s + 17);
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59)
        return NaN;
    return day * 86_400_000 + h * 3_600_000 + mi * 60_000 + se * 1000;
}
/** Whether the bytes b[s, e) are all ASCII. */
function isAscii(b, s, e) {
    let or = 0;
    for (let k = s; k < e; k++)
        or |= b[k];
    return or < 0x80;
}
const TRUE_TEXT = new Set(['true', '1', 'yes']);
const FALSE_TEXT = new Set(['false', '0', 'no']);
/** 'true' or 'false' for a text a boolean column accepts (true/1/yes, false/0/no, any case), else undefined. */
function booleanText(s) {
    const l = s.trim().toLowerCase();
    return TRUE_TEXT.has(l) ? 'true' : FALSE_TEXT.has(l) ? 'false' : undefined;
}
/** Canonical text of a number: JavaScript's shortest round-trip form, so 1.50 and 1.5 are one value. */
function numberText(v) {
    return String(v);
}
function canonicalAllowed(v, type) {
    if (typeof v === 'boolean')
        return { text: String(v) };
    if (typeof v === 'number')
        return { text: numberText(v), num: v };
    if (type === 'boolean') {
        const l = v.trim().toLowerCase();
        if (TRUE_TEXT.has(l))
            return { text: 'true' };
        if (FALSE_TEXT.has(l))
            return { text: 'false' };
        return { text: v };
    }
    if (type === undefined || type === 'integer' || type === 'number') {
        const n = (0,number/* parseNumberText */.ke)(v, true);
        if (n !== undefined && Number.isFinite(n))
            return { text: numberText(n), num: n };
    }
    return { text: v };
}
/** Per-dictionary-entry facts, computed once per batch for a text batch. */
const E_TYPE = 1;
const E_MIN = 2;
const E_MAX = 4;
const E_IN = 8;
const E_PATTERN = 16;
const E_LENGTH = 32;
class ColumnState {
    name;
    type;
    /** How the reader should type this column. */
    readAs;
    checks = [];
    c;
    typeCheck;
    minCheck;
    maxCheck;
    inCheck;
    patternCheck;
    lengthCheck;
    minBound = NaN;
    maxBound = NaN;
    allowedText = new Set();
    allowedNum = new Set();
    newValues = new Map();
    shareKeys = [];
    nullCheck;
    freshCheck;
    meanCheck;
    stdCheck;
    quantileChecks = [];
    sample;
    /** Rows, nulls, and values of the right type. */
    rows = 0;
    nulls = 0;
    valid = 0;
    nullExamples = [];
    obsMin = Infinity;
    obsMax = -Infinity;
    wN = 0;
    wMean = 0;
    wM2 = 0;
    newest = -Infinity;
    newestSite;
    maxExamples;
    numeric;
    needNumbers;
    /** The pattern as a byte matcher (contract/byte-pattern.ts), when its source is in that subset. */
    bytePattern;
    /**
     * Whether rawBatch may take this column's batches: text or timestamps, whose checks it decides from the bytes
     * (type, nulls, min, max, pattern, length, freshness); `in` and `share` need each value's text (stringBatch). An
     * untyped column read as text (it has a pattern or length) counts number-looking values as numbers: those go
     * through stringBatch one at a time.
     */
    rawEligible;
    /**
     * Whether rawBatch may take this column's batches once its reader has turned it to text (an untyped column read
     * as numbers first): the same checks, and no `in` or `share`.
     */
    rawWhenText;
    /**
     * Whether stampBatch may take this column's batches: a rawEligible timestamp column with no pattern or length (its
     * checks need only each cell's time).
     */
    stampEligible;
    /** For rawBatch's kernel (kernel.wat cells): the column's fixed-length pattern (len −1: none); undefined: no kernel. */
    cellsTable;
    /** `sampleScratch`: where a part's quantile sample may start (sample.ts partScratch). */
    constructor(table, name, c, maxExamples, sampleScratch) {
        this.name = name;
        this.c = c;
        this.type = c.type?.value;
        this.maxExamples = maxExamples;
        const base = ['tables', table, 'columns', name];
        const t = this.type;
        this.numeric = t === undefined || t === 'integer' || t === 'number';
        const textual = t === 'string' || t === 'boolean' || t === 'timestamp' || (t === undefined && (c.pattern !== undefined || c.length !== undefined));
        this.readAs = textual ? 'string' : 'auto';
        const add = (check, expected, severity, key) => {
            const k = newCheck(table, name, check, expected, severity, [...base, ...key]);
            this.checks.push(k);
            return k;
        };
        if (c.type)
            this.typeCheck = add('type', t, c.type.severity, ['type']);
        if (c.nulls) {
            const n = c.nulls;
            this.nullCheck = add('nulls', n['max-count'] !== undefined ? `at most ${n['max-count']} null${n['max-count'] === 1 ? '' : 's'}` : n['max-share'] === 0 ? 'no nulls' : `null share ≤ ${n['max-share']}`, n.severity, ['nulls']);
        }
        const boundMs = (v) => (typeof v === 'string' ? parseTimestamp(v) : v);
        if (c.min) {
            this.minBound = boundMs(c.min.value);
            this.minCheck = add('min', `≥ ${c.min.value}`, c.min.severity, ['min']);
        }
        if (c.max) {
            this.maxBound = boundMs(c.max.value);
            this.maxCheck = add('max', `≤ ${c.max.value}`, c.max.severity, ['max']);
        }
        if (c.in) {
            for (const v of c.in.values) {
                const a = canonicalAllowed(v, t);
                this.allowedText.add(a.text);
                if (a.num !== undefined)
                    this.allowedNum.add(a.num);
            }
            const nv = c['new-values'] ?? 'fail';
            const sev = nv === 'warn' ? 'warn' : c.in.severity;
            this.inCheck = add('in', `in [${[...this.allowedText].join(', ')}]${nv === 'fail' ? '' : ` (new values: ${nv})`}`, sev, ['in']);
        }
        if (c.pattern)
            this.patternCheck = add('pattern', `matches ^(?:${c.pattern.value.source})$`, c.pattern.severity, ['pattern']);
        if (c.length)
            this.lengthCheck = add('length', rangeText(c.length.min, c.length.max, 'characters'), c.length.severity, ['length']);
        if (c.share) {
            for (const [value, r] of Object.entries(c.share)) {
                const a = canonicalAllowed(value, t);
                const check = add('share', `share of ${a.text} ${rangeText(r.min, r.max)}`, r.severity, ['share', value]);
                this.shareKeys.push({ text: a.text, num: a.num, count: 0, check, min: r.min, max: r.max });
            }
        }
        if (c.freshness)
            this.freshCheck = add('freshness', `newest value at most ${(0,units/* formatDuration */.a3)(c.freshness.value)} old`, c.freshness.severity, ['freshness']);
        if (c.mean)
            this.meanCheck = add('mean', `mean ${rangeText(c.mean.min, c.mean.max)}`, c.mean.severity, ['mean']);
        if (c.std)
            this.stdCheck = add('std', `std ${rangeText(c.std.min, c.std.max)}`, c.std.severity, ['std']);
        if (c.quantiles) {
            for (const [p, r] of Object.entries(c.quantiles)) {
                const check = add('quantile', `q${p} ${rangeText(r.min, r.max)}`, r.severity, ['quantiles', p]);
                this.quantileChecks.push({ p: Number(p), check, min: r.min, max: r.max });
            }
            this.sample = new sample/* QuantileSample */.Cn(undefined, sampleScratch);
        }
        this.needNumbers = this.numeric;
        this.bytePattern = c.pattern ? compileBytePattern(c.pattern.value.source) : undefined;
        this.rawWhenText = (t === 'string' || t === 'timestamp' || t === undefined) && !this.inCheck && this.shareKeys.length === 0;
        this.rawEligible = this.readAs === 'string' && this.rawWhenText;
        this.stampEligible = this.rawEligible && t === 'timestamp' && !this.patternCheck && !this.lengthCheck;
        // Text whose every check is on the bytes without the text: nulls, and a pattern of one length (or none); an
        // untyped column too, once it turned out to be text (its possible numbers are then the cells to look at).
        const fixed = this.bytePattern?.fixed;
        if (this.rawWhenText && t !== 'timestamp' && !this.lengthCheck && (!this.patternCheck || (fixed !== undefined && fixed.len <= kernel/* PATTERN_MAX */.Wc)))
            this.cellsTable = fixed ?? { table: new Uint8Array(0), len: -1 };
    }
    violate(check, site, i, value) {
        check.violations++;
        if (check.examples.length < this.maxExamples) {
            check.examples.push(exampleAt(site, i, truncateValue(value())));
        }
    }
    /** A timestamp of the column: its observed range; true when it is the newest so far (the caller records where). */
    timestampSeen(v) {
        if (v < this.obsMin)
            this.obsMin = v;
        if (v > this.obsMax)
            this.obsMax = v;
        if (v <= this.newest)
            return false;
        this.newest = v;
        return true;
    }
    /**
     * Rows of a batch that lack the column (a file without it, or JSONL lines before its key first appears): nulls for
     * now. When the whole file turns out to lack it, forgetFile takes them back (the presence check reports that).
     */
    absentBatch(n, site) {
        this.rows += n;
        this.nulls += n;
        for (let i = 0; i < n && this.nullExamples.length < this.maxExamples; i++) {
            this.nullExamples.push(exampleAt(site, i, ''));
        }
    }
    /** Take back the nulls absentBatch counted for a file that lacks the column altogether (`rows` of it). */
    forgetFile(file, rows) {
        this.rows -= rows;
        this.nulls -= rows;
        this.nullExamples = this.nullExamples.filter((e) => e.file !== file);
    }
    nullRow(site, i) {
        this.nulls++;
        if (this.nullExamples.length < this.maxExamples) {
            this.nullExamples.push(exampleAt(site, i, ''));
        }
    }
    newValue(text, site, i) {
        this.violate(this.inCheck, site, i, () => text);
        if (this.newValues.size < 1000 || this.newValues.has(text))
            this.newValues.set(text, (this.newValues.get(text) ?? 0) + 1);
    }
    /**
     * What one number of a batch says row by row: an empty cell, or a non-integer where one is wanted (false: not a
     * value, no statistics), and the range and list checks it breaks.
     */
    numberRow(v, site, i, integer) {
        if (v !== v) {
            this.nullRow(site, i);
            return false;
        }
        if (integer && !Number.isInteger(v)) {
            this.violate(this.typeCheck, site, i, () => numberText(v));
            return false;
        }
        if (this.minCheck && v < this.minBound)
            this.violate(this.minCheck, site, i, () => numberText(v));
        if (this.maxCheck && v > this.maxBound)
            this.violate(this.maxCheck, site, i, () => numberText(v));
        if (this.inCheck && !this.allowedNum.has(v))
            this.newValue(numberText(v), site, i);
        return true;
    }
    /** A batch where the reader delivered the column as numbers (NaN: empty cell). */
    numberBatch(values, site) {
        // A batch the fast path's kernel parsed is in its memory: the kernel runs the checks over it too (stats).
        const k = (0,kernel/* kernelIfAny */.$C)();
        if (k !== undefined && values.buffer === k.memory.buffer && this.kernelNumberBatch(k, values, site))
            return;
        const n = values.length;
        this.rows += n;
        const integer = this.type === 'integer';
        const textChecks = this.patternCheck !== undefined || this.lengthCheck !== undefined;
        const shareKeys = this.shareKeys;
        for (let i = 0; i < n; i++) {
            const v = values[i];
            if (!this.numberRow(v, site, i, integer))
                continue;
            this.addNumber(v);
            for (let k = 0; k < shareKeys.length; k++)
                if (shareKeys[k].num === v)
                    shareKeys[k].count++;
            if (textChecks)
                this.textChecks(numberText(v), site, i);
        }
    }
    /** A number the column holds (of the right type): counted, and in its range, moments and quantile sample. */
    addNumber(v) {
        this.valid++;
        if (v < this.obsMin)
            this.obsMin = v;
        if (v > this.obsMax)
            this.obsMax = v;
        if (this.meanCheck || this.stdCheck) {
            // Welford's online update: numerically stable in one pass (Welford 1962; Knuth TAOCP vol. 2, 4.2.2).
            const d = v - this.wMean;
            this.wN++;
            this.wMean += d / this.wN;
            this.wM2 += d * (v - this.wMean);
        }
        this.sample?.add(v);
    }
    /**
     * numberBatch by the kernel (kernel.wat stats: extremes, moments, shares, and which rows need a look — empty, not an
     * integer, out of range, not allowed — in one pass of doubles), the rows it lists worded here in row order. False
     * (the caller does it all) when a check needs more than it does: a pattern or length, over 4 allowed values or
     * shares.
     */
    kernelNumberBatch(k, values, site) {
        const { minCheck, maxCheck, minBound, maxBound, inCheck, allowedNum, shareKeys, sample } = this;
        if (this.patternCheck !== undefined || this.lengthCheck !== undefined)
            return false;
        if (inCheck && allowedNum.size > 4)
            return false;
        const shares = shareKeys.filter((x) => x.num !== undefined);
        if (shares.length > 4)
            return false;
        const n = values.length;
        const integer = this.type === 'integer';
        const mem = k.memory.buffer;
        const f = new Float64Array(mem, kernel/* STATS_AT */.cx, 17);
        const w = new Int32Array(mem, kernel/* STATS_AT */.cx, 39);
        f[0] = minBound;
        f[1] = maxBound;
        let a = 0;
        for (const x of allowedNum)
            f[2 + a++] = x;
        shares.forEach((x, j) => (f[6 + j] = x.num));
        w[20] = inCheck ? allowedNum.size : 0;
        w[21] = shares.length;
        w[22] = (integer ? 1 : 0) | (minCheck ? 2 : 0) | (maxCheck ? 4 : 0) | (inCheck ? 8 : 0) | (this.meanCheck || this.stdCheck ? 16 : 0);
        f[12] = this.obsMin;
        f[13] = this.obsMax;
        f[14] = this.wN;
        f[15] = this.wMean;
        f[16] = this.wM2;
        w.fill(0, 34, 39);
        const count = k.stats(values.byteOffset, n, kernel/* STATS_AT */.cx, kernel/* EXCEPTIONS_AT */.P5);
        this.rows += n;
        this.obsMin = f[12];
        this.obsMax = f[13];
        this.wN = f[14];
        this.wMean = f[15];
        this.wM2 = f[16];
        this.valid += w[34];
        shares.forEach((x, j) => (x.count += w[35 + j]));
        const exc = new Int32Array(mem, kernel/* EXCEPTIONS_AT */.P5, count);
        for (let e = 0; e < count; e++)
            this.numberRow(values[exc[e]], site, exc[e], integer);
        // Every value of the batch valid (w[34]: no empty cell, no fraction where integers are wanted): taken whole.
        if (w[34] === n)
            sample?.absorb({ values, stride: 1 });
        else
            sample?.addValid(values, integer);
        return true;
    }
    textChecks(s, site, i) {
        if (this.patternCheck && !this.c.pattern.value.re.test(s))
            this.violate(this.patternCheck, site, i, () => s);
        if (this.lengthCheck) {
            const len = codePoints(s);
            const l = this.c.length;
            if ((l.min !== undefined && len < l.min) || (l.max !== undefined && len > l.max))
                this.violate(this.lengthCheck, site, i, () => s);
        }
    }
    /** A batch of text (dictionary codes; -1: empty cell). Facts about each distinct value are computed once. */
    stringBatch(codes, dictionary, site) {
        const n = codes.length;
        this.rows += n;
        const d = dictionary.length;
        const flags = new Uint8Array(d);
        const nums = new Float64Array(d).fill(NaN);
        const canon = new Array(d);
        const share = new Int32Array(d).fill(-1);
        const t = this.type;
        for (let k = 0; k < d; k++) {
            const s = dictionary[k];
            let text = s;
            let f = 0;
            let num = NaN;
            if (t === 'integer' || t === 'number' || t === undefined) {
                const v = (0,number/* parseNumberText */.ke)(s, true);
                if (v !== undefined && v === v && (t !== 'integer' || Number.isInteger(v))) {
                    num = v;
                    text = numberText(v);
                }
                else if (t !== undefined)
                    f |= E_TYPE;
            }
            else if (t === 'boolean') {
                const l = s.trim().toLowerCase();
                if (TRUE_TEXT.has(l))
                    text = 'true';
                else if (FALSE_TEXT.has(l))
                    text = 'false';
                else
                    f |= E_TYPE;
            }
            else if (t === 'timestamp') {
                num = parseTimestamp(s);
                if (num !== num)
                    f |= E_TYPE;
            }
            if ((f & E_TYPE) === 0) {
                if (this.minCheck && num < this.minBound)
                    f |= E_MIN;
                if (this.maxCheck && num > this.maxBound)
                    f |= E_MAX;
                if (this.inCheck && !this.allowedText.has(text))
                    f |= E_IN;
                if (this.patternCheck && !this.c.pattern.value.re.test(s))
                    f |= E_PATTERN;
                if (this.lengthCheck) {
                    const len = codePoints(s);
                    const l = this.c.length;
                    if ((l.min !== undefined && len < l.min) || (l.max !== undefined && len > l.max))
                        f |= E_LENGTH;
                }
                for (let j = 0; j < this.shareKeys.length; j++)
                    if (this.shareKeys[j].text === text)
                        share[k] = j;
            }
            flags[k] = f;
            nums[k] = num;
            canon[k] = text;
        }
        const numericStats = this.needNumbers;
        // The common batch: no empty cell and no value with a flag or a number to add up (a category column). Then only
        // how often each value comes matters: counted in one tight pass, not worded row by row.
        let plain = t !== 'timestamp' && flags.every((f) => f === 0) && (!numericStats || nums.every((v) => v !== v));
        if (plain) {
            const seen = new Int32Array(d);
            for (let i = 0; i < n; i++) {
                const c = codes[i];
                if (c < 0) {
                    plain = false;
                    break;
                }
                seen[c]++;
            }
            if (plain) {
                this.valid += n;
                for (let k = 0; k < d; k++)
                    if (share[k] >= 0)
                        this.shareKeys[share[k]].count += seen[k];
                return;
            }
        }
        for (let i = 0; i < n; i++) {
            const c = codes[i];
            if (c < 0) {
                this.nullRow(site, i);
                continue;
            }
            const f = flags[c];
            if (f & E_TYPE) {
                this.violate(this.typeCheck, site, i, () => dictionary[c]);
                continue;
            }
            const v = nums[c];
            if (numericStats && v === v) {
                // Same path as a number batch, so a column read as text in one file and numbers in another agrees.
                this.addNumber(v);
            }
            else {
                this.valid++;
                if (t === 'timestamp' && this.timestampSeen(v))
                    this.newestSite = exampleAt(site, i, truncateValue(dictionary[c]));
            }
            if (f !== 0) {
                const raw = numericStats && v === v ? canon[c] : dictionary[c];
                if (f & E_MIN)
                    this.violate(this.minCheck, site, i, () => raw);
                if (f & E_MAX)
                    this.violate(this.maxCheck, site, i, () => raw);
                if (f & E_IN)
                    this.newValue(canon[c], site, i);
                if (f & E_PATTERN)
                    this.violate(this.patternCheck, site, i, () => dictionary[c]);
                if (f & E_LENGTH)
                    this.violate(this.lengthCheck, site, i, () => dictionary[c]);
            }
            const sk = share[c];
            if (sk >= 0)
                this.shareKeys[sk].count++;
        }
    }
    /**
     * A batch of text cells given as byte ranges [starts[i], ends[i]) of `b` (an empty range: an empty cell), for a
     * rawEligible column: the same effects as stringBatch over the decoded texts, but a cell becomes a string only
     * when a check needs it (a value outside the byte fast paths, or an example). For 10 million ids or timestamps
     * that is 10 million strings not made.
     */
    rawBatch(b, starts, ends, n, site, k) {
        this.rows += n;
        const cells = this.cellsTable;
        if (k !== undefined && cells !== undefined && b.buffer === k.memory.buffer && starts.buffer === k.memory.buffer) {
            // The kernel finds the cells that need a look (kernel.wat cells); every other one is a valid value whose checks
            // pass: not empty, not a possible number of an untyped column, matched by the pattern.
            if (cells.len > 0)
                new Uint8Array(k.memory.buffer, kernel/* PATTERN_AT */.pH, cells.table.length).set(cells.table);
            const count = k.cells(starts.byteOffset, ends.byteOffset, n, b.byteOffset, kernel/* PATTERN_AT */.pH, cells.len, this.type === undefined ? 1 : 0, kernel/* EXCEPTIONS_AT */.P5);
            this.valid += n - count;
            const exc = new Int32Array(k.memory.buffer, kernel/* EXCEPTIONS_AT */.P5, count).slice();
            for (let j = 0; j < count; j++)
                this.rawCell(b, starts[exc[j]], ends[exc[j]], exc[j], site);
            return;
        }
        for (let i = 0; i < n; i++)
            this.rawCell(b, starts[i], ends[i], i, site);
    }
    /** One cell of rawBatch (its row already counted). */
    rawCell(b, s, e, i, site) {
        const isTs = this.type === 'timestamp';
        const untyped = this.type === undefined;
        const pattern = this.patternCheck ? this.c.pattern.value.re : undefined;
        const bytePattern = this.bytePattern;
        const l = this.c.length;
        if (s === e) {
            this.nullRow(site, i);
            return;
        }
        if (untyped && mayBeNumber(b[s])) {
            // What stringBatch does with a one-value dictionary (it counts the row itself).
            this.rows--;
            this.stringBatch(Int32Array.of(0), [b.toString('utf8', s, e)], { file: site.file, lines: site.lines?.subarray(i, i + 1), firstLine: site.firstLine === undefined ? undefined : site.firstLine + i, rowOffset: site.rowOffset + i });
            return;
        }
        // The cell's text (UTF-8, which for ASCII is what latin1 gives), made only when a check needs it; no closure
        // a cell either: 10 million of them would be garbage.
        let text;
        let v = NaN;
        if (isTs) {
            // The fast shapes are ASCII: other bytes fail them and take parseTimestamp.
            v = fastTimestampBytes(b, s, e);
            if (v !== v)
                v = parseTimestamp((text ??= b.toString('utf8', s, e)));
            if (v !== v) {
                const x = text;
                this.violate(this.typeCheck, site, i, () => x);
                return;
            }
        }
        this.valid++;
        let f = 0;
        if (isTs) {
            if (this.timestampSeen(v))
                this.newestSite = exampleAt(site, i, truncateValue((text ??= b.toString('utf8', s, e))));
            if (this.minCheck && v < this.minBound)
                f |= E_MIN;
            if (this.maxCheck && v > this.maxBound)
                f |= E_MAX;
        }
        if (pattern !== undefined) {
            // The byte matcher takes ASCII only: a cell it refuses that holds other bytes goes to the RegExp.
            const ok = bytePattern !== undefined ? bytePattern(b, s, e) || (!isAscii(b, s, e) && pattern.test((text ??= b.toString('utf8', s, e)))) : pattern.test((text ??= b.toString('utf8', s, e)));
            if (!ok)
                f |= E_PATTERN;
        }
        if (l !== undefined) {
            const len = isAscii(b, s, e) ? e - s : codePoints((text ??= b.toString('utf8', s, e)));
            if ((l.min !== undefined && len < l.min) || (l.max !== undefined && len > l.max))
                f |= E_LENGTH;
        }
        if (f !== 0) {
            const x = (text ??= b.toString('utf8', s, e));
            const value = () => x;
            if (f & E_MIN)
                this.violate(this.minCheck, site, i, value);
            if (f & E_MAX)
                this.violate(this.maxCheck, site, i, value);
            if (f & E_PATTERN)
                this.violate(this.patternCheck, site, i, value);
            if (f & E_LENGTH)
                this.violate(this.lengthCheck, site, i, value);
        }
    }
    /**
     * A batch of a stampEligible column's cells given as byte ranges of `b` (as rawBatch takes them) with their times
     * already made by the kernel (kernel.wat stamps; NaN: a cell of another shape, or empty): the same effects as
     * rawBatch, the other cells parsed here.
     */
    stampBatch(times, b, starts, ends, n, site) {
        this.rows += n;
        const { minCheck, maxCheck, minBound, maxBound } = this;
        for (let i = 0; i < n; i++) {
            let v = times[i];
            if (v !== v) {
                const s = starts[i];
                const e = ends[i];
                if (s === e) {
                    this.nullRow(site, i);
                    continue;
                }
                const text = b.toString('utf8', s, e);
                v = parseTimestamp(text);
                if (v !== v) {
                    this.violate(this.typeCheck, site, i, () => text);
                    continue;
                }
            }
            this.valid++;
            if (this.timestampSeen(v))
                this.newestSite = exampleAt(site, i, truncateValue(b.toString('utf8', starts[i], ends[i])));
            if ((minCheck && v < minBound) || (maxCheck && v > maxBound)) {
                const text = b.toString('utf8', starts[i], ends[i]);
                if (minCheck && v < minBound)
                    this.violate(minCheck, site, i, () => text);
                if (maxCheck && v > maxBound)
                    this.violate(maxCheck, site, i, () => text);
            }
        }
    }
    /** This column's state after the rows seen so far (one part of a table); see ColumnPart. */
    part() {
        return {
            rows: this.rows,
            nulls: this.nulls,
            valid: this.valid,
            nullExamples: this.nullExamples,
            obsMin: this.obsMin,
            obsMax: this.obsMax,
            wN: this.wN,
            wMean: this.wMean,
            wM2: this.wM2,
            newest: this.newest,
            newestSite: this.newestSite,
            newValues: [...this.newValues.entries()],
            shares: this.shareKeys.map((s) => s.count),
            sample: this.sample?.state(),
            checks: this.checks.map((k) => ({ violations: k.violations, examples: k.examples })),
        };
    }
    /**
     * Add a part that follows everything absorbed so far; its rows and lines count from the part's start (`rowBase`
     * rows and `lineBase` lines of the file come before it). Counts, extremes, examples (the first ones in file order),
     * the newest timestamp and the quantile sample come out as one pass over the same rows gives them; the mean and
     * variance are combined by Chan, Golub & LeVeque's pairwise update (1979), which depends only on the parts, so the
     * result is the same for any number of threads.
     */
    absorb(p, rowBase, lineBase) {
        const max = this.maxExamples;
        this.rows += p.rows;
        this.nulls += p.nulls;
        this.valid += p.valid;
        for (const e of p.nullExamples) {
            if (this.nullExamples.length >= max)
                break;
            this.nullExamples.push(shifted(e, rowBase, lineBase));
        }
        if (p.obsMin < this.obsMin)
            this.obsMin = p.obsMin;
        if (p.obsMax > this.obsMax)
            this.obsMax = p.obsMax;
        if (p.wN > 0) {
            if (this.wN === 0) {
                this.wN = p.wN;
                this.wMean = p.wMean;
                this.wM2 = p.wM2;
            }
            else {
                const n = this.wN + p.wN;
                const d = p.wMean - this.wMean;
                this.wMean += (d * p.wN) / n;
                this.wM2 += p.wM2 + (((d * d * this.wN) / n) * p.wN);
                this.wN = n;
            }
        }
        if (p.newest > this.newest && p.newestSite) {
            this.newest = p.newest;
            this.newestSite = shifted(p.newestSite, rowBase, lineBase);
        }
        for (const [text, k] of p.newValues) {
            if (this.newValues.size < 1000 || this.newValues.has(text))
                this.newValues.set(text, (this.newValues.get(text) ?? 0) + k);
        }
        for (let j = 0; j < this.shareKeys.length; j++)
            this.shareKeys[j].count += p.shares[j];
        if (p.sample)
            this.sample.absorb(p.sample);
        for (let j = 0; j < this.checks.length; j++) {
            const k = this.checks[j];
            const q = p.checks[j];
            k.violations += q.violations;
            for (const e of q.examples) {
                if (k.examples.length >= max)
                    break;
                k.examples.push(shifted(e, rowBase, lineBase));
            }
        }
    }
    /** Judge the aggregate checks and set every check's observed value and status. `now`: ms, for freshness. */
    finish(now) {
        const fmt = (x) => (Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x));
        const isTs = this.type === 'timestamp';
        const showBound = (x) => (isTs ? new Date(x).toISOString() : fmt(x));
        if (this.typeCheck)
            this.typeCheck.observed = this.typeCheck.violations === 0 ? `all ${this.valid} non-null values are ${this.type}` : `${this.typeCheck.violations} value${this.typeCheck.violations === 1 ? ' is' : 's are'} not ${this.type}`;
        if (this.nullCheck) {
            const n = this.c.nulls;
            const share = this.rows === 0 ? 0 : this.nulls / this.rows;
            const bad = n['max-count'] !== undefined ? this.nulls > n['max-count'] : share > n['max-share'];
            this.nullCheck.observed = `${this.nulls} null${this.nulls === 1 ? '' : 's'} of ${this.rows} rows (share ${fmt(share)})`;
            this.nullCheck.violations = bad ? this.nulls : 0;
            if (bad)
                this.nullCheck.examples = this.nullExamples;
        }
        const range = this.valid === 0 || this.obsMin === Infinity ? 'no values' : `min ${showBound(this.obsMin)}, max ${showBound(this.obsMax)}`;
        if (this.minCheck)
            this.minCheck.observed = this.minCheck.violations ? `${this.minCheck.violations} below; ${range}` : range;
        if (this.maxCheck)
            this.maxCheck.observed = this.maxCheck.violations ? `${this.maxCheck.violations} above; ${range}` : range;
        if (this.inCheck) {
            const nv = this.c['new-values'] ?? 'fail';
            const list = [...this.newValues.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10).map(([v, k]) => `${truncateValue(v)} (${k})`);
            this.inCheck.observed = this.newValues.size === 0 ? 'no values outside the list' : `values outside the list: ${list.join(', ')}${this.newValues.size > 10 ? ', …' : ''}`;
            if (nv === 'allow') {
                this.inCheck.violations = 0;
                this.inCheck.examples = [];
            }
        }
        if (this.patternCheck)
            this.patternCheck.observed = `${this.patternCheck.violations} value${this.patternCheck.violations === 1 ? '' : 's'} do not match`;
        if (this.lengthCheck)
            this.lengthCheck.observed = `${this.lengthCheck.violations} value${this.lengthCheck.violations === 1 ? '' : 's'} outside the length range`;
        const nonNull = this.valid;
        for (const s of this.shareKeys) {
            const share = nonNull === 0 ? NaN : s.count / nonNull;
            s.check.observed = `share ${fmt(share)} (${s.count} of ${nonNull})`;
            s.check.violations = outside(share, s.min, s.max) ? 1 : 0;
        }
        if (this.freshCheck) {
            const maxAge = this.c.freshness.value;
            if (this.newestSite === undefined) {
                this.freshCheck.observed = 'no timestamps';
                this.freshCheck.violations = 1;
            }
            else {
                const age = now - this.newest;
                this.freshCheck.observed = `newest ${new Date(this.newest).toISOString()}, ${(0,units/* formatDuration */.a3)(age)} old`;
                this.freshCheck.violations = age > maxAge ? 1 : 0;
                if (age > maxAge)
                    this.freshCheck.examples = [this.newestSite];
            }
        }
        if (this.meanCheck) {
            const m = this.wN === 0 ? NaN : this.wMean;
            this.meanCheck.observed = `mean ${fmt(m)}`;
            this.meanCheck.violations = outside(m, this.c.mean.min, this.c.mean.max) ? 1 : 0;
        }
        if (this.stdCheck) {
            // Sample standard deviation (n − 1), as pandas' Series.std.
            const sd = this.wN < 2 ? NaN : Math.sqrt(this.wM2 / (this.wN - 1));
            this.stdCheck.observed = `std ${fmt(sd)}`;
            this.stdCheck.violations = outside(sd, this.c.std.min, this.c.std.max) ? 1 : 0;
        }
        for (const q of this.quantileChecks) {
            const v = this.sample.quantile(q.p);
            q.check.observed = `q${q.p} ${fmt(v)}${this.sample.exact ? '' : ' (estimated from a sample)'}`;
            q.check.violations = outside(v, q.min, q.max) ? 1 : 0;
        }
        for (const k of this.checks)
            k.status = k.violations === 0 ? 'pass' : k.severity === 'warn' ? 'warn' : 'fail';
    }
}
/**
 * Whether a text starting with this byte could be a number to parseNumberText (digits, sign, point, NaN/Inf, or
 * space and non-ASCII, which trimming may remove).
 */
function mayBeNumber(c) {
    return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c <= 32 || c >= 0x80 || c === 110 || c === 78 || c === 105 || c === 73;
}
/** NaN (no values) is outside every range: a check on an empty column fails closed. */
function outside(x, min, max) {
    if (x !== x)
        return true;
    return (min !== undefined && x < min) || (max !== undefined && x > max);
}
function rangeText(min, max, unit = '') {
    const u = unit ? ` ${unit}` : '';
    if (min !== undefined && max !== undefined)
        return `in [${min}, ${max}]${u}`;
    if (min !== undefined)
        return `≥ ${min}${u}`;
    return `≤ ${max}${u}`;
}
function codePoints(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff)
            n--;
    }
    return n;
}


/***/ }),

/***/ 99266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VZ: () => (/* binding */ keyRowsFast),
/* harmony export */   cK: () => (/* binding */ validateRangeFast),
/* harmony export */   x_: () => (/* binding */ fastPathEnabled)
/* harmony export */ });
/* unused harmony exports kernelNumbers, kernelStamps, kernelDictionary, kernelKeys */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io_builder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39483);
/* harmony import */ var _io_dictionary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5394);
/* harmony import */ var _io_number_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3803);
/* harmony import */ var _io_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51102);
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72520);
/* harmony import */ var _kernel_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(88830);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21024);
/* harmony import */ var _part_state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(137);
/* harmony import */ var _sample_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(10874);
/**
 * validate-data's fast path for one row range of a large plain CSV/TSV (the first range starts with the header line,
 * read here; the others come with the header): the same PartResult as validatePart through DelimitedParser, in a
 * fraction of the time. Written by hand because it is the hot path of a 1 GB validation (scripts/bench/validate.mjs):
 *
 * 1. Rows and fields cut from a window of bytes in the WebAssembly kernel's memory (kernel.wat scan: 16 bytes at a
 *    time with SIMD compares, ~25 ns a 70-byte row against ~75 ns four bytes at a time in JavaScript), read 512 KiB
 *    at a time, batch by batch — up to 8,192 rows, a batch also ending where a read does (no check depends on where
 *    batches end: the tests compare the reports with reads of a few hundred bytes) — each wanted field as a byte
 *    range.
 * 2. Each column's batch handed to its checks from the bytes: numbers of the common shapes parsed by the kernel
 *    (nums; the others as io/number.ts parses them) and checked by it (stats, in ColumnState.numberBatch), text with
 *    few distinct values dictionary-encoded by it (dict), text or timestamps with one value a row checked on the
 *    bytes (ColumnState.rawBatch) — no string per id or timestamp — and unique keys hashed from the bytes (keys).
 *
 * It gives up (undefined: the caller reads the range the general way, which words any error) at anything the
 * general parser would treat specially: a quote, a lone CR, a blank line, a row with the wrong number of fields, a
 * number column that meets text after numbers within a batch, a cell over MLCI_MAX_LINE_BYTES, a window that cannot
 * hold a batch. So its answer is the general path's by construction; the tests compare the report bytes of both on
 * the same files.
 */










const LF = 10;
const CR = 13;
const QUOTE = 34;
const WINDOW = 1 << 20;
/**
 * Bytes a read at most; the rows cut from them are checked before the next read, while the bytes are still in the
 * core's cache (reads of the whole 4 MiB window took ~10% more CPU at 10 million rows). MLCI_VALIDATE_READ_BYTES sets
 * it (the tests use a few hundred bytes, so reads end inside rows and cells).
 */
const READ_BYTES = 512 * 1024;
function readBytes(env = process.env) {
    const v = Number(env.MLCI_VALIDATE_READ_BYTES);
    return Number.isInteger(v) && v > 0 ? v : READ_BYTES;
}
/** A batch's rows must fit a window; past this the general reader takes the range. */
const MAX_WINDOW = 256 << 20;
/** How a wanted column's cells are handed over: parsed as numbers, dictionary-encoded text, or raw bytes. */
const NUM = 0;
const STR = 1;
const RAW = 2;
/** MLCI_VALIDATE_FAST=0 turns this path off (the tests compare both). */
function fastPathEnabled(env = process.env) {
    return env.MLCI_VALIDATE_FAST !== '0';
}
/** The size of this thread's window (in its kernel's memory, reused part after part), which only grows. */
let threadWindowBytes = WINDOW;
const threadLogs = [];
/** The cells in the kernel's memory, their starts and ends (tests; not while a part is read). */
function kernelWith(cells) {
    const k = kernel();
    const bytes = cells.map((c) => Buffer.from(c, 'utf8'));
    const n = cells.length;
    const S0 = KERNEL_BASE;
    const E0 = S0 + n * 4;
    const OUT = align(E0 + n * 4, 16);
    const W = align(OUT + Math.max(n * 8, 3 * KEY_SCRATCH) + DICT_VALUES * 12 + DICT_SLOTS * 4 + 3 * KEY_SCRATCH, 16);
    const need = W + bytes.reduce((t, b) => t + b.length, 0) + 16;
    if (k.memory.buffer.byteLength < need)
        k.memory.grow(Math.ceil((need - k.memory.buffer.byteLength) / 65536));
    const mem = k.memory.buffer;
    new Float64Array(mem, 0, POW10.length).set(POW10);
    const starts = new Int32Array(mem, S0, n);
    const ends = new Int32Array(mem, E0, n);
    const window = new Uint8Array(mem, W);
    let at = 0;
    bytes.forEach((b, i) => {
        window.set(b, at);
        starts[i] = at;
        ends[i] = at += b.length;
    });
    return { k, mem, S0, E0, OUT, W, n };
}
/** The kernel's number for each of `cells` (tests), or undefined for a cell it leaves to the caller. */
function kernelNumbers(cells) {
    const { k, mem, S0, E0, OUT, W, n } = kernelWith(cells);
    const out = new Float64Array(mem, OUT, n);
    const got = [];
    for (let i = 0; i < n;) {
        const stop = k.nums(S0, E0, i, n, OUT, W, 0);
        for (; i < stop; i++)
            got.push(out[i]);
        if (stop < n) {
            got.push(undefined);
            i = stop + 1;
        }
    }
    return got;
}
/** The kernel's time of each of `cells` (tests): NaN for a cell it leaves to the caller (or empty). */
function kernelStamps(cells) {
    const { k, mem, S0, E0, OUT, W, n } = kernelWith(cells);
    const nans = k.stamps(S0, E0, n, OUT, W);
    const got = [...new Float64Array(mem, OUT, n)];
    if (nans !== got.filter((v) => v !== v).length)
        throw new Error('internal: stamps counted its NaNs wrong');
    return got;
}
/** The kernel's dictionary of `cells` (tests): codes and values, or undefined past DICT_VALUES values. */
function kernelDictionary(cells) {
    const { k, mem, S0, E0, OUT, W, n } = kernelWith(cells);
    const ents = W - 3 * KEY_SCRATCH - DICT_VALUES * 12 - DICT_SLOTS * 4;
    const column = { name: 'c', starts: new Int32Array(mem, S0, n), ends: new Int32Array(mem, E0, n), codes: OUT, wide: false };
    const col = kernelTextColumn(column, Buffer.from(mem, W), n, k, { win: W, pow: 0, ents, tab: ents + DICT_VALUES * 12, keys: 0 });
    return col && { codes: [...col.codes], dictionary: col.dictionary, nullCount: col.nullCount };
}
/** The kernel's key hash pair for each of `cells` (tests), or undefined for a cell it skips or leaves to the caller. */
function kernelKeys(cells, textual) {
    const { k, mem, S0, E0, OUT, W, n } = kernelWith(cells);
    const got = new Array(n).fill(undefined);
    k.keyed.value = 0;
    for (let i = 0; i < n; i++)
        i = k.keys(S0, E0, i, n, textual ? 1 : 0, W, OUT, 0);
    const t = new Uint32Array(mem, OUT, 3 * BATCH_ROWS);
    for (let j = 0; j < k.keyed.value; j++)
        got[t[3 * j + 2]] = [t[3 * j], t[3 * j + 1]];
    return got;
}
/** This thread's k-th key log, emptied. */
function threadLog(k) {
    const log = (threadLogs[k] ??= new _part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .Log */ .tG());
    log.n = 0;
    return log;
}
class GiveUp extends Error {
}
const giveUp = new GiveUp();
const EMPTY = new Int32Array(0);
/** A third of the room for a batch's keys: 8,192 (h0, h1, row) triples of 4-byte words, as kernel.wat keys writes them. */
const KEY_SCRATCH = 8192 * 4;
/** The kernel's dictionary of a batch: at most this many values, in a table of this many slots (a quarter full). */
const DICT_VALUES = 256;
const DICT_SLOTS = 1024;
if (_part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .BATCH_ROWS */ .B8 > 8192)
    throw new Error('internal: the kernel holds 8,192 keys a batch');
const NO_VALUES = new Float64Array(0);
function align(n, to) {
    return Math.ceil(n / to) * to;
}
async function validateRangeFast(t) {
    const r = t.range;
    if (r === undefined || !fastPathEnabled())
        return undefined;
    // The first range starts with the header line: read it here when it is plain (else the general reader words it).
    const head = r.header === undefined ? headerLine(t.path, r.start, r.end, r.delimiter) : undefined;
    if (r.header === undefined && head === undefined)
        return undefined;
    const header = r.header ?? head.names;
    if (header.length === 0 || new Set(header).size !== header.length)
        return undefined;
    const { wanted, types } = (0,_part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .readPlan */ .m3)(t.contract);
    const columns = Object.entries(t.contract.columns).map(([c, rule], i) => new _column_js__WEBPACK_IMPORTED_MODULE_4__/* .ColumnState */ .yO(t.table, c, rule, t.maxExamples, (0,_sample_js__WEBPACK_IMPORTED_MODULE_7__/* .partScratch */ .Ek)(i)));
    const stateOf = new Map(columns.map((c) => [c.name, c]));
    const width = header.length;
    const slotOf = new Int32Array(width).fill(-1);
    const present = [];
    const names = wanted.filter((name) => header.includes(name));
    // Every wanted field's byte range in the batch, one flat array a side: slot k's row i at k × STRIDE + i.
    const STRIDE = _part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .BATCH_ROWS */ .B8 + 1;
    // The kernel's memory: powers of ten, the slot of each field, the field starts and ends, the numbers of each
    // column read as numbers, a batch's key hashes, then the window (last, so it can grow in place) and 16 bytes of
    // slack for the last 16-byte load.
    const POW = 0;
    const SLOT = _kernel_js__WEBPACK_IMPORTED_MODULE_8__/* .KERNEL_BASE */ .wJ;
    const FS = align(SLOT + width * 4, 16);
    const FE = FS + names.length * STRIDE * 4;
    const VALS = align(FE + names.length * STRIDE * 4, 16);
    const k = (0,_kernel_js__WEBPACK_IMPORTED_MODULE_8__/* .kernel */ .UF)();
    let numbered = 0;
    for (const name of names) {
        const field = header.indexOf(name);
        const state = stateOf.get(name);
        const mode = types[name] === 'string' ? (state?.rawEligible ? RAW : STR) : NUM;
        slotOf[field] = present.length * STRIDE;
        // Room for a batch of numbers only for the columns read as numbers (text is never read as numbers later).
        // A timestamp column the kernel times (stamps) has a batch of numbers too.
        const stamp = mode === RAW && state.stampEligible;
        const out = mode === NUM || stamp ? VALS + numbered++ * _part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .BATCH_ROWS */ .B8 * 8 : -1;
        present.push({ name, mode, state, starts: EMPTY, ends: EMPTY, values: NO_VALUES, out, codes: -1, wide: false, direct: false, col: undefined, keyOnly: state === undefined, slot: present.length, stamp });
    }
    // Room for a batch of codes for the columns that may be dictionary-encoded (read as text or numbers, not raw).
    let coded = 0;
    const CODES = align(VALS + numbered * _part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .BATCH_ROWS */ .B8 * 8, 16);
    for (const w of present)
        if (w.mode !== RAW)
            w.codes = CODES + coded++ * _part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .BATCH_ROWS */ .B8 * 4;
    const ENTS = CODES + coded * _part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .BATCH_ROWS */ .B8 * 4;
    const TAB = ENTS + DICT_VALUES * 12;
    const KEYS = TAB + DICT_SLOTS * 4;
    const WIN = KEYS + 3 * KEY_SCRATCH;
    const at = { win: WIN, pow: POW, ents: ENTS, tab: TAB, keys: KEYS };
    const byName = new Map(present.map((w) => [w.name, w]));
    // Key logs reused part after part too (take() copies them out, grouped); one a unique check.
    const uniques = t.contract.unique.map((u, k) => ({ columns: u.columns, textual: (0,_part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .textualOf */ .pq)(t.contract, u.columns, types), log: threadLog(k) }));
    const d = r.delimiter;
    /** Line of the first row: after the header line in the first range. */
    const firstLine = (r.firstLine ?? 1) + (head === undefined ? 0 : 1);
    // Views of the kernel's memory, made again whenever it grows (growing detaches the old ones).
    let buf = Buffer.alloc(0);
    let fStarts = EMPTY;
    let fEnds = EMPTY;
    const bind = (windowBytes) => {
        const need = WIN + windowBytes + 16;
        const have = k.memory.buffer.byteLength;
        if (have < need)
            k.memory.grow(Math.ceil((need - have) / 65536));
        const mem = k.memory.buffer;
        new Float64Array(mem, POW, _io_number_js__WEBPACK_IMPORTED_MODULE_2__/* .POW10 */ .Y3.length).set(_io_number_js__WEBPACK_IMPORTED_MODULE_2__/* .POW10 */ .Y3);
        new Int32Array(mem, SLOT, width).set(slotOf);
        fStarts = new Int32Array(mem, FS, names.length * STRIDE);
        fEnds = new Int32Array(mem, FE, names.length * STRIDE);
        for (const w of present) {
            w.starts = fStarts.subarray(w.slot * STRIDE, (w.slot + 1) * STRIDE);
            w.ends = fEnds.subarray(w.slot * STRIDE, (w.slot + 1) * STRIDE);
            if (w.out >= 0)
                w.values = new Float64Array(mem, w.out, _part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .BATCH_ROWS */ .B8);
        }
        buf = Buffer.from(mem, WIN, windowBytes);
    };
    bind(threadWindowBytes);
    /** The cutter's state between slices (see cut): field, fieldStart, rowStart, batchN, crAt, and rows so far. */
    const st = new Int32Array(6);
    st[S_CR] = -2;
    /** Byte offset (in buf) where the current batch's first row starts. */
    let batchStart = 0;
    const emit = (n) => {
        const rows = st[S_ROWS];
        // One row a line: a row's line is the batch's first line plus its index.
        const site = { file: t.shown, lines: undefined, firstLine: firstLine + rows - n, rowOffset: rows - n };
        // A column read as text whose checks rawBatch decides (or with none: a key's) needs no dictionary: its cells are
        // checked, and its keys hashed, from the bytes (rawBatch, rawKeys).
        for (const w of present)
            w.col = w.mode === RAW || (w.mode === STR && (w.keyOnly || w.state.rawWhenText)) ? undefined : materialize(w, buf, n, k, at);
        for (const c of columns) {
            const w = byName.get(c.name);
            if (w === undefined)
                c.absentBatch(n, site);
            else if (w.stamp) {
                k.stamps(w.starts.byteOffset, w.ends.byteOffset, n, w.out, WIN);
                c.stampBatch(w.values, buf, w.starts, w.ends, n, site);
            }
            else if (w.col === undefined)
                c.rawBatch(buf, w.starts, w.ends, n, site, k);
            else if (w.col.kind === 'number')
                c.numberBatch(w.col.values, site);
            else
                c.stringBatch(w.col.codes, w.col.dictionary, site);
        }
        for (const u of uniques) {
            const ws = u.columns.map((name) => byName.get(name));
            if (ws.some((w) => w === undefined))
                continue;
            const key = ws;
            if (key.length === 1 && key[0].col === undefined)
                rawKeys(u.log, key[0], buf, n, rows - n, u.textual[0], k, at);
            // A compound key with a column given as bytes: that column as the text column the reader delivers.
            else
                (0,_part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .logKeys */ .HR)(u.log, u.textual, key.map((w) => w.col ?? textColumn(w, buf, n, true)), n, rows - n);
        }
        for (const w of present)
            w.col = undefined;
    };
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(t.path, 'r');
    try {
        let pos = r.start + (head?.bytes ?? 0);
        let filled = 0;
        const maxCell = (0,_io_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .maxLineBytes */ .YW)();
        const readSize = readBytes();
        /** The kernel's scan of buf[at, filled), its state from and back to st. */
        const scan = (at, last) => {
            k.field.value = st[S_FIELD];
            k.fstart.value = st[S_FSTART];
            k.rowStart.value = st[S_ROW];
            k.batchN.value = st[S_BATCH];
            k.crAt.value = st[S_CR];
            k.rows.value = st[S_ROWS];
            const out = k.scan(at, filled, last ? 1 : 0, WIN, SLOT, FS, FE, d, width, maxCell, _part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .BATCH_ROWS */ .B8);
            st[S_FIELD] = k.field.value;
            st[S_FSTART] = k.fstart.value;
            st[S_ROW] = k.rowStart.value;
            st[S_BATCH] = k.batchN.value;
            st[S_CR] = k.crAt.value;
            st[S_ROWS] = k.rows.value;
            return out;
        };
        for (;;) {
            if (filled === buf.length) {
                // A batch longer than the window: the window doubles (in place: it is the last thing in the memory).
                if (buf.length * 2 > MAX_WINDOW)
                    return undefined;
                threadWindowBytes = buf.length * 2;
                bind(threadWindowBytes);
            }
            const n = pos < r.end ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, filled, Math.min(buf.length - filled, r.end - pos, readSize), pos) : 0;
            const last = n === 0;
            const from = filled;
            filled += n;
            pos += n;
            // Rows and fields cut from the new bytes, a batch at a time.
            for (let at = from; at < filled;) {
                at = scan(at, last);
                if (at < 0)
                    return undefined;
                if (st[S_BATCH] === _part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .BATCH_ROWS */ .B8) {
                    emit(_part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .BATCH_ROWS */ .B8);
                    st[S_BATCH] = 0;
                    batchStart = st[S_ROW];
                }
            }
            // The rows cut so far are checked now, while their bytes are in the core's cache: only the row being cut
            // stays for the next read.
            if (!last && st[S_BATCH] > 0) {
                const cut = st[S_BATCH];
                emit(cut);
                // The fields of the row being cut so far were put after the batch's rows: they become row 0's.
                for (let j = 0; j < present.length; j++) {
                    fStarts[j * STRIDE] = fStarts[j * STRIDE + cut];
                    fEnds[j * STRIDE] = fEnds[j * STRIDE + cut];
                }
                st[S_BATCH] = 0;
                batchStart = st[S_ROW];
            }
            if (last) {
                if (st[S_CR] === filled - 1)
                    return undefined;
                if (st[S_ROW] < filled) {
                    // The file's last line, without a line end.
                    const field = st[S_FIELD];
                    if (field !== width - 1)
                        return undefined;
                    const slot = slotOf[field];
                    if (slot >= 0) {
                        fStarts[slot + st[S_BATCH]] = st[S_FSTART];
                        fEnds[slot + st[S_BATCH]] = filled;
                    }
                    st[S_ROWS]++;
                    st[S_BATCH]++;
                }
                if (st[S_BATCH] > 0)
                    emit(st[S_BATCH]);
                break;
            }
            // Keep the current batch's bytes (and the row being cut); move them to the front of the window.
            const delta = batchStart;
            if (delta > 0) {
                buf.copyWithin(0, delta, filled);
                filled -= delta;
                const batchN = st[S_BATCH];
                for (let k = 0; k < present.length; k++) {
                    for (let i = k * STRIDE, e = i + batchN; i <= e; i++) {
                        fStarts[i] -= delta;
                        fEnds[i] -= delta;
                    }
                }
                st[S_ROW] -= delta;
                st[S_FSTART] -= delta;
                st[S_CR] -= delta;
                batchStart = 0;
            }
        }
    }
    catch (e) {
        if (e instanceof GiveUp)
            return undefined;
        throw e;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    const rows = st[S_ROWS];
    return {
        rows,
        endLine: firstLine + rows,
        present: wanted.filter((w) => byName.has(w)),
        columns: columns.map((c) => c.part()),
        keys: uniques.map((u) => u.log.take()),
        fast: true,
    };
}
/**
 * keyRows for a range the fast path read (PartResult.fast: one row a line, no quote) and a key of columns read as
 * text: the rows' lines found by their line ends and the key cells cut from them — a few milliseconds instead of
 * reading the range again through the reader. Undefined when the key has a column not read as text (its text is
 * then the number the reader makes of it) or is not in the header.
 */
function keyRowsFast(t, key, rows) {
    const r = t.range;
    if (r === undefined)
        return undefined;
    const { types } = (0,_part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .readPlan */ .m3)(t.contract);
    if (key.some((c) => types[c] !== 'string'))
        return undefined;
    const head = r.header === undefined ? headerLine(t.path, r.start, r.end, r.delimiter) : undefined;
    const header = r.header ?? head?.names;
    if (header === undefined)
        return undefined;
    const fields = key.map((c) => header.indexOf(c));
    if (fields.some((f) => f < 0))
        return undefined;
    const out = new Map();
    const wanted = [...rows].sort((a, b) => a - b);
    /** Line number (in the range) of the first row: the header is line 1 of the first range. */
    const firstLine = (r.firstLine ?? 1) + (head === undefined ? 0 : 1);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(t.path, 'r');
    try {
        const chunk = Buffer.allocUnsafe(1 << 22);
        let carry = Buffer.alloc(0);
        let row = 0;
        let w = 0;
        for (let pos = r.start + (head?.bytes ?? 0); pos < r.end && w < wanted.length;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, Math.min(chunk.length, r.end - pos), pos);
            if (n === 0)
                break;
            pos += n;
            const buf = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
            let at = 0;
            for (;;) {
                const lf = buf.indexOf(LF, at);
                const end = lf >= 0 ? lf : pos === r.end ? buf.length : -1;
                if (end < 0)
                    break;
                if (row === wanted[w]) {
                    const line = buf.toString('utf8', at, end > at && buf[end - 1] === CR && lf >= 0 ? end - 1 : end).split(String.fromCharCode(r.delimiter));
                    out.set(row, { line: firstLine + row, value: (0,_column_js__WEBPACK_IMPORTED_MODULE_4__/* .truncateValue */ .ao)(fields.map((f) => line[f]).join(', ')) });
                    while (wanted[w] === row)
                        w++;
                    if (w === wanted.length)
                        return out;
                }
                row++;
                if (lf < 0)
                    break;
                at = lf + 1;
            }
            carry = Buffer.from(buf.subarray(at));
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    return out.size === new Set(rows).size ? out : undefined;
}
const S_FIELD = 0;
const S_FSTART = 1;
const S_ROW = 2;
const S_BATCH = 3;
const S_CR = 4;
const S_ROWS = 5;
/**
 * The header line at `start`: its names (UTF-8, as DelimitedParser decodes them) and its bytes with the line end, or
 * undefined when it is not plain (a quote, a lone CR, a blank first line, longer than 64 KiB).
 */
function headerLine(path, start, end, d) {
    const buf = Buffer.allocUnsafe(Math.min(64 * 1024, end - start));
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    let n;
    try {
        n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, buf.length, start);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    const lf = buf.subarray(0, n).indexOf(LF);
    if (lf <= 0)
        return undefined;
    const lineEnd = buf[lf - 1] === CR ? lf - 1 : lf;
    const line = buf.subarray(0, lineEnd);
    if (lineEnd === 0 || line.includes(QUOTE) || line.includes(CR))
        return undefined;
    const names = [];
    let from = 0;
    for (let i = 0; i <= lineEnd; i++) {
        if (i === lineEnd || line[i] === d) {
            names.push(line.toString('utf8', from, i));
            from = i + 1;
        }
    }
    return { names, bytes: lf + 1 };
}
/**
 * A NUM or STR column's batch as the reader's builder would deliver it (io/builder.ts BytesColumnBuilder). Numbers
 * of the common shapes are parsed by the kernel (nums); each other cell here, as the reader parses it.
 */
function materialize(w, buf, n, k, at) {
    const { starts, ends } = w;
    if (w.mode === NUM) {
        // The batch's array is handed to the checks and not kept by them: one a column, reused.
        const values = w.values.subarray(0, n);
        k.nulls.value = 0;
        k.numbers.value = 0;
        let numbers = 0;
        let i = 0;
        for (;;) {
            i = k.nums(starts.byteOffset, ends.byteOffset, i, n, w.out, at.win, at.pow);
            if (i === n)
                break;
            // A sign, an exponent, a long or odd number, or text.
            const s = starts[i];
            const e = ends[i];
            let v = (0,_io_number_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDecimalBytes */ .UI)(buf, s, e);
            if (v !== v) {
                const slow = (0,_io_number_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumberText */ .ke)(buf.toString('utf8', s, e), true);
                if (slow === undefined)
                    break;
                v = slow;
            }
            values[i++] = v;
            numbers++;
        }
        numbers += k.numbers.value;
        if (i === n)
            return { kind: 'number', name: w.name, values, nullCount: k.nulls.value };
        // Text: with only empty cells before it in this batch the column becomes text from here on, as the reader's
        // builder does; after numbers the reader re-reads the batch, and so does the general path.
        if (numbers > 0)
            throw giveUp;
        w.mode = STR;
    }
    const col = (!w.direct && !w.wide && kernelTextColumn(w, buf, n, k, at)) || textColumn(w, buf, n, w.direct);
    w.direct = (0,_io_builder_js__WEBPACK_IMPORTED_MODULE_1__/* .mostlyDistinct */ .R0)(col.dictionary.length, n - col.nullCount);
    return col;
}
/**
 * textColumn (not direct) by the kernel (dict): the same codes and strings, ~4× faster a cell. Undefined past
 * DICT_VALUES values in the batch (the column then stays with textColumn: `wide`).
 */
function kernelTextColumn(w, buf, n, k, at) {
    const count = k.dict(w.starts.byteOffset, w.ends.byteOffset, n, w.codes, at.ents, DICT_VALUES, at.tab, DICT_SLOTS - 1, at.win);
    if (count < 0) {
        w.wide = true;
        return undefined;
    }
    const mem = k.memory.buffer;
    const ents = new Int32Array(mem, at.ents, count * 3);
    const dictionary = new Array(count);
    for (let c = 0; c < count; c++) {
        const s = ents[3 * c];
        const e = ents[3 * c + 1];
        let or = 0;
        for (let j = s; j < e; j++)
            or |= buf[j];
        dictionary[c] = (0,_io_dictionary_js__WEBPACK_IMPORTED_MODULE_9__/* .decode */ .D4)(buf, or < 0x80, s, e);
    }
    // The codes stay in the kernel's memory: the checks and keys read them before the next batch.
    return { kind: 'string', name: w.name, codes: new Int32Array(mem, w.codes, n), dictionary, nullCount: k.empty.value };
}
/** The cells as the text column the reader delivers, dictionary-encoded from their bytes (`direct`: no deduplication). */
function textColumn(w, buf, n, direct) {
    const dict = new _io_dictionary_js__WEBPACK_IMPORTED_MODULE_9__/* .ByteDictionary */ .rM(direct);
    const codes = new Int32Array(n);
    let nulls = 0;
    for (let i = 0; i < n; i++) {
        const s = w.starts[i];
        const e = w.ends[i];
        if (s === e) {
            codes[i] = -1;
            nulls++;
        }
        else {
            codes[i] = dict.code(buf, s, e);
        }
    }
    return { kind: 'string', name: w.name, codes, dictionary: dict.strings, nullCount: nulls };
}
const pair = new Uint32Array(2);
/**
 * One key column given as bytes: each non-empty cell hashed as logKeys hashes it — as text when the column is read as
 * text (`textual`), else as its number when it is one (parseNumberText; NaN text hashes as text). The kernel hashes
 * the ASCII cells that cannot be numbers (keys: keys.ts hashAsciiBytes), the others are hashed here.
 */
function rawKeys(log, w, buf, n, rowOffset, textual, k, at) {
    log.reserve(n);
    const mem = k.memory.buffer;
    // The kernel's keys, h0, h1 and row side by side as the log holds them.
    const triples = new Uint32Array(mem, at.keys, 3 * _part_state_js__WEBPACK_IMPORTED_MODULE_6__/* .BATCH_ROWS */ .B8);
    k.keyed.value = 0;
    let copied = 0;
    for (let i = 0;;) {
        i = k.keys(w.starts.byteOffset, w.ends.byteOffset, i, n, textual ? 1 : 0, at.win, at.keys, rowOffset);
        // The kernel's keys so far, then (in row order) the cell it left.
        const keyed = k.keyed.value;
        log.keys.set(triples.subarray(3 * copied, 3 * keyed), 3 * log.n);
        log.n += keyed - copied;
        copied = keyed;
        if (i === n)
            break;
        const s = w.starts[i];
        const e = w.ends[i];
        const text = buf.toString('utf8', s, e);
        const num = textual ? undefined : (0,_io_number_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumberText */ .ke)(text, true);
        if (num !== undefined && num === num)
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .hashNumber */ .YR)(num, pair);
        else
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .hashText */ .qj)(text, pair);
        log.push(pair[0], pair[1], rowOffset + i++);
    }
}


/***/ }),

/***/ 88830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P5: () => (/* binding */ EXCEPTIONS_AT),
  wJ: () => (/* binding */ KERNEL_BASE),
  pH: () => (/* binding */ PATTERN_AT),
  Wc: () => (/* binding */ PATTERN_MAX),
  cx: () => (/* binding */ STATS_AT),
  UF: () => (/* binding */ kernel),
  $C: () => (/* binding */ kernelIfAny)
});

;// CONCATENATED MODULE: ../../packages/core/src/contract/kernel-wasm.ts
// Generated by scripts/build-wasm.mjs from kernel.wat: do not edit.
const KERNEL_WASM = 'AGFzbQEAAAABSgdgC39/f39/f39/f39/AX9gB39/f39/f38Bf2AJf39/f39/f39/AX9gBH9/f38Bf2ABfwF/YAh/f39/f39/fwF/YAV/f39/fwF/AwsKAAECAwQFBAYFBgUDAQABBjMKfwFBAAt/AUEAC38BQQALfwFBAAt/AUF+C38BQQALfwFBAAt/AUEAC38BQQALfwFBAAsHnAETBm1lbW9yeQIABWZpZWxkAwAGZnN0YXJ0AwEIcm93U3RhcnQDAgZiYXRjaE4DAwRjckF0AwQEcm93cwMFBW51bGxzAwYHbnVtYmVycwMHBWtleWVkAwgFZW1wdHkDCQRzY2FuAAAEbnVtcwABBGRpY3QAAgVzdGF0cwADBGtleXMABQZzdGFtcHMABwVjZWxscwAIBWRlZHVwAAkKmRsKpwQDB38CewZ/IwAhFCMBIRUjAiEWIwMhFyMEIRgjBSEZIAf9DyETIAEhESAAIQsCQANAIAsgAU8NASADIAtq/QAEACESIBIgE/0jIBL9DAoKCgoKCgoKCgoKCgoKCgr9I/1QIBL9DA0NDQ0NDQ0NDQ0NDQ0NDQ39IyAS/QwiIiIiIiIiIiIiIiIiIiIi/SP9UP1Q/WQhDCABIAtrQRBJBEAgDEEBIAEgC2t0QQFrcSEMCwJAA0AgDEUNASALIAxoaiENIAwgDEEBa3EhDCADIA1qLQAAIQ4gDiAHRgRAIBQgCEkEQCAEIBRBAnRqKAIAIQ8gD0EATgRAIA8gF2pBAnQhDyAFIA9qIBU2AgAgBiAPaiANNgIACwsgFEEBaiEUIA1BAWohFQwBCyAOQQpHBEAgDkENRgRAIA1BAWogAUkEfyADIA1BAWpqLQAAQQpHBSACCwRAQX8hEQwGCyANIRgFQX8hEQwFCwwBCyANQQFrIA0gGCANQQFrRhshECAQIBZGIBQgCEEBa0dyIBAgFmsgCUpyBEBBfyERDAQLIAQgFEECdGooAgAhDyAPQQBOBEAgDyAXakECdCEPIAUgD2ogFTYCACAGIA9qIBA2AgALIBlBAWohGSAXQQFqIRdBACEUIA1BAWohFiAWIRUgFyAKRgRAIA1BAWohEQwECwwACwsgC0EQaiELDAALCyAUJAAgFSQBIBYkAiAXJAMgGCQEIBkkBSARC9kCAwV/AX4BfAJAA0AgAiADTw0BIAAgAkECdGooAgAhByABIAJBAnRqKAIAIQgCQCAHIAhGBEAgBCACQQN0akQAAAAAAAD4fzkDACMGQQFqJAYMAQtCACEMIAchCQJAA0AgCSAITw0BIAUgCWotAABBMGshCyALQQlLDQEgCSAHa0ESTw0EIAxCCn4gC618IQwgCUEBaiEJDAALCyAJIAhGBEAgDEKAgICAgICAEFoNAyAMuiENBSAFIAlqLQAAQS5HDQMgCSAHRg0DIAggB2tBEEoNAyAJQQFqIQkgCSEKAkADQCAJIAhPDQEgBSAJai0AAEEwayELIAtBCUsNASAMQgp+IAutfCEMIAlBAWohCQwACwsgCSAIRw0DIAkgCkYNAyAMuiAGIAkgCmtBA3RqKwMAoyENCyAEIAJBA3RqIA05AwAjB0EBaiQHCyACQQFqIQIMAAsLIAILiwMBDX8gBkEAIAdBAWpBAnT8CwACQANAIAkgAk8NASAAIAlBAnRqKAIAIQogASAJQQJ0aigCACELAkAgCiALRgRAQX8hFCAVQQFqIRUMAQtBxbvyiHghDCAIIApqIQ0gCCALaiEQAkADQCANIBBPDQEgDCANLQAAc0GTg4AIbCEMIA1BAWohDQwACwsgCyAKayERIAwgB3EhDgNAIAYgDkECdGooAgAhDyAPRQRAIBMgBUYEQEF/DwsgBiAOQQJ0aiATQQFqNgIAIAQgE0EMbGohECAQIAo2AgAgECALNgIEIBAgDDYCCCATIRQgE0EBaiETDAILIAQgD0EBa0EMbGohECAQKAIIIAxGBEAgECgCACESIBAoAgQgEmsgEUYEQEEAIQ0CQANAIA0gEU8EQCAPQQFrIRQMBgsgCCASIA1qai0AACAIIAogDWpqLQAARw0BIA1BAWohDQwACwsLCyAOQQFqIAdxIQ4MAAsLIAMgCUECdGogFDYCACAJQQFqIQkMAAsLIBUkCSATC4MEBgF/AXwBfwZ8B38CfCACKAJYIQYgAigCUCESIAIoAlQhEyACKwMAIRQgAisDCCEVIAIrA2AhByACKwNoIQggAisDcCEJIAIrA3ghCiACKwOAASELIAIoAogBIQ0CQANAIAQgAU8NASAAIARBA3RqKwMAIQUCQAJAIAUgBWINACAGQQFxBEAgBZwgBWEgBSAFoUQAAAAAAAAAAGFxRQ0BCyANQQFqIQ0gBSAHYwRAIAUhBwsgBSAIZARAIAUhCAtBACEQIAZBAnFBAEcgBSAUY3EEQEEBIRALIAZBBHFBAEcgBSAVZHEEQEEBIRALIAZBCHEEQEEAIRFBACEPAkADQCAPIBJPDQEgBSACIA9BA3RqKwMQYQRAQQEhEQwCCyAPQQFqIQ8MAAsLIBFFBEBBASEQCwtBACEPAkADQCAPIBNPDQEgBSACIA9BA3RqKwMwYQRAIAIgD0ECdGogAiAPQQJ0aigCjAFBAWo2AowBCyAPQQFqIQ8MAAsLIAZBEHEEQCAFIAqhIQwgCUQAAAAAAADwP6AhCSAKIAwgCaOgIQogCyAMIAUgCqGioCELCyAQRQ0BCyADIA5BAnRqIAQ2AgAgDkEBaiEOCyAEQQFqIQQMAAsLIAIgBzkDYCACIAg5A2ggAiAJOQNwIAIgCjkDeCACIAs5A4ABIAIgDTYCiAEgDgs0ACAAIABBEHZzIQAgAEHrlK+veGwhACAAIABBDXZzIQAgAEG13MqVfGwhACAAIABBEHZzC8QDAQt/AkADQCACIANPDQEgACACQQJ0aigCACEIIAEgAkECdGooAgAhCQJAIAggCUYNACAERQRAIAUgCGotAAAhDSANQTBrQQlNIA1BK0YgDUEtRiANQS5GcnJyIA1BIE0gDUGAAU9yIA1B7gBGIA1BzgBGciANQekARiANQckARnJycnINAwsgCSAIayERQYzlnrp5IBFzIQ9Bk+uc3AEgEUGt1tO+AmxzIRBBACEOIAUgCGohCiAFIAlqIQkCQANAIApBAWogCU8NASAKLQAAIQsgCi0AASEMIA4gCyAMcnIhDiALIAxBEHRyIQ0gDyANc0GV08feBWwhDyAPIA9BD3ZzIQ8gECANc0GTg4AIbEGV+Kn6B2ohECAQIBBBDXZzIRAgCkECaiEKDAALCyAKIAlJBEAgCi0AACENIA4gDXIhDiAPIA1zQZXTx94FbCEPIA8gD0EPdnMhDyAQIA1zQZODgAhsQZX4qfoHaiEQIBAgEEENdnMhEAsgDkGAAU8NAiAGIwhBDGxqIRIgEiAPEAQ2AgAgEiAQQd+z3fkFcxAENgIEIBIgByACajYCCCMIQQFqJAgLIAJBAWohAgwACwsgAgsuAQJ/IAAtAABBMGshASAALQABQTBrIQIgAUEKbCACakF/IAFBCU0gAkEJTXEbC6EFBAx/AXwCfwN7AkADQCAFIAJPDQEgACAFQQJ0aigCACEGIAEgBUECdGooAgAgBmshByAEIAZqIQZEAAAAAAAA+H8hEQJAQQAhECAHQRRGBEAgBv0ABAAhFCAG/QAEBCEVIBT9DAAAAAAtAAAtAAAAAAA6AAD9I/1kQZDBAHFBkMEARw0BIBX9DAAAAAAAAAAAAAAAADoAAFr9I/1kQYCgAnFBgKACRw0BIAYtAAohEyATQdQARyATQSBHcQ0BIBQgFf0NAAECAwUGCAkLDA4PHR4dHv0MMDAwMDAwMDAwMDAwMDAwMP1xIRYgFv0MCQkJCQkJCQkJCQkJCQkJCf0q/WNFDQEgFv2JAf0MCgABAAoAAQAKAAEACgABAP2VAf1/IRQgFv2KAf0MCgABAAoAAQAKAAEACgABAP2VAf1/IRUgFP0bACEIIBT9GwEhCSAU/RsCIQogFP0bAyELIBX9DBcAAAA7AAAAOwAAADsAAAD9PP1TDQEgFf0bAEGA3dsBbCAV/RsBQeDUA2xqIBX9GwJB6AdsaiEQBSAHQQpHDQEgBi0ABEEtRw0BIAYtAAdBLUcNASAGEAYhCCAGQQJqEAYhCSAGQQVqEAYhCiAGQQhqEAYhCyAJQQBIDQELIAhBCkgNACAKQQFrQQtLDQAgC0EBa0EeSw0AIAhB5ABsIAlqIApBAk1rIQwgDEH7KGxBFXYhDSAMIA1BkANsayEOIA1BsfUIbCAOQe0CbCAOQQJ2aiAOQSlsQQx2a0GZASAKQQNrIApBCWogCkECSxtsQQJqQecMbEENdiALakEBa2pqQez0K2shDyAPt0QAAAAAcJmUQaIgELegIRELIBIgESARYmohEiADIAVBA3RqIBE5AwAgBUEBaiEFDAALCyASC4wCAQd/AkADQCAIIAJPDQEgACAIQQJ0aigCACEJIAEgCEECdGooAgAhCgJAAkAgCSAKRg0BIAMgCWohCSAGBEAgCS0AACELIAtBMGtBCU0gC0ErRiALQS1GIAtBLkZycnIgC0EgTSALQYABT3IgC0HuAEYgC0HOAEZyIAtB6QBGIAtByQBGcnJycg0CCyAFQQBIDQAgAyAKaiAJayAFRw0BQQAhDCAEIQ4DQCAMIAVGDQEgCSAMai0AACELIAtBgAFPDQIgDiALai0AAEUNAiAMQQFqIQwgDkGAAWohDgwACwsgCEEBaiEIDAELIAcgDUECdGogCDYCACANQQFqIQ0gCEEBaiEIDAALCyANC6UBAQh/IAAhDAJAA0AgBSABTw0BIAwoAgAhBiAMKAIEIQcgB0EBIAcbIQcgBiADcSEIAkADQCACIAhBA3RqIQkgCSgCACEKIApFBEAgCSAHNgIAIAkgBjYCBAwCCyAKIAdGIAkoAgQgBkZxBEAgBCALQQJ0aiAFNgIAIAtBAWohCwwCCyAIQQFqIANxIQgMAAsLIAVBAWohBSAMQQxqIQwMAAsLIAsL';

;// CONCATENATED MODULE: ../../packages/core/src/contract/kernel.ts
/**
 * validate-data's WebAssembly kernel (kernel.wat, bytes in kernel-wasm.ts): one instance a thread, its memory reused
 * part after part. The memory's first KERNEL_BASE bytes are fixed: powers of ten at 0 (nums), the number checks'
 * settings and state at STATS_AT, the rows stats and cells list at EXCEPTIONS_AT, a text pattern at PATTERN_AT
 * (cells); contract/fast-part.ts lays out the rest for each part, and the last key merge (keys.ts, dedup) uses it
 * once every part is read.
 */

/** Where the per-part layout starts. */
const KERNEL_BASE = 65536;
/** stats' settings and state (see kernel.wat) and its list of exceptions (a batch's worth of row indexes). */
const STATS_AT = 1024;
const EXCEPTIONS_AT = 4096;
/** cells' fixed-length byte pattern: 128 flags a position, at most PATTERN_MAX positions (up to KERNEL_BASE). */
const PATTERN_AT = 40960;
const PATTERN_MAX = 192;
let threadKernel;
/** This thread's kernel. */
function kernel() {
    return (threadKernel ??= new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(KERNEL_WASM, 'base64'))).exports);
}
/** This thread's kernel if it has one (a batch of numbers in its memory came from it). */
function kernelIfAny() {
    return threadKernel;
}


/***/ }),

/***/ 21024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YR: () => (/* binding */ hashNumber),
/* harmony export */   _L: () => (/* binding */ maxUniqueKeys),
/* harmony export */   kg: () => (/* binding */ combine),
/* harmony export */   o7: () => (/* binding */ KEY_BUCKETS),
/* harmony export */   qj: () => (/* binding */ hashText),
/* harmony export */   wj: () => (/* binding */ KeySet)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_UNIQUE_KEYS, hashAsciiBytes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);
/* harmony import */ var _fs_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68264);
/* harmony import */ var _kernel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88830);



/**
 * Uniqueness in bounded memory: a key is remembered as a 64-bit hash (two independent 32-bit hashes) in open-addressing
 * tables, 8 bytes a slot at most 3/4 full, so 10 million keys take 128–256 MiB whatever their length (validate-data
 * holds the parts' logs instead, 12 bytes a key, up to 16 million keys, and fills the tables at the end one bucket at a
 * time, dropping each when done: see validate.ts).
 * Two distinct keys share a hash with probability about n²/2⁶⁵ (3·10⁻⁶ for n = 10⁷): a reported duplicate is then a
 * false one, never a missed one. Past MLCI_MAX_UNIQUE_KEYS distinct keys (default 25,000,000, about 270 MiB) the check
 * stops with an error instead of growing without bound.
 */
const DEFAULT_MAX_UNIQUE_KEYS = 25_000_000;
function maxUniqueKeys(env = process.env) {
    return (0,_fs_text_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveIntEnv */ .iN)(env, 'MLCI_MAX_UNIQUE_KEYS', DEFAULT_MAX_UNIQUE_KEYS);
}
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function fmix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/**
 * Two 32-bit hashes of a text (murmur-style mixing with two seeds, two UTF-16 code units a step); `out[0]`, `out[1]`.
 */
function hashText(s, out) {
    const len = s.length;
    let a = 0x9747b28c ^ len;
    let b = 0x1b873593 ^ Math.imul(len, 0x27d4eb2d);
    let i = 0;
    for (; i + 1 < len; i += 2) {
        const c = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
        a = Math.imul(a ^ c, 0x5bd1e995);
        a ^= a >>> 15;
        b = Math.imul(b ^ c, 0x01000193) + 0x7f4a7c15;
        b ^= b >>> 13;
    }
    if (i < len) {
        const c = s.charCodeAt(i);
        a = Math.imul(a ^ c, 0x5bd1e995);
        a ^= a >>> 15;
        b = Math.imul(b ^ c, 0x01000193) + 0x7f4a7c15;
        b ^= b >>> 13;
    }
    out[0] = fmix(a);
    out[1] = fmix(b ^ 0x5f3759df);
}
/**
 * hashText of the bytes b[s, e) without making the string, or false when they are not all ASCII (then the caller
 * decodes them): for ASCII, bytes and UTF-16 code units are the same numbers, so the pair is the one hashText gives
 * the decoded text.
 */
function hashAsciiBytes(b, s, e, out) {
    const len = e - s;
    let a = 0x9747b28c ^ len;
    let h = 0x1b873593 ^ Math.imul(len, 0x27d4eb2d);
    let or = 0;
    let i = s;
    for (; i + 1 < e; i += 2) {
        const x = b[i];
        const y = b[i + 1];
        or |= x | y;
        const c = x | (y << 16);
        a = Math.imul(a ^ c, 0x5bd1e995);
        a ^= a >>> 15;
        h = Math.imul(h ^ c, 0x01000193) + 0x7f4a7c15;
        h ^= h >>> 13;
    }
    if (i < e) {
        const c = b[i];
        or |= c;
        a = Math.imul(a ^ c, 0x5bd1e995);
        a ^= a >>> 15;
        h = Math.imul(h ^ c, 0x01000193) + 0x7f4a7c15;
        h ^= h >>> 13;
    }
    if (or >= 0x80)
        return false;
    out[0] = fmix(a);
    out[1] = fmix(h ^ 0x5f3759df);
    return true;
}
/** Two 32-bit hashes of a number (its IEEE bits; -0 as 0), disjoint in practice from text hashes by a different seed. */
function hashNumber(v, out) {
    f64[0] = v === 0 ? 0 : v;
    out[0] = fmix(Math.imul(u32[0] ^ 0x68e31da4, 0x9e3779b1) ^ fmix(u32[1] ^ 0xb5297a4d));
    out[1] = fmix(Math.imul(u32[1] ^ 0x1b56c4e9, 0x85ebca77) ^ fmix(u32[0] ^ 0x27d4eb2f));
}
/** Mix the hash of one more key column into an accumulated pair (order matters: (a, b) ≠ (b, a)). */
function combine(acc, h) {
    acc[0] = fmix(Math.imul(acc[0], 0x01000193) ^ h[0]);
    acc[1] = fmix(Math.imul(acc[1], 0x2c1b3c6d) + h[1]);
}
/** Slots of a bucket's table for `keys` keys: a power of two, at least 256, at most 3/4 full. */
function tableSlots(keys) {
    let n = 256;
    while (keys * 4 > n * 3)
        n *= 2;
    return n;
}
/**
 * Whether the last addLogs of a set deduplicates in the kernel (kernel.wat dedup). Its memory from KERNEL_BASE on is
 * then scratch: the last call comes after every part of the table was read (validate.ts, pool.ts serveMerge), so no
 * part's layout is in it. MLCI_VALIDATE_FAST=0 keeps the JavaScript (the tests compare both).
 */
function kernelMerge() {
    return process.env.MLCI_VALIDATE_FAST !== '0';
}
/**
 * Bucket b of `logs` (`incoming` keys) into a fresh table in the kernel's memory; each key already there is handed
 * to `dup` (its log, its row), in log and row order as insert visits them. Returns how many.
 */
function dedupInKernel(logs, b, incoming, dup) {
    const k = (0,_kernel_js__WEBPACK_IMPORTED_MODULE_2__/* .kernel */ .UF)();
    const n = tableSlots(incoming);
    const src = _kernel_js__WEBPACK_IMPORTED_MODULE_2__/* .KERNEL_BASE */ .wJ;
    const tab = src + incoming * 12;
    const out = tab + n * 8;
    const need = out + incoming * 4;
    if (k.memory.buffer.byteLength < need)
        k.memory.grow(Math.ceil((need - k.memory.buffer.byteLength) / 65536));
    const mem = new Uint32Array(k.memory.buffer);
    const firsts = new Int32Array(logs.length + 1);
    let at = src >>> 2;
    logs.forEach((g, j) => {
        firsts[j] = (at - (src >>> 2)) / 3;
        mem.set(g.keys.subarray(3 * g.starts[b], 3 * g.starts[b + 1]), at);
        at += 3 * (g.starts[b + 1] - g.starts[b]);
    });
    firsts[logs.length] = incoming;
    mem.fill(0, tab >>> 2, (tab >>> 2) + 2 * n);
    const count = k.dedup(src, incoming, tab, n - 1, out);
    for (let d = 0, j = 0; d < count; d++) {
        const i = mem[(out >>> 2) + d];
        while (i >= firsts[j + 1])
            j++;
        dup(j, mem[(src >>> 2) + 3 * i + 2]);
    }
    return count;
}
/** A KeySet is 256 tables, one per top byte of h0. */
const KEY_BUCKETS = 256;
/**
 * Open-addressing tables of 64-bit key hashes, one per top byte of h0. Keys come one at a time (add) or as the logs
 * of many parts at once (addLogs), bucket by bucket: then one bucket's table — 1/256 of the keys — takes all of its
 * keys from every part while it is in the cache, instead of every key landing at a random place of one 128–256 MiB
 * table (at 10 million keys the merge took ~120 ns a key that way, most of it cache misses, and was the slowest
 * step of a two-thread validation).
 */
class KeySet {
    limit;
    describe;
    lo = new Array(KEY_BUCKETS).fill(null);
    hi = new Array(KEY_BUCKETS).fill(null);
    sizes = new Int32Array(KEY_BUCKETS);
    /** Buckets whose table was dropped (addLogs with keep = false): they take no more keys. */
    closed = false;
    size = 0;
    constructor(limit, describe) {
        this.limit = limit;
        this.describe = describe;
    }
    /** Insert a key by its hash pair; false when it was already there (a duplicate). */
    add(h0, h1) {
        const b = h0 >>> 24;
        this.room(b, 1);
        const added = this.insert(this.lo[b], this.hi[b], h0, h1);
        if (added)
            this.count(b, 1);
        return added;
    }
    /**
     * Insert the logs of consecutive parts, in order; per log, the rows (from its `row`) whose key was already there
     * — in an earlier log or earlier in the same one — ascending. With `keep` false the tables are dropped bucket by
     * bucket as soon as they are done (the last call: memory then never holds more than one bucket's table).
     */
    addLogs(logs, keep, from = 0, to = KEY_BUCKETS) {
        if (this.closed)
            throw new Error('internal: KeySet.addLogs after the last call');
        const dups = logs.map(() => new Uint32Array(16));
        const counts = new Int32Array(logs.length);
        const dup = (k, row) => {
            if (counts[k] === dups[k].length) {
                const g = new Uint32Array(dups[k].length * 2);
                g.set(dups[k]);
                dups[k] = g;
            }
            dups[k][counts[k]++] = row;
        };
        let scratch;
        const inKernel = !keep && kernelMerge();
        // Buckets [from, to) only: the last call may be split among threads by bucket (a key's bucket is its hash's).
        for (let b = from; b < to; b++) {
            let incoming = 0;
            for (const g of logs)
                incoming += g.starts[b + 1] - g.starts[b];
            if (incoming === 0)
                continue;
            let los;
            let his;
            if (inKernel && this.lo[b] === null) {
                // The last call on a thread with the kernel: the bucket's keys copied into its memory and deduplicated there
                // (kernel.wat dedup: the same table, probes and order as insert below; a fresh worker ran insert cold).
                this.count(b, incoming - dedupInKernel(logs, b, incoming, dup));
                continue;
            }
            if (!keep && this.lo[b] === null) {
                // The last call, and the bucket's first keys: its table is dropped when it is done, so one table is reused
                // bucket after bucket. A new table a bucket (256 of 0.5 MB at 10 million keys) made V8 collect garbage over
                // and over for the external memory: the call took ~2× as long, ~3× in a fresh worker thread.
                const n = tableSlots(incoming);
                if (scratch === undefined || scratch.lo.length < n)
                    scratch = { lo: new Uint32Array(n), hi: new Uint32Array(n) };
                los = scratch.lo.subarray(0, n).fill(0);
                his = scratch.hi.subarray(0, n);
            }
            else {
                this.room(b, incoming);
                los = this.lo[b];
                his = this.hi[b];
            }
            let added = 0;
            for (let k = 0; k < logs.length; k++) {
                const { keys, starts } = logs[k];
                for (let i = 3 * starts[b], end = 3 * starts[b + 1]; i < end; i += 3) {
                    if (this.insert(los, his, keys[i], keys[i + 1])) {
                        added++;
                        continue;
                    }
                    dup(k, keys[i + 2]);
                }
            }
            this.count(b, added);
            if (!keep) {
                this.lo[b] = null;
                this.hi[b] = null;
            }
        }
        if (!keep)
            this.closed = true;
        return dups.map((d, k) => d.subarray(0, counts[k]).sort());
    }
    /** Open addressing, linear probing; 0 in `lo` marks an empty slot. */
    insert(los, his, h0, h1) {
        const lo = h1 === 0 ? 1 : h1;
        const mask = los.length - 1;
        let j = h0 & mask;
        for (;;) {
            const s = los[j];
            if (s === 0)
                break;
            if (s === lo && his[j] === h0)
                return false;
            j = (j + 1) & mask;
        }
        los[j] = lo;
        his[j] = h0;
        return true;
    }
    /**
     * Count the distinct keys other threads found in the buckets of this set's last call (addLogs split by bucket):
     * the same limit as when they are added here. The set takes no more keys.
     */
    addCounted(added) {
        if (this.closed)
            throw new Error('internal: KeySet.addCounted after the last call');
        this.closed = true;
        this.count(0, added);
    }
    count(b, added) {
        this.sizes[b] += added;
        this.size += added;
        if (this.size > this.limit) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.describe()}: more than ${this.limit.toLocaleString('en-US')} distinct keys. The uniqueness check keeps a 64-bit hash ` +
                'of every key in memory (8–16 bytes a key); raise MLCI_MAX_UNIQUE_KEYS if the machine has the memory, or check a narrower table.');
        }
    }
    /** Make bucket b's table (at most 3/4 full) hold `extra` more keys. */
    room(b, extra) {
        if (this.closed)
            throw new Error('internal: KeySet used after the last addLogs');
        const want = this.sizes[b] + extra;
        const cur = this.lo[b];
        const n = Math.max(cur === null ? 0 : cur.length, tableSlots(want));
        if (cur !== null && n === cur.length)
            return;
        const nlo = new Uint32Array(n);
        const nhi = new Uint32Array(n);
        if (cur !== null) {
            const hi = this.hi[b];
            for (let k = 0; k < cur.length; k++)
                if (cur[k] !== 0)
                    this.insert(nlo, nhi, hi[k], cur[k]);
        }
        this.lo[b] = nlo;
        this.hi[b] = nhi;
    }
}


/***/ }),

/***/ 137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ BATCH_ROWS),
/* harmony export */   HR: () => (/* binding */ logKeys),
/* harmony export */   Pu: () => (/* binding */ keyText),
/* harmony export */   m3: () => (/* binding */ readPlan),
/* harmony export */   pq: () => (/* binding */ textualOf),
/* harmony export */   tG: () => (/* binding */ Log)
/* harmony export */ });
/* unused harmony export entryHashes */
/* harmony import */ var _io_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3803);
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72520);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21024);



/** Columns to read and how, as the table's checks want them. */
function readPlan(contract) {
    const types = {};
    for (const [c, rule] of Object.entries(contract.columns))
        types[c] = new _column_js__WEBPACK_IMPORTED_MODULE_1__/* .ColumnState */ .yO('', c, rule, 0).readAs;
    const wanted = [...new Set([...Object.keys(contract.columns), ...contract.unique.flatMap((u) => u.columns)])];
    return { wanted, types };
}
/**
 * Rows a batch: 8,192 rather than the readers' 65,536. A batch's strings and arrays then die young (a scavenge, not a
 * mark-compact) and stay in the cache: at 10 million rows on two threads this took 11.1 s of CPU and 540 MB peak RSS
 * down to 9.7 s and 440 MB, with the same report bytes.
 */
const BATCH_ROWS = 8192;
/** Which unique keys are read as text per column (a number-looking text key then hashes as its number). */
function textualOf(contract, columns, types) {
    return columns.map((c) => c in contract.columns && types[c] === 'string');
}
class Log {
    /** Each key's h0, h1 and row (0-based in the part), in row order: key i at 3i. */
    keys = new Uint32Array(3 << 12);
    n = 0;
    reserve(extra) {
        if (3 * (this.n + extra) <= this.keys.length)
            return;
        let size = this.keys.length * 2;
        while (size < 3 * (this.n + extra))
            size *= 2;
        const g = new Uint32Array(size);
        g.set(this.keys.subarray(0, 3 * this.n));
        this.keys = g;
    }
    /** Append a key. */
    push(h0, h1, row) {
        const at = 3 * this.n++;
        this.keys[at] = h0;
        this.keys[at + 1] = h1;
        this.keys[at + 2] = row;
    }
    /**
     * The log grouped by bucket (a stable counting sort on h0's top byte, on this thread rather than the one adding
     * up), into memory the threads share: the last merge of the logs may be split among the workers by bucket
     * (validate.ts).
     */
    take() {
        const n = this.n;
        const src = this.keys;
        const keys = new Uint32Array(new SharedArrayBuffer(Math.max(1, n) * 12));
        const starts = new Uint32Array(_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_BUCKETS */ .o7 + 1);
        for (let i = 0; i < n; i++)
            starts[(src[3 * i] >>> 24) + 1]++;
        for (let b = 0; b < _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_BUCKETS */ .o7; b++)
            starts[b + 1] += starts[b];
        const at = new Int32Array(_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_BUCKETS */ .o7);
        for (let b = 0; b < _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_BUCKETS */ .o7; b++)
            at[b] = 3 * starts[b];
        for (let i = 0; i < 3 * n; i += 3) {
            const x = src[i];
            const j = at[x >>> 24];
            at[x >>> 24] = j + 3;
            keys[j] = x;
            keys[j + 1] = src[i + 1];
            keys[j + 2] = src[i + 2];
        }
        return { keys, starts };
    }
}
/** Hash of each dictionary entry of a text key column. */
function entryHashes(col, textual) {
    const d = col.dictionary.length;
    const e0 = new Uint32Array(d);
    const e1 = new Uint32Array(d);
    const h = new Uint32Array(2);
    for (let j = 0; j < d; j++) {
        const s = col.dictionary[j];
        const num = textual ? undefined : (0,_io_number_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumberText */ .ke)(s, true);
        if (num !== undefined && num === num)
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .hashNumber */ .YR)(num, h);
        else
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .hashText */ .qj)(s, h);
        e0[j] = h[0];
        e1[j] = h[1];
    }
    return { e0, e1 };
}
/**
 * Hash each row's key into the log. A key with an empty cell is skipped (as SQL's UNIQUE does; `nulls` checks those).
 * Numbers hash by value, so 7 in a CSV and 7 in Parquet agree.
 */
function logKeys(log, textual, cols, n, rowOffset) {
    log.reserve(n);
    const keys = log.keys;
    let m = 3 * log.n;
    if (cols.length === 1 && cols[0].kind === 'string') {
        // One text column, the common key (an id): each distinct value of the batch hashed once, no per-row mixing.
        const col = cols[0];
        const { e0, e1 } = entryHashes(col, textual[0]);
        const codes = col.codes;
        for (let i = 0; i < n; i++) {
            const c = codes[i];
            if (c < 0)
                continue;
            keys[m] = e0[c];
            keys[m + 1] = e1[c];
            keys[m + 2] = rowOffset + i;
            m += 3;
        }
        log.n = m / 3;
        return;
    }
    const acc0 = new Uint32Array(n);
    const acc1 = new Uint32Array(n);
    const skip = new Uint8Array(n);
    const h = new Uint32Array(2);
    const a = new Uint32Array(2);
    for (let k = 0; k < cols.length; k++) {
        const col = cols[k];
        if (col.kind === 'number') {
            const v = col.values;
            for (let i = 0; i < n; i++) {
                if (v[i] !== v[i]) {
                    skip[i] = 1;
                    continue;
                }
                (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .hashNumber */ .YR)(v[i], h);
                a[0] = acc0[i];
                a[1] = acc1[i];
                (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .combine */ .kg)(a, h);
                acc0[i] = a[0];
                acc1[i] = a[1];
            }
        }
        else {
            const { e0, e1 } = entryHashes(col, textual[k]);
            const codes = col.codes;
            for (let i = 0; i < n; i++) {
                const c = codes[i];
                if (c < 0) {
                    skip[i] = 1;
                    continue;
                }
                h[0] = e0[c];
                h[1] = e1[c];
                a[0] = acc0[i];
                a[1] = acc1[i];
                (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .combine */ .kg)(a, h);
                acc0[i] = a[0];
                acc1[i] = a[1];
            }
        }
    }
    for (let i = 0; i < n; i++) {
        if (skip[i])
            continue;
        keys[m] = acc0[i];
        keys[m + 1] = acc1[i];
        keys[m + 2] = rowOffset + i;
        m += 3;
    }
    log.n = m / 3;
}
/** A key's text in a report: its columns' values joined by ", ". */
function keyText(cols, i) {
    return cols.map((c) => (c.kind === 'number' ? (0,_column_js__WEBPACK_IMPORTED_MODULE_1__/* .numberText */ .$4)(c.values[i]) : c.dictionary[c.codes[i]])).join(', ');
}


/***/ }),

/***/ 52033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RK: () => (/* binding */ keyRows),
/* harmony export */   m3: () => (/* reexport safe */ _part_state_js__WEBPACK_IMPORTED_MODULE_4__.m3),
/* harmony export */   si: () => (/* binding */ validatePart)
/* harmony export */ });
/* unused harmony export streamPart */
/* harmony import */ var _io_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53815);
/* harmony import */ var _io_split_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72608);
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72520);
/* harmony import */ var _fast_part_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99266);
/* harmony import */ var _part_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(137);
/* harmony import */ var _sample_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10874);







/** The batches of a part, lines tracked; `done` receives the line after a range. */
function streamPart(t, columns, types, done) {
    const cols = columns.length > 0 ? columns : undefined;
    if (t.range) {
        const r = t.range;
        return (0,_io_split_js__WEBPACK_IMPORTED_MODULE_1__/* .streamDelimitedRange */ .fJ)(t.path, { start: r.start, end: r.end, delimiter: r.delimiter, header: r.header, label: t.label, firstLine: r.firstLine ?? 1, batchRows: _part_state_js__WEBPACK_IMPORTED_MODULE_4__/* .BATCH_ROWS */ .B8, columns: cols, types, missingColumns: 'skip', dictionaries: 'adaptive', trackLines: true, done });
    }
    // A column the file lacks is no error but a failed presence check, in every format alike ('skip').
    return (0,_io_read_js__WEBPACK_IMPORTED_MODULE_0__/* .streamTable */ .t)(t.path, { columns: cols, types, batchRows: _part_state_js__WEBPACK_IMPORTED_MODULE_4__/* .BATCH_ROWS */ .B8, trackLines: true, label: t.label, missingColumns: 'skip', dictionaries: 'adaptive' });
}
/** Read one part: every column's checks and every unique key's hashes. */
async function validatePart(t) {
    const fast = await (0,_fast_part_js__WEBPACK_IMPORTED_MODULE_3__/* .validateRangeFast */ .cK)(t);
    if (fast !== undefined)
        return fast;
    if (t.range?.guessed && (0,_io_split_js__WEBPACK_IMPORTED_MODULE_1__/* .rangeHasQuote */ .C5)(t.path, t.range.start, t.range.end))
        return { rows: 0, endLine: 0, present: [], columns: [], keys: [], quoted: true };
    const { wanted, types } = (0,_part_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readPlan */ .m3)(t.contract);
    const columns = Object.entries(t.contract.columns).map(([c, rule], i) => new _column_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnState */ .yO(t.table, c, rule, t.maxExamples, (0,_sample_js__WEBPACK_IMPORTED_MODULE_5__/* .partScratch */ .Ek)(i)));
    const uniques = t.contract.unique.map((u) => ({ columns: u.columns, textual: (0,_part_state_js__WEBPACK_IMPORTED_MODULE_4__/* .textualOf */ .pq)(t.contract, u.columns, types), log: new _part_state_js__WEBPACK_IMPORTED_MODULE_4__/* .Log */ .tG() }));
    const present = new Set();
    const done = { endLine: 0 };
    let rows = 0;
    for await (const batch of streamPart(t, wanted, types, done)) {
        const site = { file: t.shown, lines: batch.lines, rowOffset: batch.rowOffset };
        rows += batch.rowCount;
        for (const c of columns) {
            const col = batch.columns.get(c.name);
            if (col === undefined)
                c.absentBatch(batch.rowCount, site);
            else if (col.kind === 'number')
                c.numberBatch(col.values, site);
            else
                c.stringBatch(col.codes, col.dictionary, site);
        }
        for (const w of wanted)
            if (batch.columns.has(w))
                present.add(w);
        for (const u of uniques) {
            const found = u.columns.map((name) => batch.columns.get(name));
            // A key column this batch lacks: every key has an empty cell, and such keys are skipped (presence reports the file).
            if (found.some((c) => c === undefined))
                continue;
            (0,_part_state_js__WEBPACK_IMPORTED_MODULE_4__/* .logKeys */ .HR)(u.log, u.textual, found, batch.rowCount, batch.rowOffset);
        }
    }
    return { rows, endLine: t.range ? done.endLine : 0, present: [...present], columns: columns.map((c) => c.part()), keys: uniques.map((u) => u.log.take()) };
}
/**
 * Examples of duplicate keys: the key text and line of the given rows of a part (0-based in the part, ascending),
 * read again — only for the few rows a report shows.
 */
async function keyRows(t, key, rows, fast = false) {
    // A range the fast path read: the lines are found by their line ends (keyRowsFast), when the key is text.
    const quick = fast ? (0,_fast_part_js__WEBPACK_IMPORTED_MODULE_3__/* .keyRowsFast */ .VZ)(t, key, rows) : undefined;
    if (quick !== undefined)
        return quick;
    const { types } = (0,_part_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readPlan */ .m3)(t.contract);
    const out = new Map();
    const last = rows[rows.length - 1];
    const wantedRows = new Set(rows);
    for await (const batch of streamPart(t, key, types)) {
        const end = batch.rowOffset + batch.rowCount;
        if (end > rows[0]) {
            const cols = key.map((c) => batch.columns.get(c));
            for (let i = 0; i < batch.rowCount; i++) {
                const r = batch.rowOffset + i;
                if (!wantedRows.has(r))
                    continue;
                out.set(r, { line: batch.lines ? batch.lines[i] : null, value: (0,_column_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateValue */ .ao)((0,_part_state_js__WEBPACK_IMPORTED_MODULE_4__/* .keyText */ .Pu)(cols, i)) });
            }
        }
        if (end > last)
            break;
    }
    return out;
}


/***/ }),

/***/ 40550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ partsOf),
/* harmony export */   Gf: () => (/* binding */ startWorkers),
/* harmony export */   Ni: () => (/* binding */ mergeOnWorkers),
/* harmony export */   e2: () => (/* binding */ runParts),
/* harmony export */   serveValidate: () => (/* binding */ serveValidate)
/* harmony export */ });
/* unused harmony export validateThreads */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85736);
/* harmony import */ var _io_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28141);
/* harmony import */ var _io_split_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72608);
/* harmony import */ var _workers_entry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13363);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21024);
/* harmony import */ var _part_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52033);
/**
 * A table's files validated on every core: worker threads take parts (contract/part.ts), largest file first, and
 * this thread adds their results up. A part is a whole file, or — for a plain CSV/TSV larger than the range size — one range of it, cut
 * at row boundaries by the same splitter as detect's profiles (io/split.ts). Results are handed to the caller in part
 * order, each as soon as the parts before it are in, so few are held at once. The parts depend only on the files
 * and the range size, and each is read by the same code whichever thread takes it, so the report is the same bytes
 * for any number of threads; the tests compare them.
 */








/**
 * Below this many bytes in all, a table is read on this thread: a worker costs ~0.1 s to start and load the bundle.
 * MLCI_WORKER_MIN_BYTES overrides it (the tests set 0 to compare both paths on small files).
 */
const DEFAULT_MIN_BYTES = 32 * 1024 * 1024;
/**
 * A CSV/TSV larger than this is read in ranges of about this many bytes (16 MiB: a quarter second of parsing; 1 GB
 * gives 60 parts, which two or more threads share evenly, and a part's state in flight stays a few MB).
 * MLCI_VALIDATE_RANGE_BYTES overrides it (tests).
 */
const DEFAULT_RANGE_BYTES = 16 * 1024 * 1024;
/**
 * Young generation of each validate worker. Its batches are short-lived garbage; V8 in Node 24 lets the young
 * generation grow far beyond Node 20's by default, which at 10,000,000 rows put the peak RSS at ~590 MB instead of
 * ~430 MB (Node 20). 16 MB: at 10M rows on two threads 473–487 MB peak and the fastest (24 MB: 491–497 MB, same time;
 * 8 MB: 514–524 MB and 10% slower, as more batches live long enough to be promoted; scripts/bench/validate.mjs).
 */
const YOUNG_GENERATION_MB = 16;
/** A whole-number setting from the environment (workers/entry.ts envNumber, rounded down). */
function envWhole(name, min) {
    const n = (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .envNumber */ .dc)(name, min);
    return n === undefined ? undefined : Math.floor(n);
}
/** Parts a worker holds at once (the one it reads and the next ones, see runParts); a 16 MiB part takes ~0.1 s. */
const HELD_PARTS = 4;
/** Threads to validate on: MLCI_VALIDATE_THREADS, else every core. */
function validateThreads() {
    return envWhole('MLCI_VALIDATE_THREADS', 1) ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)();
}
/**
 * The parts of one file: its ranges when it is a plain CSV/TSV over the range size, else the whole file. `guess`:
 * the ranges guessed without reading the file (io/split.ts guessRows), right when no range holds a quote — the
 * parts then say so (PartResult.quoted) and the caller asks again without guessing. Either way the same ranges for
 * a file without quotes, so the same report bytes.
 */
async function partsOf(job, base, guess = false) {
    const bytes = envWhole('MLCI_VALIDATE_RANGE_BYTES', 1) ?? DEFAULT_RANGE_BYTES;
    const whole = [{ ...base, path: job.path, shown: job.shown, label: job.label }];
    const guessed = guess ? guessRanges(job, bytes) : undefined;
    const split = guessed ?? (await (0,_io_split_js__WEBPACK_IMPORTED_MODULE_4__/* .rangesForWorkers */ .vT)(job.path, job.size, bytes, job.label));
    if (!split)
        return whole;
    const { delimiter } = split;
    return split.ranges.map((r, k) => ({
        ...base,
        path: job.path,
        shown: job.shown,
        label: job.label,
        range: { start: r.start, end: r.end, delimiter, part: k, ...(k > 0 ? { header: split.header } : {}), ...(guessed ? { guessed: true } : {}) },
    }));
}
function guessRanges(job, bytes) {
    const { format, gzip } = (0,_io_format_js__WEBPACK_IMPORTED_MODULE_3__/* .detectFormat */ .T)(job.path);
    if (gzip || (format !== 'csv' && format !== 'tsv'))
        return undefined;
    const delimiter = format === 'tsv' ? 9 : 44;
    try {
        const g = (0,_io_split_js__WEBPACK_IMPORTED_MODULE_4__/* .guessRows */ .lN)(job.path, job.size, delimiter, bytes, job.label);
        return g && { ...g, delimiter };
    }
    catch {
        // Unreadable, a bad header: the exact split and the reader word it.
        return undefined;
    }
}
/** A range's error names its line in the range; count the lines before the range (only now) and read it again. */
async function errorOfPart(t, e) {
    const r = t.range;
    if (!r || r.part === 0 || !(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isUserError */ .i)(e) || e.line === undefined)
        return e;
    const firstLine = await (0,_io_split_js__WEBPACK_IMPORTED_MODULE_4__/* .lineAt */ .mh)(t.path, r.start, r.delimiter);
    try {
        await (0,_part_js__WEBPACK_IMPORTED_MODULE_7__/* .validatePart */ .si)({ ...t, range: { ...r, firstLine } });
    }
    catch (again) {
        return again;
    }
    return e;
}
/**
 * The last KeySet.addLogs of a key's logs, split among the workers by bucket (a key's bucket is its hash's top
 * byte, so no duplicate spans two workers): buckets in contiguous shares of about equal keys, the logs read from
 * shared memory (Log.take). The same duplicates, per log and ascending, and the same count as one thread's call.
 */
async function mergeOnWorkers(workers, logs) {
    const perBucket = new Float64Array(_keys_js__WEBPACK_IMPORTED_MODULE_6__/* .KEY_BUCKETS */ .o7);
    let total = 0;
    for (const g of logs)
        for (let b = 0; b < _keys_js__WEBPACK_IMPORTED_MODULE_6__/* .KEY_BUCKETS */ .o7; b++)
            perBucket[b] += g.starts[b + 1] - g.starts[b];
    for (const c of perBucket)
        total += c;
    const shares = [];
    let from = 0;
    let sum = 0;
    for (let b = 0; b < _keys_js__WEBPACK_IMPORTED_MODULE_6__/* .KEY_BUCKETS */ .o7 && shares.length < workers.length - 1; b++) {
        sum += perBucket[b];
        if (sum >= (total * (shares.length + 1)) / workers.length) {
            shares.push([from, b + 1]);
            from = b + 1;
        }
    }
    shares.push([from, _keys_js__WEBPACK_IMPORTED_MODULE_6__/* .KEY_BUCKETS */ .o7]);
    const replies = await Promise.all(shares.map(([lo, hi], k) => new Promise((resolve, reject) => {
        const w = workers[k];
        const onError = (e) => reject(e);
        w.once('error', onError);
        w.once('message', (m) => {
            w.off('error', onError);
            if ('error' in m)
                reject((0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .receivedError */ .ac)(m.error));
            else
                resolve(m);
        });
        w.postMessage({ merge: { logs, from: lo, to: hi } });
    })));
    const dups = logs.map((_, k) => {
        const parts = replies.map((r) => r.dups[k]);
        const all = new Uint32Array(parts.reduce((s, d) => s + d.length, 0));
        let at = 0;
        for (const d of parts) {
            all.set(d, at);
            at += d.length;
        }
        return all.sort();
    });
    return { dups, size: replies.reduce((s, r) => s + r.size, 0) };
}
/**
 * Read the parts and hand each result to `take`, in part order, on this thread. Stops at the first part (in that
 * order) that fails, or whose `take` throws, and throws that error, as a one-thread run would.
 */
async function runParts(tasks, sizes, take, opts = {}) {
    const total = sizes.reduce((s, x) => s + x, 0);
    const started = opts.started ?? [];
    // As many workers as threads: this thread only adds the results up (the key set, in order). Parsing here too was
    // ~4% faster, but this thread's young generation cannot be capped as the workers' is (YOUNG_GENERATION_MB), and on
    // Node 24 it put the 10,000,000-row peak at ~500–600 MB instead of ~450 MB.
    const workerCount = Math.min(opts.threads ?? validateThreads(), tasks.length);
    const entry = workerEntryFor(total, workerCount);
    if (entry === undefined) {
        await Promise.all(started.map((w) => w.terminate()));
        for (let i = 0; i < tasks.length; i++) {
            let r;
            try {
                r = await (0,_part_js__WEBPACK_IMPORTED_MODULE_7__/* .validatePart */ .si)(tasks[i]);
            }
            catch (e) {
                throw await errorOfPart(tasks[i], e);
            }
            take(i, r);
        }
        await opts.finish?.([]);
        return { threads: 1 };
    }
    const results = new Array(tasks.length);
    const errors = new Array(tasks.length);
    let next = 0;
    let failed;
    // Largest file first; the ranges of a file in order, so each result can be added up soon after it comes in.
    const fileBytes = new Map();
    tasks.forEach((t, i) => fileBytes.set(t.path, (fileBytes.get(t.path) ?? 0) + sizes[i]));
    const queue = tasks.map((_, i) => i).sort((a, b) => fileBytes.get(tasks[b].path) - fileBytes.get(tasks[a].path) || a - b);
    /** Hand over the results that are next in order. */
    const drain = () => {
        while (failed === undefined && next < tasks.length) {
            if (errors[next]) {
                failed = { i: next, error: errors[next] };
                break;
            }
            const r = results[next];
            if (r === undefined)
                return;
            results[next] = undefined;
            try {
                take(next, r);
            }
            catch (e) {
                failed = { i: -1, error: e };
                break;
            }
            next++;
        }
        if (failed)
            queue.length = 0;
    };
    const workers = [];
    // Each worker holds HELD_PARTS parts: the next ones wait in the worker, so it never idles while this thread adds
    // results up — which takes a while at a quantile sample's halving (64 sorted blocks of 65,536 values, ~0.06 s,
    // while messages wait; one sort of 4 million took ~0.2 s): with two held, both workers stood idle through it.
    const onWorker = (w) => new Promise((resolve, reject) => {
        const held = [];
        const send = () => {
            // Near the end, two: parts queued in one worker while another has none would leave a core idle at the end.
            while (held.length < (queue.length > 2 * workerCount ? HELD_PARTS : 2)) {
                const i = queue.shift();
                if (i === undefined)
                    break;
                held.push(i);
                w.postMessage({ id: i, task: tasks[i] });
            }
            if (held.length === 0) {
                // Its parts are done: the worker is free for opts.finish.
                w.off('message', onMessage);
                resolve();
            }
        };
        const onMessage = (m) => {
            held.splice(held.indexOf(m.id), 1);
            if ('error' in m)
                errors[m.id] = (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .receivedError */ .ac)(m.error);
            else
                results[m.id] = m.result;
            // The worker's next part first, then the adding up here (which may take a while: a quantile sample's
            // halving sorts 4 million values, in blocks), so the worker never waits for it.
            send();
            drain();
        };
        w.on('message', onMessage);
        w.on('error', reject);
        w.on('exit', (code) => {
            if (held.length > 0)
                reject(new Error(`a validate worker exited (code ${code}) while reading ${tasks[held[0]].path}`));
        });
        send();
    });
    try {
        const runs = [];
        // Workers started while the files were being split (startWorkers) first, more if needed, the extra ones ended.
        for (const w of started.splice(workerCount))
            await w.terminate();
        for (let k = 0; k < workerCount; k++) {
            const w = started[k] ?? newWorker(entry);
            workers.push(w);
            runs.push(onWorker(w));
        }
        await Promise.all(runs);
        drain();
        if (!failed)
            await opts.finish?.(workers);
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    drain();
    if (failed)
        throw failed.i >= 0 ? await errorOfPart(tasks[failed.i], failed.error) : failed.error;
    return { threads: workerCount };
}
function newWorker(entry) {
    return new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(entry, { workerData: (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .workerDataFor */ .Ic)('validate'), resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}
/**
 * Start the workers of a table of `bytes` now, while its files are still being cut into ranges (a worker takes
 * ~70 ms to load what it serves; guessing 700 MB's ranges takes ~1 ms, the exact split, when a quote calls for it,
 * ~0.3 s): none when runParts would read on this thread. Pass them to runParts, which ends any it does not need.
 */
function startWorkers(bytes, threads = validateThreads()) {
    const entry = workerEntryFor(bytes, threads);
    return entry === undefined ? [] : Array.from({ length: threads }, () => newWorker(entry));
}
/** The worker entry when `bytes` in all are read on `threads` workers; undefined when they are read on this thread. */
function workerEntryFor(bytes, threads) {
    const minBytes = envWhole('MLCI_WORKER_MIN_BYTES', 0) ?? DEFAULT_MIN_BYTES;
    return threads >= 2 && bytes >= minBytes ? (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .workerEntry */ .xA)() : undefined;
}
/** The worker side: read each part the parent sends, one at a time; the key hashes move rather than copy. */
function serveValidate() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    // One part at a time, in the order they came.
    let last = Promise.resolve();
    port.on('message', (job) => {
        last = last.then(() => ('merge' in job ? serveMerge(job) : serve(job)));
    });
    const serveMerge = (job) => {
        let reply;
        const transfer = [];
        try {
            const set = new _keys_js__WEBPACK_IMPORTED_MODULE_6__/* .KeySet */ .wj(Infinity, () => '');
            const dups = set.addLogs(job.merge.logs, false, job.merge.from, job.merge.to);
            for (const d of dups)
                transfer.push(d.buffer);
            reply = { dups, size: set.size };
        }
        catch (e) {
            reply = { error: (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .sendableError */ .TQ)(e) };
        }
        port.postMessage(reply, transfer);
    };
    const serve = async (job) => {
        let reply;
        const transfer = [];
        try {
            const result = await (0,_part_js__WEBPACK_IMPORTED_MODULE_7__/* .validatePart */ .si)(job.task);
            // The hashes are in shared memory (Log.take); the bucket starts move.
            for (const k of result.keys)
                transfer.push(k.starts.buffer);
            for (const c of result.columns)
                if (c.sample)
                    transfer.push(c.sample.values.buffer);
            reply = { id: job.id, result };
        }
        catch (e) {
            reply = { id: job.id, error: (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .sendableError */ .TQ)(e) };
        }
        port.postMessage(reply, transfer);
    };
}


/***/ }),

/***/ 10874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ QuantileSample),
/* harmony export */   Ek: () => (/* binding */ partScratch)
/* harmony export */ });
/* unused harmony exports pick, sortFloat64, select */
const threadScratch = [];
/** This thread's k-th scratch buffer for parts' samples (one per column of a table). */
function partScratch(k) {
    return (threadScratch[k] ??= { buf: new Float64Array(1 << 12) });
}
/** Which value of the w-th window of `stride` values is kept: a hash of w (murmur3's finalizer), so the same each run. */
function pick(w, stride) {
    let h = Math.imul(w ^ 0x5bd1e995, 0x9e3779b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return (h >>> 0) % stride;
}
/**
 * Quantiles in bounded memory. Every value is kept up to `capacity` (default 2²² = 4,194,304 values, 32 MiB): the
 * quantiles are then exact. Past it the sample is halved (in blocks: each sorted, every other value kept; see halve)
 * and from then on one value of each window of 2, 4, … values offered is taken, at a place in the window a fixed
 * hash of the window's number chooses: a stratified sample, so the same file gives the same estimate, and data that
 * repeats with a period (rows of two sources taken in turn) is not sampled at one phase of it, as every 2nd value
 * would be. Quantiles use linear interpolation between order statistics (Hyndman & Fan 1996 type 7, pandas' and
 * NumPy's default).
 */
class QuantileSample {
    capacity;
    scratch;
    buf;
    n = 0;
    stride = 1;
    /** Values to pass over before the next one kept. */
    gap = 0;
    /** Values of the current window after the one kept from it. */
    rest = 0;
    /** Windows begun since the first halving. */
    windows = 0;
    halvings = 0;
    /** Values offered (all of them, kept or not). */
    seen = 0;
    constructor(capacity = 1 << 22, scratch) {
        this.capacity = capacity;
        this.scratch = scratch;
        this.buf = scratch !== undefined && scratch.buf.length <= capacity ? scratch.buf : new Float64Array(Math.min(capacity, 1 << 12));
    }
    /** The kept values (in the order they were offered while the sample is exact) and the stride they were kept at. */
    state() {
        return { values: this.buf.slice(0, this.n), stride: this.stride };
    }
    /**
     * Offer another sample's values after this one's, as if its values had been offered here: exactly so when that
     * sample is exact (every value kept, in order); else each kept value stands for `stride` values.
     */
    absorb(s) {
        const { values, stride } = s;
        if (stride !== 1) {
            for (let i = 0; i < values.length; i++)
                for (let k = 0; k < stride; k++)
                    this.add(values[i]);
            return;
        }
        const len = values.length;
        let i = 0;
        // While this sample keeps every value, the part's values are copied in at once (what add does one by one).
        while (i < len && this.stride === 1 && this.n < this.capacity) {
            const k = Math.min(len - i, this.capacity - this.n);
            if (this.buf.length < this.n + k)
                this.grow(this.n + k);
            this.buf.set(values.subarray(i, i + k), this.n);
            this.n += k;
            this.seen += k;
            i += k;
        }
        // Past the exact phase (or at the capacity): step from kept value to kept value, as add does one value at a time.
        while (i < len) {
            if (len - i <= this.gap) {
                this.gap -= len - i;
                this.seen += len - i;
                return;
            }
            i += this.gap;
            this.seen += this.gap + 1;
            this.keep(values[i++]);
        }
    }
    get exact() {
        return this.stride === 1;
    }
    /**
     * add() each value that is not NaN (and, with `integer`, is whole), in order: while every value is kept and the
     * buffer has room, without a call a value.
     */
    addValid(values, integer) {
        const n = values.length;
        if (this.stride === 1 && this.n + n <= this.buf.length) {
            const buf = this.buf;
            let m = this.n;
            for (let i = 0; i < n; i++) {
                const v = values[i];
                if (v === v && (!integer || Number.isInteger(v)))
                    buf[m++] = v;
            }
            this.seen += m - this.n;
            this.n = m;
            return;
        }
        for (let i = 0; i < n; i++) {
            const v = values[i];
            if (v === v && (!integer || Number.isInteger(v)))
                this.add(v);
        }
    }
    add(v) {
        this.seen++;
        if (this.gap > 0) {
            this.gap--;
            return;
        }
        this.keep(v);
    }
    /** Keep v (the chosen value of its window), halving first when full; then the distance to the next window's pick. */
    keep(v) {
        if (this.n === this.buf.length) {
            if (this.n < this.capacity)
                this.grow();
            else
                this.halve();
        }
        this.buf[this.n++] = v;
        if (this.stride === 1)
            return;
        // The rest of this window, then the next window (of the stride now: a halving doubles it) up to its pick.
        const at = pick(this.windows++, this.stride);
        this.gap = this.rest + at;
        this.rest = this.stride - 1 - at;
    }
    /** A larger buffer (twice the size, or `need` values), never past the capacity. */
    grow(need = this.n + 1) {
        const g = new Float64Array(Math.min(this.capacity, Math.max(this.buf.length * 2, need)));
        g.set(this.buf.subarray(0, this.n));
        this.buf = g;
        if (this.scratch !== undefined)
            this.scratch.buf = g;
    }
    /**
     * Halve the kept values block by block: each block of `block` values (1/64 of the capacity, 65,536 by default)
     * sorted and every other value of it kept, which one alternating from block to block and halving to halving. A
     * block sorts in the cache: ~15 ms a million values against ~40 ms for one sort of 4 million, and the weight of
     * each kept value is still exactly twice what it was. Each block moves the rank of any value among the kept ones
     * (weighted) by at most one unit of the old weight, so one halving moves it by at most 64 of them (the KLL
     * compactor's bound, Karnin, Lang & Liberty 2016): at 10 million values 192 of 10 million ranks in all, far below
     * what keeping one value a window moves it.
     */
    halve() {
        const n = this.n;
        const buf = this.buf;
        const block = Math.max(1024, this.capacity >>> 6);
        let k = 0;
        for (let s = 0, b = this.halvings; s < n; s += block, b++) {
            const sorted = sortFloat64(buf.subarray(s, Math.min(n, s + block)));
            // The write position never passes the read position (k ≤ s / 2 + i / 2 ≤ s + i).
            for (let i = b & 1; i < sorted.length; i += 2)
                buf[k++] = sorted[i];
        }
        this.halvings++;
        this.n = k;
        this.stride *= 2;
    }
    /**
     * Quantile p ∈ [0, 1] (type 7), or NaN without values. Reorders the sample in place (a selection, O(n), rather
     * than a sort: 3 million values select in tens of milliseconds, sort in hundreds); call after the last add.
     */
    quantile(p) {
        if (this.n === 0)
            return NaN;
        const s = this.buf.subarray(0, this.n);
        const h = (this.n - 1) * p;
        const lo = Math.floor(h);
        select(s, lo);
        if (lo + 1 >= this.n || h === lo)
            return s[lo];
        // After selecting lo, every value right of it is ≥ s[lo]: the next order statistic is their minimum.
        let next = s[lo + 1];
        for (let i = lo + 2; i < this.n; i++)
            if (s[i] < next)
                next = s[i];
        return s[lo] + (h - lo) * (next - s[lo]);
    }
}
/** sortFloat64's scratch, reused call after call (a halving sorts 64 blocks): the keys' copy and the digit counts. */
let sortScratch = new Uint32Array(0);
const digitCounts = new Int32Array(3 * 2048);
/**
 * Sort doubles (no NaN) ascending in place, as Float64Array.prototype.sort does (−0 before +0). Each double is mapped
 * to an unsigned 64-bit key that orders as the numbers do (flip every bit of a negative, the sign bit of the rest;
 * Herf, "Radix Tricks", 2001, as stats/argsort.ts does); the keys are sorted on their high 32 bits by a
 * least-significant-digit radix sort, 11 bits a pass with the three digits counted in one pass first (a pass where
 * every key has the same digit is skipped: the sign and exponent of most columns), and the runs of equal high words
 * — a few values each for real data — are then put in order by value (insertion, or the built-in sort for a long
 * run). Written by hand because the quantile sample's halvings sort 6 million values at 10 million rows on the thread
 * that adds the parts up: blocks of 65,536 values sort in ~15 ms a million this way, ~80 ms with the built-in sort.
 */
function sortFloat64(a) {
    const n = a.length;
    if (n < 4096)
        return a.sort();
    // Keys in place of the values (low word, high word of each), and one scratch array of the same size.
    const own = new Uint32Array(a.buffer, a.byteOffset, n * 2);
    let src = own;
    const counts = digitCounts;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
        const mask = src[2 * i + 1] >> 31; // all ones for a negative
        const hi = (src[2 * i + 1] ^= mask | 0x80000000);
        src[2 * i] ^= mask;
        counts[hi & 0x7ff]++;
        counts[2048 + ((hi >>> 11) & 0x7ff)]++;
        counts[4096 + (hi >>> 22)]++;
    }
    // The scratch is kept for blocks (up to 2^17 values, 1 MiB); a larger array gets its own.
    if (sortScratch.length < n * 2 && n <= 1 << 17)
        sortScratch = new Uint32Array(n * 2);
    let dst = sortScratch.length >= n * 2 ? sortScratch : new Uint32Array(n * 2);
    for (let pass = 0; pass < 3; pass++) {
        const shift = pass * 11;
        const base = pass * 2048;
        if (counts[base + ((src[1] >>> shift) & 0x7ff)] === n)
            continue;
        let sum = 0;
        for (let d = base; d < base + 2048; d++) {
            const c = counts[d];
            counts[d] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const hi = src[2 * i + 1];
            const k = counts[base + ((hi >>> shift) & 0x7ff)]++;
            dst[2 * k] = src[2 * i];
            dst[2 * k + 1] = hi;
        }
        [src, dst] = [dst, src];
    }
    // Back to doubles, in a.
    for (let i = 0; i < n; i++) {
        const hi = src[2 * i + 1];
        const mask = ~hi >> 31; // all ones when the key's top bit is clear: a negative
        own[2 * i + 1] = hi ^ (mask | 0x80000000);
        own[2 * i] = src[2 * i] ^ mask;
    }
    // Runs of one high word: in order by value.
    for (let s = 0; s < n;) {
        const h = own[2 * s + 1];
        let e = s + 1;
        while (e < n && own[2 * e + 1] === h)
            e++;
        if (e - s > 16)
            a.subarray(s, e).sort();
        else {
            for (let j = s + 1; j < e; j++) {
                const v = a[j];
                let i = j - 1;
                while (i >= s && a[i] > v) {
                    a[i + 1] = a[i];
                    i--;
                }
                a[i + 1] = v;
            }
        }
        s = e;
    }
    return a;
}
/**
 * Put the k-th smallest value of a (no NaN) at a[k], smaller ones left of it and larger ones right (Hoare's
 * selection with a median-of-three pivot). Past 2·log2(n) rounds without converging (an adversarial order) the
 * remaining range is sorted, so the worst case stays O(n log n).
 */
function select(a, k) {
    let l = 0;
    let r = a.length - 1;
    let rounds = 2 * Math.ceil(Math.log2(a.length + 1)) + 4;
    while (r > l) {
        if (rounds-- === 0) {
            a.subarray(l, r + 1).sort();
            return;
        }
        const m = (l + r) >>> 1;
        // Median of a[l], a[m], a[r] as the pivot.
        if (a[m] < a[l])
            swap(a, m, l);
        if (a[r] < a[l])
            swap(a, r, l);
        if (a[r] < a[m])
            swap(a, r, m);
        const pivot = a[m];
        let i = l;
        let j = r;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                swap(a, i, j);
                i++;
                j--;
            }
        }
        if (k <= j)
            r = j;
        else if (k >= i)
            l = i;
        else
            return;
    }
}
function swap(a, i, j) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
}


/***/ }),

/***/ 72608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ rangeHasQuote),
/* harmony export */   fJ: () => (/* binding */ streamDelimitedRange),
/* harmony export */   lN: () => (/* binding */ guessRows),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   vT: () => (/* binding */ rangesForWorkers)
/* harmony export */ });
/* unused harmony export splitRows */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _delimited_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4859);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28141);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85736);
/**
 * Split one large CSV/TSV at row boundaries into fixed-size byte ranges, so the ranges can be parsed on several
 * threads, and stream one range as batches.
 *
 * A row boundary is a line end outside quotes. Whether a byte is inside quotes depends on everything before it, so
 * the split scans the file once from the start with the same quoting rule as DelimitedParser (a quote opens a quoted
 * cell only at the start of a cell; "" inside a quoted cell is a quote; a quote inside an unquoted cell is text).
 * Only quote bytes are visited one by one (Buffer.indexOf jumps between them), so a file with few quotes is scanned
 * at memory speed. The ranges depend only on the file and the range size, never on the number of threads.
 */





const QUOTE = 34;
const LF = 10;
const CR = 13;
const READ = 1 << 20;
/**
 * A file's row ranges for the worker pools (detect's profiles, validate-data's parts), or undefined when it is read
 * whole: no larger than `rangeBytes`, not a plain CSV/TSV (gzip, JSONL, Parquet), one range only, or a problem the
 * whole-file reader words better (empty, unreadable, a bad header, a UTF-16 mark).
 */
async function rangesForWorkers(path, size, rangeBytes, label) {
    if (size <= rangeBytes)
        return undefined;
    const { format, gzip } = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .detectFormat */ .T)(path);
    if (gzip || (format !== 'csv' && format !== 'tsv'))
        return undefined;
    const delimiter = format === 'tsv' ? 9 : 44;
    let split;
    try {
        split = await splitRows(path, delimiter, rangeBytes, label);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isUserError */ .i)(e) || e.code)
            return undefined;
        throw e;
    }
    return split && split.ranges.length >= 2 ? { ...split, delimiter } : undefined;
}
/**
 * Cut points at the first row boundary at or after every multiple of `rangeBytes`. Undefined when the file cannot be
 * split this way (it starts with a UTF-16 byte order mark; the whole-file reader reports that).
 */
async function splitRows(path, delimiter, rangeBytes, label) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const size = (await fh.stat()).size;
        const buf = Buffer.allocUnsafe(READ);
        let start = 0;
        const head = await fh.read(buf, 0, Math.min(4, size), 0);
        if (head.bytesRead >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)))
            return undefined;
        if (head.bytesRead >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
            start = 3;
        const cuts = [start];
        let inQuotes = false;
        let quoteSeen = false; // a read ended on a quote inside a quoted cell
        let prev = LF; // the byte before the scan position (the file start counts as a line start)
        let want = -1; // looking for a line end at or after this offset; −1: the header's end first
        let headerEnd = -1;
        let sawContent = false;
        let pendingCr = false; // the last cut is at a CR that ended a read: a following LF belongs before it
        let lastWasHeader = true;
        for (let off = start; off < size;) {
            const { bytesRead: n } = await fh.read(buf, 0, Math.min(READ, size - off), off);
            if (n === 0)
                break;
            let i = 0;
            if (pendingCr) {
                pendingCr = false;
                if (buf[0] === LF) {
                    if (lastWasHeader)
                        headerEnd++;
                    else
                        cuts[cuts.length - 1]++;
                    want = (Math.floor((off + 1) / rangeBytes) + 1) * rangeBytes;
                    i = 1;
                }
            }
            while (i < n) {
                if (quoteSeen) {
                    quoteSeen = false;
                    if (buf[i] === QUOTE) {
                        i++;
                        continue;
                    }
                    inQuotes = false;
                    prev = QUOTE;
                }
                if (inQuotes) {
                    const q = buf.indexOf(QUOTE, i);
                    if (q < 0) {
                        i = n;
                        break;
                    }
                    if (q + 1 === n) {
                        quoteSeen = true;
                        i = n;
                        break;
                    }
                    if (buf[q + 1] === QUOTE) {
                        i = q + 2;
                        continue;
                    }
                    inQuotes = false;
                    prev = QUOTE;
                    i = q + 1;
                    continue;
                }
                // Outside quotes: the next quote, and (when a cut is wanted here) the next line end.
                const wantAt = headerEnd < 0 ? 0 : want - off;
                if (wantAt < n) {
                    const from = Math.max(i, wantAt);
                    const q = buf.indexOf(QUOTE, i);
                    const nl = lineEnd(buf, from);
                    if (nl >= 0 && (q < 0 || q >= nl)) {
                        // Blank lines before the header do not end it.
                        if (headerEnd < 0 && !sawContent && !hasContent(buf, i, nl)) {
                            prev = buf[nl];
                            i = nl + 1;
                            continue;
                        }
                        let cut = off + nl + 1;
                        if (buf[nl] === CR) {
                            if (nl + 1 < n) {
                                if (buf[nl + 1] === LF)
                                    cut++;
                            }
                            else
                                pendingCr = true;
                        }
                        if (headerEnd < 0)
                            headerEnd = cut;
                        else
                            cuts.push(cut);
                        lastWasHeader = cuts.length === 1;
                        want = (Math.floor(cut / rangeBytes) + 1) * rangeBytes;
                        prev = LF;
                        i = cut - off;
                        continue;
                    }
                    if (q < 0) {
                        if (nl < 0 && n > i) {
                            sawContent ||= hasContent(buf, i, n);
                            prev = buf[n - 1];
                        }
                        i = n;
                        continue;
                    }
                    sawContent = true;
                    if (q === i ? isCellStart(prev, delimiter) : isCellStart(buf[q - 1], delimiter))
                        inQuotes = true;
                    prev = QUOTE;
                    i = q + 1;
                    continue;
                }
                const q = buf.indexOf(QUOTE, i);
                if (q < 0 || q >= wantAt) {
                    const to = Math.min(n, wantAt);
                    if (to > i)
                        prev = buf[to - 1];
                    i = to;
                    continue;
                }
                if (q === i ? isCellStart(prev, delimiter) : isCellStart(buf[q - 1], delimiter))
                    inQuotes = true;
                prev = QUOTE;
                i = q + 1;
            }
            off += n;
        }
        if (headerEnd < 0)
            return undefined;
        const ends = [...cuts.slice(1).filter((c) => c < size), size];
        const starts = [cuts[0], ...cuts.slice(1).filter((c) => c < size)];
        const ranges = starts.map((s, k) => ({ start: s, end: ends[k] }));
        // The header's names, as the parser reads them.
        const hb = Buffer.allocUnsafe(headerEnd - start);
        await fh.read(hb, 0, hb.length, start);
        const p = new _delimited_js__WEBPACK_IMPORTED_MODULE_2__/* .DelimitedParser */ .L({ path, label, delimiter, batchRows: 1, retain: false, trackLines: false });
        p.push(hb);
        p.end();
        return { ranges, header: p.header };
    }
    finally {
        await fh.close();
    }
}
/**
 * The ranges splitRows gives a file with no quote after its header, found without reading the file: the header line,
 * then a few KiB read at each multiple of `rangeBytes` to the next line end (LF, CR LF or a lone CR, as splitRows
 * cuts). ~1 ms for a 1 GB file against a full pass (~0.3 s). Whether the guess holds is known only once every byte
 * is read: the caller's readers check that each range has no quote (a fast-path range gives up at one) and use the
 * splitRows ranges if one has. Undefined when the start already rules it out: a UTF-16 mark, a header line that is
 * blank, quoted or over 64 KiB, one range only.
 */
function guessRows(path, size, delimiter, rangeBytes, label) {
    if (size <= rangeBytes)
        return undefined;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
    try {
        const buf = Buffer.allocUnsafe(64 * 1024);
        let n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buf, 0, Math.min(buf.length, size), 0);
        if (n >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)))
            return undefined;
        const start = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
        const nl = lineEnd(buf.subarray(0, n), start);
        // The header's line end must be in the first read (a CR at its end: its LF may follow, so not that either).
        if (nl < 0 || nl + 1 >= n || !hasContent(buf, start, nl) || buf.subarray(start, nl).includes(QUOTE))
            return undefined;
        const headerEnd = nl + (buf[nl] === CR && buf[nl + 1] === LF ? 2 : 1);
        const p = new _delimited_js__WEBPACK_IMPORTED_MODULE_2__/* .DelimitedParser */ .L({ path, label, delimiter, batchRows: 1, retain: false, trackLines: false });
        p.push(buf.subarray(start, headerEnd));
        p.end();
        const header = p.header;
        const cuts = [start];
        for (let want = (Math.floor(headerEnd / rangeBytes) + 1) * rangeBytes; want < size;) {
            // The first line end at or after `want`, and the byte after it (a CR's LF).
            let cut = -1;
            for (let off = want; off < size && cut < 0; off += n - 1) {
                n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buf, 0, Math.min(buf.length, size - off), off);
                if (n === 0)
                    break;
                const at = lineEnd(buf.subarray(0, n), 0);
                if (at >= 0 && (at + 1 < n || off + n === size))
                    cut = off + at + (buf[at] === CR && at + 1 < n && buf[at + 1] === LF ? 2 : 1);
                else if (n === 1)
                    break;
            }
            if (cut < 0 || cut >= size)
                break;
            cuts.push(cut);
            want = (Math.floor(cut / rangeBytes) + 1) * rangeBytes;
        }
        if (cuts.length < 2)
            return undefined;
        const ranges = cuts.map((s, k) => ({ start: s, end: k + 1 < cuts.length ? cuts[k + 1] : size }));
        return { ranges, header };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Whether the bytes [start, end) of a file hold a quote (a guessed range the fast path gave up on: guessRows). */
function rangeHasQuote(path, start, end) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
    try {
        const buf = Buffer.allocUnsafe(Math.min(READ * 4, Math.max(1, end - start)));
        for (let off = start; off < end;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buf, 0, Math.min(buf.length, end - off), off);
            if (n === 0)
                break;
            if (buf.subarray(0, n).includes(QUOTE))
                return true;
            off += n;
        }
        return false;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function isCellStart(prev, delimiter) {
    return prev === delimiter || prev === LF || prev === CR;
}
function hasContent(buf, from, to) {
    for (let k = from; k < to; k++)
        if (buf[k] !== LF && buf[k] !== CR)
            return true;
    return false;
}
/** First LF or CR at or after `from`, or −1. */
function lineEnd(buf, from) {
    const lf = buf.indexOf(LF, from);
    const cr = buf.indexOf(CR, from);
    if (lf < 0)
        return cr;
    if (cr < 0)
        return lf;
    return Math.min(lf, cr);
}
/**
 * Physical line number (1-based) of the byte at `offset`, counted as DelimitedParser counts: a line end outside
 * quotes (LF, CR LF or a lone CR) and an LF inside a quoted cell each start a line. Used only to word an error found
 * in a range after the first, so it costs a scan of the bytes before the range only when there is an error.
 */
async function lineAt(path, offset, delimiter) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const buf = Buffer.allocUnsafe(READ);
        let line = 1;
        let inQuotes = false;
        let quoteSeen = false;
        let prev = LF;
        for (let off = 0; off < offset;) {
            const { bytesRead: n } = await fh.read(buf, 0, Math.min(READ, offset - off), off);
            if (n === 0)
                break;
            for (let i = 0; i < n; i++) {
                const c = buf[i];
                if (quoteSeen) {
                    quoteSeen = false;
                    if (c === QUOTE) {
                        prev = c;
                        continue;
                    }
                    inQuotes = false;
                }
                if (inQuotes) {
                    if (c === QUOTE)
                        quoteSeen = true;
                    else if (c === LF)
                        line++;
                }
                else if (c === QUOTE) {
                    if (isCellStart(prev, delimiter))
                        inQuotes = true;
                }
                else if (c === LF) {
                    if (prev !== CR)
                        line++;
                }
                else if (c === CR)
                    line++;
                prev = c;
            }
            off += n;
        }
        return line;
    }
    finally {
        await fh.close();
    }
}
/**
 * Stream the rows in [start, end) as batches. `header` is given for a range after the first (which starts at a row);
 * `firstLine` is the line number of `start`, for messages. `columns`, `types`, `missingColumns`, `dictionaries` and
 * `trackLines` are as for streamTable; `done`, when given, receives the parser's line after the range (so the caller
 * can number the lines of the next range without reading this one again).
 */
async function* streamDelimitedRange(path, o) {
    const parser = new _delimited_js__WEBPACK_IMPORTED_MODULE_2__/* .DelimitedParser */ .L({
        path,
        label: o.label,
        delimiter: o.delimiter,
        header: o.header,
        batchRows: o.batchRows ?? 1 << 16,
        retain: true,
        trackLines: o.trackLines === true,
        firstLine: o.firstLine,
        columns: o.columns,
        types: o.types,
        missingColumns: o.missingColumns,
        dictionaries: o.dictionaries,
    });
    if (o.end > o.start) {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { start: o.start, end: o.end - 1, highWaterMark: READ })) {
            parser.push(chunk);
            while (parser.ready.length > 0)
                yield parser.ready.shift();
        }
    }
    parser.end();
    while (parser.ready.length > 0)
        yield parser.ready.shift();
    if (o.done)
        o.done.endLine = parser.currentLine;
}


/***/ })

};
