export const id = 268;
export const ids = [268,423];
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

/***/ 6454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveRead: () => (/* binding */ serveRead)
});

// UNUSED EXPORTS: readTableOffThread

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ../../packages/core/src/io/format.ts
var format = __webpack_require__(28141);
// EXTERNAL MODULE: ../../packages/core/src/io/read.ts + 3 modules
var read = __webpack_require__(53815);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/io/delimited.ts
var delimited = __webpack_require__(4859);
// EXTERNAL MODULE: ../../packages/core/src/io/number.ts
var number = __webpack_require__(3803);
;// CONCATENATED MODULE: ../../packages/core/src/io/columns.ts
/** Small helpers over tables: find a column, read it as numbers, name a row in messages. */





/** 1-based line of a row in a text file, or undefined (Parquet, tables built in memory). */
function columns_lineOfRow(table, row) {
    if (table.rowLines)
        return table.rowLines[row];
    return table.firstLine === undefined ? undefined : table.firstLine + row;
}
/** "line 17" for text files, "row 16" (1-based data row) otherwise: for messages that point at a row. */
function columns_rowLocation(table, row) {
    const line = columns_lineOfRow(table, row);
    return line === undefined ? `row ${row + 1}` : `line ${line}`;
}
/** The column, or a UserError naming the file and listing the columns it has. */
function columns_requireColumn(table, name, opts = {}) {
    const col = table.columns.get(name);
    if (col)
        return col;
    const where = describeFile(table.source, opts.label);
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
    const col = columns_requireColumn(table, name, opts);
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
        const line = columns_lineOfRow(table, firstBad);
        throw new UserError(`${describeFile(table.source, opts.label)}, ${columns_rowLocation(table, firstBad)}: column ${excerpt(name)} holds ` +
            `${excerpt(text)}, which is not a number (${badRows} row${badRows === 1 ? '' : 's'} like this); ` +
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
    return { table, idName, label, where: describeFile(table.source, label), col: requireColumn(table, idName, { label }) };
}
function idText(s, row) {
    const c = s.col;
    return c.kind === 'number' ? String(c.values[row]) : excerpt(c.dictionary[c.codes[row]]);
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
        throw new UserError(`${s.where}, ${rowLocation(s.table, first)}: the id column "${s.idName}" is empty (${count} row` +
            `${count === 1 ? '' : 's'} without an id); every row needs an id to be matched`, { file: s.table.source, line: lineOfRow(s.table, first) });
    }
}
function duplicateError(s, count, row, prev) {
    return new UserError(`${s.where}, ${rowLocation(s.table, row)}: id ${idText(s, row)} appears again (first on ` +
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
    return new UserError(`${parts.join('. ')}. Both files must hold predictions for the same ids`, at);
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





// EXTERNAL MODULE: ../../packages/core/src/workers/entry.ts
var entry = __webpack_require__(13363);
;// CONCATENATED MODULE: ../../packages/core/src/gate/parallel-read.ts
/**
 * Read a table on a worker thread, so the gate parses its two input files at once (the candidate on this thread, the
 * baseline on a worker). The worker runs the same `readTable`, so the table is the same; its columns come back
 * transferred, not copied. Without a worker entry (unit tests on the sources), or for a small file, it is read here.
 */




/** Smaller files are read on this thread (a worker costs ~0.1 s to start); MLCI_READ_MIN_BYTES overrides. */
const DEFAULT_MIN_BYTES = (/* unused pure expression or super */ null && (8 * 1024 * 1024));
function minBytes() {
    const v = process.env.MLCI_READ_MIN_BYTES;
    const n = v === undefined || v === '' ? NaN : Number(v);
    return Number.isFinite(n) && n >= 0 ? n : DEFAULT_MIN_BYTES;
}
function size(path) {
    try {
        return statSync(path).size;
    }
    catch {
        return 0; // readTable reports the missing file with its own message
    }
}
async function readTableOffThread(path, opts) {
    const entry = workerEntry();
    if (!entry || size(path) < minBytes())
        return readTable(path, opts);
    const w = new Worker(entry, { workerData: { ...workerDataFor('read'), path, opts } });
    let ok = false;
    let onError = () => { };
    let onExit = () => { };
    try {
        const reply = await new Promise((resolve, reject) => {
            onError = reject;
            onExit = (code) => reject(new Error(`the reader thread for ${path} exited (code ${code}) before answering`));
            w.once('message', resolve);
            w.on('error', onError);
            w.on('exit', onExit);
        });
        if ('error' in reply)
            throw receivedError(reply.error);
        ok = true;
        return reply.table;
    }
    finally {
        w.off('error', onError);
        w.off('exit', onExit);
        // A reader that answered is kept for the gate's pool (it becomes a gate worker: workers/serve.ts).
        if (ok)
            parkWorker(w);
        else
            await w.terminate();
    }
}
/** Every typed array's buffer in a table, to transfer instead of copying. */
function buffers(t) {
    const out = new Set();
    for (const c of t.columns.values())
        out.add((c.kind === 'number' ? c.values : c.codes).buffer);
    for (const v of Object.values(t))
        if (ArrayBuffer.isView(v))
            out.add(v.buffer);
    return [...out].filter((b) => b instanceof ArrayBuffer);
}
/** The worker side: read the one file it was started for and answer (serve.ts then waits for a next task). */
async function serveRead(init) {
    const port = external_node_worker_threads_.parentPort;
    try {
        const table = await (0,read/* readTable */.x)(init.path, init.opts);
        port.postMessage({ table }, buffers(table));
    }
    catch (e) {
        port.postMessage({ error: (0,entry/* sendableError */.TQ)(e) });
    }
}


/***/ }),

/***/ 28141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ describeFile),
/* harmony export */   T: () => (/* binding */ detectFormat)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

const SUPPORTED = '.csv, .tsv, .jsonl, .ndjson (each optionally .gz) and .parquet';
/** Format from the file name: `.csv`, `.tsv`, `.jsonl`/`.ndjson`, each optionally `.gz`, and `.parquet`. */
function detectFormat(path) {
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${path}: a gzip-compressed Parquet file is not supported; Parquet compresses its pages itself, so ` +
                    `decompress it (gunzip) and pass the .parquet file`, { file: path });
            }
            return { format: 'parquet', gzip: false };
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${path}: cannot tell the file format from the extension ${ext ? `".${ext}"` : '(none)'}; ` +
                `supported: ${SUPPORTED}${ext === 'json' ? '. For one JSON object per line, name the file .jsonl' : ''}`, { file: path });
    }
}
/** "candidate file preds.csv" or "file preds.csv": how messages name a file. */
function describeFile(path, label) {
    return label ? `${label} file ${path}` : `file ${path}`;
}


/***/ })

};
