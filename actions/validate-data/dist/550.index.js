export const id = 550;
export const ids = [550];
export const modules = {

/***/ 28119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yO: () => (/* binding */ ColumnState),
  rC: () => (/* binding */ newCheck),
  $4: () => (/* binding */ numberText),
  ao: () => (/* binding */ truncateValue)
});

// UNUSED EXPORTS: VALUE_CHARS, booleanText, parseTimestamp, rangeText

// EXTERNAL MODULE: ../../packages/core/src/io/number.ts
var number = __webpack_require__(3803);
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
        for (let i = 0; i < values.length; i++)
            for (let k = 0; k < stride; k++)
                this.add(values[i]);
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

// EXTERNAL MODULE: ../../packages/core/src/inputs/units.ts
var units = __webpack_require__(77522);
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

/***/ 21024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YR: () => (/* binding */ hashNumber),
/* harmony export */   _L: () => (/* binding */ maxUniqueKeys),
/* harmony export */   kg: () => (/* binding */ combine),
/* harmony export */   qj: () => (/* binding */ hashText),
/* harmony export */   wj: () => (/* binding */ KeySet)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_UNIQUE_KEYS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);
/* harmony import */ var _fs_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68264);


/**
 * Uniqueness in bounded memory: a key is remembered as a 64-bit hash (two independent 32-bit hashes) in an
 * open-addressing table, 8 bytes a slot at most 3/4 full, so 10 million keys take 128–256 MiB whatever their length.
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.describe()}: more than ${this.limit.toLocaleString('en-US')} distinct keys. The uniqueness check keeps a 64-bit hash ` +
                'of every key in memory (8–16 bytes a key); raise MLCI_MAX_UNIQUE_KEYS if the machine has the memory, or check a narrower table.');
        }
        if (this.size * 4 > this.lo.length * 3)
            this.grow();
        return true;
    }
    /**
     * Make room for about `keys` keys at once (an estimate from the first part of a large table), so the table is not
     * rehashed at every doubling on the way there. Never past the limit.
     */
    reserve(keys) {
        const want = Math.min(keys, this.limit + 1);
        let n = this.lo.length;
        while (want * 4 > n * 3)
            n *= 2;
        if (n > this.lo.length)
            this.grow(n);
    }
    grow(n = this.lo.length * 2) {
        const { lo, hi } = this;
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


/***/ }),

/***/ 52033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RK: () => (/* binding */ keyRows),
/* harmony export */   m3: () => (/* binding */ readPlan),
/* harmony export */   si: () => (/* binding */ validatePart)
/* harmony export */ });
/* unused harmony exports streamPart, keyText */
/* harmony import */ var _io_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53815);
/* harmony import */ var _io_split_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72608);
/* harmony import */ var _io_number_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3803);
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28119);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21024);





/** Columns to read and how, as the table's checks want them. */
function readPlan(contract) {
    const types = {};
    for (const [c, rule] of Object.entries(contract.columns))
        types[c] = new _column_js__WEBPACK_IMPORTED_MODULE_3__/* .ColumnState */ .yO('', c, rule, 0).readAs;
    const wanted = [...new Set([...Object.keys(contract.columns), ...contract.unique.flatMap((u) => u.columns)])];
    return { wanted, types };
}
/**
 * Rows a batch: 8,192 rather than the readers' 65,536. A batch's strings and arrays then die young (a scavenge, not a
 * mark-compact) and stay in the cache: at 10 million rows on two threads this took 11.1 s of CPU and 540 MB peak RSS
 * down to 9.7 s and 440 MB, with the same report bytes.
 */
const BATCH_ROWS = 8192;
/** The batches of a part, lines tracked; `done` receives the line after a range. */
function streamPart(t, columns, types, done) {
    const cols = columns.length > 0 ? columns : undefined;
    if (t.range) {
        const r = t.range;
        return (0,_io_split_js__WEBPACK_IMPORTED_MODULE_1__/* .streamDelimitedRange */ .fJ)(t.path, { start: r.start, end: r.end, delimiter: r.delimiter, header: r.header, label: t.label, firstLine: r.firstLine ?? 1, batchRows: BATCH_ROWS, columns: cols, types, missingColumns: 'skip', dictionaries: 'adaptive', trackLines: true, done });
    }
    // A column the file lacks is no error but a failed presence check, in every format alike ('skip').
    return (0,_io_read_js__WEBPACK_IMPORTED_MODULE_0__/* .streamTable */ .t)(t.path, { columns: cols, types, batchRows: BATCH_ROWS, trackLines: true, label: t.label, missingColumns: 'skip', dictionaries: 'adaptive' });
}
/** Which unique keys are read as text per column (a number-looking text key then hashes as its number). */
function textualOf(contract, columns, types) {
    return columns.map((c) => c in contract.columns && types[c] === 'string');
}
class Log {
    h0 = new Uint32Array(1 << 12);
    h1 = new Uint32Array(1 << 12);
    row = new Uint32Array(1 << 12);
    n = 0;
    reserve(extra) {
        if (this.n + extra <= this.h0.length)
            return;
        let size = this.h0.length * 2;
        while (size < this.n + extra)
            size *= 2;
        const grow = (a) => {
            const g = new Uint32Array(size);
            g.set(a.subarray(0, this.n));
            return g;
        };
        this.h0 = grow(this.h0);
        this.h1 = grow(this.h1);
        this.row = grow(this.row);
    }
    take() {
        return { h0: this.h0.slice(0, this.n), h1: this.h1.slice(0, this.n), row: this.row.slice(0, this.n) };
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
        const num = textual ? undefined : (0,_io_number_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumberText */ .ke)(s, true);
        if (num !== undefined && num === num)
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .hashNumber */ .YR)(num, h);
        else
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .hashText */ .qj)(s, h);
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
    const { h0, h1, row } = log;
    let m = log.n;
    if (cols.length === 1 && cols[0].kind === 'string') {
        // One text column, the common key (an id): each distinct value of the batch hashed once, no per-row mixing.
        const col = cols[0];
        const { e0, e1 } = entryHashes(col, textual[0]);
        const codes = col.codes;
        for (let i = 0; i < n; i++) {
            const c = codes[i];
            if (c < 0)
                continue;
            h0[m] = e0[c];
            h1[m] = e1[c];
            row[m++] = rowOffset + i;
        }
        log.n = m;
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
                (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .hashNumber */ .YR)(v[i], h);
                a[0] = acc0[i];
                a[1] = acc1[i];
                (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .combine */ .kg)(a, h);
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
                (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .combine */ .kg)(a, h);
                acc0[i] = a[0];
                acc1[i] = a[1];
            }
        }
    }
    for (let i = 0; i < n; i++) {
        if (skip[i])
            continue;
        h0[m] = acc0[i];
        h1[m] = acc1[i];
        row[m++] = rowOffset + i;
    }
    log.n = m;
}
/** A key's text in a report: its columns' values joined by ", ". */
function keyText(cols, i) {
    return cols.map((c) => (c.kind === 'number' ? (0,_column_js__WEBPACK_IMPORTED_MODULE_3__/* .numberText */ .$4)(c.values[i]) : c.dictionary[c.codes[i]])).join(', ');
}
/** Read one part: every column's checks and every unique key's hashes. */
async function validatePart(t) {
    const { wanted, types } = readPlan(t.contract);
    const columns = Object.entries(t.contract.columns).map(([c, rule]) => new _column_js__WEBPACK_IMPORTED_MODULE_3__/* .ColumnState */ .yO(t.table, c, rule, t.maxExamples));
    const uniques = t.contract.unique.map((u) => ({ columns: u.columns, textual: textualOf(t.contract, u.columns, types), log: new Log() }));
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
            logKeys(u.log, u.textual, found, batch.rowCount, batch.rowOffset);
        }
    }
    return { rows, endLine: t.range ? done.endLine : 0, present: [...present], columns: columns.map((c) => c.part()), keys: uniques.map((u) => u.log.take()) };
}
/**
 * Examples of duplicate keys: the key text and line of the given rows of a part (0-based in the part, ascending),
 * read again — only for the few rows a report shows.
 */
async function keyRows(t, key, rows) {
    const { types } = readPlan(t.contract);
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
                out.set(r, { line: batch.lines ? batch.lines[i] : null, value: (0,_column_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateValue */ .ao)(keyText(cols, i)) });
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
/* harmony export */   e2: () => (/* binding */ runParts),
/* harmony export */   serveValidate: () => (/* binding */ serveValidate)
/* harmony export */ });
/* unused harmony export validateThreads */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85736);
/* harmony import */ var _io_split_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72608);
/* harmony import */ var _workers_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13363);
/* harmony import */ var _part_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52033);
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
 * ~430 MB (Node 20). Capped, the bench's time did not change (scripts/bench/validate.mjs).
 */
const YOUNG_GENERATION_MB = 24;
/** A whole-number setting from the environment (workers/entry.ts envNumber, rounded down). */
function envWhole(name, min) {
    const n = (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .envNumber */ .dc)(name, min);
    return n === undefined ? undefined : Math.floor(n);
}
/** Threads to validate on: MLCI_VALIDATE_THREADS, else every core. */
function validateThreads() {
    return envWhole('MLCI_VALIDATE_THREADS', 1) ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)();
}
/** The parts of one file: its ranges when it is a plain CSV/TSV over the range size, else the whole file. */
async function partsOf(job, base) {
    const bytes = envWhole('MLCI_VALIDATE_RANGE_BYTES', 1) ?? DEFAULT_RANGE_BYTES;
    const whole = [{ ...base, path: job.path, shown: job.shown, label: job.label }];
    const split = await (0,_io_split_js__WEBPACK_IMPORTED_MODULE_3__/* .rangesForWorkers */ .vT)(job.path, job.size, bytes, job.label);
    if (!split)
        return whole;
    const { delimiter } = split;
    return split.ranges.map((r, k) => ({ ...base, path: job.path, shown: job.shown, label: job.label, range: { start: r.start, end: r.end, delimiter, part: k, ...(k > 0 ? { header: split.header } : {}) } }));
}
/** A range's error names its line in the range; count the lines before the range (only now) and read it again. */
async function errorOfPart(t, e) {
    const r = t.range;
    if (!r || r.part === 0 || !(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isUserError */ .i)(e) || e.line === undefined)
        return e;
    const firstLine = await (0,_io_split_js__WEBPACK_IMPORTED_MODULE_3__/* .lineAt */ .mh)(t.path, r.start, r.delimiter);
    try {
        await (0,_part_js__WEBPACK_IMPORTED_MODULE_5__/* .validatePart */ .si)({ ...t, range: { ...r, firstLine } });
    }
    catch (again) {
        return again;
    }
    return e;
}
/**
 * Read the parts and hand each result to `take`, in part order, on this thread. Stops at the first part (in that
 * order) that fails, or whose `take` throws, and throws that error, as a one-thread run would.
 */
async function runParts(tasks, sizes, take, opts = {}) {
    const entry = (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .workerEntry */ .xA)();
    const total = sizes.reduce((s, x) => s + x, 0);
    // As many workers as threads: this thread only adds the results up (the key set, in order). Parsing here too was
    // ~4% faster, but this thread's young generation cannot be capped as the workers' is (YOUNG_GENERATION_MB), and on
    // Node 24 it put the 10,000,000-row peak at ~500–600 MB instead of ~450 MB.
    const workerCount = Math.min(opts.threads ?? validateThreads(), tasks.length);
    const minBytes = envWhole('MLCI_WORKER_MIN_BYTES', 0) ?? DEFAULT_MIN_BYTES;
    if (!entry || workerCount < 2 || total < minBytes) {
        for (let i = 0; i < tasks.length; i++) {
            let r;
            try {
                r = await (0,_part_js__WEBPACK_IMPORTED_MODULE_5__/* .validatePart */ .si)(tasks[i]);
            }
            catch (e) {
                throw await errorOfPart(tasks[i], e);
            }
            take(i, r);
        }
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
    // Each worker holds two parts: the next waits in the worker, so it never idles while this thread adds results up.
    const onWorker = (w) => new Promise((resolve, reject) => {
        const held = [];
        const send = () => {
            while (held.length < 2) {
                const i = queue.shift();
                if (i === undefined)
                    break;
                held.push(i);
                w.postMessage({ id: i, task: tasks[i] });
            }
            if (held.length === 0)
                resolve();
        };
        w.on('message', (m) => {
            held.splice(held.indexOf(m.id), 1);
            if ('error' in m)
                errors[m.id] = (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .receivedError */ .ac)(m.error);
            else
                results[m.id] = m.result;
            drain();
            send();
        });
        w.on('error', reject);
        w.on('exit', (code) => {
            if (held.length > 0)
                reject(new Error(`a validate worker exited (code ${code}) while reading ${tasks[held[0]].path}`));
        });
        send();
    });
    try {
        const runs = [];
        for (let k = 0; k < workerCount; k++) {
            const w = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(entry, { workerData: (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .workerDataFor */ .Ic)('validate'), resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
            workers.push(w);
            runs.push(onWorker(w));
        }
        await Promise.all(runs);
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    drain();
    if (failed)
        throw failed.i >= 0 ? await errorOfPart(tasks[failed.i], failed.error) : failed.error;
    return { threads: workerCount };
}
/** The worker side: read each part the parent sends, one at a time; the key hashes move rather than copy. */
function serveValidate() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    // One part at a time, in the order they came.
    let last = Promise.resolve();
    port.on('message', (job) => {
        last = last.then(() => serve(job));
    });
    const serve = async (job) => {
        let reply;
        const transfer = [];
        try {
            const result = await (0,_part_js__WEBPACK_IMPORTED_MODULE_5__/* .validatePart */ .si)(job.task);
            for (const k of result.keys)
                transfer.push(k.h0.buffer, k.h1.buffer, k.row.buffer);
            for (const c of result.columns)
                if (c.sample)
                    transfer.push(c.sample.values.buffer);
            reply = { id: job.id, result };
        }
        catch (e) {
            reply = { id: job.id, error: (0,_workers_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .sendableError */ .TQ)(e) };
        }
        port.postMessage(reply, transfer);
    };
}


/***/ }),

/***/ 72608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fJ: () => (/* binding */ streamDelimitedRange),
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
