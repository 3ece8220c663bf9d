export const id = 299;
export const ids = [299,601];
export const modules = {

/***/ 61601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inputs: () => (/* binding */ inputs)
/* harmony export */ });
/* harmony import */ var _mlci_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54845);

/** Input names are a contract (issue #3); action.yml must declare the same names and defaults (checked by a test). */
const inputs = {
    candidate: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, required: true, description: 'Predictions of the new model (CSV, TSV, JSONL, each optionally .gz, or Parquet): id, label, score and the slice columns.' },
    baseline: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, description: 'Predictions of the serving model on the same rows (id and score). Empty: first run, bounds only.' },
    policy: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, required: true, description: 'Path to the gate policy YAML (metrics, slices, significance, fairness).' },
    'report-path': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, default: 'mlci-gate-report.json', description: 'Where the JSON report (schema mlci.gate.report/v1) is written.' },
    'html-report': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, description: 'Where the self-contained HTML report is written. Empty: beside the JSON report, .json replaced by .html.' },
    comment: { schema: (0,_mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .enumInput */ .gX)(['auto', 'true', 'false']), default: 'auto', description: 'Post (upsert) the report as a PR comment: auto = on pull_request events.' },
    'check-name': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, default: 'ML gate', description: 'Name of the check run (and of the commit status where no check run can be made).' },
    check: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .booleanInput */ .tE, default: 'true', description: 'Publish a check run with annotations on the policy lines of failing rules.' },
    'fail-on-regression': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .booleanInput */ .tE, default: 'true', description: 'Fail the step when the gate fails; false: succeed and output passed=false.' },
    'no-model-change': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .booleanInput */ .tE, default: 'false', description: 'Nothing the model depends on changed, so nothing was trained: skip the gate and report success ("no model change") on the check, the outputs and the summary; candidate, baseline and policy are not read.' },
    'github-token': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, default: '${{ github.token }}', description: 'Token for the PR comment and the check run (pull-requests: write, checks: write).' },
};


/***/ }),

/***/ 29299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NO_MODEL_CHANGE: () => (/* binding */ NO_MODEL_CHANGE),
  inputs: () => (/* reexport */ inputs.inputs),
  outputs: () => (/* binding */ outputs),
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ../../packages/github/src/commands.ts
var commands = __webpack_require__(85261);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 4 modules
var src = __webpack_require__(54845);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
;// CONCATENATED MODULE: ./src/main.ts





const outputs = {
    passed: '`true` when every blocking check passed, else `false`.',
    report: 'Path of the JSON report.',
    'failed-checks': 'Number of failed checks (metric and fairness).',
    summary: 'One-line verdict.',
    'html-report': 'Path of the self-contained HTML report (forest plot, curves, calibration, fairness); also uploaded as an artifact where the runner allows.',
};
async function main_run(platform) {
    await runAction('evaluate-gate', async (p) => {
        // Read before the files are required: with no-model-change the candidate, baseline and policy are not needed.
        const { candidate: _c, baseline: _b, policy: _p, 'report-path': _r, ...publishing } = inputs.inputs;
        const early = (0,src/* parseInputs */.TL)(publishing, (n) => p.getInput(n));
        if (early['no-model-change'])
            return publishNoModelChange(p, early['check-name'], early.check);
        const opts = (0,src/* parseInputs */.TL)(inputs.inputs, (n) => p.getInput(n));
        const ctx = p.context();
        const title = opts['check-name'];
        // Read only regular files inside the workspace or RUNNER_TEMP; never write over a directory, an outside file or
        // one of this run's inputs (README, Security).
        const roots = { ...(0,src/* fileRootsFromEnv */.h3)(), workspace: ctx.workspace };
        const read = [
            (0,src/* resolveInputFile */.FH)(opts.candidate, { input: 'candidate', roots }),
            opts.baseline ? (0,src/* resolveInputFile */.FH)(opts.baseline, { input: 'baseline', roots }) : '',
            (0,src/* resolveInputFile */.FH)(opts.policy, { input: 'policy', roots }),
        ];
        if (opts['report-path'])
            (0,src/* resolveOutputFile */.cX)(opts['report-path'], { input: 'report-path', roots, inputs: read });
        const htmlReport = htmlReportPathFor(opts['html-report'], opts['report-path']);
        (0,src/* resolveOutputFile */.cX)(htmlReport, { input: 'html-report', roots, inputs: read });
        // Loaded after the inputs are valid: a typo in an input fails fast without loading the engine's modules.
        const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(181), __webpack_require__.e(815), __webpack_require__.e(81), __webpack_require__.e(221)]).then(__webpack_require__.bind(__webpack_require__, 49221));
        const gate = await runGate({
            candidate: opts.candidate,
            baseline: opts.baseline || undefined,
            policy: opts.policy,
            reportPath: opts['report-path'],
            htmlReportPath: htmlReport,
            title,
        });
        const { report } = gate;
        if (process.env.MLCI_GATE_TIMINGS) {
            // For scripts/bench/gate.mjs: where the time goes.
            const t = gate.timings;
            p.info(`phases: read+join ${t.read.toFixed(0)} ms, judge ${t.judge.toFixed(0)} ms on ${t.threads} thread(s), report ${t.report.toFixed(0)} ms`);
        }
        p.setOutput('passed', String(report.passed));
        p.setOutput('report', opts['report-path']);
        p.setOutput('failed-checks', String(report.counts.fail));
        p.setOutput('summary', gate.summary);
        p.setOutput('html-report', htmlReport);
        p.info(gate.summary);
        await p.appendSummary(gate.markdown);
        await uploadReportArtifact(p, reportArtifactName(title), htmlReport);
        const wantComment = opts.comment === 'true' || (opts.comment === 'auto' && ctx.pullRequest !== undefined);
        if (wantComment) {
            // One comment per check name: the marker key is a slug of it (`ML gate` → `ml-gate`).
            const key = title.toLowerCase().replace(/[^a-z0-9._/-]+/g, '-').replace(/^-+|-+$/g, '') || 'gate';
            const r = await p.upsertComment('evaluate-gate', key, gate.markdown);
            if (r.posted)
                p.info(`PR comment ${r.updated ? 'updated' : 'posted'}: ${r.url ?? r.id}`);
        }
        if (opts.check) {
            const r = await p.publishCheck({
                name: title,
                conclusion: report.passed ? 'success' : 'failure',
                title: gate.summary.slice(0, 255),
                summary: gate.markdown,
                annotations: gate.annotations.map((a) => ({ path: a.path, startLine: a.line, endLine: a.line, level: a.level, title: a.title, message: a.message })),
            });
            if (r.posted)
                p.info(`${r.kind === 'commit-status' ? 'Commit status' : 'Check run'} '${title}' published.`);
        }
        for (const a of gate.annotations) {
            p.annotate(a.level === 'failure' ? 'error' : 'warning', a.message, { file: a.path, startLine: a.line, title: a.title });
        }
        if (!report.passed && opts['fail-on-regression'])
            p.setFailed(gate.summary);
    }, platform);
}
const NO_MODEL_CHANGE = 'no model change';
/**
 * Training was skipped because nothing the model depends on changed. The check still reports, as a success: a
 * required check that never reports keeps a pull request pending forever (GitHub: "Handling skipped but required
 * checks", https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/troubleshooting-required-status-checks#handling-skipped-but-required-checks).
 * No report file and no PR comment: there is nothing to report on.
 */
async function publishNoModelChange(p, title, check) {
    const summary = `${title}: ${NO_MODEL_CHANGE} (nothing to gate)`;
    const markdown = [
        `## ✅ ${title}: ${NO_MODEL_CHANGE}`,
        '',
        'Nothing the model depends on changed, so no model was trained and there is no candidate to gate.',
        'This check reports success so that a branch protection rule requiring it does not wait for a gate that will not run.',
        '',
    ].join('\n');
    p.setOutput('passed', 'true');
    p.setOutput('report', '');
    p.setOutput('failed-checks', '0');
    p.setOutput('summary', summary);
    p.info(summary);
    await p.appendSummary(markdown);
    if (check) {
        const r = await p.publishCheck({ name: title, conclusion: 'success', title: NO_MODEL_CHANGE, summary: markdown, annotations: [] });
        if (r.posted)
            p.info(`${r.kind === 'commit-status' ? 'Commit status' : 'Check run'} '${title}' published: ${NO_MODEL_CHANGE}.`);
    }
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
