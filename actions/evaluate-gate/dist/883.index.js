export const id = 883;
export const ids = [883];
export const modules = {

/***/ 9883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: CORRECTIONS, DECISIONS, REPORT_SCHEMA, TASKS, buildReport, displayName, evaluateFairness, evaluateGate, fmt, fmtP, loadEvalData, loadPolicy, metricFor, overallSlice, parsePolicy, policyAnnotations, policySchema, renderMarkdown, rowRef, serializeReport, sliceBy, streamSeed, summaryLine, thousands

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/inputs/document.ts
var inputs_document = __webpack_require__(67292);
;// CONCATENATED MODULE: ../../packages/core/src/gate/policy.ts




/**
 * The gate policy (YAML, `version: 1`). Key names are a contract (issue #3); zod validates them and every error names
 * the policy file, the line and the key.
 */
const TASKS = ['binary-classification', 'regression', 'multiclass', 'ranking'];
const CORRECTIONS = ['holm', 'bonferroni', 'bh', 'none'];
const DECISIONS = ['non-inferiority', 'significant-regression'];
const finite = schemas/* number */.aig().refine(Number.isFinite, 'expected a finite number');
const metricRule = schemas/* object */.Ikc({
    min: finite.optional(),
    max: finite.optional(),
    'max-regression': finite.min(0, 'max-regression is a margin and must be ≥ 0').optional(),
    /** `block` (default): a failed check fails the gate; `warn`: it is reported as a warning only. */
    severity: schemas/* enum */.k5n(['block', 'warn']).default('block'),
})
    .strict();
const fairnessRule = schemas/* object */.Ikc({
    metric: schemas/* string */.YjP(),
    across: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]),
    'max-gap': finite.min(0).optional(),
    'max-gap-increase': finite.optional(),
    'min-ratio': finite.min(0).max(1).optional(),
    severity: schemas/* enum */.k5n(['block', 'warn']).default('block'),
})
    .strict();
const policySchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1, { error: 'expected version: 1' }),
    task: schemas/* enum */.k5n(TASKS).default('binary-classification'),
    columns: schemas/* object */.Ikc({
        id: schemas/* string */.YjP().default('id'),
        label: schemas/* string */.YjP().default('label'),
        score: schemas/* string */.YjP().default('score'),
        /** Multiclass: one probability column per class; the label is the class index or the column's class name. */
        scores: schemas/* array */.YOg(schemas/* string */.YjP()).min(2).optional(),
        /** Ranking: the query (group) column. */
        query: schemas/* string */.YjP().default('query'),
        /** Score column name in the baseline file when it differs from `score`. */
        'baseline-score': schemas/* string */.YjP().optional(),
    })
        .strict()
        .default({ id: 'id', label: 'label', score: 'score', query: 'query' }),
    threshold: finite.min(0).max(1).default(0.5),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), metricRule.nullable().transform((r) => r ?? { severity: 'block' })),
    slices: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)])).default([]),
    'min-support': schemas/* number */.aig().int().min(1).default(1000),
    /** Fewest positives and fewest negatives a slice needs for metrics that use both classes. */
    'min-class-support': schemas/* number */.aig().int().min(1).default(20),
    significance: schemas/* object */.Ikc({
        alpha: finite.gt(0).lt(1).default(0.05),
        correction: schemas/* enum */.k5n(CORRECTIONS).default('holm'),
        bootstrap: schemas/* number */.aig().int().min(100).max(1_000_000).default(2000),
        seed: schemas/* number */.aig().int().default(1),
    })
        .strict()
        .default({ alpha: 0.05, correction: 'holm', bootstrap: 2000, seed: 1 }),
    decision: schemas/* object */.Ikc({
        overall: schemas/* enum */.k5n(DECISIONS).default('non-inferiority'),
        slices: schemas/* enum */.k5n(DECISIONS).default('significant-regression'),
    })
        .strict()
        .default({ overall: 'non-inferiority', slices: 'significant-regression' }),
    /** How a `min`/`max` bound missed inside a slice counts (overall always blocks). */
    bounds: schemas/* object */.Ikc({ slices: schemas/* enum */.k5n(['warn', 'block', 'ignore']).default('warn') })
        .strict()
        .default({ slices: 'warn' }),
    fairness: schemas/* array */.YOg(fairnessRule).default([]),
})
    .strict();
function parsePolicy(text, path) {
    const { data: policy, lineOf } = (0,inputs_document/* parseYamlDocument */.I)(text, path, policySchema, {
        what: 'Policy',
        shape: "with at least 'version: 1' and 'metrics:'",
    });
    if (Object.keys(policy.metrics).length === 0) {
        throw new errors/* UserError */.y(`Policy ${path}: 'metrics' is empty — the gate needs at least one metric to check (for example 'auc: { max-regression: 0.01 }'), so it fails closed.`, { file: path, line: lineOf(['metrics']) });
    }
    const sliceSpecs = policy.slices.map((s) => (typeof s === 'string' ? [s] : s));
    return { policy, source: { path, lineOf }, sliceSpecs };
}
function loadPolicy(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* UserError */.y(`Policy file '${path}' cannot be read (${code ?? String(e)}): check the 'policy' input path, relative to the workspace.`);
    }
    return parsePolicy(text, path);
}

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
    strings = [];
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
    insert(slot, h, b, s, e) {
        const c = this.strings.length;
        const len = e - s;
        if (this.arenaLen + len > this.arena.length) {
            const grown = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLen + len));
            grown.set(this.arena.subarray(0, this.arenaLen));
            this.arena = grown;
        }
        this.arena.set(b.subarray(s, e), this.arenaLen);
        if (c === this.hashes.length) {
            this.hashes = grow32(this.hashes);
            this.starts = grow32(this.starts);
            this.ends = grow32(this.ends);
        }
        this.hashes[c] = h;
        this.starts[c] = this.arenaLen;
        this.ends[c] = this.arenaLen + len;
        this.arenaLen += len;
        this.strings.push(Buffer.from(b.buffer, b.byteOffset + s, len).toString('utf8'));
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
    field, type, capacity, ctx) {
        this.name = name;
        this.field = field;
        this.type = type;
        this.capacity = capacity;
        this.ctx = ctx;
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
            this.dict = new ByteDictionary();
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
    lines = null;
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
    constructor(opts) {
        this.opts = opts;
        this.d = opts.delimiter;
        this.where = format_describeFile(opts.path, opts.label);
        this.rowLimit = opts.rowLimit ?? Infinity;
        this.line = this.rowLine = opts.firstLine ?? 1;
        if (opts.trackLines)
            this.lines = new Uint32Array(1024);
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
        throw new errors/* UserError */.y(`${this.where}, line ${this.rowLine}: column "${column}" holds ${JSON.stringify(text)}, which is not a number; ` +
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
            if (this.lines !== null) {
                if (this.rows === this.lines.length) {
                    const g = new Uint32Array(this.lines.length * 2);
                    g.set(this.lines);
                    this.lines = g;
                }
                this.lines[this.rows] = this.rowLine;
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
        this.ready.push({ rowOffset: this.rows - this.batchN, rowCount: this.batchN, columns, columnNames: this.columnNames });
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
                throw new errors/* UserError */.y(`${this.where}, line 1: column name ${JSON.stringify(names[k])} appears twice (columns ${prev + 1} and ` +
                    `${k + 1}); rename one so that every column name is unique`, { file: path, line: 1 });
            }
            seen.set(names[k], k);
        }
        const wanted = this.opts.columns ? new Set(this.opts.columns) : null;
        if (this.opts.columns) {
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
            const b = new BytesColumnBuilder(name, k, this.opts.types?.[name] ?? 'auto', capacity, this);
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
    return new errors/* UserError */.y(`${where} has no column ${JSON.stringify(column)}; its columns are: ${shown.map((c) => JSON.stringify(c)).join(', ')}` +
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
                if (s < buf.length)
                    this.pending.push(buf.subarray(s));
                return;
            }
            if (this.pending.length > 0) {
                this.pending.push(buf.subarray(s, k));
                const whole = Buffer.concat(this.pending);
                this.pending = [];
                this.lineBytes(whole, 0, whole.length);
            }
            else {
                this.lineBytes(buf, s, k);
            }
            s = k + 1;
        }
    }
    end() {
        if (this.pending.length > 0) {
            const whole = Buffer.concat(this.pending);
            this.pending = [];
            this.lineBytes(whole, 0, whole.length);
        }
        if (this.rows === 0 && this.keyCols.length === 0) {
            throw new errors/* UserError */.y(`${this.where} is empty; expected one JSON object per line`, { file: this.opts.path });
        }
        const seen = new Set(this.allColumnNames);
        for (const name of this.requested.keys()) {
            if (!seen.has(name))
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
        throw new errors/* UserError */.y(`${this.where}, line ${this.line}: "${column}" is ${JSON.stringify(text)}, which is not a number; ` +
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
            if (this.rows === this.lines.length) {
                const g = new Uint32Array(this.lines.length * 2);
                g.set(this.lines);
                this.lines = g;
            }
            this.lines[this.rows] = this.line;
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
        for (const name of this.requested.keys())
            if (!seen.has(name))
                names.push(name);
        for (const name of names)
            columns.set(name, built.get(name));
        this.ready.push({ rowOffset: this.rows - this.batchN, rowCount: this.batchN, columns, columnNames: names });
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
async function checkReadable(path, label) {
    try {
        const s = await (0,promises_.stat)(path);
        if (s.isDirectory()) {
            throw new errors/* UserError */.y(`${format_describeFile(path, label)} is a directory; pass the path of a data file`, { file: path });
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
    await checkReadable(path, label);
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
    await checkReadable(path, opts.label);
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
            throw new errors/* UserError */.y(`${pq.where}, row ${row + 1}: column "${column}" holds ${JSON.stringify(text)}, which is not a number; ` +
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






const DEFAULT_BATCH_ROWS = (/* unused pure expression or super */ null && (1 << 16));
/**
 * Read a whole file into columns. An 'auto' CSV/TSV column that turns out to hold text after thousands of numbers is
 * re-read as text in a second pass over the file, so its dictionary keeps the original spelling ("007", "1.50");
 * files whose columns keep one kind (the common case) are read once.
 */
async function readTable(path, opts = {}) {
    const { format, gzip } = format_detectFormat(path);
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
async function* streamTable(path, opts = {}) {
    const batchRows = opts.batchRows ?? DEFAULT_BATCH_ROWS;
    if (!Number.isInteger(batchRows) || batchRows < 1) {
        throw new Error(`streamTable: batchRows must be a positive integer, got ${batchRows}`);
    }
    const { format, gzip } = detectFormat(path);
    if (format === 'parquet') {
        yield* streamParquet(path, opts, batchRows);
        return;
    }
    const parser = format === 'jsonl'
        ? new JsonlParser({ path, label: opts.label, columns: opts.columns, types: opts.types, batchRows, trackLines: false })
        : new DelimitedParser({
            path,
            label: opts.label,
            delimiter: format === 'tsv' ? 9 : 44,
            columns: opts.columns,
            types: opts.types,
            batchRows,
            retain: true,
            trackLines: false,
        });
    for await (const chunk of openChunks(path, gzip, opts.label)) {
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
    const p = new delimited_DelimitedParser({
        path,
        label: opts.label,
        delimiter,
        columns: opts.columns,
        types: opts.types,
        batchRows: Infinity,
        retain: false,
        trackLines: true,
        sizeHint: gzip ? undefined : size,
    });
    for await (const chunk of source_openChunks(path, gzip, opts.label))
        p.push(chunk);
    p.end();
    const columns = p.ready[0].columns;
    const deferred = p.deferredColumns();
    if (deferred.length > 0) {
        // Second pass: only the columns that met text after numbers, read as text from the original bytes.
        const types = {};
        for (const c of deferred)
            types[c] = 'string';
        const q = new delimited_DelimitedParser({
            path,
            label: opts.label,
            delimiter,
            columns: deferred,
            types,
            batchRows: Infinity,
            retain: false,
            trackLines: false,
        });
        for await (const chunk of source_openChunks(path, gzip, opts.label))
            q.push(chunk);
        q.end();
        if (q.rows !== p.rows) {
            throw new errors/* UserError */.y(`${format_describeFile(path, opts.label)} changed while it was being read; read it again`, { file: path });
        }
        for (const [name, col] of q.ready[0].columns)
            columns.set(name, col);
    }
    return makeTable(path, format, p.rows, columns, p.columnNames, p.header, p.lines, 2);
}
async function readJsonlTable(path, gzip, opts) {
    const p = new jsonl_JsonlParser({
        path,
        label: opts.label,
        columns: opts.columns,
        types: opts.types,
        batchRows: Infinity,
        trackLines: true,
    });
    for await (const chunk of source_openChunks(path, gzip, opts.label))
        p.push(chunk);
    p.end();
    const batch = p.ready[0];
    return makeTable(path, 'jsonl', p.rows, batch.columns, p.columnNames(), p.allColumnNames, p.lines, 1);
}
async function readParquetTable(path, opts) {
    const pq = await parquet_openParquet(path, opts);
    const columns = await parquet_readParquetRange(pq, opts.types, 0, pq.rowCount);
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
    const pq = await openParquet(path, opts);
    let yielded = false;
    for (const [start, end] of pq.groups) {
        if (end === start)
            continue;
        const columns = await readParquetRange(pq, opts.types, start, end);
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
        yield { rowOffset: 0, rowCount: 0, columns: await readParquetRange(pq, opts.types, 0, 0), columnNames: pq.loaded };
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

;// CONCATENATED MODULE: ../../packages/core/src/io/columns.ts
/** Small helpers over tables: find a column, read it as numbers, name a row in messages. */




/** 1-based line of a row in a text file, or undefined (Parquet, tables built in memory). */
function lineOfRow(table, row) {
    if (table.rowLines)
        return table.rowLines[row];
    return table.firstLine === undefined ? undefined : table.firstLine + row;
}
/** "line 17" for text files, "row 16" (1-based data row) otherwise: for messages that point at a row. */
function rowLocation(table, row) {
    const line = lineOfRow(table, row);
    return line === undefined ? `row ${row + 1}` : `line ${line}`;
}
/** The column, or a UserError naming the file and listing the columns it has. */
function requireColumn(table, name, opts = {}) {
    const col = table.columns.get(name);
    if (col)
        return col;
    const where = format_describeFile(table.source, opts.label);
    if (table.allColumnNames.includes(name)) {
        throw new Error(`internal: column "${name}" of ${where} was not loaded; add it to ReadOptions.columns`);
    }
    throw missingColumn(where, table.source, name, table.allColumnNames);
}
/**
 * A column as numbers (NaN for empty cells). A number column is returned as is (not copied); a string column whose
 * every value is a number (e.g. forced to text) is converted. Any other text is a UserError naming the file, the
 * first such row and how many rows hold text. Mapping "true"/"false" or class names is the caller's business.
 */
function columnAsNumbers(table, name, opts = {}) {
    const col = requireColumn(table, name, opts);
    if (col.kind === 'number')
        return col.values;
    const map = new Float64Array(col.dictionary.length);
    const bad = new Uint8Array(col.dictionary.length);
    let anyBad = false;
    for (let c = 0; c < col.dictionary.length; c++) {
        const v = parseNumberText(col.dictionary[c], false);
        if (v === undefined) {
            bad[c] = 1;
            anyBad = true;
        }
        else {
            map[c] = v;
        }
    }
    const out = new Float64Array(col.codes.length);
    let badRows = 0;
    let firstBad = -1;
    for (let i = 0; i < col.codes.length; i++) {
        const c = col.codes[i];
        if (c < 0) {
            out[i] = NaN;
        }
        else if (anyBad && bad[c] === 1) {
            if (firstBad < 0)
                firstBad = i;
            badRows++;
        }
        else {
            out[i] = map[c];
        }
    }
    if (firstBad >= 0) {
        const text = col.dictionary[col.codes[firstBad]];
        const line = lineOfRow(table, firstBad);
        throw new UserError(`${describeFile(table.source, opts.label)}, ${rowLocation(table, firstBad)}: column "${name}" holds ` +
            `${JSON.stringify(text)}, which is not a number (${badRows} row${badRows === 1 ? '' : 's'} like this); ` +
            `this column must be numeric`, { file: table.source, line });
    }
    return out;
}

;// CONCATENATED MODULE: ../../packages/core/src/io/join.ts
/**
 * One-to-one join of two tables on an id column (candidate and baseline predictions of the same rows, in any order).
 * Numeric ids go through an open-addressing hash table of row numbers in an Int32Array (no Map of boxed entries);
 * text ids through their dictionaries (one Map lookup per distinct id, then typed arrays per row). When one side's
 * ids are numbers and the other's text, both are compared as text, numbers written the JavaScript way (7 → "7").
 */




/**
 * Pair every left row with the right row of the same id. Every id must appear exactly once on each side: an empty
 * id, a duplicate id, or an id present on one side only is a UserError naming the file, the first offending id and
 * its line, and how many rows are affected.
 */
function joinById(left, leftId, right, rightId, labels) {
    const l = side(left, leftId, labels.left);
    const r = side(right, rightId, labels.right);
    checkNoEmptyIds(l);
    checkNoEmptyIds(r);
    if (l.col.kind === 'number' && r.col.kind === 'number')
        return joinNumbers(l, r, l.col.values, r.col.values);
    const lt = asText(l.col);
    const rt = asText(r.col);
    return joinCodes(l, r, lt.codes, lt.dictionary, rt.codes, rt.dictionary);
}
function side(table, idName, label) {
    return { table, idName, label, where: format_describeFile(table.source, label), col: requireColumn(table, idName, { label }) };
}
function idText(s, row) {
    const c = s.col;
    return c.kind === 'number' ? String(c.values[row]) : JSON.stringify(c.dictionary[c.codes[row]]);
}
function checkNoEmptyIds(s) {
    let first = -1;
    let count = 0;
    const c = s.col;
    if (c.kind === 'number') {
        const v = c.values;
        for (let i = 0; i < v.length; i++) {
            if (v[i] !== v[i]) {
                if (first < 0)
                    first = i;
                count++;
            }
        }
    }
    else {
        const k = c.codes;
        for (let i = 0; i < k.length; i++) {
            if (k[i] < 0) {
                if (first < 0)
                    first = i;
                count++;
            }
        }
    }
    if (first >= 0) {
        throw new errors/* UserError */.y(`${s.where}, ${rowLocation(s.table, first)}: the id column "${s.idName}" is empty (${count} row` +
            `${count === 1 ? '' : 's'} without an id); every row needs an id to be matched`, { file: s.table.source, line: lineOfRow(s.table, first) });
    }
}
function duplicateError(s, count, row, prev) {
    return new errors/* UserError */.y(`${s.where}, ${rowLocation(s.table, row)}: id ${idText(s, row)} appears again (first on ` +
        `${rowLocation(s.table, prev)}); ${count} duplicate id${count === 1 ? '' : 's'} in column "${s.idName}" in all. ` +
        `Each id must appear once: remove the repeated rows`, { file: s.table.source, line: lineOfRow(s.table, row) });
}
/** Ids of `has` that `lacks` does not have: the sentence for the error message. */
function missingSentence(has, lacks, count, row) {
    return (`${lacks.where} has no row for ${count} id${count === 1 ? '' : 's'} of the ${has.label}; the first is ` +
        `${idText(has, row)} (${has.table.source}, ${rowLocation(has.table, row)})`);
}
function missingError(l, r, missR, firstMissR, missL, firstMissL) {
    const parts = [];
    if (missR > 0)
        parts.push(missingSentence(l, r, missR, firstMissR));
    if (missL > 0)
        parts.push(missingSentence(r, l, missL, firstMissL));
    const at = missR > 0 ? { file: l.table.source, line: lineOfRow(l.table, firstMissR) } : { file: r.table.source, line: lineOfRow(r.table, firstMissL) };
    return new errors/* UserError */.y(`${parts.join('. ')}. Both files must hold predictions for the same ids`, at);
}
// Numbers: murmur3's finalizer (fmix32) over the IEEE bits, linear probing over an Int32Array of row + 1. The
// finalizer matters: small integers differ only in the high bits of their doubles, which a mask alone would drop.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
function hashNumber(v) {
    if ((v | 0) === v)
        return fmix32(v); // integer ids (also maps -0 to 0)
    f64[0] = v;
    return fmix32(u32[0] ^ fmix32(u32[1]));
}
function indexNumbers(values) {
    let size = 16;
    while (size < values.length * 2)
        size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    let dupCount = 0;
    let dupRow = -1;
    let dupPrev = -1;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        let s = hashNumber(v) & mask;
        for (;;) {
            const e = slots[s];
            if (e === 0) {
                slots[s] = i + 1;
                break;
            }
            if (values[e - 1] === v) {
                if (dupRow < 0) {
                    dupRow = i;
                    dupPrev = e - 1;
                }
                dupCount++;
                break;
            }
            s = (s + 1) & mask;
        }
    }
    return { slots, mask, dupCount, dupRow, dupPrev };
}
/** Integer ids spanning a small range (0..n-1, 1..n, ...: the common case) can index an array directly. */
function denseRange(lv, rv) {
    let min = Infinity;
    let max = -Infinity;
    for (const v of [lv, rv]) {
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (!Number.isInteger(x))
                return null;
            if (x < min)
                min = x;
            if (x > max)
                max = x;
        }
    }
    const size = max - min + 1;
    return size <= 4 * (lv.length + rv.length) + 1024 ? { min, size } : null;
}
function lookupNumber(ix, values, v) {
    let s = hashNumber(v) & ix.mask;
    for (;;) {
        const e = ix.slots[s];
        if (e === 0)
            return -1;
        if (values[e - 1] === v)
            return e - 1;
        s = (s + 1) & ix.mask;
    }
}
function joinNumbers(l, r, lv, rv) {
    const rightOf = new Int32Array(lv.length);
    const dense = denseRange(lv, rv);
    if (dense !== null) {
        const { min } = dense;
        const tab = new Int32Array(dense.size); // right row + 1 per id - min
        for (let j = 0; j < rv.length; j++) {
            const k = rv[j] - min;
            if (tab[k] !== 0) {
                const ri = indexNumbers(rv);
                throw duplicateError(r, ri.dupCount, ri.dupRow, ri.dupPrev);
            }
            tab[k] = j + 1;
        }
        // Claim each entry by negating it: a second claim is a duplicate left id, an entry never claimed a right id the
        // left lacks. Left ids usually come sorted, so this pass walks tab in order (one random pass in all, the build).
        let missR = 0;
        let firstMissR = -1;
        let dups = 0;
        for (let i = 0; i < lv.length; i++) {
            const k = lv[i] - min;
            const e = tab[k];
            if (e > 0) {
                rightOf[i] = e - 1;
                tab[k] = -e;
            }
            else if (e === 0) {
                rightOf[i] = -1;
                if (firstMissR < 0)
                    firstMissR = i;
                missR++;
            }
            else {
                rightOf[i] = -e - 1;
                dups++;
            }
        }
        if (dups > 0 || missR > 0)
            return pair(l, r, rightOf, rv.length, () => indexNumbers(lv));
        let missL = 0;
        let firstMissL = -1;
        for (let k = 0; k < tab.length; k++) {
            const e = tab[k];
            if (e > 0) {
                missL++;
                if (firstMissL < 0 || e - 1 < firstMissL)
                    firstMissL = e - 1;
            }
        }
        if (missL > 0)
            throw missingError(l, r, 0, -1, missL, firstMissL);
        return result(rightOf);
    }
    else {
        const ri = indexNumbers(rv);
        if (ri.dupCount > 0)
            throw duplicateError(r, ri.dupCount, ri.dupRow, ri.dupPrev);
        for (let i = 0; i < lv.length; i++)
            rightOf[i] = lookupNumber(ri, rv, lv[i]);
    }
    return pair(l, r, rightOf, rv.length, () => indexNumbers(lv));
}
/**
 * Check the left-to-right row mapping (-1 = id missing on the right) and turn it into the result. Left duplicates
 * show up as two left rows mapped to one right row; duplicates among ids missing on the right need the full left
 * index, built only on that error path.
 */
function pair(l, r, rightOf, rightCount, leftDuplicates) {
    const leftOfRight = new Int32Array(rightCount); // left row + 1
    let missR = 0;
    let firstMissR = -1;
    let dups = 0;
    for (let i = 0; i < rightOf.length; i++) {
        const j = rightOf[i];
        if (j < 0) {
            if (firstMissR < 0)
                firstMissR = i;
            missR++;
        }
        else if (leftOfRight[j] !== 0) {
            dups++;
        }
        else {
            leftOfRight[j] = i + 1;
        }
    }
    if (dups > 0 || missR > 0) {
        const d = leftDuplicates();
        if (d.dupCount > 0)
            throw duplicateError(l, d.dupCount, d.dupRow, d.dupPrev);
    }
    let missL = 0;
    let firstMissL = -1;
    for (let j = 0; j < rightCount; j++) {
        if (leftOfRight[j] === 0) {
            if (firstMissL < 0)
                firstMissL = j;
            missL++;
        }
    }
    if (missR > 0 || missL > 0)
        throw missingError(l, r, missR, firstMissR, missL, firstMissL);
    return result(rightOf);
}
function result(rightOf) {
    const leftRows = new Uint32Array(rightOf.length);
    for (let i = 0; i < leftRows.length; i++)
        leftRows[i] = i;
    // Every entry is a row number now: reuse the buffer.
    return { leftRows, rightRows: new Uint32Array(rightOf.buffer, rightOf.byteOffset, rightOf.length) };
}
/** Text view of an id column: a number column is dictionary-encoded through String(v). */
function asText(col) {
    if (col.kind === 'string')
        return col;
    const dict = new TextDictionary();
    const codes = new Int32Array(col.values.length);
    for (let i = 0; i < codes.length; i++)
        codes[i] = dict.code(String(col.values[i]));
    return { codes, dictionary: dict.strings };
}
/** First row of each code; the first duplicate found (row, earlier row) and the duplicate count. */
function firstRows(codes, size) {
    const rowOf = new Int32Array(size).fill(-1);
    let dupCount = 0;
    let dupRow = -1;
    let dupPrev = -1;
    for (let i = 0; i < codes.length; i++) {
        const c = codes[i];
        if (rowOf[c] >= 0) {
            if (dupRow < 0) {
                dupRow = i;
                dupPrev = rowOf[c];
            }
            dupCount++;
        }
        else {
            rowOf[c] = i;
        }
    }
    return { rowOf, dupCount, dupRow, dupPrev };
}
function joinCodes(l, r, lc, ld, rc, rd) {
    const rf = firstRows(rc, rd.length);
    if (rf.dupCount > 0)
        throw duplicateError(r, rf.dupCount, rf.dupRow, rf.dupPrev);
    const rightCode = new Map();
    for (let c = 0; c < rd.length; c++)
        rightCode.set(rd[c], c);
    // Right row per left dictionary entry (-1: not on the right).
    const rowOfLeftCode = new Int32Array(ld.length);
    for (let c = 0; c < ld.length; c++) {
        const k = rightCode.get(ld[c]);
        rowOfLeftCode[c] = k === undefined ? -1 : rf.rowOf[k];
    }
    const rightOf = new Int32Array(lc.length);
    for (let i = 0; i < lc.length; i++)
        rightOf[i] = rowOfLeftCode[lc[i]];
    return pair(l, r, rightOf, rc.length, () => firstRows(lc, ld.length));
}

;// CONCATENATED MODULE: ../../packages/core/src/io/index.ts





;// CONCATENATED MODULE: ../../packages/core/src/stats/argsort.ts
/**
 * Stable ascending argsort of doubles: returns the positions k (0 ≤ k < len) ordered by `values[rows[k]]`
 * (or `values[k]` without `rows`); equal values keep their position order, so ties break by row order.
 * -0 sorts as +0; NaN sorts after +Infinity (callers reject NaN scores before they get here).
 *
 * Why hand-written: `Array.prototype.sort` with a comparator on 1,000,000 indices costs ~1.3 s on the CI
 * machines; this costs ~0.1 s. DeLong, PR-AUC and the ranking metrics all start from it.
 *
 * Method: the IEEE-754 bits are mapped to an unsigned order (negative numbers: flip every bit; others: flip the
 * sign bit — Herf, "Radix Tricks", 2001). The high 32-bit word is sorted by a stable LSD radix sort (11/11/10-bit
 * digits, trivial passes skipped); runs of equal high words — short for real scores — are then ordered by the
 * low word (insertion sort, or the same radix sort for long runs). Half the passes of a full 64-bit radix sort.
 */
function argsortFloat64(values, rows) {
    return argsortWithTies(values, rows).order;
}
/** {@link argsortFloat64} that also reports the tie structure of the sorted values. */
function argsortWithTies(values, rows) {
    const n = rows ? rows.length : values.length;
    const x = new Float64Array(n);
    if (rows) {
        for (let k = 0; k < n; k++)
            x[k] = values[rows[k]] + 0; // + 0 turns -0 into +0
    }
    else {
        for (let k = 0; k < n; k++)
            x[k] = values[k] + 0;
    }
    // Two 32-bit words per double; which one is the high word depends on the platform's byte order.
    const words = new Uint32Array(x.buffer);
    const lo = new Uint32Array(n);
    const hi = new Uint32Array(n);
    for (let k = 0; k < n; k++) {
        let h = words[2 * k + HI];
        let l = words[2 * k + LO];
        if (h & 0x80000000) {
            h = ~h;
            l = ~l;
        }
        else {
            h |= 0x80000000;
        }
        hi[k] = h >>> 0;
        lo[k] = l >>> 0;
    }
    const perm = new Uint32Array(n);
    for (let k = 0; k < n; k++)
        perm[k] = k;
    const keyTmp = new Uint32Array(n);
    const permTmp = new Uint32Array(n);
    sortSegment(hi, perm, keyTmp, permTmp, 0, n);
    // Order each run of equal high words by the low word, then position (stability); mark ties.
    const tied = new Uint8Array(n);
    let s = 0;
    while (s < n) {
        const h = hi[s];
        let e = s + 1;
        while (e < n && hi[e] === h)
            e++;
        if (e - s > 1) {
            if (e - s <= INSERTION_MAX) {
                for (let j = s + 1; j < e; j++) {
                    const p = perm[j];
                    const key = lo[p];
                    let i = j - 1;
                    while (i >= s && (lo[perm[i]] > key || (lo[perm[i]] === key && perm[i] > p))) {
                        perm[i + 1] = perm[i];
                        i--;
                    }
                    perm[i + 1] = p;
                }
            }
            else {
                // Long run: gather its low words and radix-sort the run (stable, so position order is kept).
                for (let j = s; j < e; j++)
                    keyTmp[j] = lo[perm[j]];
                sortSegment(keyTmp, perm, hi, permTmp, s, e); // hi[s..e) is all equal and no longer needed
            }
            for (let j = s + 1; j < e; j++)
                tied[j] = lo[perm[j]] === lo[perm[j - 1]] ? 1 : 0;
        }
        s = e;
    }
    return { order: perm, tied };
}
const INSERTION_MAX = 48;
const BUCKETS = 2048;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
/**
 * Stable LSD radix sort of key[s..e) carrying perm[s..e) along, in place. keyTmp/permTmp are scratch; only
 * their [s, e) part is written.
 */
function sortSegment(key, perm, keyTmp, permTmp, s, e) {
    const len = e - s;
    const hist = new Uint32Array(3 * BUCKETS);
    for (let k = s; k < e; k++) {
        const v = key[k];
        hist[v & 0x7ff]++;
        hist[BUCKETS + ((v >>> 11) & 0x7ff)]++;
        hist[2 * BUCKETS + (v >>> 22)]++;
    }
    let srcK = key;
    let srcP = perm;
    let dstK = keyTmp;
    let dstP = permTmp;
    for (let pass = 0; pass < 3; pass++) {
        const shift = pass * 11;
        const mask = pass === 2 ? 0x3ff : 0x7ff;
        const off = pass * BUCKETS;
        if (hist[off + ((srcK[s] >>> shift) & mask)] === len)
            continue; // every key has this digit
        let sum = s;
        for (let d = 0; d < BUCKETS; d++) {
            const c = hist[off + d];
            hist[off + d] = sum;
            sum += c;
        }
        for (let k = s; k < e; k++) {
            const v = srcK[k];
            const dst = hist[off + ((v >>> shift) & mask)]++;
            dstK[dst] = v;
            dstP[dst] = srcP[k];
        }
        const tk = srcK;
        srcK = dstK;
        dstK = tk;
        const tp = srcP;
        srcP = dstP;
        dstP = tp;
    }
    if (srcK !== key) {
        key.set(srcK.subarray(s, e), s);
        perm.set(srcP.subarray(s, e), s);
    }
}

// EXTERNAL MODULE: ../../node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js
var lib = __webpack_require__(50208);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ../../packages/core/src/stats/normal.ts

/**
 * Standard normal CDF Φ(x) = ½·erfc(−x/√2) (Abramowitz & Stegun 7.1.2 / 26.2.29), evaluated with stdlib's
 * erfc (a port of FreeBSD msun's s_erf.c, relative error < 1 ulp in the tails). Because it goes through erfc
 * rather than 1 − erf, Φ(x) for very negative x keeps full relative precision down to the smallest doubles
 * (Φ(−37.5) ≈ 4.6e−308), which the gate needs for p-values such as 1e−30 at a million rows.
 */
function normal_normalCdf(x) {
    return lib_default()(x, 0, 1);
}
/**
 * Standard normal survival function 1 − Φ(x) = Φ(−x) = ½·erfc(x/√2): the upper tail without the cancellation
 * of computing 1 − Φ(x), so normalSf(37) ≈ 5.7e−300 is exact to a few ulps.
 */
function normal_normalSf(x) {
    return lib_default()(-x, 0, 1);
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/normal-quantile.ts
/**
 * Standard normal quantile Φ⁻¹(p): Wichura (1988), "Algorithm AS 241: The percentage points of the normal
 * distribution", Applied Statistics 37(3), 477–484 (PPND16, the version R's qnorm uses). Rational
 * approximations in three regions of p, relative accuracy about 1e−16, including the far tails
 * (p down to the smallest doubles, through r = √(−ln p)).
 * Returns −Infinity at 0, +Infinity at 1 and NaN outside [0, 1].
 */
function normal_quantile_normalQuantile(p) {
    if (!(p >= 0 && p <= 1))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    const q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
        const r = 0.180625 - q * q;
        return ((q *
            (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r +
                45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r +
                133.14166789178437745) * r + 3.387132872796366608)) /
            (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r +
                21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r +
                42.313330701600911252) * r + 1));
    }
    let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    let val;
    if (r <= 5) {
        r -= 1.6;
        val =
            (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
                1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r +
                4.6303378461565452959) * r + 1.42343711074968357734) /
                (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
                    0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r +
                    2.05319162663775882187) * r + 1);
    }
    else {
        r -= 5;
        val =
            (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
                0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r +
                5.4637849111641143699) * r + 6.6579046435011037772) /
                (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
                    7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r +
                    0.59983220655588793769) * r + 1);
    }
    return q < 0 ? -val : val;
}

// EXTERNAL MODULE: ../../node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/index.js
var stats_base_dists_binomial_cdf_lib = __webpack_require__(89014);
var stats_base_dists_binomial_cdf_lib_default = /*#__PURE__*/__webpack_require__.n(stats_base_dists_binomial_cdf_lib);
;// CONCATENATED MODULE: ../../packages/core/src/stats/binomial-cdf.ts

/**
 * Exact binomial CDF P(X ≤ k) for X ~ Bin(n, p), through the regularized incomplete beta function:
 *   P(X ≤ k) = I_{1−p}(n − k, k + 1)    (Abramowitz & Stegun 26.5.24)
 * evaluated by stdlib's betainc (a port of Boost.Math's ibeta, full double precision in the tails, so
 * exact-McNemar p-values such as 1e−40 keep their digits). k is floored; k < 0 → 0, k ≥ n → 1;
 * NaN for n not a non-negative integer or p outside [0, 1].
 */
function binomialCdf(k, n, p) {
    return stats_base_dists_binomial_cdf_lib_default()(k, n, p);
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/delong.ts

/**
 * Paired DeLong test inputs for two models scored on the same rows: DeLong, DeLong & Clarke-Pearson (1988),
 * "Comparing the areas under two or more correlated ROC curves", with the fast algorithm of Sun & Xu (2014),
 * "Fast implementation of DeLong's algorithm", IEEE Signal Processing Letters 21(11).
 *
 * With m positives and n negatives, T_z the midranks over all scores, T_x over positives, T_y over negatives:
 *   AUC    = Σ_{i∈pos} T_z,i / (m·n) − (m+1)/(2n)
 *   V10_i  = (T_z,i − T_x,i) / n        (positive i; = share of negatives scored below it, ties counting ½)
 *   V01_j  = 1 − (T_z,j − T_y,j) / m    (negative j; = share of positives scored above it, ties counting ½)
 *   S      = cov(V10)/m + cov(V01)/n    (2×2 over the two models, ddof = 1)
 *   Var(Δ) = S11 + S22 − 2·S12
 * Ties get midranks, so a tie between a positive and a negative counts ½ (the Mann–Whitney convention).
 *
 * Implementation: per model, one stable radix argsort (O(n), {@link argsortFloat64}) and one walk over the tie
 * groups in score order give T_z − T_x = Q + q/2 for a positive (Q negatives strictly below, q tied) and
 * T_z − T_y = P + p/2 for a negative, so no rank arrays are stored. AUC numerators are sums of halves of
 * integers and are exact in doubles; covariances are two-pass (centred) for accuracy. Var(Δ) is the variance
 * of the per-row differences V_A − V_B, equal to S11 + S22 − 2·S12 but free of cancellation.
 *
 * `labels`: 1 positive, 0 negative (anything else throws: the caller validates files). `rows` selects a slice
 * (indices into the columns) without copying the columns. With fewer than 2 positives or negatives the
 * variances are NaN (ddof 1); with none, the AUCs are NaN too.
 */
function delongPaired(labels, a, b, rows) {
    if (a.length !== labels.length || b.length !== labels.length) {
        throw new RangeError(`delongPaired: labels (${labels.length}), a (${a.length}) and b (${b.length}) differ in length`);
    }
    const len = rows ? rows.length : labels.length;
    const isPos = new Uint8Array(len);
    let m = 0;
    for (let k = 0; k < len; k++) {
        const r = rows ? rows[k] : k;
        const y = labels[r];
        if (y === 1) {
            isPos[k] = 1;
            m++;
        }
        else if (y !== 0) {
            throw new RangeError(`delongPaired: label at row ${r} is ${y}; expected 0 or 1`);
        }
    }
    const n = len - m;
    if (m === 0 || n === 0) {
        return { aucA: NaN, aucB: NaN, varA: NaN, varB: NaN, cov: NaN, varDelta: NaN, positives: m, negatives: n };
    }
    const vA = new Float64Array(len);
    const vB = new Float64Array(len);
    const aucA = structuralComponents(a, rows, isPos, m, n, vA);
    const aucB = structuralComponents(b, rows, isPos, m, n, vB);
    // Two-pass centred sums; the mean of V10 over positives and of V01 over negatives both equal the AUC.
    let pAA = 0, pBB = 0, pAB = 0, pDD = 0;
    let nAA = 0, nBB = 0, nAB = 0, nDD = 0;
    for (let k = 0; k < len; k++) {
        const da = vA[k] - aucA;
        const db = vB[k] - aucB;
        const dd = da - db;
        if (isPos[k] === 1) {
            pAA += da * da;
            pBB += db * db;
            pAB += da * db;
            pDD += dd * dd;
        }
        else {
            nAA += da * da;
            nBB += db * db;
            nAB += da * db;
            nDD += dd * dd;
        }
    }
    if (m < 2 || n < 2) {
        return { aucA, aucB, varA: NaN, varB: NaN, cov: NaN, varDelta: NaN, positives: m, negatives: n };
    }
    const fm = 1 / ((m - 1) * m); // cov with ddof 1, then / m
    const fn = 1 / ((n - 1) * n);
    return {
        aucA,
        aucB,
        varA: pAA * fm + nAA * fn,
        varB: pBB * fm + nBB * fn,
        cov: pAB * fm + nAB * fn,
        varDelta: pDD * fm + nDD * fn,
        positives: m,
        negatives: n,
    };
}
/**
 * Fills v with V10 (positives) / V01 (negatives) for one model and returns its AUC.
 * Hand-written loop over the argsort: one pass over tie groups, no per-row objects.
 */
function structuralComponents(score, rows, isPos, m, n, v) {
    const { order, tied } = argsortWithTies(score, rows);
    const len = order.length;
    let below = 0; // P + Q: rows strictly below the current tie group
    let posBelow = 0; // P
    let twiceSum = 0; // Σ over positives of 2·(Q + q/2), an integer: exact
    let s = 0;
    while (s < len) {
        let e = s + 1;
        while (e < len && tied[e] === 1)
            e++;
        let p = 0;
        for (let j = s; j < e; j++)
            p += isPos[order[j]];
        const q = e - s - p;
        const negBelow = below - posBelow;
        const v10 = (negBelow + q / 2) / n;
        const v01 = 1 - (posBelow + p / 2) / m;
        for (let j = s; j < e; j++) {
            const k = order[j];
            v[k] = isPos[k] === 1 ? v10 : v01;
        }
        twiceSum += p * (2 * negBelow + q);
        below += e - s;
        posBelow += p;
        s = e;
    }
    return twiceSum / (2 * m * n);
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/delong-test.ts


/**
 * DeLong z-test of Δ = AUC_A − AUC_B against a margin d (DeLong et al. 1988; the margin form is the usual
 * non-inferiority shift, e.g. Liu et al. 2006, Stat Med 25:1219):
 *   z = (Δ + d) / √Var(Δ)
 *   non-inferiority      H0: Δ ≤ −d   p = 1 − Φ(z)   ('greater')
 *   significant regress. H0: Δ ≥ −d   p = Φ(z)       ('less')
 *   two-sided            H0: Δ = −d   p = 2(1 − Φ(|z|))
 * Tails use erfc ({@link normalSf}), so p = 1e−300 keeps its digits. STATS.md check vector: Var(Δ) = 0.024,
 * z = 1.290994, two-sided p = 0.196706.
 *
 * Degenerate variance (0, e.g. identical scores or both models perfectly separating): Δ is known exactly, so
 * each p-value is 0 when the data contradict H0 and 1 when they satisfy it; the interval is [Δ, Δ].
 * NaN inputs (too few positives/negatives) give NaN everywhere.
 */
function delongTest(res, margin = 0, alternative = 'two-sided', alpha = 0.05) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`delongTest: alpha must be in (0, 1), got ${alpha}`);
    const delta = res.aucA - res.aucB;
    const variance = res.varDelta;
    const shifted = delta + margin;
    let se, z, pNI, pReg, pTwo, ci;
    if (Number.isNaN(delta) || Number.isNaN(variance)) {
        se = z = pNI = pReg = pTwo = NaN;
        ci = [NaN, NaN];
    }
    else if (variance <= 0) {
        se = 0;
        z = shifted > 0 ? Infinity : shifted < 0 ? -Infinity : 0;
        pNI = shifted > 0 ? 0 : 1;
        pReg = shifted < 0 ? 0 : 1;
        pTwo = shifted !== 0 ? 0 : 1;
        ci = [delta, delta];
    }
    else {
        se = Math.sqrt(variance);
        z = shifted / se;
        pNI = normalSf(z);
        pReg = normalCdf(z);
        pTwo = Math.min(1, 2 * normalSf(Math.abs(z)));
        const half = normalQuantile(1 - alpha / 2) * se;
        ci = [delta - half, delta + half];
    }
    const pValue = alternative === 'greater' ? pNI : alternative === 'less' ? pReg : pTwo;
    return { delta, se, z, pValue, pNonInferiority: pNI, pRegression: pReg, pTwoSided: pTwo, ci };
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/mcnemar.ts

/**
 * Exact McNemar test (McNemar 1947; exact conditional form, e.g. Fagerland, Lydersen & Laake 2013, BMC Med
 * Res Methodol 13:91). b = rows model A gets right and model B wrong, c = the reverse. Given b + c discordant
 * rows, b ~ Bin(b + c, ½) under H0 (equal accuracy):
 *   two-sided  p = min(1, 2·BinomCDF(min(b, c); b + c, ½))      check: b=12, c=4 → 0.0768127
 *   'greater'  H1: A more accurate, p = P(X ≥ b) = BinomCDF(c; b + c, ½)
 *   'less'     H1: A less accurate, p = P(X ≤ b) = BinomCDF(b; b + c, ½)
 * b + c = 0 gives p = 1. It tests Δaccuracy = 0 only: a non-zero margin needs another method (the gate's
 * paired multinomial bootstrap).
 */
function mcnemarExact(b, c, alternative = 'two-sided') {
    if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
        throw new RangeError(`mcnemarExact: b and c must be non-negative integers, got ${b} and ${c}`);
    }
    const n = b + c;
    if (n === 0)
        return 1;
    if (alternative === 'greater')
        return binomialCdf(c, n, 0.5);
    if (alternative === 'less')
        return binomialCdf(b, n, 0.5);
    return Math.min(1, 2 * binomialCdf(Math.min(b, c), n, 0.5));
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/rng.ts
/** Creates a generator; `seed` is reduced to 32 bits (ToUint32: truncated, modulo 2^32). */
function createRng(seed) {
    return new Xoshiro128ss(seed);
}
class Xoshiro128ss {
    s0;
    s1;
    s2;
    s3;
    suffix = new Float64Array(16);
    constructor(seed) {
        if (!Number.isFinite(seed))
            throw new RangeError(`createRng: seed must be a finite number, got ${seed}`);
        let a = seed >>> 0;
        const st = [0, 0, 0, 0];
        for (let i = 0; i < 4; i++) {
            a = (a + 0x9e3779b9) >>> 0;
            let z = a;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            st[i] = (z ^ (z >>> 16)) >>> 0;
        }
        this.s0 = st[0];
        this.s1 = st[1];
        this.s2 = st[2];
        this.s3 = st[3];
    }
    nextUint32() {
        const s1 = this.s1;
        const x = Math.imul(s1, 5);
        const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= s1;
        this.s1 = s1 ^ this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
        return result;
    }
    next() {
        return (this.nextUint32() + 0.5) * 2.3283064365386963e-10; // 2^-32
    }
    nextInt(n) {
        if (!(n >= 1 && n <= 4294967296) || !Number.isInteger(n)) {
            throw new RangeError(`nextInt: n must be an integer in [1, 2^32], got ${n}`);
        }
        // Accept u < 2^32 − (2^32 mod n): every residue then has the same number of preimages.
        const limit = 4294967296 - (4294967296 % n);
        for (;;) {
            const u = this.nextUint32();
            if (u < limit)
                return u % n;
        }
    }
    binomial(n, p) {
        if (!Number.isInteger(n) || n < 0)
            throw new RangeError(`binomial: n must be a non-negative integer, got ${n}`);
        if (!(p >= 0 && p <= 1))
            throw new RangeError(`binomial: p must be in [0, 1], got ${p}`);
        if (n === 0 || p === 0)
            return 0;
        if (p === 1)
            return n;
        if (p > 0.5)
            return n - this.binomialLow(n, 1 - p);
        return this.binomialLow(n, p);
    }
    /** p ≤ ½. */
    binomialLow(n, p) {
        const mode = Math.floor((n + 1) * p);
        return mode < 11 ? this.binomialInversion(n, p) : this.binomialBtrd(n, p, mode);
    }
    /** Sequential-search inversion: P(0) = q^n, P(k+1) = P(k)·(n−k)/(k+1)·p/q. Expected np + 1 steps (< 12 here). */
    binomialInversion(n, p) {
        const q = 1 - p;
        const s = p / q;
        const a = (n + 1) * s;
        const p0 = Math.exp(n * Math.log1p(-p));
        for (;;) {
            let u = this.next();
            let pk = p0;
            let k = 0;
            while (u > pk) {
                u -= pk;
                k++;
                if (k > n)
                    break;
                pk *= a / k - s;
            }
            // k > n only from rounding in the tail: draw again (probability ~1e-16).
            if (k <= n)
                return k;
        }
    }
    /** BTRD, Hörmann (1993), steps 0–3.4, with the Stirling-correction table fc. Requires p ≤ ½ and mode ≥ 11. */
    binomialBtrd(n, p, m) {
        const q = 1 - p;
        const r = p / q;
        const nr = (n + 1) * r;
        const npq = n * p * q;
        const sqrtNpq = Math.sqrt(npq);
        const b = 1.15 + 2.53 * sqrtNpq;
        const a = -0.0873 + 0.0248 * b + 0.01 * p;
        const c = n * p + 0.5;
        const alpha = (2.83 + 5.1 / b) * sqrtNpq;
        const vr = 0.92 - 4.2 / b;
        const urvr = 0.86 * vr;
        for (;;) {
            let v = this.next();
            let u;
            if (v <= urvr) {
                // Step 1: the central triangle, accepted without a density evaluation (~86% of draws).
                u = v / vr - 0.43;
                return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
            }
            if (v >= vr) {
                u = this.next() - 0.5;
            }
            else {
                u = v / vr - 0.93;
                u = (u < 0 ? -0.5 : 0.5) - u;
                v = this.next() * vr;
            }
            const us = 0.5 - Math.abs(u);
            const k = Math.floor(((2 * a) / us + b) * u + c);
            if (k < 0 || k > n)
                continue;
            v = (v * alpha) / (a / (us * us) + b);
            const km = Math.abs(k - m);
            if (km <= 15) {
                // Step 3.1: recursive evaluation of f(k)/f(m).
                let f = 1;
                if (m < k) {
                    for (let i = m + 1; i <= k; i++)
                        f *= nr / i - r;
                }
                else if (m > k) {
                    for (let i = k + 1; i <= m; i++)
                        v *= nr / i - r;
                }
                if (v <= f)
                    return k;
                continue;
            }
            // Step 3.2: squeeze on log scale, then 3.3–3.4 the exact log-density ratio via Stirling corrections.
            v = Math.log(v);
            const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
            const t = (-km * km) / (2 * npq);
            if (v < t - rho)
                return k;
            if (v > t + rho)
                continue;
            const nm = n - m + 1;
            const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + fc(m) + fc(n - m);
            const nk = n - k + 1;
            if (v <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - fc(k) - fc(n - k)) {
                return k;
            }
        }
    }
    fillIndices(n, out) {
        if (!(n >= 1 && n <= 2097152) || !Number.isInteger(n))
            throw new RangeError(`fillIndices: n must be an integer in [1, 2^21], got ${n}`);
        const threshold = 4294967296 % n;
        // Math's functions read once: inside a vm context (Jest) every global lookup in a hot loop is slow.
        const imul = Math.imul;
        const floor = Math.floor;
        let s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3;
        for (let i = 0; i < out.length;) {
            // xoshiro128** step, inlined on locals (see nextUint32).
            const x = imul(s1, 5);
            const r = imul((x << 7) | (x >>> 25), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            const m = r * n;
            if (m >>> 0 >= threshold)
                out[i++] = floor(m * 2.3283064365386963e-10); // high word of u·n
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    multinomial(n, probs, out) {
        const K = probs.length;
        if (out.length < K)
            throw new RangeError(`multinomial: out has ${out.length} cells, probs ${K}`);
        if (!Number.isInteger(n) || n < 0)
            throw new RangeError(`multinomial: n must be a non-negative integer, got ${n}`);
        if (this.suffix.length < K + 1)
            this.suffix = new Float64Array(K + 1);
        const suffix = this.suffix;
        suffix[K] = 0;
        for (let i = K - 1; i >= 0; i--) {
            const w = probs[i];
            if (!(w >= 0) || w === Infinity)
                throw new RangeError(`multinomial: weight ${i} is ${w}; need finite and ≥ 0`);
            suffix[i] = suffix[i + 1] + w;
        }
        if (n > 0 && !(suffix[0] > 0))
            throw new RangeError('multinomial: all weights are 0');
        let left = n;
        for (let i = 0; i < K; i++) {
            if (left === 0 || probs[i] === 0) {
                out[i] = 0;
                continue;
            }
            const share = probs[i] / suffix[i];
            const x = share >= 1 ? left : this.binomial(left, share);
            out[i] = x;
            left -= x;
        }
    }
}
/**
 * Stirling correction fc(k) = ln k! − [(k + ½)·ln(k + 1) − (k + 1) + ½·ln 2π], tabulated for k < 10 and by its
 * asymptotic series 1/12(k+1) − 1/360(k+1)³ + 1/1260(k+1)⁵ beyond (Hörmann 1993, Table 1).
 */
function fc(k) {
    if (k < 10)
        return FC_TABLE[k];
    const i = 1 / (k + 1);
    const i2 = i * i;
    return (1 / 12 - (1 / 360 - i2 / 1260) * i2) * i;
}
const FC_TABLE = [
    0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119,
    0.01387612882307075, 0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871,
];

;// CONCATENATED MODULE: ../../packages/core/src/stats/quantile.ts
/**
 * Quantile of sorted data by linear interpolation between order statistics — Hyndman & Fan (1996) type 7,
 * numpy's default (`method='linear'`) and R's default:
 *   h = (n − 1)·q,  j = ⌊h⌋,  Q(q) = x_j + (h − j)·(x_{j+1} − x_j)
 * The interpolation is written as numpy's `_lerp` (from the upper point when h − j ≥ ½) so results match numpy
 * to the last bit. `sorted` must be ascending and free of NaN; empty input gives NaN.
 */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0 || !(q >= 0 && q <= 1))
        return NaN;
    const h = (n - 1) * q;
    const j = Math.floor(h);
    if (j >= n - 1)
        return sorted[n - 1];
    const t = h - j;
    const a = sorted[j];
    const b = sorted[j + 1];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/**
 * Two-sided (1 − α) percentile interval of bootstrap replicates (Efron & Tibshirani 1993, §13.3):
 * [Q(α/2), Q(1 − α/2)] with {@link quantileSorted} (type 7, numpy's default). NaN replicates (a metric
 * undefined on that resample, e.g. precision with no predicted positives) are left out; callers that
 * care can count them. Does not modify `samples`.
 */
function percentileInterval(samples, alpha) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`percentileInterval: alpha must be in (0, 1), got ${alpha}`);
    const finite = new Float64Array(samples.length);
    let n = 0;
    for (let i = 0; i < samples.length; i++) {
        const v = samples[i];
        if (v === v)
            finite[n++] = v;
    }
    const sorted = finite.subarray(0, n).sort();
    return [quantileSorted(sorted, alpha / 2), quantileSorted(sorted, 1 - alpha / 2)];
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/adjust-p-values.ts
/**
 * Multiple-testing adjustment of k p-values, returned in the input order (like R's p.adjust). With
 * p(1) ≤ … ≤ p(k) sorted ascending:
 *   bonferroni  p̃(i) = min(1, k·p(i))
 *   holm        p̃(i) = max_{j ≤ i} min(1, (k − j + 1)·p(j))     Holm (1979), Scand J Stat 6:65; controls FWER
 *   bh          p̃(i) = min_{j ≥ i} min(1, k·p(j)/j)             Benjamini & Hochberg (1995), JRSS-B 57:289; FDR
 *   none        p̃ = p
 * STATS.md check: p = [.01, .04, .03, .005] → Holm [.03, .06, .06, .02], BH [.02, .04, .04, .02].
 * NaN entries (tests not run, e.g. an insufficient slice) stay NaN and are not counted in k. Ties keep input
 * order. Every adjusted value is ≥ its raw value, and Holm ≥ BH.
 */
function adjustPValues(p, method) {
    const out = Array.from(p, Number);
    if (method === 'none')
        return out;
    const idx = [];
    for (let i = 0; i < out.length; i++) {
        const v = out[i];
        if (Number.isNaN(v))
            continue;
        if (v < 0 || v > 1)
            throw new RangeError(`adjustPValues: p-value ${v} at index ${i} is outside [0, 1]`);
        idx.push(i);
    }
    const k = idx.length;
    if (k === 0)
        return out;
    idx.sort((i, j) => out[i] - out[j] || i - j);
    const raw = idx.map((i) => out[i]);
    switch (method) {
        case 'bonferroni':
            for (let r = 0; r < k; r++)
                out[idx[r]] = Math.min(1, k * raw[r]);
            break;
        case 'holm': {
            let running = 0;
            for (let r = 0; r < k; r++) {
                running = Math.max(running, Math.min(1, (k - r) * raw[r]));
                out[idx[r]] = running;
            }
            break;
        }
        case 'bh': {
            let running = 1;
            for (let r = k - 1; r >= 0; r--) {
                // p·(k/j) rather than k·p/j: a factor ≥ 1 applied to p can only round to ≥ p, so p̃ ≥ p holds in floats too.
                running = Math.min(running, Math.min(1, raw[r] * (k / (r + 1))));
                out[idx[r]] = running;
            }
            break;
        }
        default:
            throw new RangeError(`adjustPValues: unknown method ${String(method)}; use holm, bonferroni, bh or none`);
    }
    return out;
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/paired-means.ts
function checkShapes({ statsA, statsB }) {
    const all = [...statsA, ...statsB];
    if (all.length === 0)
        throw new RangeError('pairedMeans: no statistics');
    const u = all[0].length;
    for (const s of all)
        if (s.length !== u)
            throw new RangeError(`pairedMeans: statistics of ${s.length} and ${u} units`);
    return u;
}
/**
 * B bootstrap replicates of Δ for each of `parts` (metrics on the same U units), from ONE stream of unit draws: every
 * part sees the same resampled units (paired across models and metrics), and a part's replicates do not depend on
 * which other parts are present. NaN where f or g is undefined on a replicate. Deterministic given `rng`'s seed.
 */
function pairedMeansBootstrap(parts, B, rng) {
    if (parts.length === 0)
        return [];
    const U = checkShapes(parts[0]);
    for (const p of parts)
        if (checkShapes(p) !== U)
            throw new RangeError('pairedMeansBootstrap: parts with different unit counts');
    const all = parts.flatMap((p) => [...p.statsA, ...p.statsB]);
    const d = all.length;
    // Statistics two by two, interleaved (x[2u], x[2u+1]): each drawn unit is one cache line, summed into two locals.
    const pairs = [];
    for (let j = 0; j < d; j += 2) {
        const x = new Float64Array(2 * U);
        const a = all[j];
        const b = all[j + 1];
        for (let u = 0; u < U; u++)
            x[2 * u] = a[u];
        if (b)
            for (let u = 0; u < U; u++)
                x[2 * u + 1] = b[u];
        pairs.push(x);
    }
    const sums = new Float64Array(d + 1);
    const views = [];
    let o = 0;
    for (const p of parts) {
        const a = sums.subarray(o, o + p.statsA.length);
        o += p.statsA.length;
        const b = sums.subarray(o, o + p.statsB.length);
        o += p.statsB.length;
        views.push({ a, b });
    }
    const out = parts.map(() => new Float64Array(B));
    const idx = new Uint32Array(U);
    for (let b = 0; b < B; b++) {
        rng.fillIndices(U, idx);
        // Σ_u c_u·x_u accumulated draw by draw: the same sums as counting first, without an O(U) counts pass.
        for (let p = 0; p < pairs.length; p++) {
            const x = pairs[p];
            let s0 = 0;
            let s1 = 0;
            for (let i = 0; i < U; i++) {
                const k = 2 * idx[i];
                s0 += x[k];
                s1 += x[k + 1];
            }
            sums[2 * p] = s0;
            sums[2 * p + 1] = s1;
        }
        for (let j = 0; j < d; j++)
            sums[j] /= U;
        for (let m = 0; m < parts.length; m++)
            out[m][b] = parts[m].fA(views[m].a) - parts[m].fB(views[m].b);
    }
    return out;
}
/** Δ at the sample means and its delta-method standard error (NaN when Δ is undefined there). */
function pairedMeansDelta(p) {
    const U = checkShapes(p);
    const dA = p.statsA.length;
    const all = [...p.statsA, ...p.statsB];
    const d = all.length;
    const mean = new Float64Array(d);
    const sd = new Float64Array(d);
    for (let j = 0; j < d; j++) {
        const s = all[j];
        let m = 0;
        for (let u = 0; u < U; u++)
            m += s[u];
        m /= U;
        let v = 0;
        for (let u = 0; u < U; u++)
            v += (s[u] - m) * (s[u] - m);
        mean[j] = m;
        sd[j] = Math.sqrt(v / Math.max(1, U - 1));
    }
    const h = (m) => p.fA(m.subarray(0, dA)) - p.fB(m.subarray(dA));
    const delta = h(mean);
    const grad = new Float64Array(d);
    const at = Float64Array.from(mean);
    for (let j = 0; j < d; j++) {
        const step = 1e-5 * (Math.abs(mean[j]) + sd[j]) || 1e-8;
        at[j] = mean[j] + step;
        const up = h(at);
        at[j] = mean[j] - step;
        const down = h(at);
        at[j] = mean[j];
        grad[j] = (up - down) / (2 * step);
    }
    let ss = 0;
    for (let u = 0; u < U; u++) {
        let psi = 0;
        for (let j = 0; j < d; j++)
            psi += grad[j] * (all[j][u] - mean[j]);
        ss += psi * psi;
    }
    return { delta, se: U > 1 ? Math.sqrt(ss / ((U - 1) * U)) : NaN };
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/index.ts
/** Statistics for the gate: distributions, DeLong, McNemar, bootstrap, multiple testing, seeded RNG. */














;// CONCATENATED MODULE: ../../packages/core/src/metrics/ranked.ts

/**
 * Shared `prepare` of the score-ordered binary metrics (auc, pr-auc): the stable ascending order of the slice's
 * scores (O(n) radix sort), its tie groups, and the labels copied into that order — so that each bootstrap
 * replicate is one sequential pass whose only random access is reading the replicate's weight of each row.
 */
function prepareScoreOrder(cols, rows) {
    const { order, tied } = argsortWithTies(cols.score, rows);
    const positive = new Uint8Array(order.length);
    for (let j = 0; j < order.length; j++)
        positive[j] = binaryLabel(cols.label, rows[order[j]]);
    return { order, tied, positive };
}
/** Internal: the prepared order, or a fresh one when none (or one for other rows) is given. */
function scoreOrder(cols, rows, prepared) {
    const p = prepared;
    if (p && p.positive instanceof Uint8Array && p.order.length === rows.length)
        return p;
    return prepareScoreOrder(cols, rows);
}
/** Internal: 1 for a positive label, 0 for a negative one; throws on anything else (files are validated upstream). */
function binaryLabel(label, r) {
    const y = label[r];
    if (y === 1)
        return 1;
    if (y === 0)
        return 0;
    throw new RangeError(`label at row ${r} is ${y}; binary metrics need 0 or 1`);
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/auc.ts

/**
 * ROC AUC as the Mann–Whitney statistic (Hanley & McNeil 1982): the probability that a random positive
 * scores above a random negative, ties counting ½ — equal to sklearn's `roc_auc_score` (trapezoidal ROC).
 *   AUC = Σ_groups w⁺_g·(W⁻_below + ½·w⁻_g) / (W⁺·W⁻)
 * over tie groups g in ascending score order, with (integer) weights w. Numerators are sums of halves of
 * integers, exact in doubles. NaN without both classes.
 */
function aucValue(cols, rows, prepared, weights) {
    const { order, tied, positive } = scoreOrder(cols, rows, prepared);
    const len = order.length;
    let negBelow = 0;
    let posTotal = 0;
    let twice = 0;
    let wp = 0;
    let wn = 0;
    for (let j = 0; j < len; j++) {
        const w = weights ? weights[order[j]] : 1;
        if (positive[j] === 1)
            wp += w;
        else
            wn += w;
        if (j + 1 === len || tied[j + 1] === 0) {
            // End of a tie group.
            twice += wp * (2 * negBelow + wn);
            negBelow += wn;
            posTotal += wp;
            wp = 0;
            wn = 0;
        }
    }
    if (posTotal === 0 || negBelow === 0)
        return NaN;
    return twice / (2 * posTotal * negBelow);
}
const auc = {
    name: 'auc',
    tasks: ['binary-classification'],
    direction: 'higher',
    family: 'auc',
    needsBothClasses: true,
    prepare: prepareScoreOrder,
    compute: aucValue,
};

;// CONCATENATED MODULE: ../../packages/core/src/metrics/average-precision.ts

/**
 * Average precision, sklearn's `average_precision_score` definition (step-wise, no interpolation):
 *   AP = Σ_k (R_k − R_{k−1})·P_k
 * over the distinct score thresholds in descending order, P_k = TP_k/(TP_k + FP_k), R_k = TP_k/P (Su et al.
 * 2015; scikit-learn docs "Precision-recall"). Rows with equal scores enter together (one threshold).
 * Weighted counts with bootstrap weights. NaN without positives.
 */
function averagePrecision(cols, rows, prepared, weights) {
    const { order, tied, positive } = scoreOrder(cols, rows, prepared);
    let tp = 0;
    let fp = 0;
    let sum = 0;
    let wp = 0;
    let wn = 0;
    // From the top score down; a tie group ends where tied[j] = 0 (its lowest member).
    for (let j = order.length - 1; j >= 0; j--) {
        const w = weights ? weights[order[j]] : 1;
        if (positive[j] === 1)
            wp += w;
        else
            wn += w;
        if (tied[j] === 0) {
            tp += wp;
            fp += wn;
            if (wp > 0)
                sum += (wp * tp) / (tp + fp);
            wp = 0;
            wn = 0;
        }
    }
    return tp === 0 ? NaN : sum / tp;
}
const prAuc = {
    name: 'pr-auc',
    tasks: ['binary-classification'],
    direction: 'higher',
    family: 'resample',
    needsBothClasses: true,
    prepare: prepareScoreOrder,
    compute: averagePrecision,
};

;// CONCATENATED MODULE: ../../packages/core/src/metrics/confusion.ts
/**
 * Confusion counts: a row is predicted positive when score ≥ threshold (STATS.md report conventions);
 * labels must be 0 or 1. `rows` selects a slice; `weights[i]` multiplies row rows[i] (bootstrap replicate).
 * One pass over typed arrays, no per-row objects.
 */
function confusionCounts(labels, scores, threshold, rows, weights) {
    const len = rows ? rows.length : labels.length;
    // Index 2·label + predicted: [tn, fp, fn, tp].
    const c = [0, 0, 0, 0];
    for (let i = 0; i < len; i++) {
        const r = rows ? rows[i] : i;
        const y = labels[r];
        if (y !== 0 && y !== 1)
            throw new RangeError(`label at row ${r} is ${y}; binary metrics need 0 or 1`);
        c[2 * y + (scores[r] >= threshold ? 1 : 0)] += weights ? weights[i] : 1;
    }
    return { tp: c[3], fp: c[1], tn: c[0], fn: c[2] };
}
/**
 * The 8-cell paired table of two models on the same rows: cell index = label·4 + predA·2 + predB, with
 * pred = score ≥ threshold. Count metrics of both models and McNemar's discordant pairs are functions of
 * it, and a Multinomial(n; cells/n) draw has exactly the distribution of the row-bootstrap cells
 * (STATS.md "Methods"), so a replicate costs O(1) instead of O(n).
 */
function pairedCells(labels, scoresA, scoresB, threshold, rows) {
    const cells = new Float64Array(8);
    const len = rows ? rows.length : labels.length;
    for (let i = 0; i < len; i++) {
        const r = rows ? rows[i] : i;
        const y = labels[r];
        if (y !== 0 && y !== 1)
            throw new RangeError(`label at row ${r} is ${y}; binary metrics need 0 or 1`);
        cells[4 * y + (scoresA[r] >= threshold ? 2 : 0) + (scoresB[r] >= threshold ? 1 : 0)]++;
    }
    return cells;
}
/** Confusion counts of model A (model 0) or B (model 1) from the 8 paired cells (or a multinomial draw of them). */
function countsFromCells(cells, model) {
    if (model === 0) {
        // predA is bit 2 of the cell index.
        return { tp: cells[6] + cells[7], fn: cells[4] + cells[5], fp: cells[2] + cells[3], tn: cells[0] + cells[1] };
    }
    // predB is bit 1.
    return { tp: cells[5] + cells[7], fn: cells[4] + cells[6], fp: cells[1] + cells[3], tn: cells[0] + cells[2] };
}
/**
 * McNemar's discordant counts from the paired cells: b = A right and B wrong (label 1: A+ B−, label 0: A− B+),
 * c = the reverse. Feed to stats `mcnemarExact(b, c)`.
 */
function discordantFromCells(cells) {
    return { b: cells[6] + cells[1], c: cells[5] + cells[2] };
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/count-metrics.ts

/**
 * Threshold metrics of one model, functions of the confusion counts (a row is predicted positive when
 * score ≥ threshold). Each is NaN where its denominator is 0 (sklearn's `zero_division` would report 0 or
 * warn; the gate calls such a slice insufficient rather than invent a value):
 *   accuracy       (tp + tn) / n
 *   precision      tp / (tp + fp)
 *   recall (TPR)   tp / (tp + fn)
 *   f1             2·tp / (2·tp + fp + fn)   (= harmonic mean of precision and recall; defined when either is)
 *   fpr            fp / (fp + tn)
 *   selection-rate (tp + fp) / n             (share predicted positive; Fairlearn's selection_rate)
 */
function ratio(num, den) {
    return den === 0 ? NaN : num / den;
}
function countMetric(name, direction, needsBothClasses, fromCounts) {
    return {
        name,
        tasks: ['binary-classification'],
        direction,
        family: 'count',
        needsBothClasses,
        probability: true,
        fromCounts,
        compute(cols, rows, _prepared, weights) {
            const c = confusionCounts(cols.label, cols.score, cols.threshold, rows, weights);
            return fromCounts(c.tp, c.fp, c.tn, c.fn);
        },
    };
}
const accuracy = countMetric('accuracy', 'higher', false, (tp, fp, tn, fn) => ratio(tp + tn, tp + fp + tn + fn));
const precision = countMetric('precision', 'higher', false, (tp, fp) => ratio(tp, tp + fp));
const recall = countMetric('recall', 'higher', true, (tp, _fp, _tn, fn) => ratio(tp, tp + fn));
const f1 = countMetric('f1', 'higher', true, (tp, fp, _tn, fn) => ratio(2 * tp, 2 * tp + fp + fn));
const fpr = countMetric('fpr', 'lower', true, (_tp, fp, tn) => ratio(fp, fp + tn));
/** Descriptive rather than better-when-higher: gate it with `min`/`max` bounds or through fairness checks. */
const selectionRate = countMetric('selection-rate', 'higher', false, (tp, fp, tn, fn) => ratio(tp + fp, tp + fp + tn + fn));

;// CONCATENATED MODULE: ../../packages/core/src/metrics/multiclass.ts
/**
 * Multiclass metrics over ONE class list: the K classes of the policy's `columns.scores`, for both models, every
 * slice and every bootstrap replicate — so a model is never judged on a different set of classes than the other.
 */
/** Internal: the predicted class of row r = argmax over classes (the first class on ties, like numpy's argmax). */
function argmaxRow(scores2d, r) {
    let best = 0;
    let bestScore = scores2d[0][r];
    for (let c = 1; c < scores2d.length; c++) {
        const s = scores2d[c][r];
        if (s > bestScore) {
            best = c;
            bestScore = s;
        }
    }
    return best;
}
function classScores(cols) {
    const s = cols.scores2d;
    if (!s || s.length < 2)
        throw new RangeError('multiclass metrics need cols.scores2d with one score array per class (≥ 2)');
    return s;
}
function classOf(label, r, k) {
    const y = label[r];
    if (!Number.isInteger(y) || y < 0 || y >= k)
        throw new RangeError(`label at row ${r} is ${y}; expected a class index 0..${k - 1}`);
    return y;
}
/** Predicted class (argmax, first class on ties) of each of `rows`: one pass over the K score columns. */
function predictedClasses(scores2d, rows) {
    const n = rows.length;
    const pred = new Uint32Array(n);
    const best = new Float64Array(n);
    const s0 = scores2d[0];
    for (let i = 0; i < n; i++)
        best[i] = s0[rows[i]];
    // Column at a time (monomorphic loops over typed arrays); strict > keeps the first class on ties.
    for (let c = 1; c < scores2d.length; c++) {
        const s = scores2d[c];
        for (let i = 0; i < n; i++) {
            const x = s[rows[i]];
            if (x > best[i]) {
                best[i] = x;
                pred[i] = c;
            }
        }
    }
    return pred;
}
/** K×K confusion matrix conf[true·K + predicted] of `rows` (weighted by `weights` when given). */
function confusion(cols, rows, weights) {
    const s = classScores(cols);
    const k = s.length;
    const conf = new Float64Array(k * k);
    for (let i = 0; i < rows.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        const r = rows[i];
        conf[classOf(cols.label, r, k) * k + argmaxRow(s, r)] += w;
    }
    return { conf, k };
}
/** Accuracy from a confusion matrix: trace / total; NaN when empty. */
function accuracyFromConfusion(conf, k) {
    let hit = 0;
    let total = 0;
    for (let t = 0; t < k; t++) {
        for (let p = 0; p < k; p++)
            total += conf[t * k + p];
        hit += conf[t * k + t];
    }
    return total === 0 ? NaN : hit / total;
}
/**
 * Macro F1 from a confusion matrix: the mean over ALL K classes of F1_c = 2·tp_c / (2·tp_c + fp_c + fn_c), where a
 * class with no true rows and no predictions (tp = fp = fn = 0) counts F1 = 0 — sklearn's
 * `f1_score(y, pred, labels=range(K), average='macro', zero_division=0)` (its default for 0/0 too). Such a class
 * lowers both models' value by the same 1/K and leaves Δ unchanged. NaN when empty.
 */
function macroF1FromConfusion(conf, k) {
    let sum = 0;
    let total = 0;
    for (let c = 0; c < k; c++) {
        let rowSum = 0; // tp + fn
        let colSum = 0; // tp + fp
        for (let j = 0; j < k; j++) {
            rowSum += conf[c * k + j];
            colSum += conf[j * k + c];
        }
        total += rowSum;
        const tp = conf[c * k + c];
        const den = rowSum + colSum; // 2·tp + fp + fn
        if (den > 0)
            sum += (2 * tp) / den;
    }
    return total === 0 ? NaN : sum / k;
}
/** Multiclass accuracy: share of rows whose argmax class equals the label (sklearn `accuracy_score`). */
function multiclassAccuracy(cols, rows, _prepared, weights) {
    const { conf, k } = confusion(cols, rows, weights);
    return accuracyFromConfusion(conf, k);
}
/** Macro-averaged F1 over the K classes of `cols.scores2d` (see {@link macroF1FromConfusion}). NaN for an empty slice. */
function macroF1(cols, rows, _prepared, weights) {
    const { conf, k } = confusion(cols, rows, weights);
    return macroF1FromConfusion(conf, k);
}
function pairedClassCells(label, scoresA, scoresB, rows) {
    const k = scoresA.length;
    if (scoresB.length !== k)
        throw new RangeError(`pairedClassCells: ${k} candidate classes but ${scoresB.length} baseline classes`);
    const pa = predictedClasses(scoresA, rows);
    const pb = predictedClasses(scoresB, rows);
    const counts = new Map();
    const dense = k * k * k <= 1 << 20 ? new Float64Array(k * k * k) : undefined;
    for (let i = 0; i < rows.length; i++) {
        const code = (classOf(label, rows[i], k) * k + pa[i]) * k + pb[i];
        if (dense)
            dense[code]++;
        else
            counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const codes = [];
    if (dense) {
        for (let c = 0; c < dense.length; c++)
            if (dense[c] > 0)
                codes.push(c);
    }
    else {
        codes.push(...counts.keys());
        codes.sort((x, y) => x - y);
    }
    const m = codes.length;
    const out = { k, label: new Uint32Array(m), predA: new Uint32Array(m), predB: new Uint32Array(m), count: new Float64Array(m) };
    codes.forEach((code, j) => {
        out.label[j] = Math.floor(code / (k * k));
        out.predA[j] = Math.floor(code / k) % k;
        out.predB[j] = code % k;
        out.count[j] = dense ? dense[code] : counts.get(code);
    });
    return out;
}
const multiclassAccuracyMetric = {
    name: 'accuracy',
    tasks: ['multiclass'],
    direction: 'higher',
    family: 'resample',
    compute: multiclassAccuracy,
    fromConfusion: accuracyFromConfusion,
};
const macroF1Metric = {
    name: 'macro-f1',
    tasks: ['multiclass'],
    direction: 'higher',
    family: 'resample',
    compute: macroF1,
    fromConfusion: macroF1FromConfusion,
};

;// CONCATENATED MODULE: ../../packages/core/src/metrics/mean-metric.ts
/**
 * Weighted mean of a per-row loss over the rows of a slice: Σ wᵢ·ℓ(yᵢ, sᵢ) / Σ wᵢ (plain mean without weights).
 * NaN for an empty slice or when any row's loss is NaN (e.g. mape at label 0).
 */
function meanOfRows(perRow, cols, rows, weights) {
    const { label, score } = cols;
    let sum = 0;
    let wsum = 0;
    if (weights) {
        for (let i = 0; i < rows.length; i++) {
            const w = weights[i];
            if (w === 0)
                continue;
            const r = rows[i];
            sum += w * perRow(label[r], score[r]);
            wsum += w;
        }
    }
    else {
        for (let i = 0; i < rows.length; i++) {
            const r = rows[i];
            sum += perRow(label[r], score[r]);
        }
        wsum = rows.length;
    }
    return wsum === 0 ? NaN : sum / wsum;
}
/** A 'mean'-family metric: the gate can test it on paired per-row differences perRow(y, a) − perRow(y, b). */
function meanMetric(name, tasks, direction, perRow, probability = false) {
    return {
        name,
        tasks,
        direction,
        family: 'mean',
        probability,
        perRow,
        compute: (cols, rows, _prepared, weights) => meanOfRows(perRow, cols, rows, weights),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/probability-metrics.ts


/** Scores are clipped to [ε, 1 − ε] before the log, as sklearn's `log_loss` (ε = 1e−15 up to sklearn 1.2). */
const LOG_LOSS_EPS = 1e-15;
/**
 * Log-loss (binary cross-entropy) of one row: −ln p for a positive, −ln(1 − p) for a negative, with
 * p = clip(score, ε, 1 − ε), ε = 1e−15 (sklearn `log_loss` ≤ 1.2; sklearn ≥ 1.5 clips at float64 machine ε,
 * which only differs for scores within 1e−15 of 0 or 1). NaN for a label other than 0/1.
 */
function logLossRow(label, score) {
    const p = score < LOG_LOSS_EPS ? LOG_LOSS_EPS : score > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : score;
    return label === 1 ? -Math.log(p) : label === 0 ? -Math.log(1 - p) : NaN;
}
/** Brier score of one row: (score − label)² (Brier 1950; sklearn `brier_score_loss`). */
function brierRow(label, score) {
    const d = score - label;
    return d * d;
}
const logLoss = meanMetric('log-loss', ['binary-classification'], 'lower', logLossRow, true);
const brier = meanMetric('brier', ['binary-classification'], 'lower', brierRow, true);
/** Number of equal-width bins of {@link expectedCalibrationError}. */
const ECE_BINS = 10;
/**
 * Expected calibration error with 10 equal-width bins over [0, 1] (Naeini, Cooper & Hauskrecht 2015;
 * Guo et al. 2017), in its positive-class form:
 *   ECE = Σ_b (n_b / N)·|mean(label)_b − mean(score)_b|
 * A row falls in bin b = min(⌊10·score⌋, 9), so bins are [b/10, (b+1)/10) and the last one includes 1.
 * This is the calibration of the positive-class probability (a reliability diagram's gaps), not the
 * "confidence = max(p, 1 − p)" variant of Guo et al. for multiclass. Weighted by bootstrap weights. NaN when empty.
 */
function expectedCalibrationError(cols, rows, _prepared, weights) {
    const { label, score } = cols;
    const count = new Float64Array(ECE_BINS);
    const sumY = new Float64Array(ECE_BINS);
    const sumS = new Float64Array(ECE_BINS);
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        const r = rows[i];
        const s = score[r];
        let b = Math.floor(s * ECE_BINS);
        if (b >= ECE_BINS)
            b = ECE_BINS - 1;
        else if (b < 0)
            b = 0;
        count[b] += w;
        sumY[b] += w * binaryLabel(label, r);
        sumS[b] += w * s;
        total += w;
    }
    if (total === 0)
        return NaN;
    let ece = 0;
    for (let b = 0; b < ECE_BINS; b++) {
        if (count[b] > 0)
            ece += (count[b] / total) * Math.abs(sumY[b] / count[b] - sumS[b] / count[b]);
    }
    return ece;
}
const ece = {
    name: 'ece',
    tasks: ['binary-classification'],
    direction: 'lower',
    family: 'resample',
    probability: true,
    compute: expectedCalibrationError,
};

;// CONCATENATED MODULE: ../../packages/core/src/metrics/ranking.ts

// One grouping per (rows, score, query) triple: ndcg@k, mrr and map on the same slice share the two sorts.
const groupCache = new WeakMap();
/** Groups the rows of a slice by query, each query's rows ranked by score (a radix sort by score, a counting sort by query). */
function queryGroups(cols, rows) {
    const query = cols.query;
    if (!query)
        throw new RangeError('ranking metrics need cols.query (one query code per row)');
    let byScore = groupCache.get(rows);
    const hit = byScore?.get(cols.score);
    if (hit && hit.query === query)
        return hit.groups;
    const len = rows.length;
    // Descending score, stable: ascending sort of −score keeps position order within ties.
    const neg = new Float64Array(len);
    for (let k = 0; k < len; k++)
        neg[k] = -cols.score[rows[k]];
    const byRank = argsortWithTies(neg).order;
    let min = 0;
    let max = -1;
    for (let k = 0; k < len; k++) {
        const q = query[rows[k]];
        if (k === 0 || q < min)
            min = q;
        if (k === 0 || q > max)
            max = q;
    }
    let groups;
    const span = max - min + 1;
    if (span <= 4 * len + 1024) {
        // Query codes are small integers (dictionary codes): a stable counting sort of the rank order, O(n + span).
        const next = new Uint32Array(span + 1);
        for (let j = 0; j < len; j++)
            next[query[rows[byRank[j]]] - min + 1]++;
        let nq = 0;
        for (let c = 1; c <= span; c++)
            if (next[c] > 0)
                nq++;
        const start = new Uint32Array(nq + 1);
        for (let c = 0, q = 0; c < span; c++) {
            if (next[c + 1] > 0)
                start[q++] = next[c];
            next[c + 1] += next[c];
        }
        start[nq] = len;
        const order = new Uint32Array(len);
        for (let j = 0; j < len; j++) {
            const k = byRank[j];
            order[next[query[rows[k]] - min]++] = k;
        }
        groups = { order, start };
    }
    else {
        const codes = new Float64Array(len);
        for (let j = 0; j < len; j++)
            codes[j] = query[rows[byRank[j]]];
        const perm = argsortFloat64(codes); // stable: keeps the rank order inside each query
        const order = new Uint32Array(len);
        for (let j = 0; j < len; j++)
            order[j] = byRank[perm[j]];
        const starts = [];
        for (let j = 0; j < len; j++)
            if (j === 0 || codes[perm[j]] !== codes[perm[j - 1]])
                starts.push(j);
        starts.push(len);
        groups = { order, start: Uint32Array.from(starts) };
    }
    if (!byScore) {
        byScore = new WeakMap();
        groupCache.set(rows, byScore);
    }
    byScore.set(cols.score, { query, groups });
    return groups;
}
/** Number of distinct queries among `rows` (min-support for ranking counts queries: they are the resampled units). */
function queryCount(query, rows) {
    let max = 0;
    let min = 0;
    for (let k = 0; k < rows.length; k++) {
        const q = query[rows[k]];
        if (q > max)
            max = q;
        if (q < min)
            min = q;
    }
    const seen = new Uint8Array(max - min + 1);
    let count = 0;
    for (let k = 0; k < rows.length; k++) {
        const i = query[rows[k]] - min;
        if (!seen[i]) {
            seen[i] = 1;
            count++;
        }
    }
    return count;
}
// 0..n−1, shared by every ranking metric so the grouping cache (keyed by the rows array) sorts all rows once.
let allRows = new Uint32Array(0);
function identityRows(n) {
    if (allRows.length !== n) {
        allRows = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            allRows[i] = i;
    }
    return allRows;
}
/** Scratch buffers (resized as needed). */
let relScratch = new Float64Array(256);
let tieScratch = new Uint32Array(256);
let idealScratch = new Float64Array(256);
function descending(a, b) {
    return b - a;
}
function rankingMetric(name, perQuery) {
    const prepareSorted = (cols, rows) => {
        const { order, start } = queryGroups(cols, rows);
        const nq = start.length - 1;
        const values = new Float64Array(nq);
        const queryOf = new Uint32Array(rows.length);
        const score = cols.score;
        for (let q = 0; q < nq; q++) {
            const s = start[q];
            const len = start[q + 1] - s;
            if (relScratch.length < len) {
                relScratch = new Float64Array(Math.max(len, 2 * relScratch.length));
                tieScratch = new Uint32Array(relScratch.length);
            }
            for (let j = 0; j < len; j++) {
                const k = order[s + j];
                const r = rows[k];
                const rel = cols.label[r];
                if (!(rel >= 0) || rel === Infinity)
                    throw new RangeError(`relevance at row ${r} is ${rel}; expected a finite number ≥ 0`);
                relScratch[j] = rel;
                queryOf[k] = q;
            }
            // Tie groups: runs of equal score (rank order is descending score, so equal scores are adjacent).
            let g = 0;
            for (let j = 1; j <= len; j++) {
                if (j === len || score[rows[order[s + j]]] !== score[rows[order[s + g]]]) {
                    if (j - g > 1)
                        relScratch.subarray(g, j).sort(descending);
                    for (let i = g; i < j; i++)
                        tieScratch[i] = j;
                    g = j;
                }
            }
            values[q] = perQuery(relScratch, tieScratch, len);
        }
        return { perQuery: values, queryOf };
    };
    // Per-query values over ALL rows of the columns, by query code, computed once per (metric, columns). A query's value
    // depends only on its own rows, so a slice made of whole queries (the gate's slices are: gate/data.ts checks it)
    // takes its values from here — the same numbers, in the same ascending-code order, without sorting again.
    const fullCache = new WeakMap();
    const full = (cols, query) => {
        const hit = fullCache.get(cols.score);
        if (hit && hit.label === cols.label && hit.query === query)
            return hit;
        const n = query.length;
        const all = identityRows(n);
        const { perQuery: values } = prepareSorted(cols, all);
        const { order, start } = queryGroups(cols, all);
        let min = 0;
        let max = -1;
        for (let i = 0; i < n; i++) {
            const c = query[i];
            if (i === 0 || c < min)
                min = c;
            if (i === 0 || c > max)
                max = c;
        }
        const value = new Float64Array(max - min + 1);
        const count = new Uint32Array(max - min + 1);
        for (let q = 0; q + 1 < start.length; q++) {
            const c = query[order[start[q]]] - min;
            value[c] = values[q];
            count[c] = start[q + 1] - start[q];
        }
        const f = { label: cols.label, query, min, value, count };
        fullCache.set(cols.score, f);
        return f;
    };
    const prepare = (cols, rows) => {
        const query = cols.query;
        if (!query)
            throw new RangeError('ranking metrics need cols.query (one query code per row)');
        const f = full(cols, query);
        const span = f.value.length;
        const inSlice = new Uint32Array(span);
        for (let k = 0; k < rows.length; k++)
            inSlice[query[rows[k]] - f.min]++;
        const index = new Uint32Array(span);
        let nq = 0;
        for (let c = 0; c < span; c++) {
            if (inSlice[c] === 0)
                continue;
            if (inSlice[c] !== f.count[c])
                return prepareSorted(cols, rows); // part of a query: rank what is there
            index[c] = nq++;
        }
        const values = new Float64Array(nq);
        for (let c = 0; c < span; c++)
            if (inSlice[c] > 0)
                values[index[c]] = f.value[c];
        const queryOf = new Uint32Array(rows.length);
        for (let k = 0; k < rows.length; k++)
            queryOf[k] = index[query[rows[k]] - f.min];
        return { perQuery: values, queryOf };
    };
    const prepared = (cols, rows, p) => {
        const r = p;
        return r && r.queryOf.length === rows.length ? r : prepare(cols, rows);
    };
    return {
        name,
        tasks: ['ranking'],
        direction: 'higher',
        family: 'resample',
        resampleUnit: 'query',
        prepare,
        /**
         * Mean over queries of the per-query value. Weights are per row like every metric's, but a replicate must
         * resample whole queries (the cluster bootstrap): all rows of a query carry the query's weight.
         */
        compute(cols, rows, p, weights) {
            const { perQuery: values, queryOf } = prepared(cols, rows, p);
            const nq = values.length;
            if (!weights) {
                let sum = 0;
                for (let q = 0; q < nq; q++)
                    sum += values[q];
                return nq === 0 ? NaN : sum / nq;
            }
            if (weights.length !== rows.length)
                throw new RangeError(`${name}: ${weights.length} weights for ${rows.length} rows`);
            const qw = new Float64Array(nq).fill(-1);
            for (let k = 0; k < rows.length; k++) {
                const q = queryOf[k];
                const w = weights[k];
                if (qw[q] < 0)
                    qw[q] = w;
                else if (qw[q] !== w) {
                    throw new RangeError(`${name}: rows of one query have different bootstrap weights; resample whole queries`);
                }
            }
            let sum = 0;
            let wsum = 0;
            for (let q = 0; q < nq; q++) {
                sum += qw[q] * values[q];
                wsum += qw[q];
            }
            return wsum === 0 ? NaN : sum / wsum;
        },
        // The query bootstrap resamples these per-query values (queries in ascending code order, the same for both models).
        unitStats: (cols, rows, p) => [prepared(cols, rows, p).perQuery],
        fromMeans: (means) => means[0],
        unitTest: 'bootstrap',
        meanOfUnits: true,
    };
}
/** log₂(i + 2): the DCG discount of 0-based position i. */
function discount(i) {
    return Math.log2(i + 2);
}
/**
 * NDCG@k of one query (Järvelin & Kekäläinen 2002, with the exponential gain of Burges et al. 2005):
 *   DCG@k = Σ_{i=1..min(k, L)} (2^{rel_i} − 1) / log₂(i + 1),  NDCG@k = DCG@k / IDCG@k
 * rel in rank order, IDCG the DCG of the relevances sorted descending. Tied scores: the expected DCG over every
 * order of each tie group, i.e. each position of the group gets the group's mean gain (McSherry & Najork 2008,
 * "Computing information retrieval performance measures efficiently in the presence of tied scores"; sklearn's
 * `ndcg_score` with ignore_ties=False). A query without relevant items (IDCG = 0) scores 0, as in `ndcg_score`.
 * sklearn's gain is linear (y_true itself): pass 2**rel − 1 as y_true to reproduce these values.
 */
function ndcgAtK(rel, tieEnd, len, k) {
    const top = Math.min(k, len);
    let dcg = 0;
    for (let g = 0; g < top;) {
        const end = tieEnd[g];
        let gain = 0;
        for (let i = g; i < end; i++)
            gain += Math.pow(2, rel[i]) - 1;
        let disc = 0;
        for (let i = g; i < Math.min(end, top); i++)
            disc += 1 / discount(i);
        dcg += (gain / (end - g)) * disc;
        g = end;
    }
    if (idealScratch.length < len)
        idealScratch = new Float64Array(Math.max(len, 2 * idealScratch.length));
    const ideal = idealScratch.subarray(0, len);
    ideal.set(rel.subarray(0, len));
    ideal.sort(); // ascending (a typed-array sort without comparator is fast): read it from the end
    let idcg = 0;
    for (let i = 0; i < top; i++)
        idcg += (Math.pow(2, ideal[len - 1 - i]) - 1) / discount(i);
    return idcg > 0 ? dcg / idcg : 0;
}
/**
 * Reciprocal rank of one query: 1 / rank of the first item with rel > 0; 0 when there is none (Voorhees 1999).
 * Tied scores: the expectation over orders of the first tie group holding a relevant item. With s items ranked
 * before that group of m items, r of them relevant, the first relevant one lands at s + X where
 * P(X = 1) = r/m and P(X = j + 1) = P(X = j)·(m − j − r + 1)/(m − j).
 */
function reciprocalRank(rel, tieEnd, len) {
    for (let g = 0; g < len;) {
        const end = tieEnd[g];
        let r = 0;
        for (let i = g; i < end; i++)
            if (rel[i] > 0)
                r++;
        if (r > 0) {
            const m = end - g;
            let p = r / m;
            let e = 0;
            for (let j = 1; j <= m - r + 1; j++) {
                e += p / (g + j);
                p *= (m - j - r + 1) / (m - j);
            }
            return e;
        }
        g = end;
    }
    return 0;
}
/**
 * Average precision of one query (binary relevance rel > 0): Σ_{i relevant} precision@i / #relevant; 0 when the
 * query has no relevant item (trec_eval's convention). MAP is its mean over queries. Tied scores: the expectation
 * over orders of each tie group. For a group after s items (h relevant among them) with m items, r relevant, a
 * relevant item sits at group position j with probability r/m and then has on average (j − 1)(r − 1)/(m − 1)
 * relevant items before it inside the group, so the group adds Σ_{j=1..m} (r/m)·(h + 1 + (j−1)(r−1)/(m−1))/(s + j).
 */
function queryAveragePrecision(rel, tieEnd, len) {
    let hits = 0;
    let sum = 0;
    for (let g = 0; g < len;) {
        const end = tieEnd[g];
        const m = end - g;
        let r = 0;
        for (let i = g; i < end; i++)
            if (rel[i] > 0)
                r++;
        if (r > 0) {
            if (m === 1)
                sum += (hits + 1) / (g + 1);
            else
                for (let j = 1; j <= m; j++)
                    sum += ((r / m) * (hits + 1 + ((j - 1) * (r - 1)) / (m - 1))) / (g + j);
            hits += r;
        }
        g = end;
    }
    return hits === 0 ? 0 : sum / hits;
}
const ndcgCache = new Map();
/** The `ndcg@k` metric (k = Infinity: `ndcg`, all positions). */
function ndcgMetric(k = Infinity) {
    let def = ndcgCache.get(k);
    if (!def) {
        def = rankingMetric(k === Infinity ? 'ndcg' : `ndcg@${k}`, (rel, tieEnd, len) => ndcgAtK(rel, tieEnd, len, k));
        ndcgCache.set(k, def);
    }
    return def;
}
const mrr = rankingMetric('mrr', reciprocalRank);
const map = rankingMetric('map', queryAveragePrecision);

;// CONCATENATED MODULE: ../../packages/core/src/metrics/regression.ts

/** Absolute error |y − ŷ| (mean: MAE, sklearn `mean_absolute_error`). */
function absoluteErrorRow(label, score) {
    return Math.abs(label - score);
}
/** Squared error (y − ŷ)² (mean: MSE, sklearn `mean_squared_error`). */
function squaredErrorRow(label, score) {
    const d = label - score;
    return d * d;
}
/**
 * Absolute percentage error |y − ŷ| / |y| (mean: MAPE, as a fraction like sklearn's
 * `mean_absolute_percentage_error`, not ×100). Undefined for y = 0: returns NaN, so the mean over a slice
 * containing such a row is NaN — the gate reports those rows as an error (sklearn would divide by machine ε
 * and return an enormous number instead).
 */
function absolutePercentageErrorRow(label, score) {
    return label === 0 ? NaN : Math.abs(label - score) / Math.abs(label);
}
const mae = meanMetric('mae', ['regression'], 'lower', absoluteErrorRow);
const mse = meanMetric('mse', ['regression'], 'lower', squaredErrorRow);
const mape = meanMetric('mape', ['regression'], 'lower', absolutePercentageErrorRow);
/** RMSE = √MSE (not a mean of rows, hence family 'resample'). */
const rmse = {
    name: 'rmse',
    tasks: ['regression'],
    direction: 'lower',
    family: 'resample',
    compute: (cols, rows, _prepared, weights) => Math.sqrt(meanOfRows(squaredErrorRow, cols, rows, weights)),
    // RMSE = √mean(e²): a smooth function of one per-row mean, judged by the delta method (or the row bootstrap of
    // those per-row values below 1,000 rows).
    unitStats: (cols, rows) => [squaredErrors(cols, rows)],
    fromMeans: (m) => Math.sqrt(m[0]),
    unitTest: 'delta',
};
function squaredErrors(cols, rows) {
    const { label, score } = cols;
    const out = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) {
        const d = label[rows[k]] - score[rows[k]];
        out[k] = d * d;
    }
    return out;
}
/**
 * Coefficient of determination R² = 1 − SS_res/SS_tot, SS_res = Σ w(y − ŷ)², SS_tot = Σ w(y − ȳ)² with the
 * weighted mean ȳ (sklearn `r2_score`). Two passes for accuracy. NaN when SS_tot = 0 (constant labels; sklearn
 * reports 1 or 0 there by its `force_finite`).
 */
function rSquared(cols, rows, _prepared, weights) {
    const { label, score } = cols;
    let wsum = 0;
    let ysum = 0;
    for (let i = 0; i < rows.length; i++) {
        const w = weights ? weights[i] : 1;
        wsum += w;
        ysum += w * label[rows[i]];
    }
    if (wsum === 0)
        return NaN;
    const mean = ysum / wsum;
    let ssRes = 0;
    let ssTot = 0;
    for (let i = 0; i < rows.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        const r = rows[i];
        const y = label[r];
        const e = y - score[r];
        const t = y - mean;
        ssRes += w * e * e;
        ssTot += w * t * t;
    }
    return ssTot === 0 ? NaN : 1 - ssRes / ssTot;
}
const r2 = {
    name: 'r2',
    tasks: ['regression'],
    direction: 'higher',
    family: 'resample',
    compute: rSquared,
    /**
     * R² = 1 − mean(e²) / (mean(t²) − mean(t)²) with t = y − ȳ centred once on the slice mean (so the variance term
     * does not cancel catastrophically): a smooth function of three per-row means, for the delta method / bootstrap.
     */
    unitStats: (cols, rows) => {
        const { label } = cols;
        let ysum = 0;
        for (let k = 0; k < rows.length; k++)
            ysum += label[rows[k]];
        const mean = ysum / rows.length;
        const t = new Float64Array(rows.length);
        const t2 = new Float64Array(rows.length);
        for (let k = 0; k < rows.length; k++) {
            const x = label[rows[k]] - mean;
            t[k] = x;
            t2[k] = x * x;
        }
        return [squaredErrors(cols, rows), t, t2];
    },
    fromMeans: (m) => {
        const ssTot = m[2] - m[1] * m[1];
        return ssTot > 0 ? 1 - m[0] / ssTot : NaN;
    },
    unitTest: 'delta',
};

;// CONCATENATED MODULE: ../../packages/core/src/metrics/registry.ts








/**
 * Every metric a policy can name, by name. `ndcg@k` (any k ≥ 1) is resolved by {@link getMetric}; `ndcg` here is
 * NDCG over all positions. Multiclass `accuracy` (argmax) shares its name with the binary one and is found
 * through `getMetric('accuracy', 'multiclass')`.
 */
const METRICS = Object.fromEntries([
    auc, prAuc, accuracy, precision, recall, f1, fpr, selectionRate, logLoss, brier, ece,
    mae, mse, rmse, r2, mape,
    macroF1Metric,
    ndcgMetric(), mrr, map,
].map((m) => [m.name, m]));
/** Metrics that exist under another task's name: looked up by task first. */
const BY_TASK = {
    multiclass: { accuracy: multiclassAccuracyMetric },
};
/** Names a policy may use for a task (or all), for error messages and docs. */
function metricNames(task) {
    const names = new Set();
    for (const m of Object.values(METRICS))
        if (!task || m.tasks.includes(task))
            names.add(m.name);
    for (const [t, defs] of Object.entries(BY_TASK))
        if (!task || t === task)
            for (const n of Object.keys(defs))
                names.add(n);
    if (!task || task === 'ranking')
        names.add('ndcg@k');
    return [...names].sort();
}
/**
 * The metric named `name` (case-insensitive, surrounding spaces ignored), for `task` when given. `ndcg@10`
 * style names give NDCG cut at k. Unknown names, and names that do not apply to the task, are a UserError
 * listing the known names.
 */
function getMetric(name, task) {
    const key = name.trim().toLowerCase();
    let def = (task && BY_TASK[task]?.[key]) || METRICS[key];
    const at = /^ndcg@(\d+)$/.exec(key);
    if (!def && at) {
        const k = Number(at[1]);
        if (!(k >= 1 && Number.isSafeInteger(k)))
            throw new errors/* UserError */.y(`Metric "${name}": the cut-off k in ndcg@k must be a whole number ≥ 1.`);
        def = ndcgMetric(k);
    }
    if (!def) {
        throw new errors/* UserError */.y(`Unknown metric "${name}"${task ? ` for task ${task}` : ''}. Known metrics: ${metricNames(task).join(', ')}.`);
    }
    if (task && !def.tasks.includes(task)) {
        throw new errors/* UserError */.y(`Metric "${name}" does not apply to task ${task} (it is for ${def.tasks.join(', ')}). Metrics for ${task}: ${metricNames(task).join(', ')}.`);
    }
    return def;
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/index.ts













;// CONCATENATED MODULE: ../../packages/core/src/gate/slices.ts
const MISSING = '(missing)';
function compareValues(a, b) {
    const na = Number(a), nb = Number(b);
    if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb))
        return na - nb;
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Group rows by the value combination of `columns` with a counting sort over the combined code (O(n), two passes),
 * so a million rows and a dozen slices cost a few milliseconds. Groups come out sorted by value (numbers numerically),
 * column by column, so the report order is stable.
 */
function sliceBy(data, columns) {
    const cols = columns.map((c) => data.sliceColumns.get(c));
    // Value order per column: sorted dictionary, missing last.
    const rank = cols.map((c) => {
        const order = c.dictionary.map((_, i) => i).sort((x, y) => compareValues(c.dictionary[x], c.dictionary[y]));
        const r = new Int32Array(c.dictionary.length);
        order.forEach((code, pos) => (r[code] = pos));
        return r;
    });
    const card = cols.map((c) => c.dictionary.length + 1);
    const total = card.reduce((a, b) => a * b, 1);
    if (total > 5_000_000) {
        throw new Error(`slice columns ${columns.join(' × ')} have ${total} value combinations; too many to slice`);
    }
    const n = data.rows;
    const combined = new Uint32Array(n);
    // Column at a time: each loop is monomorphic over two typed arrays (a row-at-a-time loop over a list of columns
    // was the slowest part of slicing a million rows).
    for (let j = 0; j < cols.length; j++) {
        const codes = cols[j].codes;
        const r = rank[j];
        const c = card[j];
        const missing = c - 1;
        for (let i = 0; i < n; i++) {
            const v = codes[i];
            combined[i] = combined[i] * c + (v < 0 ? missing : r[v]);
        }
    }
    const counts = new Uint32Array(total);
    for (let i = 0; i < n; i++)
        counts[combined[i]]++;
    const offsets = new Uint32Array(total + 1);
    for (let k = 0; k < total; k++)
        offsets[k + 1] = offsets[k] + counts[k];
    const sorted = new Uint32Array(n);
    const cursor = offsets.slice(0, total);
    for (let i = 0; i < n; i++)
        sorted[cursor[combined[i]]++] = i;
    // Inverse of rank: position → dictionary code.
    const byRank = cols.map((c, j) => {
        const inv = new Int32Array(c.dictionary.length);
        rank[j].forEach((pos, code) => (inv[pos] = code));
        return inv;
    });
    const out = [];
    for (let k = 0; k < total; k++) {
        if (counts[k] === 0)
            continue;
        const values = [];
        let rest = k;
        const parts = [];
        for (let j = cols.length - 1; j >= 0; j--) {
            parts[j] = rest % card[j];
            rest = Math.floor(rest / card[j]);
        }
        for (let j = 0; j < cols.length; j++) {
            const pos = parts[j];
            values.push([columns[j], pos === card[j] - 1 ? MISSING : cols[j].dictionary[byRank[j][pos]]]);
        }
        out.push({ key: values.map(([c, v]) => `${c}=${v}`).join('&'), values, rows: sorted.subarray(offsets[k], offsets[k + 1]) });
    }
    return out;
}
function overallSlice(data) {
    const rows = new Uint32Array(data.rows);
    for (let i = 0; i < data.rows; i++)
        rows[i] = i;
    return { key: 'overall', values: [], rows };
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/format.ts
/** A stable 32-bit hash (FNV-1a) so each (slice, family) draws from its own seeded stream, whatever the order. */
function streamSeed(seed, key) {
    let h = 0x811c9dc5 ^ (seed >>> 0);
    for (let i = 0; i < key.length; i++)
        h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
const DISPLAY = { auc: 'AUC', 'pr-auc': 'PR-AUC', ece: 'ECE', mae: 'MAE', rmse: 'RMSE', mape: 'MAPE', r2: 'R²', fpr: 'FPR', mrr: 'MRR', map: 'MAP', f1: 'F1' };
function displayName(metric) {
    return DISPLAY[metric] ?? (metric.startsWith('ndcg') ? metric.toUpperCase() : metric);
}
/** Short, stable number formatting for reasons (the JSON keeps full precision). */
function fmt(x, digits = 3) {
    if (!Number.isFinite(x))
        return String(x);
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a < 1e-3 || a >= 1e6)
        return x.toExponential(digits - 2).replace('e+', 'e');
    return String(Number(x.toPrecision(digits)));
}
function fmtP(p) {
    return p < 1e-3 ? p.toExponential(1).replace('e+', 'e') : String(Number(p.toPrecision(2)));
}
/** 1234567 → "1,234,567" without Intl (identical output on every Node build, small-icu included). */
function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/fairness.ts





const ALIASES = {
    'demographic-parity': ['selection-rate'],
    'demographic-parity-difference': ['selection-rate'],
    'demographic-parity-ratio': ['selection-rate'],
    'equal-opportunity': ['recall'],
    'equal-opportunity-difference': ['recall'],
    tpr: ['recall'],
    'equalized-odds': ['recall', 'fpr'],
    'equalized-odds-difference': ['recall', 'fpr'],
};
/** [tp, fp, tn, fn] of the candidate (model 0) or the baseline (model 1) from the 8 paired cells. */
function countsOf(cells, model) {
    const k = countsFromCells(cells, model === 'a' ? 0 : 1);
    return [k.tp, k.fp, k.tn, k.fn];
}
function gapOf(values) {
    const v = values.filter((x) => Number.isFinite(x));
    if (v.length < 2)
        return null;
    const hi = Math.max(...v), lo = Math.min(...v);
    return { gap: hi - lo, ratio: hi > 0 ? lo / hi : 1 };
}
function evaluateFairness(data, policy, hasBaseline) {
    if (policy.task !== 'binary-classification' && policy.fairness.length > 0) {
        throw new errors/* UserError */.y(`Policy: fairness rules need task binary-classification (they compare rates across groups).`);
    }
    const out = [];
    const { bootstrap: B, seed, alpha } = policy.significance;
    for (const rule of policy.fairness) {
        const across = typeof rule.across === 'string' ? [rule.across] : rule.across;
        const base = ALIASES[rule.metric] ?? [rule.metric];
        const defs = base.map((m) => getMetric(m, policy.task));
        for (const d of defs) {
            if (!d.fromCounts)
                throw new errors/* UserError */.y(`Policy: fairness metric '${rule.metric}' must be a rate from the confusion counts (selection-rate, recall, fpr, precision, accuracy, demographic-parity, equal-opportunity, equalized-odds).`);
        }
        const groups = sliceBy(data, across);
        const minSupport = policy['min-support'];
        const res = {
            metric: rule.metric, across: across.join('&'), groups: [], candidate_gap: null, baseline_gap: null,
            gap_increase: null, ci: null, candidate_ratio: null, status: 'pass', reason: '',
        };
        const usable = [];
        const thr = policy.threshold;
        for (const g of groups) {
            const cells = pairedCells(data.label, data.candidate, data.baseline ?? data.candidate, thr, g.rows);
            const ca = countsOf(cells, 'a'), cb = countsOf(cells, 'b');
            const pos = ca[0] + ca[3];
            const ok = g.rows.length >= minSupport && pos >= policy['min-class-support'] && g.rows.length - pos >= policy['min-class-support'];
            // For equalized odds the per-group value reported is the TPR; the gap combines TPR and FPR gaps.
            const v = (c) => defs[0].fromCounts(c[0], c[1], c[2], c[3]);
            res.groups.push({
                group: g.values.map(([, val]) => val).join('&'), support: g.rows.length, positives: pos,
                candidate: ok ? v(ca) : null, baseline: ok && hasBaseline ? v(cb) : null,
            });
            if (ok)
                usable.push({ cells: Float64Array.from(cells), n: g.rows.length });
        }
        if (usable.length < 2) {
            res.status = 'insufficient';
            res.reason = `insufficient: fewer than two groups of '${res.across}' have ${minSupport}+ rows and ${policy['min-class-support']}+ of each class`;
            out.push(res);
            continue;
        }
        const gapFor = (cellsList, model) => {
            let gap = 0, ratio = 1;
            for (const d of defs) {
                const g = gapOf(cellsList.map((c) => { const k = countsOf(c, model); return d.fromCounts(k[0], k[1], k[2], k[3]); }));
                if (!g)
                    return null;
                if (g.gap > gap)
                    gap = g.gap;
                ratio = Math.min(ratio, g.ratio);
            }
            return { gap, ratio };
        };
        const ga = gapFor(usable.map((u) => u.cells), 'a');
        const gb = hasBaseline ? gapFor(usable.map((u) => u.cells), 'b') : null;
        res.candidate_gap = ga?.gap ?? null;
        res.candidate_ratio = ga?.ratio ?? null;
        res.baseline_gap = gb?.gap ?? null;
        if (ga && gb) {
            res.gap_increase = ga.gap - gb.gap;
            const rng = createRng(streamSeed(seed, `fairness|${rule.metric}|${res.across}`));
            const reps = new Float64Array(B);
            const draws = usable.map(() => new Float64Array(8));
            const probs = usable.map((u) => u.cells.map((c) => c / u.n));
            for (let b = 0; b < B; b++) {
                usable.forEach((u, i) => rng.multinomial(u.n, probs[i], draws[i]));
                const a = gapFor(draws, 'a'), bb = gapFor(draws, 'b');
                reps[b] = a && bb ? a.gap - bb.gap : NaN;
            }
            const clean = reps.filter((x) => !Number.isNaN(x));
            if (clean.length > 0) {
                const ci = percentileInterval(clean, alpha);
                res.ci = [ci[0], ci[1]];
            }
        }
        const name = displayName(rule.metric);
        const msgs = [];
        let status = 'pass';
        if (rule['max-gap'] !== undefined && ga && ga.gap > rule['max-gap']) {
            status = 'fail';
            msgs.push(`${name} gap across ${res.across} is ${fmt(ga.gap)} (> ${rule['max-gap']})`);
        }
        if (rule['max-gap-increase'] !== undefined && res.gap_increase !== null && res.gap_increase > rule['max-gap-increase']) {
            status = 'fail';
            msgs.push(`${name} gap across ${res.across} grew by ${fmt(res.gap_increase)} (> ${rule['max-gap-increase']}) from ${fmt(gb.gap)} to ${fmt(ga.gap)}`);
        }
        if (rule['min-ratio'] !== undefined && ga && ga.ratio < rule['min-ratio']) {
            status = 'fail';
            msgs.push(`${name} ratio across ${res.across} is ${fmt(ga.ratio)} (< ${rule['min-ratio']})`);
        }
        else if (rule['min-ratio'] === undefined && base[0] === 'selection-rate' && ga && ga.ratio < 0.8) {
            if (status === 'pass')
                status = 'warn';
            msgs.push(`selection-rate ratio ${fmt(ga.ratio)} is under the four-fifths rule of thumb (0.8)`);
        }
        if (status === 'fail' && rule.severity === 'warn')
            status = 'warn';
        if (msgs.length === 0) {
            msgs.push(`${name} gap ${fmt(ga?.gap ?? NaN)}${res.gap_increase !== null ? ` (baseline ${fmt(gb.gap)}, change ${fmt(res.gap_increase)})` : ''} within limits`);
        }
        res.status = status;
        res.reason = msgs.join('; ');
        out.push(res);
    }
    return out;
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/fast-tests.ts



/** Units below which the delta method is not trusted (the same rule as the normal approximation of mean losses). */
const DELTA_MIN_UNITS = 1000;
const meanOnly = (m) => m[0];
const zero = () => 0;
// The joint class cells of a slice, shared by accuracy and macro-f1.
const cellCache = new WeakMap();
// Bootstrap replicates of the slice's unit metrics, computed together (keyed by the slice's rows).
const unitCache = new WeakMap();
function fastPairedTest(def, slice, colsA, colsB, prepA, prepB, B, seed, siblings = []) {
    const rows = slice.rows;
    if (def.fromConfusion && colsA.scores2d && colsB.scores2d) {
        let cells = cellCache.get(rows);
        if (!cells) {
            cells = pairedClassCells(colsA.label, colsA.scores2d, colsB.scores2d, rows);
            cellCache.set(rows, cells);
        }
        const { k, label, predA, predB, count } = cells;
        const m = count.length;
        const rng = createRng(streamSeed(seed, `${slice.key}|classes`));
        const draw = new Float64Array(m);
        const confA = new Float64Array(k * k);
        const confB = new Float64Array(k * k);
        const deltas = new Float64Array(B);
        for (let b = 0; b < B; b++) {
            // A multinomial draw of n rows over the joint cells = the cell counts of a row bootstrap, O(cells).
            rng.multinomial(rows.length, count, draw);
            confA.fill(0);
            confB.fill(0);
            for (let j = 0; j < m; j++) {
                confA[label[j] * k + predA[j]] += draw[j];
                confB[label[j] * k + predB[j]] += draw[j];
            }
            deltas[b] = def.fromConfusion(confA, k) - def.fromConfusion(confB, k);
        }
        const out = { method: 'bootstrap-multinomial', deltas };
        if (def.name === 'accuracy') {
            let better = 0;
            let worse = 0;
            for (let j = 0; j < m; j++) {
                if (label[j] === predA[j] && label[j] !== predB[j])
                    better += count[j];
                else if (label[j] === predB[j] && label[j] !== predA[j])
                    worse += count[j];
            }
            out.discordant = { better, worse };
        }
        return out;
    }
    if (def.unitStats && def.fromMeans) {
        const pairOf = (m, pa, pb) => {
            const statsA = m.unitStats(colsA, rows, pa);
            const statsB = m.unitStats(colsB, rows, pb);
            if (!m.meanOfUnits)
                return { statsA, statsB, fA: m.fromMeans, fB: m.fromMeans };
            // Δ of two means = the mean of per-unit differences: one statistic per unit to resample instead of two.
            const diff = new Float64Array(statsA[0].length);
            for (let u = 0; u < diff.length; u++)
                diff[u] = statsA[0][u] - statsB[0][u];
            return { statsA: [diff], statsB: [], fA: meanOnly, fB: zero };
        };
        const p = pairOf(def, prepA, prepB);
        const units = p.statsA[0].length;
        if (def.unitTest === 'delta' && units >= DELTA_MIN_UNITS)
            return { method: 'delta', se: pairedMeansDelta(p).se };
        // The policy's other bootstrapped unit metrics share this slice's unit draws: one pass for all of them (the draws,
        // not the metrics, cost O(U) per replicate), cached until evaluate asks for them.
        let cached = unitCache.get(rows);
        if (!cached?.has(def)) {
            const group = [def, ...siblings.filter((m) => m !== def && m.unitStats && m.fromMeans && !(m.unitTest === 'delta' && units >= DELTA_MIN_UNITS)
                    && (m.resampleUnit ?? 'row') === (def.resampleUnit ?? 'row'))];
            const parts = group.map((m) => (m === def ? p : pairOf(m, m.prepare?.(colsA, rows), m.prepare?.(colsB, rows))));
            const reps = pairedMeansBootstrap(parts, B, createRng(streamSeed(seed, `${slice.key}|units`)));
            cached = new Map(group.map((m, i) => [m, reps[i]]));
            unitCache.set(rows, cached);
        }
        return { method: 'bootstrap', deltas: cached.get(def) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/evaluate.ts







function sumLabels(label, rows) {
    let s = 0;
    for (let k = 0; k < rows.length; k++)
        s += label[rows[k]];
    return s;
}
function oneSidedFromNormal(delta, se, sign, d, alpha) {
    const q = normal_quantile_normalQuantile(1 - alpha / 2);
    if (!(se > 0)) {
        // Degenerate variance (identical predictions, or one class): the difference is known exactly.
        const x = sign * delta + d;
        return { delta, ci: [delta, delta], pNI: x > 0 ? 0 : 1, pSR: x < 0 ? 0 : 1 };
    }
    const z = (sign * delta + d) / se;
    return { delta, ci: [delta - q * se, delta + q * se], pNI: normal_normalSf(z), pSR: normal_normalCdf(z) };
}
function fromReplicates(delta, reps, sign, d, alpha) {
    let below = 0, above = 0, valid = 0;
    const clean = new Float64Array(reps.length);
    for (let b = 0; b < reps.length; b++) {
        const r = reps[b];
        if (Number.isNaN(r))
            continue;
        clean[valid++] = r;
        const h = sign * r;
        if (h <= -d)
            below++;
        if (h >= -d)
            above++;
    }
    const used = clean.subarray(0, valid);
    const ci = valid > 0 ? percentileInterval(used, alpha) : [NaN, NaN];
    // CI inversion of the percentile bootstrap with the (count + 1)/(B + 1) convention (Davison & Hinkley 1997, §4.4).
    return { delta, ci: [ci[0], ci[1]], pNI: (below + 1) / (valid + 1), pSR: (above + 1) / (valid + 1) };
}
/** The metric definition for a policy key; an unknown name is reported at its line in the policy. */
function metricFor(name, loaded) {
    try {
        return getMetric(name, loaded.policy.task);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y) {
            const line = loaded.source.lineOf(['metrics', name]);
            throw new errors/* UserError */.y(`Policy ${loaded.source.path}${line ? ` line ${line}` : ''}: ${e.message}`, { file: loaded.source.path, line });
        }
        throw e;
    }
}
/**
 * Evaluate every (slice, metric) check and the fairness rules. Pure: the same data, policy and seed give the same result.
 */
function evaluateGate(data, loaded) {
    const { policy, sliceSpecs } = loaded;
    const { alpha, bootstrap: B, seed } = policy.significance;
    const minSupport = policy['min-support'];
    const minClass = policy['min-class-support'];
    const hasBaseline = data.baseline !== undefined || data.baselineClasses !== undefined;
    // Partitions: overall, then every value (combination) of each slice spec. Slices of one partition are disjoint.
    const partitions = [[overallSlice(data)], ...sliceSpecs.map((spec) => sliceBy(data, spec))];
    const metrics = Object.entries(policy.metrics).map(([name, rule]) => ({ name, rule, def: metricFor(name, loaded) }));
    const pending = [];
    for (const part of partitions) {
        for (const slice of part) {
            const isOverall = slice.key === 'overall';
            const ctx = {
                slice,
                colsA: { label: data.label, score: data.candidate, threshold: policy.threshold, query: data.query, scores2d: data.candidateClasses },
                colsB: hasBaseline ? { label: data.label, score: data.baseline, threshold: policy.threshold, query: data.query, scores2d: data.baselineClasses } : undefined,
                positives: policy.task === 'binary-classification' ? sumLabels(data.label, slice.rows) : null,
            };
            // Ranking: support counts queries, the units the query bootstrap resamples (rows of a query are not independent).
            const support = data.query ? queryCount(data.query, slice.rows) : slice.rows.length;
            const unit = data.query ? 'queries' : 'rows';
            for (const { name, rule, def } of metrics) {
                const sign = def.direction === 'higher' ? 1 : -1;
                const decisionRule = isOverall ? policy.decision.overall : policy.decision.slices;
                const check = {
                    slice: slice.key, metric: name, support, positives: ctx.positives,
                    candidate: null, baseline: null, delta: null, ci: null, p_value: null, p_adjusted: null,
                    status: 'pass', reason: '', method: null, decision: decisionRule, margin: null,
                };
                const entry = { check, rule, def, rule2: decisionRule, boundMsgs: [], boundSeverity: isOverall ? 'block' : policy.bounds.slices, sign };
                pending.push(entry);
                // Too small to judge: reported, never failed.
                const negatives = ctx.positives === null ? null : support - ctx.positives;
                if (!isOverall && support < minSupport) {
                    entry.insufficient = `${support} ${unit} < min-support ${minSupport}`;
                }
                else if (def.needsBothClasses && ctx.positives !== null && (ctx.positives < minClass || negatives < minClass)) {
                    entry.insufficient = `${ctx.positives} positives and ${negatives} negatives; ${displayName(name)} needs at least ${minClass} of each`;
                }
                // AUC with a baseline: one DeLong pass gives both point values and the variance (no second sort).
                const delong = def.family === 'auc' && data.label01 && ctx.colsB && ctx.positives > 0 && ctx.positives < support
                    ? delongPaired(data.label01, data.candidate, data.baseline, slice.rows) : undefined;
                // Rates with a baseline: both point values from the slice's 8 paired cells, counted once per slice.
                const cells = def.family === 'count' && def.fromCounts && data.baseline && policy.task === 'binary-classification' ? cellsOf(ctx, data) : undefined;
                const fromCells = (model) => {
                    const k = countsFromCells(cells, model);
                    return def.fromCounts(k.tp, k.fp, k.tn, k.fn);
                };
                const prepA = delong || cells ? undefined : def.prepare?.(ctx.colsA, slice.rows);
                const valueA = delong ? delong.aucA : cells ? fromCells(0) : def.compute(ctx.colsA, slice.rows, prepA);
                check.candidate = Number.isFinite(valueA) ? valueA : null;
                let valueB = NaN;
                let prepB;
                if (ctx.colsB) {
                    prepB = delong || cells ? undefined : def.prepare?.(ctx.colsB, slice.rows);
                    valueB = delong ? delong.aucB : cells ? fromCells(1) : def.compute(ctx.colsB, slice.rows, prepB);
                    check.baseline = Number.isFinite(valueB) ? valueB : null;
                    if (check.candidate !== null && check.baseline !== null)
                        check.delta = valueA - valueB;
                }
                if (entry.insufficient)
                    continue;
                if (check.candidate === null) {
                    entry.insufficient = `${displayName(name)} is undefined on this slice`;
                    continue;
                }
                // Bounds on the candidate's point value.
                if (rule.min !== undefined && valueA < rule.min)
                    entry.boundMsgs.push(`${displayName(name)} ${fmt(valueA)} is below the minimum ${rule.min}`);
                if (rule.max !== undefined && valueA > rule.max)
                    entry.boundMsgs.push(`${displayName(name)} ${fmt(valueA)} is above the maximum ${rule.max}`);
                // Paired comparison with the baseline.
                const hasBounds = rule.min !== undefined || rule.max !== undefined;
                const margin = rule['max-regression'] ?? (hasBounds ? undefined : 0);
                if (!ctx.colsB || margin === undefined) {
                    check.decision = 'bounds';
                    continue;
                }
                if (check.baseline === null) {
                    entry.insufficient = `baseline ${displayName(name)} is undefined on this slice`;
                    continue;
                }
                check.margin = margin;
                entry.test = runTest(def, ctx, prepA, prepB, valueA, valueB, sign, margin, alpha, B, seed, data, delong, metrics.map((m) => m.def));
                check.method = entry.test.method;
                check.ci = entry.test.ci;
                if (entry.test.mcnemar !== undefined)
                    check.mcnemar_p = entry.test.mcnemar;
            }
            // Free the slice's replicate buffers before the next slice.
            ctx.countReplicates = undefined;
        }
    }
    // Multiple testing: only the significant-regression tests (their rejections block), across the whole run.
    const family = pending.filter((e) => e.test && e.rule2 === 'significant-regression');
    const adjusted = adjustPValues(family.map((e) => e.test.pSR), policy.significance.correction);
    family.forEach((e, i) => (e.check.p_adjusted = adjusted[i]));
    for (const e of pending)
        decide(e, policy, hasBaseline);
    const fairness = evaluateFairness(data, policy, hasBaseline);
    const checks = pending.map((e) => e.check);
    const passed = !checks.some((c) => c.status === 'fail') && !fairness.some((f) => f.status === 'fail');
    return { passed, firstRun: !hasBaseline, rows: data.rows, checks, fairness };
}
function decide(e, policy, hasBaseline) {
    const c = e.check;
    const alpha = policy.significance.alpha;
    const name = displayName(c.metric);
    if (e.insufficient) {
        c.status = 'insufficient';
        c.reason = `insufficient: ${e.insufficient}`;
        c.p_value = null;
        c.p_adjusted = null;
        return;
    }
    const msgs = [];
    let status = 'pass';
    const worst = (s) => {
        const order = ['pass', 'warn', 'fail'];
        if (order.indexOf(s) > order.indexOf(status))
            status = s;
    };
    if (e.boundMsgs.length && e.boundSeverity !== 'ignore') {
        worst(e.boundSeverity === 'block' ? 'fail' : 'warn');
        msgs.push(...e.boundMsgs);
    }
    if (e.test) {
        const t = e.test;
        const d = c.margin ?? 0;
        const drop = -e.sign * t.delta; // > 0 means the candidate is worse
        const dir = e.sign > 0 ? 'dropped' : 'rose';
        if (e.rule2 === 'non-inferiority') {
            c.p_value = t.pNI;
            c.p_adjusted = t.pNI; // intersection–union: not adjusted (STATS.md)
            if (t.pNI < alpha) {
                msgs.push(`non-inferior: Δ=${fmt(t.delta)}, within margin ${d} (p=${fmtP(t.pNI)})`);
            }
            else {
                worst('fail');
                msgs.push(drop > d
                    ? `${name} regressed by ${fmt(drop)} (> ${d}), p=${fmtP(t.pNI)} for non-inferiority`
                    : `could not show ${name} is non-inferior within ${d}: Δ=${fmt(t.delta)}, CI [${fmt(t.ci[0])}, ${fmt(t.ci[1])}], p=${fmtP(t.pNI)}`);
            }
        }
        else {
            c.p_value = t.pSR;
            const pAdj = c.p_adjusted ?? t.pSR;
            if (pAdj < alpha) {
                worst('fail');
                msgs.push(`${name} regressed by ${fmt(drop)} (> ${d}), p_adj=${fmtP(pAdj)}`);
            }
            else if (t.pSR < alpha) {
                worst('warn');
                msgs.push(`${name} ${dir} by ${fmt(drop)}: significant alone (p=${fmtP(t.pSR)}) but not after ${policy.significance.correction} over all slices (p_adj=${fmtP(pAdj)})`);
            }
            else if (drop > d) {
                worst('warn');
                msgs.push(`${name} ${dir} by ${fmt(drop)} (> ${d}) but not significantly (p_adj=${fmtP(pAdj)}); too little data to be sure`);
            }
            else {
                msgs.push(`no significant regression: Δ=${fmt(t.delta)}, CI [${fmt(t.ci[0])}, ${fmt(t.ci[1])}], p_adj=${fmtP(pAdj)}`);
            }
        }
    }
    else if (!hasBaseline) {
        if (!e.boundMsgs.length)
            msgs.push((e.rule.min !== undefined || e.rule.max !== undefined ? `${name} ${fmt(c.candidate)} within bounds (first run: no baseline)` : `first run: no baseline to compare; ${name} ${fmt(c.candidate)} reported only`));
    }
    else if (!e.boundMsgs.length) {
        msgs.push(`${name} ${fmt(c.candidate)} within bounds`);
    }
    if (status === 'fail' && e.rule.severity === 'warn')
        status = 'warn';
    c.status = status;
    c.reason = msgs.join('; ');
}
function cellsOf(ctx, data) {
    return (ctx.cells ??= Float64Array.from(pairedCells(data.label, data.candidate, data.baseline, ctx.colsA.threshold, ctx.slice.rows)));
}
function countReplicates(ctx, B, seed, data) {
    if (ctx.countReplicates)
        return ctx.countReplicates;
    const rows = ctx.slice.rows;
    const cells = cellsOf(ctx, data);
    const n = rows.length;
    const probs = new Float64Array(8);
    for (let k = 0; k < 8; k++)
        probs[k] = cells[k] / n;
    const rng = createRng(streamSeed(seed, `${ctx.slice.key}|cells`));
    const out = new Float64Array(B * 8);
    const draw = new Float64Array(8);
    // Multinomial draw of the slice size over the 8 cell shares: exactly the distribution of row-resampled counts,
    // at O(1) per replicate instead of O(n) (STATS.md).
    for (let b = 0; b < B; b++) {
        rng.multinomial(n, probs, draw);
        out.set(draw, b * 8);
    }
    return (ctx.countReplicates = out);
}
/**
 * Visit B bootstrap weight vectors over the slice's rows (over its queries for ranking: the cluster bootstrap), each
 * w[k] = how often rows[k] was drawn. One reused buffer keeps memory O(n); the stream is seeded per slice, so every
 * metric of the slice sees the same replicates (a paired bootstrap across models and metrics).
 */
function forEachRowReplicate(ctx, B, seed, data, fn) {
    const rows = ctx.slice.rows;
    const n = rows.length;
    const rng = createRng(streamSeed(seed, `${ctx.slice.key}|rows`));
    const w = new Uint32Array(n);
    if (data.query) {
        // Resample whole queries: rows of one query are not independent.
        const qIndex = new Map();
        const qOfRow = new Uint32Array(n);
        for (let k = 0; k < n; k++) {
            const q = data.query[rows[k]];
            let id = qIndex.get(q);
            if (id === undefined) {
                id = qIndex.size;
                qIndex.set(q, id);
            }
            qOfRow[k] = id;
        }
        const nq = qIndex.size;
        const qw = new Uint32Array(nq);
        for (let b = 0; b < B; b++) {
            qw.fill(0);
            for (let j = 0; j < nq; j++)
                qw[rng.nextInt(nq)]++;
            for (let k = 0; k < n; k++)
                w[k] = qw[qOfRow[k]];
            fn(w, b);
        }
    }
    else {
        for (let b = 0; b < B; b++) {
            w.fill(0);
            for (let j = 0; j < n; j++)
                w[rng.nextInt(n)]++;
            fn(w, b);
        }
    }
}
function runTest(def, ctx, prepA, prepB, valueA, valueB, sign, d, alpha, B, seed, data, delong, siblings = []) {
    const rows = ctx.slice.rows;
    const delta = valueA - valueB;
    if (def.family === 'auc' && data.label01) {
        const r = delong ?? delongPaired(data.label01, data.candidate, data.baseline, rows);
        return { ...oneSidedFromNormal(r.aucA - r.aucB, Math.sqrt(Math.max(0, r.varDelta)), sign, d, alpha), method: 'delong' };
    }
    if (def.family === 'count' && def.fromCounts && data.baseline) {
        const reps = countReplicates(ctx, B, seed, data);
        const deltas = new Float64Array(B);
        for (let b = 0; b < B; b++) {
            const cells = reps.subarray(b * 8, b * 8 + 8);
            const ka = countsFromCells(cells, 0), kb = countsFromCells(cells, 1);
            deltas[b] = def.fromCounts(ka.tp, ka.fp, ka.tn, ka.fn) - def.fromCounts(kb.tp, kb.fp, kb.tn, kb.fn);
        }
        const out = { ...fromReplicates(delta, deltas, sign, d, alpha), method: 'bootstrap-multinomial' };
        if (def.name === 'accuracy') {
            const cells = cellsOf(ctx, data);
            const { b: better, c: worse } = discordantFromCells(cells); // candidate right & baseline wrong; the reverse
            out.mcnemar = mcnemarExact(better, worse);
            if (d === 0) {
                // Exact McNemar (conditional binomial on the discordant pairs) decides when there is no margin.
                const m = better + worse;
                out.pSR = m === 0 ? 1 : binomialCdf(better, m, 0.5);
                out.pNI = m === 0 ? 1 : binomialCdf(worse, m, 0.5);
                out.method = 'mcnemar-exact';
            }
        }
        return out;
    }
    // Ranking, regression, multiclass: metrics with a fast paired form (gate/fast-tests.ts).
    const fast = fastPairedTest(def, ctx.slice, ctx.colsA, ctx.colsB, prepA, prepB, B, seed, siblings);
    if (fast) {
        const base = fast.se !== undefined ? oneSidedFromNormal(delta, fast.se, sign, d, alpha) : fromReplicates(delta, fast.deltas, sign, d, alpha);
        const out = { ...base, method: fast.method };
        if (fast.discordant) {
            // Accuracy of any task: exact McNemar on the correct/incorrect pairs, decisive at margin 0 as for binary.
            const { better, worse } = fast.discordant;
            out.mcnemar = mcnemarExact(better, worse);
            if (d === 0) {
                const m = better + worse;
                out.pSR = m === 0 ? 1 : binomialCdf(better, m, 0.5);
                out.pNI = m === 0 ? 1 : binomialCdf(worse, m, 0.5);
                out.method = 'mcnemar-exact';
            }
        }
        return out;
    }
    if (def.family === 'mean' && def.perRow && rows.length >= 1000) {
        // Mean losses: paired per-row differences, normal approximation (n ≥ 1000; the bootstrap below otherwise).
        let mean = 0, m2 = 0;
        const { label, score } = ctx.colsA;
        const sb = ctx.colsB.score;
        for (let k = 0; k < rows.length; k++) {
            const i = rows[k];
            const x = def.perRow(label[i], score[i]) - def.perRow(label[i], sb[i]);
            const dlt = x - mean;
            mean += dlt / (k + 1);
            m2 += dlt * (x - mean);
        }
        const se = Math.sqrt(m2 / (rows.length - 1) / rows.length);
        return { ...oneSidedFromNormal(delta, se, sign, d, alpha), method: 'normal' };
    }
    // Everything else: paired bootstrap of rows (queries for ranking), the same weights for both models.
    const deltas = new Float64Array(B);
    forEachRowReplicate(ctx, B, seed, data, (w, b) => {
        deltas[b] = def.compute(ctx.colsA, rows, prepA, w) - def.compute(ctx.colsB, rows, prepB, w);
    });
    return { ...fromReplicates(delta, deltas, sign, d, alpha), method: 'bootstrap' };
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/data.ts



const TRUE_WORDS = new Set(['1', 'true', 't', 'yes', 'y']);
const FALSE_WORDS = new Set(['0', 'false', 'f', 'no', 'n']);
/** "row 17 (line 18)" for text files (quoted newlines accounted for by the reader), "row 17" for Parquet. */
function rowRef(table, row) {
    const line = lineOfRow(table, row);
    return line === undefined ? `row ${row + 1}` : `row ${row + 1} (line ${line})`;
}
function badRows(table, what, count, first, firstValue, fix) {
    return new errors/* UserError */.y(`${table.source}: ${count} row${count === 1 ? '' : 's'} ${count === 1 ? 'has' : 'have'} ${what}; first at ${rowRef(table, first)}: '${firstValue}'. ${fix}`, { file: table.source, line: lineOfRow(table, first) });
}
function columnOf(table, name, role) {
    const c = table.columns.get(name);
    if (!c) {
        throw new errors/* UserError */.y(`${table.source}: the ${role} column '${name}' is missing (columns: ${table.columnNames.join(', ')}). Set columns.${role} in the policy to the right name.`, { file: table.source, line: 1 });
    }
    return c;
}
function textAt(c, i) {
    if (c.kind === 'number')
        return String(c.values[i]);
    const code = c.codes[i];
    return code < 0 ? '' : c.dictionary[code];
}
/** Labels of a binary task: 0/1 numbers or true/false words. Every other value is an error listing the count. */
function binaryLabels(table, col) {
    const n = table.rowCount;
    const out = new Float64Array(n);
    let bad = 0;
    let first = -1;
    if (col.kind === 'number') {
        const v = col.values;
        for (let i = 0; i < n; i++) {
            const x = v[i];
            if (x === 0 || x === 1)
                out[i] = x;
            else if (bad++ === 0)
                first = i;
        }
    }
    else {
        const map = col.dictionary.map((s) => {
            const t = s.trim().toLowerCase();
            return TRUE_WORDS.has(t) ? 1 : FALSE_WORDS.has(t) ? 0 : -1;
        });
        for (let i = 0; i < n; i++) {
            const code = col.codes[i];
            const m = code < 0 ? -1 : map[code];
            if (m >= 0)
                out[i] = m;
            else if (bad++ === 0)
                first = i;
        }
    }
    if (bad > 0) {
        throw badRows(table, `a label that is not 0/1 (or true/false) in column '${col.name}'`, bad, first, textAt(col, first), 'A binary-classification gate needs every label to be 0 or 1; fix or drop those rows upstream, or set task: in the policy.');
    }
    return out;
}
function numericColumn(table, col, role, opts) {
    if (col.kind !== 'number') {
        // The reader typed the column as text: some value is not a number. Count them and show the first.
        let count = 0;
        let first = -1;
        for (let i = 0; i < col.codes.length; i++) {
            const c = col.codes[i];
            if (c < 0 || !Number.isFinite(Number(col.dictionary[c]))) {
                if (count++ === 0)
                    first = i;
            }
        }
        throw badRows(table, `a non-numeric or empty ${role} in column '${col.name}'`, count, Math.max(0, first), textAt(col, Math.max(0, first)), `The ${role} column must hold numbers.`);
    }
    const v = col.values;
    let bad = 0;
    let first = -1;
    let outOfRange = 0;
    let firstOut = -1;
    for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (!Number.isFinite(x)) {
            if (bad++ === 0)
                first = i;
        }
        else if (opts.unit && (x < 0 || x > 1)) {
            if (outOfRange++ === 0)
                firstOut = i;
        }
    }
    if (bad > 0) {
        throw badRows(table, `a ${role} that is empty, NaN or infinite in column '${col.name}'`, bad, first, textAt(col, first) === 'NaN' && col.nullCount > 0 ? '' : textAt(col, first), 'Every row needs a finite value; the gate never drops rows silently.');
    }
    if (outOfRange > 0) {
        throw badRows(table, `a ${role} outside [0, 1] in column '${col.name}'`, outOfRange, firstOut, textAt(col, firstOut), 'The policy uses probability metrics (threshold, AUC calibration, log-loss...), which need scores in [0, 1]; write probabilities, not logits.');
    }
    return v;
}
async function loadEvalData(candidatePath, baselinePath, loaded) {
    const { policy, sliceSpecs } = loaded;
    const cols = policy.columns;
    const task = policy.task;
    const sliceNames = [...new Set([...sliceSpecs.flat(), ...policy.fairness.flatMap((f) => (typeof f.across === 'string' ? [f.across] : f.across))])];
    const scoreCols = task === 'multiclass' ? (cols.scores ?? []) : [cols.score];
    if (task === 'multiclass' && scoreCols.length < 2) {
        throw new errors/* UserError */.y(`Policy ${loaded.source.path}: task multiclass needs columns.scores: the list of per-class probability columns.`, { file: loaded.source.path, line: loaded.source.lineOf(['columns']) });
    }
    const needProb = task !== 'regression' && task !== 'ranking' && Object.keys(policy.metrics).some((m) => metricFor(m, loaded).probability);
    const candCols = [cols.id, cols.label, ...scoreCols, ...sliceNames, ...(task === 'ranking' ? [cols.query] : [])];
    const types = {};
    for (const s of sliceNames)
        types[s] = 'string';
    if (task === 'ranking')
        types[cols.query] = 'string';
    const cand = await readTable(candidatePath, { columns: [...new Set(candCols)], types, label: 'candidate' });
    if (cand.rowCount === 0)
        throw new errors/* UserError */.y(`${candidatePath}: the candidate file has no rows; the gate has nothing to judge.`, { file: candidatePath });
    for (const s of sliceNames)
        columnOf(cand, s, 'slice');
    let label;
    let label01;
    let classNames;
    const labelCol = columnOf(cand, cols.label, 'label');
    if (task === 'binary-classification') {
        label = binaryLabels(cand, labelCol);
        label01 = Uint8Array.from(label);
    }
    else if (task === 'multiclass') {
        classNames = scoreCols;
        label = new Float64Array(cand.rowCount);
        let bad = 0, first = -1;
        for (let i = 0; i < cand.rowCount; i++) {
            const t = textAt(labelCol, i);
            let k = classNames.indexOf(t);
            if (k < 0 && /^\d+$/.test(t) && Number(t) < classNames.length)
                k = Number(t);
            if (k < 0) {
                if (bad++ === 0)
                    first = i;
            }
            else
                label[i] = k;
        }
        if (bad > 0)
            throw badRows(cand, `a label that is neither a class index 0..${classNames.length - 1} nor one of ${classNames.join(', ')}`, bad, first, textAt(labelCol, first), 'Fix the labels or columns.scores.');
    }
    else {
        label = numericColumn(cand, labelCol, 'label', {});
    }
    const candScores = scoreCols.map((c) => numericColumn(cand, columnOf(cand, c, 'score'), 'score', { unit: needProb }));
    let baselineScores;
    if (baselinePath) {
        const bScoreCols = task === 'multiclass' ? scoreCols : [cols['baseline-score'] ?? cols.score];
        const base = await readTable(baselinePath, { columns: [cols.id, ...bScoreCols], label: 'baseline' });
        if (base.rowCount === 0)
            throw new errors/* UserError */.y(`${baselinePath}: the baseline file has no rows. Leave 'baseline' empty for a first run.`, { file: baselinePath });
        const { leftRows, rightRows } = joinById(cand, cols.id, base, cols.id, { left: 'candidate', right: 'baseline' });
        if (leftRows.length !== cand.rowCount) {
            throw new errors/* UserError */.y(`${baselinePath}: only ${leftRows.length} of ${cand.rowCount} candidate ids have a baseline prediction.`, { file: baselinePath });
        }
        baselineScores = bScoreCols.map((c) => {
            const v = numericColumn(base, columnOf(base, c, 'score'), 'score', { unit: needProb });
            const aligned = new Float64Array(cand.rowCount);
            for (let k = 0; k < leftRows.length; k++)
                aligned[leftRows[k]] = v[rightRows[k]];
            return aligned;
        });
    }
    else {
        // Still refuse duplicate ids: a report over duplicated rows would overstate the evidence.
        columnOf(cand, cols.id, 'id');
        joinById(cand, cols.id, cand, cols.id, { left: 'candidate', right: 'candidate' });
    }
    const sliceColumns = new Map();
    for (const s of sliceNames) {
        const c = cand.columns.get(s);
        if (c.kind === 'string')
            sliceColumns.set(s, { codes: c.codes, dictionary: c.dictionary });
        else {
            // A numeric slice column: dictionary-encode its values.
            const dict = new Map();
            const codes = new Int32Array(cand.rowCount);
            const names = [];
            for (let i = 0; i < cand.rowCount; i++) {
                const x = c.values[i];
                if (Number.isNaN(x)) {
                    codes[i] = -1;
                    continue;
                }
                let k = dict.get(x);
                if (k === undefined) {
                    k = names.length;
                    dict.set(x, k);
                    names.push(String(x));
                }
                codes[i] = k;
            }
            sliceColumns.set(s, { codes, dictionary: names });
        }
    }
    let query;
    if (task === 'ranking') {
        query = queryCodes(cand, columnOf(cand, cols.query, 'query'));
        relevanceAtLeastZero(cand, labelCol, label);
        queriesWithinSlices(cand, query, cols.query, sliceNames, sliceColumns);
    }
    return {
        rows: cand.rowCount,
        label,
        label01,
        candidate: candScores[0],
        baseline: baselineScores?.[0],
        candidateClasses: task === 'multiclass' ? candScores : undefined,
        baselineClasses: task === 'multiclass' ? baselineScores : undefined,
        classNames,
        query,
        sliceColumns,
        candidatePath,
        baselinePath,
    };
}
/**
 * Ranking: one query code per row. An empty (or blank) query id is an error naming its line — merged into one
 * query it would silently change every per-query value. Codes follow the sorted query ids (numeric ids by value,
 * never truncated), not their order in the file, so the query bootstrap — and the whole report — does not depend on
 * how the rows are ordered.
 */
function queryCodes(table, col) {
    const n = table.rowCount;
    const codes = new Int32Array(n);
    let bad = 0;
    let first = -1;
    if (col.kind === 'string') {
        const blank = col.dictionary.map((t) => t.trim() === '');
        const byId = col.dictionary.map((_, i) => i).sort((x, y) => (col.dictionary[x] < col.dictionary[y] ? -1 : col.dictionary[x] > col.dictionary[y] ? 1 : 0));
        const rank = new Int32Array(col.dictionary.length);
        byId.forEach((code, r) => (rank[code] = r));
        for (let i = 0; i < n; i++) {
            const c = col.codes[i];
            if (c < 0 || blank[c]) {
                if (bad++ === 0)
                    first = i;
            }
            else
                codes[i] = rank[c];
        }
    }
    else {
        const distinct = new Set();
        for (let i = 0; i < n; i++) {
            const x = col.values[i];
            if (Number.isNaN(x)) {
                if (bad++ === 0)
                    first = i;
            }
            else
                distinct.add(x);
        }
        const rank = new Map([...distinct].sort((x, y) => x - y).map((x, r) => [x, r]));
        for (let i = 0; i < n; i++)
            if (!Number.isNaN(col.values[i]))
                codes[i] = rank.get(col.values[i]);
    }
    if (bad > 0) {
        throw badRows(table, `an empty query id in column '${col.name}'`, bad, first, '', 'Every row of a ranking gate needs the id of the query it was ranked for; fill it in or drop those rows upstream.');
    }
    return codes;
}
/** Ranking: graded relevance must be ≥ 0 (gain 2^rel − 1; "relevant" means rel > 0). */
function relevanceAtLeastZero(table, col, label) {
    let bad = 0;
    let first = -1;
    for (let i = 0; i < label.length; i++)
        if (label[i] < 0 && bad++ === 0)
            first = i;
    if (bad > 0) {
        throw badRows(table, `a negative relevance in column '${col.name}'`, bad, first, textAt(col, first), 'Ranking labels are graded relevance ≥ 0 (0 = not relevant); map the grades to 0, 1, 2, ... upstream.');
    }
}
/**
 * Ranking: slices are taken at query level — every row of a query must carry the same value of each slice column,
 * or a slice would score partial result lists. A query split across values is an error naming both rows.
 */
function queriesWithinSlices(table, query, queryName, sliceNames, sliceColumns) {
    let maxCode = -1;
    for (let i = 0; i < query.length; i++)
        if (query[i] > maxCode)
            maxCode = query[i];
    for (const name of sliceNames) {
        const { codes, dictionary } = sliceColumns.get(name);
        const firstRow = new Int32Array(maxCode + 1).fill(-1);
        for (let i = 0; i < query.length; i++) {
            const q = query[i];
            const f = firstRow[q];
            if (f < 0)
                firstRow[q] = i;
            else if (codes[f] !== codes[i]) {
                const show = (c) => (c < 0 ? '(missing)' : dictionary[c]);
                const qCol = table.columns.get(queryName);
                throw new errors/* UserError */.y(`${table.source}: query '${textAt(qCol, i)}' is split across values of the slice column '${name}': '${show(codes[f])}' at ${rowRef(table, f)} and '${show(codes[i])}' at ${rowRef(table, i)}. ` +
                    'Ranking slices are taken per query; give every row of a query the same slice value, or slice by a query-level column.', { file: table.source, line: lineOfRow(table, i) });
            }
        }
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/report.ts

const REPORT_SCHEMA = 'mlci.gate.report/v1';
function buildReport(result, loaded, files) {
    const s = loaded.policy.significance;
    const counts = { pass: 0, fail: 0, warn: 0, insufficient: 0 };
    for (const c of result.checks)
        counts[c.status]++;
    for (const f of result.fairness)
        counts[f.status]++;
    return {
        schema: REPORT_SCHEMA,
        passed: result.passed,
        first_run: result.firstRun,
        rows: result.rows,
        seed: s.seed,
        task: loaded.policy.task,
        threshold: loaded.policy.threshold,
        alpha: s.alpha,
        correction: s.correction,
        bootstrap: s.bootstrap,
        candidate: files.candidate,
        baseline: files.baseline ?? null,
        policy: loaded.source.path,
        counts,
        checks: result.checks,
        fairness: result.fairness,
    };
}
function serializeReport(report) {
    return JSON.stringify(report, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}
const ICON = { pass: '✅', fail: '❌', warn: '⚠️', insufficient: '➖' };
function failing(report) {
    return report.counts.fail;
}
/** One line for the `summary` output and the check run title. */
function summaryLine(report) {
    const total = report.checks.length + report.fairness.length;
    const fails = [...report.checks.filter((c) => c.status === 'fail').map((c) => `${displayName(c.metric)} in ${c.slice}`),
        ...report.fairness.filter((f) => f.status === 'fail').map((f) => `${displayName(f.metric)} gap across ${f.across}`)];
    if (report.passed) {
        const w = report.counts.warn ? `, ${report.counts.warn} warning${report.counts.warn > 1 ? 's' : ''}` : '';
        return `ML gate passed: ${total - report.counts.insufficient} of ${total} checks judged, none failed${w}${report.first_run ? ' (first run: bounds only)' : ''}`;
    }
    const shown = fails.slice(0, 3).join('; ') + (fails.length > 3 ? `; +${fails.length - 3} more` : '');
    return `ML gate failed: ${failing(report)} of ${total} checks failed (${shown})`;
}
function cell(x) {
    return x === null ? '–' : fmt(x, 4);
}
function signed(x) {
    return x === null ? '–' : (x > 0 ? '+' : '') + fmt(x, 3);
}
function ciText(ci) {
    return ci ? `[${signed(ci[0])}, ${signed(ci[1])}]` : '–';
}
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function checkTable(rows, alpha) {
    const ciHead = `${Math.round((1 - alpha) * 100)}% CI`;
    const lines = [`| | Slice | Metric | Candidate | Baseline | Δ | ${ciHead} | p (adj) | Why |`, '|---|---|---|---|---|---|---|---|---|'];
    for (const c of rows) {
        lines.push(`| ${ICON[c.status]} | \`${escapeCell(c.slice)}\` | ${displayName(c.metric)} | ${cell(c.candidate)} | ${cell(c.baseline)} | ${signed(c.delta)} | ${ciText(c.ci)} | ${c.p_adjusted === null ? '–' : fmtP(c.p_adjusted)} | ${escapeCell(c.reason)} |`);
    }
    return lines.join('\n');
}
function fairnessTable(rows) {
    const lines = ['| | Metric | Across | Candidate gap | Baseline gap | Change | CI of change | Ratio | Why |', '|---|---|---|---|---|---|---|---|---|'];
    for (const f of rows) {
        lines.push(`| ${ICON[f.status]} | ${displayName(f.metric)} | \`${escapeCell(f.across)}\` | ${cell(f.candidate_gap)} | ${cell(f.baseline_gap)} | ${signed(f.gap_increase)} | ${ciText(f.ci)} | ${cell(f.candidate_ratio)} | ${escapeCell(f.reason)} |`);
    }
    return lines.join('\n');
}
/** The compact all-slices table: one row per slice, one column per metric with value, Δ and a status icon. */
function sliceMatrix(report) {
    const metrics = [...new Set(report.checks.map((c) => c.metric))];
    const bySlice = new Map();
    for (const c of report.checks) {
        if (!bySlice.has(c.slice))
            bySlice.set(c.slice, []);
        bySlice.get(c.slice).push(c);
    }
    const lines = [`| Slice | ${report.task === 'ranking' ? 'Queries' : 'Rows'} | ${report.task === 'binary-classification' ? 'Positives | ' : ''}${metrics.map(displayName).join(' | ')} |`,
        `|---|---:|${report.task === 'binary-classification' ? '---:|' : ''}${metrics.map(() => '---|').join('')}`];
    for (const [slice, checks] of bySlice) {
        const first = checks[0];
        const cells = metrics.map((m) => {
            const c = checks.find((x) => x.metric === m);
            if (!c)
                return '';
            return `${ICON[c.status]} ${cell(c.candidate)}${c.delta !== null ? ` (${signed(c.delta)})` : ''}`;
        });
        lines.push(`| \`${escapeCell(slice)}\` | ${thousands(first.support)} | ${report.task === 'binary-classification' ? `${first.positives === null ? '–' : thousands(first.positives)} | ` : ''}${cells.join(' | ')} |`);
    }
    return lines.join('\n');
}
/** Markdown for the job summary, the PR comment and the check run: verdict first, then failing and borderline checks,
 * then the compact table of all slices. */
function renderMarkdown(report, opts = {}) {
    const title = opts.title ?? 'ML gate';
    const out = [];
    const verdict = report.passed ? `## ✅ ${title} passed` : `## ❌ ${title} failed`;
    out.push(verdict, '', `**${escapeCell(summaryLine(report))}**`, '');
    const tests = report.checks.filter((c) => c.decision === 'significant-regression' && c.p_adjusted !== null).length;
    out.push(`Candidate \`${report.candidate}\`${report.baseline ? ` vs baseline \`${report.baseline}\`` : ' (first run: no baseline, bounds only)'} · ${thousands(report.rows)} rows · ` +
        `α = ${report.alpha}, ${report.correction === 'none' ? 'no correction' : `${report.correction} over ${tests} regression test${tests === 1 ? '' : 's'}`} · ` +
        `${report.bootstrap} bootstrap replicates, seed ${report.seed} · ` +
        `${report.counts.pass} pass, ${report.counts.fail} fail, ${report.counts.warn} warn, ${report.counts.insufficient} insufficient`, '');
    const fails = report.checks.filter((c) => c.status === 'fail');
    const warns = report.checks.filter((c) => c.status === 'warn');
    if (fails.length)
        out.push('### Failing checks', '', checkTable(fails, report.alpha), '');
    if (warns.length)
        out.push('### Borderline checks', '', checkTable(warns, report.alpha), '');
    if (report.fairness.length)
        out.push('### Fairness', '', fairnessTable(report.fairness), '');
    out.push('### All slices', '', sliceMatrix(report), '');
    out.push(`<details><summary>Every check (${report.checks.length})</summary>`, '', checkTable(report.checks, report.alpha), '', '</details>', '');
    const foot = ['Δ = candidate − baseline on the same rows.', 'Overall: ' + 'non-inferiority; slices: significant regression with multiple-testing correction (see the policy).'];
    if (opts.reportPath)
        foot.push(`Full report: \`${opts.reportPath}\` (schema ${report.schema}).`);
    out.push(`<sub>${foot.join(' ')}</sub>`, '');
    return out.join('\n');
}
/** Check-run annotations on the policy file's lines for the rules that failed (or warned). */
function policyAnnotations(report, loaded) {
    const byRule = new Map();
    const add = (key, path, level, title, msg) => {
        const line = loaded.source.lineOf(path) ?? 1;
        const cur = byRule.get(key) ?? { line, level, title, msgs: [] };
        if (level === 'failure')
            cur.level = 'failure';
        cur.msgs.push(msg);
        byRule.set(key, cur);
    };
    for (const c of report.checks) {
        if (c.status !== 'fail' && c.status !== 'warn')
            continue;
        add(`m:${c.metric}`, ['metrics', c.metric], c.status === 'fail' ? 'failure' : 'warning', `${displayName(c.metric)} rule`, `${c.slice}: ${c.reason}`);
    }
    report.fairness.forEach((f, i) => {
        if (f.status !== 'fail' && f.status !== 'warn')
            return;
        add(`f:${i}`, ['fairness', i], f.status === 'fail' ? 'failure' : 'warning', `fairness: ${f.metric} across ${f.across}`, f.reason);
    });
    return [...byRule.values()].map((r) => ({
        path: loaded.source.path, line: r.line, level: r.level, title: r.title,
        message: r.msgs.slice(0, 20).join('\n') + (r.msgs.length > 20 ? `\n… and ${r.msgs.length - 20} more` : ''),
    }));
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/index.ts













/** Read, join, evaluate, report: the whole gate, platform-free. */
async function runGate(opts) {
    const loaded = typeof opts.policy === 'string' ? loadPolicy(opts.policy) : opts.policy;
    const data = await loadEvalData(opts.candidate, opts.baseline, loaded);
    const result = evaluateGate(data, loaded);
    const report = buildReport(result, loaded, { candidate: opts.candidate, baseline: opts.baseline });
    const json = serializeReport(report);
    if (opts.reportPath) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(opts.reportPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(opts.reportPath, json);
    }
    return {
        report, json, loaded,
        markdown: renderMarkdown(report, { title: opts.title, reportPath: opts.reportPath }),
        summary: summaryLine(report),
        annotations: policyAnnotations(report, loaded),
    };
}


/***/ })

};
