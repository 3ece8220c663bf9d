export const id = 182;
export const ids = [182,601];
export const modules = {

/***/ 61601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inputs: () => (/* binding */ inputs)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29143);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46416);
/* harmony import */ var _mlci_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14712);
/* harmony import */ var _mlci_core_detect_reasons__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74502);



/** `any` or a list of reasons; unknown words name the allowed ones. */
const trainOnInput = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((s, ctx) => {
    const words = s.split(/[\s,]+/).map((w) => w.trim()).filter(Boolean);
    if (words.length === 0 || (words.length === 1 && words[0] === 'any'))
        return [..._mlci_core_detect_reasons__WEBPACK_IMPORTED_MODULE_1__/* .REASONS */ .e];
    const bad = words.filter((w) => !_mlci_core_detect_reasons__WEBPACK_IMPORTED_MODULE_1__/* .REASONS */ .e.includes(w));
    if (bad.length) {
        ctx.addIssue({ code: 'custom', message: `unknown reason(s) ${bad.join(', ')}; expected 'any' or a list of: ${_mlci_core_detect_reasons__WEBPACK_IMPORTED_MODULE_1__/* .REASONS */ .e.join(', ')}` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return words;
});
/** Input names are a contract (issue #4); action.yml declares the same names and defaults. */
const inputs = {
    data: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .linesInput */ .WO, default: '', description: 'Newline-separated globs, files or folders of data (CSV, TSV, JSONL, Parquet, any binary), relative to the workspace; `!pattern` excludes. Each line is one table for schema and drift checks.' },
    pointers: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .linesInput */ .WO, default: '', description: 'Globs of pointer files read instead of the data: DVC `.dvc` files and `dvc.lock`, Git LFS pointers.' },
    code: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .linesInput */ .WO, default: '', description: 'Globs of training code and config; changed files come from the event (PR files, push before..after, since the baseline commit).' },
    params: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .linesInput */ .WO, default: '', description: 'YAML or JSON params files, compared key by key.' },
    baseline: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, default: 'cache', description: 'Where the previous record comes from: `cache` (per branch, falling back to the default branch; evicted after 7 days unused), `git` or `git:<name>` (kept in the repository under `refs/mlci/detect/<name>/<branch>`, falling back to the default branch; needs contents: write), a lock file path such as `data.lock.json`, or `none`.' },
    'max-age': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .durationInput */ .Ts, description: 'Train when the last training recorded in the baseline is older than this (e.g. `48h`, `7d`). Empty: no age limit.' },
    'drift-policy': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, description: 'Drift policy YAML file (or the YAML itself): per-column tests and thresholds, `critical`, `ignore`, `drift-share`, `max-row-drop`.' },
    force: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .booleanInput */ .tE, default: 'false', description: 'Train regardless (wire it to a workflow_dispatch input).' },
    'train-on': { schema: trainOnInput, default: 'any', description: `Reasons that make should-train true: \`any\`, or a list of ${_mlci_core_detect_reasons__WEBPACK_IMPORTED_MODULE_1__/* .REASONS */ .e.join(', ')}. first-run and forced always count.` },
    'save-baseline': { schema: (0,_mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .enumInput */ .gX)(['on-success', 'always', 'never']), default: 'on-success', description: 'When should-train is true, save this run\'s record (to the cache, or with `baseline: git` to the repository): `on-success` (post step, only if the job succeeded), `always` (now), `never`.' },
    'write-lock': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, description: 'When should-train is true, write the record to this lock file (commit it and use it as `baseline`).' },
    'allow-empty': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .booleanInput */ .tE, default: 'false', description: 'Allow a glob that matches no files (otherwise an error).' },
    'report-path': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, description: 'Where to write the JSON report. Empty: a file under RUNNER_TEMP.' },
    'html-report': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, description: 'Where to write the self-contained HTML report. Empty: beside the JSON report, .json replaced by .html.' },
    'github-token': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, default: '${{ github.token }}', description: 'Token to list a pull request\'s files (pull-requests: read), compare commits (contents: read), read and write the `baseline: git` record (contents: write) and, on a cache miss, check the workflow\'s earlier runs (actions: read).' },
};


/***/ }),

/***/ 38182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_ARTIFACT: () => (/* binding */ REPORT_ARTIFACT),
  inputs: () => (/* reexport */ inputs.inputs),
  outputs: () => (/* binding */ outputs),
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../packages/github/src/commands.ts
var commands = __webpack_require__(85261);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 3 modules
var src = __webpack_require__(14712);
;// CONCATENATED MODULE: ../../packages/github/src/artifacts.ts
/**
 * Why this job has no artifact store, or undefined when it has one. @actions/artifact (v2+) talks to the Actions
 * results service: it needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which the runner gives the steps of a
 * job (not a shell, a container step's own processes or a local run), and it does not work on GitHub Enterprise
 * Server.
 */
function artifactStoreUnavailable(env = process.env) {
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((k) => !env[k]);
    if (missing.length)
        return `no artifact store in this job: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`;
    let host = 'github.com';
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
    }
    catch {
        // A malformed server URL: leave it to the toolkit.
    }
    if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')) {
        return `no artifact store: GitHub Enterprise Server (${host}) does not support the artifact service @actions/artifact v2 uses`;
    }
    return undefined;
}
/**
 * Run `fn` with the toolkit's own log lines (`Artifact name is valid!`, upload progress, its warning on a failed
 * upload) turned into debug lines: the caller writes the one line that matters (uploaded, or why not).
 */
async function quietly(fn) {
    const out = process.stdout;
    const write = out.write;
    let pending = '';
    const emit = (line) => {
        if (!line)
            return;
        const data = line.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
        write.call(out, `::debug::${data}\n`);
    };
    out.write = ((chunk, ...rest) => {
        pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const l of lines)
            emit(l.replace(/\r$/, ''));
        const cb = rest.find((r) => typeof r === 'function');
        cb?.();
        return true;
    });
    try {
        return await fn();
    }
    finally {
        out.write = write;
        emit(pending);
    }
}
function createArtifactStore(env = process.env) {
    return {
        async upload(name, files, rootDirectory, retentionDays) {
            // Off the runner the toolkit would log and then throw; say why in one line instead, without loading it.
            const unavailable = artifactStoreUnavailable(env);
            if (unavailable)
                throw new Error(unavailable);
            return quietly(async () => {
                const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(31), __webpack_require__.e(665), __webpack_require__.e(687), __webpack_require__.e(882)]).then(__webpack_require__.bind(__webpack_require__, 87882));
                const client = new DefaultArtifactClient();
                const res = await client.uploadArtifact(name, files, rootDirectory, retentionDays ? { retentionDays } : {});
                return { id: res.id, size: res.size };
            });
        },
    };
}

;// CONCATENATED MODULE: ../../packages/github/src/cache.ts
/** Thrown when the runner offers no cache service (self-hosted without one, GHES without cache, local runs). */
class CacheUnavailableError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CacheUnavailableError';
    }
}
function createCacheStore() {
    const load = async () => {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(31), __webpack_require__.e(687), __webpack_require__.e(824)]).then(__webpack_require__.bind(__webpack_require__, 80824));
        if (!cache.isFeatureAvailable()) {
            throw new CacheUnavailableError('the GitHub Actions cache service is not available to this job (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL are not set: a self-hosted runner or GHES without the cache, or not running on Actions)');
        }
        return cache;
    };
    return {
        async restore(paths, primaryKey, restoreKeys) {
            const cache = await load();
            // @actions/cache reports a service outage as one warning and a miss (undefined); validation errors throw.
            return await cache.restoreCache(paths, primaryKey, restoreKeys);
        },
        async save(paths, key) {
            const cache = await load();
            // Returns -1 after logging a warning when the key already exists or the service refused; not fatal.
            await cache.saveCache(paths, key);
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ../../packages/github/src/octokit.ts
var src_octokit = __webpack_require__(57194);
;// CONCATENATED MODULE: ../../packages/github/src/record-store.ts
/**
 * RecordStore and RunHistory on GitHub (detect-data-change `baseline: git`).
 *
 * A record is a commit whose tree holds one file, `record.json`, under `refs/mlci/detect/<name>/<branch>`: a ref
 * outside `refs/heads` and `refs/tags`, so it is on no branch, `actions/checkout` does not fetch it (it fetches the
 * one ref it checks out) and nothing evicts it. Written through the Git Database API (blobs, trees, commits, refs),
 * which needs `contents: write`. Each new record's commit has the previous one as parent and the ref is moved with
 * `force: false` ("make sure the update is a fast-forward update", REST "Update a reference"): a writer that read
 * an older commit than the ref now holds is refused, which makes the ref a compare-and-swap.
 */



/** The file inside each record commit. */
const RECORD_FILE = 'record.json';
/**
 * One ref component for a branch. A branch with slashes is flattened (`feature/x` → `feature-x`) with a digest of
 * its real name appended: refs `…/feature` and `…/feature/x` could not both exist (git keeps refs as paths), and two
 * branches flattening alike must not share a record.
 */
function branchComponent(branch) {
    if (!branch.includes('/'))
        return branch;
    return `${branch.replace(/\//g, '-')}-${(0,external_node_crypto_.createHash)('sha256').update(branch).digest('hex').slice(0, 8)}`;
}
function recordRef(name, branch) {
    return `refs/mlci/detect/${name}/${branchComponent(branch)}`;
}
async function clientOf(source, permission) {
    const c = await source();
    if (!c)
        throw new src/* PermissionDeniedError */.Ll(permission, 'no GitHub token: the `github-token` input is empty');
    return c;
}
function denied(e, permission) {
    if ((0,src_octokit/* isPermissionDenied */.T1)(e))
        throw new src/* PermissionDeniedError */.Ll(permission, (0,src_octokit/* describeApiError */.gg)(e));
    throw e;
}
/** 422 from a ref write that means "someone else moved it": the ref exists already, or is no longer an ancestor. */
function isRefConflict(e) {
    const s = (0,src_octokit/* httpStatus */.nG)(e);
    return (s === 422 || s === 409) && /already exists|not a fast.?forward|does not exist/i.test(String(e.message ?? ''));
}
function createRecordStore(ctx, client) {
    const repo = () => ({ owner: ctx().owner, repo: ctx().repo });
    return {
        location: recordRef,
        async read(name, branch) {
            const gh = await clientOf(client, 'contents: read');
            const ref = recordRef(name, branch);
            let sha;
            let type;
            try {
                const r = await gh.rest.git.getRef({ ...repo(), ref: ref.slice('refs/'.length) });
                ({ sha, type } = r.data.object);
            }
            catch (e) {
                if ((0,src_octokit/* httpStatus */.nG)(e) === 404)
                    return undefined;
                denied(e, 'contents: read');
            }
            if (type !== 'commit')
                return { version: sha };
            try {
                const commit = await gh.rest.git.getCommit({ ...repo(), commit_sha: sha });
                const tree = await gh.rest.git.getTree({ ...repo(), tree_sha: commit.data.tree.sha });
                const entry = tree.data.tree.find((t) => t.path === RECORD_FILE && t.type === 'blob');
                if (!entry?.sha)
                    return { version: sha };
                const blob = await gh.rest.git.getBlob({ ...repo(), file_sha: entry.sha });
                const text = Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
                return { version: sha, text };
            }
            catch (e) {
                denied(e, 'contents: read');
            }
        },
        async checkWritable() {
            const gh = await clientOf(client, 'contents: write');
            // The empty blob exists in nearly every repository; creating it changes nothing and needs contents: write.
            try {
                await gh.rest.git.createBlob({ ...repo(), content: '', encoding: 'utf-8' });
            }
            catch (e) {
                denied(e, 'contents: write');
            }
        },
        async write(name, branch, text, expected, message) {
            const gh = await clientOf(client, 'contents: write');
            const ref = recordRef(name, branch);
            try {
                const blob = await gh.rest.git.createBlob({ ...repo(), content: text, encoding: 'utf-8' });
                const tree = await gh.rest.git.createTree({ ...repo(), tree: [{ path: RECORD_FILE, mode: '100644', type: 'blob', sha: blob.data.sha }] });
                const commit = await gh.rest.git.createCommit({ ...repo(), message, tree: tree.data.sha, parents: expected ? [expected] : [] });
                try {
                    if (expected)
                        await gh.rest.git.updateRef({ ...repo(), ref: ref.slice('refs/'.length), sha: commit.data.sha, force: false });
                    else
                        await gh.rest.git.createRef({ ...repo(), ref, sha: commit.data.sha });
                }
                catch (e) {
                    if (isRefConflict(e))
                        return { written: false };
                    throw e;
                }
                return { written: true, version: commit.data.sha };
            }
            catch (e) {
                denied(e, 'contents: write');
            }
        },
    };
}
/**
 * The running workflow's earlier successful runs (`actions: read`). The workflow is named by its file, from
 * GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/retrain.yml@refs/heads/main`).
 */
function createRunHistory(ctx, client) {
    return {
        async lastSuccessfulRun(branch) {
            const c = ctx();
            const file = /\/\.github\/workflows\/([^@/]+)@/.exec(c.workflowRef ?? '')?.[1];
            if (!file)
                return undefined;
            const gh = await clientOf(client, 'actions: read');
            try {
                const r = await gh.rest.actions.listWorkflowRuns({ owner: c.owner, repo: c.repo, workflow_id: file, branch, status: 'success', per_page: 10 });
                const run = r.data.workflow_runs.find((w) => w.id !== c.runId);
                if (!run)
                    return undefined;
                return { id: run.id, number: run.run_number, branch: run.head_branch ?? branch, at: run.updated_at, url: run.html_url };
            }
            catch (e) {
                denied(e, 'actions: read');
            }
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ../../packages/github/src/changed-files.ts
/**
 * Which files an event changed, for detect-data-change's `code` input:
 * - pull_request / pull_request_target: the PR's files through the REST API, all pages (GitHub lists at most 3,000);
 *   falling back to `git diff base...head` when the API cannot answer or the list may be cut;
 * - push: `before..after` with git when both commits are in the clone, else the compare API;
 * - merge_group (merge queue): the group's `base_sha..head_sha`, the same way;
 * - anything else (schedule, workflow_dispatch, ...): since the baseline's commit, the same way.
 * Renamed files count under both names. When nothing can answer, `files` is undefined and the caller compares code
 * file digests against the baseline instead.
 */


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** GitHub's cap on a pull request's file list (REST "List pull requests files"). */
const PR_FILES_LIMIT = 3000;
const ZERO_SHA = /^0+$/;
async function listChangedFiles(opts) {
    const { context: ctx, log } = opts;
    const pr = ctx.pullRequest;
    if (pr && (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target')) {
        let apiWhy = 'no token';
        if (opts.client) {
            try {
                const files = await pullFiles(opts.client, ctx.owner, ctx.repo, pr.number);
                if (files.count < PR_FILES_LIMIT)
                    return { files: files.names, source: `pull request #${pr.number} files (API)` };
                apiWhy = `the API lists at most ${PR_FILES_LIMIT} files`;
            }
            catch (e) {
                apiWhy = describe(e);
                log?.debug(`PR files from the API failed: ${apiWhy}`);
            }
        }
        const git = await gitDiff(opts.cwd, pr.baseSha, pr.headSha, true);
        if (git)
            return { files: git, source: `git diff ${changed_files_short(pr.baseSha)}...${changed_files_short(pr.headSha)} (API: ${apiWhy})` };
        return { source: `unknown: PR files API (${apiWhy}) and git diff both unavailable` };
    }
    if (ctx.eventName === 'push') {
        const before = String(ctx.payload.before ?? '');
        const after = String(ctx.payload.after ?? ctx.sha);
        if (before && !ZERO_SHA.test(before))
            return between(opts, before, after, 'push');
        // A new branch: nothing to diff against in the event; the baseline's commit is the next best thing.
    }
    if (ctx.eventName === 'merge_group') {
        const group = ctx.payload.merge_group ?? {};
        const base = String(group.base_sha ?? '');
        const head = String(group.head_sha ?? ctx.sha);
        if (base && !ZERO_SHA.test(base))
            return between(opts, base, head, 'merge group');
    }
    if (!opts.baselineCommit)
        return { source: 'unknown: no baseline commit to compare with' };
    if (opts.baselineCommit === ctx.sha)
        return { files: [], source: `baseline commit ${changed_files_short(ctx.sha)} is this commit` };
    return between(opts, opts.baselineCommit, ctx.sha, 'since the baseline');
}
async function between(opts, base, head, what) {
    const git = await gitDiff(opts.cwd, base, head, false);
    if (git)
        return { files: git, source: `git diff ${changed_files_short(base)}..${changed_files_short(head)} (${what})` };
    if (opts.client) {
        try {
            const names = await compareFiles(opts.client, opts.context.owner, opts.context.repo, base, head);
            if (names)
                return { files: names, source: `compare ${changed_files_short(base)}...${changed_files_short(head)} (API, ${what})` };
        }
        catch (e) {
            opts.log?.debug(`compare API failed: ${describe(e)}`);
            return { source: `unknown: ${changed_files_short(base)} is not in the clone (fetch-depth) and the compare API failed (${describe(e)})` };
        }
    }
    return { source: `unknown: ${changed_files_short(base)} is not in the clone (use fetch-depth: 0) and there is no token for the compare API` };
}
/** All of a PR's files, page by page (100 per page). */
async function pullFiles(client, owner, repo, pull_number) {
    const names = new Set();
    let count = 0;
    for await (const page of client.paginate.iterator(client.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 })) {
        for (const f of page.data) {
            count++;
            names.add(f.filename);
            if (f.previous_filename)
                names.add(f.previous_filename);
        }
    }
    return { names: [...names].sort(), count };
}
/**
 * Files between two commits through the compare API. Its file list holds at most 300 entries (first page only), so a
 * comparison with 300 or more files returns undefined: better "unknown" (digest comparison) than a cut list.
 */
async function compareFiles(client, owner, repo, base, head) {
    const r = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}`, per_page: 1 });
    const files = r.data.files ?? [];
    if (files.length >= 300)
        return undefined;
    const names = new Set();
    for (const f of files) {
        names.add(f.filename);
        if (f.previous_filename)
            names.add(f.previous_filename);
    }
    return [...names].sort();
}
/**
 * `git diff --name-status` between two commits in the clone (three dots: from the merge base, as a PR shows it).
 * Undefined when git or either commit is missing (a shallow clone).
 */
async function gitDiff(cwd, base, head, mergeBase) {
    if (!base || !head)
        return undefined;
    try {
        const range = mergeBase ? `${base}...${head}` : `${base}..${head}`;
        const { stdout } = await run('git', ['-c', 'core.quotepath=off', 'diff', '--no-renames', '--name-only', '-z', range, '--'], {
            cwd,
            maxBuffer: 64 * 1024 * 1024,
        });
        return [...new Set(stdout.split('\0').filter(Boolean))].sort();
    }
    catch {
        return undefined;
    }
}
function changed_files_short(sha) {
    return sha.slice(0, 7);
}
function describe(e) {
    const status = e.status;
    const msg = e.message ?? String(e);
    return status ? `HTTP ${status}: ${msg.split('\n')[0]}` : msg.split('\n')[0];
}

;// CONCATENATED MODULE: ../../packages/github/src/surface.ts
/**
 * Collects what could not be posted for lack of permission (or token), so the action ends with ONE notice that
 * says what was skipped, why, and which `permissions:` would fix it.
 */
class SkippedPosts {
    items = [];
    noToken = false;
    emitted = false;
    denied(what, permission) {
        if (!this.items.some((i) => i.what === what))
            this.items.push({ what, permission });
    }
    missingToken(what) {
        this.noToken = true;
        if (!this.items.some((i) => i.what === what))
            this.items.push({ what });
    }
    get empty() {
        return this.items.length === 0;
    }
    /** The notice text, or undefined when everything that was asked for got posted. */
    message(action, forkPullRequest) {
        if (this.items.length === 0)
            return undefined;
        const what = this.items.map((i) => i.what);
        const list = what.length === 1 ? what[0] : `${what.slice(0, -1).join(', ')} and ${what[what.length - 1]}`;
        if (this.noToken) {
            return `${action}: posted no ${list}: no github-token was given. The results are in the job summary. ` +
                'Pass `github-token: ${{ github.token }}` (the default) to post them.';
        }
        const perms = [...new Set(this.items.map((i) => i.permission).filter(Boolean))];
        const why = forkPullRequest
            ? 'the token is read-only, as GitHub makes it for pull requests from forks'
            : 'the token is not allowed to (HTTP 403 "Resource not accessible by integration")';
        return `${action}: posted no ${list}: ${why}. The results are in the job summary. ` +
            `To post them, give the job \`permissions:\` ${perms.map((p) => `\`${p}\``).join(', ')}.`;
    }
    /** Returns the message once; later calls return undefined (one notice per action run). */
    take(action, forkPullRequest) {
        if (this.emitted)
            return undefined;
        const m = this.message(action, forkPullRequest);
        if (m)
            this.emitted = true;
        return m;
    }
}
/** Link to this run's page (its job summary holds the full report). */
function runUrl(ctx) {
    const attempt = ctx.runAttempt > 1 ? `/attempts/${ctx.runAttempt}` : '';
    return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}${attempt}`;
}

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
;// CONCATENATED MODULE: ../../packages/core/src/markdown.ts
/**
 * Markdown and comment text shared by every platform: the hidden marker that finds mlci's comment (GitHub issue
 * comment, GitLab merge request note), and cutting markdown or UTF-8 text to a platform's size limit without breaking
 * it. The limits themselves belong to each platform adapter.
 */

const NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** The hidden marker that identifies the comment of one action and key. */
function commentMarker(action, key) {
    for (const [what, v] of [['action', action], ['key', key]]) {
        if (!NAME.test(v)) {
            throw new errors/* UserError */.y(`comment ${what} "${v}" may only contain letters, digits, '.', '_', '/' and '-' (it goes into an HTML comment marker)`);
        }
    }
    return `<!-- mlci:${action}:${key} -->`;
}
/** Drop a trailing lone high surrogate so a cut never leaves half a character. */
function dropBrokenSurrogate(s) {
    const last = s.charCodeAt(s.length - 1);
    return last >= 0xd800 && last <= 0xdbff ? s.slice(0, -1) : s;
}
/** Count of ``` fences at line starts: odd means the cut left a code block open. */
function openFence(s) {
    const fences = s.match(/^\s{0,3}(```|~~~)/gm);
    return (fences?.length ?? 0) % 2 === 1;
}
/**
 * Cut `text` so that the result, note included, has at most `maxChars` UTF-16 code units (JavaScript length is
 * never below the platform's character count, so staying under it in JS units is safe). Prefers a line boundary near the
 * end, closes an open code fence, then appends `note` after a blank line. Returns `text` itself when it fits.
 */
function truncateMarkdown(text, maxChars, note) {
    if (text.length <= maxChars)
        return { text, truncated: false, omitted: 0 };
    const fence = '\n```';
    const sep = '\n\n';
    const budget = maxChars - note.length - sep.length - fence.length;
    if (budget <= 0) {
        const t = dropBrokenSurrogate(note.slice(0, maxChars));
        return { text: t, truncated: true, omitted: text.length };
    }
    let cut = dropBrokenSurrogate(text.slice(0, budget));
    const nl = cut.lastIndexOf('\n');
    // A line boundary in the last fifth keeps tables and lists whole; further back would waste too much room.
    if (nl > budget * 0.8)
        cut = cut.slice(0, nl);
    const omitted = text.length - cut.length;
    if (openFence(cut))
        cut += fence;
    return { text: cut + sep + note, truncated: true, omitted };
}
/** Short one-line text (titles, status descriptions): cut with an ellipsis. */
function truncateLine(text, maxChars) {
    if (text.length <= maxChars)
        return text;
    return dropBrokenSurrogate(text.slice(0, maxChars - 1)) + '…';
}
/** Largest prefix of `text` whose UTF-8 encoding fits in `maxBytes`, cut on a character boundary. */
function truncateUtf8(text, maxBytes) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const buf = Buffer.from(text, 'utf8').subarray(0, Math.max(0, maxBytes));
    let end = buf.length;
    // Back off over UTF-8 continuation bytes (10xxxxxx) and the lead byte of a cut sequence.
    if (end < Buffer.byteLength(text, 'utf8')) {
        let i = end - 1;
        while (i >= 0 && (buf[i] & 0xc0) === 0x80)
            i--;
        if (i >= 0) {
            const lead = buf[i];
            const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
            if (i + len > end)
                end = i;
        }
    }
    return buf.subarray(0, end).toString('utf8');
}

;// CONCATENATED MODULE: ../../packages/github/src/truncate.ts
/**
 * Cutting markdown to GitHub's limits without breaking it: comment bodies 65,536 characters, check-run
 * title/summary/text 65,535, commit-status descriptions 140, job summaries 1 MiB (bytes) per step.
 */
/** GitHub's limit on an issue or PR comment body ("Body is too long (maximum is 65536 characters)"). */
const COMMENT_MAX_CHARS = 65_536;
/** Check run output.summary / output.text `maxLength` in GitHub's OpenAPI description. */
const CHECK_TEXT_MAX_CHARS = 65_535;
/** Commit status description (GitHub: "description is too long (maximum is 140 characters)"). */
const STATUS_DESCRIPTION_MAX_CHARS = 140;
/** Job summary per step ("GITHUB_STEP_SUMMARY ... The maximum size is 1MiB", workflow commands docs). */
const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Annotations per check-run request (GitHub's Checks API: "maximum of 50 per API request"). */
const CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** Check-run annotation message and raw_details: 64 KB. */
const ANNOTATION_MESSAGE_MAX_BYTES = 64 * 1024;
/** Check-run annotation title. */
const ANNOTATION_TITLE_MAX_CHARS = 255;


;// CONCATENATED MODULE: ../../packages/github/src/checks.ts



function toApiAnnotation(a) {
    const start = Math.max(1, Math.floor(a.startLine));
    const out = {
        path: a.path.replace(/^\.\//, ''),
        start_line: start,
        end_line: Math.max(start, Math.floor(a.endLine)),
        annotation_level: a.level,
        message: truncateUtf8(a.message, ANNOTATION_MESSAGE_MAX_BYTES),
    };
    if (a.title)
        out.title = truncateLine(a.title, ANNOTATION_TITLE_MAX_CHARS);
    return out;
}
/** Split into request-sized batches. */
function batches(items, size = CHECK_ANNOTATIONS_PER_REQUEST) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/** The check-run output with title, summary and text within GitHub's limits. */
function checkOutput(req, fullReportUrl) {
    const note = `> [!NOTE]\n> Cut to GitHub's ${CHECK_TEXT_MAX_CHARS.toLocaleString('en-US')}-character limit. The full report is in the job summary of [this run](${fullReportUrl}).`;
    const out = {
        title: truncateLine(req.title, 1000),
        summary: truncateMarkdown(req.summary, CHECK_TEXT_MAX_CHARS, note).text,
    };
    if (req.text !== undefined && req.text !== '')
        out.text = truncateMarkdown(req.text, CHECK_TEXT_MAX_CHARS, note).text;
    return out;
}
async function createCheckRun(client, deps, req, sha) {
    const ctx = deps.context();
    const output = checkOutput(req, runUrl(ctx));
    const [first = [], ...rest] = batches((req.annotations ?? []).map(toApiAnnotation));
    const { data } = await client.rest.checks.create({
        owner: ctx.owner,
        repo: ctx.repo,
        name: req.name,
        head_sha: sha,
        status: 'completed',
        conclusion: req.conclusion,
        completed_at: new Date().toISOString(),
        details_url: req.detailsUrl ?? runUrl(ctx),
        output: { ...output, annotations: first },
    });
    for (const batch of rest) {
        // title and summary are required in every output update; annotations are appended, not replaced.
        await client.rest.checks.update({
            owner: ctx.owner, repo: ctx.repo, check_run_id: data.id, output: { title: output.title, summary: output.summary, annotations: batch },
        });
    }
    deps.debug(`check run ${data.id} "${req.name}" on ${sha}: ${req.conclusion}, ${req.annotations?.length ?? 0} annotations in ${1 + rest.length} request(s)`);
    return { posted: true, kind: 'check-run', id: data.id, url: data.html_url ?? undefined };
}
async function createStatus(client, deps, req, sha) {
    const ctx = deps.context();
    const { data } = await client.rest.repos.createCommitStatus({
        owner: ctx.owner,
        repo: ctx.repo,
        sha,
        state: req.conclusion === 'failure' ? 'failure' : 'success',
        context: req.name,
        description: truncateLine(req.title, STATUS_DESCRIPTION_MAX_CHARS),
        target_url: req.detailsUrl ?? runUrl(ctx),
    });
    return { posted: true, kind: 'commit-status', id: data.id, url: data.target_url ?? undefined };
}
async function publishCheck(deps, req) {
    const ctx = deps.context();
    const sha = ctx.pullRequest?.headSha || ctx.sha;
    if (!sha)
        return { posted: false, skippedReason: 'no commit sha in this run (GITHUB_SHA is empty)' };
    const client = await deps.client();
    if (!client) {
        deps.skipped.missingToken('check run');
        return { posted: false, skippedReason: 'no github-token was given' };
    }
    try {
        return await createCheckRun(client, deps, req, sha);
    }
    catch (e) {
        if ((0,src_octokit/* httpStatus */.nG)(e) === undefined)
            throw e;
        if (!(0,src_octokit/* isPermissionDenied */.T1)(e)) {
            deps.warning(`could not create the check run "${req.name}": ${(0,src_octokit/* describeApiError */.gg)(e)}`);
            return { posted: false, skippedReason: `GitHub API error: ${(0,src_octokit/* describeApiError */.gg)(e)}` };
        }
        if (ctx.pullRequest) {
            // A PR's result goes in its comment; a status would need a write token the PR does not have either.
            deps.skipped.denied('check run', 'checks: write');
            return { posted: false, skippedReason: `the token may not create check runs (${(0,src_octokit/* describeApiError */.gg)(e)})` };
        }
    }
    try {
        const r = await createStatus(client, deps, req, sha);
        deps.info(`check runs are not allowed for this token; posted commit status "${req.name}" instead`);
        return r;
    }
    catch (e) {
        if ((0,src_octokit/* httpStatus */.nG)(e) === undefined)
            throw e;
        if ((0,src_octokit/* isPermissionDenied */.T1)(e)) {
            deps.skipped.denied('check run', 'checks: write');
            return { posted: false, skippedReason: `the token may create neither check runs nor commit statuses (${(0,src_octokit/* describeApiError */.gg)(e)})` };
        }
        deps.warning(`could not create the commit status "${req.name}": ${(0,src_octokit/* describeApiError */.gg)(e)}`);
        return { posted: false, skippedReason: `GitHub API error: ${(0,src_octokit/* describeApiError */.gg)(e)}` };
    }
}

;// CONCATENATED MODULE: ../../packages/github/src/comments.ts





/** Marker + body, cut to GitHub's 65,536-character limit with a note pointing at the run's job summary. */
function commentBody(marker, body, fullReportUrl) {
    const head = `${marker}\n`;
    const { text } = truncateMarkdown(body, COMMENT_MAX_CHARS - head.length, `> [!NOTE]\n> This comment was cut to GitHub's ${COMMENT_MAX_CHARS.toLocaleString('en-US')}-character limit. ` +
        `The full report is in the job summary of [this run](${fullReportUrl}).`);
    return head + text;
}
/** Which issue/PR number a comment goes to for this event, if any. */
function targetNumber(deps, issueNumber) {
    if (issueNumber !== undefined)
        return { number: issueNumber, isPull: deps.context().pullRequest?.number === issueNumber };
    const ctx = deps.context();
    if (ctx.pullRequest)
        return { number: ctx.pullRequest.number, isPull: true };
    // issue_comment on a pull request: the payload's issue is the PR.
    const issue = ctx.payload.issue;
    if (issue?.pull_request && typeof issue.number === 'number')
        return { number: issue.number, isPull: true };
    return { isPull: false };
}
async function upsertComment(deps, action, key, body, target) {
    const marker = commentMarker(action, key);
    const ctx = deps.context();
    const { number, isPull } = targetNumber(deps, target?.issueNumber);
    const what = isPull ? 'pull request comment' : 'issue comment';
    if (number === undefined) {
        return { posted: false, skippedReason: `no pull request in this ${ctx.eventName || 'unknown'} event to comment on` };
    }
    const client = await deps.client();
    if (!client) {
        deps.skipped.missingToken(what);
        return { posted: false, skippedReason: 'no github-token was given' };
    }
    const full = commentBody(marker, body, runUrl(ctx));
    const where = { owner: ctx.owner, repo: ctx.repo, issue_number: number };
    try {
        let existing;
        for await (const page of client.paginate.iterator(client.rest.issues.listComments, { ...where, per_page: 100 })) {
            existing = page.data.find((c) => typeof c.body === 'string' && c.body.startsWith(marker));
            if (existing)
                break;
        }
        if (existing) {
            if (existing.body !== full) {
                await client.rest.issues.updateComment({ owner: ctx.owner, repo: ctx.repo, comment_id: existing.id, body: full });
                deps.debug(`updated comment ${existing.id} on #${number} (${marker})`);
            }
            return { posted: true, updated: true, id: existing.id, url: existing.html_url };
        }
        const { data } = await client.rest.issues.createComment({ ...where, body: full });
        deps.debug(`created comment ${data.id} on #${number} (${marker})`);
        return { posted: true, updated: false, id: data.id, url: data.html_url };
    }
    catch (e) {
        if ((0,src_octokit/* httpStatus */.nG)(e) === undefined)
            throw e;
        if ((0,src_octokit/* isPermissionDenied */.T1)(e)) {
            deps.skipped.denied(what, isPull ? 'pull-requests: write' : 'issues: write');
            return { posted: false, skippedReason: `the token may not write comments (${(0,src_octokit/* describeApiError */.gg)(e)})` };
        }
        deps.warning(`could not post the ${what} on #${number}: ${(0,src_octokit/* describeApiError */.gg)(e)}`);
        return { posted: false, skippedReason: `GitHub API error: ${(0,src_octokit/* describeApiError */.gg)(e)}` };
    }
}

;// CONCATENATED MODULE: ../../packages/github/src/summary.ts
/**
 * The job summary (GITHUB_STEP_SUMMARY). GitHub accepts at most 1 MiB per step and drops the whole summary with
 * an error when a step writes more, so appends are measured against what the file already holds and the last one
 * that does not fit is cut, with a note, at a line boundary.
 */


const SUMMARY_TRUNCATED_NOTE = "\n\n> [!WARNING]\n> This summary was cut at GitHub's 1 MiB limit per step. The complete report is in the report file this step wrote (see its outputs) and in the step log.\n";
function sizeOf(file) {
    try {
        return (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        return 0;
    }
}
class StepSummary {
    limitBytes;
    full = false;
    constructor(limitBytes = SUMMARY_MAX_BYTES) {
        this.limitBytes = limitBytes;
    }
    /** True once an append was cut; later appends are dropped. */
    get truncated() {
        return this.full;
    }
    /** Append markdown (a newline is added when missing). Returns false when nothing or only part was written. */
    append(markdown, file = process.env.GITHUB_STEP_SUMMARY) {
        if (!file || this.full)
            return false;
        const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
        const used = sizeOf(file);
        if (used + Buffer.byteLength(text) <= this.limitBytes) {
            (0,external_node_fs_.appendFileSync)(file, text);
            return true;
        }
        this.full = true;
        const room = this.limitBytes - used - Buffer.byteLength(SUMMARY_TRUNCATED_NOTE) - 4;
        if (room < 0)
            return false;
        let cut = truncateUtf8(text, room);
        const nl = cut.lastIndexOf('\n');
        if (nl > cut.length * 0.8)
            cut = cut.slice(0, nl);
        if (((cut.match(/^\s{0,3}(```|~~~)/gm)?.length ?? 0) % 2) === 1)
            cut += '\n```';
        (0,external_node_fs_.appendFileSync)(file, cut + SUMMARY_TRUNCATED_NOTE);
        return false;
    }
}

;// CONCATENATED MODULE: ../../packages/github/src/platform.ts












function readEvent() {
    const p = process.env.GITHUB_EVENT_PATH;
    if (!p)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(p, 'utf8'));
    }
    catch {
        return {};
    }
}
function githubContext() {
    const payload = readEvent();
    const repository = process.env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    const pr = payload.pull_request;
    return {
        eventName: process.env.GITHUB_EVENT_NAME ?? '',
        repository, owner, repo,
        sha: process.env.GITHUB_SHA ?? '',
        ref: process.env.GITHUB_REF ?? '',
        actor: process.env.GITHUB_ACTOR ?? payload.sender?.login ?? '',
        runId: Number(process.env.GITHUB_RUN_ID ?? 0),
        runAttempt: Number(process.env.GITHUB_RUN_ATTEMPT ?? 1),
        workflow: process.env.GITHUB_WORKFLOW ?? '',
        job: process.env.GITHUB_JOB ?? '',
        serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
        workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        defaultBranch: payload.repository?.default_branch,
        workflowRef: process.env.GITHUB_WORKFLOW_REF || undefined,
        branch: pr?.head?.ref || (process.env.GITHUB_REF ?? '').replace(/^refs\/(heads|tags)\//, ''),
        triggeringActor: process.env.GITHUB_TRIGGERING_ACTOR || undefined,
        ...eventFacts(process.env.GITHUB_EVENT_NAME ?? '', payload),
        pullRequest: pr
            ? {
                number: pr.number, headSha: pr.head?.sha, baseSha: pr.base?.sha, baseRef: pr.base?.ref, headRef: pr.head?.ref,
                fork: Boolean(pr.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
            }
            : undefined,
        payload,
    };
}
/**
 * The issue and comment an `issues` / `issue_comment` event is about, as typed RunContext facts: the payload's field
 * names stay in this adapter (https://docs.github.com/en/webhooks/webhook-events-and-payloads#issue_comment).
 */
function eventFacts(eventName, payload) {
    const issue = payload?.issue;
    if ((eventName !== 'issues' && eventName !== 'issue_comment') || typeof issue?.number !== 'number')
        return {};
    const facts = {
        issue: {
            number: issue.number,
            isPullRequest: Boolean(issue.pull_request),
            closedBy: eventName === 'issues' && payload.action === 'closed' && payload.sender?.login ? String(payload.sender.login) : undefined,
        },
    };
    const c = payload.comment;
    const action = payload.action;
    if (eventName === 'issue_comment' && c && typeof c.id === 'number' && typeof c.created_at === 'string' && (action === 'created' || action === 'edited' || action === 'deleted')) {
        const login = String(c.user?.login ?? 'ghost');
        const from = payload.changes?.body?.from;
        facts.comment = {
            id: c.id, action, author: login, authorIsBot: c.user?.type === 'Bot' || login.endsWith('[bot]'), createdAt: c.created_at, url: String(c.html_url ?? ''),
            body: action !== 'edited' && typeof c.body === 'string' ? c.body : undefined,
            previousBody: action === 'edited' && typeof from === 'string' ? from : undefined,
        };
    }
    return facts;
}
function isGitHubPlatform(p) {
    return p.name === 'github' && typeof p.octokit === 'function';
}
/**
 * Octokit for an action that needs more of the REST API than the Platform offers (approval issues, dispatches,
 * changed files). Throws a UserError naming the fix when there is no token.
 */
async function getOctokit(platform) {
    if (!isGitHubPlatform(platform))
        throw new Error(`getOctokit needs the GitHub platform, got "${platform.name}"`);
    const client = await platform.octokit();
    if (!client) {
        throw new UserError('no GitHub token: set the `github-token` input (its default is `${{ github.token }}`) or the GITHUB_TOKEN variable');
    }
    return client;
}
/** Platform on GitHub Actions. */
function createGitHubPlatform(options = {}) {
    let ctx;
    let client;
    const summary = new StepSummary();
    const skipped = new SkippedPosts();
    const context = () => (ctx ??= githubContext());
    const octokit = () => (client ??= (async () => {
        const token = options.token ?? (commands/* getInput */.V4('github-token') || process.env.GITHUB_TOKEN || '');
        if (!token)
            return undefined;
        commands/* setSecret */.Pq(token);
        const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(31), __webpack_require__.e(665), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 29495));
        return createOctokit(token, context().apiUrl, { debug: (m) => commands/* debug */.Yz(m), info: (m) => commands/* info */.pq(m) }, options.octokit ?? (0,src_octokit/* tuningFromEnv */.N$)());
    })());
    const deps = {
        context,
        client: octokit,
        info: (m) => commands/* info */.pq(m),
        debug: (m) => commands/* debug */.Yz(m),
        warning: (m) => commands/* warning */.$e(m),
        skipped,
    };
    return {
        name: 'github',
        context,
        octokit,
        getInput: (name) => commands/* getInput */.V4(name),
        setOutput: (name, value) => commands/* setOutput */.uH(name, value),
        appendSummary: async (md) => {
            if (!summary.append(md) && summary.truncated)
                commands/* info */.pq('job summary: cut at GitHub\'s 1 MiB per-step limit');
        },
        annotate: (level, message, props) => {
            const p = props ? { title: props.title, file: props.file, startLine: props.startLine, endLine: props.endLine } : undefined;
            if (level === 'error')
                commands/* error */.z3(message, p);
            else if (level === 'warning')
                commands/* warning */.$e(message, p);
            else
                commands/* notice */.lm(message, p);
        },
        info: (m) => commands/* info */.pq(m),
        debug: (m) => commands/* debug */.Yz(m),
        startGroup: (n) => commands/* startGroup */.Oh(n),
        endGroup: () => commands/* endGroup */.N4(),
        setFailed: (m, props) => commands/* setFailed */.C1(m, props ? { title: props.title, file: props.file, startLine: props.startLine, endLine: props.endLine } : undefined),
        saveState: (n, v) => commands/* saveState */.LZ(n, v),
        getState: (n) => commands/* getState */.Gu(n),
        exportVariable: (n, v) => commands/* exportVariable */.dN(n, v),
        upsertComment: (action, key, body, target) => upsertComment(deps, action, key, body, target),
        publishCheck: (req) => publishCheck(deps, req),
        cache: createCacheStore(),
        artifacts: createArtifactStore(),
        records: createRecordStore(context, octokit),
        history: createRunHistory(context, octokit),
        changedFiles: async (baselineCommit) => {
            let client;
            try {
                client = await octokit();
            }
            catch {
                client = undefined;
            }
            const ctx = context();
            return listChangedFiles({ context: ctx, client, baselineCommit, cwd: ctx.workspace, log: { debug: (m) => commands/* debug */.Yz(m), info: (m) => commands/* info */.pq(m) } });
        },
        approvalTracker: async (o) => {
            // Loaded here, not at start-up: only request-approval needs it.
            const { createGitHubApprovalTracker } = await Promise.all(/* import() */[__webpack_require__.e(31), __webpack_require__.e(665), __webpack_require__.e(164)]).then(__webpack_require__.bind(__webpack_require__, 24164));
            const ctx = context();
            // The platform's client (retry + throttling, the github-token input) when it has one.
            const client = await octokit();
            return createGitHubApprovalTracker({ token: o.token, teamToken: o.teamToken, apiUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo, log: o.log, client });
        },
        finish: (action) => {
            const m = skipped.take(action, context().pullRequest?.fork ?? false);
            if (m)
                commands/* notice */.lm(m, { title: `${action}: nothing posted to the pull request` });
        },
    };
}

;// CONCATENATED MODULE: ../../packages/github/src/run.ts



/**
 * The one top-level wrapper every action entry uses: a UserError becomes one `::error::` line
 * ("<action> failed: <what is wrong and how to fix it>"), anything else is a bug and keeps its stack.
 * Afterwards the GitHub platform emits its one notice about anything the token could not post.
 */
async function runAction(action, main, platform) {
    const p = platform ?? createGitHubPlatform();
    try {
        await main(p);
    }
    catch (e) {
        if ((0,src/* isUserError */.iU)(e)) {
            const shown = inWorkspace(p.context().workspace);
            const message = shown.text(e.message);
            // One mistake, one error line: a file-scoped error is the failure line and the annotation at once.
            const where = e.file ? { file: shown.path(e.file), startLine: e.line, title: `${action}: ${e.name === 'UserError' ? 'invalid input' : e.name}` } : undefined;
            p.setFailed(`${action} failed: ${message}`, where);
        }
        else {
            const err = e instanceof Error ? e : new Error(String(e));
            p.setFailed(`${action} failed with an unexpected error (please report it): ${err.stack ?? err.message}`);
        }
    }
    finally {
        if (isGitHubPlatform(p))
            p.finish(action);
    }
}
/**
 * Files as the user knows them: GitHub attaches an annotation to a file only by its repository-relative path, and a
 * message reads better with `data/x.csv` than with the runner's `/home/runner/work/repo/repo/data/x.csv`. Paths
 * outside the workspace stay absolute.
 */
function inWorkspace(workspace) {
    const root = workspace.endsWith(external_node_path_.sep) ? workspace : workspace + external_node_path_.sep;
    return {
        path(file) {
            if (!(0,external_node_path_.isAbsolute)(file))
                return file;
            const rel = (0,external_node_path_.relative)(workspace, file);
            return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel.split(external_node_path_.sep).join('/') : file;
        },
        text: (message) => (workspace ? message.split(root).join('') : message),
    };
}

;// CONCATENATED MODULE: ../../packages/github/src/index.ts







// EXTERNAL MODULE: ../../node_modules/picomatch/index.js
var picomatch = __webpack_require__(71026);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ../../packages/core/src/fs/paths.ts
var paths = __webpack_require__(64423);
;// CONCATENATED MODULE: ../../packages/core/src/detect/paths.ts





/** Directories never descended into: VCS metadata is not data, and walking it would be slow. */
const SKIP_DIRS = new Set(['.git', '.hg', '.svn']);
/** True when a workspace-relative POSIX path stays inside the workspace. */
function isInside(rel) {
    return rel !== '..' && !rel.startsWith('../') && !external_node_path_.posix.isAbsolute(rel);
}
/**
 * Turn a user's path or pattern into a workspace-relative POSIX pattern, refusing any that leaves the workspace
 * (`../x`, `/etc/x`, `a/../../x`): a pull request must not make the action read files outside the checkout.
 */
function toWorkspacePattern(workspace, pattern, input) {
    let p = pattern.trim().replace(/\\/g, '/');
    if ((0,external_node_path_.isAbsolute)(p) || /^[A-Za-z]:\//.test(p)) {
        const rel = (0,external_node_path_.relative)(workspace, p).split(external_node_path_.sep).join('/');
        if (!isInside(rel))
            throw outside(input, pattern, workspace);
        p = rel;
    }
    const norm = external_node_path_.posix.normalize(p);
    if (!isInside(norm))
        throw outside(input, pattern, workspace);
    return norm === '.' ? '' : norm.replace(/\/$/, '');
}
function outside(input, pattern, workspace) {
    return new errors/* UserError */.y(`Input '${input}': '${pattern}' points outside the workspace (${workspace}). Use a path inside the repository checkout.`);
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
        this.realRoot = (0,external_node_fs_.realpathSync)(workspace);
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
                throw new errors/* UserError */.y(`Input '${opts.input}': '${empty.pattern}' matched no files in ${this.workspace}. ` +
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
        const scan = picomatch_default().scan(pattern);
        if (!scan.isGlob) {
            const abs = (0,external_node_path_.join)(this.workspace, pattern);
            const st = safeStat(abs);
            if (!st)
                return [];
            this.checkReal(abs, pattern, input);
            if (st.isFile())
                return [pattern];
            if (st.isDirectory())
                return this.walk(pattern, input);
            // Named on its own, a FIFO, socket or device is refused (never opened: a FIFO would block the read).
            throw new errors/* UserError */.y(`Input '${input}': '${pattern}' is ${(0,paths/* fileKind */.h_)(st)}, not a regular file; the action hashes and reads only regular files.`);
        }
        const base = scan.base === '.' ? '' : scan.base;
        const abs = (0,external_node_path_.join)(this.workspace, base);
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
            const abs = (0,external_node_path_.join)(this.workspace, rel);
            const real = (0,external_node_fs_.realpathSync)(abs);
            if (visited.has(real))
                return; // a link cycle
            visited.add(real);
            let entries;
            try {
                entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
            }
            catch (e) {
                throw new errors/* UserError */.y(`Input '${input}': cannot list folder '${rel || '.'}': ${e.message}`);
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
                    const st = safeStat((0,external_node_path_.join)(this.workspace, child));
                    if (!st)
                        continue; // dangling link: nothing to hash
                    this.checkReal((0,external_node_path_.join)(this.workspace, child), child, input);
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
        const rel = (0,external_node_path_.relative)(this.realRoot, (0,external_node_fs_.realpathSync)(abs)).split(external_node_path_.sep).join('/');
        if (!isInside(rel)) {
            throw new errors/* UserError */.y(`Input '${input}': '${shown}' is a link to ${(0,external_node_fs_.realpathSync)(abs)}, outside the workspace (${this.workspace}). ` +
                `Copy the data into the checkout or point the input at a path inside it.`);
        }
    }
}
/** A predicate for one workspace-relative pattern: a glob, or a file/folder path matching itself and what is under it. */
function matcher(pattern) {
    const scan = picomatch_default().scan(pattern);
    if (!scan.isGlob)
        return (f) => f === pattern || f.startsWith(pattern === '' ? '' : pattern + '/');
    // What picomatch(pattern)(f) answers for a POSIX path, without its per-call result object (3x faster on 10,000).
    const re = picomatch_default().makeRe(pattern, { dot: true });
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
        return (0,external_node_fs_.statSync)(abs);
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
        return (0,external_node_path_.join)(workspace, rel);
    return (workspace.endsWith(external_node_path_.sep) ? workspace : workspace + external_node_path_.sep) + (external_node_path_.sep === '/' ? rel : rel.replace(/\//g, external_node_path_.sep));
}
/**
 * Refuse an output path (write-lock, report-path) that names an existing input of this run: a data, pointer, code or
 * params file the globs match. Such a file would be left out of the fingerprint (the action's own files are) and
 * then overwritten with JSON. A file mlci wrote itself (a lock file or report from an earlier run, JSON whose
 * `schema` starts with `mlci.`) is the action's own and may be replaced.
 */
function refuseInputClobber(workspace, rel, input, globs) {
    const abs = (0,external_node_path_.join)(workspace, rel);
    const st = safeStat(abs);
    if (!st?.isFile())
        return;
    for (const [name, patterns] of Object.entries(globs)) {
        const positives = patterns.filter((p) => p.trim() !== '');
        if (positives.length === 0)
            continue;
        if (filterPaths(workspace, positives, [rel], name).length > 0 && !writtenByMlci(abs, st.size)) {
            throw new errors/* UserError */.y(`Input '${input}': '${rel}' is a file input '${name}' matches; writing there would overwrite it. ` +
                `Choose another path (or exclude it from '${name}' with '!${rel}' if it is not data).`);
        }
    }
}
/** A JSON object with `"schema": "mlci.…"` (lock files sort their keys, so the schema is not necessarily first). */
function writtenByMlci(abs, size) {
    if (size > 256 * 1024 * 1024)
        return false;
    try {
        const head = (0,external_node_fs_.readFileSync)(abs, 'utf8');
        if (!/^\s*\{/.test(head))
            return false;
        const schema = JSON.parse(head).schema;
        return typeof schema === 'string' && schema.startsWith('mlci.');
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ../../packages/core/src/drift/summary.ts
var summary = __webpack_require__(83475);
;// CONCATENATED MODULE: ../../packages/core/src/detect/record.ts


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
const fileSchema = schemas/* custom */.IeY(() => true);
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
const pointerSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP(),
    digest: schemas/* string */.YjP(),
    size: schemas/* number */.aig().optional(),
    nfiles: schemas/* number */.aig().optional(),
    source: schemas/* string */.YjP(),
    kind: schemas/* enum */.k5n(['lfs', 'dvc', 'dvc-lock']),
    stage: schemas/* string */.YjP().optional(),
});
const detectRecordSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(RECORD_SCHEMA),
    /** When this record was written (ISO 8601). */
    createdAt: schemas/* string */.YjP(),
    /** When the training this record stands for ran: the age `max-age` compares with. */
    trainedAt: schemas/* string */.YjP(),
    /** Commit the record was taken at: `code` changes on schedule/workflow_dispatch are listed since it. */
    commit: schemas/* string */.YjP(),
    ref: schemas/* string */.YjP().optional(),
    /** Merkle digest of the data set (files and pointers). */
    fingerprint: schemas/* string */.YjP(),
    /** When the files were stat'ed (ms since epoch), for the stat cache's racy-file rule. */
    statAt: schemas/* number */.aig(),
    files: schemas/* array */.YOg(fileSchema),
    pointers: schemas/* array */.YOg(pointerSchema),
    /** Code files' sha256 by path: used when the event cannot say which files changed. */
    code: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
    /** Params snapshot: file (or dvc.lock scope) → dotted key → JSON text of the value. */
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())),
    /** Profiles of tabular data files, by path, with the sha256 they were computed from. */
    profiles: schemas/* record */.g1P(schemas/* string */.YjP(), summary/* tableProfileSchema */.RX.extend({ sha256: schemas/* string */.YjP(), format: schemas/* string */.YjP() })),
    /** Each `data` pattern's tabular files: a table is compared as a whole (shards merged). */
    tables: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), files: schemas/* array */.YOg(schemas/* string */.YjP()) })),
});
/** Why a stored record could not be used. */
class RecordError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RecordError';
    }
}
/** Parse and validate a record's JSON text. Throws RecordError (never a UserError: a bad record is not fatal). */
function record_parseRecord(text, where) {
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

// EXTERNAL MODULE: ../../packages/core/src/platform.ts
var platform = __webpack_require__(51604);
;// CONCATENATED MODULE: ../../packages/core/src/detect/record-store.ts
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
            const record = record_parseRecord(got.text, where);
            if (b !== opts.branch)
                opts.log.info(`No record for branch ${opts.branch} yet: comparing with the default branch's, ${where}.`);
            return { record, description: `git ${where}${b !== opts.branch ? ' (default branch)' : ''}` };
        }
        catch (e) {
            if (!(e instanceof RecordError))
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
            if (e instanceof platform/* PermissionDeniedError */.L)
                throw new errors/* UserError */.y(permissionMessage(e, 'write', where));
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

;// CONCATENATED MODULE: ../../packages/core/src/detect/baseline.ts








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
    return { kind: 'file', path: toWorkspacePattern(workspace, v, 'baseline') };
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
        const file = absPath(ctx.workspace, source.path);
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
        return { ...found, record: record_parseRecord(read(), where) };
    }
    catch (e) {
        if (!(e instanceof RecordError) && !e.code)
            throw e;
        log.warning(`${e.message}: ignored, treated as a first run.`);
        return { description: `${found.description} (unusable: first run)` };
    }
}
/** Write a record to a file (lock file or the cache's local path), creating folders. */
function writeRecord(path, record) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, serializeRecord(record));
}

// EXTERNAL MODULE: ../../packages/core/src/fs/text.ts
var fs_text = __webpack_require__(68264);
// EXTERNAL MODULE: ../../packages/core/src/drift/merge.ts
var merge = __webpack_require__(92279);
// EXTERNAL MODULE: ../../packages/core/src/drift/policy.ts
var drift_policy = __webpack_require__(27233);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ../../packages/core/src/detect/hash-pool.ts




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

;// CONCATENATED MODULE: ../../packages/core/src/detect/fingerprint.ts




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
            st = (0,external_node_fs_.statSync)(absPath(workspace, path));
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
            results = await hashFiles(todo.map((i) => ({ path: absPath(workspace, paths[i]), algorithms: (opts.md5?.has(paths[i]) ? ['sha256', 'md5'] : ['sha256']) })), { sizes: todo.map((i) => files[i].size), threads: opts.threads, offMain });
        }
        catch (e) {
            if (e instanceof HashReadError) {
                const rel = paths[todo.find((i) => absPath(workspace, paths[i]) === e.path) ?? -1] ?? e.path;
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

;// CONCATENATED MODULE: ../../packages/core/src/detect/merkle.ts

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
// EXTERNAL MODULE: ../../packages/core/src/inputs/document.ts
var inputs_document = __webpack_require__(67292);
;// CONCATENATED MODULE: ../../packages/core/src/detect/params.ts



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

;// CONCATENATED MODULE: ../../packages/core/src/detect/pointers.ts




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
    if (!isInside(out) || external_node_path_.posix.isAbsolute(p)) {
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

// EXTERNAL MODULE: ../../packages/core/src/io/format.ts
var format = __webpack_require__(28141);
;// CONCATENATED MODULE: ../../packages/core/src/detect/tabular.ts

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

// EXTERNAL MODULE: ../../packages/core/src/detect/reasons.ts
var detect_reasons = __webpack_require__(74502);
;// CONCATENATED MODULE: ../../packages/core/src/detect/detect.ts














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
        return (0,external_node_fs_.statSync)(absPath(workspace, path)).size;
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
    const policy = opts.policy ?? drift_policy/* DEFAULT_DRIFT_POLICY */.t_;
    const base = opts.baseline;
    const ws = new WorkspaceFiles(opts.workspace);
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
    const codeDeps = new Set(filterPaths(opts.workspace, opts.code, pointerEntries.filter((e) => e.kind === 'dvc-lock').map((e) => e.path), 'code'));
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
        const run = Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(815), __webpack_require__.e(693)]).then(__webpack_require__.bind(__webpack_require__, 64693)).then(({ profileFiles }) => profileFiles(files.map((f) => ({ path: absPath(opts.workspace, f), label: 'data', size: statSize(opts.workspace, f) })), { threads: opts.threads, busy: hashing, signal: abort.signal }));
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
        const { profileFiles } = await Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(815), __webpack_require__.e(693)]).then(__webpack_require__.bind(__webpack_require__, 64693));
        const late = await profileFiles(stale.map((f) => ({ path: absPath(opts.workspace, f), label: 'data', size: byPath.get(f).size })), { threads: opts.threads });
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
        schema: RECORD_SCHEMA,
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
            const { compareTables } = await Promise.all(/* import() */[__webpack_require__.e(922), __webpack_require__.e(235)]).then(__webpack_require__.bind(__webpack_require__, 34235));
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
            codeFiles = filterPaths(opts.workspace, opts.code, opts.changedFiles, 'code');
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
        return (0,fs_text/* readTextFile */.Gu)(absPath(workspace, rel), `Input '${input}': params file '${rel}'`);
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

// EXTERNAL MODULE: ../../packages/core/src/inputs/units.ts
var units = __webpack_require__(77522);
// EXTERNAL MODULE: ../../packages/core/src/detect/chart.ts + 1 modules
var detect_chart = __webpack_require__(70138);
;// CONCATENATED MODULE: ../../packages/core/src/detect/summary.ts




const MAX_LISTED = 20;
/** Markdown job summary: the decision and why, what changed, and a drift table per compared table. */
function renderSummary(r, opts = {}) {
    const out = [];
    const verdict = r.shouldTrain ? '✅ training will run' : '⏭️ training will not run';
    out.push(`### detect-data-change: ${verdict}`, '');
    if (r.reasons.length === 0) {
        out.push('Nothing relevant changed since the baseline' + (opts.baselineSource ? ` (${opts.baselineSource})` : '') + '.', '');
    }
    else {
        const counted = r.shouldTrain ? 'Because' : 'Found, but not counted by `train-on`';
        out.push(`${counted}: ${r.reasons.map((x) => `**${x}** (${detect_reasons/* REASON_TEXT */.$[x]})`).join('; ')}.`, '');
    }
    out.push('| | |', '|---|---|');
    const fpWas = r.previousFingerprint && r.previousFingerprint !== r.fingerprint ? ` (was \`${r.previousFingerprint.slice(0, 12)}\`)` : '';
    out.push(`| Data fingerprint | \`${r.fingerprint.slice(0, 12)}\`${fpWas} |`);
    const s = r.stats;
    const firstRun = r.previousFingerprint === undefined;
    out.push(`| Data files | ${fmtInt(s.files)} — ${firstRun ? 'first fingerprint' : changeCounts(r.data)}; ${fmtInt(s.hashed)} hashed (${fmtBytes(s.bytesHashed)}), ${fmtInt(s.reused)} unchanged by stat cache |`);
    if (r.pointers.added.length + r.pointers.removed.length + r.pointers.modified.length > 0 || r.record.pointers.length > 0) {
        out.push(`| Pointers (DVC, LFS) | ${r.record.pointers.length} — ${firstRun ? 'first record' : changeCounts(r.pointers)} |`);
    }
    if (opts.baselineSource)
        out.push(`| Baseline | ${escapeCell(opts.baselineSource)} |`);
    out.push(`| Code | ${r.code.files.length ? `${r.code.files.length} file(s) changed` : 'no change'} (${escapeCell(r.code.source)}) |`);
    out.push(`| Params | ${r.params.length ? `${r.params.length} key(s) changed` : 'no change'} |`);
    if (r.ageMs !== undefined) {
        const limit = r.maxAgeMs !== undefined ? ` (max-age ${(0,units/* formatDuration */.a3)(r.maxAgeMs)})` : '';
        out.push(`| Model age | ${(0,units/* formatDuration */.a3)(r.ageMs)}${limit} |`);
    }
    out.push('');
    const lists = [];
    listFiles(lists, 'Data', r.data);
    listFiles(lists, 'Pointers', r.pointers);
    if (r.code.files.length)
        lists.push(`- Code: ${capped(r.code.files).map(code).join(', ')}`);
    if (r.params.length) {
        lists.push(`- Params: ${capped(r.params.map((p) => (p.change === 'changed' ? `${code(`${p.file}: ${p.key}`)} ${p.from} → ${p.to}` : `${code(`${p.file}: ${p.key}`)} ${p.change}`))).join('; ')}`);
    }
    if (lists.length)
        out.push('<details><summary>What changed</summary>', '', ...lists, '', '</details>', '');
    for (const w of r.warnings)
        out.push(`> [!WARNING]\n> ${w.message}`, '');
    for (const t of r.tables)
        out.push(...renderTable(t), '');
    if (r.newTables.length)
        out.push(`New tables (profiled, nothing to compare yet): ${r.newTables.map(code).join(', ')}`, '');
    return out.join('\n');
}
function renderTable(t) {
    const out = [];
    const dr = t.rows.reference ? (t.rows.current - t.rows.reference) / t.rows.reference : 0;
    const rows = `${fmtInt(t.rows.reference)} → ${fmtInt(t.rows.current)} rows (${dr >= 0 ? '+' : ''}${(dr * 100).toFixed(1)}%)`;
    const flag = t.drift ? ' — **drift**' : '';
    out.push(`#### ${code(t.table)}: ${rows}${flag}`, '');
    const sch = [];
    for (const a of t.schema.added)
        sch.push(`added ${code(a.column)} (${a.type})`);
    for (const a of t.schema.removed)
        sch.push(`removed ${code(a.column)} (${a.type})`);
    for (const a of t.schema.retyped)
        sch.push(`${code(a.column)} ${a.from} → ${a.to}`);
    if (sch.length)
        out.push(`Schema: ${sch.join(', ')}`, '');
    if (t.columns.length) {
        const drifted = t.columns.filter((c) => c.drifted).length;
        out.push(`Drifted columns: ${drifted} of ${t.columns.length} (${(t.driftedShare * 100).toFixed(0)}%)` +
            (t.criticalDrifted.length ? `; critical: ${t.criticalDrifted.map(code).join(', ')}` : ''), '');
        const chart = (0,detect_chart/* driftChart */.YZ)(t.table, t.columns);
        if (chart)
            out.push(chart);
        out.push('| Column | Test | Value | Threshold | PSI | Reference → current | Drift |', '|---|---|---:|---:|---:|---|:---:|');
        for (const c of t.columns)
            out.push(columnRow(c));
    }
    if (t.skipped.length)
        out.push('', `Not tested: ${t.skipped.map(code).join(', ')}`);
    return out;
}
function columnRow(c) {
    const value = c.test === 'ks' || c.test === 'chi-square' || c.test === 'z' ? `p = ${fmtP(c.value)}` : fmtNum(c.value);
    const cmp = c.test === 'ks' ? '≤' : c.test === 'chi-square' || c.test === 'z' ? '<' : '≥';
    let moved = '';
    if (c.kind === 'numeric' && c.referenceMean !== undefined && c.currentMean !== undefined) {
        moved = `mean ${fmtNum(c.referenceMean)} → ${fmtNum(c.currentMean)}`;
    }
    else if (c.topShift) {
        moved = `${escapeCell(c.topShift.category)}: ${(c.topShift.reference * 100).toFixed(1)}% → ${(c.topShift.current * 100).toFixed(1)}%`;
    }
    const stat = c.statistic !== undefined
        ? ` (${c.test === 'ks' ? 'D' : c.test === 'z' ? 'z' : 'χ²'} = ${fmtNum(c.statistic)})`
        : c.pValue !== undefined
            ? ` (null p = ${fmtP(c.pValue)})`
            : '';
    const threshold = c.pValue !== undefined ? `${cmp} ${c.threshold}, p < 0.05` : `${cmp} ${c.threshold}`;
    return `| ${code(c.column)} | ${c.test} | ${value}${stat} | ${threshold} | ${fmtNum(c.psi)} | ${moved} | ${c.drifted ? '🔴' : '🟢'} |`;
}
function listFiles(out, label, c) {
    for (const [k, v] of [['added', c.added], ['removed', c.removed], ['modified', c.modified]]) {
        if (v.length)
            out.push(`- ${label} ${k}: ${capped(v).map(code).join(', ')}`);
    }
}
function capped(v) {
    return v.length > MAX_LISTED ? [...v.slice(0, MAX_LISTED), `… and ${v.length - MAX_LISTED} more`] : v;
}
function changeCounts(c) {
    const n = c.added.length + c.removed.length + c.modified.length;
    if (n === 0)
        return 'no change';
    return `${c.modified.length} modified, ${c.added.length} added, ${c.removed.length} removed`;
}
function code(s) {
    return s.startsWith('… and') ? s : '`' + s.replace(/`/g, "'").replace(/\|/g, '\\|') + '`';
}
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function fmtNum(x) {
    if (!Number.isFinite(x))
        return String(x);
    const a = Math.abs(x);
    if (a !== 0 && (a < 1e-3 || a >= 1e6))
        return x.toExponential(2);
    return String(Number(x.toPrecision(4)));
}
function fmtP(p) {
    if (p === 0)
        return '< 1e-16';
    return p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
}
function fmtBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let i = 0;
    let v = n;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

;// CONCATENATED MODULE: ../../packages/core/src/detect/report.ts
/**
 * The detect report schema (mlci.detect.report/v1) and the `changed-files` output, in one place for every platform
 * (the action and the CLI write the same bytes).
 */
/** Entries per list in the `changed-files` output: step outputs are small (GitHub allows about 1 MB per step). */
const LIST_CAP = 1000;
function capList(v) {
    return v.length > LIST_CAP ? v.slice(0, LIST_CAP) : v;
}
/** The `changed-files` output: each list capped at LIST_CAP entries, `truncated: true` when one was cut. */
function changedFilesOutput(r) {
    const truncated = [r.data.added, r.data.removed, r.data.modified, r.pointers.added, r.pointers.removed, r.pointers.modified, r.code.files].some((l) => l.length > LIST_CAP);
    const fc = (c) => ({ added: capList(c.added), removed: capList(c.removed), modified: capList(c.modified) });
    return {
        data: fc(r.data),
        pointers: fc(r.pointers),
        code: capList(r.code.files),
        params: r.params.map((x) => ({ file: x.file, key: x.key, change: x.change })),
        ...(truncated ? { truncated: true } : {}),
    };
}
/** The JSON report (schema mlci.detect.report/v1): the decision and every comparison, without the record's bulk. */
function detectReport(r, baseline) {
    return {
        schema: 'mlci.detect.report/v1',
        shouldTrain: r.shouldTrain,
        reasons: r.reasons,
        fingerprint: r.fingerprint,
        previousFingerprint: r.previousFingerprint ?? null,
        baseline,
        data: r.data,
        pointers: r.pointers,
        code: r.code,
        params: r.params,
        tables: r.tables,
        newTables: r.newTables,
        ageMs: r.ageMs ?? null,
        maxAgeMs: r.maxAgeMs ?? null,
        warnings: r.warnings,
        stats: r.stats,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/publish.ts


/**
 * Where the gate's HTML report goes: the `html-report` input when set, else beside the JSON report with `.html`
 * in place of `.json` (`mlci-gate-report.json` → `mlci-gate-report.html`).
 */
function htmlReportPathFor(htmlReport, reportPath) {
    if (htmlReport) {
        if (reportPath && (0,external_node_path_.resolve)(htmlReport) === (0,external_node_path_.resolve)(reportPath)) {
            throw new errors/* UserError */.y(`Input 'html-report' names the same file as 'report-path' (${htmlReport.slice(0, 80)}): give the HTML report its own path, or leave html-report empty to write it beside the JSON report.`);
        }
        return htmlReport;
    }
    const base = reportPath || 'mlci-gate-report.json';
    return /\.json$/i.test(base) ? base.replace(/\.json$/i, '.html') : `${base}.html`;
}
/** The artifact name for a check: a slug of the check name plus `-report` (`ML gate` → `ml-gate-report`). */
function reportArtifactName(checkName) {
    const key = checkName.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'gate';
    return `${key}-report`;
}
/**
 * Upload one report file as an artifact where the platform has an artifact store. Never fails the step: the file
 * stays on disk and its path is an output, so a missing store or a refused upload (outside a runner there is no
 * artifact service; two jobs of one run cannot share an artifact name) is one log line.
 */
async function uploadReportArtifact(platform, name, file) {
    if (!platform.artifacts) {
        platform.debug(`No artifact store here: ${file} was not uploaded.`);
        return { uploaded: false };
    }
    try {
        const r = await platform.artifacts.upload(name, [file], (0,external_node_path_.dirname)(file));
        platform.info(`Uploaded ${(0,external_node_path_.basename)(file)} as artifact '${name}'.`);
        return { uploaded: true, id: r.id };
    }
    catch (e) {
        platform.info(`The HTML report was not uploaded as artifact '${name}' (${e.message.split('\n')[0].slice(0, 200)}); it is at ${file}.`);
        return { uploaded: false };
    }
}

// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(61601);
;// CONCATENATED MODULE: ./src/save.ts





/** State the post step reads (save-baseline: on-success). */
const STATE = { path: 'baseline-path', key: 'baseline-key', recordName: 'record-name', recordBranch: 'record-branch' };
/** Save the record to the cache; an outage is a warning (the next run is a first run), never a failure. */
async function saveToCache(p, path, key) {
    if (!p.cache) {
        p.annotate('warning', 'No cache on this platform: the baseline was not saved. Use write-lock and baseline: <lock file> instead.');
        return;
    }
    try {
        await p.cache.save([path], key);
        p.info(`Saved the baseline to the cache as ${key}.`);
    }
    catch (e) {
        p.annotate('warning', `Baseline not saved to the cache (${e.message}): the next run will treat itself as a first run.`);
    }
}
/**
 * `baseline: git`, in the main step: check that the token may write (so a missing `contents: write` fails the step
 * before the training, not after it), then write now (`always`) or leave the record to the post step (`on-success`).
 */
async function saveToRepository(p, opts) {
    const store = p.records;
    if (!store)
        return;
    const where = store.location(opts.name, opts.branch);
    if (p.context().pullRequest?.fork) {
        p.annotate('warning', `The baseline record was not saved to ${where}: a pull request from a fork gets a read-only token. It is saved when the change runs on its own repository's branch.`);
        return;
    }
    try {
        await store.checkWritable();
    }
    catch (e) {
        if (e instanceof src/* PermissionDeniedError */.Ll)
            throw new src/* UserError */.yo(permissionMessage(e, 'write', where));
        throw e;
    }
    if (opts.when === 'always') {
        await writeToRepository(p, opts.name, opts.branch, opts.record);
        return;
    }
    writeRecord(opts.path, opts.record);
    p.saveState(STATE.path, opts.path);
    p.saveState(STATE.recordName, opts.name);
    p.saveState(STATE.recordBranch, opts.branch);
    p.info(`The baseline record will be saved to ${where} after the job succeeds.`);
}
/** Write the record by compare-and-swap; an outage is a warning (the old record stays), a denied token an error. */
async function writeToRepository(p, name, branch, record) {
    const store = p.records;
    if (!store)
        return;
    const ctx = p.context();
    const run = ctx.repository && ctx.runId ? `\n\n${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : '';
    const message = `mlci detect-data-change: baseline record of ${branch}, trained ${record.trainedAt}${run}\n`;
    const log = { warning: (m) => p.annotate('warning', m), info: (m) => p.info(m) };
    try {
        await saveToStore(store, { name, branch, record, message, log });
    }
    catch (e) {
        if ((0,src/* isUserError */.iU)(e))
            throw e;
        p.annotate('warning', `Baseline record not saved to ${store.location(name, branch)} (${e.message}): the next run compares with the record there now.`);
    }
}
/** The post step's half of `save-baseline: on-success` with `baseline: git`. */
async function saveStateToRepository(p, path, name, branch) {
    await writeToRepository(p, name, branch, parseRecord(readFileSync(path, 'utf8'), path));
}

;// CONCATENATED MODULE: ./src/main.ts






// Modules, not the detect/ and drift/ barrels: those would bundle the readers and drift tests into this chunk,
// which detectChanges loads only when something needs profiling or comparing.









const ACTION = 'detect-data-change';

const outputs = {
    'should-train': '`true` when training should run.',
    reasons: 'JSON array of reasons: first-run, data-changed, schema-changed, rows-dropped, drift, code-changed, params-changed, stale, forced.',
    'data-changed': '`true` when the data fingerprint changed.',
    'code-changed': '`true` when files matching `code` changed.',
    drift: '`true` when data set drift was found.',
    fingerprint: 'Hex sha256 Merkle digest of the whole data set, independent of machine, checkout path and listing order.',
    'changed-files': 'JSON: data and pointer files added/removed/modified, code files changed, params keys changed.',
    report: 'Path of the JSON report.',
    'cache-key': 'A key that changes exactly when the data changes, for caching datasets and checkpoints downstream.',
    'html-report': 'Path of the self-contained HTML report (every column\'s drift test and decision; reference vs current histograms or category shares of each drifted column); uploaded as an artifact where the runner allows and a table was compared.',
};
/** Artifact name of the HTML report. */
const REPORT_ARTIFACT = `${ACTION}-report`;
async function main_run(platform) {
    await runAction(ACTION, async (p) => {
        const raw = (0,src/* parseInputs */.TL)(inputs.inputs, (n) => p.getInput(n));
        // An empty list input parses to undefined (its default is empty).
        const o = { ...raw, data: raw.data ?? [], pointers: raw.pointers ?? [], code: raw.code ?? [], params: raw.params ?? [] };
        const ctx = p.context();
        const workspace = ctx.workspace;
        if (o.data.length === 0 && o.pointers.length === 0) {
            throw new src/* UserError */.yo("Inputs 'data' and 'pointers' are both empty: give the data globs (e.g. `data: data/*.csv`) or pointer files (`pointers: data/*.dvc`).");
        }
        // Path inputs: read only regular files inside the workspace (links leaving it refused), write only inside the
        // workspace or RUNNER_TEMP, never over an input of this run (README, Security).
        const roots = { workspace, temp: (0,src/* fileRootsFromEnv */.h3)().temp };
        const wsOnly = { workspace };
        const inWorkspace = (input) => (rel) => (0,src/* resolveInputFile */.FH)(toWorkspacePattern(workspace, rel, input), { input, roots: wsOnly });
        const policy = o['drift-policy'] ? (0,drift_policy/* loadDriftPolicy */.qX)(o['drift-policy'], 'drift-policy', inWorkspace('drift-policy')) : drift_policy/* DEFAULT_DRIFT_POLICY */.t_;
        const source = parseBaselineInput(o.baseline, workspace);
        if (source.kind === 'file' && exists(absPath(workspace, source.path)))
            (0,src/* resolveInputFile */.FH)(source.path, { input: 'baseline', roots: wsOnly });
        const branch = ctx.branch || 'detached';
        const keys = baselineKeys({
            data: o.data,
            pointers: o.pointers,
            branch,
            defaultBranch: ctx.defaultBranch,
            runId: ctx.runId,
            runAttempt: ctx.runAttempt,
        });
        const log = { warning: (m) => p.annotate('warning', m), info: (m) => p.info(m) };
        const loaded = await loadBaseline(source, {
            workspace, cache: p.cache, keys, log, records: p.records, history: p.history, branch, defaultBranch: ctx.defaultBranch,
        });
        let changed;
        if (o.code.length && loaded.record) {
            changed = p.changedFiles ? await p.changedFiles(loaded.record.commit) : { source: `unknown: the ${p.name} platform cannot list changed files` };
            p.info(`Changed files: ${changed.files ? `${changed.files.length} from ${changed.source}` : changed.source}`);
        }
        // The report path is output, not input: any path will do (relative ones are taken from the workspace).
        const reportPath = o['report-path'] ? (0,src/* resolveOutputFile */.cX)(o['report-path'], { input: 'report-path', roots }) : (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), ACTION, 'report.json');
        const lockPath = o['write-lock'] ? toWorkspacePattern(workspace, o['write-lock'], 'write-lock') : undefined;
        if (lockPath)
            (0,src/* resolveOutputFile */.cX)(lockPath, { input: 'write-lock', roots: wsOnly });
        const globs = { data: o.data, pointers: o.pointers, code: o.code, params: o.params };
        if (lockPath)
            refuseInputClobber(workspace, lockPath, 'write-lock', globs);
        const reportRel = (0,external_node_path_.relative)(workspace, reportPath).split(external_node_path_.sep).join('/');
        if (o['report-path'] && !reportRel.startsWith('..'))
            refuseInputClobber(workspace, reportRel, 'report-path', globs);
        // The HTML report: beside the JSON report unless given (the default JSON report's folder needs no check).
        const htmlDefault = htmlReportPathFor(o['html-report'], reportPath);
        const htmlPath = o['html-report'] || o['report-path'] ? (0,src/* resolveOutputFile */.cX)(htmlDefault, { input: 'html-report', roots }) : htmlDefault;
        const htmlRel = (0,external_node_path_.relative)(workspace, htmlPath).split(external_node_path_.sep).join('/');
        if (o['html-report'] && !htmlRel.startsWith('..'))
            refuseInputClobber(workspace, htmlRel, 'html-report', globs);
        const own = [source.kind === 'file' ? source.path : '', lockPath ?? '', reportRel, htmlRel].filter(Boolean);
        const result = await detectChanges({
            workspace,
            exclude: own,
            data: o.data,
            pointers: o.pointers,
            code: o.code,
            params: o.params,
            allowEmpty: o['allow-empty'],
            baseline: loaded.record,
            changedFiles: changed?.files,
            changedFilesSource: changed?.source,
            maxAgeMs: o['max-age'],
            policy,
            policyFile: o['drift-policy'] && !o['drift-policy'].includes('\n') ? o['drift-policy'] : "input 'drift-policy'",
            force: o.force,
            trainOn: o['train-on'],
            commit: ctx.sha,
            ref: ctx.ref,
        });
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(reportPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(reportPath, JSON.stringify(detectReport(result, loaded.description), null, 2) + '\n');
        const { renderDetectHtml } = await __webpack_require__.e(/* import() */ 552).then(__webpack_require__.bind(__webpack_require__, 59552));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(htmlPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(htmlPath, await renderDetectHtml(result, { baseline: loaded.description }));
        p.setOutput('should-train', String(result.shouldTrain));
        p.setOutput('reasons', JSON.stringify(result.reasons));
        p.setOutput('data-changed', String(result.dataChanged));
        p.setOutput('code-changed', String(result.codeChanged));
        p.setOutput('drift', String(result.drift));
        p.setOutput('fingerprint', result.fingerprint);
        p.setOutput('changed-files', JSON.stringify(changedFilesOutput(result)));
        p.setOutput('report', reportPath);
        p.setOutput('cache-key', `mlci-data-${result.fingerprint}`);
        p.setOutput('html-report', htmlPath);
        for (const w of result.warnings)
            p.annotate('warning', w.message, { file: w.file, title: ACTION });
        const s = result.stats;
        p.info(`should-train=${result.shouldTrain} reasons=${JSON.stringify(result.reasons)} fingerprint=${result.fingerprint}\n` +
            `${s.files} data files: ${s.hashed} hashed (${s.bytesHashed} bytes), ${s.reused} unchanged by stat cache; ` +
            `${s.profiled} profiled${s.profileThreads > 1 ? ` on ${s.profileThreads} threads` : ''}, ${s.profileReused} profiles reused; timings ms ${JSON.stringify(s.ms)}`);
        await p.appendSummary(renderSummary(result, { baselineSource: loaded.description }));
        // Only a report with a compared table is worth an artifact: a scheduled run that found nothing stays cheap.
        if (result.tables.length > 0)
            await uploadReportArtifact(p, REPORT_ARTIFACT, htmlPath);
        if (!result.shouldTrain)
            return;
        if (lockPath) {
            writeRecord(absPath(workspace, lockPath), result.record);
            p.info(`Wrote the baseline lock file ${o['write-lock']}: commit it after training to use it as the baseline.`);
        }
        if (o['save-baseline'] === 'never')
            return;
        if (source.kind === 'git') {
            const name = source.name ?? keys.digest;
            await saveToRepository(p, { name, branch, path: keys.path, record: result.record, when: o['save-baseline'] });
            return;
        }
        if (source.kind !== 'cache')
            return;
        writeRecord(keys.path, result.record);
        if (o['save-baseline'] === 'always') {
            await saveToCache(p, keys.path, keys.save);
        }
        else {
            p.saveState(STATE.path, keys.path);
            p.saveState(STATE.key, keys.save);
            p.info(`The baseline will be saved to the cache as ${keys.save} after the job succeeds.`);
        }
    }, platform);
}
/** Something (a file, or a link, dangling or not) is at `path`. */
function exists(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 70138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YZ: () => (/* binding */ driftChart),
  c0: () => (/* binding */ driftScore)
});

// UNUSED EXPORTS: MAX_DRIFT_CHART_COLUMNS, MAX_DRIFT_SCORE

;// CONCATENATED MODULE: ../../packages/core/src/train/chart.ts
/**
 * Charts in the job summary's markdown itself: a mermaid `xychart-beta` line chart (GitHub renders mermaid code
 * blocks) with the same numbers in a table beside it, for readers where mermaid does not render and for exact
 * values. Never an external image host.
 *
 * Long series are downsampled into at most `maxPoints` equal-width bins over x; each bin plots its mean and the
 * table gives mean, min and max per bin, so a spike averaged away in the line is still visible in the table.
 */
/**
 * Bin (x, y) pairs for drawing. At most `bins` points at nearly even x: one bin per point (drawn exactly).
 * Otherwise `bins` equal-width bins whose centres run evenly from min(x) to max(x), bin i holding the points
 * nearest to centre i. Non-finite pairs are skipped.
 */
function binSeries(x, y, bins) {
    let lo = Infinity;
    let hi = -Infinity;
    let n = 0;
    for (let i = 0; i < x.length; i++) {
        if (!Number.isFinite(x[i]) || !Number.isFinite(y[i]))
            continue;
        if (x[i] < lo)
            lo = x[i];
        if (x[i] > hi)
            hi = x[i];
        n++;
    }
    // Points that fit and come at nearly even steps (log steps; GPU samples with timer jitter) are drawn point for
    // point, in order: the line puts them at even x, off by at most the jitter, and the table gives the exact x.
    if (n <= bins && nearlyEven(x, y)) {
        const out = emptyBinned(n);
        let k = 0;
        for (let i = 0; i < x.length; i++) {
            if (!Number.isFinite(x[i]) || !Number.isFinite(y[i]))
                continue;
            out.center[k] = x[i];
            out.mean[k] = out.min[k] = out.max[k] = y[i];
            out.count[k] = 1;
            k++;
        }
        return out;
    }
    // Anything else goes on a grid of `bins` centres, fine enough that irregular points (an eval every 100 steps
    // plus a final one) keep their places.
    const b = n === 0 ? 0 : hi === lo ? 1 : Math.max(2, bins);
    const out = emptyBinned(b);
    if (b === 0)
        return out;
    const w = b === 1 ? 0 : (hi - lo) / (b - 1);
    const sum = new Float64Array(b);
    for (let k = 0; k < b; k++)
        out.center[k] = lo + k * w;
    for (let i = 0; i < x.length; i++) {
        const xi = x[i];
        const yi = y[i];
        if (!Number.isFinite(xi) || !Number.isFinite(yi))
            continue;
        const k = w === 0 ? 0 : Math.min(b - 1, Math.max(0, Math.round((xi - lo) / w)));
        sum[k] += yi;
        out.count[k]++;
        if (yi < out.min[k])
            out.min[k] = yi;
        if (yi > out.max[k])
            out.max[k] = yi;
    }
    for (let k = 0; k < b; k++)
        out.mean[k] = out.count[k] ? sum[k] / out.count[k] : NaN;
    return out;
}
function emptyBinned(b) {
    return {
        center: new Float64Array(b), mean: new Float64Array(b), min: new Float64Array(b).fill(Infinity),
        max: new Float64Array(b).fill(-Infinity), count: new Uint32Array(b),
    };
}
/** Whether the finite points have increasing x with every step within 25% of the mean step. */
function nearlyEven(x, y) {
    const xs = [];
    for (let i = 0; i < x.length; i++)
        if (Number.isFinite(x[i]) && Number.isFinite(y[i]))
            xs.push(x[i]);
    if (xs.length < 2)
        return xs.length === 1;
    const mean = (xs[xs.length - 1] - xs[0]) / (xs.length - 1);
    if (!(mean > 0))
        return false;
    for (let i = 1; i < xs.length; i++) {
        const d = xs[i] - xs[i - 1];
        if (!(d > 0) || Math.abs(d - mean) > 0.25 * mean)
            return false;
    }
    return true;
}
/** Line values with empty bins filled by linear interpolation between their non-empty neighbours. */
function fillGaps(mean) {
    const out = Float64Array.from(mean);
    let prev = -1;
    for (let k = 0; k < out.length; k++) {
        if (Number.isNaN(out[k]))
            continue;
        if (prev === -1)
            for (let j = 0; j < k; j++)
                out[j] = out[k];
        else
            for (let j = prev + 1; j < k; j++)
                out[j] = out[prev] + ((out[k] - out[prev]) * (j - prev)) / (k - prev);
        prev = k;
    }
    if (prev >= 0)
        for (let j = prev + 1; j < out.length; j++)
            out[j] = out[prev];
    return out;
}
/**
 * A number as mermaid's xychart grammar accepts it (`[+-]?\d+(\.\d+)?`: no exponent), with 4 significant digits.
 * Deterministic: the same value always prints the same way.
 */
function formatChartNumber(v) {
    if (!Number.isFinite(v))
        return '0';
    if (v === 0)
        return '0';
    const p = Number(v.toPrecision(4));
    let s = String(p);
    if (/e/i.test(s)) {
        const digits = Math.min(20, Math.max(0, 3 - Math.floor(Math.log10(Math.abs(p)))));
        s = Math.abs(p) >= 1e21 ? (p > 0 ? '999999999999999999999' : '-999999999999999999999') : p.toFixed(digits);
        if (s.includes('.'))
            s = s.replace(/0+$/, '').replace(/\.$/, '');
    }
    return s === '-0' ? '0' : s;
}
/** A y range from 0 to a tenth past one value (either sign), so that its bar has a height. */
function onePointRange(v) {
    if (!(v !== 0))
        return [0, 1];
    const far = Number((v * 1.1).toPrecision(2));
    return v > 0 ? [0, far] : [far, 0];
}
/** Text safe inside a mermaid double-quoted string (no quotes, no newlines). */
function mermaidText(s) {
    return s.replace(/["`\r\n]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}
/** Text safe inside a markdown table cell. */
function tableCell(s) {
    return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/**
 * One chart: the mermaid block followed by a collapsed table of the plotted bins. Returns '' when there is no
 * finite point to draw.
 */
function renderChart(x, y, opts) {
    const maxPoints = Math.max(2, opts.maxPoints ?? 60);
    const bins = binSeries(x, y, maxPoints);
    const b = bins.center.length;
    if (b === 0)
        return '';
    const line = fillGaps(bins.mean);
    const xs = Array.from(bins.center, formatChartNumber);
    const ys = Array.from(line, formatChartNumber);
    const mermaid = ['```mermaid', 'xychart-beta', `    title "${mermaidText(opts.title)}"`];
    if (b === 1)
        mermaid.push(`    x-axis "${mermaidText(opts.xLabel)}" [${xs[0]}]`);
    else
        mermaid.push(`    x-axis "${mermaidText(opts.xLabel)}" ${xs[0]} --> ${xs[b - 1]}`);
    // One point: a line through one point draws nothing, so it is a bar too, on a y range from 0 that shows it
    // (mermaid's own range for one value is that value alone, where the bar has no height).
    const yRange = opts.yRange ?? (b === 1 ? onePointRange(line[0]) : undefined);
    if (yRange)
        mermaid.push(`    y-axis "${mermaidText(opts.yLabel)}" ${formatChartNumber(yRange[0])} --> ${formatChartNumber(yRange[1])}`);
    else
        mermaid.push(`    y-axis "${mermaidText(opts.yLabel)}"`);
    if (b === 1)
        mermaid.push(`    bar [${ys[0]}]`);
    mermaid.push(`    line [${ys.join(', ')}]`, '```');
    const downsampled = Array.from(bins.count).some((c) => c > 1);
    const total = Array.from(bins.count).reduce((s, c) => s + c, 0);
    const head = downsampled
        ? `| ${tableCell(opts.xLabel)} (bin centre) | mean | min | max | points |\n|---:|---:|---:|---:|---:|`
        : `| ${tableCell(opts.xLabel)} | ${tableCell(opts.yLabel)} |\n|---:|---:|`;
    const rows = [];
    for (let k = 0; k < b; k++) {
        if (bins.count[k] === 0)
            continue;
        rows.push(downsampled
            ? `| ${xs[k]} | ${formatChartNumber(bins.mean[k])} | ${formatChartNumber(bins.min[k])} | ${formatChartNumber(bins.max[k])} | ${bins.count[k]} |`
            : `| ${xs[k]} | ${formatChartNumber(bins.mean[k])} |`);
    }
    const what = downsampled ? `${total} points in ${rows.length} bins` : `${total} points`;
    return [
        ...mermaid,
        '',
        `<details><summary>${escapeHtml(opts.title)}: data (${what})</summary>`,
        '',
        head,
        ...rows,
        '',
        '</details>',
        '',
    ].join('\n');
}
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ../../packages/core/src/detect/chart.ts

const MAX_DRIFT_CHART_COLUMNS = 15;
/** Scores are drawn up to this many thresholds; a larger score is capped (the table keeps its value). */
const MAX_DRIFT_SCORE = 10;
const P_TESTS = new Set(['ks', 'chi-square', 'z']);
/** A column's score on the threshold scale (1 = at the threshold; above 1 = past it). */
function driftScore(c) {
    if (P_TESTS.has(c.test)) {
        const p = Math.max(c.value, 1e-300);
        return p >= 1 ? 0 : Math.log10(p) / Math.log10(c.threshold);
    }
    return c.threshold > 0 ? c.value / c.threshold : 0;
}
function category(s) {
    const t = s.replace(/["`\r\n[\],]/g, ' ').replace(/\s+/g, ' ').trim();
    return `"${t.length > 30 ? t.slice(0, 29) + '…' : t}"`;
}
/** The mermaid block for one table's drifted columns (highest score first); '' when none drifted. */
function driftChart(table, columns) {
    const drifted = columns
        .map((c, i) => ({ c, i, score: driftScore(c) }))
        .filter((r) => r.c.drifted)
        .sort((a, b) => b.score - a.score || a.i - b.i);
    if (drifted.length === 0)
        return '';
    const shown = drifted.slice(0, MAX_DRIFT_CHART_COLUMNS);
    const capped = shown.some((r) => r.score > MAX_DRIFT_SCORE);
    const top = Math.min(MAX_DRIFT_SCORE, Math.max(...shown.map((r) => r.score), 1)) * 1.1;
    const title = `${table.replace(/["`\r\n]/g, ' ').slice(0, 40)}: drifted columns, score ÷ threshold${drifted.length > shown.length ? ` (top ${shown.length} of ${drifted.length})` : ''}`;
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis [${shown.map((r) => category(r.c.column)).join(', ')}]`,
        `    y-axis "score ÷ threshold${capped ? ` (capped at ${MAX_DRIFT_SCORE})` : ''}" 0 --> ${formatChartNumber(top)}`,
        `    bar [${shown.map((r) => formatChartNumber(Math.min(MAX_DRIFT_SCORE, r.score))).join(', ')}]`,
        `    line [${shown.map(() => '1').join(', ')}]`,
        '```',
        '',
        '<sub>Bars: each drifted column\'s statistic on its threshold\'s scale (distance ÷ threshold; for p-value tests log p ÷ log threshold); the line at 1 is the threshold. Values in the table below.</sub>',
        '',
    ].join('\n');
}


/***/ }),

/***/ 74502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ REASON_TEXT),
/* harmony export */   e: () => (/* binding */ REASONS)
/* harmony export */ });
/**
 * Why training should run, in the issue's vocabulary (and this order in outputs). A module of its own, importing
 * nothing, so an action's entry bundle can validate `train-on` without loading the detection engine.
 */
const REASONS = [
    'first-run',
    'data-changed',
    'schema-changed',
    'rows-dropped',
    'drift',
    'code-changed',
    'params-changed',
    'stale',
    'forced',
];
/** What each reason means, in the user's words (the job summary's and the HTML report's "why"). */
const REASON_TEXT = {
    'first-run': 'no baseline to compare with (first run)',
    'data-changed': 'data files changed',
    'schema-changed': 'a table gained, lost or retyped columns',
    'rows-dropped': 'a table lost more rows than max-row-drop allows',
    drift: 'data drifted',
    'code-changed': 'training code changed',
    'params-changed': 'params changed',
    stale: 'the model is older than max-age',
    forced: 'force: true',
};


/***/ }),

/***/ 27233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ P_VALUE_TESTS),
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   a2: () => (/* binding */ columnRuleFor),
/* harmony export */   qX: () => (/* binding */ loadDriftPolicy),
/* harmony export */   t_: () => (/* binding */ DEFAULT_DRIFT_POLICY)
/* harmony export */ });
/* unused harmony exports DRIFT_TESTS, driftPolicySchema, parseDriftPolicy */
/* harmony import */ var _fs_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68264);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85736);
/* harmony import */ var _inputs_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67292);




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

/***/ 85261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   Lb: () => (/* binding */ issueCommand),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   dN: () => (/* binding */ exportVariable),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export escapeData */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The runner's workflow commands (`::warning file=…::msg` on stdout) and file commands (GITHUB_OUTPUT, GITHUB_STATE,
 * GITHUB_ENV), written exactly as @actions/core 3.0.1 writes them (lib/core.js, command.js, file-command.js, utils.js),
 * for the functions mlci uses.
 *
 * Why not import @actions/core: its entry module statically imports @actions/http-client and so undici, for OIDC
 * tokens that mlci never requests. Evaluating that bundled undici costs ~0.1 s on every run of every action, a fifth
 * of detect-data-change's 0.5 s budget for re-checking 10,000 unchanged files. Nothing else from the toolkit is
 * loaded before it is needed (Octokit, cache and artifact clients come in their own chunks). test/commands.test.ts
 * runs these and @actions/core side by side and asserts the same bytes on stdout and in every command file.
 */



/** @actions/core utils.toCommandValue. */
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(s) {
    return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One `::command k=v,…::message` line; empty property values are left out, as the toolkit does. */
function issueCommand(command, properties, message) {
    let line = `::${command || 'missing.command'}`;
    const props = Object.entries(properties).filter(([, v]) => v);
    if (props.length)
        line += ' ' + props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
    process.stdout.write(`${line}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(filePath, `${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
}
/** `name<<ghadelimiter_<uuid>` heredoc, refusing a key or value that contains the delimiter. */
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    const v = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (v.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${v}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}`;
}
/** A file command when the runner gave its file, else the legacy stdout command. */
function keyValue(file, legacy, name, value) {
    if (process.env[`GITHUB_${file}`])
        issueFileCommand(file, keyValueMessage(name, value));
    else {
        if (file === 'OUTPUT')
            process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        issueCommand(legacy, { name }, toCommandValue(value));
    }
}
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
const setOutput = (name, value) => keyValue('OUTPUT', 'set-output', name, value);
const saveState = (name, value) => keyValue('STATE', 'save-state', name, value);
const getState = (name) => process.env[`STATE_${name}`] || '';
function exportVariable(name, value) {
    process.env[name] = toCommandValue(value);
    keyValue('ENV', 'set-env', name, value);
}
const setSecret = (secret) => issueCommand('add-mask', {}, secret);
const info = (message) => void process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
const debug = (message) => issueCommand('debug', {}, message);
const startGroup = (name) => issueCommand('group', {}, name);
const endGroup = () => issueCommand('endgroup', {}, '');
function annotation(kind, message, p = {}) {
    const props = Object.keys(p).length
        ? { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
        : {};
    issueCommand(kind, props, message instanceof Error ? message.toString() : message);
}
const error = (message, p) => annotation('error', message, p);
const warning = (message, p) => annotation('warning', message, p);
const notice = (message, p) => annotation('notice', message, p);
function setFailed(message, p) {
    process.exitCode = 1;
    error(message, p);
}


/***/ }),

/***/ 57194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N$: () => (/* binding */ tuningFromEnv),
/* harmony export */   T1: () => (/* binding */ isPermissionDenied),
/* harmony export */   gg: () => (/* binding */ describeApiError),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/**
 * Tuning from the environment, for runner-faithful tests of bundles: `MLCI_OCTOKIT_TIMING=fast` removes the
 * write spacing and shortens the 5xx backoff to 20 ms units. `retry-after` is still honoured.
 */
function tuningFromEnv(env = process.env) {
    return env.MLCI_OCTOKIT_TIMING === 'fast' ? { writeIntervalMs: 0, retryBaseMs: 20 } : {};
}
/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
function httpStatus(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}
/** 403 that is about permissions (not a rate limit): the token may not do this. */
function isPermissionDenied(e) {
    const status = httpStatus(e);
    if (status !== 403)
        return false;
    const msg = String(e.message ?? '');
    return !/rate limit/i.test(msg);
}
/** One line for a failed API call: status and GitHub's message. */
function describeApiError(e) {
    const status = httpStatus(e);
    const msg = e?.message ?? String(e);
    return status ? `HTTP ${status}: ${msg.split('\n')[0]}` : msg.split('\n')[0];
}


/***/ })

};
