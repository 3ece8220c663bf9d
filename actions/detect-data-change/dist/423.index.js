export const id = 423;
export const ids = [423];
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


/***/ })

};
