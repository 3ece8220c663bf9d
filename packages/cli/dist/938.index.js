export const id = 938;
export const ids = [938,784];
export const modules = {

/***/ 42784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WorkspaceFiles: () => (/* binding */ WorkspaceFiles),
/* harmony export */   absPath: () => (/* binding */ absPath),
/* harmony export */   byCodeUnit: () => (/* binding */ byCodeUnit),
/* harmony export */   filterPaths: () => (/* binding */ filterPaths),
/* harmony export */   isInside: () => (/* binding */ isInside),
/* harmony export */   matcher: () => (/* binding */ matcher),
/* harmony export */   refuseInputClobber: () => (/* binding */ refuseInputClobber),
/* harmony export */   toWorkspacePattern: () => (/* binding */ toWorkspacePattern)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71026);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90319);
/* harmony import */ var _fs_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53244);





/** Directories never descended into: VCS metadata is not data, and walking it would be slow. */
const SKIP_DIRS = new Set(['.git', '.hg', '.svn']);
/** True when a workspace-relative POSIX path stays inside the workspace. */
function isInside(rel) {
    return rel !== '..' && !rel.startsWith('../') && !node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(rel);
}
/**
 * Turn a user's path or pattern into a workspace-relative POSIX pattern, refusing any that leaves the workspace
 * (`../x`, `/etc/x`, `a/../../x`): a pull request must not make the action read files outside the checkout.
 */
function toWorkspacePattern(workspace, pattern, input) {
    let p = pattern.trim().replace(/\\/g, '/');
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) || /^[A-Za-z]:\//.test(p)) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, p).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        if (!isInside(rel))
            throw outside(input, pattern, workspace);
        p = rel;
    }
    const norm = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(p);
    if (!isInside(norm))
        throw outside(input, pattern, workspace);
    return norm === '.' ? '' : norm.replace(/\/$/, '');
}
function outside(input, pattern, workspace) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${input}': '${pattern}' points outside the workspace (${workspace}). Use a path inside the repository checkout.`);
}
/**
 * Lists files under a workspace once and answers many glob inputs from the same listing. Symbolic links are followed
 * only when their target stays inside the workspace; one pointing outside is refused with the input and path named,
 * since the action would otherwise hash, profile and summarise a file the repository does not hold.
 */
class WorkspaceFiles {
    workspace;
    listing = new Map();
    realRoot;
    constructor(workspace) {
        this.workspace = workspace;
        this.realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    }
    /** Expand newline-separated input lines (globs, files, folders, `!negations`) into matched files. */
    expand(patterns, opts) {
        const positives = [];
        for (const raw of patterns) {
            const negated = raw.startsWith('!');
            const pattern = toWorkspacePattern(this.workspace, negated ? raw.slice(1) : raw, opts.input);
            if (negated) {
                const isMatch = matcher(pattern);
                for (const p of positives)
                    for (const f of p.files)
                        if (isMatch(f))
                            p.files.delete(f);
                continue;
            }
            positives.push({ pattern: raw, files: new Set(this.match(pattern, opts.input)) });
        }
        if (!opts.allowEmpty) {
            const empty = positives.find((p) => p.files.size === 0);
            if (empty) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${opts.input}': '${empty.pattern}' matched no files in ${this.workspace}. ` +
                    `Check the path (globs are relative to the workspace), or set allow-empty: true if an empty match is expected.`);
            }
        }
        const all = new Set();
        for (const p of positives)
            for (const f of p.files)
                all.add(f);
        return {
            files: [...all].sort(byCodeUnit),
            byPattern: positives.map((p) => ({ pattern: p.pattern, files: [...p.files].sort(byCodeUnit) })),
        };
    }
    match(pattern, input) {
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(pattern);
        if (!scan.isGlob) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.workspace, pattern);
            const st = safeStat(abs);
            if (!st)
                return [];
            this.checkReal(abs, pattern, input);
            if (st.isFile())
                return [pattern];
            if (st.isDirectory())
                return this.walk(pattern, input);
            // Named on its own, a FIFO, socket or device is refused (never opened: a FIFO would block the read).
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${input}': '${pattern}' is ${(0,_fs_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .fileKind */ .h_)(st)}, not a regular file; the action hashes and reads only regular files.`);
        }
        const base = scan.base === '.' ? '' : scan.base;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.workspace, base);
        const st = safeStat(abs);
        if (!st?.isDirectory())
            return [];
        const isMatch = matcher(pattern);
        return this.walk(base, input).filter((f) => isMatch(f));
    }
    /** All files below a workspace-relative directory (memoised per directory). */
    walk(dir, input) {
        const hit = this.listing.get(dir);
        if (hit)
            return hit;
        const out = [];
        const visited = new Set();
        const rec = (rel) => {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.workspace, rel);
            const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
            if (visited.has(real))
                return; // a link cycle
            visited.add(real);
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${input}': cannot list folder '${rel || '.'}': ${e.message}`);
            }
            for (const d of entries) {
                const child = rel ? `${rel}/${d.name}` : d.name;
                if (d.isDirectory()) {
                    if (!SKIP_DIRS.has(d.name))
                        rec(child);
                }
                else if (d.isFile()) {
                    out.push(child);
                }
                else if (d.isSymbolicLink()) {
                    const st = safeStat((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.workspace, child));
                    if (!st)
                        continue; // dangling link: nothing to hash
                    this.checkReal((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.workspace, child), child, input);
                    if (st.isDirectory())
                        rec(child);
                    else if (st.isFile())
                        out.push(child);
                }
            }
        };
        rec(dir);
        out.sort(byCodeUnit);
        this.listing.set(dir, out);
        return out;
    }
    checkReal(abs, shown, input) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.realRoot, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        if (!isInside(rel)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${input}': '${shown}' is a link to ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs)}, outside the workspace (${this.workspace}). ` +
                `Copy the data into the checkout or point the input at a path inside it.`);
        }
    }
}
/** A predicate for one workspace-relative pattern: a glob, or a file/folder path matching itself and what is under it. */
function matcher(pattern) {
    const scan = picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(pattern);
    if (!scan.isGlob)
        return (f) => f === pattern || f.startsWith(pattern === '' ? '' : pattern + '/');
    // What picomatch(pattern)(f) answers for a POSIX path, without its per-call result object (3x faster on 10,000).
    const re = picomatch__WEBPACK_IMPORTED_MODULE_4___default().makeRe(pattern, { dot: true });
    return (f) => f !== '' && (f === pattern || re.test(f));
}
/**
 * Filter paths (that need not exist, e.g. files a pull request deleted) by input lines: globs, files, folders and
 * `!negations`, with the same meaning as WorkspaceFiles.expand.
 */
function filterPaths(workspace, patterns, paths, input) {
    const rules = patterns.map((raw) => {
        const negated = raw.startsWith('!');
        return { negated, isMatch: matcher(toWorkspacePattern(workspace, negated ? raw.slice(1) : raw, input)) };
    });
    return paths.filter((f) => {
        let keep = false;
        for (const r of rules) {
            if (r.negated) {
                if (keep && r.isMatch(f))
                    keep = false;
            }
            else if (!keep && r.isMatch(f))
                keep = true;
        }
        return keep;
    });
}
function safeStat(abs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
    }
    catch {
        return undefined;
    }
}
/** Sort by UTF-16 code unit, the same on every machine and locale (localeCompare is not). */
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A relative POSIX path with no empty, `.` or `..` segment and no backslash: joining it needs no normalising. */
const CLEAN_REL = /^(?!\.{1,2}(?:\/|$))(?!.*\/\.{1,2}(?:\/|$))(?!.*\/\/)[^\\/][^\\]*$/;
/**
 * Absolute path of a workspace-relative POSIX path. The paths a glob listing yields are clean and are concatenated
 * (path.join's normalising was a tenth of a warm re-check of 10,000 files); anything else goes through join.
 */
function absPath(workspace, rel) {
    if (rel.endsWith('/') || !CLEAN_REL.test(rel))
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, rel);
    return (workspace.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? workspace : workspace + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) + (node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? rel : rel.replace(/\//g, node_path__WEBPACK_IMPORTED_MODULE_1__.sep));
}
/**
 * Refuse an output path (write-lock, report-path) that names an existing input of this run: a data, pointer, code or
 * params file the globs match. Such a file would be left out of the fingerprint (the action's own files are) and
 * then overwritten with JSON. A file mlci wrote itself (a lock file or report from an earlier run, JSON whose
 * `schema` starts with `mlci.`) is the action's own and may be replaced.
 */
function refuseInputClobber(workspace, rel, input, globs) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, rel);
    const st = safeStat(abs);
    if (!st?.isFile())
        return;
    for (const [name, patterns] of Object.entries(globs)) {
        const positives = patterns.filter((p) => p.trim() !== '');
        if (positives.length === 0)
            continue;
        if (filterPaths(workspace, positives, [rel], name).length > 0 && !writtenByMlci(abs, st.size)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Input '${input}': '${rel}' is a file input '${name}' matches; writing there would overwrite it. ` +
                `Choose another path (or exclude it from '${name}' with '!${rel}' if it is not data).`);
        }
    }
}
/** A JSON object with `"schema": "mlci.…"` (lock files sort their keys, so the schema is not necessarily first). */
function writtenByMlci(abs, size) {
    if (size > 256 * 1024 * 1024)
        return false;
    try {
        const head = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8');
        if (!/^\s*\{/.test(head))
            return false;
        const schema = JSON.parse(head).schema;
        return typeof schema === 'string' && schema.startsWith('mlci.');
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 71687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   Om: () => (/* binding */ serializeRecord),
/* harmony export */   W1: () => (/* binding */ RecordError),
/* harmony export */   ep: () => (/* binding */ RECORD_SCHEMA)
/* harmony export */ });
/* unused harmony export detectRecordSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29143);
/* harmony import */ var _drift_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39142);


/**
 * The baseline record: what the last training run saw, saved to the cache or a committed lock file and compared
 * against on the next run. Versioned by `schema`; a record of another version or one that fails validation is
 * treated as absent (first run) with one warning, never a crash.
 */
const RECORD_SCHEMA = 'mlci.detect.record/v1';
/**
 * The per-file entries are the bulk of a record (10,000 files: 2.4 MB) and checking them with zod doubled the
 * parse time of a warm re-check, so they are checked by hand (checkFiles) and typed here.
 */
const fileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .custom */ .IeY(() => true);
const SHA256_HEX = /^[0-9a-f]{64}$/;
const MD5_HEX = /^[0-9a-f]{32}$/;
/** The problem with the first malformed file entry, or undefined when all are well formed. */
function checkFiles(files) {
    for (let i = 0; i < files.length; i++) {
        const f = files[i];
        const bad = (what) => `files.${i}: ${what}`;
        if (f === null || typeof f !== 'object')
            return bad('expected an object');
        if (typeof f.path !== 'string')
            return bad('path: expected a string');
        if (typeof f.size !== 'number' || !Number.isInteger(f.size) || f.size < 0)
            return bad('size: expected a whole number of bytes');
        if (typeof f.sha256 !== 'string' || !SHA256_HEX.test(f.sha256))
            return bad('sha256: expected 64 hex digits');
        if (f.md5 !== undefined && (typeof f.md5 !== 'string' || !MD5_HEX.test(f.md5)))
            return bad('md5: expected 32 hex digits');
        for (const k of ['mtimeMs', 'ctimeMs', 'ino'])
            if (typeof f[k] !== 'number')
                return bad(`${k}: expected a number`);
    }
    return undefined;
}
const pointerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    nfiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['lfs', 'dvc', 'dvc-lock']),
    stage: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const detectRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RECORD_SCHEMA),
    /** When this record was written (ISO 8601). */
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** When the training this record stands for ran: the age `max-age` compares with. */
    trainedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Commit the record was taken at: `code` changes on schedule/workflow_dispatch are listed since it. */
    commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** Merkle digest of the data set (files and pointers). */
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** When the files were stat'ed (ms since epoch), for the stat cache's racy-file rule. */
    statAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileSchema),
    pointers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(pointerSchema),
    /** Code files' sha256 by path: used when the event cannot say which files changed. */
    code: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    /** Params snapshot: file (or dvc.lock scope) → dotted key → JSON text of the value. */
    params: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())),
    /** Profiles of tabular data files, by path, with the sha256 they were computed from. */
    profiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), _drift_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .tableProfileSchema */ .RX.extend({ sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), format: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    /** Each `data` pattern's tabular files: a table is compared as a whole (shards merged). */
    tables: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) })),
});
/** Why a stored record could not be used. */
class RecordError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RecordError';
    }
}
/** Parse and validate a record's JSON text. Throws RecordError (never a UserError: a bad record is not fatal). */
function parseRecord(text, where) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new RecordError(`baseline record ${where} is not valid JSON (${e.message})`);
    }
    const schema = raw?.schema;
    if (schema !== RECORD_SCHEMA) {
        throw new RecordError(`baseline record ${where} has schema ${JSON.stringify(schema)}; this version reads ${RECORD_SCHEMA}`);
    }
    // zod checks everything but the file entries, which checkFiles walks without copying them.
    const files = raw.files;
    if (!Array.isArray(files))
        throw new RecordError(`baseline record ${where} is damaged: files: expected an array`);
    const r = detectRecordSchema.safeParse({ ...raw, files: [] });
    if (!r.success) {
        const i = r.error.issues[0];
        throw new RecordError(`baseline record ${where} is damaged: ${i.path.join('.') || '(top level)'}: ${i.message}`);
    }
    const badFile = checkFiles(files);
    if (badFile)
        throw new RecordError(`baseline record ${where} is damaged: ${badFile}`);
    return { ...r.data, files: files };
}
/**
 * Serialise a record: keys in a fixed order, files and pointers sorted by path, two-space indent and a final newline,
 * so a committed lock file diffs line by line and the same inputs give the same bytes.
 */
function serializeRecord(record) {
    return JSON.stringify(sortKeys(record), null, 2) + '\n';
}
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v !== null && typeof v === 'object') {
        const out = {};
        // Record keys (paths, params keys) sort by code unit; schema fields keep the schema's order for readability.
        const keys = Object.keys(v);
        const ordered = keys.includes('schema') ? keys : [...keys].sort();
        for (const k of ordered)
            out[k] = sortKeys(v[k]);
        return out;
    }
    return v;
}


/***/ }),

/***/ 68129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ quantileAt),
/* harmony export */   RO: () => (/* binding */ cdfBelow),
/* harmony export */   RZ: () => (/* binding */ quantileCdf),
/* harmony export */   SH: () => (/* binding */ empiricalCdf),
/* harmony export */   Xm: () => (/* binding */ mergedBreakpoints),
/* harmony export */   a$: () => (/* binding */ mixtureCdf),
/* harmony export */   bF: () => (/* binding */ cdfAt),
/* harmony export */   g1: () => (/* binding */ countsCdf)
/* harmony export */ });
/* unused harmony export mixtureQuantiles */
/** Empirical CDF of ascending, NaN-free values (duplicates allowed). */
function empiricalCdf(sorted) {
    const n = sorted.length;
    const xs = [];
    const ps = [];
    let i = 0;
    while (i < n) {
        const x = sorted[i];
        let j = i;
        while (j < n && sorted[j] === x)
            j++;
        xs.push(x, x);
        ps.push(i / n, j / n);
        i = j;
    }
    return { xs: Float64Array.from(xs), ps: Float64Array.from(ps) };
}
/** Empirical CDF of [value, count] pairs (ascending values): the exact step function of a low-cardinality column. */
function countsCdf(pairs) {
    let n = 0;
    for (const [, c] of pairs)
        n += c;
    const xs = new Float64Array(pairs.length * 2);
    const ps = new Float64Array(pairs.length * 2);
    let below = 0;
    pairs.forEach(([x, c], i) => {
        xs[2 * i] = x;
        xs[2 * i + 1] = x;
        ps[2 * i] = below / n;
        below += c;
        ps[2 * i + 1] = below / n;
    });
    return { xs, ps };
}
/** CDF of a quantile summary: `quantiles[i]` is the (i / (length − 1))-quantile, ascending. */
function quantileCdf(quantiles) {
    const q = quantiles.length - 1;
    const xs = Float64Array.from(quantiles);
    const ps = new Float64Array(q + 1);
    for (let i = 0; i <= q; i++)
        ps[i] = q === 0 ? 1 : i / q;
    if (q === 0)
        return { xs: Float64Array.of(xs[0], xs[0]), ps: Float64Array.of(0, 1) };
    return { xs, ps };
}
/** Index of the last breakpoint with xs[k] <= x, or −1 when x is below every breakpoint. */
function lastAtOrBelow(xs, x) {
    let lo = 0;
    let hi = xs.length; // first index with xs[k] > x
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (xs[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}
/** F(x) = P(X ≤ x) (right-continuous). */
function cdfAt(c, x) {
    const k = lastAtOrBelow(c.xs, x);
    if (k < 0)
        return 0;
    if (k === c.xs.length - 1)
        return c.ps[k];
    if (c.xs[k] === x)
        return c.ps[k];
    const x0 = c.xs[k];
    const x1 = c.xs[k + 1];
    return c.ps[k] + ((x - x0) / (x1 - x0)) * (c.ps[k + 1] - c.ps[k]);
}
/** F(x−) = P(X < x) (the left limit). At a breakpoint it is the first p listed for that x. */
function cdfBelow(c, x) {
    let lo = 0; // first index with xs[lo] >= x
    let hi = c.xs.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (c.xs[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo === c.xs.length)
        return c.ps[lo - 1];
    if (c.xs[lo] === x)
        return c.ps[lo];
    if (lo === 0)
        return 0;
    const x0 = c.xs[lo - 1];
    const x1 = c.xs[lo];
    return c.ps[lo - 1] + ((x - x0) / (x1 - x0)) * (c.ps[lo] - c.ps[lo - 1]);
}
/** Quantile function Q(u) = inf{x : F(x) ≥ u}, interpolating linearly where F is linear. */
function quantileAt(c, u) {
    const { xs, ps } = c;
    if (u <= ps[0])
        return xs[0];
    // first index with ps[k] >= u
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ps[mid] < u)
            lo = mid + 1;
        else
            hi = mid;
    }
    const p0 = ps[lo - 1];
    const p1 = ps[lo];
    if (p1 === p0 || xs[lo] === xs[lo - 1])
        return xs[lo];
    return xs[lo - 1] + ((u - p0) / (p1 - p0)) * (xs[lo] - xs[lo - 1]);
}
/** Sorted distinct breakpoints of both CDFs: every place where either may bend or jump. */
function mergedBreakpoints(a, b) {
    const all = new Float64Array(a.xs.length + b.xs.length);
    all.set(a.xs, 0);
    all.set(b.xs, a.xs.length);
    all.sort();
    let n = 0;
    for (let i = 0; i < all.length; i++)
        if (i === 0 || all[i] !== all[n - 1])
            all[n++] = all[i];
    return all.subarray(0, n);
}
/** Mixture CDF Σ wᵢ·Fᵢ / Σ wᵢ of piecewise-linear CDFs (exact: piecewise linear again, on the union of breakpoints). */
function mixtureCdf(parts) {
    const live = parts.filter((p) => p.weight > 0);
    if (live.length === 1)
        return live[0].cdf;
    const total = live.reduce((s, p) => s + p.weight, 0);
    const xsAll = new Float64Array(live.reduce((s, p) => s + p.cdf.xs.length, 0));
    let o = 0;
    for (const p of live) {
        xsAll.set(p.cdf.xs, o);
        o += p.cdf.xs.length;
    }
    xsAll.sort();
    const xs = [];
    const ps = [];
    for (let i = 0; i < xsAll.length; i++) {
        const x = xsAll[i];
        if (i > 0 && x === xsAll[i - 1])
            continue;
        let below = 0;
        let at = 0;
        for (const p of live) {
            below += p.weight * cdfBelow(p.cdf, x);
            at += p.weight * cdfAt(p.cdf, x);
        }
        if (at - below > 0) {
            xs.push(x);
            ps.push(below / total);
        }
        xs.push(x);
        ps.push(at / total);
    }
    return { xs: Float64Array.from(xs), ps: Float64Array.from(ps) };
}
/**
 * Mixture CDF Σ wᵢ·Fᵢ / Σ wᵢ, summarised again as `points` + 1 quantiles. Used to merge the per-file profiles of
 * one table (weights = row counts) without revisiting the data.
 */
function mixtureQuantiles(parts, points) {
    const mix = mixtureCdf(parts);
    return Array.from({ length: points + 1 }, (_, i) => quantileAt(mix, i / points));
}


/***/ }),

/***/ 97980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ sketchCdf),
/* harmony export */   LX: () => (/* binding */ sketchOfSorted),
/* harmony export */   Nn: () => (/* binding */ simulateSketch),
/* harmony export */   cL: () => (/* binding */ sketchRanks),
/* harmony export */   qB: () => (/* binding */ simulateSorted)
/* harmony export */ });
/* unused harmony exports BODY_STEPS, gamma */
/* harmony import */ var _cdf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68129);

/**
 * The numeric sketch a profile stores: order statistics of the column's uniform sample (the whole column up to
 * 65,536 values, else a reservoir sample of that size) at fixed ranks — every 1/256 of the body, and ranks 0..7 then
 * four per octave (8, 10, 12, 14, 16, 20, …) in each tail, so the extremes are stored as order statistics rather than
 * spread linearly up to the maximum. About 340 numbers per column.
 *
 * Because the sample is an i.i.d. draw from the column's distribution (a uniform sample of i.i.d. rows is one) and
 * the ranks depend only on the sample size N, a sketch of a *simulated* sample of size N is obtained exactly from
 * uniform order statistics at those ranks (gamma spacings, below) — the null distribution of any statistic computed
 * on two sketches can be simulated in O(ranks), not O(N).
 */
const BODY_STEPS = 256;
const rankCache = new Map();
/** Ranks (0-based, ascending, distinct) of the order statistics a sketch of a sample of size n keeps. */
function sketchRanks(n) {
    let r = rankCache.get(n);
    if (r === undefined) {
        if (rankCache.size > 64)
            rankCache.clear();
        r = computeRanks(n);
        rankCache.set(n, r);
    }
    return r;
}
function computeRanks(n) {
    if (n <= 0)
        return new Int32Array(0);
    const last = n - 1;
    const set = new Set();
    for (let i = 0; i <= BODY_STEPS; i++)
        set.add(Math.round((i * last) / BODY_STEPS));
    const tailEnd = last / BODY_STEPS;
    for (let r = 0; r < 8 && r <= tailEnd; r++) {
        set.add(r);
        set.add(last - r);
    }
    for (let oct = 8; oct <= tailEnd; oct *= 2) {
        for (let j = 0; j < 4; j++) {
            const r = oct + (j * oct) / 4;
            if (r > tailEnd)
                break;
            set.add(r);
            set.add(last - r);
        }
    }
    return Int32Array.from([...set].sort((a, b) => a - b));
}
/** The sketch of an ascending sample: its order statistics at sketchRanks(sample.length). */
function sketchOfSorted(sorted) {
    const ranks = sketchRanks(sorted.length);
    const out = new Array(ranks.length);
    for (let i = 0; i < ranks.length; i++)
        out[i] = sorted[ranks[i]];
    return out;
}
/**
 * The CDF a sketch stands for: the points (x_(r), r/(n − 1)), linear in between — the linear interpolation of the
 * sample's quantile function (Hyndman & Fan 1996, type 7) through the stored ranks.
 */
function sketchCdf(values, n) {
    const ranks = sketchRanks(n);
    if (values.length !== ranks.length)
        throw new Error(`sketch of ${values.length} values does not match sample size ${n}`);
    if (n === 1)
        return { xs: Float64Array.of(values[0], values[0]), ps: Float64Array.of(0, 1) };
    const xs = Float64Array.from(values);
    const ps = new Float64Array(ranks.length);
    for (let i = 0; i < ranks.length; i++)
        ps[i] = ranks[i] / (n - 1);
    return { xs, ps };
}
/** Standard normal variate (Box–Muller, one of the pair). */
function normal(rng) {
    return Math.sqrt(-2 * Math.log(rng.next())) * Math.cos(2 * Math.PI * rng.next());
}
/** Gamma(shape, 1) variate for shape ≥ 1 (Marsaglia & Tsang 2000, "A simple method for generating gamma variables"). */
function gamma(rng, shape) {
    if (shape === 1)
        return -Math.log(rng.next());
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
        let x;
        let v;
        do {
            x = normal(rng);
            v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const u = rng.next();
        if (u < 1 - 0.0331 * x * x * x * x)
            return d * v;
        if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v)))
            return d * v;
    }
}
/**
 * Simulate the sketch of an i.i.d. sample of size n from the distribution `from`: the k-th smallest of n uniforms is
 * S_k / S_{n+1} with S_k a sum of k standard exponentials (Devroye 1986, V.2), so the uniform order statistics at the
 * sketch's ranks come from one gamma variate per gap between ranks; the sample values are their quantiles.
 */
function simulateSketch(from, n, rng) {
    const ranks = sketchRanks(n);
    const s = new Float64Array(ranks.length);
    let acc = 0;
    let prev = -1;
    for (let i = 0; i < ranks.length; i++) {
        acc += gamma(rng, ranks[i] - prev);
        s[i] = acc;
        prev = ranks[i];
    }
    const total = acc + gamma(rng, n - prev);
    const values = new Float64Array(ranks.length);
    for (let i = 0; i < ranks.length; i++)
        values[i] = (0,_cdf_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileAt */ .H7)(from, s[i] / total);
    return sketchCdf(values, n);
}
/** Simulate an exact sample of size n from `from`, ascending. */
function simulateSorted(from, n, rng) {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++)
        out[i] = (0,_cdf_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileAt */ .H7)(from, rng.next());
    return out.sort();
}


/***/ }),

/***/ 39142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ MAX_DISTINCT_NUMBERS),
/* harmony export */   Q: () => (/* binding */ MAX_STORED_CATEGORIES),
/* harmony export */   RX: () => (/* binding */ tableProfileSchema),
/* harmony export */   SL: () => (/* binding */ summaryCdf),
/* harmony export */   SQ: () => (/* binding */ QUANTILE_STEPS),
/* harmony export */   fK: () => (/* binding */ columnFamily),
/* harmony export */   gn: () => (/* binding */ CATEGORICAL_MAX_UNIQUE),
/* harmony export */   wQ: () => (/* binding */ SMALL_REFERENCE_ROWS)
/* harmony export */ });
/* unused harmony exports numericSummarySchema, categoricalSummarySchema, columnSummarySchema, numericDistinctCount, columnTypeSchema, columnProfileSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29143);
/* harmony import */ var _cdf_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68129);
/* harmony import */ var _sketch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97980);



/**
 * What a profile keeps of one column: enough to test drift against a later profile, in kilobytes, never the data.
 * Numeric columns keep moments, a quantile summary and — for small references, where the size-aware defaults use exact
 * tests — the values themselves; categorical columns keep their most frequent categories with counts.
 */
/** References at or below this many rows use the p-value tests (KS, chi-square); above it the distances (STATS.md). */
const SMALL_REFERENCE_ROWS = 1000;
/** A numeric column with at most this many distinct values is tested as categorical (STATS.md). */
const CATEGORICAL_MAX_UNIQUE = 5;
/** Numeric columns remember exact value counts up to this many distinct values (ages, hours, ratings, codes). */
const MAX_DISTINCT_NUMBERS = 256;
/**
 * Categorical columns store at most this many categories (about 20 KB); the rest are counted together as `other`.
 * Drift compares categories whose counts both sides know (listed, or the side lists all its categories) and folds
 * the rest into `(other)` on both sides alike.
 */
const MAX_STORED_CATEGORIES = 1000;
/** Quantile summaries hold the q-quantiles for q = i/QUANTILE_STEPS, i = 0..QUANTILE_STEPS. */
const QUANTILE_STEPS = 200;
const numericSummarySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('numeric'),
    count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    nulls: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    mean: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    /** Standard deviation, ddof = 1. */
    std: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    /** All values are whole numbers. */
    integer: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    /** QUANTILE_STEPS + 1 quantiles (empty for an all-null column). */
    quantiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()),
    /** How many values the quantiles rest on: `count` when exact, else the reservoir sample's size. */
    sampleSize: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    /**
     * Order statistics of the `sampleSize`-value sample at sketchRanks(sampleSize) (sketch.ts): the body every 1/256 and
     * the tails rank by rank. Absent in profiles written before it existed (their distances get no null reference).
     */
    sketch: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).optional(),
    /** Every value, ascending, when count ≤ SMALL_REFERENCE_ROWS. */
    values: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).optional(),
    /** Exact [value, count] pairs, ascending, when the column has at most MAX_DISTINCT_NUMBERS distinct values. */
    distinct: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int()])).optional(),
});
const categoricalSummarySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('categorical'),
    count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    nulls: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    /** Most frequent categories, by count descending then value, with exact counts. */
    top: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int()])),
    /** Rows whose category is not in `top`. */
    other: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    /** Distinct categories seen; a lower bound when `distinctCapped`. */
    distinct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    distinctCapped: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
});
const columnSummarySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('kind', [numericSummarySchema, categoricalSummarySchema]);
function columnFamily(t) {
    return t === 'integer' || t === 'float' ? 'numeric' : t;
}
/**
 * The CDF a numeric summary stands for: exact when the values or the distinct-value counts are kept, else the
 * sketch's (or, in older profiles, the 201-point quantile summary's).
 */
function summaryCdf(s) {
    if (s.values && s.values.length === s.count)
        return (0,_cdf_js__WEBPACK_IMPORTED_MODULE_2__/* .empiricalCdf */ .SH)(s.values);
    if (s.distinct)
        return (0,_cdf_js__WEBPACK_IMPORTED_MODULE_2__/* .countsCdf */ .g1)(s.distinct);
    if (s.sketch && s.sampleSize > 0)
        return (0,_sketch_js__WEBPACK_IMPORTED_MODULE_0__/* .sketchCdf */ .KE)(s.sketch, s.sampleSize);
    return (0,_cdf_js__WEBPACK_IMPORTED_MODULE_2__/* .quantileCdf */ .RZ)(s.quantiles);
}
/** Distinct values of a numeric column when known exactly (≤ MAX_DISTINCT_NUMBERS). */
function numericDistinctCount(s) {
    return s.distinct?.length;
}
const columnTypeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['integer', 'float', 'boolean', 'string', 'empty']);
const columnProfileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    type: columnTypeSchema,
    summary: columnSummarySchema,
});
/** Profile of one table (a file, or the files one `data` pattern matched): exact row count and one entry per column. */
const tableProfileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(columnProfileSchema),
});


/***/ })

};
