export const id = 845;
export const ids = [845,292];
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

/***/ 68264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   VR: () => (/* binding */ maxDocumentBytes)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_DOCUMENT_BYTES, positiveIntEnv */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85736);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64423);



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

/***/ 54845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ll: () => (/* reexport */ PermissionDeniedError),
  yo: () => (/* reexport */ errors/* UserError */.y),
  tE: () => (/* reexport */ booleanInput),
  gX: () => (/* reexport */ enumInput),
  h3: () => (/* reexport */ paths/* fileRootsFromEnv */.h3),
  iU: () => (/* reexport */ errors/* isUserError */.i),
  TL: () => (/* reexport */ parseInputs),
  FH: () => (/* reexport */ paths/* resolveInputFile */.FH),
  cX: () => (/* reexport */ paths/* resolveOutputFile */.cX),
  Uj: () => (/* reexport */ stringInput)
});

// UNUSED EXPORTS: DEFAULT_MAX_DOCUMENT_BYTES, EXCERPT_CHARS, MAX_ALIAS_COUNT, durationInput, excerpt, fileKind, formatDuration, formatZodIssues, intInput, isWithin, linesInput, listInput, maxDocumentBytes, numberInput, parseDurationMs, parseSizeBytes, parseYamlDocument, positiveIntEnv, readTextFile, requireDurationMs, requireSizeBytes, sizeInput, statRegularFile

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
;// CONCATENATED MODULE: ../../packages/core/src/platform.ts
/**
 * The one seam between mlci's domain logic and a CI platform. GitHub Actions implements it in
 * packages/github; the local CLI and GitLab implement it in packages/cli. Core never imports a platform SDK.
 */
/** The token lacks a permission; `permission` names it as a workflow's `permissions:` block does (`contents: write`). */
class PermissionDeniedError extends Error {
    permission;
    constructor(permission, message) {
        super(message);
        this.permission = permission;
        this.name = 'PermissionDeniedError';
    }
}

// EXTERNAL MODULE: ../../packages/core/src/inputs/units.ts
var units = __webpack_require__(77522);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ../../node_modules/zod/v4/core/core.js
var core = __webpack_require__(46416);
;// CONCATENATED MODULE: ../../packages/core/src/inputs/schema.ts



/**
 * Input schemas: each action declares one `ActionInputs` object — the input names are constants, every input has a
 * zod schema from raw string to typed value, and `parseInputs` reports the first bad one as a single UserError naming
 * the input, the value and what is allowed.
 */
const TRUE = ['true', 'yes', 'on', '1'];
const FALSE = ['false', 'no', 'off', '0'];
/** Boolean inputs accept YAML 1.2 core booleans plus yes/no/on/off/1/0, like @actions/core getBooleanInput, case-insensitive. */
const booleanInput = schemas/* string */.YjP().transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (TRUE.includes(v))
        return true;
    if (FALSE.includes(v))
        return false;
    ctx.addIssue({ code: 'custom', message: 'expected true or false' });
    return core/* NEVER */.tm;
});
const durationInput = schemas/* string */.YjP().transform((s, ctx) => {
    const v = (0,units/* parseDurationMs */.yi)(s);
    if (v === undefined) {
        ctx.addIssue({ code: 'custom', message: 'expected a duration such as 90m, 48h, 1h30m or 2d' });
        return core/* NEVER */.tm;
    }
    return v;
});
const sizeInput = schemas/* string */.YjP().transform((s, ctx) => {
    const v = (0,units/* parseSizeBytes */.kl)(s);
    if (v === undefined) {
        ctx.addIssue({ code: 'custom', message: 'expected a size such as 20GiB, 512MiB or 8GB' });
        return core/* NEVER */.tm;
    }
    return v;
});
function enumInput(values) {
    return schemas/* string */.YjP().transform((s, ctx) => {
        const v = s.trim();
        if (values.includes(v))
            return v;
        ctx.addIssue({ code: 'custom', message: `expected one of: ${values.join(', ')}` });
        return core/* NEVER */.tm;
    });
}
function intInput(opts = {}) {
    return z.string().transform((s, ctx) => {
        const t = s.trim();
        const v = Number(t);
        if (!/^-?\d+$/.test(t) || !Number.isSafeInteger(v)) {
            ctx.addIssue({ code: 'custom', message: 'expected a whole number' });
            return z.NEVER;
        }
        if (opts.min !== undefined && v < opts.min) {
            ctx.addIssue({ code: 'custom', message: `expected a whole number of at least ${opts.min}` });
            return z.NEVER;
        }
        if (opts.max !== undefined && v > opts.max) {
            ctx.addIssue({ code: 'custom', message: `expected a whole number of at most ${opts.max}` });
            return z.NEVER;
        }
        return v;
    });
}
function numberInput(opts = {}) {
    return z.string().transform((s, ctx) => {
        const v = Number(s.trim());
        if (s.trim() === '' || !Number.isFinite(v)) {
            ctx.addIssue({ code: 'custom', message: 'expected a number' });
            return z.NEVER;
        }
        if ((opts.min !== undefined && v < opts.min) || (opts.max !== undefined && v > opts.max)) {
            ctx.addIssue({ code: 'custom', message: `expected a number between ${opts.min ?? '-inf'} and ${opts.max ?? 'inf'}` });
            return z.NEVER;
        }
        return v;
    });
}
/** Newline- or comma-separated list, trimmed, blanks and `#` comments dropped. */
const listInput = schemas/* string */.YjP().transform((s) => s.split(/\r?\n|,/).map((x) => x.trim()).filter((x) => x !== '' && !x.startsWith('#')));
/** Newline-separated list only (for globs and paths, which may contain commas). */
const linesInput = schemas/* string */.YjP().transform((s) => s.split(/\r?\n/).map((x) => x.trim()).filter((x) => x !== '' && !x.startsWith('#')));
const stringInput = schemas/* string */.YjP().transform((s) => s.trim());
/**
 * Read and validate every input. A bundle does not apply action.yml defaults (the runner does), so the default is
 * applied here too when the raw value is empty. Throws one UserError for the first bad input.
 */
function parseInputs(specs, getInput) {
    const out = {};
    for (const [name, spec] of Object.entries(specs)) {
        let raw = getInput(name);
        if (raw.trim() === '' && spec.default !== undefined)
            raw = spec.default;
        if (raw.trim() === '') {
            if (spec.required)
                throw new errors/* UserError */.y(`Input '${name}' is required: ${spec.description}`);
            out[name] = undefined;
            continue;
        }
        const r = spec.schema.safeParse(raw);
        if (!r.success) {
            const msg = r.error.issues.map((i) => i.message).join('; ');
            const shown = raw.length > 120 ? raw.slice(0, 117) + '...' : raw;
            throw new errors/* UserError */.y(`Input '${name}' has value '${shown}': ${msg}.`);
        }
        out[name] = r.data;
    }
    return out;
}
/** Format zod issues on a parsed document (policy files) as `path.to.key: message` lines. */
function formatZodIssues(error) {
    return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
}

// EXTERNAL MODULE: ../../packages/core/src/inputs/document.ts
var inputs_document = __webpack_require__(67292);
;// CONCATENATED MODULE: ../../packages/core/src/inputs/index.ts




// EXTERNAL MODULE: ../../packages/core/src/fs/paths.ts
var paths = __webpack_require__(64423);
// EXTERNAL MODULE: ../../packages/core/src/fs/text.ts
var fs_text = __webpack_require__(68264);
;// CONCATENATED MODULE: ../../packages/core/src/fs/index.ts



;// CONCATENATED MODULE: ../../packages/core/src/index.ts







/***/ }),

/***/ 67292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseYamlDocument)
/* harmony export */ });
/* unused harmony export MAX_ALIAS_COUNT */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33483);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85736);
/* harmony import */ var _fs_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68264);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75874);




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

/***/ 77522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   kl: () => (/* binding */ parseSizeBytes),
/* harmony export */   yi: () => (/* binding */ parseDurationMs)
/* harmony export */ });
/* unused harmony exports requireDurationMs, requireSizeBytes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

const DURATION_UNITS = {
    ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000, hr: 3_600_000, d: 86_400_000, w: 604_800_000,
};
/**
 * Parse a duration such as `48h`, `90m`, `1h30m`, `2d`, `500ms` or a bare number of seconds into milliseconds.
 * Returns undefined for a string that is not a duration, so callers can name the input in their error.
 */
function parseDurationMs(text) {
    const s = text.trim().toLowerCase();
    if (s === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(s))
        return Math.round(Number(s) * 1000);
    const re = /(\d+(?:\.\d+)?)\s*(ms|sec|min|hr|s|m|h|d|w)/gy;
    let total = 0;
    let matched = 0;
    let m;
    while ((m = re.exec(s)) !== null) {
        total += Number(m[1]) * DURATION_UNITS[m[2]];
        matched = re.lastIndex;
        while (s[re.lastIndex] === ' ')
            re.lastIndex++;
    }
    if (matched !== s.length || total <= 0 && !/^0/.test(s))
        return undefined;
    return Math.round(total);
}
/** Format milliseconds as a short duration (`2d 3h`, `45m`, `12s`). */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return String(ms);
    const neg = ms < 0 ? '-' : '';
    let rest = Math.abs(ms);
    if (rest < 1000)
        return `${neg}${Math.round(rest)}ms`;
    const parts = [];
    for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]]) {
        const q = Math.floor(rest / size);
        if (q > 0)
            parts.push(`${q}${unit}`);
        rest -= q * size;
        if (parts.length === 2)
            break;
    }
    return neg + parts.join(' ');
}
const SIZE_UNITS = {
    b: 1, k: 1000, kb: 1000, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9, t: 1e12, tb: 1e12,
    ki: 1024, kib: 1024, mi: 1024 ** 2, mib: 1024 ** 2, gi: 1024 ** 3, gib: 1024 ** 3, ti: 1024 ** 4, tib: 1024 ** 4,
};
/** Parse a size such as `20GiB`, `512MB`, `1.5G` or a bare byte count into bytes. */
function parseSizeBytes(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
    if (!m)
        return undefined;
    const unit = m[2].toLowerCase();
    const mult = unit === '' ? 1 : SIZE_UNITS[unit];
    if (mult === undefined)
        return undefined;
    return Math.round(Number(m[1]) * mult);
}
function requireDurationMs(name, text) {
    const v = parseDurationMs(text);
    if (v === undefined)
        throw new UserError(`Input '${name}' has value '${text}': expected a duration such as 90m, 48h, 1h30m or 2d.`);
    return v;
}
function requireSizeBytes(name, text) {
    const v = parseSizeBytes(text);
    if (v === undefined)
        throw new UserError(`Input '${name}' has value '${text}': expected a size such as 20GiB, 512MiB or 8GB.`);
    return v;
}


/***/ })

};
