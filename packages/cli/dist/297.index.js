export const id = 297;
export const ids = [297];
export const modules = {

/***/ 297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baselineKeys: () => (/* binding */ baselineKeys),
/* harmony export */   loadBaseline: () => (/* binding */ loadBaseline),
/* harmony export */   parseBaselineInput: () => (/* binding */ parseBaselineInput),
/* harmony export */   writeRecord: () => (/* binding */ writeRecord)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2784);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1687);






function parseBaselineInput(value, workspace) {
    const v = value.trim();
    if (v === '' || v === 'cache')
        return { kind: 'cache' };
    if (v === 'none')
        return { kind: 'none' };
    return { kind: 'file', path: (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__.toWorkspacePattern)(workspace, v, 'baseline') };
}
/**
 * Cache keys for the baseline: `mlci-detect-v1-<data digest>-<branch>-<run id>-<attempt>`, restored by prefix for the
 * branch, falling back to the default branch. The data digest (of the `data` and `pointers` lines) keeps two detect
 * steps with different data apart; code and params are compared, not keyed, so editing them does not reset the baseline.
 * The file lives under the OS temp folder, outside the workspace, so no `git add -A` picks it up.
 */
function baselineKeys(opts) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify([opts.data, opts.pointers])).digest('hex').slice(0, 16);
    // Keys may not hold commas (@actions/cache splits on them) and are at most 512 characters.
    const clean = (b) => b.replace(/[,\s]/g, '_').slice(0, 200);
    const prefix = `mlci-detect-v1-${digest}-`;
    const restore = [`${prefix}${clean(opts.branch)}-`];
    if (opts.defaultBranch && opts.defaultBranch !== opts.branch)
        restore.push(`${prefix}${clean(opts.defaultBranch)}-`);
    return {
        save: `${prefix}${clean(opts.branch)}-${opts.runId}-${opts.runAttempt}`,
        restore,
        path: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'mlci-detect-data-change', digest, 'baseline.json'),
    };
}
/**
 * Load the baseline record. Never throws for a missing, unreachable or damaged baseline: a cache outage or a corrupt
 * record is one warning and a first run, so a flaky cache cannot block training.
 */
async function loadBaseline(source, ctx) {
    if (source.kind === 'none')
        return { description: 'none (baseline: none)' };
    if (source.kind === 'file') {
        const file = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__.absPath)(ctx.workspace, source.path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file)) {
            ctx.log.info(`No lock file at ${source.path} yet: this is a first run.`);
            return { description: `${source.path} (not found: first run)` };
        }
        return parseOrWarn(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'), source.path, ctx.log, { description: source.path });
    }
    if (!ctx.cache) {
        ctx.log.warning('No cache is available on this platform, so there is no baseline: treated as a first run. Use baseline: <lock file> to keep one in the repository.');
        return { description: 'cache (unavailable: first run)' };
    }
    // A file left by an earlier step on a reused (self-hosted) runner must not pass for the restored one.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(ctx.keys.path, { force: true });
    let matched;
    try {
        matched = await ctx.cache.restore([ctx.keys.path], ctx.keys.restore[0], ctx.keys.restore.slice(1));
    }
    catch (e) {
        ctx.log.warning(`Baseline cache unavailable (${e.message}): treated as a first run.`);
        return { description: 'cache (unavailable: first run)' };
    }
    if (!matched) {
        ctx.log.info(`No baseline in the cache under ${ctx.keys.restore.join(' or ')}: this is a first run.`);
        return { description: 'cache (no entry yet: first run)' };
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(ctx.keys.path)) {
        ctx.log.warning(`Cache entry ${matched} restored no baseline file at ${ctx.keys.path}: treated as a first run.`);
        return { description: `cache ${matched} (empty: first run)` };
    }
    return parseOrWarn(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(ctx.keys.path, 'utf8'), `from cache entry ${matched}`, ctx.log, { description: `cache ${matched}`, matchedKey: matched });
}
function parseOrWarn(read, where, log, found) {
    try {
        return { ...found, record: (0,_record_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRecord */ .Hh)(read(), where) };
    }
    catch (e) {
        if (!(e instanceof _record_js__WEBPACK_IMPORTED_MODULE_5__/* .RecordError */ .W1) && !e.code)
            throw e;
        log.warning(`${e.message}: ignored, treated as a first run.`);
        return { description: `${found.description} (unusable: first run)` };
    }
}
/** Write a record to a file (lock file or the cache's local path), creating folders. */
function writeRecord(path, record) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(path, (0,_record_js__WEBPACK_IMPORTED_MODULE_5__/* .serializeRecord */ .Om)(record));
}


/***/ })

};
