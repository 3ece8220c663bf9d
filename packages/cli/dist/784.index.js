export const id = 784;
export const ids = [784];
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


/***/ })

};
