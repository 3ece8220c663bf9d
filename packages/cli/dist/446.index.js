export const id = 446;
export const ids = [446];
export const modules = {

/***/ 51446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baselineKeys: () => (/* binding */ baselineKeys),
  loadBaseline: () => (/* binding */ loadBaseline),
  parseBaselineInput: () => (/* binding */ parseBaselineInput),
  writeRecord: () => (/* binding */ writeRecord)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../core/src/errors.ts
var errors = __webpack_require__(90319);
// EXTERNAL MODULE: ../core/src/detect/paths.ts
var paths = __webpack_require__(42784);
// EXTERNAL MODULE: ../core/src/detect/record.ts
var detect_record = __webpack_require__(71687);
// EXTERNAL MODULE: ../core/src/platform.ts
var platform = __webpack_require__(90219);
;// CONCATENATED MODULE: ../core/src/detect/record-store.ts
/**
 * The baseline kept in the repository itself (`baseline: git`): read per branch with the default branch as
 * fallback, written by compare-and-swap, and the check that tells an evicted cache entry from a real first run.
 * The storage (refs, blobs, commits) is the platform's (RecordStore in platform.ts); what is decided here is which
 * record counts, what a conflict means and what the user is told.
 */



/** What to tell the user when the token may not read or write the record. */
function permissionMessage(e, what, where) {
    const fix = what === 'write'
        ? `Give the job \`permissions: contents: write\` (the record is written under ${where}, never on a branch), or set \`save-baseline: never\` on this step.`
        : 'Give the job `permissions: contents: read` (or `contents: write` where the record is saved).';
    return `baseline: git: the token may not ${what} ${where} (${e.message}). ${fix}`;
}
/**
 * The record for `branch`, else the default branch's. A location that exists but holds no usable record is a
 * record expected and missing: one warning naming it and the fix, and a first run.
 */
async function loadFromStore(store, opts) {
    const branches = [opts.branch];
    if (opts.defaultBranch && opts.defaultBranch !== opts.branch)
        branches.push(opts.defaultBranch);
    for (const b of branches) {
        const where = store.location(opts.name, b);
        let got;
        try {
            got = await store.read(opts.name, b);
        }
        catch (e) {
            if (e instanceof platform/* PermissionDeniedError */.L)
                throw new errors/* UserError */.y(permissionMessage(e, 'read', where));
            // An outage must not block training: one warning, and a first run.
            opts.log.warning(`baseline: git: cannot read ${where} (${e.message}): treated as a first run.`);
            return { description: `git ${where} (unreachable: first run)` };
        }
        if (!got)
            continue;
        const fix = 'This run trains, and its record replaces the unusable one when it is saved.';
        if (got.text === undefined) {
            opts.log.warning(`baseline: git: ${where} exists (commit ${got.version.slice(0, 12)}) but holds no record, so a record was expected and is missing: treated as a first run (a full retrain). ${fix}`);
            return { description: `git ${where} (no record in it: first run)`, expectedButMissing: true };
        }
        try {
            const record = (0,detect_record/* parseRecord */.Hh)(got.text, where);
            if (b !== opts.branch)
                opts.log.info(`No record for branch ${opts.branch} yet: comparing with the default branch's, ${where}.`);
            return { record, description: `git ${where}${b !== opts.branch ? ' (default branch)' : ''}` };
        }
        catch (e) {
            if (!(e instanceof detect_record/* RecordError */.W1))
                throw e;
            opts.log.warning(`${e.message}, so a record was expected and is missing: treated as a first run (a full retrain). ${fix}`);
            return { description: `git ${where} (unusable: first run)`, expectedButMissing: true };
        }
    }
    const where = branches.map((b) => store.location(opts.name, b)).join(' or ');
    opts.log.info(`No record under ${where}: this is a first run. The record is saved there when training runs.`);
    return { description: `git (no record yet: first run)` };
}
/**
 * Save `record` for (name, branch) by compare-and-swap: read the location, decide, write naming the version read;
 * when another writer moved it in between, read again and decide again. Two trainings racing keep the newer one
 * (by `trainedAt`): the record is what the next run compares with, and the later training saw the later data.
 */
async function saveToStore(store, opts) {
    const where = store.location(opts.name, opts.branch);
    const text = serializeRecord(opts.record);
    const attempts = opts.attempts ?? 5;
    for (let i = 1; i <= attempts; i++) {
        let current;
        try {
            current = await store.read(opts.name, opts.branch);
            if (current?.text !== undefined) {
                const theirs = parseTrainedAt(current.text);
                if (theirs !== undefined && theirs > opts.record.trainedAt) {
                    opts.log.info(`${where} already holds a record of a later training (${theirs}, this one ${opts.record.trainedAt}): kept it.`);
                    return 'kept-newer';
                }
            }
            const w = await store.write(opts.name, opts.branch, text, current?.version, opts.message);
            if (w.written) {
                opts.log.info(`Saved the baseline record to ${where} (commit ${w.version.slice(0, 12)}).`);
                return 'written';
            }
        }
        catch (e) {
            if (e instanceof PermissionDeniedError)
                throw new UserError(permissionMessage(e, 'write', where));
            throw e;
        }
        opts.log.info(`${where} moved while this run was writing it (another run saved a record): reading it again (attempt ${i + 1} of ${attempts}).`);
    }
    throw new Error(`baseline: git: ${where} kept moving; gave up after ${attempts} attempts`);
}
/** trainedAt of a stored record, without validating the rest (a damaged record is overwritten). */
function parseTrainedAt(text) {
    try {
        const t = JSON.parse(text).trainedAt;
        return typeof t === 'string' ? t : undefined;
    }
    catch {
        return undefined;
    }
}
const DAY_MS = 86_400_000;
/**
 * A cache miss on a branch where this workflow has succeeded before: a record was saved then (the first run always
 * trains and saves), so it was evicted. GitHub removes cache entries not accessed in over 7 days and evicts the
 * oldest once a repository's caches pass 10 GB ("Dependency caching" reference, "Usage limits and eviction policy").
 * Returns the warning to show, or undefined for a real first run. Never throws: the check is a courtesy.
 */
async function explainCacheMiss(history, opts) {
    if (!history)
        return undefined;
    let prev;
    for (const b of opts.branches) {
        try {
            prev = await history.lastSuccessfulRun(b);
        }
        catch (e) {
            const why = e instanceof platform/* PermissionDeniedError */.L ? `the token lacks \`${e.permission}\`` : e.message;
            opts.log.info(`Could not check this workflow's earlier runs for an evicted baseline (${why}).`);
            return undefined;
        }
        if (prev)
            break;
    }
    if (!prev)
        return undefined;
    const days = Math.floor(((opts.now ?? new Date()).getTime() - Date.parse(prev.at)) / DAY_MS);
    const cause = days >= 7
        ? `${days} days ago, so the entry was most likely removed as unused for 7 days`
        : `${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`}, so the entry was most likely evicted by the 10 GB per-repository cache limit (shared with every other cache of the repository)`;
    return (`No baseline in the Actions cache, but this workflow succeeded on ${prev.branch} ${cause}` +
        `${prev.url ? ` (${prev.url})` : ''}: a record was expected and is missing, so this run is a first run and trains in full. ` +
        'Fix: `baseline: git` keeps the record in the repository under refs/mlci/detect/, where nothing evicts it (needs `permissions: contents: write`).');
}

;// CONCATENATED MODULE: ../core/src/detect/baseline.ts








/** A record name is one ref component: letters, digits, `.`, `_`, `-` (no `..`, no `.lock` ending). */
const RECORD_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;
function parseBaselineInput(value, workspace) {
    const v = value.trim();
    if (v === '' || v === 'cache')
        return { kind: 'cache' };
    if (v === 'none')
        return { kind: 'none' };
    if (v === 'git')
        return { kind: 'git' };
    if (v.startsWith('git:')) {
        const name = v.slice(4).trim();
        if (!RECORD_NAME.test(name) || name.includes('..') || name.endsWith('.lock')) {
            throw new errors/* UserError */.y(`Input 'baseline': '${v.slice(0, 120)}' is not a record name: after 'git:' use letters, digits, '.', '_' and '-' only (e.g. 'git:fraud-model'), or just 'git'.`);
        }
        return { kind: 'git', name };
    }
    return { kind: 'file', path: (0,paths.toWorkspacePattern)(workspace, v, 'baseline') };
}
/**
 * Cache keys for the baseline: `mlci-detect-v1-<data digest>-<branch>-<run id>-<attempt>`, restored by prefix for the
 * branch, falling back to the default branch. The data digest (of the `data` and `pointers` lines) keeps two detect
 * steps with different data apart; code and params are compared, not keyed, so editing them does not reset the baseline.
 * The file lives under the OS temp folder, outside the workspace, so no `git add -A` picks it up.
 */
function baselineKeys(opts) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([opts.data, opts.pointers])).digest('hex').slice(0, 16);
    // Keys may not hold commas (@actions/cache splits on them) and are at most 512 characters.
    const clean = (b) => b.replace(/[,\s]/g, '_').slice(0, 200);
    const prefix = `mlci-detect-v1-${digest}-`;
    const restore = [`${prefix}${clean(opts.branch)}-`];
    if (opts.defaultBranch && opts.defaultBranch !== opts.branch)
        restore.push(`${prefix}${clean(opts.defaultBranch)}-`);
    return {
        save: `${prefix}${clean(opts.branch)}-${opts.runId}-${opts.runAttempt}`,
        restore,
        path: (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlci-detect-data-change', digest, 'baseline.json'),
        digest,
    };
}
/**
 * Load the baseline record. Never throws for a missing, unreachable or damaged baseline: a cache outage or a corrupt
 * record is one warning and a first run, so a flaky cache cannot block training.
 */
async function loadBaseline(source, ctx) {
    if (source.kind === 'none')
        return { description: 'none (baseline: none)' };
    if (source.kind === 'git') {
        if (!ctx.records)
            throw new errors/* UserError */.y("Input 'baseline': 'git' needs a platform that can store records in the repository (GitHub); use a lock file or 'cache' here.");
        return loadFromStore(ctx.records, { name: source.name ?? ctx.keys.digest, branch: ctx.branch ?? 'main', defaultBranch: ctx.defaultBranch, log: ctx.log });
    }
    if (source.kind === 'file') {
        const file = (0,paths.absPath)(ctx.workspace, source.path);
        if (!(0,external_node_fs_.existsSync)(file)) {
            ctx.log.info(`No lock file at ${source.path} yet: this is a first run.`);
            return { description: `${source.path} (not found: first run)` };
        }
        return parseOrWarn(() => (0,external_node_fs_.readFileSync)(file, 'utf8'), source.path, ctx.log, { description: source.path });
    }
    if (!ctx.cache) {
        ctx.log.warning('No cache is available on this platform, so there is no baseline: treated as a first run. Use baseline: <lock file> to keep one in the repository.');
        return { description: 'cache (unavailable: first run)' };
    }
    // A file left by an earlier step on a reused (self-hosted) runner must not pass for the restored one.
    (0,external_node_fs_.rmSync)(ctx.keys.path, { force: true });
    let matched;
    try {
        matched = await ctx.cache.restore([ctx.keys.path], ctx.keys.restore[0], ctx.keys.restore.slice(1));
    }
    catch (e) {
        ctx.log.warning(`Baseline cache unavailable (${e.message}): treated as a first run.`);
        return { description: 'cache (unavailable: first run)' };
    }
    if (!matched) {
        const branches = [ctx.branch, ctx.defaultBranch].filter((b, i, all) => !!b && all.indexOf(b) === i);
        const evicted = await explainCacheMiss(ctx.history, { branches, now: ctx.now, log: ctx.log });
        if (evicted) {
            ctx.log.warning(evicted);
            return { description: 'cache (record expected but missing, most likely evicted: first run)', expectedButMissing: true };
        }
        ctx.log.info(`No baseline in the cache under ${ctx.keys.restore.join(' or ')}: this is a first run.`);
        return { description: 'cache (no entry yet: first run)' };
    }
    if (!(0,external_node_fs_.existsSync)(ctx.keys.path)) {
        ctx.log.warning(`Cache entry ${matched} restored no baseline file at ${ctx.keys.path}: treated as a first run.`);
        return { description: `cache ${matched} (empty: first run)` };
    }
    return parseOrWarn(() => (0,external_node_fs_.readFileSync)(ctx.keys.path, 'utf8'), `from cache entry ${matched}`, ctx.log, { description: `cache ${matched}`, matchedKey: matched });
}
function parseOrWarn(read, where, log, found) {
    try {
        return { ...found, record: (0,detect_record/* parseRecord */.Hh)(read(), where) };
    }
    catch (e) {
        if (!(e instanceof detect_record/* RecordError */.W1) && !e.code)
            throw e;
        log.warning(`${e.message}: ignored, treated as a first run.`);
        return { description: `${found.description} (unusable: first run)` };
    }
}
/** Write a record to a file (lock file or the cache's local path), creating folders. */
function writeRecord(path, record) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, (0,detect_record/* serializeRecord */.Om)(record));
}


/***/ })

};
