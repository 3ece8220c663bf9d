export const id = 683;
export const ids = [683];
export const modules = {

/***/ 38759:
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

/***/ 53244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ resolveInputFile),
/* harmony export */   b2: () => (/* binding */ statRegularFile),
/* harmony export */   cX: () => (/* binding */ resolveOutputFile),
/* harmony export */   h_: () => (/* binding */ fileKind)
/* harmony export */ });
/* unused harmony exports fileRootsFromEnv, isWithin */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90319);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38759);
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

/***/ 39477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   VR: () => (/* binding */ maxDocumentBytes),
/* harmony export */   iN: () => (/* binding */ positiveIntEnv)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_DOCUMENT_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90319);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53244);



/** Default largest config or report document (policy, params, metrics file, report) read whole: 16 MiB. */
const DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
/**
 * The largest document read whole, from MLCI_MAX_DOCUMENT_BYTES when set (a positive integer of bytes). A policy or
 * a metrics file is kilobytes; the cap keeps a mistaken path (a data file, a log) from being loaded and parsed.
 */
function maxDocumentBytes(env = process.env) {
    return positiveIntEnv(env, 'MLCI_MAX_DOCUMENT_BYTES', DEFAULT_MAX_DOCUMENT_BYTES);
}
/** A positive integer from an environment variable, or `fallback`; anything else is a UserError naming it. */
function positiveIntEnv(env, name, fallback) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '')
        return fallback;
    const v = Number(raw.trim());
    if (!Number.isSafeInteger(v) || v < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Environment variable ${name} must be a positive whole number of bytes; it is '${raw.slice(0, 40)}'.`);
    return v;
}
/**
 * Read a small text file whole (UTF-8): a regular file only (checked from its stat, never opened otherwise), at most
 * `maxBytes`. `label` names it in errors ("Policy .github/mlci/gate.yml").
 */
function readTextFile(path, label, maxBytes = maxDocumentBytes()) {
    const st = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .statRegularFile */ .b2)(path, label);
    if (st.size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} is ${st.size.toLocaleString('en-US')} bytes, over the ${maxBytes.toLocaleString('en-US')}-byte limit for a document read whole; ` +
            `check the path (set MLCI_MAX_DOCUMENT_BYTES to raise the limit)`, { file: path });
    }
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'EACCES' || code === 'EPERM')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} cannot be read (permission denied)`, { file: path });
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} is a directory, not a regular file; pass the path of a file`, { file: path });
        throw e;
    }
}


/***/ }),

/***/ 90625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ metricLabel),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   oF: () => (/* binding */ fmtP),
/* harmony export */   oh: () => (/* binding */ thousands),
/* harmony export */   u: () => (/* binding */ streamSeed)
/* harmony export */ });
/* harmony import */ var _metrics_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96475);

/** A stable 32-bit hash (FNV-1a) so each (slice, family) draws from its own seeded stream, whatever the order. */
function streamSeed(seed, key) {
    let h = 0x811c9dc5 ^ (seed >>> 0);
    for (let i = 0; i < key.length; i++)
        h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
/** How reports print a metric: the label its definition declares, else its name. */
function metricLabel(def) {
    return def.label ?? def.name;
}
/** The label of a metric named in a report (fairness rule names such as `demographic-parity` print as written). */
function displayName(metric, task) {
    try {
        return metricLabel((0,_metrics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getMetric */ .$6)(metric, task));
    }
    catch {
        return metric;
    }
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


/***/ }),

/***/ 20565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseYamlDocument),
/* harmony export */   w: () => (/* binding */ MAX_ALIAS_COUNT)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33483);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90319);
/* harmony import */ var _fs_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39477);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38759);




/** Most alias expansions per document (yaml's own default, 100): a policy has no use for more. */
const MAX_ALIAS_COUNT = 100;
/** The first mapping key node equal to `name`, anywhere in the document. */
function findKey(node, name) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        for (const it of node.items) {
            if (it.key?.value === name)
                return it.key;
            const hit = findKey(it.value, name);
            if (hit)
                return hit;
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        for (const it of node.items) {
            const hit = findKey(it, name);
            if (hit)
                return hit;
        }
    }
    return undefined;
}
function startLine(node, lc) {
    const r = node?.range;
    return r ? lc.linePos(r[0]).line : undefined;
}
/**
 * Parse `text` (YAML or JSON) from `file` and validate it with `schema`. Every problem is one UserError naming the
 * file, the line and the key — "<what> <file> line 5: significance.alpha: <message>." — so a step fails with a line
 * the user can click. Unknown keys (zod `.strict()`) are named. `what` is the document's name in messages
 * ("Policy", "Drift policy"); `shape` describes the expected mapping for a document that is not one.
 */
function parseYamlDocument(text, file, schema, opts) {
    const limit = (0,_fs_text_js__WEBPACK_IMPORTED_MODULE_2__/* .maxDocumentBytes */ .VR)();
    if (Buffer.byteLength(text, 'utf8') > limit) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file} is over the ${limit.toLocaleString('en-US')}-byte limit for a YAML document; check the path (MLCI_MAX_DOCUMENT_BYTES raises the limit).`, { file });
    }
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = lc.linePos(e.pos[0]).line || undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file}${line ? ` line ${line}` : ''} is not valid YAML: ${e.message.split('\n')[0]}`, { file, line });
    }
    /** Line of the deepest node on `path` that exists: a map entry's key line, a list item's first line. */
    const lineOf = (path) => {
        for (let k = path.length; k > 0; k--) {
            const parent = (k === 1 ? doc.contents : doc.getIn(path.slice(0, k - 1), true));
            const step = path[k - 1];
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent)) {
                const pair = parent.items.find((it) => it.key?.value === step);
                const line = startLine(pair?.key, lc);
                if (line)
                    return line;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(parent) && typeof step === 'number') {
                const line = startLine(parent.items[step], lc);
                if (line)
                    return line;
            }
        }
        return startLine(doc.contents, lc);
    };
    let js;
    try {
        // yaml counts alias expansions against the document size (maxAliasCount) and throws a ReferenceError for a
        // "billion laughs" document instead of building it.
        js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        if (!(e instanceof ReferenceError) && !(e instanceof RangeError))
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file} expands YAML aliases (*name) too far (${e.message}); write the values out instead of nesting aliases.`, { file });
    }
    const proto = findKey(doc.contents, '__proto__');
    if (proto) {
        const line = startLine(proto, lc);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file}${line ? ` line ${line}` : ''}: '__proto__' cannot be a key (JavaScript reserves it); rename or remove it.`, { file, line });
    }
    const raw = js ?? (opts.allowEmpty ? {} : null);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file} must be a YAML mapping ${opts.shape}.`, { file, line: 1 });
    }
    const r = schema.safeParse(raw);
    if (!r.success) {
        const issue = r.error.issues[0];
        const path = issue.path;
        const line = lineOf(path);
        const key = path.length ? path.join('.') : '(top level)';
        const msg = issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.slice(0, 10).map((k) => (0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(k, 60, "'")).join(', ')}${issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : ''}` : issue.message;
        const n = r.error.issues.length;
        const more = n > 1 ? ` (and ${n - 1} more problem${n > 2 ? 's' : ''})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file}${line ? ` line ${line}` : ''}: ${key}: ${msg}${more}.`, { file, line });
    }
    return { data: r.data, lineOf };
}


/***/ }),

/***/ 96475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R2: () => (/* reexport */ FALSE_POSITIVE_RATE),
  SK: () => (/* reexport */ SELECTION_RATE),
  UP: () => (/* reexport */ TRUE_POSITIVE_RATE),
  Ov: () => (/* reexport */ countsFromCells),
  Ne: () => (/* reexport */ discordantFromCells),
  $6: () => (/* reexport */ getMetric),
  F4: () => (/* reexport */ pairedCells),
  zf: () => (/* reexport */ pairedClassCells),
  Mi: () => (/* reexport */ queryCount),
  Hp: () => (/* reexport */ rateGap)
});

// UNUSED EXPORTS: ECE_BINS, LOG_LOSS_EPS, METRICS, absoluteErrorRow, absolutePercentageErrorRow, accuracy, accuracyFromConfusion, auc, aucValue, averagePrecision, brier, brierRow, confusionCounts, demographicParityDifference, demographicParityRatio, ece, equalOpportunityDifference, equalizedOddsDifference, expectedCalibrationError, f1, fpr, groupRates, logLoss, logLossRow, macroF1, macroF1FromConfusion, macroF1Metric, mae, map, mape, meanMetric, meanOfRows, metricNames, mrr, mse, multiclassAccuracy, multiclassAccuracyMetric, ndcgAtK, ndcgMetric, prAuc, precision, predictedClasses, prepareScoreOrder, queryAveragePrecision, queryGroups, r2, rSquared, ratesFromCounts, recall, reciprocalRank, rmse, selectionRate, squaredErrorRow

// EXTERNAL MODULE: ../core/src/errors.ts
var errors = __webpack_require__(90319);
// EXTERNAL MODULE: ../core/src/stats/argsort.ts
var argsort = __webpack_require__(17706);
;// CONCATENATED MODULE: ../core/src/metrics/ranked.ts

/**
 * Shared `prepare` of the score-ordered binary metrics (auc, pr-auc): the stable ascending order of the slice's
 * scores (O(n) radix sort), its tie groups, and the labels copied into that order — so that each bootstrap
 * replicate is one sequential pass whose only random access is reading the replicate's weight of each row.
 */
function prepareScoreOrder(cols, rows) {
    const { order, tied } = (0,argsort/* argsortWithTies */.oD)(cols.score, rows);
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

;// CONCATENATED MODULE: ../core/src/metrics/auc.ts

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
    label: 'AUC',
    tasks: ['binary-classification'],
    direction: 'higher',
    family: 'auc',
    needs: ['positives', 'negatives'],
    prepare: prepareScoreOrder,
    compute: aucValue,
};

;// CONCATENATED MODULE: ../core/src/metrics/average-precision.ts

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
    label: 'PR-AUC',
    tasks: ['binary-classification'],
    direction: 'higher',
    family: 'resample',
    needs: ['positives'],
    prepare: prepareScoreOrder,
    compute: averagePrecision,
};

;// CONCATENATED MODULE: ../core/src/metrics/confusion.ts
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

;// CONCATENATED MODULE: ../core/src/metrics/count-metrics.ts

function countMetric(name, direction, numerator, denominator, extra = {}) {
    const fromCounts = (tp, fp, tn, fn) => {
        const den = denominator(tp, fp, tn, fn);
        return den === 0 ? NaN : numerator(tp, fp, tn, fn) / den;
    };
    return {
        name,
        tasks: ['binary-classification'],
        direction,
        family: 'count',
        probability: true,
        fromCounts,
        numerator,
        denominator,
        ...extra,
        compute(cols, rows, _prepared, weights) {
            const c = confusionCounts(cols.label, cols.score, cols.threshold, rows, weights);
            return fromCounts(c.tp, c.fp, c.tn, c.fn);
        },
    };
}
const count_metrics_all = (tp, fp, tn, fn) => tp + fp + tn + fn;
const accuracy = countMetric('accuracy', 'higher', (tp, _fp, tn) => tp + tn, count_metrics_all, { exactTest: 'mcnemar' });
const precision = countMetric('precision', 'higher', (tp) => tp, (tp, fp) => tp + fp, { needs: ['predicted-positives'] });
const recall = countMetric('recall', 'higher', (tp) => tp, (tp, _fp, _tn, fn) => tp + fn, { needs: ['positives'] });
/** F1's denominator 2·tp + fp + fn = positives + predicted positives: it needs positives to mean anything. */
const f1 = countMetric('f1', 'higher', (tp) => 2 * tp, (tp, fp, _tn, fn) => 2 * tp + fp + fn, { label: 'F1', needs: ['positives'] });
const fpr = countMetric('fpr', 'lower', (_tp, fp) => fp, (_tp, fp, tn) => fp + tn, { label: 'FPR', needs: ['negatives'] });
/** Descriptive rather than better-when-higher: gate it with `min`/`max` bounds or through fairness checks. */
const selectionRate = countMetric('selection-rate', 'higher', (tp, fp) => tp + fp, count_metrics_all);

;// CONCATENATED MODULE: ../core/src/metrics/multiclass.ts
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

;// CONCATENATED MODULE: ../core/src/metrics/mean-metric.ts
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
function meanMetric(name, tasks, direction, perRow, probability = false, label) {
    return {
        name,
        label,
        tasks,
        direction,
        family: 'mean',
        probability,
        perRow,
        compute: (cols, rows, _prepared, weights) => meanOfRows(perRow, cols, rows, weights),
    };
}

;// CONCATENATED MODULE: ../core/src/metrics/probability-metrics.ts


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
    label: 'ECE',
    tasks: ['binary-classification'],
    direction: 'lower',
    family: 'resample',
    probability: true,
    compute: expectedCalibrationError,
};

;// CONCATENATED MODULE: ../core/src/metrics/ranking.ts

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
    const byRank = (0,argsort/* argsortWithTies */.oD)(neg).order;
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
        const perm = (0,argsort/* argsortFloat64 */.Fs)(codes); // stable: keeps the rank order inside each query
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
        label: name.toUpperCase(),
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

;// CONCATENATED MODULE: ../core/src/metrics/regression.ts

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
const mae = meanMetric('mae', ['regression'], 'lower', absoluteErrorRow, false, 'MAE');
const mse = meanMetric('mse', ['regression'], 'lower', squaredErrorRow, false, 'MSE');
const mape = meanMetric('mape', ['regression'], 'lower', absolutePercentageErrorRow, false, 'MAPE');
/** RMSE = √MSE (not a mean of rows, hence family 'resample'). */
const rmse = {
    name: 'rmse',
    label: 'RMSE',
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
    label: 'R²',
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

;// CONCATENATED MODULE: ../core/src/metrics/registry.ts








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
    // Own keys only: `constructor` or `toString` must be an unknown metric, not Object.prototype's function.
    const own = (o) => (o && Object.hasOwn(o, key) ? o[key] : undefined);
    let def = (task && own(BY_TASK[task])) || own(METRICS);
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

;// CONCATENATED MODULE: ../core/src/metrics/fairness.ts
/**
 * Selection rate, TPR and FPR per group in one pass (Fairlearn's MetricFrame quantities). `groupCodes[r]` is
 * the group of row r in 0..nGroups−1; a negative code (missing value) leaves the row out. `rows` selects a
 * slice, `weights[i]` multiplies rows[i] (bootstrap replicate).
 */
function groupRates(labels, scores, threshold, groupCodes, nGroups, rows, weights) {
    // Per group: [tn, fp, fn, tp] at 4·g + 2·label + predicted.
    const c = new Float64Array(4 * nGroups);
    const len = rows ? rows.length : labels.length;
    for (let i = 0; i < len; i++) {
        const r = rows ? rows[i] : i;
        const g = groupCodes[r];
        if (g < 0)
            continue;
        if (g >= nGroups)
            throw new RangeError(`group code ${g} at row ${r} is not below nGroups = ${nGroups}`);
        const y = labels[r];
        if (y !== 0 && y !== 1)
            throw new RangeError(`label at row ${r} is ${y}; binary metrics need 0 or 1`);
        c[4 * g + 2 * y + (scores[r] >= threshold ? 1 : 0)] += weights ? weights[i] : 1;
    }
    const out = [];
    for (let g = 0; g < nGroups; g++)
        out.push(ratesFromCounts({ tn: c[4 * g], fp: c[4 * g + 1], fn: c[4 * g + 2], tp: c[4 * g + 3] }));
    return out;
}
/** The rates of one group from its confusion counts (a bootstrap replicate's counts included). */
function ratesFromCounts(k) {
    const positives = k.tp + k.fn;
    const negatives = k.tn + k.fp;
    const support = positives + negatives;
    return {
        ...k,
        support,
        positives,
        negatives,
        selectionRate: support === 0 ? NaN : (k.tp + k.fp) / support,
        tpr: positives === 0 ? NaN : k.tp / positives,
        fpr: negatives === 0 ? NaN : k.fp / negatives,
    };
}
const SELECTION_RATE = { numerator: (k) => k.tp + k.fp, denominator: (k) => k.tp + k.fp + k.tn + k.fn };
const TRUE_POSITIVE_RATE = { numerator: (k) => k.tp, denominator: (k) => k.tp + k.fn };
const FALSE_POSITIVE_RATE = { numerator: (k) => k.fp, denominator: (k) => k.fp + k.tn };
/**
 * Gap and ratio of a rate across groups (Fairlearn's `between_groups` difference and ratio); groups where the rate
 * is undefined (denominator 0) are left out. Null when none is defined; one defined group gives gap 0, ratio 1. When
 * every rate is 0 the rates are equal and the ratio is 1.
 */
function rateGap(groups, rate) {
    let hi = -1, lo = -1, hiV = -Infinity, loV = Infinity;
    for (let g = 0; g < groups.length; g++) {
        const den = rate.denominator(groups[g]);
        if (den === 0)
            continue;
        const v = rate.numerator(groups[g]) / den;
        if (v > hiV) {
            hiV = v;
            hi = g;
        }
        if (v < loV) {
            loV = v;
            lo = g;
        }
    }
    if (hi < 0)
        return null;
    const hn = rate.numerator(groups[hi]), hd = rate.denominator(groups[hi]);
    const ln = rate.numerator(groups[lo]), ld = rate.denominator(groups[lo]);
    return {
        gap: hiV - loV,
        ratio: hiV === 0 ? 1 : loV / hiV,
        gapTerms: [[1, hn, hd], [-1, ln, ld]],
        ratioTerm: hiV === 0 ? undefined : [1, ln * hd, ld * hn],
    };
}
/**
 * Demographic parity difference: max − min selection rate across groups (Fairlearn
 * `demographic_parity_difference`, between_groups). Empty groups are ignored. 0 is parity.
 */
function demographicParityDifference(rates) {
    return rateGap(rates, SELECTION_RATE)?.gap ?? NaN;
}
/**
 * Demographic parity ratio: min / max selection rate across groups (Fairlearn `demographic_parity_ratio`;
 * the four-fifths rule reads it against 0.8). 1 is parity; when every group's rate is 0 the rates are equal
 * and the ratio is 1. NaN when no group has rows.
 */
function demographicParityRatio(rates) {
    return rateGap(rates, SELECTION_RATE)?.ratio ?? NaN;
}
/**
 * Equal opportunity difference: max − min TPR across groups with positives (Hardt, Price & Srebro 2016;
 * Fairlearn `equal_opportunity_difference`).
 */
function equalOpportunityDifference(rates) {
    return rateGap(rates, TRUE_POSITIVE_RATE)?.gap ?? NaN;
}
/**
 * Equalized odds difference: max(TPR gap, FPR gap) across groups (Hardt et al. 2016; Fairlearn
 * `equalized_odds_difference`); each gap over the groups where that rate is defined.
 */
function equalizedOddsDifference(rates) {
    const t = equalOpportunityDifference(rates);
    const f = rateGap(rates, FALSE_POSITIVE_RATE)?.gap ?? NaN;
    if (Number.isNaN(t))
        return f;
    if (Number.isNaN(f))
        return t;
    return Math.max(t, f);
}

;// CONCATENATED MODULE: ../core/src/metrics/index.ts














/***/ }),

/***/ 17706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ argsortFloat64),
/* harmony export */   R8: () => (/* binding */ argsortRanksWithTies),
/* harmony export */   RV: () => (/* binding */ denseRanks),
/* harmony export */   Yh: () => (/* binding */ ArgsortWorkspace),
/* harmony export */   oD: () => (/* binding */ argsortWithTies)
/* harmony export */ });
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
/**
 * Scratch arrays for {@link argsortWithTies}, reusable from one call to the next (DeLong sorts two models of the
 * same rows: one workspace instead of two at ~21 bytes a row; at 10,000,000 rows that is 210 MB). The returned
 * order and tied are views into it, valid until the next call with the same workspace.
 */
class ArgsortWorkspace {
    size;
    hi;
    lo;
    perm;
    keyTmp;
    permTmp;
    tied;
    /** keyTmp and permTmp, side by side. */
    scratch;
    constructor(size) {
        this.size = size;
        this.hi = new Uint32Array(size);
        this.lo = new Uint32Array(size);
        this.perm = new Uint32Array(size);
        this.scratch = new ArrayBuffer(size * 8);
        this.keyTmp = new Uint32Array(this.scratch, 0, size);
        this.permTmp = new Uint32Array(this.scratch, size * 4, size);
        this.tied = new Uint8Array(size);
    }
    /**
     * `size` doubles over the sort's scratch (keyTmp, permTmp), free once a sort has returned and until the next one
     * starts: DeLong keeps the last model's components there instead of in 8 more bytes a row.
     */
    scratchFloat64() {
        return new Float64Array(this.scratch, 0, this.size);
    }
}
/** The caller's workspace when it holds n values, else a new one (freed with the result). */
function workspaceFor(n, workspace) {
    return workspace && workspace.size >= n ? workspace : new ArgsortWorkspace(n);
}
// One double and its two 32-bit words: the key split reads each value once, without a copy of the whole column.
const SPLIT = new Float64Array(1);
const SPLIT_WORDS = new Uint32Array(SPLIT.buffer);
/** {@link argsortFloat64} that also reports the tie structure of the sorted values. */
function argsortWithTies(values, rows, workspace) {
    const n = rows ? rows.length : values.length;
    const ws = workspaceFor(n, workspace);
    const { lo, hi, keyTmp, permTmp } = ws;
    const perm = ws.perm.subarray(0, n);
    const tied = ws.tied.subarray(0, n).fill(0);
    // Two 32-bit words per double; which one is the high word depends on the platform's byte order.
    for (let k = 0; k < n; k++) {
        SPLIT[0] = (rows ? values[rows[k]] : values[k]) + 0; // + 0 turns -0 into +0
        let h = SPLIT_WORDS[HI];
        let l = SPLIT_WORDS[LO];
        if (h & 0x80000000) {
            h = ~h;
            l = ~l;
        }
        else {
            h |= 0x80000000;
        }
        hi[k] = h >>> 0;
        lo[k] = l >>> 0;
        perm[k] = k;
    }
    sortSegment(hi, perm, keyTmp, permTmp, 0, n);
    // Order each run of equal high words by the low word, then position (stability); mark ties.
    let s = 0;
    while (s < n) {
        const h = hi[s];
        let e = s + 1;
        while (e < n && hi[e] === h)
            e++;
        if (e - s > 1) {
            // Exact ties (scores rounded to a few decimals make long runs of them) are already in position order.
            const l0 = lo[perm[s]];
            let t = s + 1;
            while (t < e && lo[perm[t]] === l0)
                t++;
            if (t === e) {
                tied.fill(1, s + 1, e);
            }
            else if (e - s <= INSERTION_MAX) {
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
            if (t < e)
                for (let i = s + 1; i < e; i++)
                    tied[i] = lo[perm[i]] === lo[perm[i - 1]] ? 1 : 0;
        }
        s = e;
    }
    return { order: perm, tied };
}
/**
 * {@link argsortWithTies} of a column given as dense ranks (equal values ⇔ equal ranks, order kept: see
 * {@link denseRanks}): the same order and ties, from a radix sort of one 32-bit word (two passes below 2^22
 * distinct values) instead of a double's two words. DeLong sorts each slice this way once the overall slice has
 * ranked the whole column.
 */
function argsortRanksWithTies(rank, rows, workspace) {
    const n = rows ? rows.length : rank.length;
    const ws = workspaceFor(n, workspace);
    const { hi: key, keyTmp, permTmp } = ws;
    const perm = ws.perm.subarray(0, n);
    const tied = ws.tied.subarray(0, n);
    if (rows)
        for (let k = 0; k < n; k++)
            key[k] = rank[rows[k]];
    else
        key.set(rank.subarray(0, n));
    for (let k = 0; k < n; k++)
        perm[k] = k;
    sortSegment(key, perm, keyTmp, permTmp, 0, n);
    if (n > 0)
        tied[0] = 0;
    for (let j = 1; j < n; j++)
        tied[j] = key[j] === key[j - 1] ? 1 : 0;
    return { order: perm, tied };
}
/**
 * Dense ranks from a sorted order: out[row] = number of distinct values below the row's value, for the rows the
 * order covers (`rows[order[j]]`, or `order[j]` without rows).
 */
function denseRanks(sorted, rows, out) {
    const { order, tied } = sorted;
    let r = 0;
    for (let j = 0; j < order.length; j++) {
        if (j > 0 && tied[j] === 0)
            r++;
        out[rows ? rows[order[j]] : order[j]] = r;
    }
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


/***/ }),

/***/ 24663:
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
