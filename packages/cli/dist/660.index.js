export const id = 660;
export const ids = [660,978,597];
export const modules = {

/***/ 86660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectChanges: () => (/* binding */ detectChanges),
  fmtInt: () => (/* binding */ fmtInt)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ../core/src/fs/text.ts
var fs_text = __webpack_require__(39477);
// EXTERNAL MODULE: ../core/src/errors.ts
var errors = __webpack_require__(90319);
// EXTERNAL MODULE: ../core/src/drift/merge.ts
var merge = __webpack_require__(38898);
// EXTERNAL MODULE: ../core/src/drift/policy.ts
var drift_policy = __webpack_require__(80978);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ../core/src/detect/hash-pool.ts




/** A file that could not be read while hashing; carries the errno code (ENOENT, EACCES, EISDIR, ...). */
class HashReadError extends Error {
    path;
    code;
    constructor(path, code, message) {
        super(message);
        this.path = path;
        this.code = code;
        this.name = 'HashReadError';
    }
}
/**
 * Hash a batch of files with one reusable buffer: read, feed every hash, repeat — constant memory whatever the file
 * size. The read size is 128 KiB: the chunk stays in the L2 cache between the copy and the hash (measured 1.6x
 * faster than 1 MiB reads). This one function runs both on the main thread and, as its source text, in the
 * workers, so it must not use anything from this module's scope.
 */
function hashBatch(jobs, buf, fsm, hash) {
    const out = [];
    for (const job of jobs) {
        let fd = -1;
        try {
            fd = fsm.openSync(job.path, 'r');
            const hashes = job.algorithms.map((a) => hash(a));
            let size = 0;
            for (;;) {
                const n = fsm.readSync(fd, buf, 0, buf.length, null);
                if (n === 0)
                    break;
                const chunk = n === buf.length ? buf : buf.subarray(0, n);
                for (const h of hashes)
                    h.update(chunk);
                size += n;
            }
            const digests = {};
            job.algorithms.forEach((a, i) => {
                digests[a] = hashes[i].digest('hex');
            });
            out.push({ digests, size });
        }
        catch (e) {
            const err = e;
            out.push({ error: { code: err && err.code, message: String((err && err.message) || e) } });
        }
        finally {
            if (fd >= 0) {
                try {
                    fsm.closeSync(fd);
                }
                catch {
                    // already closed
                }
            }
        }
    }
    return out;
}
const READ_BYTES = 128 * 1024;
/**
 * The worker's program, run with `new Worker(code, { eval: true })`: a separate worker file would not survive ncc
 * bundling (it inlines modules, not worker entry points) nor jest's transform; a string does. Its hashing is
 * hashBatch's own (compiled) source.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const buf = Buffer.allocUnsafe(${READ_BYTES});
const hashBatch = ${hashBatch.toString()};
parentPort.on('message', (b) => parentPort.postMessage({ id: b.id, results: hashBatch(b.jobs, buf, fs, createHash) }));
`;
/** Files at most this size are grouped into one message; larger files travel alone so the load stays balanced. */
const SMALL_FILE_BYTES = 256 * 1024;
const BATCH_BYTES = 4 * 1024 * 1024;
const BATCH_FILES = 256;
/** Below this much data, starting workers (~30 ms each, more on a busy machine) costs more than it saves. */
const MAIN_THREAD_BYTES = 16 * 1024 * 1024;
/**
 * Hash files on all cores, in constant memory (one 128 KiB buffer per thread). Results come back in the order of
 * `jobs`. The main thread hashes too until the workers are up, so a small job never waits for thread start-up.
 * A file that cannot be read rejects with a HashReadError naming it.
 */
async function hashFiles(jobs, opts = {}) {
    if (jobs.length === 0)
        return [];
    const sizeOf = (i) => opts.sizes?.[i] ?? 0;
    const batches = [];
    let cur = [];
    let curBytes = 0;
    for (let i = 0; i < jobs.length; i++) {
        if (sizeOf(i) > SMALL_FILE_BYTES) {
            batches.push([i]);
            continue;
        }
        cur.push(i);
        curBytes += sizeOf(i);
        if (curBytes >= BATCH_BYTES || cur.length >= BATCH_FILES) {
            batches.push(cur);
            cur = [];
            curBytes = 0;
        }
    }
    if (cur.length)
        batches.push(cur);
    // Largest first: a big file started last would leave the other threads idle at the end.
    const weight = (b) => b.reduce((s, i) => s + sizeOf(i), 0);
    const order = batches.map((b, k) => ({ b, w: weight(b), k })).sort((x, y) => y.w - x.w || x.k - y.k).map((x) => x.b);
    const total = order.reduce((s, b) => s + weight(b), 0);
    const results = new Array(jobs.length);
    const store = (batch, out) => {
        for (let j = 0; j < batch.length; j++) {
            const r = out[j];
            const job = jobs[batch[j]];
            if ('error' in r)
                throw new HashReadError(job.path, r.error.code, `cannot read ${job.path}: ${r.error.message}`);
            results[batch[j]] = r;
        }
    };
    const mainBuf = Buffer.allocUnsafe(READ_BYTES);
    const inMain = (batch) => store(batch, hashBatch(batch.map((i) => jobs[i]), mainBuf, external_node_fs_, external_node_crypto_.createHash));
    const offMain = opts.offMain ?? false;
    const threads = Math.max(offMain ? 1 : 0, Math.min(opts.threads ?? (0,external_node_os_.availableParallelism)(), order.length));
    if (!offMain && (threads <= 1 || (total > 0 && total < MAIN_THREAD_BYTES))) {
        for (const b of order)
            inMain(b);
        return results;
    }
    let next = 0;
    let done = 0;
    const workers = [];
    try {
        await new Promise((resolve, reject) => {
            let failed = false;
            let online = 0;
            const fail = (e) => {
                if (!failed) {
                    failed = true;
                    reject(e);
                }
            };
            const finishOne = () => {
                if (++done === order.length)
                    resolve();
            };
            const send = (w) => {
                if (failed || next >= order.length)
                    return;
                const id = next++;
                w.postMessage({ id, jobs: order[id].map((i) => jobs[i]) });
            };
            for (let t = 0; t < threads; t++) {
                const w = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
                workers.push(w);
                w.on('error', fail);
                w.on('online', () => online++);
                w.on('message', (msg) => {
                    try {
                        store(order[msg.id], msg.results);
                    }
                    catch (e) {
                        return fail(e);
                    }
                    finishOne();
                    send(w);
                });
                // Two batches queued per worker so it never waits for the main thread between files.
                send(w);
                send(w);
            }
            // Meanwhile the main thread takes batches from the end of the queue (the small ones) until every worker is up,
            // yielding between batches so 'online' and 'message' events are handled.
            const helpOut = () => {
                if (offMain || failed || online >= threads || next >= order.length)
                    return;
                const b = order.splice(order.length - 1, 1)[0];
                try {
                    inMain(b);
                }
                catch (e) {
                    return fail(e);
                }
                // The batch left the queue: count it as done against the shortened queue.
                if (done === order.length)
                    resolve();
                setImmediate(helpOut);
            };
            setImmediate(helpOut);
        });
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    return results;
}

// EXTERNAL MODULE: ../core/src/detect/paths.ts
var detect_paths = __webpack_require__(42784);
;// CONCATENATED MODULE: ../core/src/detect/fingerprint.ts




/**
 * A file modified within this long before the previous fingerprint was taken may have changed again within the same
 * mtime tick after it was hashed ("racy clean" in git's index): it is hashed again rather than trusted.
 */
const RACY_MS = 2000;
/**
 * Fingerprint files: stat each one, reuse the previous sha256 when size, mtime, ctime and inode all match (the stat
 * cache; ctime too because `touch -m` can restore an mtime but not a ctime), and hash the rest in worker threads.
 */
async function fingerprintFiles(workspace, paths, opts = {}) {
    const statAt = Date.now();
    const input = opts.input ?? 'data';
    const files = new Array(paths.length);
    const todo = [];
    let reused = 0;
    for (let i = 0; i < paths.length; i++) {
        const path = paths[i];
        let st;
        try {
            st = (0,external_node_fs_.statSync)((0,detect_paths.absPath)(workspace, path));
        }
        catch (e) {
            throw new errors/* UserError */.y(`Input '${input}': cannot read '${path}': ${e.message}`, { file: path });
        }
        const prev = opts.previous?.get(path);
        const wantMd5 = opts.md5?.has(path) ?? false;
        if (prev &&
            prev.size === st.size &&
            prev.mtimeMs === st.mtimeMs &&
            prev.ctimeMs === st.ctimeMs &&
            prev.ino === st.ino &&
            (!wantMd5 || prev.md5 !== undefined) &&
            opts.previousStatAt !== undefined &&
            st.mtimeMs < opts.previousStatAt - RACY_MS) {
            files[i] = prev;
            reused++;
            continue;
        }
        files[i] = { path, size: st.size, sha256: '', mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
        todo.push(i);
    }
    let bytesHashed = 0;
    const offMain = opts.beforeHash?.(todo.map((i) => paths[i]))?.offMain ?? false;
    if (todo.length > 0) {
        let results;
        try {
            results = await hashFiles(todo.map((i) => ({ path: (0,detect_paths.absPath)(workspace, paths[i]), algorithms: (opts.md5?.has(paths[i]) ? ['sha256', 'md5'] : ['sha256']) })), { sizes: todo.map((i) => files[i].size), threads: opts.threads, offMain });
        }
        catch (e) {
            if (e instanceof HashReadError) {
                const rel = paths[todo.find((i) => (0,detect_paths.absPath)(workspace, paths[i]) === e.path) ?? -1] ?? e.path;
                throw new errors/* UserError */.y(`Input '${input}': cannot read '${rel}' (${e.code ?? 'error'}): ${e.message.replace(/^cannot read [^:]*: /, '')}`, { file: rel });
            }
            throw e;
        }
        todo.forEach((i, k) => {
            const r = results[k];
            files[i].sha256 = r.digests.sha256;
            if (r.digests.md5)
                files[i].md5 = r.digests.md5;
            // The size read is the truth if the file grew or shrank between stat and read.
            files[i].size = r.size;
            bytesHashed += r.size;
        });
    }
    return { files, statAt, hashed: todo.length, reused, bytesHashed };
}

;// CONCATENATED MODULE: ../core/src/detect/merkle.ts

/**
 * Merkle digest of a set of files, built over their relative paths the way git builds tree objects: each folder's
 * hash is SHA-256 of its entries sorted by name (code unit order), one line per entry —
 * `f NUL name NUL <digest>` for a file, `d NUL name NUL <folder hash>` for a sub-folder — and the digest is the hash
 * of the top folder. It depends only on the relative paths and contents: not on the machine, the checkout folder or
 * the listing order; a changed file changes the hashes of its folders up to the top (and a sub-folder's hash alone
 * says whether anything below it changed). One hash per folder, not per file: 10,000 files in one folder cost one
 * hash over 1 MB of entries. The empty set hashes to SHA-256 of nothing.
 */
function merkleRoot(leaves) {
    const root = { files: new Map(), dirs: new Map() };
    for (const { path, digest } of leaves) {
        const parts = path.split('/');
        let d = root;
        for (let i = 0; i < parts.length - 1; i++) {
            let next = d.dirs.get(parts[i]);
            if (!next)
                d.dirs.set(parts[i], (next = { files: new Map(), dirs: new Map() }));
            d = next;
        }
        d.files.set(parts[parts.length - 1], digest);
    }
    return hashDir(root);
}
function hashDir(d) {
    const entries = [];
    for (const [name, digest] of d.files)
        entries.push([name, 'f', digest]);
    for (const [name, sub] of d.dirs)
        entries.push([name, 'd', hashDir(sub)]);
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    // One update with the whole listing: a native call per entry would cost more than the hashing.
    let text = '';
    for (const [name, kind, digest] of entries)
        text += `${kind}\0${name}\0${digest}\n`;
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}

// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(33483);
// EXTERNAL MODULE: ../core/src/inputs/document.ts
var inputs_document = __webpack_require__(20565);
;// CONCATENATED MODULE: ../core/src/detect/params.ts



/**
 * Flatten nested mappings to dotted keys (`train.optimizer.lr`). Lists are leaves compared whole: a list of layer
 * sizes is one hyperparameter. Keys holding dots are bracket-quoted (`a["b.c"]`) so flattening stays reversible.
 */
// `out` has no prototype: a params key named `__proto__` is data to compare, not a prototype to set.
function flattenParams(value, prefix = '', out = Object.create(null)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
        const keys = Object.keys(value);
        if (keys.length === 0 && prefix)
            out[prefix] = '{}';
        for (const k of keys) {
            const part = /^[^.[\]"]+$/.test(k) ? k : `[${JSON.stringify(k)}]`;
            const key = prefix ? (part.startsWith('[') ? `${prefix}${part}` : `${prefix}.${part}`) : part;
            flattenParams(value[k], key, out);
        }
        return out;
    }
    out[prefix || '(value)'] = JSON.stringify(value instanceof Date ? value.toISOString() : value) ?? 'null';
    return out;
}
/** Parse a YAML or JSON params file into its flattened keys. A syntax error names the file and line. */
function readParams(text, file) {
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, lineCounter: lc });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = lc.linePos(e.pos[0]).line || undefined;
        throw new errors/* UserError */.y(`Params file ${file}${line ? ` line ${line}` : ''} is not valid YAML or JSON: ${e.message.split('\n')[0]}`, { file, line });
    }
    let js;
    try {
        // yaml refuses a document whose aliases expand too far (a "billion laughs") with a ReferenceError.
        js = doc.toJS({ maxAliasCount: inputs_document/* MAX_ALIAS_COUNT */.w });
    }
    catch (e) {
        if (!(e instanceof ReferenceError) && !(e instanceof RangeError))
            throw e;
        throw new errors/* UserError */.y(`Params file ${file} expands YAML aliases (*name) too far (${e.message}); write the values out instead of nesting aliases.`, { file });
    }
    return flattenParams(js ?? {});
}
/** Key-by-key difference of two snapshots, sorted by file then key. A file present on one side only lists all its keys. */
function diffParams(before, after) {
    const out = [];
    const files = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const file of files) {
        const a = before[file] ?? {};
        const b = after[file] ?? {};
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        for (const key of keys) {
            if (!(key in a))
                out.push({ file, key, change: 'added', to: b[key] });
            else if (!(key in b))
                out.push({ file, key, change: 'removed', from: a[key] });
            else if (a[key] !== b[key])
                out.push({ file, key, change: 'changed', from: a[key], to: b[key] });
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ../core/src/detect/pointers.ts




const LFS_VERSION = /^version https:\/\/(git-lfs\.github\.com\/spec\/v1|hawser\.github\.com\/spec\/v1)$/;
/** True when the bytes look like a Git LFS pointer (its first line), so other files can be hashed instead. */
function looksLikeLfsPointer(head) {
    return LFS_VERSION.test(head.split('\n', 1)[0].trim());
}
/** Parse a Git LFS pointer file's text. `path` is the pointer's workspace-relative path (the data's path). */
function parseLfsPointer(text, path) {
    const lines = text.split('\n');
    let oid;
    let size;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/\r$/, '');
        if (line === '')
            continue;
        const sp = line.indexOf(' ');
        const key = sp < 0 ? line : line.slice(0, sp);
        const value = sp < 0 ? '' : line.slice(sp + 1);
        if (i === 0 && key !== 'version')
            throw lfsError(path, 1, `starts with '${key}', not 'version https://git-lfs.github.com/spec/v1'`);
        if (key === 'oid') {
            const m = /^sha256:([0-9a-f]{64})$/.exec(value);
            if (!m)
                throw lfsError(path, i + 1, `has oid '${value}'; expected sha256: and 64 lower-case hex digits`);
            oid = m[1];
        }
        else if (key === 'size') {
            if (!/^\d+$/.test(value))
                throw lfsError(path, i + 1, `has size '${value}'; expected a whole number of bytes`);
            size = Number(value);
        }
    }
    if (!oid)
        throw lfsError(path, undefined, 'has no oid line');
    if (size === undefined)
        throw lfsError(path, undefined, 'has no size line');
    return { path, digest: `sha256:${oid}`, size, source: path, kind: 'lfs' };
}
function lfsError(path, line, what) {
    return new errors/* UserError */.y(`Git LFS pointer ${path}${line ? ` line ${line}` : ''} ${what}.`, { file: path, line });
}
function loadYaml(text, file, what) {
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lc, prettyErrors: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = lc.linePos(e.pos[0]).line || undefined;
        throw new errors/* UserError */.y(`${what} ${file}${line ? ` line ${line}` : ''} is not valid YAML: ${e.message.split('\n')[0]}`, { file, line });
    }
    const lineOf = (node) => {
        const r = node?.range;
        return r ? lc.linePos(r[0]).line : undefined;
    };
    return { data: doc.toJS(), src: { file, lineOf }, doc };
}
/** Resolve a path written in a DVC file (relative to the file's folder and its wdir) to a workspace-relative path. */
function resolveDvcPath(file, wdir, p, src, node) {
    const base = external_node_path_.posix.join(external_node_path_.posix.dirname(file), wdir ?? '.');
    const out = external_node_path_.posix.normalize(external_node_path_.posix.join(base, p.replace(/\\/g, '/')));
    if (!(0,detect_paths.isInside)(out) || external_node_path_.posix.isAbsolute(p)) {
        const line = src.lineOf(node);
        throw new errors/* UserError */.y(`DVC file ${file}${line ? ` line ${line}` : ''}: path '${p}' points outside the workspace.`, { file, line });
    }
    return out;
}
function digestOf(e) {
    for (const k of ['md5', 'etag', 'checksum']) {
        const v = e[k];
        if (typeof v === 'string' && v !== '')
            return `${k}:${v}`;
    }
    return undefined;
}
/** Entries of one `outs:`/`deps:` list; `require` makes a missing digest an error (a .dvc out must have one). */
function entriesOf(list, listNode, ctx) {
    if (list === undefined || list === null)
        return [];
    if (!Array.isArray(list)) {
        const line = ctx.src.lineOf(listNode);
        throw new errors/* UserError */.y(`DVC file ${ctx.file}${line ? ` line ${line}` : ''}: '${ctx.key}' must be a list of entries with path and md5.`, { file: ctx.file, line });
    }
    const out = [];
    list.forEach((e, i) => {
        const node = (0,dist/* isSeq */.oP)(listNode) ? listNode.items[i] : undefined;
        const line = ctx.src.lineOf(node);
        if (e === null || typeof e !== 'object' || typeof e.path !== 'string') {
            throw new errors/* UserError */.y(`DVC file ${ctx.file}${line ? ` line ${line}` : ''}: entry ${i + 1} of '${ctx.key}' has no 'path'.`, { file: ctx.file, line });
        }
        const rec = e;
        const digest = digestOf(rec);
        if (!digest) {
            if (ctx.requireDigest) {
                throw new errors/* UserError */.y(`DVC file ${ctx.file}${line ? ` line ${line}` : ''}: '${rec.path}' has no md5 — run 'dvc commit' (or 'dvc add') so the file records the data's hash.`, { file: ctx.file, line });
            }
            return;
        }
        out.push({
            path: resolveDvcPath(ctx.file, ctx.wdir, rec.path, ctx.src, node),
            digest,
            ...(typeof rec.size === 'number' ? { size: rec.size } : {}),
            ...(typeof rec.nfiles === 'number' ? { nfiles: rec.nfiles } : {}),
            source: ctx.file,
            kind: ctx.kind,
            ...(ctx.stage ? { stage: ctx.stage } : {}),
        });
    });
    return out;
}
/** Parse a `.dvc` file: its outs (and an import's deps). */
function parseDvcFile(text, file) {
    const { data, src, doc } = loadYaml(text, file, 'DVC file');
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* UserError */.y(`DVC file ${file} must be a YAML mapping with an 'outs:' list.`, { file, line: 1 });
    }
    const rec = data;
    const wdir = typeof rec.wdir === 'string' ? rec.wdir : undefined;
    const node = (k) => doc.get(k, true);
    const entries = [
        ...entriesOf(rec.outs, node('outs'), { file, wdir, kind: 'dvc', src, key: 'outs', requireDigest: true }),
        ...entriesOf(rec.deps, node('deps'), { file, wdir, kind: 'dvc', src, key: 'deps', requireDigest: false }),
    ];
    if (entries.length === 0)
        throw new errors/* UserError */.y(`DVC file ${file} lists no outs with an md5; nothing to track.`, { file, line: 1 });
    return { entries, params: [] };
}
/** Parse a `dvc.lock`: every stage's deps (data and code the stage read) and params. */
function parseDvcLock(text, file) {
    const { data, src, doc } = loadYaml(text, file, 'DVC lock file');
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* UserError */.y(`DVC lock file ${file} must be a YAML mapping with 'stages:'.`, { file, line: 1 });
    }
    const rec = data;
    const v2 = rec.schema !== undefined || rec.stages !== undefined;
    const stages = (v2 ? rec.stages : rec);
    const stagesNode = (v2 ? doc.get('stages', true) : doc.contents);
    if (stages === undefined || stages === null || typeof stages !== 'object' || Array.isArray(stages)) {
        throw new errors/* UserError */.y(`DVC lock file ${file}: 'stages' must be a mapping of stage names.`, { file, line: src.lineOf(stagesNode) ?? 1 });
    }
    const entries = [];
    const params = [];
    for (const [stage, body] of Object.entries(stages)) {
        if (stage === 'schema')
            continue;
        const stageNode = (0,dist/* isMap */.jh)(stagesNode) ? stagesNode.get(stage, true) : undefined;
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
            throw new errors/* UserError */.y(`DVC lock file ${file} line ${src.lineOf(stageNode) ?? '?'}: stage '${stage}' must be a mapping.`, { file, line: src.lineOf(stageNode) });
        }
        const b = body;
        const wdir = typeof b.wdir === 'string' ? b.wdir : undefined;
        const depsNode = (0,dist/* isMap */.jh)(stageNode) ? stageNode.get('deps', true) : undefined;
        entries.push(...entriesOf(b.deps, depsNode, { file, wdir, kind: 'dvc-lock', stage, src, key: `stages.${stage}.deps`, requireDigest: false }));
        if (b.params && typeof b.params === 'object' && !Array.isArray(b.params)) {
            for (const [pfile, values] of Object.entries(b.params)) {
                if (values && typeof values === 'object' && !Array.isArray(values))
                    params.push({ scope: `${file}:${stage}:${pfile}`, values: values });
            }
        }
    }
    return { entries, params };
}
/** Which parser a pointer file needs, by name: `dvc.lock`, `*.dvc`, anything else is an LFS pointer candidate. */
function pointerKind(path) {
    const base = external_node_path_.posix.basename(path);
    if (base === 'dvc.lock')
        return 'dvc-lock';
    if (base.endsWith('.dvc'))
        return 'dvc';
    return 'lfs';
}

// EXTERNAL MODULE: ../core/src/io/format.ts
var format = __webpack_require__(64608);
;// CONCATENATED MODULE: ../core/src/detect/tabular.ts

/**
 * Extensions io/format.ts detectFormat reads. Tested here first because detectFormat answers every other file with
 * a thrown UserError, and 10,000 thrown errors cost a third of a second in a warm re-check.
 */
const TABULAR_NAME = /\.(csv|tsv|tab|jsonl|ndjson)(\.gz)?$|\.(parquet|pq)$/i;
/** Whether io can read the file as a table (by extension). */
function isTabular(path) {
    if (!TABULAR_NAME.test(path))
        return false;
    try {
        (0,format/* detectFormat */.T)(path);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ../core/src/detect/reasons.ts
var detect_reasons = __webpack_require__(76945);
// EXTERNAL MODULE: ../core/src/detect/record.ts
var detect_record = __webpack_require__(71687);
;// CONCATENATED MODULE: ../core/src/detect/detect.ts














/**
 * Tabular files to hash of at least this many bytes in all are profiled while they are hashed (see detectChanges):
 * below it, hashing takes a few tens of milliseconds and a worker would not pay off.
 */
const EARLY_PROFILE_BYTES = 64 * 1024 * 1024;
/** EARLY_PROFILE_BYTES, or MLCI_EARLY_PROFILE_BYTES (tests: 0 takes the early path for any file, 1e15 never). */
function earlyProfileBytes() {
    const v = process.env.MLCI_EARLY_PROFILE_BYTES;
    const n = v === undefined || v === '' ? NaN : Number(v);
    return Number.isFinite(n) && n >= 0 ? n : EARLY_PROFILE_BYTES;
}
function statSize(workspace, path) {
    try {
        return (0,external_node_fs_.statSync)((0,detect_paths.absPath)(workspace, path)).size;
    }
    catch {
        return 0;
    }
}
const EMPTY = { added: [], removed: [], modified: [] };
/**
 * Answer "should we train?": fingerprint the data (stat cache, worker threads), read pointers and params, profile
 * changed tabular files, compare everything with the baseline record, and build the next record.
 * The readers (hyparquet) and the drift tests (@stdlib) are imported when a file is profiled or a table compared,
 * not before: a run where nothing changed never loads them (~0.8 MB of bundled code). Several changed files are
 * profiled in parallel (profile-pool.ts).
 */
async function detectChanges(opts) {
    const ms = {};
    const t0 = performance.now();
    const lap = (k, since) => (ms[k] = Math.round(performance.now() - since));
    const now = opts.now ?? new Date();
    const policy = opts.policy ?? drift_policy.DEFAULT_DRIFT_POLICY;
    const base = opts.baseline;
    const ws = new detect_paths.WorkspaceFiles(opts.workspace);
    const allowEmpty = opts.allowEmpty ?? false;
    const warnings = [];
    const excluded = new Set(opts.exclude ?? []);
    const expand = (lines, input) => {
        if (lines.length === 0)
            return { files: [], byPattern: [] };
        const m = ws.expand(lines, { input, allowEmpty });
        if (excluded.size === 0)
            return m;
        const keep = (f) => !excluded.has(f);
        return { files: m.files.filter(keep), byPattern: m.byPattern.map((b) => ({ pattern: b.pattern, files: b.files.filter(keep) })) };
    };
    const dataMatches = expand(opts.data, 'data');
    const pointerMatches = expand(opts.pointers, 'pointers');
    const codeMatches = expand(opts.code, 'code');
    const paramMatches = expand(opts.params, 'params');
    lap('glob', t0);
    // Pointers first: a data file that a DVC record also describes is hashed with md5 too, to compare with it.
    let t = performance.now();
    const pointerEntries = [];
    const params = {};
    const lfsFallback = [];
    for (const p of pointerMatches.files) {
        const kind = pointerKind(p);
        const text = readText(opts.workspace, p, 'pointers');
        if (kind === 'lfs') {
            // A pointer whose content was pulled (git lfs pull) is the data itself: its sha256 is the LFS oid.
            if (looksLikeLfsPointer(text.slice(0, 200)))
                pointerEntries.push(parseLfsPointer(text, p));
            else
                lfsFallback.push(p);
            continue;
        }
        const parsed = kind === 'dvc' ? parseDvcFile(text, p) : parseDvcLock(text, p);
        pointerEntries.push(...parsed.entries);
        for (const pp of parsed.params)
            params[pp.scope] = flattenValues(pp.values);
    }
    // dvc.lock deps that `code` matches (train.py) are code, not data: their changes show up through `code` itself.
    const codeDeps = new Set((0,detect_paths.filterPaths)(opts.workspace, opts.code, pointerEntries.filter((e) => e.kind === 'dvc-lock').map((e) => e.path), 'code'));
    const dataPointers = dedupePointers(pointerEntries.filter((e) => !(e.kind === 'dvc-lock' && codeDeps.has(e.path))));
    lap('pointers', t);
    // Fingerprint data files (and LFS pointers whose content is checked out).
    t = performance.now();
    const dataFiles = [...new Set([...dataMatches.files, ...lfsFallback])].sort();
    const dvcMd5 = new Map();
    for (const e of dataPointers)
        if (e.digest.startsWith('md5:') && !e.digest.endsWith('.dir'))
            dvcMd5.set(e.path, e);
    const md5Files = new Set(dataFiles.filter((f) => dvcMd5.has(f)));
    const previous = new Map((base?.files ?? []).map((f) => [f.path, f]));
    // Tabular files that must be hashed will most likely need a profile too: when they are large, start profiling them
    // now, on this thread (and the other cores once hashing is done), while a worker hashes. If a file's sha256 turns
    // out unchanged its speculative profile is dropped (the baseline's is reused, as always); the results are the same
    // as profiling after hashing, bit for bit — only the idle core during hashing is put to work.
    const tabularData = dataMatches.files.filter((f) => isTabular(f));
    let early;
    let hashed;
    const hashing = new Promise((resolve) => (hashed = resolve));
    const beforeHash = (pending) => {
        if ((opts.threads ?? (0,external_node_os_.availableParallelism)()) < 2)
            return;
        const hashes = new Set(pending);
        const files = tabularData.filter((f) => hashes.has(f));
        let bytes = 0;
        for (const f of files)
            bytes += statSize(opts.workspace, f);
        if (files.length === 0 || bytes < earlyProfileBytes())
            return;
        const abort = new AbortController();
        const run = Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(752), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 90102)).then(({ profileFiles }) => profileFiles(files.map((f) => ({ path: (0,detect_paths.absPath)(opts.workspace, f), label: 'data', size: statSize(opts.workspace, f) })), { threads: opts.threads, busy: hashing, signal: abort.signal }));
        // Settled later (awaited, or abandoned when the hashes say otherwise): never an unhandled rejection.
        run.catch(() => undefined);
        early = { files, run, abort, at: performance.now() };
        return { offMain: true };
    };
    let fp;
    let hashedAt = 0;
    try {
        fp = await fingerprintFiles(opts.workspace, dataFiles, {
            previous,
            previousStatAt: base?.statAt,
            md5: md5Files,
            threads: opts.threads,
            input: 'data',
            beforeHash,
        });
    }
    catch (e) {
        early?.abort.abort();
        throw e;
    }
    finally {
        hashedAt = performance.now();
        hashed();
    }
    for (const f of fp.files) {
        const e = dvcMd5.get(f.path);
        if (e && f.md5 && `md5:${f.md5}` !== e.digest) {
            warnings.push({
                message: `${f.path} does not match its DVC record in ${e.source} (md5 ${f.md5} vs ${e.digest.slice(4)}): the workspace copy may not be the data DVC tracks. A record without \`hash: md5\` comes from DVC 2.x, which hashed text files with CRLF line endings turned into LF, so a text file can differ there without a change: check with 'dvc status', then 'dvc pull' or 'dvc commit'.`,
                file: e.source,
            });
        }
    }
    lap('fingerprint', t);
    // Code: sha256 of each code file, recorded so a run whose event says nothing can still compare.
    t = performance.now();
    const codeFp = await fingerprintFiles(opts.workspace, codeMatches.files, { input: 'code', threads: opts.threads });
    const code = {};
    for (const f of codeFp.files)
        code[f.path] = f.sha256;
    lap('code', t);
    t = performance.now();
    for (const p of paramMatches.files)
        params[p] = readParams(readText(opts.workspace, p, 'params'), p);
    lap('params', t);
    // Merkle digest over data files and pointer-described data; a file present both ways is taken from its bytes.
    const leaves = new Map();
    for (const e of dataPointers)
        leaves.set(e.path, { path: e.path, digest: e.digest });
    for (const f of fp.files)
        leaves.set(f.path, { path: f.path, digest: `sha256:${f.sha256}` });
    const fingerprint = merkleRoot([...leaves.values()]);
    // Profiles: reuse the baseline's for files whose sha256 did not change.
    t = performance.now();
    const profiles = {};
    const byPath = new Map(fp.files.map((f) => [f.path, f]));
    const tabular = dataMatches.files.filter((f) => isTabular(f));
    const stale = tabular.filter((f) => !(base?.profiles[f] && base.profiles[f].sha256 === byPath.get(f).sha256));
    const fresh = new Map();
    let profileThreads = 0;
    // The early profiles serve when they cover every stale file (the usual case: the changed files are the ones that
    // were hashed); a file whose content did not change costs its share of the early work, nothing more.
    const earlyFiles = new Set(early?.files ?? []);
    const useEarly = early !== undefined && stale.length > 0 && stale.every((f) => earlyFiles.has(f));
    if (early && !useEarly)
        early.abort.abort();
    // How long profiling overlapped hashing (the timings line shows that it did).
    if (useEarly)
        ms['profile-while-hashing'] = Math.max(0, Math.round(hashedAt - early.at));
    let made;
    if (useEarly) {
        try {
            made = await early.run;
        }
        catch (e) {
            // A failure in a file that need not be profiled (unchanged) must not count: profile the stale ones again.
            if (early.files.every((f) => stale.includes(f)))
                throw e;
        }
    }
    if (made) {
        early.files.forEach((f, i) => {
            if (stale.includes(f))
                fresh.set(f, made.profiles[i]);
        });
        profileThreads = made.threads;
    }
    else if (stale.length > 0) {
        const { profileFiles } = await Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(752), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 90102));
        const late = await profileFiles(stale.map((f) => ({ path: (0,detect_paths.absPath)(opts.workspace, f), label: 'data', size: byPath.get(f).size })), { threads: opts.threads });
        stale.forEach((f, i) => fresh.set(f, late.profiles[i]));
        profileThreads = late.threads;
    }
    for (const f of tabular) {
        const prof = fresh.get(f);
        profiles[f] = prof ? { ...prof, sha256: byPath.get(f).sha256, format: formatOf(f) } : base.profiles[f];
    }
    const profiled = stale.length;
    const profileReused = tabular.length - stale.length;
    const tabularSet = new Set(tabular);
    const tables = dataMatches.byPattern.map((p) => ({ name: p.pattern, files: p.files.filter((f) => tabularSet.has(f)) })).filter((x) => x.files.length > 0);
    lap('profile', t);
    const record = {
        schema: detect_record/* RECORD_SCHEMA */.ep,
        createdAt: now.toISOString(),
        trainedAt: now.toISOString(),
        commit: opts.commit ?? '',
        ...(opts.ref ? { ref: opts.ref } : {}),
        fingerprint,
        statAt: fp.statAt,
        files: fp.files,
        pointers: dataPointers,
        code,
        params,
        profiles,
        tables,
    };
    const reasons = new Set();
    let data = EMPTY;
    let pointers = EMPTY;
    let codeFiles = [];
    let codeSource = 'no baseline';
    let paramChanges = [];
    const comparisons = [];
    const tableProfiles = {};
    const newTables = [];
    let ageMs;
    t = performance.now();
    if (!base) {
        reasons.add('first-run');
    }
    else {
        data = diffFiles(new Map(base.files.map((f) => [f.path, f.sha256])), new Map(fp.files.map((f) => [f.path, f.sha256])));
        pointers = diffFiles(new Map(base.pointers.map((e) => [e.path, e.digest])), new Map(dataPointers.map((e) => [e.path, e.digest])));
        if (fingerprint !== base.fingerprint)
            reasons.add('data-changed');
        for (const tb of tables) {
            const old = base.tables.find((x) => x.name === tb.name);
            const oldFiles = old?.files.filter((f) => base.profiles[f]) ?? [];
            if (oldFiles.length === 0) {
                newTables.push(tb.name);
                continue;
            }
            const unchanged = oldFiles.length === tb.files.length && oldFiles.every((f, i) => f === tb.files[i] && base.profiles[f].sha256 === profiles[f].sha256);
            if (unchanged)
                continue;
            const ref = (0,merge/* mergeTableProfiles */.FR)(oldFiles.map((f) => stripStored(base.profiles[f])));
            const cur = (0,merge/* mergeTableProfiles */.FR)(tb.files.map((f) => stripStored(profiles[f])));
            const { compareTables } = await Promise.all(/* import() */[__webpack_require__.e(922), __webpack_require__.e(966), __webpack_require__.e(906)]).then(__webpack_require__.bind(__webpack_require__, 1906));
            const cmp = compareTables(tb.name, ref, cur, policy, opts.policyFile);
            comparisons.push(cmp);
            tableProfiles[tb.name] = { reference: ref, current: cur };
            if (cmp.schemaChanged)
                reasons.add('schema-changed');
            if (cmp.rowsDropped) {
                reasons.add('rows-dropped');
                const drop = 1 - cmp.rows.current / cmp.rows.reference;
                warnings.push({
                    message: `${tb.name}: ${fmtInt(cmp.rows.reference - cmp.rows.current)} rows dropped (${fmtInt(cmp.rows.reference)} → ${fmtInt(cmp.rows.current)}, −${(drop * 100).toFixed(1)}%, more than max-row-drop ${(policy['max-row-drop'] * 100).toFixed(1)}%).`,
                    file: tb.files.length === 1 ? tb.files[0] : undefined,
                });
            }
            if (cmp.drift)
                reasons.add('drift');
        }
        if (opts.changedFiles) {
            codeFiles = (0,detect_paths.filterPaths)(opts.workspace, opts.code, opts.changedFiles, 'code');
            codeSource = opts.changedFilesSource ?? 'event';
        }
        else {
            const d = diffFiles(new Map(Object.entries(base.code)), new Map(Object.entries(code)));
            codeFiles = [...d.added, ...d.removed, ...d.modified].sort();
            codeSource = 'code file digests since the baseline';
        }
        if (codeFiles.length > 0)
            reasons.add('code-changed');
        paramChanges = diffParams(base.params, params);
        if (paramChanges.length > 0)
            reasons.add('params-changed');
        const trainedAt = Date.parse(base.trainedAt);
        if (Number.isFinite(trainedAt)) {
            ageMs = now.getTime() - trainedAt;
            if (opts.maxAgeMs !== undefined && ageMs > opts.maxAgeMs)
                reasons.add('stale');
        }
    }
    if (opts.force)
        reasons.add('forced');
    lap('compare', t);
    const ordered = detect_reasons/* REASONS */.e.filter((r) => reasons.has(r));
    const trainOn = new Set(opts.trainOn ?? detect_reasons/* REASONS */.e);
    // first-run and forced always count: without a baseline there is nothing to skip against, and force is explicit.
    const shouldTrain = ordered.some((r) => trainOn.has(r) || r === 'first-run' || r === 'forced');
    if (!shouldTrain && base)
        record.trainedAt = base.trainedAt;
    lap('total', t0);
    return {
        shouldTrain,
        reasons: ordered,
        dataChanged: reasons.has('data-changed'),
        codeChanged: reasons.has('code-changed'),
        drift: reasons.has('drift'),
        fingerprint,
        previousFingerprint: base?.fingerprint,
        data,
        pointers,
        code: { files: codeFiles, source: codeSource },
        params: paramChanges,
        tables: comparisons,
        tableProfiles,
        newTables,
        ageMs,
        maxAgeMs: opts.maxAgeMs,
        warnings,
        record,
        stats: {
            files: dataFiles.length,
            hashed: fp.hashed,
            reused: fp.reused,
            bytesHashed: fp.bytesHashed,
            profiled,
            profileReused,
            profileThreads,
            ms,
        },
    };
}
function readText(workspace, rel, input) {
    try {
        return (0,fs_text/* readTextFile */.Gu)((0,detect_paths.absPath)(workspace, rel), `Input '${input}': params file '${rel}'`);
    }
    catch (e) {
        if ((0,errors/* isUserError */.i)(e))
            throw e;
        throw new errors/* UserError */.y(`Input '${input}': cannot read '${rel}': ${e.message}`, { file: rel });
    }
}
function flattenValues(values) {
    // dvc.lock already stores params with dotted keys (`train.lr: 0.1`); keep them as written.
    const out = {};
    for (const [k, v] of Object.entries(values))
        out[k] = JSON.stringify(v) ?? 'null';
    return out;
}
/** One entry per data path: several dvc.lock stages may list the same dependency. */
function dedupePointers(entries) {
    const seen = new Map();
    for (const e of entries)
        if (!seen.has(e.path))
            seen.set(e.path, e);
    return [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function diffFiles(before, after) {
    const out = { added: [], removed: [], modified: [] };
    for (const [k, v] of after) {
        const old = before.get(k);
        if (old === undefined)
            out.added.push(k);
        else if (old !== v)
            out.modified.push(k);
    }
    for (const k of before.keys())
        if (!after.has(k))
            out.removed.push(k);
    for (const l of [out.added, out.removed, out.modified])
        l.sort();
    return out;
}
function stripStored(p) {
    return { rows: p.rows, columns: p.columns };
}
function formatOf(path) {
    const m = /\.([a-z0-9]+)(\.gz)?$/i.exec(path);
    return m ? m[1].toLowerCase() + (m[2] ? '.gz' : '') : 'unknown';
}
/**
 * 1234567 → "1,234,567". Not toLocaleString: its first call initialises ICU, ~20 ms of every run's start-up.
 */
function fmtInt(n) {
    const s = String(Math.abs(Math.round(n)));
    return (n < 0 ? '-' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}


/***/ }),

/***/ 38898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ sortTop),
/* harmony export */   FR: () => (/* binding */ mergeTableProfiles),
/* harmony export */   ji: () => (/* binding */ asCategorical)
/* harmony export */ });
/* unused harmony exports mergeColumnTypes, mergeSummaries */
/* harmony import */ var _cdf_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68129);
/* harmony import */ var _sketch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97980);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39142);



/**
 * Merge the profiles of several files into the profile of the table they form (a `data` pattern matching shards).
 * Everything but the quantiles merges exactly: counts add, means and variances combine with Chan et al.'s parallel
 * formula, exact value lists concatenate while small. Quantiles merge as the row-weighted mixture of the parts' CDFs,
 * summarised again at the same probabilities.
 */
function mergeTableProfiles(parts) {
    if (parts.length === 1)
        return parts[0];
    const order = [];
    const byName = new Map();
    for (const t of parts) {
        for (const c of t.columns) {
            if (!byName.has(c.name)) {
                byName.set(c.name, []);
                order.push(c.name);
            }
            byName.get(c.name).push(c);
        }
    }
    return {
        rows: parts.reduce((s, t) => s + t.rows, 0),
        columns: order.map((name) => byName.get(name).reduce(mergeColumns)),
    };
}
function mergeColumnTypes(a, b) {
    if (a === b)
        return a;
    if (a === 'empty')
        return b;
    if (b === 'empty')
        return a;
    if ((a === 'integer' && b === 'float') || (a === 'float' && b === 'integer'))
        return 'float';
    return 'string';
}
function mergeColumns(a, b) {
    const type = mergeColumnTypes(a.type, b.type);
    return { name: a.name, type, summary: mergeSummaries(a.summary, b.summary, type) };
}
function mergeSummaries(a, b, type) {
    if (a.count === 0 && a.kind !== b.kind)
        return { ...b, nulls: a.nulls + b.nulls };
    if (b.count === 0 && a.kind !== b.kind)
        return { ...a, nulls: a.nulls + b.nulls };
    if (a.kind === 'numeric' && b.kind === 'numeric' && type !== 'string')
        return mergeNumeric(a, b);
    return mergeCategorical(asCategorical(a), asCategorical(b));
}
function mergeNumeric(a, b) {
    if (a.count === 0)
        return { ...b, nulls: a.nulls + b.nulls };
    if (b.count === 0)
        return { ...a, nulls: a.nulls + b.nulls };
    const n = a.count + b.count;
    // Chan, Golub & LeVeque (1979): M2 = M2a + M2b + δ²·na·nb/n.
    const delta = b.mean - a.mean;
    const mean = a.mean + (delta * b.count) / n;
    const m2 = a.std ** 2 * (a.count - 1) + b.std ** 2 * (b.count - 1) + (delta * delta * a.count * b.count) / n;
    const values = a.values && b.values && n <= _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .SMALL_REFERENCE_ROWS */ .wQ ? Array.from(Float64Array.from([...a.values, ...b.values]).sort()) : undefined;
    // The parts' samples together are a sample of the table (of the sum of their sizes); its quantile function is the
    // row-weighted mixture of theirs, read again at the sketch's ranks.
    const mix = (0,_cdf_js__WEBPACK_IMPORTED_MODULE_2__/* .mixtureCdf */ .a$)([
        { cdf: (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryCdf */ .SL)(a), weight: a.count },
        { cdf: (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryCdf */ .SL)(b), weight: b.count },
    ]);
    const sampleSize = a.sampleSize + b.sampleSize;
    let distinct;
    if (a.distinct && b.distinct) {
        const m = new Map(a.distinct);
        for (const [v, c] of b.distinct)
            m.set(v, (m.get(v) ?? 0) + c);
        if (m.size <= _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DISTINCT_NUMBERS */ .Jj)
            distinct = [...m].sort((x, y) => x[0] - y[0]);
    }
    return {
        kind: 'numeric',
        count: n,
        nulls: a.nulls + b.nulls,
        min: Math.min(a.min, b.min),
        max: Math.max(a.max, b.max),
        mean,
        std: n > 1 ? Math.sqrt(m2 / (n - 1)) : 0,
        integer: a.integer && b.integer,
        quantiles: Array.from({ length: _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .QUANTILE_STEPS */ .SQ + 1 }, (_, i) => (0,_cdf_js__WEBPACK_IMPORTED_MODULE_2__/* .quantileAt */ .H7)(mix, i / _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .QUANTILE_STEPS */ .SQ)),
        sampleSize,
        ...(values ? { values } : { sketch: Array.from((0,_sketch_js__WEBPACK_IMPORTED_MODULE_0__/* .sketchRanks */ .cL)(sampleSize), (r) => (0,_cdf_js__WEBPACK_IMPORTED_MODULE_2__/* .quantileAt */ .H7)(mix, sampleSize > 1 ? r / (sampleSize - 1) : 1)) }),
        ...(distinct ? { distinct } : {}),
    };
}
/** A numeric summary seen as categories (its exact distinct values, or everything in `other`). */
function asCategorical(s) {
    if (s.kind === 'categorical')
        return s;
    const top = (s.distinct ?? []).map(([v, c]) => [String(v), c]);
    const listed = top.reduce((t, [, c]) => t + c, 0);
    return {
        kind: 'categorical',
        count: s.count,
        nulls: s.nulls,
        top: sortTop(top),
        other: s.count - listed,
        distinct: s.distinct ? s.distinct.length : _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DISTINCT_NUMBERS */ .Jj + 1,
        distinctCapped: !s.distinct,
    };
}
function mergeCategorical(a, b) {
    const m = new Map(a.top);
    for (const [k, c] of b.top)
        m.set(k, (m.get(k) ?? 0) + c);
    const all = sortTop([...m]);
    const top = all.slice(0, _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_STORED_CATEGORIES */ .Q);
    const dropped = all.slice(_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_STORED_CATEGORIES */ .Q).reduce((t, [, c]) => t + c, 0);
    return {
        kind: 'categorical',
        count: a.count + b.count,
        nulls: a.nulls + b.nulls,
        top,
        other: a.other + b.other + dropped,
        distinct: Math.max(a.distinct, b.distinct, m.size),
        distinctCapped: a.distinctCapped || b.distinctCapped,
    };
}
/** Count descending, then value ascending by code unit: the same order on every machine. */
function sortTop(top) {
    return top.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}


/***/ }),

/***/ 80978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_DRIFT_POLICY: () => (/* binding */ DEFAULT_DRIFT_POLICY),
/* harmony export */   DEFAULT_THRESHOLDS: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   DRIFT_TESTS: () => (/* binding */ DRIFT_TESTS),
/* harmony export */   P_VALUE_TESTS: () => (/* binding */ P_VALUE_TESTS),
/* harmony export */   columnRuleFor: () => (/* binding */ columnRuleFor),
/* harmony export */   driftPolicySchema: () => (/* binding */ driftPolicySchema),
/* harmony export */   loadDriftPolicy: () => (/* binding */ loadDriftPolicy),
/* harmony export */   parseDriftPolicy: () => (/* binding */ parseDriftPolicy)
/* harmony export */ });
/* harmony import */ var _fs_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39477);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90319);
/* harmony import */ var _inputs_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20565);




/** Drift tests a policy may name for a column. */
const DRIFT_TESTS = ['ks', 'chi-square', 'z', 'wasserstein', 'jensen-shannon', 'psi'];
/** Tests whose statistic is a p-value (drift when small); the others are distances (drift when large). */
const P_VALUE_TESTS = new Set(['ks', 'chi-square', 'z']);
/**
 * Default thresholds: p-value tests at 0.05, Wasserstein / robust scale at 0.1, PSI at 0.2 (STATS.md, Drift), and
 * Jensen–Shannon at 0.04 rather than 0.1: with the null p-value guarding against sampling noise, the threshold only has
 * to say what matters, and 0.1 misses moving 30% of the top category of a 300- or 5,000-category Zipf column
 * (JS 0.069 and 0.048); 0.04 is a 50/50 binary column moving to 55.6/44.4.
 */
const DEFAULT_THRESHOLDS = {
    ks: 0.05,
    'chi-square': 0.05,
    z: 0.05,
    wasserstein: 0.1,
    'jensen-shannon': 0.04,
    psi: 0.2,
};
/** A fraction written as 0.02 or "2%". */
const fraction = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).max(1),
    zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^\s*\d+(\.\d+)?\s*%\s*$/, 'expected a fraction such as 0.02 or a percentage such as "2%"').transform((s) => Number(s.trim().slice(0, -1).trim()) / 100),
]).pipe(zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0, 'must be between 0 and 1 (0% and 100%)').max(1, 'must be between 0 and 1 (0% and 100%)'));
const columnRule = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    /** Override the size-aware default test. */
    test: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(DRIFT_TESTS).optional(),
    /** p-value tests: drift when p is at or below it (KS) / below it (chi-square, z); distances: drift when at or above it. */
    threshold: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().positive().optional(),
    critical: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    ignore: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
});
const driftPolicySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).optional(),
    /** Data set drift when at least this share of the tested columns drifts. */
    'drift-share': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().gt(0).max(1).default(0.5),
    /** rows-dropped when the row count falls by more than this fraction. */
    'max-row-drop': fraction.default(0.01),
    /** A drift in any of these columns is data set drift on its own. */
    critical: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)).default([]),
    /** Columns not tested (identifiers, timestamps that always move). */
    ignore: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)).default([]),
    /** References with at most this many rows use the p-value tests, larger ones the distances. */
    'small-reference': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive().default(1000),
    columns: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), columnRule).default({}),
});
/** The policy in force when no `drift-policy` is given. */
const DEFAULT_DRIFT_POLICY = driftPolicySchema.parse({});
/** The effective rule for one column: the policy's per-column entry merged with `critical` and `ignore`. */
function columnRuleFor(policy, column) {
    const r = (Object.hasOwn(policy.columns, column) ? policy.columns[column] : undefined) ?? {};
    return { ...r, critical: r.critical ?? policy.critical.includes(column), ignore: r.ignore ?? policy.ignore.includes(column) };
}
/**
 * Parse a drift policy (YAML or JSON). A mistake is one UserError naming the file, the line and the key, so the step
 * fails with a line the user can click.
 */
function parseDriftPolicy(text, file) {
    return (0,_inputs_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlDocument */ .I)(text, file, driftPolicySchema, {
        what: 'Drift policy',
        shape: '(keys: drift-share, max-row-drop, critical, ignore, small-reference, columns)',
        allowEmpty: true,
    }).data;
}
/** Load a drift policy from a file path, or parse the input itself when it holds YAML (several lines). */
function loadDriftPolicy(pathOrYaml, input = 'drift-policy', resolvePath = (p) => p) {
    if (pathOrYaml.includes('\n'))
        return parseDriftPolicy(pathOrYaml, `input '${input}'`);
    let text;
    try {
        text = (0,_fs_text_js__WEBPACK_IMPORTED_MODULE_0__/* .readTextFile */ .Gu)(resolvePath(pathOrYaml), `Input '${input}': drift policy '${pathOrYaml}'`);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .i)(e))
            throw e;
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Input '${input}': cannot read drift policy '${pathOrYaml}' (${code ?? String(e)}). Give a path relative to the workspace, or the policy YAML itself.`);
    }
    return parseDriftPolicy(text, pathOrYaml);
}


/***/ }),

/***/ 64608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ describeFile),
/* harmony export */   T: () => (/* binding */ detectFormat)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90319);

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
