export const id = 651;
export const ids = [651];
export const modules = {

/***/ 54651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runContract: () => (/* binding */ runContract),
  shouldFail: () => (/* reexport */ shouldFail)
});

// UNUSED EXPORTS: COLUMN_TYPES, CONTRACT_REPORT_SCHEMA, DEFAULT_MAX_EXAMPLES, DEFAULT_MAX_UNIQUE_KEYS, INIT_MAX_VALUES, INIT_RULES, INIT_WIDEN, NEW_VALUES, SEVERITIES, buildContractReport, ceilShare, checkLine, columnSchema, contractAnnotations, contractSchema, contractSummaryLine, displayPath, expandFiles, initContract, isGlob, loadContract, parseContract, parseTimestamp, profileTable, referenceNow, renderContractMarkdown, renderInitContract, renderJUnit, serializeContractReport, tableSchema, validateData, widenRange, yamlString

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ../../node_modules/zod/v4/core/core.js
var core = __webpack_require__(46416);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/fs/text.ts
var fs_text = __webpack_require__(68264);
// EXTERNAL MODULE: ../../packages/core/src/inputs/document.ts
var inputs_document = __webpack_require__(67292);
// EXTERNAL MODULE: ../../packages/core/src/inputs/units.ts
var units = __webpack_require__(77522);
;// CONCATENATED MODULE: ../../packages/core/src/contract/schema.ts





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
// EXTERNAL MODULE: ../../packages/core/src/excerpt.ts
var excerpt = __webpack_require__(75874);
// EXTERNAL MODULE: ../../packages/core/src/fs/paths.ts
var paths = __webpack_require__(64423);
;// CONCATENATED MODULE: ../../packages/core/src/io/format.ts

const SUPPORTED = '.csv, .tsv, .jsonl, .ndjson (each optionally .gz) and .parquet';
/** Format from the file name: `.csv`, `.tsv`, `.jsonl`/`.ndjson`, each optionally `.gz`, and `.parquet`. */
function format_detectFormat(path) {
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
                throw new errors/* UserError */.y(`${path}: a gzip-compressed Parquet file is not supported; Parquet compresses its pages itself, so ` +
                    `decompress it (gunzip) and pass the .parquet file`, { file: path });
            }
            return { format: 'parquet', gzip: false };
        default:
            throw new errors/* UserError */.y(`${path}: cannot tell the file format from the extension ${ext ? `".${ext}"` : '(none)'}; ` +
                `supported: ${SUPPORTED}${ext === 'json' ? '. For one JSON object per line, name the file .jsonl' : ''}`, { file: path });
    }
}
/** "candidate file preds.csv" or "file preds.csv": how messages name a file. */
function format_describeFile(path, label) {
    return label ? `${label} file ${path}` : `file ${path}`;
}

;// CONCATENATED MODULE: ../../packages/core/src/io/dictionary.ts
/**
 * Dictionary encoders for text columns. ByteDictionary maps raw UTF-8 bytes to codes without decoding them: a
 * slice column of a million rows with four distinct values creates four strings, not a million.
 */
const EMPTY_SLOT = 0;
/** FNV-1a (32-bit) constants: the CSV parser hashes cells while it scans them, then calls codeHashed. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Open-addressing hash table from byte strings to dense codes 0, 1, 2, ... (FNV-1a hash, linear probing). */
class ByteDictionary {
    direct;
    strings = [];
    /**
     * @param direct One entry per value added, repeats included: no hashing, probing or byte copy (a column of ids,
     *   whose values are nearly all distinct, gains nothing from deduplication). codes are then 0, 1, 2, …
     */
    constructor(direct = false) {
        this.direct = direct;
    }
    slots = new Int32Array(64); // code + 1, 0 = empty
    mask = 63;
    hashes = new Int32Array(16);
    starts = new Int32Array(16);
    ends = new Int32Array(16);
    arena = new Uint8Array(1024);
    arenaLen = 0;
    /** Code of the text in b[s, e), adding it when new. */
    code(b, s, e) {
        let h = FNV_OFFSET;
        for (let i = s; i < e; i++)
            h = Math.imul(h ^ b[i], FNV_PRIME);
        return this.codeHashed(b, s, e, h);
    }
    /** Whether code c stands for the bytes b[s, e) (a cheap check of a guessed code). */
    matches(c, b, s, e) {
        if (this.direct)
            return false;
        const start = this.starts[c];
        const len = e - s;
        if (this.ends[c] - start !== len)
            return false;
        const a = this.arena;
        for (let k = 0; k < len; k++)
            if (a[start + k] !== b[s + k])
                return false;
        return true;
    }
    /** Code of b[s, e) whose FNV-1a hash is h. */
    codeHashed(b, s, e, h) {
        if (this.direct)
            return this.append(b, s, e);
        const slots = this.slots;
        const mask = this.mask;
        const len = e - s;
        let slot = h & mask;
        for (;;) {
            const c1 = slots[slot];
            if (c1 === EMPTY_SLOT)
                break;
            const c = c1 - 1;
            if (this.hashes[c] === h) {
                const start = this.starts[c];
                if (this.ends[c] - start === len) {
                    const a = this.arena;
                    let k = 0;
                    while (k < len && a[start + k] === b[s + k])
                        k++;
                    if (k === len)
                        return c;
                }
            }
            slot = (slot + 1) & mask;
        }
        return this.insert(slot, h, b, s, e);
    }
    append(b, s, e) {
        let or = 0;
        for (let k = s; k < e; k++)
            or |= b[k];
        this.strings.push(b instanceof Buffer ? b.toString(or < 0x80 ? 'latin1' : 'utf8', s, e) : Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8'));
        return this.strings.length - 1;
    }
    insert(slot, h, b, s, e) {
        const c = this.strings.length;
        const len = e - s;
        if (this.arenaLen + len > this.arena.length) {
            const grown = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLen + len));
            grown.set(this.arena.subarray(0, this.arenaLen));
            this.arena = grown;
        }
        // A byte loop, not arena.set(b.subarray(s, e)): no view object per new value (an id column is one a row), and
        // the OR of the bytes says whether the text is ASCII, which decodes faster as latin1 (the same string).
        const arena = this.arena;
        const at = this.arenaLen;
        let or = 0;
        for (let k = 0; k < len; k++) {
            const x = b[s + k];
            arena[at + k] = x;
            or |= x;
        }
        if (c === this.hashes.length) {
            this.hashes = grow32(this.hashes);
            this.starts = grow32(this.starts);
            this.ends = grow32(this.ends);
        }
        this.hashes[c] = h;
        this.starts[c] = this.arenaLen;
        this.ends[c] = this.arenaLen + len;
        this.arenaLen += len;
        this.strings.push(b instanceof Buffer ? b.toString(or < 0x80 ? 'latin1' : 'utf8', s, e) : Buffer.from(b.buffer, b.byteOffset + s, len).toString(or < 0x80 ? 'latin1' : 'utf8'));
        this.slots[slot] = c + 1;
        if ((c + 1) * 2 > this.slots.length)
            this.rehash();
        return c;
    }
    rehash() {
        const size = this.slots.length * 2;
        const slots = new Int32Array(size);
        const mask = size - 1;
        for (let c = 0; c < this.strings.length; c++) {
            let slot = this.hashes[c] & mask;
            while (slots[slot] !== EMPTY_SLOT)
                slot = (slot + 1) & mask;
            slots[slot] = c + 1;
        }
        this.slots = slots;
        this.mask = mask;
    }
}
/** The same for values that already are JavaScript strings (JSONL, Parquet). */
class TextDictionary {
    strings = [];
    index = new Map();
    code(text) {
        let c = this.index.get(text);
        if (c === undefined) {
            c = this.strings.length;
            this.strings.push(text);
            this.index.set(text, c);
        }
        return c;
    }
}
function grow32(a) {
    const g = new Int32Array(Math.max(16, a.length * 2));
    g.set(a);
    return g;
}

;// CONCATENATED MODULE: ../../packages/core/src/io/number.ts
/**
 * Number parsing straight from bytes, without building a string per field.
 *
 * Fast path (Clinger 1990, "How to read floating point numbers accurately", the exact case): when the digits form
 * an integer mantissa m < 2^53 (held exactly in a double) and the decimal exponent k has |k| <= 22 (10^k is exact
 * too), m * 10^k or m / 10^-k is one correctly rounded IEEE operation: the same double Number(text) returns.
 * Everything else (17-digit repr output, big exponents, "NaN", "inf", padded text) goes through Number() of a slice.
 */
const POW10 = new Float64Array(23);
for (let k = 0, p = 1; k <= 22; k++, p *= 10)
    POW10[k] = p;
const MAX_EXACT = 9007199254740992; // 2^53
/**
 * The value of a plain decimal (`-12`, `0.25`, `1e-3`, `.5`) in b[s, e), or NaN when the text is not in that fast
 * form (then call parseNumberText on the slice; it decides whether it is a number at all).
 */
function parseDecimalBytes(b, s, e) {
    let i = s;
    let neg = false;
    let c = b[i];
    if (c === 45 /* - */ || c === 43 /* + */) {
        neg = c === 45;
        i++;
    }
    // Digits accumulate into m exactly while m < 2^53 (leading zeros add nothing); from 2^53 on (where rounding
    // could make 2^53 + 1 look like 2^53) the slow path decides.
    let m = 0;
    const start = i;
    while (i < e && (c = b[i] - 48) >>> 0 <= 9) {
        m = m * 10 + c;
        i++;
    }
    let digits = i - start;
    let exp = 0;
    if (i < e && b[i] === 46 /* . */) {
        const f = ++i;
        while (i < e && (c = b[i] - 48) >>> 0 <= 9) {
            m = m * 10 + c;
            i++;
        }
        exp = f - i;
        digits += i - f;
    }
    if (digits === 0 || m >= MAX_EXACT)
        return NaN;
    if (i < e) {
        c = b[i];
        if (c !== 101 /* e */ && c !== 69 /* E */)
            return NaN;
        i++;
        let eneg = false;
        if (i < e && (b[i] === 45 || b[i] === 43)) {
            eneg = b[i] === 45;
            i++;
        }
        if (i === e || e - i > 4)
            return NaN;
        let x = 0;
        for (; i < e; i++) {
            c = b[i] - 48;
            if (c >>> 0 > 9)
                return NaN;
            x = x * 10 + c;
        }
        exp += eneg ? -x : x;
    }
    let v;
    if (m === 0 || exp === 0)
        v = m;
    else if (exp > 0 && exp <= 22)
        v = m * POW10[exp];
    else if (exp < 0 && exp >= -22)
        v = m / POW10[-exp];
    else
        return NaN;
    return neg ? -v : v;
}
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^([+-]?)(?:(nan)|inf|infinity)$/i;
const INTEGER = /^[+-]?\d+$/;
/**
 * Number value of a text cell, or undefined when it is not a number. Accepts decimals with optional exponent,
 * surrounding spaces, and NaN/Inf/Infinity in any case (Python and JavaScript spellings). Hex, `1_000`, `1,5` are
 * not numbers. With `exactIntegers`, an integer beyond 2^53 is not a number either: a double cannot hold it, and
 * two distinct ids (`9007199254740993`, `9007199254740992`) must not collapse into one, so such a column stays text.
 */
function number_parseNumberText(text, exactIntegers) {
    const t = text.trim();
    if (DECIMAL.test(t)) {
        const v = Number(t);
        if (exactIntegers && Math.abs(v) >= 2 ** 53 && INTEGER.test(t))
            return undefined;
        return v;
    }
    const sp = SPECIAL.exec(t);
    if (sp === null)
        return undefined;
    if (sp[2] !== undefined)
        return NaN;
    return sp[1] === '-' ? -Infinity : Infinity;
}

;// CONCATENATED MODULE: ../../packages/core/src/io/builder.ts
/**
 * Column builders: append one cell at a time into growable typed arrays, deciding number vs text on the fly.
 * BytesColumnBuilder takes raw UTF-8 slices (CSV/TSV); ValueColumnBuilder takes JavaScript values (JSONL, Parquet).
 */


/** Builder modes; the CSV hot loop reads BytesColumnBuilder.mode to parse or hash a cell while scanning it. */
const NUM = 0;
const STR = 1;
/** An 'auto' column met text after numbers and the reader will re-read it as text in a second pass. */
const DEFERRED = 2;
const NO_VALUES = new Float64Array(0);
const NO_CODES = new Int32Array(0);
function growF64(a) {
    const g = new Float64Array(Math.max(1024, a.length * 2));
    g.set(a);
    return g;
}
/** The first n entries: a view when the slack is small (no copy), else a compact copy (frees the slack). */
function fit(a, n) {
    return (a.length - n <= n >> 4 ? a.subarray(0, n) : a.slice(0, n));
}
class BytesColumnBuilder {
    name;
    field;
    type;
    capacity;
    ctx;
    adaptive;
    mode;
    /** Cells in the current batch. */
    n = 0;
    nulls = 0;
    numbers = 0;
    values;
    codes;
    dict;
    constructor(name, 
    /** Field position in the file. */
    field, type, capacity, ctx, 
    /** StreamOptions.dictionaries 'adaptive': after a batch of mostly distinct values, the next one is not deduplicated. */
    adaptive = false) {
        this.name = name;
        this.field = field;
        this.type = type;
        this.capacity = capacity;
        this.ctx = ctx;
        this.adaptive = adaptive;
        this.mode = type === 'string' ? STR : NUM;
        this.values = this.mode === NUM ? new Float64Array(capacity) : NO_VALUES;
        this.codes = this.mode === STR ? new Int32Array(capacity) : NO_CODES;
        this.dict = new ByteDictionary();
    }
    get deferred() {
        return this.mode === DEFERRED;
    }
    /** Append the cell b[s, e) (already unquoted). An empty cell is null. Kept small so that it inlines. */
    add(b, s, e) {
        const n = this.n;
        if (this.mode === NUM) {
            if (s !== e && n < this.values.length) {
                const v = parseDecimalBytes(b, s, e);
                if (v === v) {
                    this.values[n] = v;
                    this.numbers++;
                    this.n = n + 1;
                    return;
                }
            }
        }
        else if (this.mode === STR) {
            if (s !== e && n < this.codes.length) {
                this.codes[n] = this.dict.code(b, s, e);
                this.n = n + 1;
                return;
            }
        }
        else {
            return; // DEFERRED
        }
        this.addSlow(b, s, e);
    }
    /** A number the scanner already parsed (mode NUM). */
    addNumber(v) {
        const n = this.n;
        if (n === this.values.length)
            this.values = growF64(this.values);
        this.values[n] = v;
        this.numbers++;
        this.n = n + 1;
    }
    /** A text cell whose FNV-1a hash the scanner computed (mode STR). */
    addHashed(b, s, e, h) {
        const n = this.n;
        if (s !== e && n < this.codes.length) {
            this.codes[n] = this.dict.codeHashed(b, s, e, h);
            this.n = n + 1;
            return;
        }
        this.addSlow(b, s, e);
    }
    /** Growth, empty cells, numbers off the fast path, and the switch to text. */
    addSlow(b, s, e) {
        const n = this.n;
        if (this.mode === NUM) {
            if (n === this.values.length)
                this.values = growF64(this.values);
            if (s === e) {
                this.values[n] = NaN;
                this.nulls++;
                this.n = n + 1;
                return;
            }
            let v = parseDecimalBytes(b, s, e);
            if (v !== v) {
                const text = Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8');
                const slow = number_parseNumberText(text, this.type !== 'number');
                if (slow === undefined) {
                    if (this.type === 'number')
                        this.ctx.notNumber(this.name, text);
                    this.toText(b, s, e);
                    return;
                }
                v = slow;
            }
            this.values[n] = v;
            this.numbers++;
            this.n = n + 1;
        }
        else {
            if (n === this.codes.length)
                this.codes = grow32(this.codes);
            if (s === e) {
                this.codes[n] = -1;
                this.nulls++;
            }
            else {
                this.codes[n] = this.dict.code(b, s, e);
            }
            this.n = n + 1;
        }
    }
    toText(b, s, e) {
        if (this.numbers === 0) {
            // Only empty cells so far: nothing to re-read.
            this.codes = new Int32Array(Math.max(this.capacity, this.n + 1)).fill(-1, 0, this.n);
            this.dict = new ByteDictionary();
        }
        else {
            const redone = this.ctx.retype(this);
            if (redone === null) {
                this.mode = DEFERRED;
                this.values = NO_VALUES;
                return;
            }
            this.codes = redone.codes;
            this.dict = redone.dict;
            this.nulls = redone.nulls;
        }
        this.mode = STR;
        this.values = NO_VALUES;
        this.numbers = 0;
        this.add(b, s, e);
    }
    /** The batch's column (null when deferred); resets for the next batch, keeping the kind (text stays text). */
    finish() {
        const n = this.n;
        let col = null;
        if (this.mode === NUM) {
            col = { kind: 'number', name: this.name, values: fit(this.values, n), nullCount: this.nulls };
            this.values = new Float64Array(this.capacity);
        }
        else if (this.mode === STR) {
            col = { kind: 'string', name: this.name, codes: fit(this.codes, n), dictionary: this.dict.strings, nullCount: this.nulls };
            this.codes = new Int32Array(this.capacity);
            // Distinct values in more than half of the non-empty cells (an id, a time to the second): skip deduplication in
            // the next batch. Decided from whole batches only, so the same file always gives the same batches.
            const filled = n - this.nulls;
            this.dict = new ByteDictionary(this.adaptive && filled >= 1024 && this.dict.strings.length * 2 > filled);
        }
        this.n = 0;
        this.nulls = 0;
        this.numbers = 0;
        return col;
    }
    /** Make room for n cells in this batch (readTable sizes columns from the file size after the first chunk). */
    reserve(n) {
        if (this.mode === NUM && this.values.length < n) {
            const g = new Float64Array(n);
            g.set(this.values.subarray(0, this.n));
            this.values = g;
        }
        else if (this.mode === STR && this.codes.length < n) {
            const g = new Int32Array(n);
            g.set(this.codes.subarray(0, this.n));
            this.codes = g;
        }
    }
    /** State handed over by a re-read (see ColumnContext.retype). */
    textState() {
        return { codes: this.codes, dict: this.dict, nulls: this.nulls };
    }
}
/**
 * Builder for already-decoded values. When an 'auto' column turns out to hold text, the numbers before it become
 * their shortest round-trip text (String(v)): JSON and Parquet do not keep the original spelling of a number.
 * With `bytes`, text is dictionary-encoded from UTF-8 bytes (JSONL's fast path hands over raw slices).
 */
class ValueColumnBuilder {
    name;
    type;
    capacity;
    ctx;
    useBytes;
    mode;
    n = 0;
    nulls = 0;
    values;
    codes;
    text = new TextDictionary();
    bytes = new ByteDictionary();
    /** Last row that set this column (JSONL: rows without the key get a null). */
    lastRow = -1;
    constructor(name, type, capacity, ctx, useBytes = false) {
        this.name = name;
        this.type = type;
        this.capacity = capacity;
        this.ctx = ctx;
        this.useBytes = useBytes;
        this.mode = type === 'string' ? STR : NUM;
        this.values = this.mode === NUM ? new Float64Array(capacity) : NO_VALUES;
        this.codes = this.mode === STR ? new Int32Array(capacity) : NO_CODES;
    }
    codeOf(t) {
        if (!this.useBytes)
            return this.text.code(t);
        const b = Buffer.from(t, 'utf8');
        return this.bytes.code(b, 0, b.length);
    }
    /** A JSON string given as its raw UTF-8 bytes b[s, e) (no escapes in it). Requires `bytes`. */
    addTextBytes(b, s, e) {
        if (s === e) {
            this.addNull();
            return;
        }
        if (this.mode === NUM) {
            this.addText(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8'));
            return;
        }
        this.pushCode(this.bytes.code(b, s, e));
    }
    addNull() {
        const n = this.n;
        if (this.mode === NUM) {
            if (n === this.values.length)
                this.values = growF64(this.values);
            this.values[n] = NaN;
        }
        else {
            if (n === this.codes.length)
                this.codes = grow32(this.codes);
            this.codes[n] = -1;
        }
        this.nulls++;
        this.n = n + 1;
    }
    addNumber(v) {
        if (this.mode === NUM) {
            const n = this.n;
            if (n === this.values.length)
                this.values = growF64(this.values);
            this.values[n] = v;
            this.n = n + 1;
        }
        else {
            this.pushCode(this.codeOf(String(v)));
        }
    }
    addText(t) {
        if (t === '') {
            this.addNull();
            return;
        }
        if (this.mode === NUM) {
            if (this.type === 'number') {
                const v = number_parseNumberText(t, false);
                if (v === undefined)
                    this.ctx.notNumber(this.name, t);
                this.addNumber(v);
                return;
            }
            this.toText();
        }
        this.pushCode(this.codeOf(t));
    }
    addBigInt(v) {
        const x = Number(v);
        if (this.mode === NUM && this.type !== 'number' && !Number.isSafeInteger(x))
            this.toText();
        if (this.mode === NUM)
            this.addNumber(x);
        else
            this.pushCode(this.codeOf(v.toString()));
    }
    /** JSON/Parquet value: null/undefined → null; booleans → "true"/"false"; dates → ISO text; objects → JSON text. */
    addValue(v) {
        switch (typeof v) {
            case 'number':
                this.addNumber(v);
                return;
            case 'string':
                this.addText(v);
                return;
            case 'bigint':
                this.addBigInt(v);
                return;
            case 'boolean':
                this.addText(v ? 'true' : 'false');
                return;
            case 'undefined':
                this.addNull();
                return;
            default:
                if (v === null)
                    this.addNull();
                else
                    this.addText(otherToText(v));
        }
    }
    pushCode(c) {
        const n = this.n;
        if (n === this.codes.length)
            this.codes = grow32(this.codes);
        this.codes[n] = c;
        if (c < 0)
            this.nulls++;
        this.n = n + 1;
    }
    toText() {
        const n = this.n;
        const codes = new Int32Array(Math.max(this.capacity, n + 1));
        for (let i = 0; i < n; i++) {
            const v = this.values[i];
            codes[i] = v !== v ? -1 : this.codeOf(String(v));
        }
        this.codes = codes;
        this.values = NO_VALUES;
        this.mode = STR;
    }
    finish() {
        const n = this.n;
        let col;
        if (this.mode === NUM) {
            col = { kind: 'number', name: this.name, values: fit(this.values, n), nullCount: this.nulls };
            this.values = new Float64Array(this.capacity);
        }
        else {
            const dictionary = this.useBytes ? this.bytes.strings : this.text.strings;
            col = { kind: 'string', name: this.name, codes: fit(this.codes, n), dictionary, nullCount: this.nulls };
            this.codes = new Int32Array(this.capacity);
            this.text = new TextDictionary();
            this.bytes = new ByteDictionary();
        }
        this.n = 0;
        this.nulls = 0;
        return col;
    }
}
function otherToText(v) {
    if (v instanceof Date)
        return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
    if (v instanceof Uint8Array)
        return Buffer.from(v).toString('hex');
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
}

;// CONCATENATED MODULE: ../../packages/core/src/io/limits.ts

/** Default longest JSON line or CSV/TSV cell a reader buffers: 16 MiB. */
const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
/** The read chunk: a value inside one chunk is never copied, so a limit below it would not be kept exactly. */
const MIN_MAX_LINE_BYTES = 1024 * 1024;
/**
 * The longest JSONL line, or CSV/TSV cell, the readers hold: MLCI_MAX_LINE_BYTES when set (whole bytes, at least
 * 1 MiB), else 16 MiB. Readers stream in constant memory except for one line or cell, which must be held whole to be
 * parsed; the cap keeps a file with no line breaks (a 500 MB single line) from costing gigabytes.
 */
function maxLineBytes(env = process.env) {
    const raw = env.MLCI_MAX_LINE_BYTES;
    if (raw === undefined || raw.trim() === '')
        return DEFAULT_MAX_LINE_BYTES;
    const v = Number(raw.trim());
    if (!Number.isSafeInteger(v) || v < MIN_MAX_LINE_BYTES) {
        throw new errors/* UserError */.y(`Environment variable MLCI_MAX_LINE_BYTES must be a whole number of bytes, at least ${MIN_MAX_LINE_BYTES}; it is '${raw.slice(0, 40)}'.`);
    }
    return v;
}
/** The error for a line or cell over the limit. */
function overlong(where, file, line, what, limit) {
    return new errors/* UserError */.y(`${where}, line ${line}: a ${what} longer than ${limit.toLocaleString('en-US')} bytes (the MLCI_MAX_LINE_BYTES limit); ` +
        (what === 'line'
            ? 'check that the file has one JSON object per line, or raise MLCI_MAX_LINE_BYTES'
            : 'check the quoting (an unclosed quote swallows the rest of the file) and the delimiter, or raise MLCI_MAX_LINE_BYTES'), { file, line });
}

;// CONCATENATED MODULE: ../../packages/core/src/io/delimited.ts
/**
 * CSV/TSV parser over raw Buffers, written by hand because this is the hot path: generic CSV libraries build an
 * array or object per row and a string per cell; here each cell goes straight from the bytes into its column's
 * typed array (numbers parsed from bytes, text dictionary-encoded from bytes), so a million rows allocate almost
 * nothing but the columns themselves.
 *
 * Dialect: RFC 4180 — fields may be quoted ("a,b"), a quote inside a quoted field is doubled (""), quoted fields may
 * hold line breaks; lines end in LF, CRLF or a lone CR; the last line may lack a newline. Blank lines are skipped
 * (as pandas does). An empty cell, quoted or not, is null. A quote inside an unquoted cell is kept literally
 * (5'11" stays as is); text after a closing quote is an error. TSV uses the same rules with a tab delimiter (that is
 * what pandas and Python's csv module write).
 *
 * The parser is incremental: push() takes chunks of any size and a cell split across chunks is joined in a scratch
 * buffer, so memory does not depend on the file size.
 */







const QUOTE = 34;
const LF = 10;
const CR = 13;
const S_START = 0; // at the start of a cell
const S_UNQUOTED = 1; // inside an unquoted cell continued from the previous chunk (bytes in scratch)
const S_QUOTED = 2; // inside a quoted cell
const S_QUOTE_SEEN = 3; // a chunk ended on a quote inside a quoted cell: escape ("") or closing quote
const S_CLOSED = 4; // right after a closing quote: a delimiter or line end must follow
const S_AFTER_CR = 5; // a chunk ended on CR: skip a following LF
class delimited_DelimitedParser {
    /** Finished batches, in order; the caller takes them after each push(). */
    ready = [];
    header = [];
    columnNames = [];
    builders = [];
    /** Data rows seen. */
    rows = 0;
    done = false;
    /**
     * trackLines: the 1-based line of each row, built only once a row is not on the line after the previous row's
     * (quoted newlines, blank lines); until then row r is on firstRowLine + r. Most files never need it, and at
     * 10,000,000 rows it would cost 40-64 MB per file while the columns are being read.
     */
    lines = null;
    /** trackLines: the line of row 0. */
    firstRowLine = 0;
    opts;
    d;
    where;
    collecting;
    width = 0;
    sinks = [];
    state = S_START;
    fieldIndex = 0;
    /** Physical line at the parse position, and the line the current record started on (1-based). */
    line = 1;
    rowLine = 1;
    quoteLine = 0;
    scratch = Buffer.allocUnsafe(1024);
    scratchLen = 0;
    /** Inside a quoted cell: where its not-yet-copied bytes start in the current chunk. */
    segStart = 0;
    quotedInScratch = false;
    batchN = 0;
    rowLimit;
    retained = [];
    batchStart = 0;
    cur = Buffer.alloc(0);
    sawContent = false;
    bytesSeen = 0;
    sized = false;
    maxCell;
    constructor(opts) {
        this.opts = opts;
        this.d = opts.delimiter;
        this.where = format_describeFile(opts.path, opts.label);
        this.rowLimit = opts.rowLimit ?? Infinity;
        this.maxCell = maxLineBytes();
        this.line = this.rowLine = opts.firstLine ?? 1;
        if (opts.header) {
            this.collecting = null;
            this.setup(opts.header);
        }
        else {
            this.collecting = [];
        }
    }
    push(buf) {
        if (this.done || buf.length === 0)
            return;
        if (this.opts.retain)
            this.retained.push(buf);
        this.cur = buf;
        this.sawContent = true;
        const n = buf.length;
        const d = this.d;
        let i = 0;
        if (this.state === S_QUOTED) {
            // A quoted cell continues from the previous chunk: its bytes so far are in scratch (none if the opening quote
            // was that chunk's last byte).
            if (!this.quotedInScratch) {
                this.quotedInScratch = true;
                this.scratchLen = 0;
            }
            this.segStart = 0;
        }
        while (i < n && !this.done) {
            if (this.state === S_START && this.collecting === null) {
                i = this.unquotedRun(buf, i);
                if (i >= n || this.done)
                    break;
            }
            switch (this.state) {
                case S_START: {
                    const c = buf[i];
                    if (c === QUOTE) {
                        this.state = S_QUOTED;
                        this.quoteLine = this.line;
                        this.segStart = i + 1;
                        this.quotedInScratch = false;
                        i++;
                    }
                    else if (c === d) {
                        this.field(buf, i, i);
                        i++;
                    }
                    else if (c === LF || c === CR) {
                        if (this.fieldIndex === 0) {
                            // Blank line.
                            this.line++;
                            this.rowLine = this.line;
                            i = this.afterNewline(buf, i);
                        }
                        else {
                            this.field(buf, i, i);
                            i = this.terminate(buf, i);
                        }
                    }
                    else {
                        let j = i + 1;
                        while (j < n) {
                            const b = buf[j];
                            if (b === d || b === LF || b === CR)
                                break;
                            j++;
                        }
                        if (j === n) {
                            this.scratchLen = 0;
                            this.append(buf, i, n);
                            this.state = S_UNQUOTED;
                            i = n;
                        }
                        else {
                            this.field(buf, i, j);
                            i = this.terminate(buf, j);
                        }
                    }
                    break;
                }
                case S_UNQUOTED: {
                    let j = i;
                    while (j < n) {
                        const b = buf[j];
                        if (b === d || b === LF || b === CR)
                            break;
                        j++;
                    }
                    this.append(buf, i, j);
                    if (j === n) {
                        i = n;
                    }
                    else {
                        this.state = S_START;
                        this.field(this.scratch, 0, this.scratchLen);
                        i = this.terminate(buf, j);
                    }
                    break;
                }
                case S_QUOTED: {
                    const q = buf.indexOf(QUOTE, i);
                    const end = q < 0 ? n : q;
                    for (let k = i; k < end; k++)
                        if (buf[k] === LF)
                            this.line++;
                    if (q < 0) {
                        this.toScratch(buf, n);
                        i = n;
                    }
                    else if (q + 1 === n) {
                        this.toScratch(buf, q);
                        this.state = S_QUOTE_SEEN;
                        i = n;
                    }
                    else if (buf[q + 1] === QUOTE) {
                        // Doubled quote: keep one.
                        this.toScratch(buf, q + 1);
                        i = q + 2;
                        this.segStart = i;
                    }
                    else {
                        this.state = S_CLOSED;
                        if (this.quotedInScratch) {
                            this.append(buf, this.segStart, q);
                            this.field(this.scratch, 0, this.scratchLen);
                        }
                        else {
                            this.field(buf, this.segStart, q);
                        }
                        i = q + 1;
                    }
                    break;
                }
                case S_QUOTE_SEEN: {
                    if (buf[i] === QUOTE) {
                        this.append(buf, i, i + 1);
                        i++;
                        this.segStart = i;
                        this.state = S_QUOTED;
                    }
                    else {
                        this.state = S_CLOSED;
                        this.field(this.scratch, 0, this.scratchLen);
                    }
                    break;
                }
                case S_CLOSED: {
                    const c = buf[i];
                    if (c !== d && c !== LF && c !== CR)
                        this.afterQuoteError(c);
                    this.state = S_START;
                    i = this.terminate(buf, i);
                    break;
                }
                default: {
                    // S_AFTER_CR
                    this.state = S_START;
                    if (buf[i] === LF)
                        i++;
                }
            }
        }
        this.bytesSeen += n;
        if (!this.sized && this.rows >= 256 && this.opts.sizeHint !== undefined && !Number.isFinite(this.opts.batchRows)) {
            // Rows per byte so far times the file size, plus a margin: one allocation per column instead of ~10 doublings.
            this.sized = true;
            const estimate = Math.ceil((this.rows / this.bytesSeen) * this.opts.sizeHint * 1.03) + 1024;
            for (const b of this.builders)
                b.reserve(estimate);
        }
    }
    /**
     * The hot loop: unquoted cells straight into their columns, delimiters and line ends inline, until a quote (left
     * to the state machine in push), the end of the chunk, or the row limit. `f` mirrors this.fieldIndex in a local.
     */
    unquotedRun(buf, i) {
        const n = buf.length;
        const d = this.d;
        const sinks = this.sinks;
        const width = this.width;
        let f = this.fieldIndex;
        while (i < n) {
            let c = buf[i];
            if (c === QUOTE)
                break;
            if (f === 0 && (c === LF || c === CR)) {
                // Blank line.
                this.line++;
                this.rowLine = this.line;
                i = this.afterNewline(buf, i);
                continue;
            }
            const sink = f < width ? sinks[f] : null;
            let j = i;
            if (sink === null) {
                while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR)
                    j++;
            }
            else if (sink.mode === NUM) {
                // Parse a plain decimal while scanning (see parseDecimalBytes for why the result is exact); anything else
                // (exponent, long mantissa, text, empty) goes to the builder's general path.
                let neg = false;
                if (c === 45 || c === 43) {
                    neg = c === 45;
                    j++;
                }
                let m = 0;
                const ds = j;
                while (j < n && (c = buf[j] - 48) >>> 0 <= 9) {
                    m = m * 10 + c;
                    j++;
                }
                let digits = j - ds;
                let exp = 0;
                if (j < n && buf[j] === 46) {
                    const fs = ++j;
                    while (j < n && (c = buf[j] - 48) >>> 0 <= 9) {
                        m = m * 10 + c;
                        j++;
                    }
                    exp = fs - j;
                    digits += j - fs;
                }
                if (j < n && digits > 0 && m < MAX_EXACT && exp >= -22 && ((c = buf[j]) === d || c === LF || c === CR)) {
                    const v = exp === 0 || m === 0 ? m : m / POW10[-exp];
                    sink.addNumber(neg ? -v : v);
                }
                else {
                    while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR)
                        j++;
                    if (j < n)
                        sink.add(buf, i, j);
                }
            }
            else if (sink.mode === STR) {
                let h = FNV_OFFSET;
                while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR) {
                    h = Math.imul(h ^ c, FNV_PRIME);
                    j++;
                }
                if (j < n)
                    sink.addHashed(buf, i, j, h);
            }
            else {
                while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR)
                    j++;
                if (j < n)
                    sink.add(buf, i, j);
            }
            if (j === n) {
                // The cell continues in the next chunk.
                this.scratchLen = 0;
                this.append(buf, i, n);
                this.state = S_UNQUOTED;
                i = n;
                break;
            }
            f++;
            if (c === d) {
                i = j + 1;
                continue;
            }
            this.fieldIndex = f;
            this.endRow(j + 1);
            f = 0;
            i = this.afterNewline(buf, j);
            if (this.done)
                break;
        }
        this.fieldIndex = f;
        return i;
    }
    /** End of input: finish the last record, check quotes, emit the last batch. */
    end() {
        if (!this.done) {
            switch (this.state) {
                case S_START:
                    if (this.fieldIndex > 0) {
                        this.field(this.scratch, 0, 0);
                        this.endRow(0);
                    }
                    break;
                case S_UNQUOTED:
                case S_QUOTE_SEEN:
                    this.field(this.scratch, 0, this.scratchLen);
                    this.endRow(0);
                    break;
                case S_CLOSED:
                    this.endRow(0);
                    break;
                case S_QUOTED:
                    throw new errors/* UserError */.y(`${this.where}, line ${this.quoteLine}: a quoted field opened here is never closed (the file ends inside ` +
                        `it); add the closing quote, and double any quote that is part of the text ("")`, { file: this.opts.path, line: this.quoteLine });
            }
        }
        if (this.collecting !== null) {
            if (this.collecting.length === 0 || !this.sawContent) {
                throw new errors/* UserError */.y(`${this.where} is empty; expected a header line with the column names`, { file: this.opts.path });
            }
            this.setup(this.collecting);
            this.collecting = null;
        }
        if (this.batchN > 0 || this.ready.length === 0)
            this.flush(0);
    }
    /** Names of columns that met text after numbers and must be re-read as text (readTable's second pass). */
    deferredColumns() {
        return this.builders.filter((b) => b.deferred).map((b) => b.name);
    }
    // ColumnContext
    retype(b) {
        if (!this.opts.retain)
            return null;
        const sub = new delimited_DelimitedParser({
            path: this.opts.path,
            label: this.opts.label,
            delimiter: this.d,
            columns: [b.name],
            types: { [b.name]: 'string' },
            batchRows: Infinity,
            retain: false,
            trackLines: false,
            header: this.header,
            rowLimit: b.n,
        });
        for (let k = 0; k < this.retained.length && !sub.done; k++) {
            sub.push(k === 0 ? this.retained[0].subarray(this.batchStart) : this.retained[k]);
        }
        if (!sub.done)
            throw new Error(`internal: re-read of column ${b.name} ended after ${sub.rows} of ${b.n} rows`);
        return sub.builders[0].textState();
    }
    notNumber(column, text) {
        throw new errors/* UserError */.y(`${this.where}, line ${this.rowLine}: column ${(0,excerpt/* excerpt */.K)(column)} holds ${(0,excerpt/* excerpt */.K)(text)}, which is not a number; ` +
            `this column must be numeric (leave the cell empty for a missing value)`, { file: this.opts.path, line: this.rowLine });
    }
    // Internals
    field(b, s, e) {
        const f = this.fieldIndex++;
        if (this.collecting !== null) {
            this.collecting.push(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8'));
            return;
        }
        if (f < this.width) {
            const sink = this.sinks[f];
            if (sink !== null)
                sink.add(b, s, e);
        }
    }
    /** Handle the delimiter or line end at buf[t]; return where the next cell starts. */
    terminate(buf, t) {
        const c = buf[t];
        if (c === this.d)
            return t + 1;
        this.endRow(t + 1);
        return this.afterNewline(buf, t);
    }
    afterNewline(buf, t) {
        if (buf[t] === LF)
            return t + 1;
        if (t + 1 < buf.length)
            return buf[t + 1] === LF ? t + 2 : t + 1;
        this.state = S_AFTER_CR;
        return t + 1;
    }
    /** Record the current row's line (see `lines`). */
    trackLine() {
        const r = this.rows;
        if (this.lines === null) {
            if (r === 0)
                this.firstRowLine = this.rowLine;
            if (this.rowLine === this.firstRowLine + r)
                return;
            this.lines = new Uint32Array(Math.max(1024, 2 * r));
            for (let k = 0; k < r; k++)
                this.lines[k] = this.firstRowLine + k;
        }
        else if (r === this.lines.length) {
            const g = new Uint32Array(this.lines.length * 2);
            g.set(this.lines);
            this.lines = g;
        }
        this.lines[r] = this.rowLine;
    }
    /**
     * Streaming (finite batches): the line of each row of the current batch, indexed by the row within its batch and
     * handed out with the batch (a batch's table is small, so no laziness is needed).
     */
    trackBatchLine() {
        if (this.lines === null)
            this.lines = new Uint32Array(1024);
        else if (this.batchN === this.lines.length) {
            const g = new Uint32Array(this.lines.length * 2);
            g.set(this.lines);
            this.lines = g;
        }
        this.lines[this.batchN] = this.rowLine;
    }
    /** A record ended; `next` is where the next one starts in the current chunk. */
    endRow(next) {
        if (this.collecting !== null) {
            this.setup(this.collecting);
            this.collecting = null;
            if (this.opts.retain) {
                this.retained = [this.cur];
                this.batchStart = next;
            }
        }
        else {
            if (this.fieldIndex !== this.width)
                this.raggedError();
            if (this.opts.trackLines) {
                if (Number.isFinite(this.opts.batchRows))
                    this.trackBatchLine();
                else
                    this.trackLine();
            }
            this.rows++;
            this.batchN++;
            if (this.rows >= this.rowLimit)
                this.done = true;
            else if (this.batchN === this.opts.batchRows)
                this.flush(next);
        }
        this.fieldIndex = 0;
        this.line++;
        this.rowLine = this.line;
    }
    flush(next) {
        const columns = new Map();
        for (const b of this.builders) {
            const col = b.finish();
            if (col !== null)
                columns.set(b.name, col);
        }
        const batch = { rowOffset: this.rows - this.batchN, rowCount: this.batchN, columns, columnNames: this.columnNames };
        if (this.lines !== null && Number.isFinite(this.opts.batchRows))
            batch.lines = this.lines.slice(0, this.batchN);
        this.ready.push(batch);
        this.batchN = 0;
        if (this.opts.retain) {
            this.retained = [this.cur];
            this.batchStart = next;
        }
    }
    setup(names) {
        const path = this.opts.path;
        const seen = new Map();
        for (let k = 0; k < names.length; k++) {
            const prev = seen.get(names[k]);
            if (prev !== undefined) {
                throw new errors/* UserError */.y(`${this.where}, line 1: column name ${(0,excerpt/* excerpt */.K)(names[k])} appears twice (columns ${prev + 1} and ` +
                    `${k + 1}); rename one so that every column name is unique`, { file: path, line: 1 });
            }
            seen.set(names[k], k);
        }
        const wanted = this.opts.columns ? new Set(this.opts.columns) : null;
        if (this.opts.columns && this.opts.missingColumns !== 'skip') {
            for (const c of this.opts.columns) {
                if (!seen.has(c))
                    throw missingColumn(this.where, path, c, names);
            }
        }
        this.header = names;
        this.width = names.length;
        const capacity = Number.isFinite(this.opts.batchRows) ? Math.min(this.opts.batchRows, 1 << 16) : 4096;
        this.sinks = names.map((name, k) => {
            if (wanted !== null && !wanted.has(name))
                return null;
            const b = new BytesColumnBuilder(name, k, this.opts.types?.[name] ?? 'auto', capacity, this, this.opts.dictionaries === 'adaptive');
            this.builders.push(b);
            this.columnNames.push(name);
            return b;
        });
    }
    raggedError() {
        const name = this.d === 9 ? 'tab' : `"${String.fromCharCode(this.d)}"`;
        throw new errors/* UserError */.y(`${this.where}, line ${this.rowLine}: ${this.fieldIndex} field${this.fieldIndex === 1 ? '' : 's'} but the ` +
            `header has ${this.width}; every row needs one value per column (quote values that contain a ${name}, ` +
            `leave missing values empty)`, { file: this.opts.path, line: this.rowLine });
    }
    afterQuoteError(c) {
        throw new errors/* UserError */.y(`${this.where}, line ${this.line}: unexpected ${JSON.stringify(String.fromCharCode(c))} after the closing quote ` +
            `of field ${this.fieldIndex}; quote the whole field and double any quote inside it ("")`, { file: this.opts.path, line: this.line });
    }
    /** Copy the pending part of a quoted cell (segStart..end of this chunk) into scratch. */
    toScratch(buf, end) {
        if (!this.quotedInScratch) {
            this.scratchLen = 0;
            this.quotedInScratch = true;
        }
        this.append(buf, this.segStart, end);
        this.segStart = 0;
    }
    append(b, s, e) {
        const len = e - s;
        if (this.scratchLen + len > this.maxCell) {
            throw overlong(this.where, this.opts.path, this.state === S_QUOTED || this.state === S_QUOTE_SEEN ? this.quoteLine : this.rowLine, 'cell', this.maxCell);
        }
        if (this.scratchLen + len > this.scratch.length) {
            const g = Buffer.allocUnsafe(Math.max(this.scratch.length * 2, this.scratchLen + len));
            this.scratch.copy(g, 0, 0, this.scratchLen);
            this.scratch = g;
        }
        b.copy(this.scratch, this.scratchLen, s, e);
        this.scratchLen += len;
    }
}
function missingColumn(where, path, column, existing) {
    const shown = existing.length > 30 ? [...existing.slice(0, 30), `... (${existing.length} in all)`] : existing;
    return new errors/* UserError */.y(`${where} has no column ${(0,excerpt/* excerpt */.K)(column)}; its columns are: ${shown.map((c) => (c.startsWith('... (') ? c : (0,excerpt/* excerpt */.K)(c))).join(', ')}` +
        ` (names are case-sensitive)`, { file: path });
}

;// CONCATENATED MODULE: ../../packages/core/src/io/jsonl.ts
/**
 * JSON Lines reader: one JSON object per line; keys are columns (in order of first appearance), a missing key or
 * null is an empty cell, blank lines are skipped. Values: numbers stay numbers (integers beyond 2^53 make the column
 * text, as in CSV, so ids stay distinct), strings are text ("" is empty), booleans become the text "true"/"false"
 * (as they read from CSV), nested arrays/objects become their JSON text.
 *
 * Flat objects without escapes (the usual prediction file) take a byte-level fast path: keys and values are found in
 * the line's bytes, numbers parsed from bytes, strings dictionary-encoded from bytes; no object per line. The fast
 * path accepts only what is certainly valid JSON; any other line (escapes, nesting, repeated keys, or an error) goes
 * through JSON.parse, which also produces the error message for invalid lines.
 */








const jsonl_LF = 10;
const jsonl_CR = 13;
const jsonl_QUOTE = 34;
const BACKSLASH = 92;
const T_NUM = 0;
const T_STR = 1;
const T_TRUE = 2;
const T_FALSE = 3;
const T_NULL = 4;
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');
function isWs(c) {
    return c === 32 || c === 9 || c === jsonl_CR || c === jsonl_LF;
}
function skipWs(b, i, e) {
    while (i < e && isWs(b[i]))
        i++;
    return i;
}
/** Value of the last number numberEnd scanned when it had no exponent and an exact mantissa, else NaN. */
let scannedValue = NaN;
/**
 * End of a JSON number starting at i (RFC 8259 grammar), or -1. Parses plain decimals on the way (exactly, as in
 * parseDecimalBytes: mantissa below 2^53, at most 22 fraction digits) into scannedValue.
 */
function numberEnd(b, i, e) {
    let j = i;
    let neg = false;
    if (j < e && b[j] === 45) {
        neg = true;
        j++;
    }
    if (j >= e)
        return -1;
    let m = 0;
    let c = b[j] - 48;
    if (c === 0)
        j++;
    else if (c >>> 0 <= 9) {
        while (j < e && (c = b[j] - 48) >>> 0 <= 9) {
            m = m * 10 + c;
            j++;
        }
    }
    else
        return -1;
    let exp = 0;
    if (j < e && b[j] === 46) {
        const f = ++j;
        while (j < e && (c = b[j] - 48) >>> 0 <= 9) {
            m = m * 10 + c;
            j++;
        }
        if (j === f)
            return -1;
        exp = f - j;
    }
    scannedValue = m < MAX_EXACT && exp >= -22 ? (neg ? -(m / POW10[-exp]) : m / POW10[-exp]) : NaN;
    if (j < e && (b[j] === 101 || b[j] === 69)) {
        scannedValue = NaN;
        j++;
        if (j < e && (b[j] === 43 || b[j] === 45))
            j++;
        const f = j;
        while (j < e && b[j] >= 48 && b[j] <= 57)
            j++;
        if (j === f)
            return -1;
    }
    return j;
}
/** End of a JSON string's content starting at i (after the opening quote), or -1 when it has escapes/controls. */
function stringEnd(b, i, e) {
    while (i < e) {
        const c = b[i];
        if (c === jsonl_QUOTE)
            return i;
        if (c === BACKSLASH || c < 32)
            return -1;
        i++;
    }
    return -1;
}
function literal(b, i, e, word) {
    if (e - i < word.length)
        return false;
    for (let k = 0; k < word.length; k++)
        if (b[i + k] !== word[k])
            return false;
    return true;
}
class jsonl_JsonlParser {
    ready = [];
    rows = 0;
    lines = null;
    opts;
    where;
    /** Key bytes → key code (in order of first appearance); keyCols[code] is its builder, null when not loaded. */
    keyDict = new ByteDictionary();
    keyCols = [];
    keySeen = new Int32Array(16);
    stamp = 0;
    requested = new Map();
    builders = [];
    order = [];
    pending = [];
    pendingBytes = 0;
    maxLine = maxLineBytes();
    line = 0;
    batchN = 0;
    capacity;
    // One line's tokens (fast path): key code, value type, value bytes.
    tKey = new Int32Array(16);
    tType = new Uint8Array(16);
    tStart = new Int32Array(16);
    tEnd = new Int32Array(16);
    tNum = new Float64Array(16);
    /** Key code last seen at each position in a line: most files repeat the same keys in the same order. */
    posKey = new Int32Array(16).fill(-1);
    constructor(opts) {
        this.opts = opts;
        this.where = format_describeFile(opts.path, opts.label);
        this.capacity = Number.isFinite(opts.batchRows) ? Math.min(opts.batchRows, 1 << 16) : 4096;
        if (opts.trackLines)
            this.lines = new Uint32Array(1024);
        for (const name of opts.columns ?? []) {
            if (this.requested.has(name))
                continue;
            const b = new ValueColumnBuilder(name, opts.types?.[name] ?? 'auto', this.capacity, this, true);
            this.requested.set(name, b);
            this.builders.push(b);
        }
    }
    /** Every key seen, in order of first appearance. */
    get allColumnNames() {
        return this.keyDict.strings.slice(0, this.keyCols.length);
    }
    push(buf) {
        let s = 0;
        for (;;) {
            const k = buf.indexOf(jsonl_LF, s);
            if (k < 0) {
                if (s < buf.length) {
                    this.pending.push(buf.subarray(s));
                    this.pendingBytes += buf.length - s;
                    if (this.pendingBytes > this.maxLine)
                        throw overlong(this.where, this.opts.path, this.line + 1, 'line', this.maxLine);
                }
                return;
            }
            if (this.pending.length > 0) {
                if (this.pendingBytes + k - s > this.maxLine)
                    throw overlong(this.where, this.opts.path, this.line + 1, 'line', this.maxLine);
                this.pending.push(buf.subarray(s, k));
                const whole = Buffer.concat(this.pending);
                this.pending = [];
                this.pendingBytes = 0;
                this.lineBytes(whole, 0, whole.length);
            }
            else {
                if (k - s > this.maxLine)
                    throw overlong(this.where, this.opts.path, this.line + 1, 'line', this.maxLine);
                this.lineBytes(buf, s, k);
            }
            s = k + 1;
        }
    }
    end() {
        if (this.pending.length > 0) {
            const whole = Buffer.concat(this.pending);
            this.pending = [];
            this.pendingBytes = 0;
            this.lineBytes(whole, 0, whole.length);
        }
        if (this.rows === 0 && this.keyCols.length === 0) {
            throw new errors/* UserError */.y(`${this.where} is empty; expected one JSON object per line`, { file: this.opts.path });
        }
        const seen = new Set(this.allColumnNames);
        for (const name of this.requested.keys()) {
            if (!seen.has(name) && this.opts.missingColumns !== 'skip')
                throw missingColumn(this.where, this.opts.path, name, this.allColumnNames);
        }
        if (this.batchN > 0 || this.ready.length === 0)
            this.flush();
    }
    /** Loaded column names in order of first appearance. */
    columnNames() {
        return [...this.order];
    }
    notNumber(column, text) {
        throw new errors/* UserError */.y(`${this.where}, line ${this.line}: ${(0,excerpt/* excerpt */.K)(column)} is ${(0,excerpt/* excerpt */.K)(text)}, which is not a number; ` +
            `this column must be numeric (use null for a missing value)`, { file: this.opts.path, line: this.line });
    }
    lineBytes(b, s, e) {
        this.line++;
        if (e > s && b[e - 1] === jsonl_CR)
            e--;
        const t = skipWs(b, s, e);
        if (t === e)
            return; // blank line
        this.stamp++;
        if (!this.fastLine(b, t, e))
            this.slowLine(b, s, e);
        this.endRow();
    }
    /** Tokenize a flat object from bytes; commit it only when the whole line is certainly valid JSON. */
    fastLine(b, s, e) {
        let i = s;
        if (b[i] !== 123 /* { */)
            return false;
        i = skipWs(b, i + 1, e);
        let t = 0;
        if (i < e && b[i] === 125 /* } */) {
            i++;
        }
        else {
            for (;;) {
                if (i >= e || b[i] !== jsonl_QUOTE)
                    return false;
                const ks = i + 1;
                const ke = stringEnd(b, ks, e);
                if (ke < 0)
                    return false;
                i = skipWs(b, ke + 1, e);
                if (i >= e || b[i] !== 58 /* : */)
                    return false;
                i = skipWs(b, i + 1, e);
                if (i >= e)
                    return false;
                const c = b[i];
                let type;
                let vs = i;
                let ve;
                if (c === jsonl_QUOTE) {
                    vs = i + 1;
                    ve = stringEnd(b, vs, e);
                    if (ve < 0)
                        return false;
                    i = ve + 1;
                    type = T_STR;
                }
                else if (c === 116 /* t */ || c === 102 /* f */ || c === 110 /* n */) {
                    const word = c === 116 ? TRUE : c === 102 ? FALSE : NULL;
                    if (!literal(b, i, e, word))
                        return false;
                    i += word.length;
                    ve = i;
                    type = c === 116 ? T_TRUE : c === 102 ? T_FALSE : T_NULL;
                }
                else {
                    ve = numberEnd(b, i, e);
                    if (ve < 0)
                        return false;
                    i = ve;
                    type = T_NUM;
                }
                if (t === this.tKey.length)
                    this.growTokens();
                const guess = this.posKey[t];
                this.tKey[t] = guess >= 0 && this.keyDict.matches(guess, b, ks, ke) ? guess : (this.posKey[t] = this.keyDict.code(b, ks, ke));
                this.tNum[t] = scannedValue;
                this.tType[t] = type;
                this.tStart[t] = vs;
                this.tEnd[t] = ve;
                t++;
                i = skipWs(b, i, e);
                if (i >= e)
                    return false;
                if (b[i] === 44 /* , */) {
                    i = skipWs(b, i + 1, e);
                    continue;
                }
                if (b[i] !== 125)
                    return false;
                i++;
                break;
            }
        }
        if (skipWs(b, i, e) !== e)
            return false;
        // A repeated key: JSON.parse keeps the last value; leave that to it.
        if (this.keySeen.length < this.keyDict.strings.length) {
            const g = new Int32Array(this.keyDict.strings.length * 2);
            g.set(this.keySeen);
            this.keySeen = g;
        }
        for (let k = 0; k < t; k++) {
            if (this.keySeen[this.tKey[k]] === this.stamp)
                return false;
            this.keySeen[this.tKey[k]] = this.stamp;
        }
        const r = this.batchN;
        for (let k = 0; k < t; k++) {
            const col = this.column(this.tKey[k]);
            if (col === null)
                continue;
            col.lastRow = r;
            const vs = this.tStart[k];
            const ve = this.tEnd[k];
            switch (this.tType[k]) {
                case T_NUM: {
                    const fast = this.tNum[k];
                    const v = fast === fast ? fast : parseDecimalBytes(b, vs, ve);
                    if (v === v)
                        col.addNumber(v);
                    else
                        this.slowNumber(col, b.toString('latin1', vs, ve));
                    break;
                }
                case T_STR:
                    col.addTextBytes(b, vs, ve);
                    break;
                case T_TRUE:
                    col.addText('true');
                    break;
                case T_FALSE:
                    col.addText('false');
                    break;
                default:
                    col.addNull();
            }
        }
        return true;
    }
    /** A JSON number off the fast path: big integers keep their digits (the column becomes text in 'auto'). */
    slowNumber(col, text) {
        const v = Number(text);
        if (Math.abs(v) >= 2 ** 53 && /^-?\d+$/.test(text))
            col.addBigInt(BigInt(text));
        else
            col.addNumber(v);
    }
    slowLine(b, s, e) {
        const text = b.toString('utf8', s, e);
        let v;
        try {
            v = JSON.parse(text);
        }
        catch (err) {
            throw new errors/* UserError */.y(`${this.where}, line ${this.line}: invalid JSON (${err.message}); each line must be one complete ` +
                `JSON object`, { file: this.opts.path, line: this.line });
        }
        if (typeof v !== 'object' || v === null || Array.isArray(v)) {
            const what = v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`;
            throw new errors/* UserError */.y(`${this.where}, line ${this.line}: expected a JSON object such as {"id": 1, "score": 0.5}, found ${what}; ` +
                `each line must be one JSON object`, { file: this.opts.path, line: this.line });
        }
        const obj = v;
        const r = this.batchN;
        for (const key in obj) {
            const kb = Buffer.from(key, 'utf8');
            const col = this.column(this.keyDict.code(kb, 0, kb.length));
            if (col !== null) {
                col.addValue(obj[key]);
                col.lastRow = r;
            }
        }
    }
    /** Builder of a key code, registering keys (and their builders) the first time they are seen. */
    column(code) {
        while (this.keyCols.length <= code) {
            const name = this.keyDict.strings[this.keyCols.length];
            let b;
            if (this.opts.columns) {
                b = this.requested.get(name) ?? null;
            }
            else {
                b = new ValueColumnBuilder(name, this.opts.types?.[name] ?? 'auto', this.capacity, this, true);
                // Rows of this batch before the key first appeared lack it.
                for (let i = 0; i < this.batchN; i++)
                    b.addNull();
                this.builders.push(b);
            }
            if (b !== null)
                this.order.push(name);
            this.keyCols.push(b);
        }
        return this.keyCols[code];
    }
    endRow() {
        const r = this.batchN;
        for (const b of this.builders) {
            if (b.lastRow !== r) {
                b.addNull();
                b.lastRow = r;
            }
        }
        if (this.lines !== null) {
            if (this.batchN === this.lines.length) {
                const g = new Uint32Array(this.lines.length * 2);
                g.set(this.lines);
                this.lines = g;
            }
            // Indexed by the row within its batch: the whole file for readTable's one batch, one batch when streaming.
            this.lines[this.batchN] = this.line;
        }
        this.rows++;
        this.batchN++;
        if (this.batchN === this.opts.batchRows)
            this.flush();
    }
    growTokens() {
        const n = this.tKey.length * 2;
        const k = new Int32Array(n);
        k.set(this.tKey);
        this.tKey = k;
        const t = new Uint8Array(n);
        t.set(this.tType);
        this.tType = t;
        const s = new Int32Array(n);
        s.set(this.tStart);
        this.tStart = s;
        const e = new Int32Array(n);
        e.set(this.tEnd);
        this.tEnd = e;
        const v = new Float64Array(n);
        v.set(this.tNum);
        this.tNum = v;
        const p = new Int32Array(n).fill(-1);
        p.set(this.posKey);
        this.posKey = p;
    }
    flush() {
        const columns = new Map();
        const built = new Map();
        for (const b of this.builders) {
            built.set(b.name, b.finish());
            b.lastRow = -1;
        }
        const names = [...this.order];
        const seen = new Set(names);
        // A requested key not seen yet: all nulls so far, or (skip) left out until it appears.
        if (this.opts.missingColumns !== 'skip')
            for (const name of this.requested.keys())
                if (!seen.has(name))
                    names.push(name);
        for (const name of names)
            columns.set(name, built.get(name));
        const batch = { rowOffset: this.rows - this.batchN, rowCount: this.batchN, columns, columnNames: names };
        if (this.lines !== null && Number.isFinite(this.opts.batchRows))
            batch.lines = this.lines.slice(0, this.batchN);
        this.ready.push(batch);
        this.batchN = 0;
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ../../node_modules/hyparquet/src/node.js
var node = __webpack_require__(93189);
// EXTERNAL MODULE: ../../node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(60899);
// EXTERNAL MODULE: ../../node_modules/hyparquet/src/read.js + 17 modules
var read = __webpack_require__(92079);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ../../packages/core/src/io/source.ts






/** Read size: large enough that per-chunk overhead vanishes, small enough to keep streaming memory flat. */
const CHUNK_BYTES = 1 << 20;
/** Check the path up front so a typo gives "not found" rather than a stream error deep in a parser. */
async function source_checkReadable(path, label) {
    try {
        const s = await (0,promises_.stat)(path);
        if (s.isDirectory()) {
            throw new errors/* UserError */.y(`${format_describeFile(path, label)} is a directory; pass the path of a data file`, { file: path });
        }
        // Decided from the stat, never by opening: opening a FIFO for reading blocks until a writer comes.
        if (!s.isFile()) {
            throw new errors/* UserError */.y(`${format_describeFile(path, label)} is ${(0,paths/* fileKind */.h_)(s)}, not a regular file; pass the path of a data file`, { file: path });
        }
        return s.size;
    }
    catch (e) {
        if ((0,errors/* isUserError */.i)(e))
            throw e;
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new errors/* UserError */.y(`${format_describeFile(path, label)} not found; check the path (relative paths start at the workspace)`, {
                file: path,
            });
        }
        if (code === 'EACCES' || code === 'EPERM') {
            throw new errors/* UserError */.y(`${format_describeFile(path, label)} cannot be read (permission denied)`, { file: path });
        }
        throw e;
    }
}
function isZlibError(e) {
    const code = e?.code;
    return typeof code === 'string' && code.startsWith('Z_');
}
/**
 * The file's bytes as a sequence of Buffers (fresh ones: callers may keep them), gunzipped when `gzip`, with a UTF-8
 * byte order mark removed. A UTF-16 file and corrupt gzip data are UserErrors naming the file.
 */
async function* source_openChunks(path, gzip, label) {
    await source_checkReadable(path, label);
    const file = (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK_BYTES });
    const stream = gzip ? file.pipe((0,external_node_zlib_.createGunzip)({ chunkSize: 256 * 1024 })) : file;
    // pipe() does not forward source errors: forward them so the iterator below throws them.
    if (gzip)
        file.on('error', (e) => stream.destroy(e));
    let head = Buffer.alloc(0);
    try {
        for await (const chunk of stream) {
            if (head !== null) {
                // Gather at least 4 bytes before looking for a byte order mark.
                head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
                if (head.length < 4)
                    continue;
                const first = stripBom(head, path, label);
                head = null;
                if (first.length > 0)
                    yield first;
                continue;
            }
            yield chunk;
        }
        if (head !== null && head.length > 0) {
            const first = stripBom(head, path, label);
            if (first.length > 0)
                yield first;
        }
    }
    catch (e) {
        if (isZlibError(e)) {
            throw new errors/* UserError */.y(`${format_describeFile(path, label)}: gzip data is corrupt or truncated (${e.message}); ` +
                `re-create the file, or drop the .gz extension if it is not compressed`, { file: path });
        }
        throw e;
    }
    finally {
        stream.destroy();
        file.destroy();
    }
}
function stripBom(b, path, label) {
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
        return b.subarray(3);
    if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
        throw new errors/* UserError */.y(`${format_describeFile(path, label)} is UTF-16 encoded; save it as UTF-8`, { file: path });
    }
    return b;
}

;// CONCATENATED MODULE: ../../packages/core/src/io/parquet.ts
/**
 * Parquet through hyparquet (pure JavaScript). Reads only the requested columns, one row group at a time when
 * streaming. Physical numeric types become number columns (INT64 beyond 2^53 becomes text, as in CSV, so ids stay
 * distinct); strings, booleans ("true"/"false"), dates (ISO text) and nested values (JSON text) become string columns.
 * Page codecs: UNCOMPRESSED and SNAPPY (hyparquet), GZIP and BROTLI (node:zlib), ZSTD where node:zlib has it (Node 22.15+).
 */








const zstd = external_node_zlib_.zstdDecompressSync;
const compressors = {
    GZIP: (input) => new Uint8Array(external_node_zlib_.unzipSync(input)),
    BROTLI: (input) => new Uint8Array(external_node_zlib_.brotliDecompressSync(input)),
    ...(zstd ? { ZSTD: (input) => new Uint8Array(zstd(input)) } : {}),
};
function unreadable(where, path, e) {
    const msg = e instanceof Error ? e.message : String(e);
    const hint = /compression codec/.test(msg)
        ? 'rewrite it with snappy compression (pandas: df.to_parquet(path, compression="snappy"))'
        : 'check that the file was written completely and really is Parquet';
    return new errors/* UserError */.y(`${where}: cannot read it as Parquet (${msg}); ${hint}`, { file: path });
}
async function parquet_openParquet(path, opts) {
    const where = format_describeFile(path, opts.label);
    await source_checkReadable(path, opts.label);
    let file;
    let metadata;
    let names;
    try {
        file = await (0,node/* asyncBufferFromFile */.Rv)(path);
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(file);
        names = (0,src_metadata/* parquetSchema */.YR)(metadata).children.map((c) => c.element.name);
    }
    catch (e) {
        throw unreadable(where, path, e);
    }
    if (opts.missingColumns !== 'skip')
        for (const c of opts.columns ?? [])
            if (!names.includes(c))
                throw missingColumn(where, path, c, names);
    const wanted = opts.columns ? new Set(opts.columns) : null;
    const groups = [];
    let start = 0;
    for (const g of metadata.row_groups) {
        const n = Number(g.num_rows);
        groups.push([start, start + n]);
        start += n;
    }
    return {
        path,
        where,
        file,
        metadata,
        names,
        loaded: wanted ? names.filter((n) => wanted.has(n)) : names,
        rowCount: Number(metadata.num_rows),
        groups,
    };
}
/** Columns of rows [rowStart, rowEnd) of the loaded columns. */
async function parquet_readParquetRange(pq, types, rowStart, rowEnd) {
    const pieces = new Map();
    for (const name of pq.loaded)
        pieces.set(name, []);
    if (pq.loaded.length > 0 && rowEnd > rowStart) {
        try {
            await (0,read/* parquetRead */.bA)({
                file: pq.file,
                metadata: pq.metadata,
                columns: pq.loaded,
                rowStart,
                rowEnd,
                compressors,
                onChunk: (c) => pieces.get(c.columnName)?.push({ rowStart: c.rowStart, data: c.columnData }),
            });
        }
        catch (e) {
            if ((0,errors/* isUserError */.i)(e))
                throw e;
            throw unreadable(pq.where, pq.path, e);
        }
    }
    const columns = new Map();
    let row = 0;
    const ctx = {
        notNumber(column, text) {
            throw new errors/* UserError */.y(`${pq.where}, row ${row + 1}: column ${(0,excerpt/* excerpt */.K)(column)} holds ${(0,excerpt/* excerpt */.K)(text)}, which is not a number; ` +
                `this column must be numeric`, { file: pq.path });
        },
    };
    for (const name of pq.loaded) {
        const b = new ValueColumnBuilder(name, types?.[name] ?? 'auto', Math.max(1, rowEnd - rowStart), ctx);
        const list = pieces.get(name).sort((x, y) => x.rowStart - y.rowStart);
        let next = rowStart;
        for (const p of list) {
            const data = p.data;
            // Pieces may reach outside the requested range (hyparquet decodes whole pages): keep rows in range, once.
            for (let i = Math.max(0, next - p.rowStart); i < data.length; i++) {
                row = p.rowStart + i;
                if (row >= rowEnd || row !== next)
                    break;
                b.addValue(data[i]);
                next = row + 1;
            }
        }
        if (next !== rowEnd) {
            throw new errors/* UserError */.y(`${pq.where}: column "${name}" has ${next - rowStart} values where ${rowEnd - rowStart} rows were expected; the file looks damaged`, { file: pq.path });
        }
        columns.set(name, b.finish());
    }
    return columns;
}

;// CONCATENATED MODULE: ../../packages/core/src/io/read.ts
/**
 * readTable (whole file into columns) and streamTable (batches in constant memory) over every format.
 */






const DEFAULT_BATCH_ROWS = 1 << 16;
/**
 * Read a whole file into columns. An 'auto' CSV/TSV column that turns out to hold text after thousands of numbers is
 * re-read as text in a second pass over the file, so its dictionary keeps the original spelling ("007", "1.50");
 * files whose columns keep one kind (the common case) are read once.
 */
async function readTable(path, opts = {}) {
    const { format, gzip } = detectFormat(path);
    if (format === 'parquet')
        return readParquetTable(path, opts);
    if (format === 'jsonl')
        return readJsonlTable(path, gzip, opts);
    return readDelimitedTable(path, format, gzip, opts);
}
/**
 * Stream a file as columnar batches of `batchRows` rows (default 65,536), in constant memory: at most about one
 * batch and one 1 MiB read chunk (Parquet: one row group) are held. Always yields at least one batch (with
 * rowCount 0 for a file with a header and no rows), so the columns are known. See Batch for dictionaries and kinds.
 */
async function* read_streamTable(path, opts = {}) {
    const batchRows = opts.batchRows ?? DEFAULT_BATCH_ROWS;
    if (!Number.isInteger(batchRows) || batchRows < 1) {
        throw new Error(`streamTable: batchRows must be a positive integer, got ${batchRows}`);
    }
    const { format, gzip } = format_detectFormat(path);
    if (format === 'parquet') {
        yield* streamParquet(path, opts, batchRows);
        return;
    }
    const parser = format === 'jsonl'
        ? new jsonl_JsonlParser({ path, label: opts.label, columns: opts.columns, types: opts.types, missingColumns: opts.missingColumns, batchRows, trackLines: opts.trackLines === true })
        : new delimited_DelimitedParser({
            path,
            label: opts.label,
            delimiter: format === 'tsv' ? 9 : 44,
            columns: opts.columns,
            types: opts.types,
            missingColumns: opts.missingColumns,
            dictionaries: opts.dictionaries,
            batchRows,
            retain: true,
            trackLines: opts.trackLines === true,
        });
    for await (const chunk of source_openChunks(path, gzip, opts.label)) {
        parser.push(chunk);
        while (parser.ready.length > 0)
            yield parser.ready.shift();
    }
    parser.end();
    while (parser.ready.length > 0)
        yield parser.ready.shift();
}
async function readDelimitedTable(path, format, gzip, opts) {
    const delimiter = format === 'tsv' ? 9 : 44;
    const size = await checkReadable(path, opts.label);
    const p = new DelimitedParser({
        path,
        label: opts.label,
        delimiter,
        columns: opts.columns,
        types: opts.types,
        missingColumns: opts.missingColumns,
        batchRows: Infinity,
        retain: false,
        trackLines: true,
        sizeHint: gzip ? undefined : size,
    });
    for await (const chunk of openChunks(path, gzip, opts.label))
        p.push(chunk);
    p.end();
    const columns = p.ready[0].columns;
    const deferred = p.deferredColumns();
    if (deferred.length > 0) {
        // Second pass: only the columns that met text after numbers, read as text from the original bytes.
        const types = {};
        for (const c of deferred)
            types[c] = 'string';
        const q = new DelimitedParser({
            path,
            label: opts.label,
            delimiter,
            columns: deferred,
            types,
            batchRows: Infinity,
            retain: false,
            trackLines: false,
        });
        for await (const chunk of openChunks(path, gzip, opts.label))
            q.push(chunk);
        q.end();
        if (q.rows !== p.rows) {
            throw new UserError(`${describeFile(path, opts.label)} changed while it was being read; read it again`, { file: path });
        }
        for (const [name, col] of q.ready[0].columns)
            columns.set(name, col);
    }
    return makeTable(path, format, p.rows, columns, p.columnNames, p.header, p.lines, p.rows > 0 ? p.firstRowLine : 2);
}
async function readJsonlTable(path, gzip, opts) {
    const p = new JsonlParser({
        path,
        label: opts.label,
        columns: opts.columns,
        types: opts.types,
        missingColumns: opts.missingColumns,
        batchRows: Infinity,
        trackLines: true,
    });
    for await (const chunk of openChunks(path, gzip, opts.label))
        p.push(chunk);
    p.end();
    const batch = p.ready[0];
    return makeTable(path, 'jsonl', p.rows, batch.columns, p.columnNames(), p.allColumnNames, p.lines, 1);
}
async function readParquetTable(path, opts) {
    const pq = await openParquet(path, opts);
    const columns = await readParquetRange(pq, opts.types, 0, pq.rowCount);
    return {
        source: path,
        format: 'parquet',
        rowCount: pq.rowCount,
        columns,
        columnNames: pq.loaded,
        allColumnNames: pq.names,
    };
}
async function* streamParquet(path, opts, batchRows) {
    const pq = await parquet_openParquet(path, opts);
    let yielded = false;
    for (const [start, end] of pq.groups) {
        if (end === start)
            continue;
        const columns = await parquet_readParquetRange(pq, opts.types, start, end);
        // A row group larger than batchRows is cut into views; their dictionaries are the row group's.
        for (let s = start; s < end; s += batchRows) {
            const e = Math.min(end, s + batchRows);
            const part = new Map();
            for (const [name, col] of columns)
                part.set(name, sliceColumn(col, s - start, e - start));
            yield { rowOffset: s, rowCount: e - s, columns: part, columnNames: pq.loaded };
            yielded = true;
        }
    }
    if (!yielded) {
        yield { rowOffset: 0, rowCount: 0, columns: await parquet_readParquetRange(pq, opts.types, 0, 0), columnNames: pq.loaded };
    }
}
function sliceColumn(col, s, e) {
    if (s === 0 && e === (col.kind === 'number' ? col.values.length : col.codes.length))
        return col;
    if (col.kind === 'number') {
        const values = col.values.subarray(s, e);
        let nulls = 0;
        for (let i = 0; i < values.length; i++)
            if (values[i] !== values[i])
                nulls++;
        return { kind: 'number', name: col.name, values, nullCount: nulls };
    }
    const codes = col.codes.subarray(s, e);
    let nulls = 0;
    for (let i = 0; i < codes.length; i++)
        if (codes[i] < 0)
            nulls++;
    return { kind: 'string', name: col.name, codes, dictionary: col.dictionary, nullCount: nulls };
}
function makeTable(path, format, rowCount, columns, columnNames, allColumnNames, lines, defaultFirstLine) {
    const ordered = new Map();
    for (const name of columnNames)
        ordered.set(name, columns.get(name));
    const table = { source: path, format, rowCount, columns: ordered, columnNames, allColumnNames, firstLine: defaultFirstLine };
    if (lines !== null && rowCount > 0) {
        // Rows on consecutive lines (the usual case) need no per-row line table.
        table.firstLine = lines[0];
        if (lines[rowCount - 1] - lines[0] !== rowCount - 1)
            table.rowLines = lines.slice(0, rowCount);
    }
    return table;
}

;// CONCATENATED MODULE: ../../packages/core/src/contract/sample.ts
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
function column_parseTimestamp(text) {
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
function column_booleanText(s) {
    const l = s.trim().toLowerCase();
    return TRUE_TEXT.has(l) ? 'true' : FALSE_TEXT.has(l) ? 'false' : undefined;
}
/** Canonical text of a number: JavaScript's shortest round-trip form, so 1.50 and 1.5 are one value. */
function column_numberText(v) {
    return String(v);
}
function canonicalAllowed(v, type) {
    if (typeof v === 'boolean')
        return { text: String(v) };
    if (typeof v === 'number')
        return { text: column_numberText(v), num: v };
    if (type === 'boolean') {
        const l = v.trim().toLowerCase();
        if (TRUE_TEXT.has(l))
            return { text: 'true' };
        if (FALSE_TEXT.has(l))
            return { text: 'false' };
        return { text: v };
    }
    if (type === undefined || type === 'integer' || type === 'number') {
        const n = number_parseNumberText(v, true);
        if (n !== undefined && Number.isFinite(n))
            return { text: column_numberText(n), num: n };
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
        const boundMs = (v) => (typeof v === 'string' ? column_parseTimestamp(v) : v);
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
            this.violate(this.minCheck, site, i, () => column_numberText(v));
        if (this.maxCheck && v > this.maxBound)
            this.violate(this.maxCheck, site, i, () => column_numberText(v));
        if (this.inCheck && !this.allowedNum.has(v))
            this.newValue(column_numberText(v), site, i);
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
                this.violate(this.typeCheck, site, i, () => column_numberText(v));
                continue;
            }
            this.numberValue(v, site, i);
            if (textChecks)
                this.textChecks(column_numberText(v), site, i);
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
                const v = number_parseNumberText(s, true);
                if (v !== undefined && v === v && (t !== 'integer' || Number.isInteger(v))) {
                    num = v;
                    text = column_numberText(v);
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
                num = column_parseTimestamp(s);
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

;// CONCATENATED MODULE: ../../packages/core/src/contract/keys.ts


/**
 * Uniqueness in bounded memory: a key is remembered as a 64-bit hash (two independent 32-bit hashes) in an
 * open-addressing table, 8 bytes a slot at most 3/4 full, so 10 million keys take 128–256 MiB whatever their length.
 * Two distinct keys share a hash with probability about n²/2⁶⁵ (3·10⁻⁶ for n = 10⁷): a reported duplicate is then a
 * false one, never a missed one. Past MLCI_MAX_UNIQUE_KEYS distinct keys (default 25,000,000, about 270 MiB) the check
 * stops with an error instead of growing without bound.
 */
const DEFAULT_MAX_UNIQUE_KEYS = 25_000_000;
function keys_maxUniqueKeys(env = process.env) {
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
function keys_hashText(s, out) {
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
function keys_hashNumber(v, out) {
    f64[0] = v === 0 ? 0 : v;
    out[0] = fmix(Math.imul(u32[0] ^ 0x68e31da4, 0x9e3779b1) ^ fmix(u32[1] ^ 0xb5297a4d));
    out[1] = fmix(Math.imul(u32[1] ^ 0x1b56c4e9, 0x85ebca77) ^ fmix(u32[0] ^ 0x27d4eb2f));
}
/** Mix the hash of one more key column into an accumulated pair (order matters: (a, b) ≠ (b, a)). */
function combine(acc, h) {
    acc[0] = fmix(Math.imul(acc[0], 0x01000193) ^ h[0]);
    acc[1] = fmix(Math.imul(acc[1], 0x2c1b3c6d) + h[1]);
}
class keys_KeySet {
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

;// CONCATENATED MODULE: ../../packages/core/src/contract/validate.ts











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
function validate_isGlob(pattern) {
    return GLOB.test(pattern);
}
/** Files of a pattern list: plain paths as given, globs expanded under their base folder, sorted. */
function validate_expandFiles(patterns, workspace, what) {
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
    return validate_expandFiles(patterns, opts.workspace, `Table '${name}'`);
}
/** A path for reports: relative to the workspace when inside it, POSIX separators. */
function validate_displayPath(workspace, file) {
    const abs = (0,external_node_path_.resolve)(workspace, file);
    const rel = (0,external_node_path_.relative)(workspace, abs);
    const inside = rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel);
    return (inside ? rel : abs).split(external_node_path_.sep).join('/');
}
async function validateData(loaded, opts) {
    const now = opts.now ?? referenceNow();
    const maxExamples = opts.maxExamples ?? DEFAULT_MAX_EXAMPLES;
    const limit = keys_maxUniqueKeys();
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
            const set = new keys_KeySet(limit, () => `Table '${name}', unique key (${label})`);
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
            const shownPath = validate_displayPath(opts.workspace, file);
            shown.push(shownPath);
            const present = new Set();
            let fileRows = 0;
            // A column the file lacks is no error but a failed presence check, in every format alike ('skip').
            for await (const batch of read_streamTable(abs, { columns: wanted.length > 0 ? wanted : undefined, types, trackLines: true, label: `Table '${name}'`, missingColumns: 'skip', dictionaries: 'adaptive' })) {
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
            const { format } = format_detectFormat(abs);
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
        const num = u.textual[0] ? undefined : number_parseNumberText(s, true);
        if (num !== undefined && num === num)
            keys_hashNumber(num, h);
        else
            keys_hashText(s, h);
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
                keys_hashNumber(v[i], h);
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
                const num = u.textual[k] ? undefined : number_parseNumberText(s, true);
                if (num !== undefined && num === num)
                    keys_hashNumber(num, h);
                else
                    keys_hashText(s, h);
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
            const value = cols.map((c) => (c.kind === 'number' ? column_numberText(c.values[i]) : c.dictionary[c.codes[i]])).join(', ');
            u.check.examples.push({ file: site.file, line: site.lines ? site.lines[i] : null, row: site.rowOffset + i + 1, value: truncateValue(value) });
        }
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/contract/report.ts

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

;// CONCATENATED MODULE: ../../packages/core/src/contract/init.ts








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
            const v = parseNumberText(s, true);
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
                values = [...new Set(raw.map((s) => parseNumberText(s, true)))].sort((a, b) => a - b);
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
    const stem = basename(file).replace(/\.(csv|tsv|jsonl|ndjson|parquet|txt|gz)$/gi, '').replace(/\.(csv|tsv|jsonl|ndjson|parquet|txt)$/gi, '');
    const clean = stem.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^[^A-Za-z]+/, '');
    return clean || 'data';
}
/** Profile the files of one table in one streaming pass per file. */
async function profileTable(patterns, opts) {
    if (patterns.length === 0)
        throw new UserError('Give at least one data file (CSV, TSV, JSONL or Parquet) to profile.');
    const files = expandFiles(patterns, opts.workspace, 'Data');
    const maxValues = opts.maxValues ?? INIT_MAX_VALUES;
    const limit = maxUniqueKeys();
    const cols = new Map();
    let rows = 0;
    const shown = [];
    for (const file of files) {
        const abs = opts.roots ? resolveInputFile(file, { input: 'data', roots: opts.roots }) : resolve(opts.workspace, file);
        shown.push(displayPath(opts.workspace, file));
        const seen = new Set();
        const before = rows;
        for await (const batch of streamTable(abs, { types: ALL_TEXT, label: 'Data' })) {
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

;// CONCATENATED MODULE: ../../packages/core/src/contract/index.ts
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


/***/ })

};
