export const id = 58;
export const ids = [58];
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

/***/ 72608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ rangeHasQuote),
/* harmony export */   fJ: () => (/* binding */ streamDelimitedRange)
/* harmony export */ });
/* unused harmony exports rangesForWorkers, splitRows, guessRows, lineAt */
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
    const { format, gzip } = detectFormat(path);
    if (gzip || (format !== 'csv' && format !== 'tsv'))
        return undefined;
    const delimiter = format === 'tsv' ? 9 : 44;
    let split;
    try {
        split = await splitRows(path, delimiter, rangeBytes, label);
    }
    catch (e) {
        if (isUserError(e) || e.code)
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
    const fh = await open(path, 'r');
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
        const p = new DelimitedParser({ path, label, delimiter, batchRows: 1, retain: false, trackLines: false });
        p.push(hb);
        p.end();
        return { ranges, header: p.header };
    }
    finally {
        await fh.close();
    }
}
/**
 * The ranges splitRows gives a file with no quote after its header, found without reading the file: the header line,
 * then a few KiB read at each multiple of `rangeBytes` to the next line end (LF, CR LF or a lone CR, as splitRows
 * cuts). ~1 ms for a 1 GB file against a full pass (~0.3 s). Whether the guess holds is known only once every byte
 * is read: the caller's readers check that each range has no quote (a fast-path range gives up at one) and use the
 * splitRows ranges if one has. Undefined when the start already rules it out: a UTF-16 mark, a header line that is
 * blank, quoted or over 64 KiB, one range only.
 */
function guessRows(path, size, delimiter, rangeBytes, label) {
    if (size <= rangeBytes)
        return undefined;
    const fd = openSync(path, 'r');
    try {
        const buf = Buffer.allocUnsafe(64 * 1024);
        let n = readSync(fd, buf, 0, Math.min(buf.length, size), 0);
        if (n >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)))
            return undefined;
        const start = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
        const nl = lineEnd(buf.subarray(0, n), start);
        // The header's line end must be in the first read (a CR at its end: its LF may follow, so not that either).
        if (nl < 0 || nl + 1 >= n || !hasContent(buf, start, nl) || buf.subarray(start, nl).includes(QUOTE))
            return undefined;
        const headerEnd = nl + (buf[nl] === CR && buf[nl + 1] === LF ? 2 : 1);
        const p = new DelimitedParser({ path, label, delimiter, batchRows: 1, retain: false, trackLines: false });
        p.push(buf.subarray(start, headerEnd));
        p.end();
        const header = p.header;
        const cuts = [start];
        for (let want = (Math.floor(headerEnd / rangeBytes) + 1) * rangeBytes; want < size;) {
            // The first line end at or after `want`, and the byte after it (a CR's LF).
            let cut = -1;
            for (let off = want; off < size && cut < 0; off += n - 1) {
                n = readSync(fd, buf, 0, Math.min(buf.length, size - off), off);
                if (n === 0)
                    break;
                const at = lineEnd(buf.subarray(0, n), 0);
                if (at >= 0 && (at + 1 < n || off + n === size))
                    cut = off + at + (buf[at] === CR && at + 1 < n && buf[at + 1] === LF ? 2 : 1);
                else if (n === 1)
                    break;
            }
            if (cut < 0 || cut >= size)
                break;
            cuts.push(cut);
            want = (Math.floor(cut / rangeBytes) + 1) * rangeBytes;
        }
        if (cuts.length < 2)
            return undefined;
        const ranges = cuts.map((s, k) => ({ start: s, end: k + 1 < cuts.length ? cuts[k + 1] : size }));
        return { ranges, header };
    }
    finally {
        closeSync(fd);
    }
}
/** Whether the bytes [start, end) of a file hold a quote (a guessed range the fast path gave up on: guessRows). */
function rangeHasQuote(path, start, end) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
    try {
        const buf = Buffer.allocUnsafe(Math.min(READ * 4, Math.max(1, end - start)));
        for (let off = start; off < end;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buf, 0, Math.min(buf.length, end - off), off);
            if (n === 0)
                break;
            if (buf.subarray(0, n).includes(QUOTE))
                return true;
            off += n;
        }
        return false;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
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
    const fh = await open(path, 'r');
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
