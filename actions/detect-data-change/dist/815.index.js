export const id = 815;
export const ids = [815];
export const modules = {

/***/ 39483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R0: () => (/* binding */ mostlyDistinct),
/* harmony export */   Ul: () => (/* binding */ STR),
/* harmony export */   Z0: () => (/* binding */ BytesColumnBuilder),
/* harmony export */   fK: () => (/* binding */ ValueColumnBuilder),
/* harmony export */   pF: () => (/* binding */ NUM)
/* harmony export */ });
/* unused harmony export DEFERRED */
/* harmony import */ var _dictionary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5394);
/* harmony import */ var _number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3803);
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
/**
 * 'adaptive' dictionaries: a batch with distinct values in more than half of its (at least 1,024) non-empty cells —
 * an id, a time to the second — makes the next batch skip deduplication.
 */
function mostlyDistinct(distinct, filled) {
    return filled >= 1024 && distinct * 2 > filled;
}
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
        this.dict = new _dictionary_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteDictionary */ .rM();
    }
    get deferred() {
        return this.mode === DEFERRED;
    }
    /** Append the cell b[s, e) (already unquoted). An empty cell is null. Kept small so that it inlines. */
    add(b, s, e) {
        const n = this.n;
        if (this.mode === NUM) {
            if (s !== e && n < this.values.length) {
                const v = (0,_number_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDecimalBytes */ .UI)(b, s, e);
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
            let v = (0,_number_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDecimalBytes */ .UI)(b, s, e);
            if (v !== v) {
                const text = Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8');
                const slow = (0,_number_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumberText */ .ke)(text, this.type !== 'number');
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
                this.codes = (0,_dictionary_js__WEBPACK_IMPORTED_MODULE_1__/* .grow32 */ .NV)(this.codes);
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
            this.dict = new _dictionary_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteDictionary */ .rM();
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
            // Decided from whole batches only, so the same file always gives the same batches.
            this.dict = new _dictionary_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteDictionary */ .rM(this.adaptive && mostlyDistinct(this.dict.strings.length, n - this.nulls));
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
    text = new _dictionary_js__WEBPACK_IMPORTED_MODULE_1__/* .TextDictionary */ .o0();
    bytes = new _dictionary_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteDictionary */ .rM();
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
                this.codes = (0,_dictionary_js__WEBPACK_IMPORTED_MODULE_1__/* .grow32 */ .NV)(this.codes);
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
                const v = (0,_number_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumberText */ .ke)(t, false);
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
            this.codes = (0,_dictionary_js__WEBPACK_IMPORTED_MODULE_1__/* .grow32 */ .NV)(this.codes);
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
            this.text = new _dictionary_js__WEBPACK_IMPORTED_MODULE_1__/* .TextDictionary */ .o0();
            this.bytes = new _dictionary_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteDictionary */ .rM();
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


/***/ }),

/***/ 4859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ missingColumn),
/* harmony export */   L: () => (/* binding */ DelimitedParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75874);
/* harmony import */ var _builder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39483);
/* harmony import */ var _dictionary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5394);
/* harmony import */ var _number_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3803);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28141);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51102);
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
class DelimitedParser {
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
        this.where = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFile */ .C)(opts.path, opts.label);
        this.rowLimit = opts.rowLimit ?? Infinity;
        this.maxCell = (0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .maxLineBytes */ .YW)();
        this.line = this.rowLine = opts.firstLine ?? 1;
        if (opts.header) {
            this.collecting = null;
            this.setup(opts.header);
        }
        else {
            this.collecting = [];
        }
    }
    /** Physical line at the parse position (after end(): the line after the last one read; see firstLine). */
    get currentLine() {
        return this.line;
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
            else if (sink.mode === _builder_js__WEBPACK_IMPORTED_MODULE_1__/* .NUM */ .pF) {
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
                if (j < n && digits > 0 && m < _number_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_EXACT */ .PP && exp >= -22 && ((c = buf[j]) === d || c === LF || c === CR)) {
                    const v = exp === 0 || m === 0 ? m : m / _number_js__WEBPACK_IMPORTED_MODULE_2__/* .POW10 */ .Y3[-exp];
                    sink.addNumber(neg ? -v : v);
                }
                else {
                    while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR)
                        j++;
                    if (j < n)
                        sink.add(buf, i, j);
                }
            }
            else if (sink.mode === _builder_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul) {
                let h = _dictionary_js__WEBPACK_IMPORTED_MODULE_5__/* .FNV_OFFSET */ .V4;
                while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR) {
                    h = Math.imul(h ^ c, _dictionary_js__WEBPACK_IMPORTED_MODULE_5__/* .FNV_PRIME */ .Rq);
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.where}, line ${this.quoteLine}: a quoted field opened here is never closed (the file ends inside ` +
                        `it); add the closing quote, and double any quote that is part of the text ("")`, { file: this.opts.path, line: this.quoteLine });
            }
        }
        if (this.collecting !== null) {
            if (this.collecting.length === 0 || !this.sawContent) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.where} is empty; expected a header line with the column names`, { file: this.opts.path });
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
        const sub = new DelimitedParser({
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.where}, line ${this.rowLine}: column ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_6__/* .excerpt */ .K)(column)} holds ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_6__/* .excerpt */ .K)(text)}, which is not a number; ` +
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.where}, line 1: column name ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_6__/* .excerpt */ .K)(names[k])} appears twice (columns ${prev + 1} and ` +
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
            const b = new _builder_js__WEBPACK_IMPORTED_MODULE_1__/* .BytesColumnBuilder */ .Z0(name, k, this.opts.types?.[name] ?? 'auto', capacity, this, this.opts.dictionaries === 'adaptive');
            this.builders.push(b);
            this.columnNames.push(name);
            return b;
        });
    }
    raggedError() {
        const name = this.d === 9 ? 'tab' : `"${String.fromCharCode(this.d)}"`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.where}, line ${this.rowLine}: ${this.fieldIndex} field${this.fieldIndex === 1 ? '' : 's'} but the ` +
            `header has ${this.width}; every row needs one value per column (quote values that contain a ${name}, ` +
            `leave missing values empty)`, { file: this.opts.path, line: this.rowLine });
    }
    afterQuoteError(c) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.where}, line ${this.line}: unexpected ${JSON.stringify(String.fromCharCode(c))} after the closing quote ` +
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
            throw (0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .overlong */ .TD)(this.where, this.opts.path, this.state === S_QUOTED || this.state === S_QUOTE_SEEN ? this.quoteLine : this.rowLine, 'cell', this.maxCell);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${where} has no column ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_6__/* .excerpt */ .K)(column)}; its columns are: ${shown.map((c) => (c.startsWith('... (') ? c : (0,_excerpt_js__WEBPACK_IMPORTED_MODULE_6__/* .excerpt */ .K)(c))).join(', ')}` +
        ` (names are case-sensitive)`, { file: path });
}


/***/ }),

/***/ 5394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   NV: () => (/* binding */ grow32),
/* harmony export */   Rq: () => (/* binding */ FNV_PRIME),
/* harmony export */   V4: () => (/* binding */ FNV_OFFSET),
/* harmony export */   o0: () => (/* binding */ TextDictionary),
/* harmony export */   rM: () => (/* binding */ ByteDictionary)
/* harmony export */ });
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
        this.strings.push(b instanceof Buffer ? decode(b, or < 0x80, s, e) : Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8'));
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
        this.strings.push(b instanceof Buffer ? decode(b, or < 0x80, s, e) : Buffer.from(b.buffer, b.byteOffset + s, len).toString(or < 0x80 ? 'latin1' : 'utf8'));
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
/**
 * Bytes [s, e) of a buffer as text, ASCII through latin1 (the same string, decoded faster). Buffer's own slicers,
 * which toString calls after checking its arguments and looking the encoding up: a text column decodes a cell at a
 * time, and those steps cost as much as the decoding (s and e are in range here). toString where they are missing.
 */
function decode(b, ascii, s, e) {
    const x = b;
    if (ascii)
        return x.latin1Slice ? x.latin1Slice(s, e) : b.toString('latin1', s, e);
    return x.utf8Slice ? x.utf8Slice(s, e) : b.toString('utf8', s, e);
}


/***/ }),

/***/ 51102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ overlong),
/* harmony export */   YW: () => (/* binding */ maxLineBytes)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_LINE_BYTES, MIN_MAX_LINE_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Environment variable MLCI_MAX_LINE_BYTES must be a whole number of bytes, at least ${MIN_MAX_LINE_BYTES}; it is '${raw.slice(0, 40)}'.`);
    }
    return v;
}
/** The error for a line or cell over the limit. */
function overlong(where, file, line, what, limit) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${where}, line ${line}: a ${what} longer than ${limit.toLocaleString('en-US')} bytes (the MLCI_MAX_LINE_BYTES limit); ` +
        (what === 'line'
            ? 'check that the file has one JSON object per line, or raise MLCI_MAX_LINE_BYTES'
            : 'check the quoting (an unclosed quote swallows the rest of the file) and the delimiter, or raise MLCI_MAX_LINE_BYTES'), { file, line });
}


/***/ }),

/***/ 3803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PP: () => (/* binding */ MAX_EXACT),
/* harmony export */   UI: () => (/* binding */ parseDecimalBytes),
/* harmony export */   Y3: () => (/* binding */ POW10),
/* harmony export */   ke: () => (/* binding */ parseNumberText)
/* harmony export */ });
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
function parseNumberText(text, exactIntegers) {
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


/***/ }),

/***/ 53815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ readTable),
  t: () => (/* binding */ streamTable)
});

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/io/delimited.ts
var delimited = __webpack_require__(4859);
// EXTERNAL MODULE: ../../packages/core/src/io/format.ts
var io_format = __webpack_require__(28141);
// EXTERNAL MODULE: ../../packages/core/src/excerpt.ts
var excerpt = __webpack_require__(75874);
// EXTERNAL MODULE: ../../packages/core/src/io/builder.ts
var builder = __webpack_require__(39483);
// EXTERNAL MODULE: ../../packages/core/src/io/dictionary.ts
var dictionary = __webpack_require__(5394);
// EXTERNAL MODULE: ../../packages/core/src/io/limits.ts
var limits = __webpack_require__(51102);
// EXTERNAL MODULE: ../../packages/core/src/io/number.ts
var number = __webpack_require__(3803);
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








const LF = 10;
const CR = 13;
const QUOTE = 34;
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
    return c === 32 || c === 9 || c === CR || c === LF;
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
    scannedValue = m < number/* MAX_EXACT */.PP && exp >= -22 ? (neg ? -(m / number/* POW10 */.Y3[-exp]) : m / number/* POW10 */.Y3[-exp]) : NaN;
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
        if (c === QUOTE)
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
class JsonlParser {
    ready = [];
    rows = 0;
    lines = null;
    opts;
    where;
    /** Key bytes → key code (in order of first appearance); keyCols[code] is its builder, null when not loaded. */
    keyDict = new dictionary/* ByteDictionary */.rM();
    keyCols = [];
    keySeen = new Int32Array(16);
    stamp = 0;
    requested = new Map();
    builders = [];
    order = [];
    pending = [];
    pendingBytes = 0;
    maxLine = (0,limits/* maxLineBytes */.YW)();
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
        this.where = (0,io_format/* describeFile */.C)(opts.path, opts.label);
        this.capacity = Number.isFinite(opts.batchRows) ? Math.min(opts.batchRows, 1 << 16) : 4096;
        if (opts.trackLines)
            this.lines = new Uint32Array(1024);
        for (const name of opts.columns ?? []) {
            if (this.requested.has(name))
                continue;
            const b = new builder/* ValueColumnBuilder */.fK(name, opts.types?.[name] ?? 'auto', this.capacity, this, true);
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
            const k = buf.indexOf(LF, s);
            if (k < 0) {
                if (s < buf.length) {
                    this.pending.push(buf.subarray(s));
                    this.pendingBytes += buf.length - s;
                    if (this.pendingBytes > this.maxLine)
                        throw (0,limits/* overlong */.TD)(this.where, this.opts.path, this.line + 1, 'line', this.maxLine);
                }
                return;
            }
            if (this.pending.length > 0) {
                if (this.pendingBytes + k - s > this.maxLine)
                    throw (0,limits/* overlong */.TD)(this.where, this.opts.path, this.line + 1, 'line', this.maxLine);
                this.pending.push(buf.subarray(s, k));
                const whole = Buffer.concat(this.pending);
                this.pending = [];
                this.pendingBytes = 0;
                this.lineBytes(whole, 0, whole.length);
            }
            else {
                if (k - s > this.maxLine)
                    throw (0,limits/* overlong */.TD)(this.where, this.opts.path, this.line + 1, 'line', this.maxLine);
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
                throw (0,delimited/* missingColumn */.J)(this.where, this.opts.path, name, this.allColumnNames);
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
        if (e > s && b[e - 1] === CR)
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
                if (i >= e || b[i] !== QUOTE)
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
                if (c === QUOTE) {
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
                    const v = fast === fast ? fast : (0,number/* parseDecimalBytes */.UI)(b, vs, ve);
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
                b = new builder/* ValueColumnBuilder */.fK(name, this.opts.types?.[name] ?? 'auto', this.capacity, this, true);
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ../../packages/core/src/fs/paths.ts
var paths = __webpack_require__(64423);
;// CONCATENATED MODULE: ../../packages/core/src/io/source.ts






/** Read size: large enough that per-chunk overhead vanishes, small enough to keep streaming memory flat. */
const CHUNK_BYTES = 1 << 20;
/** Check the path up front so a typo gives "not found" rather than a stream error deep in a parser. */
async function checkReadable(path, label) {
    try {
        const s = await (0,promises_.stat)(path);
        if (s.isDirectory()) {
            throw new errors/* UserError */.y(`${(0,io_format/* describeFile */.C)(path, label)} is a directory; pass the path of a data file`, { file: path });
        }
        // Decided from the stat, never by opening: opening a FIFO for reading blocks until a writer comes.
        if (!s.isFile()) {
            throw new errors/* UserError */.y(`${(0,io_format/* describeFile */.C)(path, label)} is ${(0,paths/* fileKind */.h_)(s)}, not a regular file; pass the path of a data file`, { file: path });
        }
        return s.size;
    }
    catch (e) {
        if ((0,errors/* isUserError */.i)(e))
            throw e;
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new errors/* UserError */.y(`${(0,io_format/* describeFile */.C)(path, label)} not found; check the path (relative paths start at the workspace)`, {
                file: path,
            });
        }
        if (code === 'EACCES' || code === 'EPERM') {
            throw new errors/* UserError */.y(`${(0,io_format/* describeFile */.C)(path, label)} cannot be read (permission denied)`, { file: path });
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
async function* openChunks(path, gzip, label) {
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
            throw new errors/* UserError */.y(`${(0,io_format/* describeFile */.C)(path, label)}: gzip data is corrupt or truncated (${e.message}); ` +
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
        throw new errors/* UserError */.y(`${(0,io_format/* describeFile */.C)(path, label)} is UTF-16 encoded; save it as UTF-8`, { file: path });
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
async function openParquet(path, opts) {
    const where = (0,io_format/* describeFile */.C)(path, opts.label);
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
    if (opts.missingColumns !== 'skip')
        for (const c of opts.columns ?? [])
            if (!names.includes(c))
                throw (0,delimited/* missingColumn */.J)(where, path, c, names);
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
async function readParquetRange(pq, types, rowStart, rowEnd) {
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
        const b = new builder/* ValueColumnBuilder */.fK(name, types?.[name] ?? 'auto', Math.max(1, rowEnd - rowStart), ctx);
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
    const { format, gzip } = (0,io_format/* detectFormat */.T)(path);
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
    const { format, gzip } = (0,io_format/* detectFormat */.T)(path);
    if (format === 'parquet') {
        yield* streamParquet(path, opts, batchRows);
        return;
    }
    const parser = format === 'jsonl'
        ? new JsonlParser({ path, label: opts.label, columns: opts.columns, types: opts.types, missingColumns: opts.missingColumns, batchRows, trackLines: opts.trackLines === true })
        : new delimited/* DelimitedParser */.L({
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
    const p = new delimited/* DelimitedParser */.L({
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
        const q = new delimited/* DelimitedParser */.L({
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
            throw new errors/* UserError */.y(`${(0,io_format/* describeFile */.C)(path, opts.label)} changed while it was being read; read it again`, { file: path });
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


/***/ })

};
