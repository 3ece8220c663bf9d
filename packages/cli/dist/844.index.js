export const id = 844;
export const ids = [844];
export const modules = {

/***/ 63844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkLine: () => (/* reexport */ checkLine),
  initContract: () => (/* reexport */ initContract),
  parseContract: () => (/* reexport */ parseContract),
  runContract: () => (/* binding */ runContract),
  shouldFail: () => (/* reexport */ shouldFail)
});

// UNUSED EXPORTS: COLUMN_TYPES, CONTRACT_REPORT_SCHEMA, DEFAULT_MAX_EXAMPLES, DEFAULT_MAX_UNIQUE_KEYS, INIT_MAX_VALUES, INIT_RULES, INIT_WIDEN, NEW_VALUES, SEVERITIES, buildContractReport, ceilShare, columnSchema, contractAnnotations, contractSchema, contractSummaryLine, displayPath, expandFiles, isGlob, loadContract, parseTimestamp, profileTable, referenceNow, renderContractMarkdown, renderInitContract, renderJUnit, serializeContractReport, tableSchema, validateData, widenRange, yamlString

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ../../node_modules/zod/v4/core/core.js
var core = __webpack_require__(46416);
// EXTERNAL MODULE: ../core/src/errors.ts
var errors = __webpack_require__(90319);
// EXTERNAL MODULE: ../core/src/fs/text.ts
var fs_text = __webpack_require__(39477);
// EXTERNAL MODULE: ../core/src/inputs/document.ts
var inputs_document = __webpack_require__(20565);
// EXTERNAL MODULE: ../core/src/inputs/units.ts
var units = __webpack_require__(31981);
;// CONCATENATED MODULE: ../core/src/contract/schema.ts





/**
 * The data contract (YAML, `version: 1`): per table, the files it is read from, row-count bounds, unique keys and
 * per-column checks. Key names are a contract (issue #14); zod validates them, unknown keys are refused, and every
 * error names the contract file, the line and the key (the same helper as the gate policy: inputs/document.ts).
 *
 * Every check takes a short form and a long form with `severity` (`error`, the default, or `warn`):
 *   min: 0                       min: { value: 0, severity: warn }
 */
const COLUMN_TYPES = ['integer', 'number', 'string', 'boolean', 'timestamp'];
const SEVERITIES = ['error', 'warn'];
const NEW_VALUES = ['fail', 'warn', 'allow'];
const finite = schemas/* number */.aig().refine(Number.isFinite, 'expected a finite number');
const severity = schemas/* enum */.k5n(SEVERITIES, { error: 'expected severity error or warn' }).default('error');
const count = schemas/* number */.aig().int('expected a whole number').min(0, 'expected a number ≥ 0');
/** A bound on a number, or on a timestamp column written as an ISO 8601 date-time. */
const bound = schemas/* union */.KCZ([finite, schemas/* string */.YjP().refine((s) => Number.isFinite(Date.parse(s)), 'expected a number or an ISO 8601 date-time')]);
/** `key: value` or `key: { value, severity }`, normalised to the long form. */
function valueCheck(value) {
    return schemas/* union */.KCZ([
        value.transform((v) => ({ value: v, severity: 'error' })),
        schemas/* object */.Ikc({ value, severity }).strict(),
    ]);
}
/** `{ min, max, severity }` with at least one bound and min ≤ max. */
function range(num) {
    return schemas/* object */.Ikc({ min: num.optional(), max: num.optional(), severity })
        .strict()
        .refine((r) => r.min !== undefined || r.max !== undefined, 'give min, max or both')
        .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min is greater than max');
}
const share01 = finite.min(0, 'expected a share between 0 and 1').max(1, 'expected a share between 0 and 1');
const duration = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform((v, ctx) => {
    const ms = (0,units/* parseDurationMs */.yi)(String(v));
    if (ms === undefined || ms <= 0) {
        ctx.addIssue({ code: 'custom', message: 'expected a duration such as 48h, 90m or 2d' });
        return core/* NEVER */.tm;
    }
    return ms;
});
const regex = schemas/* string */.YjP().transform((s, ctx) => {
    try {
        // Anchored: the whole value must match, as in pandera's str_matches with ^…$ (a pattern is a shape, not a search).
        return { source: s, re: new RegExp(`^(?:${s})$`, 'u') };
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${e.message})` });
        return core/* NEVER */.tm;
    }
});
/** An allowed value: written as YAML scalars; compared as text (numbers in canonical form: 1.0 and 1 are one value). */
const scalar = schemas/* union */.KCZ([schemas/* string */.YjP(), finite, schemas/* boolean */.zMY()]);
const nullsLong = schemas/* object */.Ikc({ 'max-share': share01.optional(), 'max-count': count.optional(), severity })
    .strict()
    .refine((r) => (r['max-share'] === undefined) !== (r['max-count'] === undefined), 'give exactly one of max-share or max-count');
const columnSchema = schemas/* object */.Ikc({
    type: valueCheck(schemas/* enum */.k5n(COLUMN_TYPES, { error: `expected one of: ${COLUMN_TYPES.join(', ')}` })).optional(),
    /** Short form: a whole number ≥ 1 is a count, a number in [0, 1) a share of the rows (0: no nulls at all). */
    nulls: schemas/* union */.KCZ([
        finite.min(0, 'expected a count or a share ≥ 0').transform((v, ctx) => {
            if (v >= 1 && !Number.isInteger(v)) {
                ctx.addIssue({ code: 'custom', message: 'a number ≥ 1 is a count and must be whole; a share is below 1' });
                return core/* NEVER */.tm;
            }
            return v >= 1 ? { 'max-count': v, severity: 'error' } : { 'max-share': v, severity: 'error' };
        }),
        nullsLong,
    ])
        .optional(),
    min: valueCheck(bound).optional(),
    max: valueCheck(bound).optional(),
    in: schemas/* union */.KCZ([
        schemas/* array */.YOg(scalar).min(1, 'list at least one allowed value').transform((values) => ({ values, severity: 'error' })),
        schemas/* object */.Ikc({ values: schemas/* array */.YOg(scalar).min(1, 'list at least one allowed value'), severity }).strict(),
    ])
        .optional(),
    /** What a value outside `in` does: fail (the check's severity), warn, or allow (listed in the report only). */
    'new-values': schemas/* enum */.k5n(NEW_VALUES, { error: `expected one of: ${NEW_VALUES.join(', ')}` }).optional(),
    pattern: valueCheck(regex).optional(),
    length: range(count).optional(),
    /** Share of the non-null rows holding each value: `share: { "1": { min: 0.02, max: 0.2 } }`. */
    share: schemas/* record */.g1P(schemas/* string */.YjP(), range(share01)).optional(),
    freshness: valueCheck(duration).optional(),
    mean: range(finite).optional(),
    std: range(finite.min(0, 'a standard deviation is ≥ 0')).optional(),
    /** Quantile ranges: `quantiles: { "0.5": { min: 10, max: 50 } }`; keys are probabilities in [0, 1]. */
    quantiles: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'a quantile key is a probability such as 0.5 or 0.99'), range(finite)).optional(),
})
    .strict()
    .refine((c) => c['new-values'] === undefined || c.in !== undefined, { message: "'new-values' needs an 'in' list", path: ['new-values'] });
const uniqueItem = schemas/* union */.KCZ([
    schemas/* string */.YjP().transform((c) => ({ columns: [c], severity: 'error' })),
    schemas/* array */.YOg(schemas/* string */.YjP()).min(1).transform((columns) => ({ columns, severity: 'error' })),
    schemas/* object */.Ikc({ columns: schemas/* union */.KCZ([schemas/* string */.YjP().transform((c) => [c]), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]), severity })
        .strict(),
]);
const tableSchema = schemas/* object */.Ikc({
    /** Files or globs (relative to the workspace); the `data` input replaces them. */
    files: schemas/* union */.KCZ([schemas/* string */.YjP().transform((f) => [f]), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]).optional(),
    rows: range(count).optional(),
    unique: schemas/* array */.YOg(uniqueItem).default([]),
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), columnSchema.nullable().transform((c) => c ?? {})).default({}),
})
    .strict();
const contractSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1, { error: 'expected version: 1' }),
    tables: schemas/* record */.g1P(schemas/* string */.YjP(), tableSchema),
})
    .strict();
function parseContract(text, path) {
    const { data, lineOf } = (0,inputs_document/* parseYamlDocument */.I)(text, path, contractSchema, {
        what: 'Contract',
        shape: "with 'version: 1' and 'tables:'",
    });
    const names = Object.keys(data.tables);
    if (names.length === 0) {
        throw new errors/* UserError */.y(`Contract ${path}: 'tables' is empty; declare at least one table with its files and checks.`, { file: path, line: lineOf(['tables']) });
    }
    for (const [name, t] of Object.entries(data.tables)) {
        for (const [i, u] of t.unique.entries()) {
            const dup = u.columns.find((c, j) => u.columns.indexOf(c) !== j);
            if (dup !== undefined) {
                const line = lineOf(['tables', name, 'unique', i]);
                throw new errors/* UserError */.y(`Contract ${path}${line ? ` line ${line}` : ''}: tables.${name}.unique.${i}: column '${dup}' is named twice in one key.`, { file: path, line });
            }
        }
        for (const [col, c] of Object.entries(t.columns)) {
            const type = c.type?.value;
            const numeric = type === undefined || type === 'integer' || type === 'number';
            for (const key of ['mean', 'std', 'quantiles']) {
                if (c[key] !== undefined && !numeric) {
                    const line = lineOf(['tables', name, 'columns', col, key]);
                    throw new errors/* UserError */.y(`Contract ${path}${line ? ` line ${line}` : ''}: tables.${name}.columns.${col}.${key}: '${key}' needs a numeric column, but its type is ${type}.`, { file: path, line });
                }
            }
            for (const key of ['min', 'max']) {
                const v = c[key]?.value;
                if (typeof v === 'string' && type !== 'timestamp') {
                    const line = lineOf(['tables', name, 'columns', col, key]);
                    throw new errors/* UserError */.y(`Contract ${path}${line ? ` line ${line}` : ''}: tables.${name}.columns.${col}.${key}: a date bound needs 'type: timestamp'; give a number for other columns.`, { file: path, line });
                }
            }
            if (c.freshness !== undefined && type !== 'timestamp') {
                const line = lineOf(['tables', name, 'columns', col, 'freshness']);
                throw new errors/* UserError */.y(`Contract ${path}${line ? ` line ${line}` : ''}: tables.${name}.columns.${col}.freshness: 'freshness' needs 'type: timestamp'.`, { file: path, line });
            }
        }
    }
    return { contract: data, path, lineOf };
}
/** Read and parse the contract at `path`; `shown` is how messages and annotations name it (default: `path`). */
function loadContract(path, shown = path) {
    let text;
    try {
        text = (0,fs_text/* readTextFile */.Gu)(path, `Contract file '${shown}'`);
    }
    catch (e) {
        if ((0,errors/* isUserError */.i)(e))
            throw e;
        const code = e.code;
        throw new errors/* UserError */.y(`Contract file '${shown}' cannot be read (${code ?? String(e)}): check the 'contract' input path, relative to the workspace.`);
    }
    return parseContract(text, shown);
}

// EXTERNAL MODULE: ../../node_modules/picomatch/index.js
var picomatch = __webpack_require__(71026);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ../core/src/excerpt.ts
var excerpt = __webpack_require__(38759);
// EXTERNAL MODULE: ../core/src/fs/paths.ts
var paths = __webpack_require__(53244);
// EXTERNAL MODULE: ../core/src/io/format.ts
var io_format = __webpack_require__(64608);
// EXTERNAL MODULE: ../core/src/io/read.ts + 3 modules
var read = __webpack_require__(8752);
// EXTERNAL MODULE: ../core/src/io/number.ts
var number = __webpack_require__(71054);
;// CONCATENATED MODULE: ../core/src/contract/sample.ts
/**
 * Quantiles in bounded memory. Every value is kept up to `capacity` (default 2²² = 4,194,304 values, 32 MiB): the
 * quantiles are then exact. Past it the sample is halved (sorted, every other value kept, alternating which) and from
 * then on only every 2nd, 4th, … value is taken: a deterministic systematic sample, so the same file gives the same
 * estimate. Quantiles use linear interpolation between order statistics (Hyndman & Fan 1996 type 7, pandas' and
 * NumPy's default).
 */
class QuantileSample {
    capacity;
    buf;
    n = 0;
    stride = 1;
    skip = 0;
    halvings = 0;
    /** Values offered (all of them, kept or not). */
    seen = 0;
    constructor(capacity = 1 << 22) {
        this.capacity = capacity;
        this.buf = new Float64Array(Math.min(capacity, 1 << 12));
    }
    get exact() {
        return this.stride === 1;
    }
    add(v) {
        this.seen++;
        if (this.stride > 1) {
            if (++this.skip < this.stride)
                return;
            this.skip = 0;
        }
        if (this.n === this.buf.length) {
            if (this.n < this.capacity) {
                const g = new Float64Array(Math.min(this.capacity, this.n * 2));
                g.set(this.buf);
                this.buf = g;
            }
            else {
                this.halve();
            }
        }
        this.buf[this.n++] = v;
    }
    halve() {
        const s = this.buf.subarray(0, this.n).sort();
        const off = this.halvings++ & 1;
        let k = 0;
        for (let i = off; i < this.n; i += 2)
            s[k++] = s[i];
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
        sample_select(s, lo);
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
/**
 * Put the k-th smallest value of a (no NaN) at a[k], smaller ones left of it and larger ones right (Hoare's
 * selection with a median-of-three pivot). Past 2·log2(n) rounds without converging (an adversarial order) the
 * remaining range is sorted, so the worst case stays O(n log n).
 */
function sample_select(a, k) {
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

;// CONCATENATED MODULE: ../core/src/contract/column.ts



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
    constructor(table, name, c, maxExamples) {
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
            this.sample = new QuantileSample();
        }
        this.needNumbers = this.numeric;
    }
    violate(check, site, i, value) {
        check.violations++;
        if (check.examples.length < this.maxExamples) {
            check.examples.push({ file: site.file, line: site.lines ? site.lines[i] : null, row: site.rowOffset + i + 1, value: truncateValue(value()) });
        }
    }
    /**
     * Rows of a batch that lack the column (a file without it, or JSONL lines before its key first appears): nulls for
     * now. When the whole file turns out to lack it, forgetFile takes them back (the presence check reports that).
     */
    absentBatch(n, site) {
        this.rows += n;
        this.nulls += n;
        for (let i = 0; i < n && this.nullExamples.length < this.maxExamples; i++) {
            this.nullExamples.push({ file: site.file, line: site.lines ? site.lines[i] : null, row: site.rowOffset + i + 1, value: '' });
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
            this.nullExamples.push({ file: site.file, line: site.lines ? site.lines[i] : null, row: site.rowOffset + i + 1, value: '' });
        }
    }
    /** Checks on a number the column holds (of the right type). */
    numberValue(v, site, i) {
        this.valid++;
        if (v < this.obsMin)
            this.obsMin = v;
        if (v > this.obsMax)
            this.obsMax = v;
        if (this.minCheck && v < this.minBound)
            this.violate(this.minCheck, site, i, () => numberText(v));
        if (this.maxCheck && v > this.maxBound)
            this.violate(this.maxCheck, site, i, () => numberText(v));
        if (this.inCheck && !this.allowedNum.has(v))
            this.newValue(numberText(v), site, i);
        for (const s of this.shareKeys)
            if (s.num === v)
                s.count++;
        if (this.meanCheck || this.stdCheck) {
            // Welford's online update: numerically stable in one pass (Welford 1962; Knuth TAOCP vol. 2, 4.2.2).
            const d = v - this.wMean;
            this.wN++;
            this.wMean += d / this.wN;
            this.wM2 += d * (v - this.wMean);
        }
        this.sample?.add(v);
    }
    newValue(text, site, i) {
        this.violate(this.inCheck, site, i, () => text);
        if (this.newValues.size < 1000 || this.newValues.has(text))
            this.newValues.set(text, (this.newValues.get(text) ?? 0) + 1);
    }
    /** A batch where the reader delivered the column as numbers (NaN: empty cell). */
    numberBatch(values, site) {
        const n = values.length;
        this.rows += n;
        const integer = this.type === 'integer';
        const textChecks = this.patternCheck !== undefined || this.lengthCheck !== undefined;
        for (let i = 0; i < n; i++) {
            const v = values[i];
            if (v !== v) {
                this.nullRow(site, i);
                continue;
            }
            if (integer && !Number.isInteger(v)) {
                this.violate(this.typeCheck, site, i, () => numberText(v));
                continue;
            }
            this.numberValue(v, site, i);
            if (textChecks)
                this.textChecks(numberText(v), site, i);
        }
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
                this.valid++;
                if (v < this.obsMin)
                    this.obsMin = v;
                if (v > this.obsMax)
                    this.obsMax = v;
                if (this.meanCheck || this.stdCheck) {
                    const dd = v - this.wMean;
                    this.wN++;
                    this.wMean += dd / this.wN;
                    this.wM2 += dd * (v - this.wMean);
                }
                this.sample?.add(v);
            }
            else {
                this.valid++;
                if (t === 'timestamp') {
                    if (v < this.obsMin)
                        this.obsMin = v;
                    if (v > this.obsMax)
                        this.obsMax = v;
                    if (v > this.newest) {
                        this.newest = v;
                        this.newestSite = { file: site.file, line: site.lines ? site.lines[i] : null, row: site.rowOffset + i + 1, value: truncateValue(dictionary[c]) };
                    }
                }
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

;// CONCATENATED MODULE: ../core/src/contract/keys.ts


/**
 * Uniqueness in bounded memory: a key is remembered as a 64-bit hash (two independent 32-bit hashes) in an
 * open-addressing table, 8 bytes a slot at most 3/4 full, so 10 million keys take 128–256 MiB whatever their length.
 * Two distinct keys share a hash with probability about n²/2⁶⁵ (3·10⁻⁶ for n = 10⁷): a reported duplicate is then a
 * false one, never a missed one. Past MLCI_MAX_UNIQUE_KEYS distinct keys (default 25,000,000, about 270 MiB) the check
 * stops with an error instead of growing without bound.
 */
const DEFAULT_MAX_UNIQUE_KEYS = 25_000_000;
function maxUniqueKeys(env = process.env) {
    return (0,fs_text/* positiveIntEnv */.iN)(env, 'MLCI_MAX_UNIQUE_KEYS', DEFAULT_MAX_UNIQUE_KEYS);
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
/** Two 32-bit hashes of a text (murmur-style mixing with two seeds); `out[0]`, `out[1]`. */
function hashText(s, out) {
    let a = 0x9747b28c ^ s.length;
    let b = 0x1b873593 ^ Math.imul(s.length, 0x27d4eb2d);
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        a = Math.imul(a ^ c, 0x5bd1e995);
        a ^= a >>> 15;
        b = Math.imul(b ^ c, 0x01000193) + 0x7f4a7c15;
        b ^= b >>> 13;
    }
    out[0] = fmix(a);
    out[1] = fmix(b ^ 0x5f3759df);
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
class KeySet {
    limit;
    describe;
    lo;
    hi;
    mask;
    size = 0;
    constructor(limit, describe) {
        this.limit = limit;
        this.describe = describe;
        this.lo = new Uint32Array(1 << 16);
        this.hi = new Uint32Array(1 << 16);
        this.mask = (1 << 16) - 1;
    }
    /** Insert a key by its hash pair; false when it was already there (a duplicate). */
    add(h0, h1) {
        const lo = h1 === 0 ? 1 : h1; // 0 marks an empty slot
        let i = h0 & this.mask;
        for (;;) {
            const s = this.lo[i];
            if (s === 0)
                break;
            if (s === lo && this.hi[i] === h0)
                return false;
            i = (i + 1) & this.mask;
        }
        this.lo[i] = lo;
        this.hi[i] = h0;
        this.size++;
        if (this.size > this.limit) {
            throw new errors/* UserError */.y(`${this.describe()}: more than ${this.limit.toLocaleString('en-US')} distinct keys. The uniqueness check keeps a 64-bit hash ` +
                'of every key in memory (8–16 bytes a key); raise MLCI_MAX_UNIQUE_KEYS if the machine has the memory, or check a narrower table.');
        }
        if (this.size * 4 > this.lo.length * 3)
            this.grow();
        return true;
    }
    grow() {
        const { lo, hi } = this;
        const n = lo.length * 2;
        this.lo = new Uint32Array(n);
        this.hi = new Uint32Array(n);
        this.mask = n - 1;
        for (let k = 0; k < lo.length; k++) {
            if (lo[k] === 0)
                continue;
            let i = hi[k] & this.mask;
            while (this.lo[i] !== 0)
                i = (i + 1) & this.mask;
            this.lo[i] = lo[k];
            this.hi[i] = hi[k];
        }
    }
}

;// CONCATENATED MODULE: ../core/src/contract/validate.ts











/**
 * The engine: each table's files are streamed once (io/streamTable, constant memory), every column's checks run on
 * the same batches, unique keys go into a bounded hash set (keys.ts). The result is the checks in contract order.
 */
const DEFAULT_MAX_EXAMPLES = 5;
/** MLCI_NOW (ISO 8601 or ms since the epoch) pins "now" for freshness: tests and re-runs give the same report bytes. */
function referenceNow(env = process.env) {
    const raw = env.MLCI_NOW?.trim();
    if (!raw)
        return Date.now();
    const ms = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
    if (!Number.isFinite(ms))
        throw new errors/* UserError */.y(`Environment variable MLCI_NOW must be an ISO 8601 time such as 2026-12-01T00:00:00Z; it is ${(0,excerpt/* excerpt */.K)(raw, 40, "'")}.`);
    return ms;
}
const GLOB = /[*?[\]{}!]/;
/** Whether a `files` entry is a glob (expanded) rather than a plain path. */
function isGlob(pattern) {
    return GLOB.test(pattern);
}
/** Files of a pattern list: plain paths as given, globs expanded under their base folder, sorted. */
function expandFiles(patterns, workspace, what) {
    const out = new Set();
    for (const p of patterns) {
        if (!GLOB.test(p)) {
            out.add(p);
            continue;
        }
        const scan = picomatch_default().scan(p);
        const base = scan.base || '.';
        const re = picomatch_default().makeRe(p, { dot: false });
        const found = [];
        const walk = (dir) => {
            let entries;
            try {
                entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.resolve)(workspace, dir), { withFileTypes: true });
            }
            catch {
                return;
            }
            for (const e of entries) {
                const rel = dir === '.' ? e.name : `${dir}/${e.name}`;
                if (e.isDirectory())
                    walk(rel);
                else if (e.isFile() && re.test(rel))
                    found.push(rel);
            }
        };
        walk(base);
        if (found.length === 0)
            throw new errors/* UserError */.y(`${what}: the pattern ${(0,excerpt/* excerpt */.K)(p, 200)} matches no file under ${workspace}; check the path (relative to the workspace).`);
        for (const f of found.sort())
            out.add(f);
    }
    return [...out];
}
function tableFiles(name, t, loaded, opts) {
    const names = Object.keys(loaded.contract.tables);
    let patterns;
    if (opts.data && opts.data.length > 0) {
        if (names.length === 1)
            patterns = opts.data;
        else {
            const mine = opts.data.filter((d) => d.startsWith(`${name}=`)).map((d) => d.slice(name.length + 1));
            const stray = opts.data.find((d) => !names.some((n) => d.startsWith(`${n}=`)));
            if (stray !== undefined)
                throw new errors/* UserError */.y(`Input 'data': ${(0,excerpt/* excerpt */.K)(stray, 200)} names no table; the contract has several tables (${names.join(', ')}), so write each line as table=path.`);
            if (mine.length > 0)
                patterns = mine;
        }
    }
    patterns ??= t.files;
    if (!patterns) {
        const line = loaded.lineOf(['tables', name]);
        throw new errors/* UserError */.y(`Contract ${loaded.path}${line ? ` line ${line}` : ''}: table '${name}' has no files; add 'files:' or give them in the 'data' input.`, { file: loaded.path, line });
    }
    return expandFiles(patterns, opts.workspace, `Table '${name}'`);
}
/** A path for reports: relative to the workspace when inside it, POSIX separators. */
function displayPath(workspace, file) {
    const abs = (0,external_node_path_.resolve)(workspace, file);
    const rel = (0,external_node_path_.relative)(workspace, abs);
    const inside = rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel);
    return (inside ? rel : abs).split(external_node_path_.sep).join('/');
}
async function validateData(loaded, opts) {
    const now = opts.now ?? referenceNow();
    const maxExamples = opts.maxExamples ?? DEFAULT_MAX_EXAMPLES;
    const limit = maxUniqueKeys();
    const tables = [];
    const checks = [];
    for (const [name, t] of Object.entries(loaded.contract.tables)) {
        const files = tableFiles(name, t, loaded, opts);
        const rowsCheck = t.rows ? newCheck(name, null, 'rows', rangeOf(t.rows.min, t.rows.max), t.rows.severity, ['tables', name, 'rows']) : undefined;
        const columns = Object.entries(t.columns).map(([c, rule]) => new ColumnState(name, c, rule, maxExamples));
        const byName = new Map(columns.map((c) => [c.name, c]));
        const uniques = t.unique.map((u, i) => {
            const label = u.columns.join(', ');
            const check = newCheck(name, label, 'unique', u.columns.length === 1 ? 'no duplicate values' : `no duplicate (${label}) combinations`, u.severity, ['tables', name, 'unique', i]);
            const set = new KeySet(limit, () => `Table '${name}', unique key (${label})`);
            return { columns: u.columns, check, set, textual: u.columns.map((c) => byName.get(c)?.readAs === 'string') };
        });
        const wanted = [...new Set([...columns.map((c) => c.name), ...t.unique.flatMap((u) => u.columns)])];
        const types = {};
        for (const c of columns)
            types[c.name] = c.readAs;
        let rows = 0;
        const shown = [];
        /** Per wanted column: the files that lack it (a failed presence check). */
        const absent = new Map();
        for (const file of files) {
            const abs = opts.roots ? (0,paths/* resolveInputFile */.FH)(file, { input: opts.data?.length ? 'data' : `contract (table ${name})`, roots: opts.roots }) : (0,external_node_path_.resolve)(opts.workspace, file);
            const shownPath = displayPath(opts.workspace, file);
            shown.push(shownPath);
            const present = new Set();
            let fileRows = 0;
            // A column the file lacks is no error but a failed presence check, in every format alike ('skip').
            for await (const batch of (0,read/* streamTable */.t)(abs, { columns: wanted.length > 0 ? wanted : undefined, types, trackLines: true, label: `Table '${name}'`, missingColumns: 'skip', dictionaries: 'adaptive' })) {
                const site = { file: shownPath, lines: batch.lines, rowOffset: batch.rowOffset };
                rows += batch.rowCount;
                fileRows += batch.rowCount;
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
                for (const u of uniques)
                    uniqueBatch(u, batch.columns, batch.rowCount, site, maxExamples);
            }
            // The header is line 1 of a CSV/TSV file; JSONL and Parquet have no header line.
            const { format } = (0,io_format/* detectFormat */.T)(abs);
            const text = format === 'csv' || format === 'tsv';
            for (const w of wanted) {
                if (present.has(w))
                    continue;
                byName.get(w)?.forgetFile(shownPath, fileRows);
                const list = absent.get(w) ?? [];
                list.push({ file: shownPath, line: text ? 1 : null });
                absent.set(w, list);
            }
        }
        tables.push({ name, files: shown, rows });
        if (rowsCheck) {
            rowsCheck.observed = `${rows} rows`;
            rowsCheck.violations = (t.rows.min !== undefined && rows < t.rows.min) || (t.rows.max !== undefined && rows > t.rows.max) ? 1 : 0;
            rowsCheck.status = rowsCheck.violations === 0 ? 'pass' : rowsCheck.severity === 'warn' ? 'warn' : 'fail';
            checks.push(rowsCheck);
        }
        for (const w of wanted) {
            const missing = absent.get(w);
            if (missing === undefined)
                continue;
            const i = t.unique.findIndex((u) => u.columns.includes(w));
            const rule = w in t.columns ? ['tables', name, 'columns', w] : ['tables', name, 'unique', i];
            const k = newCheck(name, w, 'presence', 'a column of every file', 'error', rule);
            k.violations = missing.length;
            k.observed = `missing from ${missing.length === files.length && files.length > 1 ? 'every file' : missing.length === 1 ? missing[0].file : `${missing.length} of ${files.length} files`}`;
            k.examples = missing.slice(0, maxExamples).map((m) => ({ file: m.file, line: m.line, row: 0, value: '' }));
            k.status = 'fail';
            checks.push(k);
        }
        for (const u of uniques) {
            u.check.observed = u.check.violations === 0 ? `${u.set.size} distinct keys, no duplicates` : `${u.check.violations} duplicate row${u.check.violations === 1 ? '' : 's'} (${u.set.size} distinct keys)`;
            u.check.status = u.check.violations === 0 ? 'pass' : u.check.severity === 'warn' ? 'warn' : 'fail';
            checks.push(u.check);
        }
        for (const c of columns) {
            c.finish(now);
            checks.push(...c.checks);
        }
    }
    return { tables, checks };
}
function rangeOf(min, max) {
    if (min !== undefined && max !== undefined)
        return `between ${min} and ${max} rows`;
    return min !== undefined ? `at least ${min} rows` : `at most ${max} rows`;
}
/** One text column, the common key (an id): each distinct value of the batch hashed once, no per-row mixing. */
function uniqueTextBatch(u, col, n, site, maxExamples) {
    const d = col.dictionary.length;
    const e0 = new Uint32Array(d);
    const e1 = new Uint32Array(d);
    const h = new Uint32Array(2);
    for (let j = 0; j < d; j++) {
        const s = col.dictionary[j];
        const num = u.textual[0] ? undefined : (0,number/* parseNumberText */.ke)(s, true);
        if (num !== undefined && num === num)
            hashNumber(num, h);
        else
            hashText(s, h);
        e0[j] = h[0];
        e1[j] = h[1];
    }
    const codes = col.codes;
    const set = u.set;
    for (let i = 0; i < n; i++) {
        const c = codes[i];
        if (c < 0 || set.add(e0[c], e1[c]))
            continue;
        u.check.violations++;
        if (u.check.examples.length < maxExamples) {
            u.check.examples.push({ file: site.file, line: site.lines ? site.lines[i] : null, row: site.rowOffset + i + 1, value: truncateValue(col.dictionary[c]) });
        }
    }
}
/**
 * Hash each row's key and insert it; a row whose key was seen before is a violation. A key with an empty cell is
 * skipped (as SQL's UNIQUE does; `nulls` checks those). Numbers hash by value, so 7 in a CSV and 7 in Parquet agree.
 */
function uniqueBatch(u, columns, n, site, maxExamples) {
    const acc0 = new Uint32Array(n);
    const acc1 = new Uint32Array(n);
    const skip = new Uint8Array(n);
    const h = new Uint32Array(2);
    const a = new Uint32Array(2);
    const found = u.columns.map((name) => columns.get(name));
    // A key column this batch lacks: every key has an empty cell, and such keys are skipped (presence reports the file).
    if (found.some((c) => c === undefined))
        return;
    const cols = found;
    if (cols.length === 1 && cols[0].kind === 'string')
        return uniqueTextBatch(u, cols[0], n, site, maxExamples);
    for (let k = 0; k < cols.length; k++) {
        const col = cols[k];
        if (col.kind === 'number') {
            const v = col.values;
            for (let i = 0; i < n; i++) {
                if (v[i] !== v[i]) {
                    skip[i] = 1;
                    continue;
                }
                hashNumber(v[i], h);
                a[0] = acc0[i];
                a[1] = acc1[i];
                combine(a, h);
                acc0[i] = a[0];
                acc1[i] = a[1];
            }
        }
        else {
            const d = col.dictionary.length;
            const e0 = new Uint32Array(d);
            const e1 = new Uint32Array(d);
            for (let j = 0; j < d; j++) {
                const s = col.dictionary[j];
                const num = u.textual[k] ? undefined : (0,number/* parseNumberText */.ke)(s, true);
                if (num !== undefined && num === num)
                    hashNumber(num, h);
                else
                    hashText(s, h);
                e0[j] = h[0];
                e1[j] = h[1];
            }
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
                combine(a, h);
                acc0[i] = a[0];
                acc1[i] = a[1];
            }
        }
    }
    for (let i = 0; i < n; i++) {
        if (skip[i] || u.set.add(acc0[i], acc1[i]))
            continue;
        u.check.violations++;
        if (u.check.examples.length < maxExamples) {
            const value = cols.map((c) => (c.kind === 'number' ? numberText(c.values[i]) : c.dictionary[c.codes[i]])).join(', ');
            u.check.examples.push({ file: site.file, line: site.lines ? site.lines[i] : null, row: site.rowOffset + i + 1, value: truncateValue(value) });
        }
    }
}

;// CONCATENATED MODULE: ../core/src/contract/report.ts

const CONTRACT_REPORT_SCHEMA = 'mlci.contract.report/v1';
function buildContractReport(run, loaded) {
    const counts = { pass: 0, fail: 0, warn: 0 };
    for (const c of run.checks)
        counts[c.status]++;
    return {
        schema: CONTRACT_REPORT_SCHEMA,
        passed: counts.fail === 0,
        contract: loaded.path,
        counts,
        tables: run.tables,
        checks: run.checks.map(({ rulePath: _rule, ...c }) => c),
    };
}
function serializeContractReport(report) {
    return JSON.stringify(report, null, 2) + '\n';
}
function shouldFail(report, failOn) {
    if (failOn === 'never')
        return false;
    return report.counts.fail > 0 || (failOn === 'warn' && report.counts.warn > 0);
}
function where(c) {
    return c.column === null ? c.table : `${c.table}.${c.column}`;
}
function site(e) {
    return e.line === null ? `${e.file} row ${e.row}` : `${e.file}:${e.line}`;
}
/** One line per broken rule: `transactions.label in: expected in [0, 1]; observed values outside the list: 2 (3) — first at data.csv:5 ("2")`. */
function checkLine(c) {
    // A presence failure's observed value already names the files.
    const first = c.check === 'presence' ? undefined : c.examples[0];
    const at = first ? ` — first at ${site(first)}${first.value !== '' ? ` (${(0,excerpt/* excerpt */.K)(first.value, 40)})` : ''}` : '';
    return `${where(c)} ${c.check}: expected ${c.expected}; observed ${c.observed}${at}`;
}
/** One line for the `summary` output and the check run title. */
function contractSummaryLine(report) {
    const total = report.checks.length;
    const { fail, warn } = report.counts;
    if (fail === 0)
        return `Data contract passed: ${total} check${total === 1 ? '' : 's'}${warn ? `, ${warn} warning${warn === 1 ? '' : 's'}` : ''}.`;
    const names = report.checks.filter((c) => c.status === 'fail').map((c) => `${where(c)} ${c.check}`);
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
    return `Data contract failed: ${fail} of ${total} checks failed (${shown}).`;
}
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
}
function table(checks) {
    const rows = ['| | Rule | Expected | Observed | Rows | First violations |', '|---|---|---|---|---:|---|'];
    const icon = { pass: '✅', fail: '❌', warn: '⚠️' };
    for (const c of checks) {
        const ex = c.examples.slice(0, 3).map((e) => `\`${cell(site(e))}\` ${c.check === 'presence' ? 'no such column' : e.value === '' ? '(empty)' : cell((0,excerpt/* excerpt */.K)(e.value, 40))}`).join('<br>');
        rows.push(`| ${icon[c.status]} | \`${cell(where(c))}\` ${c.check} | ${cell(c.expected)} | ${cell(c.observed)} | ${c.violations} | ${ex} |`);
    }
    return rows.join('\n');
}
/** Markdown for the job summary, the PR comment and the check run: verdict, failing checks first, then the rest. */
function renderContractMarkdown(report, opts = {}) {
    const title = opts.title ?? 'Data contract';
    const out = [report.passed ? `## ✅ ${title} passed` : `## ❌ ${title} failed`, '', `**${cell(contractSummaryLine(report))}**`, ''];
    out.push(`Contract \`${report.contract}\` · ` +
        report.tables.map((t) => `${t.name}: ${t.rows.toLocaleString('en-US')} rows in ${t.files.length} file${t.files.length === 1 ? '' : 's'}`).join(' · ') +
        ` · ${report.counts.pass} pass, ${report.counts.fail} fail, ${report.counts.warn} warn`, '');
    const fails = report.checks.filter((c) => c.status === 'fail');
    const warns = report.checks.filter((c) => c.status === 'warn');
    const passes = report.checks.filter((c) => c.status === 'pass');
    if (fails.length)
        out.push('### Failing checks', '', table(fails), '');
    if (warns.length)
        out.push('### Warnings', '', table(warns), '');
    if (passes.length)
        out.push(`<details><summary>Passing checks (${passes.length})</summary>`, '', table(passes), '', '</details>', '');
    if (opts.reportPath)
        out.push(`<sub>Full report: \`${opts.reportPath}\` (schema ${report.schema}).</sub>`, '');
    return out.join('\n');
}
/**
 * Annotations for failing and warning checks: one on the contract line of the rule, and one on the data file at the
 * line of each of the first violations (text files; Parquet has no lines, so only the contract is annotated).
 */
function contractAnnotations(run, loaded, perCheck = 3) {
    const out = [];
    for (const c of run.checks) {
        if (c.status === 'pass')
            continue;
        const level = c.status === 'fail' ? 'failure' : 'warning';
        const title = `${where(c)} ${c.check}`;
        out.push({ path: loaded.path, line: loaded.lineOf(c.rulePath) ?? 1, level, title, message: checkLine(c) });
        for (const e of c.examples.slice(0, perCheck)) {
            if (e.line === null)
                continue;
            const what = c.check === 'presence' ? `${e.file} has no column ${(0,excerpt/* excerpt */.K)(c.column ?? '')}` : `${e.value === '' ? 'empty value' : (0,excerpt/* excerpt */.K)(e.value)} breaks "${c.expected}"`;
            out.push({ path: e.file, line: e.line, level, title, message: `${title}: ${what} (contract ${loaded.path} line ${loaded.lineOf(c.rulePath) ?? 1})` });
        }
    }
    return out;
}
function xml(s) {
    return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
/** JUnit XML: one test suite per table, one test case per check; failing checks fail, warnings are skipped with a message. */
function renderJUnit(report) {
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="mlci validate-data" tests="${report.checks.length}" failures="${report.counts.fail}" skipped="${report.counts.warn}">`];
    for (const t of report.tables) {
        const cs = report.checks.filter((c) => c.table === t.name);
        out.push(`  <testsuite name="${xml(t.name)}" tests="${cs.length}" failures="${cs.filter((c) => c.status === 'fail').length}" skipped="${cs.filter((c) => c.status === 'warn').length}">`);
        for (const c of cs) {
            const name = xml(`${where(c)} ${c.check}: ${c.expected}`);
            if (c.status === 'pass')
                out.push(`    <testcase classname="${xml(t.name)}" name="${name}"/>`);
            else if (c.status === 'warn')
                out.push(`    <testcase classname="${xml(t.name)}" name="${name}"><skipped message="${xml(checkLine(c))}"/></testcase>`);
            else
                out.push(`    <testcase classname="${xml(t.name)}" name="${name}"><failure message="${xml(checkLine(c))}"/></testcase>`);
        }
        out.push('  </testsuite>');
    }
    out.push('</testsuites>', '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ../core/src/contract/init.ts








/**
 * `mlci contract init`: profile data files in one streaming pass (the io readers, every column read as text so the
 * profile sees the values as written) and write a starting contract that passes on the data it came from. The rules
 * that turn a profile into checks are fixed and stated in the contract's header (INIT_RULES) and in the docs:
 *
 *   rows     0.5× to 2× the observed row count (rounded outward)
 *   min/max  integer and number columns: the observed range widened by 10% of its width on each side (10% of the
 *            value, or 1, when every value is the same); a bound never crosses 0 (a column with no negative value gets
 *            min ≥ 0, one with no positive value max ≤ 0); integer columns keep the whole numbers of that range,
 *            number columns round outward to the leading digit of the widening
 *   nulls    the observed null share rounded up to two significant digits (0 when there are no nulls)
 *   in       columns of at most 20 distinct values, some repeated (not timestamps), new values warn
 *   unique   integer and text columns whose non-empty values are all distinct (not numbers, booleans or timestamps)
 *   type     the narrowest of integer, number, boolean, timestamp, string that every non-empty value has, judged
 *            exactly as `validate` judges it
 *
 * The same data gives the same bytes: columns in file order, value lists sorted, no time or host in the text.
 */
const INIT_MAX_VALUES = 20;
/** Widening of an observed range on each side, as a share of its width. */
const INIT_WIDEN = 0.1;
const INIT_RULES = [
    'rows:    0.5x to 2x the observed row count',
    'min/max: the observed range widened by 10% of its width on each side (10% of the value, or 1, when all',
    '         values are equal), rounded outward; never below 0 for a column with no negative value, never',
    '         above 0 for one with no positive value; integer columns keep the whole numbers in that range',
    'nulls:   the observed null share rounded up to 2 significant digits (0: no nulls allowed)',
    `in:      columns with at most ${INIT_MAX_VALUES} distinct values, some repeated (not timestamps); new values warn`,
    'unique:  integer and text columns whose non-empty values are all distinct',
    'timestamps get no bounds (data moves forward); add a freshness rule (e.g. freshness: 48h) for a live feed',
];
/** Every column as text: a Proxy answering 'string' for any name (the readers look types up by column name). */
const ALL_TEXT = new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? 'string' : undefined) });
class ColumnProfiler {
    name;
    maxValues;
    rows = 0;
    nulls = 0;
    values = 0;
    int = true;
    num = true;
    bool = true;
    ts = true;
    min = Infinity;
    max = -Infinity;
    tsMin = Infinity;
    tsMax = -Infinity;
    distinct = new Set();
    keys;
    unique = true;
    absentFrom = [];
    h = new Uint32Array(2);
    constructor(name, maxValues, limit) {
        this.name = name;
        this.maxValues = maxValues;
        this.keys = new KeySet(limit, () => name);
    }
    /** Rows of a file (or batch) that lack the column: nulls. */
    absent(n) {
        this.rows += n;
        this.nulls += n;
    }
    batch(col) {
        const n = col.codes.length;
        this.rows += n;
        const used = new Int32Array(col.dictionary.length);
        for (let i = 0; i < n; i++) {
            const c = col.codes[i];
            if (c < 0)
                this.nulls++;
            else
                used[c]++;
        }
        for (let k = 0; k < used.length; k++) {
            if (used[k] === 0)
                continue;
            const s = col.dictionary[k];
            this.values += used[k];
            // The same tests as column.ts applies to text, so the inferred type is the one validate accepts.
            const v = (0,number/* parseNumberText */.ke)(s, true);
            const isNum = v !== undefined && v === v;
            if (isNum) {
                if (!Number.isInteger(v))
                    this.int = false;
                if (v < this.min)
                    this.min = v;
                if (v > this.max)
                    this.max = v;
            }
            else {
                this.int = false;
                this.num = false;
            }
            if (this.bool && booleanText(s) === undefined)
                this.bool = false;
            if (this.ts) {
                const t = parseTimestamp(s);
                if (t !== t)
                    this.ts = false;
                else {
                    if (t < this.tsMin)
                        this.tsMin = t;
                    if (t > this.tsMax)
                        this.tsMax = t;
                }
            }
            if (this.distinct !== null) {
                this.distinct.add(s);
                if (this.distinct.size > this.maxValues)
                    this.distinct = null;
            }
            if (this.unique) {
                if (used[k] > 1)
                    this.unique = false;
                else if (this.keys !== null) {
                    // Numbers hash by value, as validate hashes a non-text key: 7 and 7.0 are one key (never a missed duplicate).
                    if (isNum)
                        hashNumber(v, this.h);
                    else
                        hashText(s, this.h);
                    try {
                        if (!this.keys.add(this.h[0], this.h[1]))
                            this.unique = false;
                    }
                    catch {
                        // Past the key limit uniqueness is unknown: no unique rule rather than an unchecked one.
                        this.keys = null;
                        this.unique = false;
                    }
                }
            }
            if (!this.unique)
                this.keys = null;
        }
    }
    profile() {
        const type = this.values === 0 ? undefined : this.int ? 'integer' : this.num ? 'number' : this.bool ? 'boolean' : this.ts ? 'timestamp' : 'string';
        let values;
        if (this.distinct !== null && type !== undefined && type !== 'timestamp') {
            const raw = [...this.distinct];
            if (type === 'integer' || type === 'number')
                values = [...new Set(raw.map((s) => (0,number/* parseNumberText */.ke)(s, true)))].sort((a, b) => a - b);
            else if (type === 'boolean')
                values = [...new Set(raw.map((s) => booleanText(s) === 'true'))].sort((a, b) => Number(a) - Number(b));
            else
                values = raw.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        }
        const isTs = type === 'timestamp';
        const hasRange = isTs ? this.tsMin <= this.tsMax : this.min <= this.max;
        return {
            name: this.name,
            type,
            rows: this.rows,
            nulls: this.nulls,
            min: hasRange ? (isTs ? this.tsMin : this.min) : NaN,
            max: hasRange ? (isTs ? this.tsMax : this.max) : NaN,
            values,
            unique: this.unique && this.values >= 2 && (type === 'integer' || type === 'string'),
            absentFrom: this.absentFrom,
        };
    }
}
/** Default table name: the first file's name without its extensions, as a plain YAML key. */
function tableName(file) {
    const stem = (0,external_node_path_.basename)(file).replace(/\.(csv|tsv|jsonl|ndjson|parquet|txt|gz)$/gi, '').replace(/\.(csv|tsv|jsonl|ndjson|parquet|txt)$/gi, '');
    const clean = stem.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^[^A-Za-z]+/, '');
    return clean || 'data';
}
/** Profile the files of one table in one streaming pass per file. */
async function profileTable(patterns, opts) {
    if (patterns.length === 0)
        throw new errors/* UserError */.y('Give at least one data file (CSV, TSV, JSONL or Parquet) to profile.');
    const files = expandFiles(patterns, opts.workspace, 'Data');
    const maxValues = opts.maxValues ?? INIT_MAX_VALUES;
    const limit = maxUniqueKeys();
    const cols = new Map();
    let rows = 0;
    const shown = [];
    for (const file of files) {
        const abs = opts.roots ? (0,paths/* resolveInputFile */.FH)(file, { input: 'data', roots: opts.roots }) : (0,external_node_path_.resolve)(opts.workspace, file);
        shown.push(displayPath(opts.workspace, file));
        const seen = new Set();
        const before = rows;
        for await (const batch of (0,read/* streamTable */.t)(abs, { types: ALL_TEXT, label: 'Data' })) {
            for (const name of batch.columnNames) {
                if (seen.has(name))
                    continue;
                seen.add(name);
                let p = cols.get(name);
                if (p === undefined) {
                    p = new ColumnProfiler(name, maxValues, limit);
                    p.absent(before); // rows of earlier files, which lack it
                    p.absentFrom.push(...shown.slice(0, -1));
                    cols.set(name, p);
                }
                p.absent(rows - before); // JSONL: rows of this file before the key first appeared
            }
            for (const name of seen) {
                const col = batch.columns.get(name);
                if (col === undefined)
                    cols.get(name).absent(batch.rowCount);
                else if (col.kind === 'string')
                    cols.get(name).batch(col);
                else
                    throw new Error(`contract init: column ${name} was read as numbers`);
            }
            rows += batch.rowCount;
        }
        for (const [name, p] of cols) {
            if (seen.has(name))
                continue;
            p.absent(rows - before);
            p.absentFrom.push(shown[shown.length - 1]);
        }
    }
    const patternsShown = patterns.map((p) => (isGlob(p) ? p : displayPath(opts.workspace, p)));
    return { name: opts.table ?? tableName(files[0]), patterns: patternsShown, files: shown, rows, columns: [...cols.values()].map((c) => c.profile()) };
}
/** A YAML scalar: plain when it cannot be read as anything but this string, else double-quoted (JSON escapes). */
function yamlString(s) {
    const plain = /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(s) && !/^(y|yes|n|no|true|false|on|off|null)$/i.test(s);
    return plain ? s : JSON.stringify(s);
}
function yamlNumber(v) {
    return Object.is(v, -0) ? '0' : numberText(v);
}
/** Share rounded up to two significant digits, never below the share. */
function ceilShare(share) {
    if (share <= 0)
        return 0;
    const step = 10 ** (Math.floor(Math.log10(share)) - 1);
    let v = Number((Math.ceil(share / step) * step).toPrecision(2));
    if (v < share)
        v = Number((v + step).toPrecision(2));
    return Math.min(v, 1);
}
/** The widened bounds of an observed range (see INIT_RULES). */
function widenRange(min, max, integer) {
    const width = max - min;
    const pad = width > 0 ? INIT_WIDEN * width : max !== 0 ? INIT_WIDEN * Math.abs(max) : 1;
    let lo = min - pad;
    let hi = max + pad;
    if (integer) {
        lo = Math.ceil(lo);
        hi = Math.floor(hi);
    }
    else {
        const exp = Math.floor(Math.log10(pad));
        if (exp >= -12 && exp <= 15) {
            const g = 10 ** exp;
            const digits = Math.max(0, -exp);
            // The epsilon keeps 1.1 / 0.1 = 11.000000000000002 from rounding to 1.2; the checks below keep the bounds outside.
            const l = Number((Math.floor(lo / g + 1e-9) * g).toFixed(digits));
            const h = Number((Math.ceil(hi / g - 1e-9) * g).toFixed(digits));
            if (l <= lo)
                lo = l;
            if (h >= hi)
                hi = h;
        }
    }
    // Near the ends of the double range the widening can overflow: keep the observed bound there.
    if (!Number.isFinite(lo))
        lo = min;
    if (!Number.isFinite(hi))
        hi = max;
    if (min >= 0 && lo < 0)
        lo = 0;
    if (max <= 0 && hi > 0)
        hi = 0;
    return { min: lo === 0 ? 0 : lo, max: hi === 0 ? 0 : hi };
}
function columnRules(c, tableRows) {
    const rules = [];
    if (c.type)
        rules.push(`type: ${c.type}`);
    if (tableRows > 0) {
        const share = c.nulls / tableRows;
        const bound = ceilShare(share);
        rules.push(bound >= 1 ? 'nulls: { max-share: 1 }' : `nulls: ${yamlNumber(bound)}`);
    }
    if ((c.type === 'integer' || c.type === 'number') && Number.isFinite(c.min) && Number.isFinite(c.max)) {
        const r = widenRange(c.min, c.max, c.type === 'integer');
        rules.push(`min: ${yamlNumber(r.min)}`, `max: ${yamlNumber(r.max)}`);
    }
    const repeated = c.values !== undefined && c.values.length < c.rows - c.nulls;
    if (c.values !== undefined && c.values.length > 0 && !c.unique && repeated) {
        const list = c.values.map((v) => (typeof v === 'string' ? yamlString(v) : typeof v === 'number' ? yamlNumber(v) : String(v)));
        rules.push(`in: [${list.join(', ')}]`, 'new-values: warn');
    }
    let comment;
    if (c.type === 'timestamp' && c.min === c.min) {
        comment = `observed ${new Date(c.min).toISOString()} to ${new Date(c.max).toISOString()}`;
    }
    else if (c.type === undefined)
        comment = 'no values: type unknown';
    return { rules, comment };
}
/** Text for a YAML comment: line breaks folded. */
function oneLine(s) {
    return s.replace(/[\r\n]+/g, ' ');
}
/** The contract text for a profile: a header stating the rules, then `version: 1` and the table. */
function renderInitContract(p) {
    const kept = p.columns.filter((c) => c.absentFrom.length === 0);
    const left = p.columns.filter((c) => c.absentFrom.length > 0);
    const out = [
        `# Data contract written by \`mlci contract init\` from ${p.files.length === 1 ? oneLine(p.files[0]) : `${p.files.length} files`} (${p.rows} rows).`,
        '# A starting point that passes on the data it was profiled from: tighten what the data must hold, loosen what',
        '# may change, then check data with `mlci validate --contract <this file>` or the validate-data action. Rules:',
        ...INIT_RULES.map((r) => `#   ${r}`),
        // A column some file lacks would fail its presence check on that file: it is left out, and said so.
        ...left.map((c) => `# Left out: column ${oneLine(yamlString(c.name))}, absent from ${c.absentFrom.slice(0, 3).map(oneLine).join(', ')}${c.absentFrom.length > 3 ? ', …' : ''}.`),
        'version: 1',
        'tables:',
        `  ${yamlString(p.name)}:`,
        `    files: ${p.patterns.length === 1 ? yamlString(p.patterns[0]) : `[${p.patterns.map(yamlString).join(', ')}]`}`,
    ];
    if (p.rows > 0)
        out.push(`    rows: { min: ${Math.floor(p.rows / 2)}, max: ${p.rows * 2} }`);
    const unique = kept.filter((c) => c.unique).map((c) => yamlString(c.name));
    if (unique.length > 0)
        out.push(`    unique: [${unique.join(', ')}]`);
    if (kept.length > 0) {
        out.push('    columns:');
        for (const c of kept) {
            const { rules, comment } = columnRules(c, p.rows);
            out.push(`      ${yamlString(c.name)}: ${rules.length ? `{ ${rules.join(', ')} }` : '{}'}${comment ? `   # ${comment}` : ''}`);
        }
    }
    return out.join('\n') + '\n';
}
/** Profile the files and render the starting contract. */
async function initContract(patterns, opts) {
    const profile = await profileTable(patterns, opts);
    return { text: renderInitContract(profile), profile };
}

;// CONCATENATED MODULE: ../core/src/contract/index.ts
/**
 * contract: data contracts, the data half of an ML test suite (issue #14). A YAML contract (schema.ts) says what each
 * table's files must hold; the engine (validate.ts, column.ts, keys.ts) checks it in one streaming pass per file; the
 * report (report.ts) is JSON `mlci.contract.report/v1`, markdown, annotations and JUnit.
 */











/** Load the contract, check the data, write the JSON report (and JUnit) when asked, and render the outputs. */
async function runContract(opts) {
    // Paths are relative to the workspace (the CLI's working directory may differ from the process's).
    const loaded = loadContract((0,external_node_path_.resolve)(opts.workspace, opts.contract), opts.contract);
    const run = await validateData(loaded, opts);
    const report = buildContractReport(run, loaded);
    for (const [path, body] of [[opts.reportPath, () => serializeContractReport(report)], [opts.junitPath, () => renderJUnit(report)]]) {
        if (!path)
            continue;
        const abs = (0,external_node_path_.resolve)(opts.workspace, path);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
        (0,external_node_fs_.writeFileSync)(abs, body());
    }
    return {
        report,
        summary: contractSummaryLine(report),
        markdown: renderContractMarkdown(report, { title: opts.title, reportPath: opts.reportPath }),
        annotations: contractAnnotations(run, loaded),
    };
}


/***/ }),

/***/ 64608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ describeFile),
/* harmony export */   T: () => (/* binding */ detectFormat)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90319);

const SUPPORTED = '.csv, .tsv, .jsonl, .ndjson (each optionally .gz) and .parquet';
/** Format from the file name: `.csv`, `.tsv`, `.jsonl`/`.ndjson`, each optionally `.gz`, and `.parquet`. */
function detectFormat(path) {
    const name = path.toLowerCase();
    const gzip = name.endsWith('.gz');
    const base = gzip ? name.slice(0, -3) : name;
    const dot = base.lastIndexOf('.');
    const ext = dot >= 0 && dot > base.lastIndexOf('/') ? base.slice(dot + 1) : '';
    switch (ext) {
        case 'csv':
            return { format: 'csv', gzip };
        case 'tsv':
        case 'tab':
            return { format: 'tsv', gzip };
        case 'jsonl':
        case 'ndjson':
            return { format: 'jsonl', gzip };
        case 'parquet':
        case 'pq':
            if (gzip) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${path}: a gzip-compressed Parquet file is not supported; Parquet compresses its pages itself, so ` +
                    `decompress it (gunzip) and pass the .parquet file`, { file: path });
            }
            return { format: 'parquet', gzip: false };
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${path}: cannot tell the file format from the extension ${ext ? `".${ext}"` : '(none)'}; ` +
                `supported: ${SUPPORTED}${ext === 'json' ? '. For one JSON object per line, name the file .jsonl' : ''}`, { file: path });
    }
}
/** "candidate file preds.csv" or "file preds.csv": how messages name a file. */
function describeFile(path, label) {
    return label ? `${label} file ${path}` : `file ${path}`;
}


/***/ })

};
