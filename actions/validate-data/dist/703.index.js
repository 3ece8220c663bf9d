export const id = 703;
export const ids = [703];
export const modules = {

/***/ 75874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ excerpt)
/* harmony export */ });
/* unused harmony export EXCERPT_CHARS */
/**
 * What an error message may quote of a user's value: a short, single-line excerpt. A message goes to the job log,
 * the annotation and maybe a public issue; a whole cell can be megabytes (or a secret file's first line), and a
 * newline or an escape sequence in it could start a line the runner reads as a workflow command.
 */
/** Characters of a value an error message quotes at most. */
const EXCERPT_CHARS = 80;
// C0/C1 controls, DEL, and the Unicode line/paragraph separators and bidi controls that would reorder a log line.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * `value` quoted in double quotes, control characters escaped (`\n`, `\u001b`), cut to `max` characters with the
 * length of the rest said: `"abc…" (+1,234,567 more characters)`.
 */
function excerpt(value, max = EXCERPT_CHARS, quote = '"') {
    const cut = value.length > max;
    // Never split a surrogate pair: a lone half would print as U+FFFD.
    let end = cut ? max : value.length;
    if (cut && end > 0 && /[\ud800-\udbff]/.test(value[end - 1]))
        end--;
    const head = value.slice(0, end).replace(quote === '"' ? /["\\]/g : /['\\]/g, (c) => '\\' + c).replace(UNSAFE, escapeChar);
    return cut ? `${quote}${head}…${quote} (+${(value.length - end).toLocaleString('en-US')} more characters)` : `${quote}${head}${quote}`;
}
function escapeChar(c) {
    switch (c) {
        case '\n': return '\\n';
        case '\r': return '\\r';
        case '\t': return '\\t';
        default: return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
    }
}


/***/ }),

/***/ 64423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ resolveInputFile),
/* harmony export */   b2: () => (/* binding */ statRegularFile),
/* harmony export */   cX: () => (/* binding */ resolveOutputFile),
/* harmony export */   h3: () => (/* binding */ fileRootsFromEnv),
/* harmony export */   h_: () => (/* binding */ fileKind)
/* harmony export */ });
/* unused harmony export isWithin */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85736);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75874);
/**
 * Path inputs, checked before anything is opened. An action reads only files inside the workspace or the runner's
 * temp folder, and writes only there: a pull request controls the files in the checkout, so a symbolic link in it
 * (`candidate.csv -> /etc/shadow`) must not make the action read, quote or post a file the repository does not hold,
 * and a `report-path: /home/runner/.bashrc` must not overwrite one. Non-regular files (FIFOs, devices, sockets) are
 * refused from their stat, without being opened: opening a FIFO for reading blocks until a writer comes, which
 * would hang the step until the job times out.
 */




/** Roots from the runner's environment: GITHUB_WORKSPACE (else the current directory) and RUNNER_TEMP. */
function fileRootsFromEnv(env = process.env) {
    return { workspace: env.GITHUB_WORKSPACE || process.cwd(), temp: env.RUNNER_TEMP || undefined };
}
/** True when `child` is `root` or below it (both absolute, normalised). */
function isWithin(root, child) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, child);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function realRoots(roots) {
    const out = [];
    for (const r of [roots.workspace, roots.temp]) {
        if (!r)
            continue;
        try {
            out.push((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(r));
        }
        catch {
            // A root that does not exist holds nothing.
        }
    }
    return out;
}
/**
 * Realpath of a path that may not exist yet: the nearest existing ancestor's realpath plus the rest. A dangling
 * symbolic link on the way is followed to where it points (writing through it would create the file there).
 */
function realpathLoose(abs, depth = 0) {
    const rest = [];
    let p = abs;
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p), ...rest.reverse());
        }
        catch (e) {
            const code = e.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw e;
            if (depth < 40 && isLink(p))
                return realpathLoose((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(p)), ...rest.reverse()), depth + 1);
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p);
            if (parent === p)
                return abs;
            rest.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(p));
            p = parent;
        }
    }
}
function isLink(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function shownRoots(roots) {
    return roots.temp ? `the workspace (${roots.workspace}) or the runner's temp folder (${roots.temp})` : `the workspace (${roots.workspace})`;
}
function outside(input, given, real, roots, what) {
    const via = real !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(roots.workspace, given) ? ` (it resolves to ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(real, 200)} through a symbolic link)` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(given, 200)}${via} is outside ${shownRoots(roots)}; ${what} Use a path inside the repository checkout or RUNNER_TEMP.`);
}
/** What a stat says the file is, in words, for a refusal. */
function fileKind(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a named pipe (FIFO)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    if (st.isSymbolicLink())
        return 'a symbolic link';
    return 'not a regular file';
}
/**
 * Resolve a path input that names a file to read: relative paths start at the workspace; the real path (every
 * symbolic link followed) must lie inside a root; the file must exist and be a regular file. Returns the absolute
 * path as given (not the real one), so messages name the file the user wrote.
 */
function resolveInputFile(path, opts) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.roots.workspace, path);
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            // Outside is refused before "not found" (which would tell whether a file exists there); a dangling link is
            // judged by where it points.
            const target = realpathLoose(abs);
            if (!realRoots(opts.roots).some((r) => isWithin(r, target))) {
                throw outside(opts.input, path, target, opts.roots, 'the action reads only files the run holds.');
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(path, 200)} not found; check the path (relative paths start at the workspace, ${opts.roots.workspace}).`);
        }
        if (code === 'EACCES' || code === 'EPERM')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(path, 200)} cannot be read (permission denied).`);
        if (code === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(path, 200)} is a symbolic link loop.`);
        throw e;
    }
    if (!realRoots(opts.roots).some((r) => isWithin(r, real))) {
        throw outside(opts.input, path, real, opts.roots, 'the action reads only files the run holds.');
    }
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    if (st.isFile() || (opts.directory && st.isDirectory()))
        return abs;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(path, 200)} is ${fileKind(st)}, not a regular file; ` +
        (st.isDirectory() ? 'give the path of a file inside it.' : 'the action reads only regular files (it never opens pipes or devices).'));
}
/**
 * Resolve a path input that names a file to write: its real location (links followed, missing folders allowed)
 * must lie inside a root; an existing target must be a regular file (never a directory, pipe or device), and not a
 * file this run reads. Returns the absolute path.
 */
function resolveOutputFile(path, opts) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.roots.workspace, path);
    const real = realpathLoose(abs);
    if (!realRoots(opts.roots).some((r) => isWithin(r, real))) {
        throw outside(opts.input, path, real, opts.roots, 'the action writes only there.');
    }
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    }
    catch {
        st = undefined;
    }
    if (st && !st.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(path, 200)} is ${fileKind(st)}; give the path of a file to write (it is created or replaced).`);
    }
    for (const i of opts.inputs ?? []) {
        if (!i)
            continue;
        if (realpathLoose((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.roots.workspace, i)) === real) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': ${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(path, 200)} is also a file this run reads (${(0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(i, 200)}); writing there would overwrite it. Choose another path.`);
        }
    }
    return abs;
}
/**
 * Check an already-resolved path is a regular file before opening it, from its stat (never an open): a directory,
 * FIFO, socket or device is a UserError naming `label`. Returns the stat.
 */
function statRegularFile(path, label) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label} not found; check the path (relative paths start at the workspace)`, { file: path });
        if (code === 'EACCES' || code === 'EPERM')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label} cannot be read (permission denied)`, { file: path });
        if (code === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label} is a symbolic link loop`, { file: path });
        throw e;
    }
    if (!st.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label} is ${fileKind(st)}, not a regular file; ${st.isDirectory() ? 'pass the path of a file' : 'the action never opens pipes or devices'}`, { file: path });
    }
    return st;
}


/***/ }),

/***/ 50898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ percentileInterval),
/* harmony export */   Z: () => (/* binding */ quantileSorted)
/* harmony export */ });
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


/***/ }),

/***/ 99890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ createRng)
/* harmony export */ });
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


/***/ })

};
