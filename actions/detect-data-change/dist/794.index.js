export const id = 794;
export const ids = [794];
export const modules = {

/***/ 83794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// UNUSED EXPORTS: inputs, outputs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(32322);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 2 modules
var src = __webpack_require__(45016);
;// CONCATENATED MODULE: ../../packages/github/src/artifacts.ts
function createArtifactStore() {
    return {
        async upload(name, files, rootDirectory, retentionDays) {
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(734), __webpack_require__.e(882)]).then(__webpack_require__.bind(__webpack_require__, 87882));
            const client = new DefaultArtifactClient();
            const res = await client.uploadArtifact(name, files, rootDirectory, retentionDays ? { retentionDays } : {});
            return { id: res.id, size: res.size };
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
        const cache = await Promise.all(/* import() */[__webpack_require__.e(734), __webpack_require__.e(824)]).then(__webpack_require__.bind(__webpack_require__, 80824));
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

// EXTERNAL MODULE: ../../node_modules/@actions/github/lib/github.js
var github = __webpack_require__(68803);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(54491);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(22812);
;// CONCATENATED MODULE: ../../packages/github/src/octokit.ts
/**
 * The Octokit every mlci action uses: @actions/github's client (REST endpoint methods + pagination) with
 * @octokit/plugin-retry (5xx and network errors, backoff) and @octokit/plugin-throttling (primary and secondary
 * rate limits, honouring `retry-after`).
 */



/** A limiter shaped like a Bottleneck.Group that never waits (plugin-throttling only calls key().schedule()). */
const immediateGroup = {
    key: () => ({
        schedule: (...args) => {
            const i = typeof args[0] === 'function' ? 0 : 1;
            return Promise.resolve(args[i](...args.slice(i + 1)));
        },
    }),
};
/**
 * Tuning from the environment, for runner-faithful tests of bundles: `MLCI_OCTOKIT_TIMING=fast` removes the
 * write spacing and shortens the 5xx backoff to 20 ms units. `retry-after` is still honoured.
 */
function tuningFromEnv(env = process.env) {
    return env.MLCI_OCTOKIT_TIMING === 'fast' ? { writeIntervalMs: 0, retryBaseMs: 20 } : {};
}
function createOctokit(token, baseUrl, log, tuning = {}) {
    const rateLimitRetries = tuning.rateLimitRetries ?? 3;
    const maxWait = tuning.maxRetryAfterSeconds ?? 120;
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const what = `${options.method} ${options.url}`;
        if (retryCount >= rateLimitRetries) {
            log.info(`GitHub ${kind} rate limit on ${what}: giving up after ${retryCount} retries`);
            return false;
        }
        if (retryAfter > maxWait) {
            log.info(`GitHub ${kind} rate limit on ${what}: retry-after ${retryAfter}s is longer than ${maxWait}s; not waiting`);
            return false;
        }
        log.info(`GitHub ${kind} rate limit on ${what}: retrying after ${retryAfter}s (retry ${retryCount + 1}/${rateLimitRetries})`);
        return true;
    };
    const throttle = {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
    };
    if (tuning.writeIntervalMs === 0) {
        throttle.write = immediateGroup;
        throttle.notifications = immediateGroup;
    }
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl,
        userAgent: 'mlci',
        log: { debug: log.debug, info: log.debug, warn: log.info, error: log.info },
        throttle,
        retry: {
            // 403 (read-only token, secondary limit) and 429 belong to the throttling plugin or are final.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
            retries: tuning.retries ?? 3,
            retryAfterBaseValue: tuning.retryBaseMs ?? 1000,
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
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
 * never below GitHub's character count, so staying under it in JS units is safe). Prefers a line boundary near the
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
    const client = deps.client();
    if (!client) {
        deps.skipped.missingToken('check run');
        return { posted: false, skippedReason: 'no github-token was given' };
    }
    try {
        return await createCheckRun(client, deps, req, sha);
    }
    catch (e) {
        if (httpStatus(e) === undefined)
            throw e;
        if (!isPermissionDenied(e)) {
            deps.warning(`could not create the check run "${req.name}": ${describeApiError(e)}`);
            return { posted: false, skippedReason: `GitHub API error: ${describeApiError(e)}` };
        }
        if (ctx.pullRequest) {
            // A PR's result goes in its comment; a status would need a write token the PR does not have either.
            deps.skipped.denied('check run', 'checks: write');
            return { posted: false, skippedReason: `the token may not create check runs (${describeApiError(e)})` };
        }
    }
    try {
        const r = await createStatus(client, deps, req, sha);
        deps.info(`check runs are not allowed for this token; posted commit status "${req.name}" instead`);
        return r;
    }
    catch (e) {
        if (httpStatus(e) === undefined)
            throw e;
        if (isPermissionDenied(e)) {
            deps.skipped.denied('check run', 'checks: write');
            return { posted: false, skippedReason: `the token may create neither check runs nor commit statuses (${describeApiError(e)})` };
        }
        deps.warning(`could not create the commit status "${req.name}": ${describeApiError(e)}`);
        return { posted: false, skippedReason: `GitHub API error: ${describeApiError(e)}` };
    }
}

;// CONCATENATED MODULE: ../../packages/github/src/comments.ts
/**
 * One comment per (action, key) on a pull request or issue, found by a hidden marker and updated in place.
 * Pattern from changesets/action `src/pr-comment` — minus its flaw: it reads only the first page of comments, so a
 * PR with more than 30 comments gets a second report. We read every page.
 */




const NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** The hidden marker that identifies the comment of one action and key. */
function commentMarker(action, key) {
    for (const [what, v] of [['action', action], ['key', key]]) {
        if (!NAME.test(v)) {
            throw new src/* UserError */.yo(`comment ${what} "${v}" may only contain letters, digits, '.', '_', '/' and '-' (it goes into an HTML comment marker)`);
        }
    }
    return `<!-- mlci:${action}:${key} -->`;
}
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
    const client = deps.client();
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
        if (httpStatus(e) === undefined)
            throw e;
        if (isPermissionDenied(e)) {
            deps.skipped.denied(what, isPull ? 'pull-requests: write' : 'issues: write');
            return { posted: false, skippedReason: `the token may not write comments (${describeApiError(e)})` };
        }
        deps.warning(`could not post the ${what} on #${number}: ${describeApiError(e)}`);
        return { posted: false, skippedReason: `GitHub API error: ${describeApiError(e)}` };
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
        pullRequest: pr
            ? {
                number: pr.number, headSha: pr.head?.sha, baseSha: pr.base?.sha, baseRef: pr.base?.ref, headRef: pr.head?.ref,
                fork: Boolean(pr.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
            }
            : undefined,
        payload,
    };
}
function isGitHubPlatform(p) {
    return p.name === 'github' && typeof p.octokit === 'function';
}
/**
 * Octokit for an action that needs more of the REST API than the Platform offers (approval issues, dispatches,
 * changed files). Throws a UserError naming the fix when there is no token.
 */
function getOctokit(platform) {
    if (!isGitHubPlatform(platform))
        throw new Error(`getOctokit needs the GitHub platform, got "${platform.name}"`);
    const client = platform.octokit();
    if (!client) {
        throw new src/* UserError */.yo('no GitHub token: set the `github-token` input (its default is `${{ github.token }}`) or the GITHUB_TOKEN variable');
    }
    return client;
}
/** Platform on GitHub Actions. */
function createGitHubPlatform(options = {}) {
    let ctx;
    let client;
    let clientMade = false;
    const summary = new StepSummary();
    const skipped = new SkippedPosts();
    const context = () => (ctx ??= githubContext());
    const octokit = () => {
        if (!clientMade) {
            clientMade = true;
            const token = options.token ?? (core/* getInput */.V4('github-token') || process.env.GITHUB_TOKEN || '');
            if (token) {
                core/* setSecret */.Pq(token);
                client = createOctokit(token, context().apiUrl, { debug: (m) => core/* debug */.Yz(m), info: (m) => core/* info */.pq(m) }, options.octokit ?? tuningFromEnv());
            }
        }
        return client;
    };
    const deps = {
        context,
        client: octokit,
        info: (m) => core/* info */.pq(m),
        debug: (m) => core/* debug */.Yz(m),
        warning: (m) => core/* warning */.$e(m),
        skipped,
    };
    return {
        name: 'github',
        context,
        octokit,
        getInput: (name) => core/* getInput */.V4(name),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        appendSummary: async (md) => {
            if (!summary.append(md) && summary.truncated)
                core/* info */.pq('job summary: cut at GitHub\'s 1 MiB per-step limit');
        },
        annotate: (level, message, props) => {
            const p = props ? { title: props.title, file: props.file, startLine: props.startLine, endLine: props.endLine } : undefined;
            if (level === 'error')
                core/* error */.z3(message, p);
            else if (level === 'warning')
                core/* warning */.$e(message, p);
            else
                core/* notice */.lm(message, p);
        },
        info: (m) => core/* info */.pq(m),
        debug: (m) => core/* debug */.Yz(m),
        startGroup: (n) => core/* startGroup */.Oh(n),
        endGroup: () => core/* endGroup */.N4(),
        setFailed: (m) => core/* setFailed */.C1(m),
        saveState: (n, v) => core/* saveState */.LZ(n, v),
        getState: (n) => core/* getState */.Gu(n),
        exportVariable: (n, v) => core/* exportVariable */.dN(n, v),
        upsertComment: (action, key, body, target) => upsertComment(deps, action, key, body, target),
        publishCheck: (req) => publishCheck(deps, req),
        cache: createCacheStore(),
        artifacts: createArtifactStore(),
        finish: (action) => {
            const m = skipped.take(action, context().pullRequest?.fork ?? false);
            if (m)
                core/* notice */.lm(m, { title: `${action}: nothing posted to the pull request` });
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
            if (e.file)
                p.annotate('error', e.message, { file: e.file, startLine: e.line, title: `${action}: ${e.name === 'UserError' ? 'invalid input' : e.name}` });
            p.setFailed(`${action} failed: ${e.message}`);
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

;// CONCATENATED MODULE: ../../packages/github/src/index.ts







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

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
    const threads = Math.max(0, Math.min(opts.threads ?? (0,external_node_os_.availableParallelism)(), order.length));
    if (threads <= 1 || (total > 0 && total < MAIN_THREAD_BYTES)) {
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
                if (failed || online >= threads || next >= order.length)
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

// EXTERNAL MODULE: ../../node_modules/picomatch/index.js
var picomatch = __webpack_require__(71026);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
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
            return [];
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
    return picomatch_default()(pattern, { dot: true });
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
/** Absolute path of a workspace-relative POSIX path. */
function absPath(workspace, rel) {
    return (0,external_node_path_.join)(workspace, rel);
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
    if (todo.length > 0) {
        let results;
        try {
            results = await hashFiles(todo.map((i) => ({ path: absPath(workspace, paths[i]), algorithms: (opts.md5?.has(paths[i]) ? ['sha256', 'md5'] : ['sha256']) })), { sizes: todo.map((i) => files[i].size), threads: opts.threads });
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

;// CONCATENATED MODULE: ../../packages/core/src/detect/params.ts


/**
 * Flatten nested mappings to dotted keys (`train.optimizer.lr`). Lists are leaves compared whole: a list of layer
 * sizes is one hyperparameter. Keys holding dots are bracket-quoted (`a["b.c"]`) so flattening stays reversible.
 */
function flattenParams(value, prefix = '', out = {}) {
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
    return flattenParams(doc.toJS() ?? {});
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

;// CONCATENATED MODULE: ../../packages/core/src/io/dictionary.ts
/**
 * Dictionary encoders for text columns. ByteDictionary maps raw UTF-8 bytes to codes without decoding them: a
 * slice column of a million rows with four distinct values creates four strings, not a million.
 */
const EMPTY_SLOT = 0;
/** FNV-1a (32-bit) constants: the CSV parser hashes cells while it scans them, then calls codeHashed. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Open-addressing hash table from byte strings to dense codes 0, 1, 2, ... (FNV-1a hash, linear probing). */
class ByteDictionary {
    strings = [];
    slots = new Int32Array(64); // code + 1, 0 = empty
    mask = 63;
    hashes = new Int32Array(16);
    starts = new Int32Array(16);
    ends = new Int32Array(16);
    arena = new Uint8Array(1024);
    arenaLen = 0;
    /** Code of the text in b[s, e), adding it when new. */
    code(b, s, e) {
        let h = FNV_OFFSET;
        for (let i = s; i < e; i++)
            h = Math.imul(h ^ b[i], FNV_PRIME);
        return this.codeHashed(b, s, e, h);
    }
    /** Whether code c stands for the bytes b[s, e) (a cheap check of a guessed code). */
    matches(c, b, s, e) {
        const start = this.starts[c];
        const len = e - s;
        if (this.ends[c] - start !== len)
            return false;
        const a = this.arena;
        for (let k = 0; k < len; k++)
            if (a[start + k] !== b[s + k])
                return false;
        return true;
    }
    /** Code of b[s, e) whose FNV-1a hash is h. */
    codeHashed(b, s, e, h) {
        const slots = this.slots;
        const mask = this.mask;
        const len = e - s;
        let slot = h & mask;
        for (;;) {
            const c1 = slots[slot];
            if (c1 === EMPTY_SLOT)
                break;
            const c = c1 - 1;
            if (this.hashes[c] === h) {
                const start = this.starts[c];
                if (this.ends[c] - start === len) {
                    const a = this.arena;
                    let k = 0;
                    while (k < len && a[start + k] === b[s + k])
                        k++;
                    if (k === len)
                        return c;
                }
            }
            slot = (slot + 1) & mask;
        }
        return this.insert(slot, h, b, s, e);
    }
    insert(slot, h, b, s, e) {
        const c = this.strings.length;
        const len = e - s;
        if (this.arenaLen + len > this.arena.length) {
            const grown = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLen + len));
            grown.set(this.arena.subarray(0, this.arenaLen));
            this.arena = grown;
        }
        this.arena.set(b.subarray(s, e), this.arenaLen);
        if (c === this.hashes.length) {
            this.hashes = grow32(this.hashes);
            this.starts = grow32(this.starts);
            this.ends = grow32(this.ends);
        }
        this.hashes[c] = h;
        this.starts[c] = this.arenaLen;
        this.ends[c] = this.arenaLen + len;
        this.arenaLen += len;
        this.strings.push(Buffer.from(b.buffer, b.byteOffset + s, len).toString('utf8'));
        this.slots[slot] = c + 1;
        if ((c + 1) * 2 > this.slots.length)
            this.rehash();
        return c;
    }
    rehash() {
        const size = this.slots.length * 2;
        const slots = new Int32Array(size);
        const mask = size - 1;
        for (let c = 0; c < this.strings.length; c++) {
            let slot = this.hashes[c] & mask;
            while (slots[slot] !== EMPTY_SLOT)
                slot = (slot + 1) & mask;
            slots[slot] = c + 1;
        }
        this.slots = slots;
        this.mask = mask;
    }
}
/** The same for values that already are JavaScript strings (JSONL, Parquet). */
class TextDictionary {
    strings = [];
    index = new Map();
    code(text) {
        let c = this.index.get(text);
        if (c === undefined) {
            c = this.strings.length;
            this.strings.push(text);
            this.index.set(text, c);
        }
        return c;
    }
}
function grow32(a) {
    const g = new Int32Array(Math.max(16, a.length * 2));
    g.set(a);
    return g;
}

;// CONCATENATED MODULE: ../../packages/core/src/io/number.ts
/**
 * Number parsing straight from bytes, without building a string per field.
 *
 * Fast path (Clinger 1990, "How to read floating point numbers accurately", the exact case): when the digits form
 * an integer mantissa m < 2^53 (held exactly in a double) and the decimal exponent k has |k| <= 22 (10^k is exact
 * too), m * 10^k or m / 10^-k is one correctly rounded IEEE operation: the same double Number(text) returns.
 * Everything else (17-digit repr output, big exponents, "NaN", "inf", padded text) goes through Number() of a slice.
 */
const POW10 = new Float64Array(23);
for (let k = 0, p = 1; k <= 22; k++, p *= 10)
    POW10[k] = p;
const MAX_EXACT = 9007199254740992; // 2^53
/**
 * The value of a plain decimal (`-12`, `0.25`, `1e-3`, `.5`) in b[s, e), or NaN when the text is not in that fast
 * form (then call parseNumberText on the slice; it decides whether it is a number at all).
 */
function parseDecimalBytes(b, s, e) {
    let i = s;
    let neg = false;
    let c = b[i];
    if (c === 45 /* - */ || c === 43 /* + */) {
        neg = c === 45;
        i++;
    }
    // Digits accumulate into m exactly while m < 2^53 (leading zeros add nothing); from 2^53 on (where rounding
    // could make 2^53 + 1 look like 2^53) the slow path decides.
    let m = 0;
    const start = i;
    while (i < e && (c = b[i] - 48) >>> 0 <= 9) {
        m = m * 10 + c;
        i++;
    }
    let digits = i - start;
    let exp = 0;
    if (i < e && b[i] === 46 /* . */) {
        const f = ++i;
        while (i < e && (c = b[i] - 48) >>> 0 <= 9) {
            m = m * 10 + c;
            i++;
        }
        exp = f - i;
        digits += i - f;
    }
    if (digits === 0 || m >= MAX_EXACT)
        return NaN;
    if (i < e) {
        c = b[i];
        if (c !== 101 /* e */ && c !== 69 /* E */)
            return NaN;
        i++;
        let eneg = false;
        if (i < e && (b[i] === 45 || b[i] === 43)) {
            eneg = b[i] === 45;
            i++;
        }
        if (i === e || e - i > 4)
            return NaN;
        let x = 0;
        for (; i < e; i++) {
            c = b[i] - 48;
            if (c >>> 0 > 9)
                return NaN;
            x = x * 10 + c;
        }
        exp += eneg ? -x : x;
    }
    let v;
    if (m === 0 || exp === 0)
        v = m;
    else if (exp > 0 && exp <= 22)
        v = m * POW10[exp];
    else if (exp < 0 && exp >= -22)
        v = m / POW10[-exp];
    else
        return NaN;
    return neg ? -v : v;
}
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^([+-]?)(?:(nan)|inf|infinity)$/i;
const INTEGER = /^[+-]?\d+$/;
/**
 * Number value of a text cell, or undefined when it is not a number. Accepts decimals with optional exponent,
 * surrounding spaces, and NaN/Inf/Infinity in any case (Python and JavaScript spellings). Hex, `1_000`, `1,5` are
 * not numbers. With `exactIntegers`, an integer beyond 2^53 is not a number either: a double cannot hold it, and
 * two distinct ids (`9007199254740993`, `9007199254740992`) must not collapse into one, so such a column stays text.
 */
function parseNumberText(text, exactIntegers) {
    const t = text.trim();
    if (DECIMAL.test(t)) {
        const v = Number(t);
        if (exactIntegers && Math.abs(v) >= 2 ** 53 && INTEGER.test(t))
            return undefined;
        return v;
    }
    const sp = SPECIAL.exec(t);
    if (sp === null)
        return undefined;
    if (sp[2] !== undefined)
        return NaN;
    return sp[1] === '-' ? -Infinity : Infinity;
}

;// CONCATENATED MODULE: ../../packages/core/src/io/builder.ts
/**
 * Column builders: append one cell at a time into growable typed arrays, deciding number vs text on the fly.
 * BytesColumnBuilder takes raw UTF-8 slices (CSV/TSV); ValueColumnBuilder takes JavaScript values (JSONL, Parquet).
 */


/** Builder modes; the CSV hot loop reads BytesColumnBuilder.mode to parse or hash a cell while scanning it. */
const NUM = 0;
const STR = 1;
/** An 'auto' column met text after numbers and the reader will re-read it as text in a second pass. */
const DEFERRED = 2;
const NO_VALUES = new Float64Array(0);
const NO_CODES = new Int32Array(0);
function growF64(a) {
    const g = new Float64Array(Math.max(1024, a.length * 2));
    g.set(a);
    return g;
}
/** The first n entries: a view when the slack is small (no copy), else a compact copy (frees the slack). */
function fit(a, n) {
    return (a.length - n <= n >> 4 ? a.subarray(0, n) : a.slice(0, n));
}
class BytesColumnBuilder {
    name;
    field;
    type;
    capacity;
    ctx;
    mode;
    /** Cells in the current batch. */
    n = 0;
    nulls = 0;
    numbers = 0;
    values;
    codes;
    dict;
    constructor(name, 
    /** Field position in the file. */
    field, type, capacity, ctx) {
        this.name = name;
        this.field = field;
        this.type = type;
        this.capacity = capacity;
        this.ctx = ctx;
        this.mode = type === 'string' ? STR : NUM;
        this.values = this.mode === NUM ? new Float64Array(capacity) : NO_VALUES;
        this.codes = this.mode === STR ? new Int32Array(capacity) : NO_CODES;
        this.dict = new ByteDictionary();
    }
    get deferred() {
        return this.mode === DEFERRED;
    }
    /** Append the cell b[s, e) (already unquoted). An empty cell is null. Kept small so that it inlines. */
    add(b, s, e) {
        const n = this.n;
        if (this.mode === NUM) {
            if (s !== e && n < this.values.length) {
                const v = parseDecimalBytes(b, s, e);
                if (v === v) {
                    this.values[n] = v;
                    this.numbers++;
                    this.n = n + 1;
                    return;
                }
            }
        }
        else if (this.mode === STR) {
            if (s !== e && n < this.codes.length) {
                this.codes[n] = this.dict.code(b, s, e);
                this.n = n + 1;
                return;
            }
        }
        else {
            return; // DEFERRED
        }
        this.addSlow(b, s, e);
    }
    /** A number the scanner already parsed (mode NUM). */
    addNumber(v) {
        const n = this.n;
        if (n === this.values.length)
            this.values = growF64(this.values);
        this.values[n] = v;
        this.numbers++;
        this.n = n + 1;
    }
    /** A text cell whose FNV-1a hash the scanner computed (mode STR). */
    addHashed(b, s, e, h) {
        const n = this.n;
        if (s !== e && n < this.codes.length) {
            this.codes[n] = this.dict.codeHashed(b, s, e, h);
            this.n = n + 1;
            return;
        }
        this.addSlow(b, s, e);
    }
    /** Growth, empty cells, numbers off the fast path, and the switch to text. */
    addSlow(b, s, e) {
        const n = this.n;
        if (this.mode === NUM) {
            if (n === this.values.length)
                this.values = growF64(this.values);
            if (s === e) {
                this.values[n] = NaN;
                this.nulls++;
                this.n = n + 1;
                return;
            }
            let v = parseDecimalBytes(b, s, e);
            if (v !== v) {
                const text = Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8');
                const slow = parseNumberText(text, this.type !== 'number');
                if (slow === undefined) {
                    if (this.type === 'number')
                        this.ctx.notNumber(this.name, text);
                    this.toText(b, s, e);
                    return;
                }
                v = slow;
            }
            this.values[n] = v;
            this.numbers++;
            this.n = n + 1;
        }
        else {
            if (n === this.codes.length)
                this.codes = grow32(this.codes);
            if (s === e) {
                this.codes[n] = -1;
                this.nulls++;
            }
            else {
                this.codes[n] = this.dict.code(b, s, e);
            }
            this.n = n + 1;
        }
    }
    toText(b, s, e) {
        if (this.numbers === 0) {
            // Only empty cells so far: nothing to re-read.
            this.codes = new Int32Array(Math.max(this.capacity, this.n + 1)).fill(-1, 0, this.n);
            this.dict = new ByteDictionary();
        }
        else {
            const redone = this.ctx.retype(this);
            if (redone === null) {
                this.mode = DEFERRED;
                this.values = NO_VALUES;
                return;
            }
            this.codes = redone.codes;
            this.dict = redone.dict;
            this.nulls = redone.nulls;
        }
        this.mode = STR;
        this.values = NO_VALUES;
        this.numbers = 0;
        this.add(b, s, e);
    }
    /** The batch's column (null when deferred); resets for the next batch, keeping the kind (text stays text). */
    finish() {
        const n = this.n;
        let col = null;
        if (this.mode === NUM) {
            col = { kind: 'number', name: this.name, values: fit(this.values, n), nullCount: this.nulls };
            this.values = new Float64Array(this.capacity);
        }
        else if (this.mode === STR) {
            col = { kind: 'string', name: this.name, codes: fit(this.codes, n), dictionary: this.dict.strings, nullCount: this.nulls };
            this.codes = new Int32Array(this.capacity);
            this.dict = new ByteDictionary();
        }
        this.n = 0;
        this.nulls = 0;
        this.numbers = 0;
        return col;
    }
    /** Make room for n cells in this batch (readTable sizes columns from the file size after the first chunk). */
    reserve(n) {
        if (this.mode === NUM && this.values.length < n) {
            const g = new Float64Array(n);
            g.set(this.values.subarray(0, this.n));
            this.values = g;
        }
        else if (this.mode === STR && this.codes.length < n) {
            const g = new Int32Array(n);
            g.set(this.codes.subarray(0, this.n));
            this.codes = g;
        }
    }
    /** State handed over by a re-read (see ColumnContext.retype). */
    textState() {
        return { codes: this.codes, dict: this.dict, nulls: this.nulls };
    }
}
/**
 * Builder for already-decoded values. When an 'auto' column turns out to hold text, the numbers before it become
 * their shortest round-trip text (String(v)): JSON and Parquet do not keep the original spelling of a number.
 * With `bytes`, text is dictionary-encoded from UTF-8 bytes (JSONL's fast path hands over raw slices).
 */
class ValueColumnBuilder {
    name;
    type;
    capacity;
    ctx;
    useBytes;
    mode;
    n = 0;
    nulls = 0;
    values;
    codes;
    text = new TextDictionary();
    bytes = new ByteDictionary();
    /** Last row that set this column (JSONL: rows without the key get a null). */
    lastRow = -1;
    constructor(name, type, capacity, ctx, useBytes = false) {
        this.name = name;
        this.type = type;
        this.capacity = capacity;
        this.ctx = ctx;
        this.useBytes = useBytes;
        this.mode = type === 'string' ? STR : NUM;
        this.values = this.mode === NUM ? new Float64Array(capacity) : NO_VALUES;
        this.codes = this.mode === STR ? new Int32Array(capacity) : NO_CODES;
    }
    codeOf(t) {
        if (!this.useBytes)
            return this.text.code(t);
        const b = Buffer.from(t, 'utf8');
        return this.bytes.code(b, 0, b.length);
    }
    /** A JSON string given as its raw UTF-8 bytes b[s, e) (no escapes in it). Requires `bytes`. */
    addTextBytes(b, s, e) {
        if (s === e) {
            this.addNull();
            return;
        }
        if (this.mode === NUM) {
            this.addText(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8'));
            return;
        }
        this.pushCode(this.bytes.code(b, s, e));
    }
    addNull() {
        const n = this.n;
        if (this.mode === NUM) {
            if (n === this.values.length)
                this.values = growF64(this.values);
            this.values[n] = NaN;
        }
        else {
            if (n === this.codes.length)
                this.codes = grow32(this.codes);
            this.codes[n] = -1;
        }
        this.nulls++;
        this.n = n + 1;
    }
    addNumber(v) {
        if (this.mode === NUM) {
            const n = this.n;
            if (n === this.values.length)
                this.values = growF64(this.values);
            this.values[n] = v;
            this.n = n + 1;
        }
        else {
            this.pushCode(this.codeOf(String(v)));
        }
    }
    addText(t) {
        if (t === '') {
            this.addNull();
            return;
        }
        if (this.mode === NUM) {
            if (this.type === 'number') {
                const v = parseNumberText(t, false);
                if (v === undefined)
                    this.ctx.notNumber(this.name, t);
                this.addNumber(v);
                return;
            }
            this.toText();
        }
        this.pushCode(this.codeOf(t));
    }
    addBigInt(v) {
        const x = Number(v);
        if (this.mode === NUM && this.type !== 'number' && !Number.isSafeInteger(x))
            this.toText();
        if (this.mode === NUM)
            this.addNumber(x);
        else
            this.pushCode(this.codeOf(v.toString()));
    }
    /** JSON/Parquet value: null/undefined → null; booleans → "true"/"false"; dates → ISO text; objects → JSON text. */
    addValue(v) {
        switch (typeof v) {
            case 'number':
                this.addNumber(v);
                return;
            case 'string':
                this.addText(v);
                return;
            case 'bigint':
                this.addBigInt(v);
                return;
            case 'boolean':
                this.addText(v ? 'true' : 'false');
                return;
            case 'undefined':
                this.addNull();
                return;
            default:
                if (v === null)
                    this.addNull();
                else
                    this.addText(otherToText(v));
        }
    }
    pushCode(c) {
        const n = this.n;
        if (n === this.codes.length)
            this.codes = grow32(this.codes);
        this.codes[n] = c;
        if (c < 0)
            this.nulls++;
        this.n = n + 1;
    }
    toText() {
        const n = this.n;
        const codes = new Int32Array(Math.max(this.capacity, n + 1));
        for (let i = 0; i < n; i++) {
            const v = this.values[i];
            codes[i] = v !== v ? -1 : this.codeOf(String(v));
        }
        this.codes = codes;
        this.values = NO_VALUES;
        this.mode = STR;
    }
    finish() {
        const n = this.n;
        let col;
        if (this.mode === NUM) {
            col = { kind: 'number', name: this.name, values: fit(this.values, n), nullCount: this.nulls };
            this.values = new Float64Array(this.capacity);
        }
        else {
            const dictionary = this.useBytes ? this.bytes.strings : this.text.strings;
            col = { kind: 'string', name: this.name, codes: fit(this.codes, n), dictionary, nullCount: this.nulls };
            this.codes = new Int32Array(this.capacity);
            this.text = new TextDictionary();
            this.bytes = new ByteDictionary();
        }
        this.n = 0;
        this.nulls = 0;
        return col;
    }
}
function otherToText(v) {
    if (v instanceof Date)
        return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
    if (v instanceof Uint8Array)
        return Buffer.from(v).toString('hex');
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
}

;// CONCATENATED MODULE: ../../packages/core/src/io/format.ts

const SUPPORTED = '.csv, .tsv, .jsonl, .ndjson (each optionally .gz) and .parquet';
/** Format from the file name: `.csv`, `.tsv`, `.jsonl`/`.ndjson`, each optionally `.gz`, and `.parquet`. */
function format_detectFormat(path) {
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
                throw new errors/* UserError */.y(`${path}: a gzip-compressed Parquet file is not supported; Parquet compresses its pages itself, so ` +
                    `decompress it (gunzip) and pass the .parquet file`, { file: path });
            }
            return { format: 'parquet', gzip: false };
        default:
            throw new errors/* UserError */.y(`${path}: cannot tell the file format from the extension ${ext ? `".${ext}"` : '(none)'}; ` +
                `supported: ${SUPPORTED}${ext === 'json' ? '. For one JSON object per line, name the file .jsonl' : ''}`, { file: path });
    }
}
/** "candidate file preds.csv" or "file preds.csv": how messages name a file. */
function format_describeFile(path, label) {
    return label ? `${label} file ${path}` : `file ${path}`;
}

;// CONCATENATED MODULE: ../../packages/core/src/io/delimited.ts
/**
 * CSV/TSV parser over raw Buffers, written by hand because this is the hot path: generic CSV libraries build an
 * array or object per row and a string per cell; here each cell goes straight from the bytes into its column's
 * typed array (numbers parsed from bytes, text dictionary-encoded from bytes), so a million rows allocate almost
 * nothing but the columns themselves.
 *
 * Dialect: RFC 4180 — fields may be quoted ("a,b"), a quote inside a quoted field is doubled (""), quoted fields may
 * hold line breaks; lines end in LF, CRLF or a lone CR; the last line may lack a newline. Blank lines are skipped
 * (as pandas does). An empty cell, quoted or not, is null. A quote inside an unquoted cell is kept literally
 * (5'11" stays as is); text after a closing quote is an error. TSV uses the same rules with a tab delimiter (that is
 * what pandas and Python's csv module write).
 *
 * The parser is incremental: push() takes chunks of any size and a cell split across chunks is joined in a scratch
 * buffer, so memory does not depend on the file size.
 */





const QUOTE = 34;
const LF = 10;
const CR = 13;
const S_START = 0; // at the start of a cell
const S_UNQUOTED = 1; // inside an unquoted cell continued from the previous chunk (bytes in scratch)
const S_QUOTED = 2; // inside a quoted cell
const S_QUOTE_SEEN = 3; // a chunk ended on a quote inside a quoted cell: escape ("") or closing quote
const S_CLOSED = 4; // right after a closing quote: a delimiter or line end must follow
const S_AFTER_CR = 5; // a chunk ended on CR: skip a following LF
class delimited_DelimitedParser {
    /** Finished batches, in order; the caller takes them after each push(). */
    ready = [];
    header = [];
    columnNames = [];
    builders = [];
    /** Data rows seen. */
    rows = 0;
    done = false;
    lines = null;
    opts;
    d;
    where;
    collecting;
    width = 0;
    sinks = [];
    state = S_START;
    fieldIndex = 0;
    /** Physical line at the parse position, and the line the current record started on (1-based). */
    line = 1;
    rowLine = 1;
    quoteLine = 0;
    scratch = Buffer.allocUnsafe(1024);
    scratchLen = 0;
    /** Inside a quoted cell: where its not-yet-copied bytes start in the current chunk. */
    segStart = 0;
    quotedInScratch = false;
    batchN = 0;
    rowLimit;
    retained = [];
    batchStart = 0;
    cur = Buffer.alloc(0);
    sawContent = false;
    bytesSeen = 0;
    sized = false;
    constructor(opts) {
        this.opts = opts;
        this.d = opts.delimiter;
        this.where = format_describeFile(opts.path, opts.label);
        this.rowLimit = opts.rowLimit ?? Infinity;
        if (opts.trackLines)
            this.lines = new Uint32Array(1024);
        if (opts.header) {
            this.collecting = null;
            this.setup(opts.header);
        }
        else {
            this.collecting = [];
        }
    }
    push(buf) {
        if (this.done || buf.length === 0)
            return;
        if (this.opts.retain)
            this.retained.push(buf);
        this.cur = buf;
        this.sawContent = true;
        const n = buf.length;
        const d = this.d;
        let i = 0;
        if (this.state === S_QUOTED) {
            // A quoted cell continues from the previous chunk: its bytes so far are in scratch (none if the opening quote
            // was that chunk's last byte).
            if (!this.quotedInScratch) {
                this.quotedInScratch = true;
                this.scratchLen = 0;
            }
            this.segStart = 0;
        }
        while (i < n && !this.done) {
            if (this.state === S_START && this.collecting === null) {
                i = this.unquotedRun(buf, i);
                if (i >= n || this.done)
                    break;
            }
            switch (this.state) {
                case S_START: {
                    const c = buf[i];
                    if (c === QUOTE) {
                        this.state = S_QUOTED;
                        this.quoteLine = this.line;
                        this.segStart = i + 1;
                        this.quotedInScratch = false;
                        i++;
                    }
                    else if (c === d) {
                        this.field(buf, i, i);
                        i++;
                    }
                    else if (c === LF || c === CR) {
                        if (this.fieldIndex === 0) {
                            // Blank line.
                            this.line++;
                            this.rowLine = this.line;
                            i = this.afterNewline(buf, i);
                        }
                        else {
                            this.field(buf, i, i);
                            i = this.terminate(buf, i);
                        }
                    }
                    else {
                        let j = i + 1;
                        while (j < n) {
                            const b = buf[j];
                            if (b === d || b === LF || b === CR)
                                break;
                            j++;
                        }
                        if (j === n) {
                            this.scratchLen = 0;
                            this.append(buf, i, n);
                            this.state = S_UNQUOTED;
                            i = n;
                        }
                        else {
                            this.field(buf, i, j);
                            i = this.terminate(buf, j);
                        }
                    }
                    break;
                }
                case S_UNQUOTED: {
                    let j = i;
                    while (j < n) {
                        const b = buf[j];
                        if (b === d || b === LF || b === CR)
                            break;
                        j++;
                    }
                    this.append(buf, i, j);
                    if (j === n) {
                        i = n;
                    }
                    else {
                        this.state = S_START;
                        this.field(this.scratch, 0, this.scratchLen);
                        i = this.terminate(buf, j);
                    }
                    break;
                }
                case S_QUOTED: {
                    const q = buf.indexOf(QUOTE, i);
                    const end = q < 0 ? n : q;
                    for (let k = i; k < end; k++)
                        if (buf[k] === LF)
                            this.line++;
                    if (q < 0) {
                        this.toScratch(buf, n);
                        i = n;
                    }
                    else if (q + 1 === n) {
                        this.toScratch(buf, q);
                        this.state = S_QUOTE_SEEN;
                        i = n;
                    }
                    else if (buf[q + 1] === QUOTE) {
                        // Doubled quote: keep one.
                        this.toScratch(buf, q + 1);
                        i = q + 2;
                        this.segStart = i;
                    }
                    else {
                        this.state = S_CLOSED;
                        if (this.quotedInScratch) {
                            this.append(buf, this.segStart, q);
                            this.field(this.scratch, 0, this.scratchLen);
                        }
                        else {
                            this.field(buf, this.segStart, q);
                        }
                        i = q + 1;
                    }
                    break;
                }
                case S_QUOTE_SEEN: {
                    if (buf[i] === QUOTE) {
                        this.append(buf, i, i + 1);
                        i++;
                        this.segStart = i;
                        this.state = S_QUOTED;
                    }
                    else {
                        this.state = S_CLOSED;
                        this.field(this.scratch, 0, this.scratchLen);
                    }
                    break;
                }
                case S_CLOSED: {
                    const c = buf[i];
                    if (c !== d && c !== LF && c !== CR)
                        this.afterQuoteError(c);
                    this.state = S_START;
                    i = this.terminate(buf, i);
                    break;
                }
                default: {
                    // S_AFTER_CR
                    this.state = S_START;
                    if (buf[i] === LF)
                        i++;
                }
            }
        }
        this.bytesSeen += n;
        if (!this.sized && this.rows >= 256 && this.opts.sizeHint !== undefined && !Number.isFinite(this.opts.batchRows)) {
            // Rows per byte so far times the file size, plus a margin: one allocation per column instead of ~10 doublings.
            this.sized = true;
            const estimate = Math.ceil((this.rows / this.bytesSeen) * this.opts.sizeHint * 1.03) + 1024;
            for (const b of this.builders)
                b.reserve(estimate);
        }
    }
    /**
     * The hot loop: unquoted cells straight into their columns, delimiters and line ends inline, until a quote (left
     * to the state machine in push), the end of the chunk, or the row limit. `f` mirrors this.fieldIndex in a local.
     */
    unquotedRun(buf, i) {
        const n = buf.length;
        const d = this.d;
        const sinks = this.sinks;
        const width = this.width;
        let f = this.fieldIndex;
        while (i < n) {
            let c = buf[i];
            if (c === QUOTE)
                break;
            if (f === 0 && (c === LF || c === CR)) {
                // Blank line.
                this.line++;
                this.rowLine = this.line;
                i = this.afterNewline(buf, i);
                continue;
            }
            const sink = f < width ? sinks[f] : null;
            let j = i;
            if (sink === null) {
                while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR)
                    j++;
            }
            else if (sink.mode === NUM) {
                // Parse a plain decimal while scanning (see parseDecimalBytes for why the result is exact); anything else
                // (exponent, long mantissa, text, empty) goes to the builder's general path.
                let neg = false;
                if (c === 45 || c === 43) {
                    neg = c === 45;
                    j++;
                }
                let m = 0;
                const ds = j;
                while (j < n && (c = buf[j] - 48) >>> 0 <= 9) {
                    m = m * 10 + c;
                    j++;
                }
                let digits = j - ds;
                let exp = 0;
                if (j < n && buf[j] === 46) {
                    const fs = ++j;
                    while (j < n && (c = buf[j] - 48) >>> 0 <= 9) {
                        m = m * 10 + c;
                        j++;
                    }
                    exp = fs - j;
                    digits += j - fs;
                }
                if (j < n && digits > 0 && m < MAX_EXACT && exp >= -22 && ((c = buf[j]) === d || c === LF || c === CR)) {
                    const v = exp === 0 || m === 0 ? m : m / POW10[-exp];
                    sink.addNumber(neg ? -v : v);
                }
                else {
                    while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR)
                        j++;
                    if (j < n)
                        sink.add(buf, i, j);
                }
            }
            else if (sink.mode === STR) {
                let h = FNV_OFFSET;
                while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR) {
                    h = Math.imul(h ^ c, FNV_PRIME);
                    j++;
                }
                if (j < n)
                    sink.addHashed(buf, i, j, h);
            }
            else {
                while (j < n && (c = buf[j]) !== d && c !== LF && c !== CR)
                    j++;
                if (j < n)
                    sink.add(buf, i, j);
            }
            if (j === n) {
                // The cell continues in the next chunk.
                this.scratchLen = 0;
                this.append(buf, i, n);
                this.state = S_UNQUOTED;
                i = n;
                break;
            }
            f++;
            if (c === d) {
                i = j + 1;
                continue;
            }
            this.fieldIndex = f;
            this.endRow(j + 1);
            f = 0;
            i = this.afterNewline(buf, j);
            if (this.done)
                break;
        }
        this.fieldIndex = f;
        return i;
    }
    /** End of input: finish the last record, check quotes, emit the last batch. */
    end() {
        if (!this.done) {
            switch (this.state) {
                case S_START:
                    if (this.fieldIndex > 0) {
                        this.field(this.scratch, 0, 0);
                        this.endRow(0);
                    }
                    break;
                case S_UNQUOTED:
                case S_QUOTE_SEEN:
                    this.field(this.scratch, 0, this.scratchLen);
                    this.endRow(0);
                    break;
                case S_CLOSED:
                    this.endRow(0);
                    break;
                case S_QUOTED:
                    throw new errors/* UserError */.y(`${this.where}, line ${this.quoteLine}: a quoted field opened here is never closed (the file ends inside ` +
                        `it); add the closing quote, and double any quote that is part of the text ("")`, { file: this.opts.path, line: this.quoteLine });
            }
        }
        if (this.collecting !== null) {
            if (this.collecting.length === 0 || !this.sawContent) {
                throw new errors/* UserError */.y(`${this.where} is empty; expected a header line with the column names`, { file: this.opts.path });
            }
            this.setup(this.collecting);
            this.collecting = null;
        }
        if (this.batchN > 0 || this.ready.length === 0)
            this.flush(0);
    }
    /** Names of columns that met text after numbers and must be re-read as text (readTable's second pass). */
    deferredColumns() {
        return this.builders.filter((b) => b.deferred).map((b) => b.name);
    }
    // ColumnContext
    retype(b) {
        if (!this.opts.retain)
            return null;
        const sub = new delimited_DelimitedParser({
            path: this.opts.path,
            label: this.opts.label,
            delimiter: this.d,
            columns: [b.name],
            types: { [b.name]: 'string' },
            batchRows: Infinity,
            retain: false,
            trackLines: false,
            header: this.header,
            rowLimit: b.n,
        });
        for (let k = 0; k < this.retained.length && !sub.done; k++) {
            sub.push(k === 0 ? this.retained[0].subarray(this.batchStart) : this.retained[k]);
        }
        if (!sub.done)
            throw new Error(`internal: re-read of column ${b.name} ended after ${sub.rows} of ${b.n} rows`);
        return sub.builders[0].textState();
    }
    notNumber(column, text) {
        throw new errors/* UserError */.y(`${this.where}, line ${this.rowLine}: column "${column}" holds ${JSON.stringify(text)}, which is not a number; ` +
            `this column must be numeric (leave the cell empty for a missing value)`, { file: this.opts.path, line: this.rowLine });
    }
    // Internals
    field(b, s, e) {
        const f = this.fieldIndex++;
        if (this.collecting !== null) {
            this.collecting.push(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8'));
            return;
        }
        if (f < this.width) {
            const sink = this.sinks[f];
            if (sink !== null)
                sink.add(b, s, e);
        }
    }
    /** Handle the delimiter or line end at buf[t]; return where the next cell starts. */
    terminate(buf, t) {
        const c = buf[t];
        if (c === this.d)
            return t + 1;
        this.endRow(t + 1);
        return this.afterNewline(buf, t);
    }
    afterNewline(buf, t) {
        if (buf[t] === LF)
            return t + 1;
        if (t + 1 < buf.length)
            return buf[t + 1] === LF ? t + 2 : t + 1;
        this.state = S_AFTER_CR;
        return t + 1;
    }
    /** A record ended; `next` is where the next one starts in the current chunk. */
    endRow(next) {
        if (this.collecting !== null) {
            this.setup(this.collecting);
            this.collecting = null;
            if (this.opts.retain) {
                this.retained = [this.cur];
                this.batchStart = next;
            }
        }
        else {
            if (this.fieldIndex !== this.width)
                this.raggedError();
            if (this.lines !== null) {
                if (this.rows === this.lines.length) {
                    const g = new Uint32Array(this.lines.length * 2);
                    g.set(this.lines);
                    this.lines = g;
                }
                this.lines[this.rows] = this.rowLine;
            }
            this.rows++;
            this.batchN++;
            if (this.rows >= this.rowLimit)
                this.done = true;
            else if (this.batchN === this.opts.batchRows)
                this.flush(next);
        }
        this.fieldIndex = 0;
        this.line++;
        this.rowLine = this.line;
    }
    flush(next) {
        const columns = new Map();
        for (const b of this.builders) {
            const col = b.finish();
            if (col !== null)
                columns.set(b.name, col);
        }
        this.ready.push({ rowOffset: this.rows - this.batchN, rowCount: this.batchN, columns, columnNames: this.columnNames });
        this.batchN = 0;
        if (this.opts.retain) {
            this.retained = [this.cur];
            this.batchStart = next;
        }
    }
    setup(names) {
        const path = this.opts.path;
        const seen = new Map();
        for (let k = 0; k < names.length; k++) {
            const prev = seen.get(names[k]);
            if (prev !== undefined) {
                throw new errors/* UserError */.y(`${this.where}, line 1: column name ${JSON.stringify(names[k])} appears twice (columns ${prev + 1} and ` +
                    `${k + 1}); rename one so that every column name is unique`, { file: path, line: 1 });
            }
            seen.set(names[k], k);
        }
        const wanted = this.opts.columns ? new Set(this.opts.columns) : null;
        if (this.opts.columns) {
            for (const c of this.opts.columns) {
                if (!seen.has(c))
                    throw missingColumn(this.where, path, c, names);
            }
        }
        this.header = names;
        this.width = names.length;
        const capacity = Number.isFinite(this.opts.batchRows) ? Math.min(this.opts.batchRows, 1 << 16) : 4096;
        this.sinks = names.map((name, k) => {
            if (wanted !== null && !wanted.has(name))
                return null;
            const b = new BytesColumnBuilder(name, k, this.opts.types?.[name] ?? 'auto', capacity, this);
            this.builders.push(b);
            this.columnNames.push(name);
            return b;
        });
    }
    raggedError() {
        const name = this.d === 9 ? 'tab' : `"${String.fromCharCode(this.d)}"`;
        throw new errors/* UserError */.y(`${this.where}, line ${this.rowLine}: ${this.fieldIndex} field${this.fieldIndex === 1 ? '' : 's'} but the ` +
            `header has ${this.width}; every row needs one value per column (quote values that contain a ${name}, ` +
            `leave missing values empty)`, { file: this.opts.path, line: this.rowLine });
    }
    afterQuoteError(c) {
        throw new errors/* UserError */.y(`${this.where}, line ${this.line}: unexpected ${JSON.stringify(String.fromCharCode(c))} after the closing quote ` +
            `of field ${this.fieldIndex}; quote the whole field and double any quote inside it ("")`, { file: this.opts.path, line: this.line });
    }
    /** Copy the pending part of a quoted cell (segStart..end of this chunk) into scratch. */
    toScratch(buf, end) {
        if (!this.quotedInScratch) {
            this.scratchLen = 0;
            this.quotedInScratch = true;
        }
        this.append(buf, this.segStart, end);
        this.segStart = 0;
    }
    append(b, s, e) {
        const len = e - s;
        if (this.scratchLen + len > this.scratch.length) {
            const g = Buffer.allocUnsafe(Math.max(this.scratch.length * 2, this.scratchLen + len));
            this.scratch.copy(g, 0, 0, this.scratchLen);
            this.scratch = g;
        }
        b.copy(this.scratch, this.scratchLen, s, e);
        this.scratchLen += len;
    }
}
function missingColumn(where, path, column, existing) {
    const shown = existing.length > 30 ? [...existing.slice(0, 30), `... (${existing.length} in all)`] : existing;
    return new errors/* UserError */.y(`${where} has no column ${JSON.stringify(column)}; its columns are: ${shown.map((c) => JSON.stringify(c)).join(', ')}` +
        ` (names are case-sensitive)`, { file: path });
}

;// CONCATENATED MODULE: ../../packages/core/src/io/jsonl.ts
/**
 * JSON Lines reader: one JSON object per line; keys are columns (in order of first appearance), a missing key or
 * null is an empty cell, blank lines are skipped. Values: numbers stay numbers (integers beyond 2^53 make the column
 * text, as in CSV, so ids stay distinct), strings are text ("" is empty), booleans become the text "true"/"false"
 * (as they read from CSV), nested arrays/objects become their JSON text.
 *
 * Flat objects without escapes (the usual prediction file) take a byte-level fast path: keys and values are found in
 * the line's bytes, numbers parsed from bytes, strings dictionary-encoded from bytes; no object per line. The fast
 * path accepts only what is certainly valid JSON; any other line (escapes, nesting, repeated keys, or an error) goes
 * through JSON.parse, which also produces the error message for invalid lines.
 */






const jsonl_LF = 10;
const jsonl_CR = 13;
const jsonl_QUOTE = 34;
const BACKSLASH = 92;
const T_NUM = 0;
const T_STR = 1;
const T_TRUE = 2;
const T_FALSE = 3;
const T_NULL = 4;
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');
function isWs(c) {
    return c === 32 || c === 9 || c === jsonl_CR || c === jsonl_LF;
}
function skipWs(b, i, e) {
    while (i < e && isWs(b[i]))
        i++;
    return i;
}
/** Value of the last number numberEnd scanned when it had no exponent and an exact mantissa, else NaN. */
let scannedValue = NaN;
/**
 * End of a JSON number starting at i (RFC 8259 grammar), or -1. Parses plain decimals on the way (exactly, as in
 * parseDecimalBytes: mantissa below 2^53, at most 22 fraction digits) into scannedValue.
 */
function numberEnd(b, i, e) {
    let j = i;
    let neg = false;
    if (j < e && b[j] === 45) {
        neg = true;
        j++;
    }
    if (j >= e)
        return -1;
    let m = 0;
    let c = b[j] - 48;
    if (c === 0)
        j++;
    else if (c >>> 0 <= 9) {
        while (j < e && (c = b[j] - 48) >>> 0 <= 9) {
            m = m * 10 + c;
            j++;
        }
    }
    else
        return -1;
    let exp = 0;
    if (j < e && b[j] === 46) {
        const f = ++j;
        while (j < e && (c = b[j] - 48) >>> 0 <= 9) {
            m = m * 10 + c;
            j++;
        }
        if (j === f)
            return -1;
        exp = f - j;
    }
    scannedValue = m < MAX_EXACT && exp >= -22 ? (neg ? -(m / POW10[-exp]) : m / POW10[-exp]) : NaN;
    if (j < e && (b[j] === 101 || b[j] === 69)) {
        scannedValue = NaN;
        j++;
        if (j < e && (b[j] === 43 || b[j] === 45))
            j++;
        const f = j;
        while (j < e && b[j] >= 48 && b[j] <= 57)
            j++;
        if (j === f)
            return -1;
    }
    return j;
}
/** End of a JSON string's content starting at i (after the opening quote), or -1 when it has escapes/controls. */
function stringEnd(b, i, e) {
    while (i < e) {
        const c = b[i];
        if (c === jsonl_QUOTE)
            return i;
        if (c === BACKSLASH || c < 32)
            return -1;
        i++;
    }
    return -1;
}
function literal(b, i, e, word) {
    if (e - i < word.length)
        return false;
    for (let k = 0; k < word.length; k++)
        if (b[i + k] !== word[k])
            return false;
    return true;
}
class jsonl_JsonlParser {
    ready = [];
    rows = 0;
    lines = null;
    opts;
    where;
    /** Key bytes → key code (in order of first appearance); keyCols[code] is its builder, null when not loaded. */
    keyDict = new ByteDictionary();
    keyCols = [];
    keySeen = new Int32Array(16);
    stamp = 0;
    requested = new Map();
    builders = [];
    order = [];
    pending = [];
    line = 0;
    batchN = 0;
    capacity;
    // One line's tokens (fast path): key code, value type, value bytes.
    tKey = new Int32Array(16);
    tType = new Uint8Array(16);
    tStart = new Int32Array(16);
    tEnd = new Int32Array(16);
    tNum = new Float64Array(16);
    /** Key code last seen at each position in a line: most files repeat the same keys in the same order. */
    posKey = new Int32Array(16).fill(-1);
    constructor(opts) {
        this.opts = opts;
        this.where = format_describeFile(opts.path, opts.label);
        this.capacity = Number.isFinite(opts.batchRows) ? Math.min(opts.batchRows, 1 << 16) : 4096;
        if (opts.trackLines)
            this.lines = new Uint32Array(1024);
        for (const name of opts.columns ?? []) {
            if (this.requested.has(name))
                continue;
            const b = new ValueColumnBuilder(name, opts.types?.[name] ?? 'auto', this.capacity, this, true);
            this.requested.set(name, b);
            this.builders.push(b);
        }
    }
    /** Every key seen, in order of first appearance. */
    get allColumnNames() {
        return this.keyDict.strings.slice(0, this.keyCols.length);
    }
    push(buf) {
        let s = 0;
        for (;;) {
            const k = buf.indexOf(jsonl_LF, s);
            if (k < 0) {
                if (s < buf.length)
                    this.pending.push(buf.subarray(s));
                return;
            }
            if (this.pending.length > 0) {
                this.pending.push(buf.subarray(s, k));
                const whole = Buffer.concat(this.pending);
                this.pending = [];
                this.lineBytes(whole, 0, whole.length);
            }
            else {
                this.lineBytes(buf, s, k);
            }
            s = k + 1;
        }
    }
    end() {
        if (this.pending.length > 0) {
            const whole = Buffer.concat(this.pending);
            this.pending = [];
            this.lineBytes(whole, 0, whole.length);
        }
        if (this.rows === 0 && this.keyCols.length === 0) {
            throw new errors/* UserError */.y(`${this.where} is empty; expected one JSON object per line`, { file: this.opts.path });
        }
        const seen = new Set(this.allColumnNames);
        for (const name of this.requested.keys()) {
            if (!seen.has(name))
                throw missingColumn(this.where, this.opts.path, name, this.allColumnNames);
        }
        if (this.batchN > 0 || this.ready.length === 0)
            this.flush();
    }
    /** Loaded column names in order of first appearance. */
    columnNames() {
        return [...this.order];
    }
    notNumber(column, text) {
        throw new errors/* UserError */.y(`${this.where}, line ${this.line}: "${column}" is ${JSON.stringify(text)}, which is not a number; ` +
            `this column must be numeric (use null for a missing value)`, { file: this.opts.path, line: this.line });
    }
    lineBytes(b, s, e) {
        this.line++;
        if (e > s && b[e - 1] === jsonl_CR)
            e--;
        const t = skipWs(b, s, e);
        if (t === e)
            return; // blank line
        this.stamp++;
        if (!this.fastLine(b, t, e))
            this.slowLine(b, s, e);
        this.endRow();
    }
    /** Tokenize a flat object from bytes; commit it only when the whole line is certainly valid JSON. */
    fastLine(b, s, e) {
        let i = s;
        if (b[i] !== 123 /* { */)
            return false;
        i = skipWs(b, i + 1, e);
        let t = 0;
        if (i < e && b[i] === 125 /* } */) {
            i++;
        }
        else {
            for (;;) {
                if (i >= e || b[i] !== jsonl_QUOTE)
                    return false;
                const ks = i + 1;
                const ke = stringEnd(b, ks, e);
                if (ke < 0)
                    return false;
                i = skipWs(b, ke + 1, e);
                if (i >= e || b[i] !== 58 /* : */)
                    return false;
                i = skipWs(b, i + 1, e);
                if (i >= e)
                    return false;
                const c = b[i];
                let type;
                let vs = i;
                let ve;
                if (c === jsonl_QUOTE) {
                    vs = i + 1;
                    ve = stringEnd(b, vs, e);
                    if (ve < 0)
                        return false;
                    i = ve + 1;
                    type = T_STR;
                }
                else if (c === 116 /* t */ || c === 102 /* f */ || c === 110 /* n */) {
                    const word = c === 116 ? TRUE : c === 102 ? FALSE : NULL;
                    if (!literal(b, i, e, word))
                        return false;
                    i += word.length;
                    ve = i;
                    type = c === 116 ? T_TRUE : c === 102 ? T_FALSE : T_NULL;
                }
                else {
                    ve = numberEnd(b, i, e);
                    if (ve < 0)
                        return false;
                    i = ve;
                    type = T_NUM;
                }
                if (t === this.tKey.length)
                    this.growTokens();
                const guess = this.posKey[t];
                this.tKey[t] = guess >= 0 && this.keyDict.matches(guess, b, ks, ke) ? guess : (this.posKey[t] = this.keyDict.code(b, ks, ke));
                this.tNum[t] = scannedValue;
                this.tType[t] = type;
                this.tStart[t] = vs;
                this.tEnd[t] = ve;
                t++;
                i = skipWs(b, i, e);
                if (i >= e)
                    return false;
                if (b[i] === 44 /* , */) {
                    i = skipWs(b, i + 1, e);
                    continue;
                }
                if (b[i] !== 125)
                    return false;
                i++;
                break;
            }
        }
        if (skipWs(b, i, e) !== e)
            return false;
        // A repeated key: JSON.parse keeps the last value; leave that to it.
        if (this.keySeen.length < this.keyDict.strings.length) {
            const g = new Int32Array(this.keyDict.strings.length * 2);
            g.set(this.keySeen);
            this.keySeen = g;
        }
        for (let k = 0; k < t; k++) {
            if (this.keySeen[this.tKey[k]] === this.stamp)
                return false;
            this.keySeen[this.tKey[k]] = this.stamp;
        }
        const r = this.batchN;
        for (let k = 0; k < t; k++) {
            const col = this.column(this.tKey[k]);
            if (col === null)
                continue;
            col.lastRow = r;
            const vs = this.tStart[k];
            const ve = this.tEnd[k];
            switch (this.tType[k]) {
                case T_NUM: {
                    const fast = this.tNum[k];
                    const v = fast === fast ? fast : parseDecimalBytes(b, vs, ve);
                    if (v === v)
                        col.addNumber(v);
                    else
                        this.slowNumber(col, b.toString('latin1', vs, ve));
                    break;
                }
                case T_STR:
                    col.addTextBytes(b, vs, ve);
                    break;
                case T_TRUE:
                    col.addText('true');
                    break;
                case T_FALSE:
                    col.addText('false');
                    break;
                default:
                    col.addNull();
            }
        }
        return true;
    }
    /** A JSON number off the fast path: big integers keep their digits (the column becomes text in 'auto'). */
    slowNumber(col, text) {
        const v = Number(text);
        if (Math.abs(v) >= 2 ** 53 && /^-?\d+$/.test(text))
            col.addBigInt(BigInt(text));
        else
            col.addNumber(v);
    }
    slowLine(b, s, e) {
        const text = b.toString('utf8', s, e);
        let v;
        try {
            v = JSON.parse(text);
        }
        catch (err) {
            throw new errors/* UserError */.y(`${this.where}, line ${this.line}: invalid JSON (${err.message}); each line must be one complete ` +
                `JSON object`, { file: this.opts.path, line: this.line });
        }
        if (typeof v !== 'object' || v === null || Array.isArray(v)) {
            const what = v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`;
            throw new errors/* UserError */.y(`${this.where}, line ${this.line}: expected a JSON object such as {"id": 1, "score": 0.5}, found ${what}; ` +
                `each line must be one JSON object`, { file: this.opts.path, line: this.line });
        }
        const obj = v;
        const r = this.batchN;
        for (const key in obj) {
            const kb = Buffer.from(key, 'utf8');
            const col = this.column(this.keyDict.code(kb, 0, kb.length));
            if (col !== null) {
                col.addValue(obj[key]);
                col.lastRow = r;
            }
        }
    }
    /** Builder of a key code, registering keys (and their builders) the first time they are seen. */
    column(code) {
        while (this.keyCols.length <= code) {
            const name = this.keyDict.strings[this.keyCols.length];
            let b;
            if (this.opts.columns) {
                b = this.requested.get(name) ?? null;
            }
            else {
                b = new ValueColumnBuilder(name, this.opts.types?.[name] ?? 'auto', this.capacity, this, true);
                // Rows of this batch before the key first appeared lack it.
                for (let i = 0; i < this.batchN; i++)
                    b.addNull();
                this.builders.push(b);
            }
            if (b !== null)
                this.order.push(name);
            this.keyCols.push(b);
        }
        return this.keyCols[code];
    }
    endRow() {
        const r = this.batchN;
        for (const b of this.builders) {
            if (b.lastRow !== r) {
                b.addNull();
                b.lastRow = r;
            }
        }
        if (this.lines !== null) {
            if (this.rows === this.lines.length) {
                const g = new Uint32Array(this.lines.length * 2);
                g.set(this.lines);
                this.lines = g;
            }
            this.lines[this.rows] = this.line;
        }
        this.rows++;
        this.batchN++;
        if (this.batchN === this.opts.batchRows)
            this.flush();
    }
    growTokens() {
        const n = this.tKey.length * 2;
        const k = new Int32Array(n);
        k.set(this.tKey);
        this.tKey = k;
        const t = new Uint8Array(n);
        t.set(this.tType);
        this.tType = t;
        const s = new Int32Array(n);
        s.set(this.tStart);
        this.tStart = s;
        const e = new Int32Array(n);
        e.set(this.tEnd);
        this.tEnd = e;
        const v = new Float64Array(n);
        v.set(this.tNum);
        this.tNum = v;
        const p = new Int32Array(n).fill(-1);
        p.set(this.posKey);
        this.posKey = p;
    }
    flush() {
        const columns = new Map();
        const built = new Map();
        for (const b of this.builders) {
            built.set(b.name, b.finish());
            b.lastRow = -1;
        }
        const names = [...this.order];
        const seen = new Set(names);
        for (const name of this.requested.keys())
            if (!seen.has(name))
                names.push(name);
        for (const name of names)
            columns.set(name, built.get(name));
        this.ready.push({ rowOffset: this.rows - this.batchN, rowCount: this.batchN, columns, columnNames: names });
        this.batchN = 0;
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ../../node_modules/hyparquet/src/node.js
var node = __webpack_require__(93189);
// EXTERNAL MODULE: ../../node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(60899);
// EXTERNAL MODULE: ../../node_modules/hyparquet/src/read.js + 17 modules
var read = __webpack_require__(92079);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ../../packages/core/src/io/source.ts





/** Read size: large enough that per-chunk overhead vanishes, small enough to keep streaming memory flat. */
const CHUNK_BYTES = 1 << 20;
/** Check the path up front so a typo gives "not found" rather than a stream error deep in a parser. */
async function source_checkReadable(path, label) {
    try {
        const s = await (0,promises_.stat)(path);
        if (s.isDirectory()) {
            throw new errors/* UserError */.y(`${format_describeFile(path, label)} is a directory; pass the path of a data file`, { file: path });
        }
        return s.size;
    }
    catch (e) {
        if ((0,errors/* isUserError */.i)(e))
            throw e;
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new errors/* UserError */.y(`${format_describeFile(path, label)} not found; check the path (relative paths start at the workspace)`, {
                file: path,
            });
        }
        if (code === 'EACCES' || code === 'EPERM') {
            throw new errors/* UserError */.y(`${format_describeFile(path, label)} cannot be read (permission denied)`, { file: path });
        }
        throw e;
    }
}
function isZlibError(e) {
    const code = e?.code;
    return typeof code === 'string' && code.startsWith('Z_');
}
/**
 * The file's bytes as a sequence of Buffers (fresh ones: callers may keep them), gunzipped when `gzip`, with a UTF-8
 * byte order mark removed. A UTF-16 file and corrupt gzip data are UserErrors naming the file.
 */
async function* source_openChunks(path, gzip, label) {
    await source_checkReadable(path, label);
    const file = (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK_BYTES });
    const stream = gzip ? file.pipe((0,external_node_zlib_.createGunzip)({ chunkSize: 256 * 1024 })) : file;
    // pipe() does not forward source errors: forward them so the iterator below throws them.
    if (gzip)
        file.on('error', (e) => stream.destroy(e));
    let head = Buffer.alloc(0);
    try {
        for await (const chunk of stream) {
            if (head !== null) {
                // Gather at least 4 bytes before looking for a byte order mark.
                head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
                if (head.length < 4)
                    continue;
                const first = stripBom(head, path, label);
                head = null;
                if (first.length > 0)
                    yield first;
                continue;
            }
            yield chunk;
        }
        if (head !== null && head.length > 0) {
            const first = stripBom(head, path, label);
            if (first.length > 0)
                yield first;
        }
    }
    catch (e) {
        if (isZlibError(e)) {
            throw new errors/* UserError */.y(`${format_describeFile(path, label)}: gzip data is corrupt or truncated (${e.message}); ` +
                `re-create the file, or drop the .gz extension if it is not compressed`, { file: path });
        }
        throw e;
    }
    finally {
        stream.destroy();
        file.destroy();
    }
}
function stripBom(b, path, label) {
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
        return b.subarray(3);
    if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
        throw new errors/* UserError */.y(`${format_describeFile(path, label)} is UTF-16 encoded; save it as UTF-8`, { file: path });
    }
    return b;
}

;// CONCATENATED MODULE: ../../packages/core/src/io/parquet.ts
/**
 * Parquet through hyparquet (pure JavaScript). Reads only the requested columns, one row group at a time when
 * streaming. Physical numeric types become number columns (INT64 beyond 2^53 becomes text, as in CSV, so ids stay
 * distinct); strings, booleans ("true"/"false"), dates (ISO text) and nested values (JSON text) become string columns.
 * Page codecs: UNCOMPRESSED and SNAPPY (hyparquet), GZIP and BROTLI (node:zlib), ZSTD where node:zlib has it (Node 22.15+).
 */







const zstd = external_node_zlib_.zstdDecompressSync;
const compressors = {
    GZIP: (input) => new Uint8Array(external_node_zlib_.unzipSync(input)),
    BROTLI: (input) => new Uint8Array(external_node_zlib_.brotliDecompressSync(input)),
    ...(zstd ? { ZSTD: (input) => new Uint8Array(zstd(input)) } : {}),
};
function unreadable(where, path, e) {
    const msg = e instanceof Error ? e.message : String(e);
    const hint = /compression codec/.test(msg)
        ? 'rewrite it with snappy compression (pandas: df.to_parquet(path, compression="snappy"))'
        : 'check that the file was written completely and really is Parquet';
    return new errors/* UserError */.y(`${where}: cannot read it as Parquet (${msg}); ${hint}`, { file: path });
}
async function parquet_openParquet(path, opts) {
    const where = format_describeFile(path, opts.label);
    await source_checkReadable(path, opts.label);
    let file;
    let metadata;
    let names;
    try {
        file = await (0,node/* asyncBufferFromFile */.Rv)(path);
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(file);
        names = (0,src_metadata/* parquetSchema */.YR)(metadata).children.map((c) => c.element.name);
    }
    catch (e) {
        throw unreadable(where, path, e);
    }
    for (const c of opts.columns ?? [])
        if (!names.includes(c))
            throw missingColumn(where, path, c, names);
    const wanted = opts.columns ? new Set(opts.columns) : null;
    const groups = [];
    let start = 0;
    for (const g of metadata.row_groups) {
        const n = Number(g.num_rows);
        groups.push([start, start + n]);
        start += n;
    }
    return {
        path,
        where,
        file,
        metadata,
        names,
        loaded: wanted ? names.filter((n) => wanted.has(n)) : names,
        rowCount: Number(metadata.num_rows),
        groups,
    };
}
/** Columns of rows [rowStart, rowEnd) of the loaded columns. */
async function parquet_readParquetRange(pq, types, rowStart, rowEnd) {
    const pieces = new Map();
    for (const name of pq.loaded)
        pieces.set(name, []);
    if (pq.loaded.length > 0 && rowEnd > rowStart) {
        try {
            await (0,read/* parquetRead */.bA)({
                file: pq.file,
                metadata: pq.metadata,
                columns: pq.loaded,
                rowStart,
                rowEnd,
                compressors,
                onChunk: (c) => pieces.get(c.columnName)?.push({ rowStart: c.rowStart, data: c.columnData }),
            });
        }
        catch (e) {
            if ((0,errors/* isUserError */.i)(e))
                throw e;
            throw unreadable(pq.where, pq.path, e);
        }
    }
    const columns = new Map();
    let row = 0;
    const ctx = {
        notNumber(column, text) {
            throw new errors/* UserError */.y(`${pq.where}, row ${row + 1}: column "${column}" holds ${JSON.stringify(text)}, which is not a number; ` +
                `this column must be numeric`, { file: pq.path });
        },
    };
    for (const name of pq.loaded) {
        const b = new ValueColumnBuilder(name, types?.[name] ?? 'auto', Math.max(1, rowEnd - rowStart), ctx);
        const list = pieces.get(name).sort((x, y) => x.rowStart - y.rowStart);
        let next = rowStart;
        for (const p of list) {
            const data = p.data;
            // Pieces may reach outside the requested range (hyparquet decodes whole pages): keep rows in range, once.
            for (let i = Math.max(0, next - p.rowStart); i < data.length; i++) {
                row = p.rowStart + i;
                if (row >= rowEnd || row !== next)
                    break;
                b.addValue(data[i]);
                next = row + 1;
            }
        }
        if (next !== rowEnd) {
            throw new errors/* UserError */.y(`${pq.where}: column "${name}" has ${next - rowStart} values where ${rowEnd - rowStart} rows were expected; the file looks damaged`, { file: pq.path });
        }
        columns.set(name, b.finish());
    }
    return columns;
}

;// CONCATENATED MODULE: ../../packages/core/src/io/read.ts
/**
 * readTable (whole file into columns) and streamTable (batches in constant memory) over every format.
 */






const DEFAULT_BATCH_ROWS = 1 << 16;
/**
 * Read a whole file into columns. An 'auto' CSV/TSV column that turns out to hold text after thousands of numbers is
 * re-read as text in a second pass over the file, so its dictionary keeps the original spelling ("007", "1.50");
 * files whose columns keep one kind (the common case) are read once.
 */
async function readTable(path, opts = {}) {
    const { format, gzip } = detectFormat(path);
    if (format === 'parquet')
        return readParquetTable(path, opts);
    if (format === 'jsonl')
        return readJsonlTable(path, gzip, opts);
    return readDelimitedTable(path, format, gzip, opts);
}
/**
 * Stream a file as columnar batches of `batchRows` rows (default 65,536), in constant memory: at most about one
 * batch and one 1 MiB read chunk (Parquet: one row group) are held. Always yields at least one batch (with
 * rowCount 0 for a file with a header and no rows), so the columns are known. See Batch for dictionaries and kinds.
 */
async function* streamTable(path, opts = {}) {
    const batchRows = opts.batchRows ?? DEFAULT_BATCH_ROWS;
    if (!Number.isInteger(batchRows) || batchRows < 1) {
        throw new Error(`streamTable: batchRows must be a positive integer, got ${batchRows}`);
    }
    const { format, gzip } = format_detectFormat(path);
    if (format === 'parquet') {
        yield* streamParquet(path, opts, batchRows);
        return;
    }
    const parser = format === 'jsonl'
        ? new jsonl_JsonlParser({ path, label: opts.label, columns: opts.columns, types: opts.types, batchRows, trackLines: false })
        : new delimited_DelimitedParser({
            path,
            label: opts.label,
            delimiter: format === 'tsv' ? 9 : 44,
            columns: opts.columns,
            types: opts.types,
            batchRows,
            retain: true,
            trackLines: false,
        });
    for await (const chunk of source_openChunks(path, gzip, opts.label)) {
        parser.push(chunk);
        while (parser.ready.length > 0)
            yield parser.ready.shift();
    }
    parser.end();
    while (parser.ready.length > 0)
        yield parser.ready.shift();
}
async function readDelimitedTable(path, format, gzip, opts) {
    const delimiter = format === 'tsv' ? 9 : 44;
    const size = await checkReadable(path, opts.label);
    const p = new DelimitedParser({
        path,
        label: opts.label,
        delimiter,
        columns: opts.columns,
        types: opts.types,
        batchRows: Infinity,
        retain: false,
        trackLines: true,
        sizeHint: gzip ? undefined : size,
    });
    for await (const chunk of openChunks(path, gzip, opts.label))
        p.push(chunk);
    p.end();
    const columns = p.ready[0].columns;
    const deferred = p.deferredColumns();
    if (deferred.length > 0) {
        // Second pass: only the columns that met text after numbers, read as text from the original bytes.
        const types = {};
        for (const c of deferred)
            types[c] = 'string';
        const q = new DelimitedParser({
            path,
            label: opts.label,
            delimiter,
            columns: deferred,
            types,
            batchRows: Infinity,
            retain: false,
            trackLines: false,
        });
        for await (const chunk of openChunks(path, gzip, opts.label))
            q.push(chunk);
        q.end();
        if (q.rows !== p.rows) {
            throw new UserError(`${describeFile(path, opts.label)} changed while it was being read; read it again`, { file: path });
        }
        for (const [name, col] of q.ready[0].columns)
            columns.set(name, col);
    }
    return makeTable(path, format, p.rows, columns, p.columnNames, p.header, p.lines, 2);
}
async function readJsonlTable(path, gzip, opts) {
    const p = new JsonlParser({
        path,
        label: opts.label,
        columns: opts.columns,
        types: opts.types,
        batchRows: Infinity,
        trackLines: true,
    });
    for await (const chunk of openChunks(path, gzip, opts.label))
        p.push(chunk);
    p.end();
    const batch = p.ready[0];
    return makeTable(path, 'jsonl', p.rows, batch.columns, p.columnNames(), p.allColumnNames, p.lines, 1);
}
async function readParquetTable(path, opts) {
    const pq = await openParquet(path, opts);
    const columns = await readParquetRange(pq, opts.types, 0, pq.rowCount);
    return {
        source: path,
        format: 'parquet',
        rowCount: pq.rowCount,
        columns,
        columnNames: pq.loaded,
        allColumnNames: pq.names,
    };
}
async function* streamParquet(path, opts, batchRows) {
    const pq = await parquet_openParquet(path, opts);
    let yielded = false;
    for (const [start, end] of pq.groups) {
        if (end === start)
            continue;
        const columns = await parquet_readParquetRange(pq, opts.types, start, end);
        // A row group larger than batchRows is cut into views; their dictionaries are the row group's.
        for (let s = start; s < end; s += batchRows) {
            const e = Math.min(end, s + batchRows);
            const part = new Map();
            for (const [name, col] of columns)
                part.set(name, sliceColumn(col, s - start, e - start));
            yield { rowOffset: s, rowCount: e - s, columns: part, columnNames: pq.loaded };
            yielded = true;
        }
    }
    if (!yielded) {
        yield { rowOffset: 0, rowCount: 0, columns: await parquet_readParquetRange(pq, opts.types, 0, 0), columnNames: pq.loaded };
    }
}
function sliceColumn(col, s, e) {
    if (s === 0 && e === (col.kind === 'number' ? col.values.length : col.codes.length))
        return col;
    if (col.kind === 'number') {
        const values = col.values.subarray(s, e);
        let nulls = 0;
        for (let i = 0; i < values.length; i++)
            if (values[i] !== values[i])
                nulls++;
        return { kind: 'number', name: col.name, values, nullCount: nulls };
    }
    const codes = col.codes.subarray(s, e);
    let nulls = 0;
    for (let i = 0; i < codes.length; i++)
        if (codes[i] < 0)
            nulls++;
    return { kind: 'string', name: col.name, codes, dictionary: col.dictionary, nullCount: nulls };
}
function makeTable(path, format, rowCount, columns, columnNames, allColumnNames, lines, defaultFirstLine) {
    const ordered = new Map();
    for (const name of columnNames)
        ordered.set(name, columns.get(name));
    const table = { source: path, format, rowCount, columns: ordered, columnNames, allColumnNames, firstLine: defaultFirstLine };
    if (lines !== null && rowCount > 0) {
        // Rows on consecutive lines (the usual case) need no per-row line table.
        table.firstLine = lines[0];
        if (lines[rowCount - 1] - lines[0] !== rowCount - 1)
            table.rowLines = lines.slice(0, rowCount);
    }
    return table;
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/quantile.ts
/**
 * Quantile of sorted data by linear interpolation between order statistics — Hyndman & Fan (1996) type 7,
 * numpy's default (`method='linear'`) and R's default:
 *   h = (n − 1)·q,  j = ⌊h⌋,  Q(q) = x_j + (h − j)·(x_{j+1} − x_j)
 * The interpolation is written as numpy's `_lerp` (from the upper point when h − j ≥ ½) so results match numpy
 * to the last bit. `sorted` must be ascending and free of NaN; empty input gives NaN.
 */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0 || !(q >= 0 && q <= 1))
        return NaN;
    const h = (n - 1) * q;
    const j = Math.floor(h);
    if (j >= n - 1)
        return sorted[n - 1];
    const t = h - j;
    const a = sorted[j];
    const b = sorted[j + 1];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/**
 * Two-sided (1 − α) percentile interval of bootstrap replicates (Efron & Tibshirani 1993, §13.3):
 * [Q(α/2), Q(1 − α/2)] with {@link quantileSorted} (type 7, numpy's default). NaN replicates (a metric
 * undefined on that resample, e.g. precision with no predicted positives) are left out; callers that
 * care can count them. Does not modify `samples`.
 */
function percentileInterval(samples, alpha) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`percentileInterval: alpha must be in (0, 1), got ${alpha}`);
    const finite = new Float64Array(samples.length);
    let n = 0;
    for (let i = 0; i < samples.length; i++) {
        const v = samples[i];
        if (v === v)
            finite[n++] = v;
    }
    const sorted = finite.subarray(0, n).sort();
    return [quantileSorted(sorted, alpha / 2), quantileSorted(sorted, 1 - alpha / 2)];
}

;// CONCATENATED MODULE: ../../packages/core/src/stats/rng.ts
/** Creates a generator; `seed` is reduced to 32 bits (ToUint32: truncated, modulo 2^32). */
function createRng(seed) {
    return new Xoshiro128ss(seed);
}
class Xoshiro128ss {
    s0;
    s1;
    s2;
    s3;
    suffix = new Float64Array(16);
    constructor(seed) {
        if (!Number.isFinite(seed))
            throw new RangeError(`createRng: seed must be a finite number, got ${seed}`);
        let a = seed >>> 0;
        const st = [0, 0, 0, 0];
        for (let i = 0; i < 4; i++) {
            a = (a + 0x9e3779b9) >>> 0;
            let z = a;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            st[i] = (z ^ (z >>> 16)) >>> 0;
        }
        this.s0 = st[0];
        this.s1 = st[1];
        this.s2 = st[2];
        this.s3 = st[3];
    }
    nextUint32() {
        const s1 = this.s1;
        const x = Math.imul(s1, 5);
        const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= s1;
        this.s1 = s1 ^ this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
        return result;
    }
    next() {
        return (this.nextUint32() + 0.5) * 2.3283064365386963e-10; // 2^-32
    }
    nextInt(n) {
        if (!(n >= 1 && n <= 4294967296) || !Number.isInteger(n)) {
            throw new RangeError(`nextInt: n must be an integer in [1, 2^32], got ${n}`);
        }
        // Accept u < 2^32 − (2^32 mod n): every residue then has the same number of preimages.
        const limit = 4294967296 - (4294967296 % n);
        for (;;) {
            const u = this.nextUint32();
            if (u < limit)
                return u % n;
        }
    }
    binomial(n, p) {
        if (!Number.isInteger(n) || n < 0)
            throw new RangeError(`binomial: n must be a non-negative integer, got ${n}`);
        if (!(p >= 0 && p <= 1))
            throw new RangeError(`binomial: p must be in [0, 1], got ${p}`);
        if (n === 0 || p === 0)
            return 0;
        if (p === 1)
            return n;
        if (p > 0.5)
            return n - this.binomialLow(n, 1 - p);
        return this.binomialLow(n, p);
    }
    /** p ≤ ½. */
    binomialLow(n, p) {
        const mode = Math.floor((n + 1) * p);
        return mode < 11 ? this.binomialInversion(n, p) : this.binomialBtrd(n, p, mode);
    }
    /** Sequential-search inversion: P(0) = q^n, P(k+1) = P(k)·(n−k)/(k+1)·p/q. Expected np + 1 steps (< 12 here). */
    binomialInversion(n, p) {
        const q = 1 - p;
        const s = p / q;
        const a = (n + 1) * s;
        const p0 = Math.exp(n * Math.log1p(-p));
        for (;;) {
            let u = this.next();
            let pk = p0;
            let k = 0;
            while (u > pk) {
                u -= pk;
                k++;
                if (k > n)
                    break;
                pk *= a / k - s;
            }
            // k > n only from rounding in the tail: draw again (probability ~1e-16).
            if (k <= n)
                return k;
        }
    }
    /** BTRD, Hörmann (1993), steps 0–3.4, with the Stirling-correction table fc. Requires p ≤ ½ and mode ≥ 11. */
    binomialBtrd(n, p, m) {
        const q = 1 - p;
        const r = p / q;
        const nr = (n + 1) * r;
        const npq = n * p * q;
        const sqrtNpq = Math.sqrt(npq);
        const b = 1.15 + 2.53 * sqrtNpq;
        const a = -0.0873 + 0.0248 * b + 0.01 * p;
        const c = n * p + 0.5;
        const alpha = (2.83 + 5.1 / b) * sqrtNpq;
        const vr = 0.92 - 4.2 / b;
        const urvr = 0.86 * vr;
        for (;;) {
            let v = this.next();
            let u;
            if (v <= urvr) {
                // Step 1: the central triangle, accepted without a density evaluation (~86% of draws).
                u = v / vr - 0.43;
                return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
            }
            if (v >= vr) {
                u = this.next() - 0.5;
            }
            else {
                u = v / vr - 0.93;
                u = (u < 0 ? -0.5 : 0.5) - u;
                v = this.next() * vr;
            }
            const us = 0.5 - Math.abs(u);
            const k = Math.floor(((2 * a) / us + b) * u + c);
            if (k < 0 || k > n)
                continue;
            v = (v * alpha) / (a / (us * us) + b);
            const km = Math.abs(k - m);
            if (km <= 15) {
                // Step 3.1: recursive evaluation of f(k)/f(m).
                let f = 1;
                if (m < k) {
                    for (let i = m + 1; i <= k; i++)
                        f *= nr / i - r;
                }
                else if (m > k) {
                    for (let i = k + 1; i <= m; i++)
                        v *= nr / i - r;
                }
                if (v <= f)
                    return k;
                continue;
            }
            // Step 3.2: squeeze on log scale, then 3.3–3.4 the exact log-density ratio via Stirling corrections.
            v = Math.log(v);
            const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
            const t = (-km * km) / (2 * npq);
            if (v < t - rho)
                return k;
            if (v > t + rho)
                continue;
            const nm = n - m + 1;
            const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + fc(m) + fc(n - m);
            const nk = n - k + 1;
            if (v <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - fc(k) - fc(n - k)) {
                return k;
            }
        }
    }
    multinomial(n, probs, out) {
        const K = probs.length;
        if (out.length < K)
            throw new RangeError(`multinomial: out has ${out.length} cells, probs ${K}`);
        if (!Number.isInteger(n) || n < 0)
            throw new RangeError(`multinomial: n must be a non-negative integer, got ${n}`);
        if (this.suffix.length < K + 1)
            this.suffix = new Float64Array(K + 1);
        const suffix = this.suffix;
        suffix[K] = 0;
        for (let i = K - 1; i >= 0; i--) {
            const w = probs[i];
            if (!(w >= 0) || w === Infinity)
                throw new RangeError(`multinomial: weight ${i} is ${w}; need finite and ≥ 0`);
            suffix[i] = suffix[i + 1] + w;
        }
        if (n > 0 && !(suffix[0] > 0))
            throw new RangeError('multinomial: all weights are 0');
        let left = n;
        for (let i = 0; i < K; i++) {
            if (left === 0 || probs[i] === 0) {
                out[i] = 0;
                continue;
            }
            const share = probs[i] / suffix[i];
            const x = share >= 1 ? left : this.binomial(left, share);
            out[i] = x;
            left -= x;
        }
    }
}
/**
 * Stirling correction fc(k) = ln k! − [(k + ½)·ln(k + 1) − (k + 1) + ½·ln 2π], tabulated for k < 10 and by its
 * asymptotic series 1/12(k+1) − 1/360(k+1)³ + 1/1260(k+1)⁵ beyond (Hörmann 1993, Table 1).
 */
function fc(k) {
    if (k < 10)
        return FC_TABLE[k];
    const i = 1 / (k + 1);
    const i2 = i * i;
    return (1 / 12 - (1 / 360 - i2 / 1260) * i2) * i;
}
const FC_TABLE = [
    0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119,
    0.01387612882307075, 0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871,
];

;// CONCATENATED MODULE: ../../packages/core/src/drift/cdf.ts
/** Empirical CDF of ascending, NaN-free values (duplicates allowed). */
function empiricalCdf(sorted) {
    const n = sorted.length;
    const xs = [];
    const ps = [];
    let i = 0;
    while (i < n) {
        const x = sorted[i];
        let j = i;
        while (j < n && sorted[j] === x)
            j++;
        xs.push(x, x);
        ps.push(i / n, j / n);
        i = j;
    }
    return { xs: Float64Array.from(xs), ps: Float64Array.from(ps) };
}
/** Empirical CDF of [value, count] pairs (ascending values): the exact step function of a low-cardinality column. */
function countsCdf(pairs) {
    let n = 0;
    for (const [, c] of pairs)
        n += c;
    const xs = new Float64Array(pairs.length * 2);
    const ps = new Float64Array(pairs.length * 2);
    let below = 0;
    pairs.forEach(([x, c], i) => {
        xs[2 * i] = x;
        xs[2 * i + 1] = x;
        ps[2 * i] = below / n;
        below += c;
        ps[2 * i + 1] = below / n;
    });
    return { xs, ps };
}
/** CDF of a quantile summary: `quantiles[i]` is the (i / (length − 1))-quantile, ascending. */
function quantileCdf(quantiles) {
    const q = quantiles.length - 1;
    const xs = Float64Array.from(quantiles);
    const ps = new Float64Array(q + 1);
    for (let i = 0; i <= q; i++)
        ps[i] = q === 0 ? 1 : i / q;
    if (q === 0)
        return { xs: Float64Array.of(xs[0], xs[0]), ps: Float64Array.of(0, 1) };
    return { xs, ps };
}
/** Index of the last breakpoint with xs[k] <= x, or −1 when x is below every breakpoint. */
function lastAtOrBelow(xs, x) {
    let lo = 0;
    let hi = xs.length; // first index with xs[k] > x
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (xs[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}
/** F(x) = P(X ≤ x) (right-continuous). */
function cdfAt(c, x) {
    const k = lastAtOrBelow(c.xs, x);
    if (k < 0)
        return 0;
    if (k === c.xs.length - 1)
        return c.ps[k];
    if (c.xs[k] === x)
        return c.ps[k];
    const x0 = c.xs[k];
    const x1 = c.xs[k + 1];
    return c.ps[k] + ((x - x0) / (x1 - x0)) * (c.ps[k + 1] - c.ps[k]);
}
/** F(x−) = P(X < x) (the left limit). At a breakpoint it is the first p listed for that x. */
function cdfBelow(c, x) {
    let lo = 0; // first index with xs[lo] >= x
    let hi = c.xs.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (c.xs[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo === c.xs.length)
        return c.ps[lo - 1];
    if (c.xs[lo] === x)
        return c.ps[lo];
    if (lo === 0)
        return 0;
    const x0 = c.xs[lo - 1];
    const x1 = c.xs[lo];
    return c.ps[lo - 1] + ((x - x0) / (x1 - x0)) * (c.ps[lo] - c.ps[lo - 1]);
}
/** Quantile function Q(u) = inf{x : F(x) ≥ u}, interpolating linearly where F is linear. */
function quantileAt(c, u) {
    const { xs, ps } = c;
    if (u <= ps[0])
        return xs[0];
    // first index with ps[k] >= u
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ps[mid] < u)
            lo = mid + 1;
        else
            hi = mid;
    }
    const p0 = ps[lo - 1];
    const p1 = ps[lo];
    if (p1 === p0 || xs[lo] === xs[lo - 1])
        return xs[lo];
    return xs[lo - 1] + ((u - p0) / (p1 - p0)) * (xs[lo] - xs[lo - 1]);
}
/** Sorted distinct breakpoints of both CDFs: every place where either may bend or jump. */
function mergedBreakpoints(a, b) {
    const all = new Float64Array(a.xs.length + b.xs.length);
    all.set(a.xs, 0);
    all.set(b.xs, a.xs.length);
    all.sort();
    let n = 0;
    for (let i = 0; i < all.length; i++)
        if (i === 0 || all[i] !== all[n - 1])
            all[n++] = all[i];
    return all.subarray(0, n);
}
/**
 * Mixture CDF Σ wᵢ·Fᵢ / Σ wᵢ, summarised again as `points` + 1 quantiles. Used to merge the per-file profiles of
 * one table (weights = row counts) without revisiting the data.
 */
function mixtureQuantiles(parts, points) {
    const live = parts.filter((p) => p.weight > 0);
    if (live.length === 1)
        return Array.from({ length: points + 1 }, (_, i) => quantileAt(live[0].cdf, i / points));
    const total = live.reduce((s, p) => s + p.weight, 0);
    const xsAll = new Float64Array(live.reduce((s, p) => s + p.cdf.xs.length, 0));
    let o = 0;
    for (const p of live) {
        xsAll.set(p.cdf.xs, o);
        o += p.cdf.xs.length;
    }
    xsAll.sort();
    const xs = [];
    const ps = [];
    for (let i = 0; i < xsAll.length; i++) {
        const x = xsAll[i];
        if (i > 0 && x === xsAll[i - 1])
            continue;
        let below = 0;
        let at = 0;
        for (const p of live) {
            below += p.weight * cdfBelow(p.cdf, x);
            at += p.weight * cdfAt(p.cdf, x);
        }
        if (at - below > 0) {
            xs.push(x);
            ps.push(below / total);
        }
        xs.push(x);
        ps.push(at / total);
    }
    const mix = { xs: Float64Array.from(xs), ps: Float64Array.from(ps) };
    return Array.from({ length: points + 1 }, (_, i) => quantileAt(mix, i / points));
}

// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
;// CONCATENATED MODULE: ../../packages/core/src/drift/summary.ts


/**
 * What a profile keeps of one column: enough to test drift against a later profile, in kilobytes, never the data.
 * Numeric columns keep moments, a quantile summary and — for small references, where the size-aware defaults use exact
 * tests — the values themselves; categorical columns keep their most frequent categories with counts.
 */
/** References at or below this many rows use the p-value tests (KS, chi-square); above it the distances (STATS.md). */
const SMALL_REFERENCE_ROWS = 1000;
/** A numeric column with at most this many distinct values is tested as categorical (STATS.md). */
const CATEGORICAL_MAX_UNIQUE = 5;
/** Numeric columns remember exact value counts up to this many distinct values (ages, hours, ratings, codes). */
const MAX_DISTINCT_NUMBERS = 256;
/** Categorical columns store at most this many categories; the rest are counted together as `other`. */
const MAX_STORED_CATEGORIES = 100;
/** Quantile summaries hold the q-quantiles for q = i/QUANTILE_STEPS, i = 0..QUANTILE_STEPS. */
const QUANTILE_STEPS = 200;
const numericSummarySchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('numeric'),
    count: schemas/* number */.aig().int().nonnegative(),
    nulls: schemas/* number */.aig().int().nonnegative(),
    min: schemas/* number */.aig(),
    max: schemas/* number */.aig(),
    mean: schemas/* number */.aig(),
    /** Standard deviation, ddof = 1. */
    std: schemas/* number */.aig(),
    /** All values are whole numbers. */
    integer: schemas/* boolean */.zMY(),
    /** QUANTILE_STEPS + 1 quantiles (empty for an all-null column). */
    quantiles: schemas/* array */.YOg(schemas/* number */.aig()),
    /** How many values the quantiles rest on: `count` when exact, else the reservoir sample's size. */
    sampleSize: schemas/* number */.aig().int().nonnegative(),
    /** Every value, ascending, when count ≤ SMALL_REFERENCE_ROWS. */
    values: schemas/* array */.YOg(schemas/* number */.aig()).optional(),
    /** Exact [value, count] pairs, ascending, when the column has at most MAX_DISTINCT_NUMBERS distinct values. */
    distinct: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig().int()])).optional(),
});
const categoricalSummarySchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('categorical'),
    count: schemas/* number */.aig().int().nonnegative(),
    nulls: schemas/* number */.aig().int().nonnegative(),
    /** Most frequent categories, by count descending then value, with exact counts. */
    top: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* string */.YjP(), schemas/* number */.aig().int()])),
    /** Rows whose category is not in `top`. */
    other: schemas/* number */.aig().int().nonnegative(),
    /** Distinct categories seen; a lower bound when `distinctCapped`. */
    distinct: schemas/* number */.aig().int().nonnegative(),
    distinctCapped: schemas/* boolean */.zMY(),
});
const columnSummarySchema = schemas/* discriminatedUnion */.gMt('kind', [numericSummarySchema, categoricalSummarySchema]);
function columnFamily(t) {
    return t === 'integer' || t === 'float' ? 'numeric' : t;
}
/**
 * The CDF a numeric summary stands for: exact when the values or the distinct-value counts are kept, else the
 * quantile summary's.
 */
function summaryCdf(s) {
    if (s.values && s.values.length === s.count)
        return empiricalCdf(s.values);
    if (s.distinct)
        return countsCdf(s.distinct);
    return quantileCdf(s.quantiles);
}
/** Distinct values of a numeric column when known exactly (≤ MAX_DISTINCT_NUMBERS). */
function numericDistinctCount(s) {
    return s.distinct?.length;
}
const columnTypeSchema = schemas/* enum */.k5n(['integer', 'float', 'boolean', 'string', 'empty']);
const columnProfileSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    type: columnTypeSchema,
    summary: columnSummarySchema,
});
/** Profile of one table (a file, or the files one `data` pattern matched): exact row count and one entry per column. */
const tableProfileSchema = schemas/* object */.Ikc({
    rows: schemas/* number */.aig().int().nonnegative(),
    columns: schemas/* array */.YOg(columnProfileSchema),
});

;// CONCATENATED MODULE: ../../packages/core/src/drift/merge.ts


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
    const values = a.values && b.values && n <= SMALL_REFERENCE_ROWS ? Array.from(Float64Array.from([...a.values, ...b.values]).sort()) : undefined;
    let distinct;
    if (a.distinct && b.distinct) {
        const m = new Map(a.distinct);
        for (const [v, c] of b.distinct)
            m.set(v, (m.get(v) ?? 0) + c);
        if (m.size <= MAX_DISTINCT_NUMBERS)
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
        quantiles: mixtureQuantiles([
            { cdf: summaryCdf(a), weight: a.count },
            { cdf: summaryCdf(b), weight: b.count },
        ], QUANTILE_STEPS),
        sampleSize: a.sampleSize + b.sampleSize,
        ...(values ? { values } : {}),
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
        distinct: s.distinct ? s.distinct.length : MAX_DISTINCT_NUMBERS + 1,
        distinctCapped: !s.distinct,
    };
}
function mergeCategorical(a, b) {
    const m = new Map(a.top);
    for (const [k, c] of b.top)
        m.set(k, (m.get(k) ?? 0) + c);
    const all = sortTop([...m]);
    const top = all.slice(0, MAX_STORED_CATEGORIES);
    const dropped = all.slice(MAX_STORED_CATEGORIES).reduce((t, [, c]) => t + c, 0);
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

;// CONCATENATED MODULE: ../../packages/core/src/detect/profile.ts






/**
 * Profiles of tabular files, computed in one streaming pass in constant memory (io's streamTable batches): exact row
 * count, columns with inferred types, null counts, numeric moments and a quantile summary, category counts.
 * What is kept is a few kilobytes per column whatever the file size.
 */
/**
 * Values kept per numeric column for its quantiles (512 KiB while profiling; only 201 quantiles are stored).
 * Rank error of a quantile ≈ √(p(1−p)/R) ≤ 0.2% at R = 65536.
 */
const RESERVOIR_SIZE = 65536;
/** Distinct categories counted exactly per column; later new ones are counted together as `other`. */
const MAX_TRACKED_CATEGORIES = 10_000;
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
        format_detectFormat(path);
        return true;
    }
    catch {
        return false;
    }
}
/** A fixed seed per column name: the same file always gives the same profile (same bytes). */
function seedOf(name) {
    let h = 2166136261;
    for (let i = 0; i < name.length; i++)
        h = Math.imul(h ^ name.charCodeAt(i), 16777619);
    return h >>> 0;
}
/** Small non-negative integers are counted in an array, everything else in a Map (hour-of-day, labels, codes stay cheap). */
const DENSE_INTS = 1024;
/**
 * Streaming state of one numeric column: count, nulls, min/max, shifted sums for mean and variance, exact counts of up
 * to MAX_DISTINCT_NUMBERS distinct values, and a uniform reservoir sample (Li 1994, "Reservoir-sampling algorithms of
 * time complexity O(n(1 + log(N/n)))", Algorithm L: after the reservoir fills, the next replaced position is drawn
 * directly, so skipped values cost one comparison).
 */
class NumericAccumulator {
    count = 0;
    nulls = 0;
    min = Infinity;
    max = -Infinity;
    /** Sums of (x − shift) and (x − shift)²; shifting by the first value keeps the variance accurate for offset data. */
    shift = NaN;
    s1 = 0;
    s2 = 0;
    integer = true;
    dense = new Float64Array(DENSE_INTS);
    sparse = new Map();
    denseUsed = 0;
    reservoir = new Float64Array(RESERVOIR_SIZE);
    rng;
    w = 0;
    nextReplace = 0;
    constructor(name) {
        this.rng = createRng(seedOf(name));
    }
    add(col) {
        const v = col.values;
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            // NaN (empty cell, "NaN") and ±Infinity are nulls here: neither has a place in a distribution summary (or in JSON).
            if (x - x !== 0) {
                this.nulls++;
                continue;
            }
            const n = ++this.count;
            if (n === 1)
                this.shift = x;
            const d = x - this.shift;
            this.s1 += d;
            this.s2 += d * d;
            if (x < this.min)
                this.min = x;
            if (x > this.max)
                this.max = x;
            if (this.integer && Math.floor(x) !== x)
                this.integer = false;
            if (this.sparse !== null)
                this.countDistinct(x);
            if (n <= RESERVOIR_SIZE) {
                this.reservoir[n - 1] = x;
                if (n === RESERVOIR_SIZE)
                    this.startSkipping();
            }
            else if (n === this.nextReplace) {
                this.reservoir[this.rng.nextInt(RESERVOIR_SIZE)] = x;
                this.w *= Math.exp(Math.log(this.rng.next()) / RESERVOIR_SIZE);
                this.nextReplace += Math.floor(Math.log(this.rng.next()) / Math.log(1 - this.w)) + 1;
            }
        }
    }
    startSkipping() {
        this.w = Math.exp(Math.log(this.rng.next()) / RESERVOIR_SIZE);
        this.nextReplace = RESERVOIR_SIZE + Math.floor(Math.log(this.rng.next()) / Math.log(1 - this.w)) + 1;
    }
    countDistinct(x) {
        if (x >= 0 && x < DENSE_INTS && (x | 0) === x && this.dense !== null) {
            if (this.dense[x]++ === 0)
                this.denseUsed++;
        }
        else {
            this.sparse.set(x, (this.sparse.get(x) ?? 0) + 1);
        }
        if (this.denseUsed + this.sparse.size > MAX_DISTINCT_NUMBERS) {
            this.sparse = null;
            this.dense = null;
        }
    }
    /** Exact [value, count] pairs when there are few distinct values. */
    distinctPairs() {
        if (this.sparse === null)
            return undefined;
        const out = [...this.sparse];
        if (this.dense)
            for (let k = 0; k < DENSE_INTS; k++)
                if (this.dense[k] > 0)
                    out.push([k, this.dense[k]]);
        return out.sort((a, b) => a[0] - b[0]);
    }
    summary() {
        const n = this.count;
        const kept = Math.min(n, RESERVOIR_SIZE);
        const sample = this.reservoir.slice(0, kept).sort();
        const quantiles = [];
        if (kept > 0)
            for (let i = 0; i <= QUANTILE_STEPS; i++)
                quantiles.push(quantileSorted(sample, i / QUANTILE_STEPS));
        const mean = n ? this.shift + this.s1 / n : 0;
        const variance = n > 1 ? Math.max(0, (this.s2 - (this.s1 * this.s1) / n) / (n - 1)) : 0;
        const distinct = this.distinctPairs();
        return {
            kind: 'numeric',
            count: n,
            nulls: this.nulls,
            min: n ? this.min : 0,
            max: n ? this.max : 0,
            mean,
            std: Math.sqrt(variance),
            integer: this.integer,
            quantiles,
            sampleSize: kept,
            ...(n <= SMALL_REFERENCE_ROWS && n > 0 ? { values: Array.from(sample) } : {}),
            ...(distinct ? { distinct } : {}),
        };
    }
    type() {
        if (this.count === 0)
            return 'empty';
        return this.integer ? 'integer' : 'float';
    }
}
const BOOLEAN_TEXT = new Set(['true', 'false']);
/** Streaming state of one text column: exact counts of up to MAX_TRACKED_CATEGORIES categories, the rest as `other`. */
class CategoricalAccumulator {
    count = 0;
    nulls = 0;
    other = 0;
    seenMore = false;
    boolean = true;
    counts = new Map();
    /** Start from a numeric column's state when an 'auto' column turns out to hold text (io keeps kinds sticky). */
    static fromNumeric(acc) {
        const c = new CategoricalAccumulator();
        const s = asCategorical(acc.summary());
        c.count = s.count;
        c.nulls = s.nulls;
        c.other = s.other;
        c.boolean = false;
        c.seenMore = s.distinctCapped;
        for (const [k, v] of s.top)
            c.counts.set(k, v);
        return c;
    }
    add(col) {
        // Count codes in a typed array first, then fold the batch's dictionary into the map: one map operation per distinct
        // value per batch instead of one per row.
        const local = new Float64Array(col.dictionary.length);
        const codes = col.codes;
        let nulls = 0;
        for (let i = 0; i < codes.length; i++) {
            const c = codes[i];
            if (c < 0)
                nulls++;
            else
                local[c]++;
        }
        this.nulls += nulls;
        this.count += codes.length - nulls;
        for (let c = 0; c < local.length; c++) {
            const k = local[c];
            if (k === 0)
                continue;
            const text = col.dictionary[c];
            if (this.boolean && !BOOLEAN_TEXT.has(text.toLowerCase()))
                this.boolean = false;
            const prev = this.counts.get(text);
            if (prev !== undefined)
                this.counts.set(text, prev + k);
            else if (this.counts.size < MAX_TRACKED_CATEGORIES)
                this.counts.set(text, k);
            else {
                this.other += k;
                this.seenMore = true;
            }
        }
    }
    summary() {
        const all = sortTop([...this.counts]);
        const top = all.slice(0, MAX_STORED_CATEGORIES);
        const rest = all.slice(MAX_STORED_CATEGORIES).reduce((t, [, c]) => t + c, 0);
        return {
            kind: 'categorical',
            count: this.count,
            nulls: this.nulls,
            top,
            other: this.other + rest,
            distinct: this.counts.size,
            distinctCapped: this.seenMore,
        };
    }
    type() {
        if (this.count === 0)
            return 'empty';
        return this.boolean ? 'boolean' : 'string';
    }
}
/** Incremental profile of one table: feed it io batches. */
class TableProfiler {
    rows = 0;
    order = [];
    acc = new Map();
    addBatch(columns, columnNames, rowCount) {
        for (const name of columnNames) {
            const col = columns.get(name);
            if (!col)
                continue;
            let a = this.acc.get(name);
            if (!a) {
                a = col.kind === 'number' ? new NumericAccumulator(name) : new CategoricalAccumulator();
                // A JSONL key first seen now was missing (null) in every earlier row.
                a.nulls += this.rows;
                this.acc.set(name, a);
                this.order.push(name);
            }
            if (col.kind === 'number' && a instanceof NumericAccumulator)
                a.add(col);
            else if (col.kind === 'string') {
                if (a instanceof NumericAccumulator) {
                    a = CategoricalAccumulator.fromNumeric(a);
                    this.acc.set(name, a);
                }
                a.add(col);
            }
            else {
                // A number batch for a column already seen as text: count it as text.
                a.add(numbersAsText(col));
            }
        }
        for (const [name, a] of this.acc)
            if (!columns.has(name))
                a.nulls += rowCount;
        this.rows += rowCount;
    }
    profile() {
        const columns = this.order.map((name) => {
            const a = this.acc.get(name);
            return { name, type: a.type(), summary: a.summary() };
        });
        return { rows: this.rows, columns };
    }
}
function numbersAsText(col) {
    const dict = new Map();
    const codes = new Int32Array(col.values.length);
    for (let i = 0; i < col.values.length; i++) {
        const x = col.values[i];
        if (x !== x) {
            codes[i] = -1;
            continue;
        }
        const s = String(x);
        let c = dict.get(s);
        if (c === undefined)
            dict.set(s, (c = dict.size));
        codes[i] = c;
    }
    return { kind: 'string', name: col.name, codes, dictionary: [...dict.keys()], nullCount: col.nullCount };
}
/** Profile a CSV/TSV/JSONL/Parquet file (optionally gzipped) in one streaming pass. `label` names it in errors. */
async function profileFile(path, label) {
    const p = new TableProfiler();
    for await (const batch of streamTable(path, { label }))
        p.addBatch(batch.columns, batch.columnNames, batch.rowCount);
    return p.profile();
}

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
    profiles: schemas/* record */.g1P(schemas/* string */.YjP(), tableProfileSchema.extend({ sha256: schemas/* string */.YjP(), format: schemas/* string */.YjP() })),
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
function parseRecord(text, where) {
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
    const r = detectRecordSchema.safeParse(raw);
    if (!r.success) {
        const i = r.error.issues[0];
        throw new RecordError(`baseline record ${where} is damaged: ${i.path.join('.') || '(top level)'}: ${i.message}`);
    }
    const badFile = checkFiles(r.data.files);
    if (badFile)
        throw new RecordError(`baseline record ${where} is damaged: ${badFile}`);
    return r.data;
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

;// CONCATENATED MODULE: ../../packages/core/src/detect/baseline.ts






function parseBaselineInput(value, workspace) {
    const v = value.trim();
    if (v === '' || v === 'cache')
        return { kind: 'cache' };
    if (v === 'none')
        return { kind: 'none' };
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
        return { ...found, record: parseRecord(read(), where) };
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

// EXTERNAL MODULE: ../../packages/core/src/inputs/document.ts
var inputs_document = __webpack_require__(67292);
;// CONCATENATED MODULE: ../../packages/core/src/drift/policy.ts




/** Drift tests a policy may name for a column. */
const DRIFT_TESTS = ['ks', 'chi-square', 'z', 'wasserstein', 'jensen-shannon', 'psi'];
/** Tests whose statistic is a p-value (drift when small); the others are distances (drift when large). */
const P_VALUE_TESTS = new Set(['ks', 'chi-square', 'z']);
/** Default thresholds (STATS.md, Drift): p-value tests at 0.05, normalised Wasserstein and Jensen–Shannon at 0.1, PSI at 0.2. */
const DEFAULT_THRESHOLDS = {
    ks: 0.05,
    'chi-square': 0.05,
    z: 0.05,
    wasserstein: 0.1,
    'jensen-shannon': 0.1,
    psi: 0.2,
};
/** A fraction written as 0.02 or "2%". */
const fraction = schemas/* union */.KCZ([
    schemas/* number */.aig().min(0).max(1),
    schemas/* string */.YjP().regex(/^\s*\d+(\.\d+)?\s*%\s*$/, 'expected a fraction such as 0.02 or a percentage such as "2%"').transform((s) => Number(s.trim().slice(0, -1).trim()) / 100),
]).pipe(schemas/* number */.aig().min(0, 'must be between 0 and 1 (0% and 100%)').max(1, 'must be between 0 and 1 (0% and 100%)'));
const columnRule = schemas/* strictObject */.rej({
    /** Override the size-aware default test. */
    test: schemas/* enum */.k5n(DRIFT_TESTS).optional(),
    /** p-value tests: drift when p is at or below it (KS) / below it (chi-square, z); distances: drift when at or above it. */
    threshold: schemas/* number */.aig().positive().optional(),
    critical: schemas/* boolean */.zMY().optional(),
    ignore: schemas/* boolean */.zMY().optional(),
});
const driftPolicySchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1).optional(),
    /** Data set drift when at least this share of the tested columns drifts. */
    'drift-share': schemas/* number */.aig().gt(0).max(1).default(0.5),
    /** rows-dropped when the row count falls by more than this fraction. */
    'max-row-drop': fraction.default(0.01),
    /** A drift in any of these columns is data set drift on its own. */
    critical: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    /** Columns not tested (identifiers, timestamps that always move). */
    ignore: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    /** References with at most this many rows use the p-value tests, larger ones the distances. */
    'small-reference': schemas/* number */.aig().int().positive().default(1000),
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), columnRule).default({}),
});
/** The policy in force when no `drift-policy` is given. */
const DEFAULT_DRIFT_POLICY = driftPolicySchema.parse({});
/** The effective rule for one column: the policy's per-column entry merged with `critical` and `ignore`. */
function columnRuleFor(policy, column) {
    const r = policy.columns[column] ?? {};
    return { ...r, critical: r.critical ?? policy.critical.includes(column), ignore: r.ignore ?? policy.ignore.includes(column) };
}
/**
 * Parse a drift policy (YAML or JSON). A mistake is one UserError naming the file, the line and the key, so the step
 * fails with a line the user can click.
 */
function parseDriftPolicy(text, file) {
    return (0,inputs_document/* parseYamlDocument */.I)(text, file, driftPolicySchema, {
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
        text = (0,external_node_fs_.readFileSync)(resolvePath(pathOrYaml), 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* UserError */.y(`Input '${input}': cannot read drift policy '${pathOrYaml}' (${code ?? String(e)}). Give a path relative to the workspace, or the policy YAML itself.`);
    }
    return parseDriftPolicy(text, pathOrYaml);
}

// EXTERNAL MODULE: ../../node_modules/@stdlib/stats-base-dists-chisquare-cdf/lib/index.js
var lib = __webpack_require__(46732);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ../../packages/core/src/drift/chi-square.ts

/**
 * Pearson's chi-square test of homogeneity on the 2×k table (reference counts, current counts):
 * χ² = Σ (O − E)²/E with E = row total · column total / N, df = k − 1 over the categories seen in either sample
 * (Pearson 1900; Agresti, Categorical Data Analysis 3rd ed., §3.2). Both samples are treated as samples, which is what
 * a drift check compares; no continuity correction. p = 1 − F_χ²(χ²; df); p below ~1e−16 is reported as 0.
 */
function chiSquareHomogeneity(ref, cur) {
    let n1 = 0;
    let n2 = 0;
    for (let i = 0; i < ref.length; i++) {
        n1 += ref[i];
        n2 += cur[i];
    }
    const n = n1 + n2;
    let stat = 0;
    let k = 0;
    for (let i = 0; i < ref.length; i++) {
        const col = ref[i] + cur[i];
        if (col === 0)
            continue;
        k++;
        const e1 = (n1 * col) / n;
        const e2 = (n2 * col) / n;
        stat += (ref[i] - e1) ** 2 / e1 + (cur[i] - e2) ** 2 / e2;
    }
    const df = k - 1;
    if (df < 1 || n1 === 0 || n2 === 0)
        return { statistic: 0, df: Math.max(df, 0), pValue: 1 };
    return { statistic: stat, df, pValue: Math.max(0, 1 - lib_default()(stat, df)) };
}

;// CONCATENATED MODULE: ../../packages/core/src/drift/jensen-shannon.ts
/**
 * Jensen–Shannon distance with base-2 logarithms (so it lies in [0, 1]):
 * JS(P, Q) = √(½ KL(P‖M) + ½ KL(Q‖M)), M = ½(P + Q) (Lin 1991; Endres & Schindelin 2003 for the metric).
 * Inputs are counts or proportions over the same categories; each is normalised. Same as
 * scipy.spatial.distance.jensenshannon(p, q, base=2).
 */
function jensenShannonDistance(p, q) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    if (sp === 0 || sq === 0)
        return sp === sq ? 0 : 1;
    let div = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sp;
        const b = q[i] / sq;
        const m = (a + b) / 2;
        if (a > 0)
            div += 0.5 * a * Math.log2(a / m);
        if (b > 0)
            div += 0.5 * b * Math.log2(b / m);
    }
    return Math.sqrt(Math.max(0, div));
}

;// CONCATENATED MODULE: ../../packages/core/src/drift/ks.ts

/**
 * Two-sample Kolmogorov–Smirnov statistic D = sup_x |F_ref(x) − F_cur(x)|.
 * Both CDFs are piecewise linear, so the supremum is reached at a breakpoint of one of them, from the left or the
 * right; checking both limits at every breakpoint gives D exactly (for two exact samples, the same D as
 * scipy.stats.ks_2samp).
 */
function ksStatistic(ref, cur) {
    let d = 0;
    for (const x of mergedBreakpoints(ref, cur)) {
        const at = Math.abs(cdfAt(ref, x) - cdfAt(cur, x));
        const below = Math.abs(cdfBelow(ref, x) - cdfBelow(cur, x));
        if (at > d)
            d = at;
        if (below > d)
            d = below;
    }
    return d;
}
/**
 * Survival function of the Kolmogorov distribution, Q_KS(λ) = 2 Σ_{j≥1} (−1)^{j−1} e^{−2j²λ²}
 * (Kolmogorov 1933). For small λ the alternating series converges slowly, so there the equivalent Jacobi-theta form
 * 1 − (√(2π)/λ) Σ_{j≥1} e^{−(2j−1)²π²/(8λ²)} is used (Press et al., Numerical Recipes 3rd ed., §6.14.12).
 */
function kolmogorovSf(lambda) {
    if (!(lambda > 0))
        return 1;
    if (lambda < 1.18) {
        const y = Math.exp((-Math.PI * Math.PI) / (8 * lambda * lambda));
        let s = 0;
        for (let j = 1; j <= 6; j++)
            s += Math.pow(y, (2 * j - 1) * (2 * j - 1));
        return Math.min(1, Math.max(0, 1 - (Math.sqrt(2 * Math.PI) / lambda) * s));
    }
    let s = 0;
    for (let j = 1; j <= 100; j++) {
        const term = Math.exp(-2 * j * j * lambda * lambda);
        s += j % 2 === 1 ? term : -term;
        if (term < 1e-300)
            break;
    }
    return Math.min(1, Math.max(0, 2 * s));
}
/**
 * Two-sample KS test with the asymptotic Kolmogorov distribution: with nₑ = n·m/(n + m),
 * p = Q_KS((√nₑ + 0.12 + 0.11/√nₑ)·D) — Stephens' (1970) small-sample correction of the argument, as in
 * Numerical Recipes 3rd ed. §14.3.3 (eq. 14.3.18). The summaries may be exact samples or quantile sketches; n and m
 * are always the true row counts.
 */
function ksTest(ref, cur, n, m) {
    const statistic = ksStatistic(ref, cur);
    if (n === 0 || m === 0)
        return { statistic, pValue: 1 };
    const sqrtNe = Math.sqrt((n * m) / (n + m));
    return { statistic, pValue: kolmogorovSf((sqrtNe + 0.12 + 0.11 / sqrtNe) * statistic) };
}

;// CONCATENATED MODULE: ../../packages/core/src/drift/psi.ts
/** Proportions below this are raised to it, so an empty bin does not make PSI infinite (STATS.md). */
const PSI_FLOOR = 1e-4;
/**
 * Population stability index PSI = Σ (qᵢ − pᵢ)·ln(qᵢ/pᵢ) over bins, p the reference and q the current proportions,
 * each floored at 1e−4 (Yurdakul 2018, "Statistical properties of population stability index"). Rule of thumb:
 * < 0.1 stable, 0.1–0.2 moderate, ≥ 0.2 major shift. Inputs are counts or proportions; each is normalised first.
 */
function populationStabilityIndex(p, q, floor = PSI_FLOOR) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    if (sp === 0 || sq === 0)
        return 0;
    let psi = 0;
    for (let i = 0; i < p.length; i++) {
        const a = Math.max(p[i] / sp, floor);
        const b = Math.max(q[i] / sq, floor);
        psi += (b - a) * Math.log(b / a);
    }
    return psi;
}

// EXTERNAL MODULE: ../../node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js
var stats_base_dists_normal_cdf_lib = __webpack_require__(50208);
var stats_base_dists_normal_cdf_lib_default = /*#__PURE__*/__webpack_require__.n(stats_base_dists_normal_cdf_lib);
;// CONCATENATED MODULE: ../../packages/core/src/stats/normal.ts

/**
 * Standard normal CDF Φ(x) = ½·erfc(−x/√2) (Abramowitz & Stegun 7.1.2 / 26.2.29), evaluated with stdlib's
 * erfc (a port of FreeBSD msun's s_erf.c, relative error < 1 ulp in the tails). Because it goes through erfc
 * rather than 1 − erf, Φ(x) for very negative x keeps full relative precision down to the smallest doubles
 * (Φ(−37.5) ≈ 4.6e−308), which the gate needs for p-values such as 1e−30 at a million rows.
 */
function normalCdf(x) {
    return stdlibNormalCdf(x, 0, 1);
}
/**
 * Standard normal survival function 1 − Φ(x) = Φ(−x) = ½·erfc(x/√2): the upper tail without the cancellation
 * of computing 1 − Φ(x), so normalSf(37) ≈ 5.7e−300 is exact to a few ulps.
 */
function normalSf(x) {
    return stats_base_dists_normal_cdf_lib_default()(-x, 0, 1);
}

;// CONCATENATED MODULE: ../../packages/core/src/drift/two-proportion-z.ts

/**
 * Two-proportion z-test with the pooled proportion: p̂ = (x₁ + x₂)/(n₁ + n₂),
 * z = (x₂/n₂ − x₁/n₁) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)), two-sided p = 2·(1 − Φ(|z|)) (Agresti 3rd ed., §2.1.2 and
 * §3.2: z² equals the Pearson χ² of the same 2×2 table). Used for a column with two values.
 */
function twoProportionZ(x1, n1, x2, n2) {
    if (n1 === 0 || n2 === 0)
        return { statistic: 0, pValue: 1 };
    const pooled = (x1 + x2) / (n1 + n2);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    if (se === 0)
        return { statistic: 0, pValue: 1 };
    const z = (x2 / n2 - x1 / n1) / se;
    return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

;// CONCATENATED MODULE: ../../packages/core/src/drift/wasserstein.ts

/**
 * First Wasserstein (earth mover's) distance W₁ = ∫ |F_ref(x) − F_cur(x)| dx (Vallender 1974).
 * Between consecutive merged breakpoints both CDFs are linear, so F_ref − F_cur is linear there and its absolute value
 * integrates in closed form (a trapezoid, or two triangles when it crosses zero). For two exact samples this equals
 * scipy.stats.wasserstein_distance.
 */
function wasserstein1(ref, cur) {
    const xs = mergedBreakpoints(ref, cur);
    let total = 0;
    for (let i = 0; i + 1 < xs.length; i++) {
        const x0 = xs[i];
        const x1 = xs[i + 1];
        const w = x1 - x0;
        // Values just inside the interval: right limit at x0, left limit at x1.
        const d0 = cdfAt(ref, x0) - cdfAt(cur, x0);
        const d1 = cdfBelow(ref, x1) - cdfBelow(cur, x1);
        if (d0 === 0 && d1 === 0)
            continue;
        if (d0 * d1 >= 0)
            total += (w * (Math.abs(d0) + Math.abs(d1))) / 2;
        else
            total += (w * (d0 * d0 + d1 * d1)) / (2 * (Math.abs(d0) + Math.abs(d1)));
    }
    return total;
}

;// CONCATENATED MODULE: ../../packages/core/src/drift/column.ts










/** The ≤ 5-value rule (STATS.md): a numeric column with few distinct values is compared as categories. */
function comparesAsCategories(ref, cur) {
    if (ref.kind === 'categorical' || cur.kind === 'categorical')
        return true;
    return ref.distinct !== undefined && ref.distinct.length <= CATEGORICAL_MAX_UNIQUE && cur.distinct !== undefined;
}
function categoryCounts(ref, cur) {
    const a = countsOf(ref);
    const b = countsOf(cur);
    const keys = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => (x === OTHER ? 1 : y === OTHER ? -1 : x < y ? -1 : x > y ? 1 : 0));
    return { categories: keys, reference: keys.map((k) => a.get(k) ?? 0), current: keys.map((k) => b.get(k) ?? 0) };
}
const OTHER = '(other)';
function countsOf(s) {
    const m = new Map();
    if (s.kind === 'categorical') {
        for (const [k, c] of s.top)
            m.set(k, c);
        if (s.other > 0)
            m.set(OTHER, s.other);
    }
    else if (s.distinct) {
        for (const [v, c] of s.distinct)
            m.set(String(v), c);
    }
    return m;
}
/**
 * PSI of a numeric column on ten bins at the reference's deciles, as reference_drift.py does: proportions come from
 * each CDF's left limits at the edges ([a, b) bins, values outside the reference's range clipped into the end bins).
 */
function numericPsi(ref, cur) {
    const edges = [];
    for (let i = 0; i <= 10; i++) {
        const e = quantileAt(ref, i / 10);
        if (edges.length === 0 || e > edges[edges.length - 1])
            edges.push(e);
    }
    if (edges.length < 2)
        return 0;
    const bins = (c) => {
        const out = [];
        for (let k = 0; k + 1 < edges.length; k++) {
            const lo = k === 0 ? 0 : cdfBelow(c, edges[k]);
            const hi = k + 2 === edges.length ? 1 : cdfBelow(c, edges[k + 1]);
            out.push(Math.max(0, hi - lo));
        }
        return out;
    };
    return populationStabilityIndex(bins(ref), bins(cur));
}
/** The size-aware default (STATS.md, Drift). */
function defaultTest(ref, cur, smallReference, categories) {
    const small = ref.count <= smallReference;
    if (comparesAsCategories(ref, cur))
        return small ? (categories === 2 ? 'z' : 'chi-square') : 'jensen-shannon';
    return small ? 'ks' : 'wasserstein';
}
/**
 * Compare one column of the reference (baseline) profile with the current one.
 * Returns undefined when there is nothing to compare (a side has no non-null values).
 */
function compareColumn(column, ref, cur, rule = {}, smallReference = 1000, policyFile = 'drift-policy') {
    if (ref.count === 0 || cur.count === 0)
        return undefined;
    const asCategories = comparesAsCategories(ref, cur);
    const cats = asCategories ? categoryCounts(ref, cur) : undefined;
    const test = rule.test ?? defaultTest(ref, cur, smallReference, cats?.categories.length ?? 0);
    const numericOnly = test === 'ks' || test === 'wasserstein';
    if (numericOnly && (ref.kind !== 'numeric' || cur.kind !== 'numeric')) {
        throw new errors/* UserError */.y(`${policyFile}: column '${column}' holds categories; test '${test}' needs numbers. Use chi-square, z, jensen-shannon or psi for it.`);
    }
    if (test === 'z' && cats && cats.categories.length > 2) {
        throw new errors/* UserError */.y(`${policyFile}: column '${column}' has ${cats.categories.length} categories; test 'z' compares two. Use chi-square or jensen-shannon.`);
    }
    const threshold = rule.threshold ?? DEFAULT_THRESHOLDS[test];
    const base = { column, test, threshold, referenceCount: ref.count, currentCount: cur.count };
    if (numericOnly || (!asCategories && test === 'psi')) {
        const r = ref;
        const c = cur;
        const rc = summaryCdf(r);
        const cc = summaryCdf(c);
        const psi = numericPsi(rc, cc);
        let value;
        let statistic;
        if (test === 'ks') {
            const ks = ksTest(rc, cc, r.count, c.count);
            value = ks.pValue;
            statistic = ks.statistic;
        }
        else if (test === 'wasserstein') {
            // Normalised by the reference's standard deviation so one threshold fits every unit (STATS.md).
            value = wasserstein1(rc, cc) / (r.std > 0 ? r.std : 1);
        }
        else {
            value = psi;
        }
        return { ...base, kind: 'numeric', value, statistic, psi, drifted: decide(test, value, threshold), referenceMean: r.mean, currentMean: c.mean };
    }
    const counts = cats ?? categoryCounts(ref, cur);
    if (counts.categories.length === 0)
        return undefined;
    const psi = populationStabilityIndex(counts.reference, counts.current);
    let value;
    let statistic;
    if (test === 'z') {
        const n1 = sum(counts.reference);
        const n2 = sum(counts.current);
        // The share of the first category; with one category seen in total the z is 0.
        const z = twoProportionZ(counts.reference[0], n1, counts.current[0], n2);
        value = z.pValue;
        statistic = z.statistic;
    }
    else if (test === 'chi-square') {
        const chi = chiSquareHomogeneity(counts.reference, counts.current);
        value = chi.pValue;
        statistic = chi.statistic;
    }
    else if (test === 'jensen-shannon') {
        value = jensenShannonDistance(counts.reference, counts.current);
    }
    else {
        value = psi;
    }
    return { ...base, kind: 'categorical', value, statistic, psi, drifted: decide(test, value, threshold), topShift: topShift(counts) };
}
/** STATS.md: KS drifts at p ≤ 0.05, chi-square and z at p < 0.05, distances at ≥ their threshold. */
function decide(test, value, threshold) {
    if (test === 'ks')
        return value <= threshold;
    if (P_VALUE_TESTS.has(test))
        return value < threshold;
    return value >= threshold;
}
function topShift(c) {
    const n1 = sum(c.reference) || 1;
    const n2 = sum(c.current) || 1;
    let best;
    let bestDelta = -1;
    for (let i = 0; i < c.categories.length; i++) {
        const d = Math.abs(c.current[i] / n2 - c.reference[i] / n1);
        if (d > bestDelta) {
            bestDelta = d;
            best = { category: c.categories[i], reference: c.reference[i] / n1, current: c.current[i] / n2 };
        }
    }
    return best;
}
function sum(a) {
    let s = 0;
    for (const v of a)
        s += v;
    return s;
}

;// CONCATENATED MODULE: ../../packages/core/src/drift/table.ts



/** Compare a table's baseline profile with its current one: schema, row count, per-column drift, data set drift. */
function compareTables(table, ref, cur, policy, policyFile) {
    const refCols = new Map(ref.columns.map((c) => [c.name, c]));
    const curCols = new Map(cur.columns.map((c) => [c.name, c]));
    const schema = { added: [], removed: [], retyped: [] };
    for (const c of cur.columns)
        if (!refCols.has(c.name))
            schema.added.push({ column: c.name, type: c.type });
    for (const c of ref.columns)
        if (!curCols.has(c.name))
            schema.removed.push({ column: c.name, type: c.type });
    const columns = [];
    const skipped = [];
    for (const c of cur.columns) {
        const r = refCols.get(c.name);
        if (!r)
            continue;
        const fr = columnFamily(r.type);
        const fc = columnFamily(c.type);
        if (fr !== fc && fr !== 'empty' && fc !== 'empty') {
            schema.retyped.push({ column: c.name, from: r.type, to: c.type });
            continue;
        }
        const rule = columnRuleFor(policy, c.name);
        if (rule.ignore) {
            skipped.push(c.name);
            continue;
        }
        const d = compareColumn(c.name, r.summary, c.summary, rule, policy['small-reference'], policyFile);
        if (d)
            columns.push(d);
        else
            skipped.push(c.name);
    }
    const drifted = columns.filter((c) => c.drifted);
    const driftedShare = columns.length ? drifted.length / columns.length : 0;
    const criticalDrifted = drifted.filter((c) => columnRuleFor(policy, c.column).critical).map((c) => c.column);
    const rowsDropped = cur.rows < ref.rows * (1 - policy['max-row-drop']);
    return {
        table,
        rows: { reference: ref.rows, current: cur.rows },
        rowsDropped,
        schema,
        schemaChanged: schema.added.length + schema.removed.length + schema.retyped.length > 0,
        columns,
        skipped,
        driftedShare,
        criticalDrifted,
        drift: columns.length > 0 && (driftedShare >= policy['drift-share'] || criticalDrifted.length > 0),
    };
}

// EXTERNAL MODULE: ../../packages/core/src/detect/reasons.ts
var detect_reasons = __webpack_require__(74502);
;// CONCATENATED MODULE: ../../packages/core/src/detect/detect.ts













const EMPTY = { added: [], removed: [], modified: [] };
/**
 * Answer "should we train?": fingerprint the data (stat cache, worker threads), read pointers and params, profile
 * changed tabular files, compare everything with the baseline record, and build the next record.
 */
async function detectChanges(opts) {
    const ms = {};
    const t0 = performance.now();
    const lap = (k, since) => (ms[k] = Math.round(performance.now() - since));
    const now = opts.now ?? new Date();
    const policy = opts.policy ?? DEFAULT_DRIFT_POLICY;
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
    const fp = await fingerprintFiles(opts.workspace, dataFiles, {
        previous,
        previousStatAt: base?.statAt,
        md5: md5Files,
        threads: opts.threads,
        input: 'data',
    });
    for (const f of fp.files) {
        const e = dvcMd5.get(f.path);
        if (e && f.md5 && `md5:${f.md5}` !== e.digest) {
            warnings.push({
                message: `${f.path} does not match its DVC record in ${e.source} (md5 ${f.md5} vs ${e.digest.slice(4)}): the workspace copy is not the data DVC tracks. Run 'dvc pull' or 'dvc commit'.`,
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
    let profiled = 0;
    let profileReused = 0;
    const bySha = new Map(fp.files.map((f) => [f.path, f.sha256]));
    const tabular = dataMatches.files.filter((f) => isTabular(f));
    for (const f of tabular) {
        const sha = bySha.get(f);
        const old = base?.profiles[f];
        if (old && old.sha256 === sha) {
            profiles[f] = old;
            profileReused++;
            continue;
        }
        const prof = await profileFile(absPath(opts.workspace, f), f);
        profiles[f] = { ...prof, sha256: sha, format: formatOf(f) };
        profiled++;
    }
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
            const ref = mergeTableProfiles(oldFiles.map((f) => stripStored(base.profiles[f])));
            const cur = mergeTableProfiles(tb.files.map((f) => stripStored(profiles[f])));
            const cmp = compareTables(tb.name, ref, cur, policy, opts.policyFile);
            comparisons.push(cmp);
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
            ms,
        },
    };
}
function readText(workspace, rel, input) {
    try {
        return (0,external_node_fs_.readFileSync)(absPath(workspace, rel), 'utf8');
    }
    catch (e) {
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
;// CONCATENATED MODULE: ../../packages/core/src/detect/summary.ts


/** What each reason means, in the user's words (the summary's "why"). */
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
        out.push(`${counted}: ${r.reasons.map((x) => `**${x}** (${REASON_TEXT[x]})`).join('; ')}.`, '');
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
    const stat = c.statistic !== undefined ? ` (${c.test === 'ks' ? 'D' : c.test === 'z' ? 'z' : 'χ²'} = ${fmtNum(c.statistic)})` : '';
    return `| ${code(c.column)} | ${c.test} | ${value}${stat} | ${cmp} ${c.threshold} | ${fmtNum(c.psi)} | ${moved} | ${c.drifted ? '🔴' : '🟢'} |`;
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

;// CONCATENATED MODULE: ../../packages/core/src/detect/index.ts













;// CONCATENATED MODULE: ../../packages/core/src/drift/index.ts













// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(61601);
;// CONCATENATED MODULE: ./src/save.ts
/** State the post step reads (save-baseline: on-success). */
const STATE = { path: 'baseline-path', key: 'baseline-key' };
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

;// CONCATENATED MODULE: ./src/main.ts










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
};
const LIST_CAP = 1000;
async function main_run(platform) {
    await runAction(ACTION, async (p) => {
        const raw = (0,src/* parseInputs */.TL)(inputs/* inputs */.Q, (n) => p.getInput(n));
        // An empty list input parses to undefined (its default is empty).
        const o = { ...raw, data: raw.data ?? [], pointers: raw.pointers ?? [], code: raw.code ?? [], params: raw.params ?? [] };
        const ctx = p.context();
        const workspace = ctx.workspace;
        if (o.data.length === 0 && o.pointers.length === 0) {
            throw new src/* UserError */.yo("Inputs 'data' and 'pointers' are both empty: give the data globs (e.g. `data: data/*.csv`) or pointer files (`pointers: data/*.dvc`).");
        }
        const inWorkspace = (input) => (rel) => absPath(workspace, toWorkspacePattern(workspace, rel, input));
        const policy = o['drift-policy'] ? loadDriftPolicy(o['drift-policy'], 'drift-policy', inWorkspace('drift-policy')) : DEFAULT_DRIFT_POLICY;
        const source = parseBaselineInput(o.baseline, workspace);
        const branch = ctx.pullRequest?.headRef || ctx.ref.replace(/^refs\/(heads|tags)\//, '') || 'detached';
        const keys = baselineKeys({
            data: o.data,
            pointers: o.pointers,
            branch,
            defaultBranch: ctx.defaultBranch,
            runId: ctx.runId,
            runAttempt: ctx.runAttempt,
        });
        const log = { warning: (m) => p.annotate('warning', m), info: (m) => p.info(m) };
        const loaded = await loadBaseline(source, { workspace, cache: p.cache, keys, log });
        let changed;
        if (o.code.length && loaded.record) {
            let client;
            try {
                client = isGitHubPlatform(p) ? getOctokit(p) : undefined;
            }
            catch {
                client = undefined;
            }
            changed = await listChangedFiles({ context: ctx, client, baselineCommit: loaded.record.commit, cwd: workspace, log: p });
            p.info(`Changed files: ${changed.files ? `${changed.files.length} from ${changed.source}` : changed.source}`);
        }
        // The report path is output, not input: any path will do (relative ones are taken from the workspace).
        const reportPath = o['report-path'] ? (0,external_node_path_.resolve)(workspace, o['report-path']) : (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), ACTION, 'report.json');
        const lockPath = o['write-lock'] ? toWorkspacePattern(workspace, o['write-lock'], 'write-lock') : undefined;
        const own = [source.kind === 'file' ? source.path : '', lockPath ?? '', (0,external_node_path_.relative)(workspace, reportPath).split(external_node_path_.sep).join('/')].filter(Boolean);
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
        (0,external_node_fs_.writeFileSync)(reportPath, JSON.stringify(report(result, loaded.description), null, 2) + '\n');
        p.setOutput('should-train', String(result.shouldTrain));
        p.setOutput('reasons', JSON.stringify(result.reasons));
        p.setOutput('data-changed', String(result.dataChanged));
        p.setOutput('code-changed', String(result.codeChanged));
        p.setOutput('drift', String(result.drift));
        p.setOutput('fingerprint', result.fingerprint);
        p.setOutput('changed-files', JSON.stringify(changedFiles(result)));
        p.setOutput('report', reportPath);
        p.setOutput('cache-key', `mlci-data-${result.fingerprint}`);
        for (const w of result.warnings)
            p.annotate('warning', w.message, { file: w.file, title: ACTION });
        const s = result.stats;
        p.info(`should-train=${result.shouldTrain} reasons=${JSON.stringify(result.reasons)} fingerprint=${result.fingerprint}\n` +
            `${s.files} data files: ${s.hashed} hashed (${s.bytesHashed} bytes), ${s.reused} unchanged by stat cache; ` +
            `${s.profiled} profiled, ${s.profileReused} profiles reused; timings ms ${JSON.stringify(s.ms)}`);
        await p.appendSummary(renderSummary(result, { baselineSource: loaded.description }));
        if (!result.shouldTrain)
            return;
        if (lockPath) {
            writeRecord(absPath(workspace, lockPath), result.record);
            p.info(`Wrote the baseline lock file ${o['write-lock']}: commit it after training to use it as the baseline.`);
        }
        if (source.kind !== 'cache' || o['save-baseline'] === 'never')
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
function capList(v) {
    return v.length > LIST_CAP ? v.slice(0, LIST_CAP) : v;
}
function changedFiles(r) {
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
function report(r, baseline) {
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


/***/ })

};
