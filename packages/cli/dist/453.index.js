export const id = 453;
export const ids = [453];
export const modules = {

/***/ 53453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../core/src/errors.ts
var errors = __webpack_require__(90319);
// EXTERNAL MODULE: ../core/src/platform.ts
var platform = __webpack_require__(90219);
// EXTERNAL MODULE: ../core/src/inputs/units.ts
var units = __webpack_require__(31981);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ../../node_modules/zod/v4/core/core.js
var core = __webpack_require__(46416);
;// CONCATENATED MODULE: ../core/src/inputs/schema.ts



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
    return schemas/* string */.YjP().transform((s, ctx) => {
        const t = s.trim();
        const v = Number(t);
        if (!/^-?\d+$/.test(t) || !Number.isSafeInteger(v)) {
            ctx.addIssue({ code: 'custom', message: 'expected a whole number' });
            return core/* NEVER */.tm;
        }
        if (opts.min !== undefined && v < opts.min) {
            ctx.addIssue({ code: 'custom', message: `expected a whole number of at least ${opts.min}` });
            return core/* NEVER */.tm;
        }
        if (opts.max !== undefined && v > opts.max) {
            ctx.addIssue({ code: 'custom', message: `expected a whole number of at most ${opts.max}` });
            return core/* NEVER */.tm;
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

// EXTERNAL MODULE: ../core/src/inputs/document.ts
var inputs_document = __webpack_require__(20565);
;// CONCATENATED MODULE: ../core/src/inputs/index.ts




// EXTERNAL MODULE: ../core/src/fs/paths.ts
var paths = __webpack_require__(53244);
// EXTERNAL MODULE: ../core/src/fs/text.ts
var fs_text = __webpack_require__(39477);
;// CONCATENATED MODULE: ../core/src/fs/index.ts



;// CONCATENATED MODULE: ../core/src/index.ts






;// CONCATENATED MODULE: ../gitlab/src/api.ts
/**
 * The few GitLab REST API v4 calls mlci makes, on Node's fetch. Written by hand rather than with a full client
 * (@gitbeaker/rest): three endpoints, and mlci needs exact control of what a failure means — a 401/403/404 on a note
 * is a one-line notice, never a failed gate — and of retries (429 and 5xx, honouring `Retry-After`, as GitLab's rate
 * limits ask: https://docs.gitlab.com/security/rate_limits/).
 */
/** A GitLab API answer other than 2xx, after retries. */
class GitLabApiError extends Error {
    status;
    method;
    path;
    constructor(status, method, path, detail) {
        super(`GitLab API ${method} ${path} answered ${status}${detail ? `: ${detail}` : ''}`);
        this.status = status;
        this.method = method;
        this.path = path;
        this.name = 'GitLabApiError';
    }
}
/** Seconds (`120`) or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    const v = value.trim();
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    const at = Date.parse(v);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** The `message`/`error` of a GitLab error body, cut short (never a whole page of HTML from a proxy). */
function detailOf(text) {
    try {
        const j = JSON.parse(text);
        const m = j.message ?? j.error;
        const s = typeof m === 'string' ? m : JSON.stringify(m);
        return s ? s.slice(0, 200) : '';
    }
    catch {
        return text.replace(/\s+/g, ' ').trim().slice(0, 120);
    }
}
class GitLabApi {
    opts;
    fetch;
    sleep;
    retries;
    maxWaitMs;
    constructor(opts) {
        this.opts = opts;
        this.fetch = opts.fetch ?? ((url, init) => globalThis.fetch(url, init));
        this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        this.retries = opts.retries ?? 3;
        this.maxWaitMs = opts.maxWaitMs ?? 60_000;
    }
    /** One request with retries; returns the parsed JSON body and the response headers. */
    async request(method, path, body) {
        const url = this.opts.apiUrl.replace(/\/+$/, '') + path;
        const headers = { 'PRIVATE-TOKEN': this.opts.token, accept: 'application/json' };
        if (body !== undefined)
            headers['content-type'] = 'application/json';
        for (let attempt = 0;; attempt++) {
            const res = await this.fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
            const text = await res.text();
            if (res.status >= 200 && res.status < 300) {
                return { data: (text ? JSON.parse(text) : undefined), headers: res.headers };
            }
            const retriable = res.status === 429 || res.status >= 500;
            if (!retriable || attempt >= this.retries)
                throw new GitLabApiError(res.status, method, path.split('?')[0], detailOf(text));
            // Retry-After when given (GitLab sends it with 429), else exponential backoff: 1 s, 2 s, 4 s.
            const wait = retryAfterMs(res.headers.get('retry-after')) ?? 1000 * 2 ** attempt;
            if (wait > this.maxWaitMs)
                throw new GitLabApiError(res.status, method, path.split('?')[0], `asked to wait ${Math.ceil(wait / 1000)} s, longer than mlci waits`);
            this.opts.debug?.(`GitLab API ${method} ${path.split('?')[0]} answered ${res.status}; retrying in ${wait} ms`);
            await this.sleep(wait);
        }
    }
    /** Every page of a list, following `x-next-page` (https://docs.gitlab.com/api/rest/#pagination). */
    async *pages(path, perPage = 100) {
        let page = '1';
        for (let guard = 0; guard < 10_000; guard++) {
            const sep = path.includes('?') ? '&' : '?';
            const { data, headers } = await this.request('GET', `${path}${sep}per_page=${perPage}&page=${page}`);
            yield data;
            const next = headers.get('x-next-page');
            if (!next)
                return;
            page = next;
        }
    }
}

;// CONCATENATED MODULE: ../gitlab/src/context.ts
/**
 * The run's facts from GitLab CI's predefined variables
 * (https://docs.gitlab.com/ci/variables/predefined_variables/), in the platform-neutral RunContext the domain reads.
 */

/**
 * `CI_PIPELINE_SOURCE` mapped to the event names the domain knows (GitHub's). Sources not listed keep their own name
 * (`chat`, `webide`, `ondemand_dast_scan`, …): nothing in mlci reacts to them.
 */
const SOURCES = {
    push: 'push',
    merge_request_event: 'pull_request',
    external_pull_request_event: 'pull_request',
    schedule: 'schedule',
    web: 'workflow_dispatch',
    api: 'workflow_dispatch',
    trigger: 'workflow_dispatch',
    pipeline: 'workflow_call',
    parent_pipeline: 'workflow_call',
};
function eventName(source) {
    if (!source)
        return 'push';
    return SOURCES[source] ?? source;
}
/** True when this process runs inside a GitLab CI job (`GITLAB_CI=true`, set by every GitLab runner). */
function isGitLabCI(env = process.env) {
    return env.GITLAB_CI === 'true';
}
function context_int(env, name) {
    const v = env[name];
    if (v === undefined || v === '')
        return undefined;
    const n = Number(v);
    return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}
/** RunContext from CI_* variables. Throws a UserError naming the variable when a variable every job has is missing. */
function gitlabContext(env = process.env) {
    const need = (name) => {
        const v = env[name];
        if (!v)
            throw new errors/* UserError */.y(`${name} is not set: mlci reads GitLab's predefined CI/CD variables and this does not look like a GitLab CI job (GITLAB_CI=${env.GITLAB_CI ?? 'unset'})`);
        return v;
    };
    const path = need('CI_PROJECT_PATH');
    const slash = path.lastIndexOf('/');
    const branch = env.CI_COMMIT_BRANCH || env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || env.CI_COMMIT_TAG || '';
    const tag = env.CI_COMMIT_TAG;
    const iid = context_int(env, 'CI_MERGE_REQUEST_IID');
    const sha = need('CI_COMMIT_SHA');
    const ref = tag ? `refs/tags/${tag}` : iid !== undefined && !env.CI_COMMIT_BRANCH ? `refs/merge-requests/${iid}/head` : branch ? `refs/heads/${branch}` : '';
    const ctx = {
        eventName: eventName(env.CI_PIPELINE_SOURCE),
        repository: path,
        owner: env.CI_PROJECT_NAMESPACE || path.slice(0, Math.max(0, slash)),
        repo: env.CI_PROJECT_NAME || path.slice(slash + 1),
        sha,
        ref,
        // The branch the run is for: the pushed branch, or the merge request's source branch.
        branch,
        actor: env.GITLAB_USER_LOGIN || '',
        runId: context_int(env, 'CI_PIPELINE_ID') ?? 0,
        runAttempt: 1,
        workflow: env.CI_CONFIG_PATH || '.gitlab-ci.yml',
        job: env.CI_JOB_NAME || '',
        serverUrl: env.CI_SERVER_URL || '',
        apiUrl: env.CI_API_V4_URL || (env.CI_SERVER_URL ? `${env.CI_SERVER_URL}/api/v4` : ''),
        workspace: env.CI_PROJECT_DIR || process.cwd(),
        payload: {},
        projectId: need('CI_PROJECT_ID'),
        jobId: context_int(env, 'CI_JOB_ID'),
        pipelineUrl: env.CI_PIPELINE_URL,
    };
    if (env.CI_DEFAULT_BRANCH)
        ctx.defaultBranch = env.CI_DEFAULT_BRANCH;
    if (iid !== undefined) {
        const source = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID;
        const target = env.CI_MERGE_REQUEST_PROJECT_ID;
        ctx.pullRequest = {
            number: iid,
            headSha: env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA || sha,
            baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA || env.CI_MERGE_REQUEST_TARGET_BRANCH_SHA || '',
            baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME || '',
            headRef: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || '',
            // A merge request from a fork runs in the target project with the source project's id differing.
            fork: !!source && !!target && source !== target,
        };
    }
    return ctx;
}

;// CONCATENATED MODULE: ../gitlab/src/dotenv.ts
/**
 * Step outputs as an `artifacts:reports:dotenv` file, so later jobs along `needs:` read them as variables
 * (https://docs.gitlab.com/ci/variables/dotenv_variables/). GitLab accepts only a narrow dotenv: one `NAME=value` per
 * line, names of ASCII letters, digits and `_`, no empty lines or comments, no multi-line values, quotes kept as they
 * are, and the instance limits — 5 KB per file and 20 variables on GitLab.com's smallest plans
 * (https://docs.gitlab.com/administration/instance_limits/#limit-dotenv-variables). A file over a limit fails the
 * upload and with it the job, so mlci writes only what fits and says what it left out: the full outputs are always
 * in outputs.json beside it.
 */
const DOTENV_MAX_BYTES = 5 * 1024;
const DOTENV_MAX_VARIABLES = 20;
/** `should-train` → `MLCI_SHOULD_TRAIN`. */
function dotenvName(output, prefix = 'MLCI_') {
    return prefix + output.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}
/**
 * The dotenv text of `outputs` (in the order given; put the important ones first). A value with a line break or
 * outside printable text is left out; so is anything past the variable or byte limit.
 */
function toDotenv(outputs, opts = {}) {
    const maxBytes = opts.maxBytes ?? DOTENV_MAX_BYTES;
    const maxVariables = opts.maxVariables ?? DOTENV_MAX_VARIABLES;
    const lines = [];
    const written = [];
    const skipped = [];
    let bytes = 0;
    const seen = new Set();
    for (const [output, value] of Object.entries(outputs)) {
        const name = dotenvName(output, opts.prefix);
        if (seen.has(name)) {
            skipped.push(`${name} (two outputs map to this name)`);
            continue;
        }
        seen.add(name);
        if (/[\r\n\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)) {
            skipped.push(`${name} (a multi-line or control-character value, which GitLab's dotenv cannot carry)`);
            continue;
        }
        const line = `${name}=${value}`;
        const size = Buffer.byteLength(line, 'utf8') + 1;
        if (written.length >= maxVariables) {
            skipped.push(`${name} (over the ${maxVariables}-variable limit)`);
            continue;
        }
        if (bytes + size > maxBytes) {
            skipped.push(`${name} (over the ${maxBytes}-byte file limit)`);
            continue;
        }
        lines.push(line);
        written.push(name);
        bytes += size;
    }
    return { text: lines.length ? lines.join('\n') + '\n' : '', written, skipped };
}

;// CONCATENATED MODULE: ../core/src/markdown.ts
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

;// CONCATENATED MODULE: ../gitlab/src/notes.ts


/** GitLab's limit on a note body (the Notes API: "body ... (max 1,000,000 characters)"). */
const NOTE_MAX_CHARS = 1_000_000;
/** What to say when a note cannot be written: a notice with the fix, not a failure. */
function noteDenied(status) {
    if (status === 401)
        return 'MLCI_GITLAB_TOKEN was refused (401): it is expired, revoked or not a token; set a project or group access token with the `api` scope';
    if (status === 403)
        return 'MLCI_GITLAB_TOKEN may not write notes (403): give the token the `api` scope and at least the Reporter role on the project';
    return 'the merge request was not found (404): the token cannot see this project or merge request';
}
async function upsertNote(api, target, action, key, body) {
    const marker = commentMarker(action, key);
    const head = `${marker}\n`;
    const { text } = truncateMarkdown(body, NOTE_MAX_CHARS - head.length, `> **Note**: this note was cut to GitLab's ${NOTE_MAX_CHARS.toLocaleString('en-US')}-character limit. The full report is in the job's artifacts${target.pipelineUrl ? ` ([pipeline](${target.pipelineUrl}))` : ''}.`);
    const full = head + text;
    const base = `/projects/${encodeURIComponent(target.projectId)}/merge_requests/${target.iid}/notes`;
    try {
        // The token's own user: a note someone else wrote with our marker in it is never ours to edit.
        let me;
        try {
            me = (await api.request('GET', '/user')).data.id;
        }
        catch (e) {
            // Some job tokens may not read /user; the marker alone then decides.
            if (!(e instanceof GitLabApiError) || e.status >= 500 || e.status === 429)
                throw e;
        }
        let existing;
        for await (const page of api.pages(`${base}?sort=asc&order_by=created_at`)) {
            existing = page.find((n) => !n.system && typeof n.body === 'string' && n.body.startsWith(marker) && (me === undefined || n.author?.id === me));
            if (existing)
                break;
        }
        if (existing) {
            if (existing.body !== full)
                await api.request('PUT', `${base}/${existing.id}`, { body: full });
            return { posted: true, updated: true, id: existing.id };
        }
        const { data } = await api.request('POST', base, { body: full });
        return { posted: true, updated: false, id: data.id };
    }
    catch (e) {
        if (e instanceof GitLabApiError && (e.status === 401 || e.status === 403 || e.status === 404)) {
            return { posted: false, skippedReason: noteDenied(e.status) };
        }
        if (e instanceof GitLabApiError)
            return { posted: false, skippedReason: e.message };
        throw e;
    }
}

;// CONCATENATED MODULE: ../gitlab/src/platform.ts



/** The token variable: a project or group access token with the `api` scope (CI_JOB_TOKEN cannot write notes). */
const TOKEN_VARIABLE = 'MLCI_GITLAB_TOKEN';
function withGitLab(base, opts = {}) {
    const env = opts.env ?? process.env;
    // The workspace stays the base platform's (the CLI's: the directory it runs in, which on a runner is
    // CI_PROJECT_DIR): every path the user gives is relative to it. gitlab-ci-local, for one, sets CI_PROJECT_DIR to
    // a /builds/... path that only exists in its Docker mode, while shell jobs run elsewhere.
    const ctx = { ...gitlabContext(env), workspace: base.context().workspace };
    const token = env[TOKEN_VARIABLE];
    const api = token ? new GitLabApi({ apiUrl: ctx.apiUrl, token, fetch: opts.fetch, sleep: opts.sleep, debug: (l) => base.debug(l) }) : undefined;
    let toldNoToken = false;
    return {
        ...base,
        name: 'gitlab',
        context: () => ctx,
        async upsertComment(action, key, body, target) {
            // The body is always kept as a file too, so it is in the job's artifacts whatever the API says.
            await base.upsertComment(action, key, body, target);
            const iid = target?.issueNumber ?? ctx.pullRequest?.number;
            if (iid === undefined)
                return { posted: false, skippedReason: `no merge request in this ${ctx.eventName} pipeline to comment on` };
            if (!api) {
                if (!toldNoToken) {
                    toldNoToken = true;
                    base.annotate('notice', `No merge request note was posted: set ${TOKEN_VARIABLE} (a project or group access token with the \`api\` scope) to post one. The note's text is in the job's artifacts.`);
                }
                return { posted: false, skippedReason: `${TOKEN_VARIABLE} is not set` };
            }
            const r = await upsertNote(api, { projectId: ctx.projectId, iid, pipelineUrl: ctx.pipelineUrl }, action, key, body);
            if (!r.posted)
                base.annotate('notice', `No merge request note was posted: ${r.skippedReason}`);
            else if (ctx.serverUrl && r.id !== undefined)
                r.url = `${ctx.serverUrl}/${ctx.repository}/-/merge_requests/${iid}#note_${r.id}`;
            return r;
        },
    };
}

;// CONCATENATED MODULE: ../gitlab/src/index.ts






;// CONCATENATED MODULE: ./src/gitlab-env.ts
/**
 * The dotenv report of a command in a GitLab CI job: `<out-dir>/mlci.env`, for `artifacts:reports:dotenv`.
 *
 * A job reads the dotenv reports of every job it `needs:`, so the gate (after detect and train) would see two
 * MLCI_REPORT: each command has its own prefix. Detect's is plain MLCI_, for MLCI_SHOULD_TRAIN.
 */



const DOTENV_PREFIX = {
    detect: 'MLCI_',
    train: 'MLCI_TRAIN_',
    gate: 'MLCI_GATE_',
    validate: 'MLCI_CONTRACT_',
    approve: 'MLCI_APPROVAL_',
};
/** Write the outputs as `<outDir>/mlci.env`; returns what was left out (`NAME (why)`), to be said as notices. */
function writeDotenv(outDir, command, outputs) {
    const env = toDotenv(outputs, { prefix: DOTENV_PREFIX[command] ?? 'MLCI_' });
    const path = (0,external_node_path_.resolve)(outDir, 'mlci.env');
    (0,external_node_fs_.writeFileSync)(path, env.text);
    return { path, skipped: env.skipped };
}

// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(26848);
;// CONCATENATED MODULE: ../core/src/approval/words.ts

/** Default words that approve, as the issue specifies (a contract: README and action.yml repeat them). */
const DEFAULT_APPROVE_WORDS = ['approve', 'approved', 'lgtm', 'yes', '/approve'];
/** Default words that deny. */
const DEFAULT_DENY_WORDS = ['deny', 'denied', 'no', '/deny'];
/**
 * Normalise a comment or a configured word for a whole-comment match: trim, lower-case, collapse inner whitespace and
 * drop trailing `.` / `!` so "LGTM!" and "Approved." count, while "approve after the fix" does not.
 */
function words_normaliseWord(text) {
    return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!]+$/, '').trim();
}
/**
 * Check configured word lists: none empty, no word in both lists (a comment must never be both an approval and a
 * denial). Throws a UserError naming the input.
 */
function checkWords(words) {
    const approve = words.approve.map(words_normaliseWord).filter((w) => w !== '');
    const deny = words.deny.map(words_normaliseWord).filter((w) => w !== '');
    if (approve.length === 0)
        throw new errors/* UserError */.y("Input 'approve-words' is empty: give at least one word, e.g. 'approve, lgtm'.");
    if (deny.length === 0)
        throw new errors/* UserError */.y("Input 'deny-words' is empty: give at least one word, e.g. 'deny'.");
    const both = approve.filter((w) => deny.includes(w));
    if (both.length > 0) {
        throw new errors/* UserError */.y(`Inputs 'approve-words' and 'deny-words' both contain '${both.join("', '")}': a word can only approve or deny, remove it from one list.`);
    }
    return { approve: [...new Set(approve)], deny: [...new Set(deny)] };
}
/**
 * Classify a comment body: the whole comment (normalised) must equal one word; case-insensitive.
 * Returns undefined for any other comment (discussion, quoted replies, "approve once CI passes").
 */
function classifyComment(body, words) {
    const text = words_normaliseWord(body);
    if (text === '')
        return undefined;
    if (words.deny.some((w) => words_normaliseWord(w) === text))
        return 'deny';
    if (words.approve.some((w) => words_normaliseWord(w) === text))
        return 'approve';
    return undefined;
}

;// CONCATENATED MODULE: ../core/src/approval/approvers.ts

// GitHub logins: letters, digits, hyphens (underscores for Enterprise Managed Users); team slugs are lower-case.
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
/**
 * Parse `alice, @bob, @acme/ml-leads` (items already split by the list input). A user may be written with or without
 * `@`; a team is `@org/slug` (or `org/slug`). Throws one UserError naming the bad item.
 */
function approvers_parseApprovers(items) {
    const users = [];
    const teams = [];
    const seen = new Set();
    for (const raw of items) {
        const item = raw.trim().replace(/^@/, '');
        if (item === '')
            continue;
        const slash = item.indexOf('/');
        if (slash >= 0) {
            const org = item.slice(0, slash);
            const slug = item.slice(slash + 1);
            if (!LOGIN.test(org) || !SLUG.test(slug)) {
                throw new errors/* UserError */.y(`Input 'approvers' has '${raw}': a team is written '@org/team-slug' (the slug from the team's URL).`);
            }
            const key = `${org}/${slug}`.toLowerCase();
            if (!seen.has(key))
                teams.push({ org, slug: slug.toLowerCase() });
            seen.add(key);
        }
        else {
            if (!LOGIN.test(item)) {
                throw new errors/* UserError */.y(`Input 'approvers' has '${raw}': expected a GitHub login such as 'alice' or a team such as '@acme/ml-leads'.`);
            }
            const key = item.toLowerCase();
            if (!seen.has(key))
                users.push(item);
            seen.add(key);
        }
    }
    if (users.length === 0 && teams.length === 0) {
        throw new errors/* UserError */.y("Input 'approvers' is empty: list who may approve, e.g. 'alice, @acme/ml-leads'.");
    }
    return { users, teams };
}
/** Render a spec back to the `approvers` text (stored in the request record). */
function approvers_formatApprovers(spec) {
    return [...spec.users, ...spec.teams.map((t) => `@${t.org}/${t.slug}`)];
}
function approvers_isApprover(resolved, login) {
    return resolved.byLogin.has(login.toLowerCase());
}
/**
 * Expand teams to members through the tracker (which raises a UserError naming the token scope when it cannot read
 * them). Membership is read when the decision is made, so a person who left the team no longer counts.
 */
async function approvers_resolveApprovers(spec, tracker) {
    const byLogin = new Map();
    const add = (login, via) => {
        const key = login.toLowerCase();
        const cur = byLogin.get(key);
        if (cur) {
            if (!cur.via.includes(via))
                cur.via.push(via);
        }
        else
            byLogin.set(key, { login, via: [via] });
    };
    for (const u of spec.users)
        add(u, 'listed');
    for (const t of spec.teams) {
        for (const m of await tracker.teamMembers(t.org, t.slug))
            add(m, `@${t.org}/${t.slug}`);
    }
    return { byLogin };
}

;// CONCATENATED MODULE: ../core/src/approval/port.ts
/**
 * The platform-neutral port the approval flow talks through: issues (or merge-request notes), comments, team
 * membership, repository permissions, the requesting run, and the follow-up dispatch. GitHub implements it in
 * packages/github/src/approval.ts; GitLab can implement it with issues, notes, group members and pipeline triggers.
 * Timestamps are the platform's own (ISO 8601 strings) so ordering never depends on the runner's clock.
 */
const port_systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/**
 * Errors worth another try on the next poll: server errors, rate limits (primary or secondary) and network resets.
 * Adapters put the HTTP status on `status` (Octokit's RequestError does).
 */
function port_isTransientError(e) {
    if (!(e instanceof Error))
        return false;
    const status = e.status;
    if (typeof status === 'number') {
        if (status >= 500 || status === 429)
            return true;
        if (status === 403 && /rate limit|abuse/i.test(e.message))
            return true;
        return false;
    }
    const code = e.code;
    return typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|EPIPE|UND_ERR_\w+)$/.test(code);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ../core/src/approval/record.ts


/**
 * The request record: everything the request run decided (who may approve, how many, what ships, what to dispatch),
 * carried to the resolve run inside the issue body as a hidden block. Base64 keeps `-->` and markdown out of it.
 * The SHA-256 of the whole issue body (record and the text approvers read) is posted in a separate "seal" comment,
 * so an edit of the body — which the REST API does not report — shows up as a digest mismatch, and an edit of the
 * seal shows up as its `updated_at` moving.
 *
 * Every marker is recognised only at the very start of a body (the record block at the start of the description,
 * the seal, decision, status and refusal markers at the start of a comment): a marker quoted inside other text —
 * a record field echoed into a comment, a person's reply — is never one.
 */
const MARKER_PREFIX = 'mlci:request-approval';
const RECORD_ANY = /<!-- mlci:request-approval:record/g;
const RECORD_RE = /^<!-- mlci:request-approval:record v(\d+) ([A-Za-z0-9+/=]+) -->/;
const SEAL_RE = /^<!-- mlci:request-approval:seal sha256:([0-9a-f]{64}) -->/;
const DECISION_RE = /^<!-- mlci:request-approval:decision (approved|denied|timed-out) -->/;
const record_STATUS_MARKER = '<!-- mlci:request-approval:status -->';
const record_REQUEST_MARKER = '<!-- mlci:request-approval:request -->';
const record_VERIFY_MARKER = '<!-- mlci:request-approval:verification -->';
/** True when `body` starts with `marker` (markers count only there). */
function record_startsWithMarker(body, marker) {
    return body.startsWith(marker);
}
/** Longest model version, ref, workflow or event name a request records (checked at request and at resolve). */
const MAX_FIELD_CHARS = 256;
/** Most approve or deny words, and the longest word. */
const MAX_WORDS = 20;
const MAX_WORD_CHARS = 50;
const RECORD_VERSION = 1;
const NO_CONTROL = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;
/** A one-line field of bounded length: what GitHub passes on and what mlci prints stays one line. */
const field = (max = MAX_FIELD_CHARS) => schemas/* string */.YjP().max(max).regex(NO_CONTROL, 'holds a line break or control character');
const login = schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}(?:\[bot\])?$/, 'is not a GitHub login');
const onApproveSchema = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* object */.Ikc({ kind: schemas/* literal */.euz('none') }),
    schemas/* object */.Ikc({ kind: schemas/* literal */.euz('workflow'), workflow: field().min(1), ref: field().min(1) }),
    schemas/* object */.Ikc({ kind: schemas/* literal */.euz('repository-dispatch'), eventType: field(100).min(1) }),
]);
const recordSchema = schemas/* object */.Ikc({
    v: schemas/* literal */.euz(RECORD_VERSION),
    repository: schemas/* string */.YjP().regex(/^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/, 'is not owner/name'),
    runId: schemas/* number */.aig().int().positive(),
    runAttempt: schemas/* number */.aig().int().positive(),
    workflow: field(),
    sha: schemas/* string */.YjP().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/),
    ref: field(),
    initiators: schemas/* array */.YOg(login).max(10),
    modelVersion: field(),
    approvers: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^@?[A-Za-z0-9][A-Za-z0-9_-]{0,99}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$/, 'is not a login or @org/team')).min(1).max(100),
    minimumApprovals: schemas/* number */.aig().int().min(1),
    excludeInitiator: schemas/* boolean */.zMY(),
    approveWords: schemas/* array */.YOg(field(MAX_WORD_CHARS).min(1)).min(1).max(MAX_WORDS),
    denyWords: schemas/* array */.YOg(field(MAX_WORD_CHARS).min(1)).min(1).max(MAX_WORDS),
    closeMeansDeny: schemas/* boolean */.zMY(),
    timeoutMs: schemas/* number */.aig().int().positive(),
    onApprove: onApproveSchema,
});
/** Encode a record as its base64 payload (deterministic: keys in schema order). */
function record_encodeRecordPayload(record) {
    const ordered = recordSchema.parse(record);
    return Buffer.from(JSON.stringify(ordered), 'utf8').toString('base64');
}
/** The hidden block placed in the issue body. */
function record_recordBlock(payload) {
    return `<!-- ${MARKER_PREFIX}:record v${RECORD_VERSION} ${payload} -->`;
}
/**
 * Digest of an issue body as the seal covers it. Line endings are normalised and trailing whitespace dropped, so a
 * body GitHub stores with CRLF or without a final newline still matches; any change to the text does not.
 */
function record_bodyDigest(body) {
    return createHash('sha256').update(body.replace(/\r\n?/g, '\n').trimEnd(), 'utf8').digest('hex');
}
/** The seal comment: the digest of the issue body in a marker, plus a line a person can read. */
function record_sealComment(issueBody) {
    const d = record_bodyDigest(issueBody);
    return `<!-- ${MARKER_PREFIX}:seal sha256:${d} -->\nRequest sealed (sha256 \`${d.slice(0, 16)}…\` of the description above). mlci ignores this request if the description or this comment is edited.`;
}
function record_sealDigestOf(body) {
    return SEAL_RE.exec(body)?.[1];
}
/** Find and decode the one record block in an issue body. Two blocks are invalid (one could shadow the other). */
function record_extractRecord(body) {
    const count = [...body.matchAll(RECORD_ANY)].length;
    if (count === 0)
        return { kind: 'none' };
    if (count > 1)
        return { kind: 'invalid', reason: `the description holds ${count} request records, expected one` };
    const m = RECORD_RE.exec(body);
    if (!m)
        return { kind: 'invalid', reason: 'the request record is not at the start of the description' };
    const [, version, payload] = m;
    if (Number(version) !== RECORD_VERSION) {
        return { kind: 'invalid', reason: `request record version ${version} is not supported by this mlci (expects ${RECORD_VERSION})` };
    }
    let json;
    try {
        json = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    }
    catch {
        return { kind: 'invalid', reason: 'the request record is not valid base64 JSON' };
    }
    const parsed = recordSchema.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        return { kind: 'invalid', reason: `the request record is malformed (${first.path.join('.') || 'record'}: ${first.message})` };
    }
    return { kind: 'ok', payload, record: parsed.data };
}
function record_hasRecordMarker(body) {
    return body.includes(`<!-- ${MARKER_PREFIX}:record`);
}
function record_decisionMarker(decision) {
    return `<!-- ${MARKER_PREFIX}:decision ${decision} -->`;
}
function record_decisionOf(body) {
    return DECISION_RE.exec(body)?.[1];
}
/**
 * The workflow_dispatch inputs recorded at request time. The follow-up workflow declares these three inputs;
 * GitHub rejects a dispatch with undeclared inputs (422), so the set is fixed and documented.
 */
function record_dispatchInputs(record) {
    return { 'model-version': record.modelVersion, 'commit-sha': record.sha, 'run-id': String(record.runId) };
}
/** repository_dispatch client_payload: the same facts plus the issue and who approved. */
function record_dispatchPayload(record, issueNumber, approvedBy) {
    return {
        model_version: record.modelVersion,
        commit_sha: record.sha,
        run_id: String(record.runId),
        issue_number: issueNumber,
        approved_by: approvedBy,
    };
}

;// CONCATENATED MODULE: ../core/src/approval/decide.ts


const WRITE = new Set(['admin', 'maintain', 'write']);
function hasWritePermission(p) {
    return p !== undefined && WRITE.has(p);
}
const ms = (iso) => Date.parse(iso);
function isOwnComment(c) {
    return c.authorIsBot && c.body.startsWith('<!-- mlci:request-approval:');
}
/** Votes and closes in the order the platform recorded them. */
function entries(input) {
    const out = [];
    const present = new Set();
    const recordedDeny = new Map();
    for (const r of input.recorded ?? []) {
        if (classifyComment(r.body, input.words) === 'deny' && !recordedDeny.has(r.commentId))
            recordedDeny.set(r.commentId, r);
    }
    for (const c of input.comments) {
        present.add(c.id);
        if (isOwnComment(c))
            continue;
        const base = { commentId: c.id, login: c.author, at: c.createdAt, url: c.url };
        const rec = recordedDeny.get(c.id);
        const edited = c.updatedAt !== c.createdAt;
        if (edited && rec) {
            out.push({ at: ms(c.createdAt), order: c.id, bot: c.authorIsBot, vote: { ...base, vote: 'deny' }, recordedFrom: `edited at ${c.updatedAt}; the denial it said before was delivered with a comment event` });
            continue;
        }
        const vote = classifyComment(c.body, input.words);
        if (!vote)
            continue; // discussion, not a vote
        out.push({ at: ms(c.createdAt), order: c.id, bot: c.authorIsBot, vote: { ...base, vote }, edited: edited ? c.updatedAt : undefined });
    }
    // A denial whose comment is gone (deleted) but was delivered with an event.
    for (const r of recordedDeny.values()) {
        if (present.has(r.commentId))
            continue;
        out.push({
            at: ms(r.createdAt), order: r.commentId, bot: r.authorIsBot,
            vote: { commentId: r.commentId, login: r.author, at: r.createdAt, url: r.url, vote: 'deny' },
            recordedFrom: 'deleted; the denial was delivered with a comment event',
        });
    }
    for (const c of input.closes ?? []) {
        out.push({ at: ms(c.at), order: -1, bot: false, vote: { commentId: 0, login: c.by, at: c.at, url: '', vote: 'close' } });
    }
    return out.sort((a, b) => a.at - b.at || a.order - b.order);
}
/**
 * Logins whose repository permission the decision needs: approvers who cast a vote that passes every other rule,
 * and approvers who closed the thread while closing denies. Asking only for these keeps the API calls per poll small.
 */
function decide_permissionCandidates(input) {
    const out = new Set();
    for (const e of entries(input)) {
        if (e.bot || e.edited)
            continue;
        if (e.vote.vote === 'close' && !input.closeMeansDeny)
            continue;
        if (isApprover(input.approvers, e.vote.login))
            out.add(e.vote.login.toLowerCase());
    }
    return [...out].sort();
}
/**
 * The approval rules, applied to votes and closes in the order the platform recorded them. Pure: same input, same
 * decision.
 *
 * A vote is ignored (and listed with its reason) when it is older than the request, written after the decision or
 * the time-out, by a bot, edited after creation, by someone who is not an approver, an approval by the run's
 * initiator while `excludeInitiator` is on, by an approver without write permission now, or a repeated approval.
 * One counted denial denies — also one that was edited or deleted later, when an event delivered it (RecordedBody);
 * `minimumApprovals` distinct counted approvals approve; otherwise the request is pending until the deadline, then
 * timed-out. A close denies when `closeMeansDeny` and the closer is an approver with write permission, like a
 * denial by comment; a later reopen does not undo it. Anyone else's close is listed and changes nothing.
 */
function decide_decide(input) {
    const needed = input.minimumApprovals;
    const result = { decision: 'pending', approvals: [], ignored: [], needed };
    const requested = ms(input.requestedAt);
    const initiators = new Set(input.initiators.map((l) => l.toLowerCase()));
    const approvedBy = new Set();
    const timeOut = () => {
        result.decision = 'timed-out';
        result.decidedAt = new Date(input.deadline).toISOString();
    };
    const ignore = (v, reason, detail) => result.ignored.push({ ...v, reason, detail });
    for (const e of entries(input)) {
        const v = e.vote;
        const key = v.login.toLowerCase();
        if (e.at < requested || (v.vote !== 'close' && input.requestCommentId !== undefined && v.commentId < input.requestCommentId)) {
            if (v.vote !== 'close')
                ignore(v, 'older-than-request', `written ${v.at}, before the request (${input.requestedAt})`);
            continue;
        }
        if (result.decision === 'pending' && e.at > input.deadline)
            timeOut();
        if (result.decision !== 'pending') {
            if (result.decision === 'timed-out')
                ignore(v, 'after-timeout', `${v.vote === 'close' ? 'closed' : 'written'} after the time-out (${result.decidedAt})`);
            else
                ignore(v, 'after-decision', `${v.vote === 'close' ? 'closed' : 'written'} after the decision (${result.decidedAt})`);
            continue;
        }
        if (v.vote === 'close') {
            if (!input.closeMeansDeny) {
                ignore(v, 'close-ignored', `${v.login} closed the thread; close-means-deny is off, so closing does not decide`);
                continue;
            }
            if (!approvers_isApprover(input.approvers, v.login)) {
                ignore(v, 'close-ignored', `${v.login} closed the thread but is not an approver: only an approver's close denies`);
                continue;
            }
        }
        else {
            if (e.bot) {
                ignore(v, 'bot', `${v.login} is a bot`);
                continue;
            }
            if (e.edited) {
                ignore(v, 'edited', `edited at ${e.edited} after it was written at ${v.at}; edited comments never count`);
                continue;
            }
            if (!approvers_isApprover(input.approvers, v.login)) {
                ignore(v, 'not-approver', `${v.login} is not an approver`);
                continue;
            }
            if (v.vote === 'approve' && input.excludeInitiator && initiators.has(key)) {
                ignore(v, 'initiator', `${v.login} started the run being approved, and exclude-initiator is on`);
                continue;
            }
        }
        const perm = input.permissions.get(key);
        if (!hasWritePermission(perm)) {
            ignore(v, 'no-write-permission', `${v.login} has ${perm ?? 'unknown'} permission on the repository now; approvers need write`);
            continue;
        }
        if (v.vote === 'close') {
            result.decision = 'denied';
            result.closedBy = { login: v.login, at: v.at };
            result.decidedAt = v.at;
            continue;
        }
        if (v.vote === 'deny') {
            result.decision = 'denied';
            result.denial = v;
            result.denialNote = e.recordedFrom;
            result.decidedAt = v.at;
            continue;
        }
        if (approvedBy.has(key)) {
            ignore(v, 'repeated', `repeated approval by ${v.login}: counted once`);
            continue;
        }
        approvedBy.add(key);
        result.approvals.push(v);
        if (result.approvals.length >= needed) {
            result.decision = 'approved';
            result.decidedAt = v.at;
        }
    }
    // The deadline can fall after the last vote.
    if (result.decision === 'pending' && input.now >= input.deadline)
        timeOut();
    return result;
}

;// CONCATENATED MODULE: ../core/src/approval/verify.ts




/**
 * Verification of a request issue before resolve trusts its record. Threat model (README "Threat model"):
 * commenters can write anything in comments; people with write access can also edit the issue description and any
 * comment, and delete comments; only workflow runs can act as the workflow identity. The REST API does not report
 * edits of an issue description, so the record is bound three ways:
 *  1. the issue was opened by a trusted identity (default `github-actions[bot]`);
 *  2. the first comment by that identity starts with the seal marker, was never edited (`updated_at ==
 *     created_at`), and carries the SHA-256 of the whole description (record and the text approvers read) — an
 *     edited description no longer matches, and no later bot comment can act as the seal;
 *  3. the recorded attempt of the requesting run exists, ran the recorded commit, and was running when the issue
 *     and the seal were created. The attempt's own start and end are used: a re-run starts a new attempt
 *     (GitHub's description of `run_started_at`: "Resets on re-run"), so re-running cannot widen the window.
 * Then the resolve step's own rules (pinRules) must equal the recorded ones.
 */
/** Clock slack between the run's timestamps and the issue's (same platform clock; covers rounding to seconds). */
const RUN_WINDOW_SLACK_MS = 60_000;
const lower = (s) => s.toLowerCase();
function chronological(comments) {
    return [...comments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
}
/** Steps 1 and 2: who opened the issue, the record in its description, and the seal comment. */
function verify_checkRequestIssue(thread, comments, opts) {
    if (thread.isPullRequest)
        return { status: 'unrelated', reason: `#${thread.number} is a pull request; resolve handles approval issues only` };
    if (!hasRecordMarker(thread.body))
        return { status: 'unrelated', reason: `#${thread.number} holds no mlci request record` };
    const trusted = opts.trustedAuthors.map(lower);
    if (!trusted.includes(lower(thread.author))) {
        return {
            status: 'rejected',
            reason: `#${thread.number} was opened by ${thread.author}, not by the workflow identity (${opts.trustedAuthors.join(', ')}); set 'request-author' if requests are opened with another token`,
        };
    }
    const ex = extractRecord(thread.body);
    if (ex.kind === 'none')
        return { status: 'rejected', reason: 'the request record in the description cannot be read' };
    if (ex.kind === 'invalid')
        return { status: 'rejected', reason: ex.reason };
    if (lower(ex.record.repository) !== lower(opts.repository)) {
        return { status: 'rejected', reason: `the request record names repository ${ex.record.repository}, not ${opts.repository}` };
    }
    const seal = chronological(comments).find((c) => lower(c.author) === lower(thread.author));
    if (!seal || sealDigestOf(seal.body) === undefined) {
        return { status: 'rejected', reason: `the first comment by ${thread.author} on #${thread.number} is not the request's seal (deleted?)` };
    }
    if (seal.updatedAt !== seal.createdAt) {
        return { status: 'rejected', reason: `the seal comment was edited at ${seal.updatedAt} (written ${seal.createdAt})` };
    }
    if (sealDigestOf(seal.body) !== bodyDigest(thread.body)) {
        return { status: 'rejected', reason: 'the issue description was edited after the request: it no longer matches the seal' };
    }
    return { status: 'sealed', record: ex.record, payload: ex.payload, seal };
}
/** Step 3: the record against the requesting run as the platform reports it. Returns a reason, or undefined when it holds. */
function verify_checkRequestingRun(record, thread, seal, run) {
    const which = `attempt ${record.runAttempt} of run ${record.runId}`;
    if (!run)
        return `the requesting run's ${which} does not exist in this repository`;
    if (run.attempt !== record.runAttempt)
        return `the platform answered attempt ${run.attempt} for ${which}`;
    if (lower(run.headSha) !== lower(record.sha))
        return `the record names commit ${record.sha}, but ${which} ran ${run.headSha}`;
    const start = Date.parse(run.startedAt) - RUN_WINDOW_SLACK_MS;
    const end = run.status === 'completed' ? Date.parse(run.updatedAt) + RUN_WINDOW_SLACK_MS : Infinity;
    for (const [what, at] of [['issue', thread.createdAt], ['seal comment', seal.createdAt]]) {
        const t = Date.parse(at);
        if (!(t >= start && t <= end)) {
            return `the ${what} was created at ${at}, outside ${which} (${run.startedAt} to ${run.status === 'completed' ? run.updatedAt : 'now'})`;
        }
    }
    return undefined;
}
const approverKey = (a) => a.replace(/^@/, '').toLowerCase();
const sameSet = (a, b) => {
    const x = new Set(a);
    const y = new Set(b);
    return x.size === y.size && [...x].every((v) => y.has(v));
};
/** The first rule where the record differs from the pinned rules, in words, or undefined. */
function verify_pinMismatch(record, pinned) {
    const show = (xs) => xs.map((x) => bounded(x, 60)).join(', ');
    const recApprovers = record.approvers.map(approverKey);
    const pinApprovers = formatApprovers(pinned.approvers).map(approverKey);
    if (!sameSet(recApprovers, pinApprovers))
        return `the request names approvers ${show(record.approvers)}, the resolve step ${show(formatApprovers(pinned.approvers))}`;
    if (record.minimumApprovals !== pinned.minimumApprovals)
        return `the request needs ${record.minimumApprovals} approval(s), the resolve step ${pinned.minimumApprovals}`;
    if (record.excludeInitiator !== pinned.excludeInitiator)
        return `the request has exclude-initiator ${record.excludeInitiator}, the resolve step ${pinned.excludeInitiator}`;
    if (record.closeMeansDeny !== pinned.closeMeansDeny)
        return `the request has close-means-deny ${record.closeMeansDeny}, the resolve step ${pinned.closeMeansDeny}`;
    if (record.timeoutMs !== pinned.timeoutMs)
        return `the request times out after ${record.timeoutMs} ms, the resolve step after ${pinned.timeoutMs} ms`;
    const norm = (ws) => ws.map(normaliseWord);
    if (!sameSet(norm(record.approveWords), norm(pinned.words.approve)))
        return `the request's approve-words are ${show(record.approveWords)}, the resolve step's ${show(pinned.words.approve)}`;
    if (!sameSet(norm(record.denyWords), norm(pinned.words.deny)))
        return `the request's deny-words are ${show(record.denyWords)}, the resolve step's ${show(pinned.words.deny)}`;
    const o = pinned.onApprove;
    if (o && JSON.stringify(o) !== JSON.stringify(record.onApprove)) {
        return 'the request names another follow-up (on-approve-workflow, on-approve-ref or repository-dispatch-event) than the resolve step';
    }
    return undefined;
}
/** Who started the requesting run, by the record and by the platform (re-runs add a triggering actor). */
function verify_runInitiators(record, run) {
    // The attempt's own actor and triggering actor (a re-run's is whoever re-ran it).
    const all = [...record.initiators, run?.actor, run?.triggeringActor].filter((x) => !!x);
    return [...new Map(all.map((l) => [lower(l), l])).values()];
}

;// CONCATENATED MODULE: ../core/src/approval/log.ts



/** GitHub rejects issue and comment bodies over 65,536 characters; keep room for the frame around the report. */
const MAX_BODY_CHARS = 65_536;
const REPORT_BUDGET = 48_000;
function cell(text) {
    return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
/** Recorded text as inert markdown: a code span whatever backticks or line breaks it holds. */
function code(text) {
    return codeSpan(text);
}
function onApproveText(record) {
    const o = record.onApprove;
    if (o.kind === 'workflow')
        return `mlci dispatches ${code(o.workflow)} on ${code(o.ref)} with model-version, commit-sha and run-id`;
    if (o.kind === 'repository-dispatch')
        return `mlci sends the repository_dispatch event ${code(o.eventType)}`;
    return 'the waiting job continues';
}
/** Cut a report to the budget on a line boundary, saying so. */
function fitReport(markdown, budget = REPORT_BUDGET) {
    if (markdown.length <= budget)
        return markdown;
    const cut = markdown.lastIndexOf('\n', budget);
    return `${markdown.slice(0, cut > 0 ? cut : budget)}\n\n_… report cut at ${budget} characters; the full report is in the run's job summary._`;
}
/** The issue body (or PR comment) that asks for approval. Deterministic for a given record and report. */
function log_renderRequest(view, payload) {
    const r = view.record;
    const runUrl = `${view.serverUrl}/${r.repository}/actions/runs/${r.runId}`;
    const commitUrl = `${view.serverUrl}/${r.repository}/commit/${r.sha}`;
    const lines = [];
    if (payload)
        lines.push(recordBlock(payload));
    if (view.inPullRequest)
        lines.push(REQUEST_MARKER);
    lines.push(`## Approval requested${r.modelVersion ? `: ${code(r.modelVersion)}` : ''}`, '');
    lines.push('| | |', '|---|---|');
    if (r.modelVersion)
        lines.push(`| Model version | ${cell(code(r.modelVersion))} |`);
    lines.push(`| Commit | [${code(r.sha.slice(0, 12))}](${commitUrl}) on ${cell(code(r.ref || '(none)'))} |`);
    lines.push(`| Requesting run | [${cell(mdText(r.workflow || 'run', 100))} #${r.runId}](${runUrl}) (attempt ${r.runAttempt}) |`);
    if (r.initiators.length)
        lines.push(`| Started by | ${r.initiators.map((l) => `@${l}`).join(', ')} |`);
    lines.push(`| On approval | ${cell(onApproveText(r))} |`);
    lines.push(`| Time-out | ${formatDuration(r.timeoutMs)} after this request; a time-out is a denial |`);
    lines.push('');
    const n = r.minimumApprovals;
    lines.push(`**Approvers** (${n} approval${n === 1 ? '' : 's'} needed): ${r.approvers.map((a) => `@${a.replace(/^@/, '')}`).join(', ')}`, '');
    lines.push(`To approve, comment exactly one of ${r.approveWords.map(code).join(', ')}. To deny, comment exactly one of ${r.denyWords.map(code).join(', ')}.`);
    const rules = [
        'Only the whole comment counts (case does not matter).',
        'One denial by an approver denies.',
        'Edited comments, comments by bots and repeated approvals do not count.',
        'Approvers need write permission on the repository when the decision is made.',
    ];
    if (r.excludeInitiator)
        rules.push('Whoever started the run cannot approve it.');
    if (r.closeMeansDeny)
        rules.push(view.inPullRequest ? 'Closing the pull request denies.' : 'Closing this issue denies.');
    lines.push(rules.join(' '), '');
    if (view.report !== undefined) {
        lines.push(`### Gate report${view.reportName ? ` (${code(view.reportName)})` : ''}`, '', fitReport(view.report), '');
    }
    return lines.join('\n');
}
function voteRows(votes) {
    return votes.map((v) => `| @${v.login} | ${v.at} | [comment](${v.url}) |`);
}
const TITLES = {
    approved: '✅ Approved',
    denied: '❌ Denied',
    'timed-out': '⏱️ Timed out: treated as a denial',
    pending: '⏳ Pending',
};
/** The decision log: who approved or denied, when, and every ignored vote with its reason. */
function log_renderDecisionLog(d, extra = []) {
    const lines = [];
    lines.push(d.decision === 'pending' ? STATUS_MARKER : decisionMarker(d.decision));
    lines.push(`## ${TITLES[d.decision]}`, '');
    const got = `${d.approvals.length} of ${d.needed} approval${d.needed === 1 ? '' : 's'}`;
    if (d.decision === 'pending')
        lines.push(`${got} so far. mlci re-reads every comment at each decision.`);
    else
        lines.push(`Decided at ${d.decidedAt}: ${got}.`);
    if (d.denial)
        lines.push(`Denied by @${d.denial.login} at ${d.denial.at} ([comment](${d.denial.url}))${d.denialNote ? `: the comment was ${mdText(d.denialNote)}` : ''}.`);
    if (d.closedBy)
        lines.push(`Closed${d.closedBy.login ? ` by @${d.closedBy.login}` : ''} at ${d.closedBy.at}; close-means-deny is on, so an approver's close denies (reopening does not undo it).`);
    if (d.decision === 'timed-out')
        lines.push(`No decision before the time-out at ${d.decidedAt}; a time-out is a denial.`);
    lines.push('');
    if (d.approvals.length) {
        lines.push('| Approved by | When | |', '|---|---|---|', ...voteRows(d.approvals), '');
    }
    if (d.ignored.length) {
        lines.push(`### Ignored (${d.ignored.length})`, '', '| Who | Vote | When | Why | |', '|---|---|---|---|---|');
        for (const i of d.ignored)
            lines.push(`| @${i.login} | ${i.vote} | ${i.at} | ${cell(i.detail)} | ${i.url ? `[comment](${i.url})` : ''} |`);
        lines.push('');
    }
    lines.push(...extra);
    let body = lines.join('\n');
    if (body.length > MAX_BODY_CHARS)
        body = body.slice(0, MAX_BODY_CHARS - 80) + '\n\n_… decision log cut to fit a comment; the job summary has it all._';
    return body;
}

// EXTERNAL MODULE: ../core/src/gate/report.ts + 1 modules
var gate_report = __webpack_require__(69312);
;// CONCATENATED MODULE: ../core/src/approval/report.ts




/**
 * Read the gate report named by the `report` input for the approval request. Markdown is shown as is; evaluate-gate's
 * JSON report (mlci.gate.report/v1) is rendered as the gate renders it; other JSON as a pretty-printed fenced block;
 * anything else fenced as text.
 */
function loadReport(path) {
    let text;
    try {
        text = (0,fs_text/* readTextFile */.Gu)(path, `Input 'report' names '${path}', which`);
    }
    catch (e) {
        if ((0,errors/* isUserError */.i)(e))
            throw e;
        throw new errors/* UserError */.y(`Input 'report' names '${path}', which is not a readable file: give the path of the gate report (markdown or JSON) written by an earlier step.`);
    }
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    const name = (0,external_node_path_.basename)(path);
    if (ext === '.md' || ext === '.markdown')
        return { name, markdown: text.trimEnd() };
    if (ext === '.json') {
        try {
            const parsed = JSON.parse(text);
            if (parsed && typeof parsed === 'object' && parsed.schema === gate_report/* REPORT_SCHEMA */.DC) {
                const gate = renderGate(parsed, name);
                if (gate !== undefined)
                    return { name, markdown: gate };
            }
            if (parsed && typeof parsed === 'object' && typeof parsed.markdown === 'string') {
                return { name, markdown: (parsed.markdown).trimEnd() };
            }
            return { name, markdown: fence(JSON.stringify(parsed, null, 2), 'json') };
        }
        catch {
            throw new errors/* UserError */.y(`The report '${path}' is not valid JSON: pass the gate's JSON report or its markdown report.`, { file: path });
        }
    }
    return { name, markdown: fence(text.trimEnd(), '') };
}
function renderGate(report, name) {
    try {
        return (0,gate_report/* renderMarkdown */.Gc)(report, { reportPath: name }).trimEnd();
    }
    catch {
        return undefined; // a report from another mlci version: show the JSON instead
    }
}
function fence(text, lang) {
    // A fence longer than any backtick run inside keeps the block closed (CommonMark 4.5).
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const f = '`'.repeat(longest + 1);
    return `${f}${lang}\n${text}\n${f}`;
}

;// CONCATENATED MODULE: ../core/src/approval/flow.ts










function buildRecord(opts, ctx) {
    return {
        v: 1,
        repository: ctx.repository,
        runId: ctx.runId,
        runAttempt: ctx.runAttempt,
        workflow: ctx.workflow,
        sha: ctx.sha,
        ref: ctx.ref,
        initiators: ctx.initiators,
        modelVersion: opts.modelVersion,
        approvers: formatApprovers(opts.approvers),
        minimumApprovals: opts.minimumApprovals,
        excludeInitiator: opts.excludeInitiator,
        approveWords: [...opts.words.approve],
        denyWords: [...opts.words.deny],
        closeMeansDeny: opts.closeMeansDeny,
        timeoutMs: opts.timeoutMs,
        onApprove: opts.onApprove,
    };
}
function rulesOf(record) {
    return {
        approvers: parseApprovers(record.approvers),
        minimumApprovals: record.minimumApprovals,
        excludeInitiator: record.excludeInitiator,
        words: { approve: record.approveWords, deny: record.denyWords },
        closeMeansDeny: record.closeMeansDeny,
        timeoutMs: record.timeoutMs,
    };
}
/**
 * Open the request: an issue with the record and its seal comment, or (wait mode on a pull request) a PR comment.
 * Team membership is read first so a token that cannot read teams fails now, not days later at resolve.
 */
async function openRequest(opts, ctx, deps) {
    const { tracker } = deps;
    const resolved = await resolveApprovers(opts.approvers, tracker);
    const initiators = new Set(ctx.initiators.map((l) => l.toLowerCase()));
    const eligible = [...resolved.byLogin.keys()].filter((l) => !(opts.excludeInitiator && initiators.has(l)));
    if (eligible.length < opts.minimumApprovals) {
        throw new UserError(`Input 'minimum-approvals' is ${opts.minimumApprovals}, but only ${eligible.length} approver(s) could approve ` +
            `(${eligible.join(', ') || 'none'}${opts.excludeInitiator && ctx.initiators.length ? `; ${ctx.initiators.join(', ')} started this run and exclude-initiator is on` : ''}): add approvers or lower minimum-approvals.`);
    }
    const record = buildRecord(opts, ctx);
    const view = { record, serverUrl: ctx.serverUrl, report: opts.report?.markdown, reportName: opts.report?.name };
    if (ctx.pullRequestNumber !== undefined) {
        const c = await tracker.addComment(ctx.pullRequestNumber, renderRequest({ ...view, inPullRequest: true }));
        const thread = await tracker.getThread(ctx.pullRequestNumber);
        deps.log.info(`Approval requested in a comment on pull request #${thread.number}: ${c.url}`);
        return { thread, record, requestedAt: c.createdAt, requestCommentId: c.id, ownLogin: c.author };
    }
    const payload = encodeRecordPayload(record);
    const thread = await tracker.openIssue({ title: opts.title, body: renderRequest(view, payload), labels: opts.labels });
    // Seal the body as GitHub stored it.
    await tracker.addComment(thread.number, sealComment(thread.body));
    deps.log.info(`Approval requested in issue #${thread.number}: ${thread.url}`);
    return { thread, record, requestedAt: thread.createdAt, ownLogin: thread.author };
}
/** Closes by anyone but `isOurs` (mlci's own close comes after its decision). */
function closesOf(events, isOurs) {
    return events.filter((e) => e.kind === 'closed' && !isOurs(e.actor, e.actorIsBot)).map((e) => ({ at: e.at, by: e.actor }));
}
/** Read team membership and permissions now, then apply the rules. */
async function evaluate(input, tracker) {
    const approvers = await resolveApprovers(input.rules.approvers, tracker);
    const base = {
        comments: input.comments,
        requestedAt: input.requestedAt,
        requestCommentId: input.requestCommentId,
        deadline: Date.parse(input.requestedAt) + input.rules.timeoutMs,
        now: input.now,
        approvers,
        minimumApprovals: input.rules.minimumApprovals,
        excludeInitiator: input.rules.excludeInitiator,
        initiators: input.initiators,
        words: input.rules.words,
        closes: input.closes,
        recorded: input.recorded,
        closeMeansDeny: input.rules.closeMeansDeny,
    };
    const permissions = new Map();
    for (const login of permissionCandidates(base))
        permissions.set(login, await tracker.permission(login));
    return decide({ ...base, permissions });
}
/** A tracker that counts its calls, so the poll loop knows what one poll costs. */
function counting(tracker) {
    let n = 0;
    const wrapped = new Proxy(tracker, {
        get(target, prop, receiver) {
            const v = Reflect.get(target, prop, receiver);
            if (typeof v !== 'function' || prop === 'rateBudget')
                return v;
            return (...args) => {
                n++;
                return v.apply(target, args);
            };
        },
    });
    return { tracker: wrapped, take: () => { const r = n; n = 0; return r; } };
}
/**
 * `mode: wait`: poll every comment (all pages) every `pollIntervalMs`, paced to the rate budget, until the rules
 * reach a decision or the deadline passes (a time-out, which is a denial). A poll that fails with a server error or
 * a rate limit after the client's own retries is logged and retried on the next poll.
 */
async function waitForDecision(opened, pollIntervalMs, deps) {
    const clock = deps.clock ?? systemClock;
    const rules = rulesOf(opened.record);
    const deadline = Date.parse(opened.requestedAt) + rules.timeoutMs;
    const counter = counting(deps.tracker);
    let lastStatus = '';
    let statusId;
    let wasSlowed = false;
    for (let poll = 1;; poll++) {
        const now = clock.now();
        try {
            const comments = await counter.tracker.listComments(opened.thread.number);
            const events = await counter.tracker.listEvents(opened.thread.number);
            const own = opened.ownLogin.toLowerCase();
            const closes = closesOf(events, (l) => l.toLowerCase() === own);
            const d = await evaluate({ comments, closes, rules, initiators: opened.record.initiators, requestedAt: opened.requestedAt, requestCommentId: opened.requestCommentId, now }, counter.tracker);
            if (d.decision !== 'pending')
                return d;
            const status = renderDecisionLog(d);
            if (status !== lastStatus && (d.approvals.length > 0 || d.ignored.length > 0)) {
                statusId = await upsertStatus(counter.tracker, opened.thread.number, comments, opened.ownLogin, status, statusId);
                lastStatus = status;
            }
        }
        catch (e) {
            if (!isTransientError(e))
                throw e;
            deps.log.warning(`Poll ${poll} failed (${e.message}); trying again at the next poll.`);
            // Past the deadline and the platform still failing: stop after a few more tries instead of holding the runner.
            if (now >= deadline + 3 * Math.max(pollIntervalMs, 60_000))
                throw e;
        }
        const delay = pollDelay(pollIntervalMs, counter.take(), deps.tracker.rateBudget?.(), clock.now(), deadline);
        const slowed = delay > pollIntervalMs;
        if (slowed && !wasSlowed)
            deps.log.info(`Rate budget low: polling every ${formatDuration(delay)} instead of ${formatDuration(pollIntervalMs)}.`);
        wasSlowed = slowed;
        // Never sleep far past the deadline: the decision at the deadline is the time-out.
        const untilDeadline = deadline - clock.now();
        await clock.sleep(untilDeadline > 0 ? Math.min(delay, untilDeadline + 1) : delay);
    }
}
async function upsertStatus(tracker, number, comments, ownLogin, body, knownId) {
    const existing = knownId ?? comments.find((c) => c.author.toLowerCase() === ownLogin.toLowerCase() && startsWithMarker(c.body, STATUS_MARKER))?.id;
    if (existing !== undefined) {
        const cur = comments.find((c) => c.id === existing);
        if (cur?.body !== body)
            await tracker.updateComment(existing, body);
        return existing;
    }
    return (await tracker.addComment(number, body)).id;
}
/** The follow-up in words, recorded text in code spans (one line, inert in markdown and in a log). */
function describeDispatch(record) {
    const o = record.onApprove;
    const inputs = Object.entries(dispatchInputs(record)).map(([k, v]) => `${k}=${codeSpan(v, 120)}`).join(', ');
    if (o.kind === 'workflow')
        return `workflow_dispatch of ${codeSpan(o.workflow, 120)} on ${codeSpan(o.ref, 120)} with ${inputs}`;
    if (o.kind === 'repository-dispatch')
        return `repository_dispatch event ${codeSpan(o.eventType, 120)} with ${inputs}`;
    return undefined;
}
/**
 * Write the decision into the thread, close an issue, then dispatch the follow-up when approved. The decision comment
 * is posted first and, in resolve, re-read: when another resolve run recorded a decision first, this run deletes its
 * own copy and dispatches nothing (one decision comment and at most one dispatch per request). The close comes before
 * the dispatch: GitHub keeps the close as an issue event, so the request stays decided even when the decision comment
 * is deleted later (resolveThread reads it).
 */
async function finalize(opened, d, deps, opts) {
    const { tracker } = deps;
    const { thread, record } = opened;
    const plan = d.decision === 'approved' ? describeDispatch(record) : undefined;
    const extra = plan ? [`On approval: ${plan}.`] : [];
    const body = renderDecisionLog(d, extra);
    const posted = await tracker.addComment(thread.number, body);
    const outcome = {
        kind: 'decided',
        decision: d.decision,
        approvedBy: d.approvals.map((a) => a.login),
        deniedBy: d.denial?.login ?? d.closedBy?.login,
        thread: { number: thread.number, url: thread.url },
        summary: body,
        decidedNow: true,
    };
    if (opts.checkFirst) {
        const ours = opts.isOurs ?? ((l) => l.toLowerCase() === posted.author.toLowerCase());
        const first = (await tracker.listComments(thread.number)).find((c) => (c.id === posted.id || ours(c.author, c.authorIsBot)) && decisionOf(c.body) !== undefined);
        if (first && first.id !== posted.id) {
            // Two resolve runs raced: keep the first decision comment only.
            await tracker.deleteComment(posted.id);
            deps.log.info(`Another run recorded the decision first (${first.url}); this run removed its copy and dispatched nothing.`);
            return { ...outcome, kind: 'already-decided', decision: decisionOf(first.body), reason: 'decided by another run', decidedNow: false, summary: `#${thread.number}: decided by another run (${first.url}).` };
        }
    }
    if (!thread.isPullRequest) {
        // mlci's own close marks the end; an issue someone else closed is reopened first so the close is ours.
        if (thread.state === 'closed')
            await tracker.reopenIssue(thread.number);
        await tracker.closeIssue(thread.number, d.decision === 'approved' ? 'completed' : 'not_planned');
    }
    if (plan) {
        try {
            if (record.onApprove.kind === 'workflow')
                await tracker.dispatchWorkflow(record.onApprove.workflow, record.onApprove.ref, dispatchInputs(record));
            else if (record.onApprove.kind === 'repository-dispatch') {
                await tracker.repositoryDispatch(record.onApprove.eventType, dispatchPayload(record, thread.number, outcome.approvedBy));
            }
            outcome.dispatched = plan;
            deps.log.info(`Dispatched: ${plan}.`);
        }
        catch (e) {
            await tracker.updateComment(posted.id, `${body}\n\n**The dispatch failed**: ${mdText(e.message, 500)}. Run the follow-up by hand with the inputs above.`);
            throw e;
        }
    }
    return outcome;
}
function outcomeOf(d, thread, summary) {
    return {
        decidedNow: false,
        kind: d.decision === 'pending' ? 'pending' : 'decided',
        decision: d.decision,
        approvedBy: d.approvals.map((a) => a.login),
        deniedBy: d.denial?.login ?? d.closedBy?.login,
        thread: { number: thread.number, url: thread.url },
        summary,
    };
}
/** `mode: wait`, start to end. */
async function requestAndWait(opts, ctx, pollIntervalMs, deps) {
    const opened = await openRequest(opts, ctx, deps);
    const d = await waitForDecision(opened, pollIntervalMs, deps);
    const thread = await deps.tracker.getThread(opened.thread.number);
    return finalize({ thread, record: opened.record, ownLogin: opened.ownLogin }, d, deps, { checkFirst: false });
}
/** `mode: request`: open the issue and return; a later `resolve` decides. */
async function requestOnly(opts, ctx, deps) {
    if (ctx.pullRequestNumber !== undefined) {
        // request/resolve needs an issue: the record lives in a description only the workflow identity wrote.
        ctx = { ...ctx, pullRequestNumber: undefined };
    }
    const opened = await openRequest(opts, ctx, deps);
    return {
        kind: 'requested',
        decidedNow: false,
        decision: 'pending',
        approvedBy: [],
        thread: { number: opened.thread.number, url: opened.thread.url },
        summary: `Approval requested in [#${opened.thread.number}](${opened.thread.url}); a workflow on issue_comment with mode: resolve decides.`,
    };
}
/**
 * What ended a request earlier, from what the platform keeps: a decision or refusal comment by mlci (recognised only
 * at the start of the comment), else a close by mlci or any bot, which GitHub keeps as an issue event even after
 * the comment is deleted or the issue reopened. Only ever stops resolve from acting again; never makes it act.
 */
function endedBefore(comments, events, isOurs) {
    for (const c of comments) {
        if (!isOurs(c.author, c.authorIsBot))
            continue;
        const d = decisionOf(c.body);
        if (d)
            return { decision: d, why: `already decided: ${d} (${c.url})` };
        if (startsWithMarker(c.body, VERIFY_MARKER))
            return { decision: '', why: `refused earlier (${c.url})` };
    }
    const close = events.find((e) => e.kind === 'closed' && isOurs(e.actor, e.actorIsBot));
    if (close) {
        return {
            decision: close.stateReason === 'completed' ? 'approved' : 'denied',
            why: `closed by ${close.actor} at ${close.at} (${close.stateReason ?? 'no reason'}), which ends a request`,
        };
    }
    return undefined;
}
/**
 * `mode: resolve` for one issue: verify the request (checkRequestIssue, checkRequestingRun, pinMismatch), apply the
 * rules to every comment and every recorded close, and on a final decision write it, close the issue and dispatch.
 * A forged or tampered request is refused for good (said once, issue closed) and nothing is dispatched; an issue
 * without a record is unrelated and left alone.
 */
async function resolveThread(number, ro, deps, hints = {}) {
    const { tracker } = deps;
    const clock = deps.clock ?? systemClock;
    const thread = await tracker.getThread(number);
    const none = (kind, reason) => ({
        kind, decision: '', approvedBy: [], thread: { number: thread.number, url: thread.url }, reason, summary: `#${thread.number}: ${mdText(reason, 2000)}.`, decidedNow: false,
    });
    if (thread.isPullRequest)
        return none('unrelated', `#${thread.number} is a pull request, not an approval issue`);
    // Most comments in a repository are on other issues: leave them without reading further.
    if (!hasRecordMarker(thread.body))
        return none('unrelated', `#${thread.number} holds no mlci request record`);
    const trusted = new Set([...ro.trustedAuthors.map((a) => a.toLowerCase())]);
    const authorTrusted = trusted.has(thread.author.toLowerCase());
    if (hints.sweep && !authorTrusted) {
        return none('unrelated', `#${thread.number} carries the label but was opened by ${thread.author}, not by ${ro.trustedAuthors.join(', ')}: left alone`);
    }
    // mlci's own comments and closes: by a trusted identity, or by any bot (the resolve step may run with another
    // token than the request step). These only ever stop resolve from acting.
    const isOurs = (login, isBot) => isBot || trusted.has(login.toLowerCase());
    const comments = await tracker.listComments(number);
    const events = authorTrusted ? await tracker.listEvents(number) : [];
    if (authorTrusted) {
        const ended = endedBefore(comments, events, isOurs);
        if (ended)
            return { ...none('already-decided', `${ended.why}; nothing done again`), decision: ended.decision };
    }
    const check = checkRequestIssue(thread, comments, { repository: ro.repository, trustedAuthors: ro.trustedAuthors });
    if (check.status === 'unrelated')
        return none('unrelated', check.reason);
    if (check.status === 'rejected')
        return reject(thread, check.reason, ro, deps, none);
    const run = await tracker.getRunAttempt(check.record.runId, check.record.runAttempt);
    const runProblem = checkRequestingRun(check.record, thread, check.seal, run);
    if (runProblem)
        return reject(thread, runProblem, ro, deps, none);
    const pinProblem = pinMismatch(check.record, ro.pinned);
    if (pinProblem)
        return reject(thread, `${pinProblem}; the resolve step's rules apply, so request approval again`, ro, deps, none);
    const rules = rulesOf(check.record);
    const d = await evaluate({
        comments, closes: closesOf(events, isOurs), recorded: hints.recorded, rules,
        initiators: runInitiators(check.record, run), requestedAt: thread.createdAt, now: clock.now(),
    }, tracker);
    if (d.decision === 'pending') {
        let status = renderDecisionLog(d);
        if (thread.state === 'closed') {
            // Closed by someone whose close does not decide: reopen, so the request stays visible and can time out.
            await tracker.reopenIssue(number);
            status += '\n\nThe issue was closed by someone whose close does not decide this request; mlci reopened it.';
        }
        if (d.approvals.length > 0 || d.ignored.length > 0) {
            const existing = comments.find((c) => isOurs(c.author, c.authorIsBot) && startsWithMarker(c.body, STATUS_MARKER));
            await upsertStatus(tracker, number, comments, thread.author, status, existing?.id);
        }
        return outcomeOf(d, thread, status);
    }
    return finalize({ thread, record: check.record, ownLogin: thread.author }, d, deps, { checkFirst: true, isOurs });
}
/**
 * Refuse a request: warn in the log and, when mlci's identity opened the issue, say why on the issue once and close
 * it, so the refusal holds even if the text is put back (the close is kept as an issue event). Issues anyone else
 * opened get no answer: answering them would let anyone make the bot post.
 */
async function reject(thread, reason, ro, deps, none) {
    deps.log.warning(`Issue #${thread.number}: the approval request failed verification: ${logSafe(bounded(reason, 2000))}. Nothing was dispatched.`);
    if (ro.trustedAuthors.some((a) => a.toLowerCase() === thread.author.toLowerCase())) {
        const body = `${VERIFY_MARKER}\n**mlci will not act on this approval request**: ${mdText(reason, 2000)}. Nothing was dispatched, and mlci will not act on this issue again. Request approval again from the workflow.`;
        await deps.tracker.addComment(thread.number, body);
        // mlci's own close is what keeps the refusal (an issue someone else closed is reopened first).
        if (thread.state === 'closed')
            await deps.tracker.reopenIssue(thread.number);
        await deps.tracker.closeIssue(thread.number, 'not_planned');
    }
    return none('rejected', reason);
}
/** Comment bodies a comment event delivered: as created, as deleted, and the body before an edit. */
function recordedBodies(comment) {
    if (!comment)
        return [];
    const meta = { commentId: comment.id, author: comment.author, authorIsBot: comment.authorIsBot, createdAt: comment.createdAt, url: comment.url };
    const out = [];
    if ((comment.action === 'created' || comment.action === 'deleted') && comment.body !== undefined)
        out.push({ ...meta, body: comment.body });
    if (comment.action === 'edited' && comment.previousBody !== undefined)
        out.push({ ...meta, body: comment.previousBody });
    return out;
}
/**
 * `mode: resolve` on any event: the issue of an issue or comment event, or, on other events (schedule,
 * workflow_dispatch), a sweep of every open request issue carrying the label, which is how requests time out when
 * nobody comments.
 */
async function resolveEvent(event, ro, deps) {
    if (event.issue)
        return [await resolveThread(event.issue.number, ro, deps, { recorded: recordedBodies(event.comment) })];
    const threads = await deps.tracker.listOpenThreads(ro.label);
    const out = [];
    for (const t of threads)
        out.push(await resolveThread(t.number, ro, deps, { sweep: true }));
    return out;
}

;// CONCATENATED MODULE: ../core/src/approval/index.ts












;// CONCATENATED MODULE: ../../actions/request-approval/src/inputs.ts


/** Input names are a contract (issue #6); action.yml declares the same names and defaults (checked by a test). */
const inputs = {
    mode: { schema: enumInput(['wait', 'request', 'resolve']), default: 'wait', description: 'wait: ask and poll until decided (holds the runner). request: open the approval issue and end the job. resolve: on issue_comment / issues / schedule events, apply the rules and, when decided, close the issue and dispatch the follow-up.' },
    approvers: { schema: listInput, description: 'Who may approve: logins and teams, comma- or newline-separated, e.g. `alice, @acme/ml-leads`. Required in every mode. On resolve it pins the rule: a request that recorded other approvers is refused.' },
    'minimum-approvals': { schema: intInput({ min: 1, max: 100 }), default: '1', description: 'Distinct approvals needed. On resolve it pins the rule, like every rule input: a request that recorded another value is refused.' },
    'exclude-initiator': { schema: booleanInput, default: 'true', description: 'Whoever triggered (or re-ran) the run cannot approve it.' },
    'approve-words': { schema: listInput, default: DEFAULT_APPROVE_WORDS.join(', '), description: 'Comments that approve: the whole comment, case-insensitive, trailing . or ! allowed.' },
    'deny-words': { schema: listInput, default: DEFAULT_DENY_WORDS.join(', '), description: 'Comments that deny. One denial by an approver denies.' },
    'close-means-deny': { schema: booleanInput, default: 'true', description: 'Closing the approval issue (or the pull request) denies.' },
    timeout: { schema: durationInput, default: '6h', description: 'How long the request stays open (e.g. 90m, 6h, 3d). A time-out is a denial. On resolve: must equal the request step\'s.' },
    'poll-interval': { schema: durationInput, default: '15s', description: 'mode: wait: time between polls (slower when the rate budget runs low).' },
    report: { schema: stringInput, description: 'Gate report to show approvers: a markdown or JSON file written by an earlier step (e.g. evaluate-gate).' },
    'model-version': { schema: stringInput, description: 'What will ship (a registry version, tag or artifact name; one line, at most 256 characters); passed to the follow-up as model-version.' },
    title: { schema: stringInput, description: 'Title of the approval issue. Default: "Approve <model-version>".' },
    labels: { schema: listInput, default: 'mlci-approval', description: 'Labels of the approval issue; resolve sweeps open issues with the first one (schedule events).' },
    'on-approve-workflow': { schema: stringInput, description: 'Workflow file (e.g. promote.yml) to start with workflow_dispatch when approved, with inputs model-version, commit-sha and run-id. On resolve (optional): pins the follow-up, with on-approve-ref.' },
    'on-approve-ref': { schema: stringInput, description: 'Branch or tag to run on-approve-workflow from. Default: the requesting run\'s branch, else the default branch.' },
    'repository-dispatch-event': { schema: stringInput, description: 'Instead of on-approve-workflow: send this repository_dispatch event_type when approved (client_payload: model_version, commit_sha, run_id, issue_number, approved_by).' },
    'fail-on-denial': { schema: booleanInput, default: 'true', description: 'mode: wait: fail the step when the request is denied or times out (outputs are set first).' },
    'request-author': { schema: listInput, default: 'github-actions[bot]', description: 'mode: resolve: the identity that opens requests (the login behind the request job\'s github-token). Issues opened by anyone else are never trusted.' },
    'github-token': { schema: stringInput, default: '${{ github.token }}', description: 'Token for issues, comments, permissions and dispatch (issues: write; actions: read; actions: write or contents: write to dispatch).' },
    'team-token': { schema: stringInput, description: 'Token used only to read team members for @org/team approvers: a GitHub App token with Members: read or a PAT with read:org. GITHUB_TOKEN cannot read teams.' },
};

;// CONCATENATED MODULE: ./src/args.ts
/**
 * Flags from an action's input specs: `--<input-name>` for every input (the names are already kebab-case), so the
 * CLI can never drift from the action. Boolean inputs also take `--<name>` alone (true) and `--no-<name>`; list
 * inputs (newline-separated in YAML) take the flag once per item. Values are kept raw: the action's own schemas
 * parse them (parseInputs), with the action.yml defaults, exactly as on the runner.
 */

/** A mistake on the command line: exit 2 with one line. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
const COMMON_FLAGS = [
    { name: 'out-dir', kind: 'string', default: '.mlci', description: 'Folder for outputs.json/.env, summary.md, comments/, checks/ and cache/.' },
    { name: 'json', kind: 'boolean', description: 'Print one JSON document on stdout (outputs and verdict); logs stay on stderr.' },
    { name: 'verbose', kind: 'boolean', description: 'Print the action\'s log lines on stderr.' },
    { name: 'help', kind: 'boolean', description: 'Show this help.' },
];
const isBool = (spec) => spec.schema === booleanInput;
const isList = (spec) => spec.schema === linesInput;
function parseArgs(cmd, argv) {
    const inputs = {};
    const lists = {};
    const flags = {};
    const extra = [...cmd.extra, ...COMMON_FLAGS];
    for (const f of extra)
        if (f.default !== undefined)
            flags[f.name] = f.default;
    const offered = (n) => n in cmd.inputs && !cmd.hidden?.includes(n);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '-h') {
            flags.help = true;
            continue;
        }
        const m = /^--([a-z0-9][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
        if (!m) {
            const prev = /^--([a-z0-9-]+)$/.exec(argv[i - 1] ?? '')?.[1];
            const after = prev ? ` after --${prev}, a true/false flag (write --${prev}, --no-${prev} or --${prev}=false)` : ': every value follows a flag';
            throw new UsageError(`unexpected argument '${args_short(arg)}'${after} (see mlci ${cmd.name} --help)`);
        }
        const inline = m[2];
        let name = m[1];
        let negated = false;
        if (name.startsWith('no-') && !offered(name) && !extra.some((f) => f.name === name)) {
            name = name.slice(3);
            negated = true;
        }
        const spec = offered(name) ? cmd.inputs[name] : undefined;
        const flag = extra.find((f) => f.name === name);
        if (!spec && !flag)
            throw new UsageError(`unknown flag --${m[1]}${suggest(name, cmd)} (see mlci ${cmd.name} --help)`);
        const boolean = spec ? isBool(spec) : flag.kind === 'boolean';
        if (negated && !boolean)
            throw new UsageError(`unknown flag --${m[1]}: --${name} is not a true/false flag`);
        let value;
        if (boolean && inline === undefined) {
            // `--check` alone is true; `--check false` is accepted too, since that is how the input reads in YAML.
            const next = argv[i + 1];
            if (!negated && next !== undefined && /^(true|false|yes|no|on|off|1|0)$/i.test(next))
                value = argv[++i];
            else
                value = negated ? 'false' : 'true';
        }
        else if (inline !== undefined) {
            value = inline;
        }
        else {
            if (i + 1 >= argv.length || (argv[i + 1].startsWith('--') && argv[i + 1].length > 2))
                throw new UsageError(`flag --${name} needs a value`);
            value = argv[++i];
        }
        if (negated)
            value = 'false';
        if (spec) {
            if (isList(spec))
                (lists[name] ??= []).push(value);
            else
                inputs[name] = value;
        }
        else {
            flags[name] = flag.kind === 'boolean' ? /^(true|yes|on|1)$/i.test(value) : value;
        }
    }
    for (const [name, values] of Object.entries(lists))
        inputs[name] = values.join('\n');
    if (!flags.help) {
        for (const [name, spec] of Object.entries(cmd.inputs)) {
            if (spec.required && !(inputs[name] ?? '').trim())
                throw new UsageError(`missing required flag --${name}: ${firstSentence(spec.description)}`);
        }
    }
    return { inputs, flags };
}
function args_short(s) {
    return s.length > 60 ? s.slice(0, 57) + '...' : s;
}
function firstSentence(s) {
    return s.split(/(?<=\.)\s/)[0];
}
/** `--candidat` → ` (did you mean --candidate?)`: the closest flag by edit distance, when close. */
function suggest(name, cmd) {
    const names = [...Object.keys(cmd.inputs).filter((n) => !cmd.hidden?.includes(n)), ...cmd.extra.map((f) => f.name), ...COMMON_FLAGS.map((f) => f.name)];
    let best = '';
    let bestD = Infinity;
    for (const n of names) {
        const d = distance(name, n);
        if (d < bestD)
            [best, bestD] = [n, d];
    }
    return bestD <= Math.max(2, Math.floor(name.length / 4)) ? ` (did you mean --${best}?)` : '';
}
function distance(a, b) {
    const d = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = d[0];
        d[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = d[j];
            d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return d[b.length];
}
/** `--help`: usage, the flags from the action's inputs (required first, defaults shown), the CLI's own flags, an example. */
function helpText(cmd) {
    const rows = [];
    const entries = Object.entries(cmd.inputs).filter(([n]) => !cmd.hidden?.includes(n));
    entries.sort(([, a], [, b]) => Number(!!b.required) - Number(!!a.required));
    for (const [name, spec] of entries) {
        const value = isBool(spec) ? '' : isList(spec) ? ' <value>...' : ' <value>';
        const dflt = spec.required ? ' (required)' : spec.default ? ` (default: ${spec.default})` : '';
        rows.push([`--${name}${value}`, `${spec.description}${dflt}`]);
    }
    const own = [...cmd.extra, ...COMMON_FLAGS].map((f) => [
        `--${f.name}${f.kind === 'string' ? ' <value>' : ''}`,
        `${f.description}${f.default ? ` (default: ${f.default})` : ''}`,
    ]);
    const width = Math.max(...[...rows, ...own].map(([f]) => f.length)) + 2;
    const fmt = (r) => r.map(([f, d]) => `  ${f.padEnd(width)}${d}`).join('\n');
    return [
        `mlci ${cmd.name}: ${cmd.summary}`,
        '',
        `Usage: mlci ${cmd.name} [flags]`,
        '',
        `Flags (the inputs of the ${cmd.action} action, same names and defaults; true/false flags also take --no-<name>):`,
        fmt(rows),
        '',
        'Command flags:',
        fmt(own),
        '',
        'Example:',
        cmd.example,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/local-platform.ts
/**
 * The `local` platform: mlci's Platform seam on a laptop or in any CI that can run a command. What the GitHub adapter
 * sends to the runner or the API lands in files under one output folder instead, so a script can read them:
 *
 *   <out-dir>/outputs.json, outputs.env   the step outputs (JSON object; dotenv lines NAME_IN_CAPS=value)
 *   <out-dir>/summary.md                  the job summary (appended, like GITHUB_STEP_SUMMARY)
 *   <out-dir>/comments/<action>--<key>.md the PR comment body the action would upsert (one file per marker)
 *   <out-dir>/checks/<slug>.json          the check run the action would publish (name, conclusion, annotations)
 *   <out-dir>/cache/<key>/                the cache (restore by exact key, then newest entry under a prefix)
 *   <out-dir>/artifacts/<name>/           uploaded artifacts, paths kept relative to their root directory
 *
 * Annotations are printed to stderr as `file:line: level: message` (the form editors and compilers use), logs go to
 * stderr, and saved state stays in memory: the CLI runs a job's post work itself, in the same process.
 */



/** `a/b slug` → `a-b-slug`: a file name made from a check name or comment key. */
function fileSlug(s) {
    return s.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}
/** One git fact, or '' when git or the repository is missing (a folder that is not a clone still works). */
function git(cwd, args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    }
    catch {
        return '';
    }
}
function localContext(workspace) {
    const sha = git(workspace, ['rev-parse', 'HEAD']);
    const branch = git(workspace, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
    // Run ids only need to grow from run to run: the cache picks the newest entry under a prefix by them.
    const runId = Date.now();
    return {
        eventName: 'local',
        repository: 'local/local',
        owner: 'local',
        repo: 'local',
        sha,
        ref: branch ? `refs/heads/${branch}` : '',
        actor: process.env.USER || process.env.USERNAME || 'local',
        runId,
        runAttempt: 1,
        workflow: 'mlci',
        job: 'mlci',
        serverUrl: '',
        apiUrl: '',
        workspace,
        branch,
        payload: {},
    };
}
/** Changed files since the baseline's commit, from git in the working tree (committed and uncommitted changes). */
function gitChangedFiles(workspace, base) {
    if (!base)
        return { source: 'unknown: no baseline commit to compare with' };
    try {
        const out = (0,external_node_child_process_.execFileSync)('git', ['-c', 'core.quotepath=off', 'diff', '--no-renames', '--name-only', '-z', base, '--'], {
            cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024,
        });
        return { files: out.split('\0').filter(Boolean).sort(), source: `git diff ${base.slice(0, 7)} (working tree)` };
    }
    catch {
        return { source: `unknown: git diff from ${base.slice(0, 7)} failed (not a clone, or the commit is missing)` };
    }
}
/** A cache in a folder: each entry is `<dir>/<key>/<n>` holding the n-th path; an exact key first, then keys by prefix, newest first. */
function localCache(dir) {
    const entryDir = (key) => (0,external_node_path_.join)(dir, fileSlug(key));
    return {
        async restore(paths, primaryKey, restoreKeys = []) {
            let hit = (0,external_node_fs_.existsSync)(entryDir(primaryKey)) ? fileSlug(primaryKey) : undefined;
            if (!hit && (0,external_node_fs_.existsSync)(dir)) {
                const entries = (0,external_node_fs_.readdirSync)(dir).map((name) => ({ name, mtime: (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, name)).mtimeMs }));
                // The primary key matches by prefix too, as on GitHub's cache service (core restores a branch by its prefix).
                for (const prefix of [primaryKey, ...restoreKeys].map(fileSlug)) {
                    const matches = entries.filter((e) => e.name.startsWith(prefix)).sort((a, b) => b.mtime - a.mtime || (a.name < b.name ? 1 : -1));
                    if (matches.length) {
                        hit = matches[0].name;
                        break;
                    }
                }
            }
            if (!hit)
                return undefined;
            paths.forEach((p, i) => {
                const from = (0,external_node_path_.join)(dir, hit, String(i));
                if (!(0,external_node_fs_.existsSync)(from))
                    return;
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(p), { recursive: true });
                (0,external_node_fs_.copyFileSync)(from, p);
            });
            return hit;
        },
        async save(paths, key) {
            const to = entryDir(key);
            (0,external_node_fs_.mkdirSync)(to, { recursive: true });
            paths.forEach((p, i) => (0,external_node_fs_.copyFileSync)(p, (0,external_node_path_.join)(to, String(i))));
        },
    };
}
/** Artifacts in a folder: `<dir>/<name>/<path relative to rootDirectory>` (a file outside the root keeps its base name). */
function localArtifacts(dir) {
    return {
        async upload(name, files, rootDirectory) {
            let size = 0;
            for (const f of files) {
                const rel = (0,external_node_path_.relative)(rootDirectory, f);
                const to = (0,external_node_path_.join)(dir, fileSlug(name), rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : f.split(/[\\/]/).pop());
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(to), { recursive: true });
                (0,external_node_fs_.copyFileSync)(f, to);
                size += (0,external_node_fs_.statSync)(f).size;
            }
            return { size };
        },
    };
}
function createLocalPlatform(opts) {
    const outDir = (0,external_node_path_.resolve)(opts.workspace, opts.outDir);
    const ctx = localContext(opts.workspace);
    const outputs = {};
    const state = new Map();
    const failures = [];
    const debug = opts.verbose && process.env.MLCI_DEBUG === '1';
    const write = (rel, text, append = false) => {
        const p = (0,external_node_path_.join)(outDir, rel);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(p), { recursive: true });
        if (append)
            (0,external_node_fs_.appendFileSync)(p, text);
        else
            (0,external_node_fs_.writeFileSync)(p, text);
        return p;
    };
    return {
        name: 'local',
        outputs,
        failures,
        context: () => ctx,
        getInput: (name) => opts.inputs[name] ?? '',
        setOutput(name, value) {
            outputs[name] = value;
        },
        async appendSummary(markdown) {
            write('summary.md', markdown.endsWith('\n') ? markdown : markdown + '\n', true);
        },
        annotate(level, message, props) {
            const where = props?.file ? `${props.file}${props.startLine ? `:${props.startLine}` : ''}: ` : '';
            opts.log(`${where}${level}: ${message.split('\n')[0]}`);
        },
        info(message) {
            if (opts.verbose)
                opts.log(message);
        },
        debug(message) {
            if (debug)
                opts.log(`debug: ${message}`);
        },
        startGroup(name) {
            if (opts.verbose)
                opts.log(`== ${name}`);
        },
        endGroup() { },
        setFailed(message) {
            failures.push(message);
        },
        saveState(name, value) {
            state.set(name, value);
        },
        getState: (name) => state.get(name) ?? '',
        async upsertComment(action, key, body, _target) {
            // Upsert = overwrite: one file per (action, key), as one comment per marker on GitHub.
            const p = write((0,external_node_path_.join)('comments', `${fileSlug(action)}--${fileSlug(key)}.md`), body);
            return { posted: true, url: p };
        },
        async publishCheck(req) {
            const p = write((0,external_node_path_.join)('checks', `${fileSlug(req.name)}.json`), JSON.stringify(req, null, 2) + '\n');
            return { posted: true, kind: 'check-run', url: p };
        },
        cache: localCache((0,external_node_path_.join)(outDir, 'cache')),
        artifacts: localArtifacts((0,external_node_path_.join)(outDir, 'artifacts')),
        changedFiles: async (baselineCommit) => gitChangedFiles(opts.workspace, baselineCommit),
        writeOutputs() {
            write('outputs.json', JSON.stringify(outputs, null, 2) + '\n');
            // dotenv: one line per output, NAME_IN_CAPS=value; values with a newline or quote are JSON-quoted.
            const env = Object.entries(outputs)
                .map(([k, v]) => `${k.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}=${/[\n"'#\s]/.test(v) ? JSON.stringify(v) : v}`)
                .join('\n');
            write('outputs.env', env + '\n');
        },
    };
}
/** Read a file the platform wrote (for tests and the human output). */
function readOut(outDir, rel) {
    const p = join(outDir, rel);
    return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}

;// CONCATENATED MODULE: ./src/commands/approve.ts
/**
 * `mlci approve`: the request-approval decision on a laptop. No issue and no poll: the person at the keyboard answers a
 * prompt (on a terminal), or a script passes --approve / --deny. The decision goes through core's rules (the vote
 * words, the approvers list, `decide`) exactly as a comment on the approval issue would, and is recorded — who
 * decided, why, on what — in `<out-dir>/approval.json`, the outputs, the summary and the decision comment body.
 *
 * In a GitLab CI job (GITLAB_CI=true) the approval is GitLab's own: a `when: manual` job that only the protected
 * environment's deployers (Premium) or the protected branch's mergers (Free) may play. Playing it is the decision:
 * `mlci approve` there approves without a flag (--deny still denies), and records who played the job
 * (GITLAB_USER_LOGIN), the job (CI_JOB_URL) and why (--reason, else the MLCI_APPROVAL_REASON variable set when the
 * job was played) in approval.json, the summary, the merge request note and `<out-dir>/mlci.env` (dotenv). No
 * comment is polled.
 *
 * Exit codes: 0 approved, 1 denied, 2 bad usage (no decision off a terminal, both flags, an approver not listed).
 */






// The input specs only (they import nothing but core): the flags are the action's inputs, never a copy of them.




/** The request-approval inputs that mean something locally; the rest (issues, polling, dispatch, tokens) do not. */
const OFFERED = ['approvers', 'approve-words', 'deny-words', 'report', 'model-version'];
const approve_inputs = {
    ...Object.fromEntries(OFFERED.map((n) => [n, inputs[n]])),
    // Locally there is no team to read and no request to pin: the list is optional and holds logins.
    approvers: { ...inputs.approvers, description: 'Who may decide: logins, comma-separated, e.g. `alice, bob` (teams are read from GitHub only). Default: the approver alone.' },
};
const APPROVAL_RECORD_SCHEMA = 'mlci.approval.local/v1';
const approveCommand = {
    name: 'approve',
    action: 'request-approval',
    summary: 'approve or deny a model: a prompt on a terminal, or --approve / --deny with --reason for scripts.',
    inputs: approve_inputs,
    extra: [
        { name: 'approve', kind: 'boolean', description: 'Approve without asking (scripts).' },
        { name: 'deny', kind: 'boolean', description: 'Deny without asking (scripts).' },
        { name: 'reason', kind: 'string', description: 'Why: recorded with the decision (asked on a terminal when not given).' },
        { name: 'approver', kind: 'string', description: 'Who decides (default: the user name, $USER). Must be in --approvers when that is given.' },
    ],
    example: [
        '  # After `mlci gate`: show the report and ask on the terminal (type approve or deny, then a reason).',
        '  mlci approve --report .mlci/gate-report.json --model-version credit-v7 --approvers alice,bob',
        '  # In a script: decide with flags; the record lands in .mlci/approval.json.',
        '  mlci approve --approve --approver alice --reason \'AUC up, 65+ slice checked by hand\' --model-version credit-v7',
        '  # In a GitLab manual job (GITLAB_CI=true) playing the job is the decision: no flag approves, --deny denies; who played it',
        '  # (GITLAB_USER_LOGIN), the job (CI_JOB_URL) and why (MLCI_APPROVAL_REASON) are recorded, and <out-dir>/mlci.env too.',
        '  mlci approve --report .mlci/gate/gate-report.json --model-version "$CI_COMMIT_SHORT_SHA"',
        '  # Exit codes: 0 approved, 1 denied, 2 bad usage (no decision off a terminal, --approve with --deny, approver not listed).',
    ].join('\n'),
    run: approveMain,
};
/** A login as core's approvers rule reads one; else one line naming the flag. */
function checkLogin(login) {
    try {
        const spec = approvers_parseApprovers([login]);
        if (spec.users.length === 1)
            return spec.users[0];
    }
    catch {
        // named below
    }
    throw new UsageError(`flag --approver has '${login.slice(0, 60)}': expected a login such as 'alice' (letters, digits, - and _)`);
}
/** The words from the flags, checked by core's rules (none empty, none in both lists). */
function approvalWords(p) {
    const o = parseInputs(approve_inputs, (n) => p.getInput(n));
    return checkWords({ approve: o['approve-words'], deny: o['deny-words'] });
}
/**
 * The decision through core's rules: the vote is one comment by the approver on a request made at the same instant;
 * the approver has write permission (it is their machine), nobody is excluded as initiator, one approval approves.
 */
async function approveJob(p, outDir, d) {
    const o = parseInputs(approve_inputs, (n) => p.getInput(n));
    const words = checkWords({ approve: o['approve-words'], deny: o['deny-words'] });
    const approver = checkLogin(d.approver);
    const listed = o.approvers ?? [];
    const spec = listed.length ? approvers_parseApprovers(listed) : { users: [approver], teams: [] };
    if (spec.teams.length) {
        throw new UsageError(`flag --approvers has the team @${spec.teams[0].org}/${spec.teams[0].slug}: teams are read from GitHub; locally list logins (e.g. --approvers alice,bob)`);
    }
    const approvers = await approvers_resolveApprovers(spec, { teamMembers: async () => [] });
    const at = d.at ?? new Date();
    const iso = at.toISOString();
    const body = d.body ?? (d.vote === 'approve' ? words.approve[0] : words.deny[0]);
    const decision = decide_decide({
        comments: [{ id: 1, author: approver, authorIsBot: false, body, createdAt: iso, updatedAt: iso, url: '' }],
        requestedAt: iso,
        deadline: at.getTime() + 1,
        now: at.getTime(),
        approvers,
        permissions: new Map([[approver.toLowerCase(), 'write']]),
        minimumApprovals: 1,
        excludeInitiator: false,
        initiators: [],
        words,
        closeMeansDeny: false,
    });
    if (decision.decision !== 'approved' && decision.decision !== 'denied') {
        const why = decision.ignored[0];
        if (why?.reason === 'not-approver')
            throw new UsageError(`flag --approver is '${approver}', who is not in --approvers (${spec.users.join(', ')}): only a listed approver decides`);
        throw new UsageError(`the answer '${body.slice(0, 40)}' is neither an approve word (${words.approve.join(', ')}) nor a deny word (${words.deny.join(', ')})`);
    }
    const approved = decision.decision === 'approved';
    const record = {
        schema: APPROVAL_RECORD_SCHEMA,
        decision: decision.decision,
        decidedBy: approver,
        reason: d.reason,
        via: d.via,
        modelVersion: o['model-version'] ?? '',
        report: o.report ?? '',
        approvers: spec.users,
        decidedAt: decision.decidedAt ?? iso,
    };
    if (d.jobUrl)
        record.jobUrl = d.jobUrl;
    if (d.pipelineUrl)
        record.pipelineUrl = d.pipelineUrl;
    const recordPath = (0,external_node_path_.resolve)(outDir, 'approval.json');
    const what = record.modelVersion ? ` \`${record.modelVersion.replace(/`/g, "'")}\`` : '';
    const lines = [
        record_decisionMarker(decision.decision),
        `### ${approved ? 'Approved' : 'Denied'}${what} by ${approver}`,
        '',
        record.reason ? record.reason.split('\n').map((l) => `> ${l}`).join('\n') : '_No reason given._',
        '',
        d.via === 'gitlab-manual-job'
            ? `Decided ${record.decidedAt}: ${approver} played the manual job${record.jobUrl ? ` ${record.jobUrl}` : ''}${record.pipelineUrl ? ` (pipeline ${record.pipelineUrl})` : ''}. Record: \`approval.json\`.`
            : `Decided ${record.decidedAt} (${d.via === 'flag' ? `--${d.vote}` : 'at the prompt'}); approvers: ${spec.users.join(', ')}. Record: \`approval.json\`.`,
    ];
    if (record.report) {
        const shown = loadReport((0,external_node_path_.resolve)(p.context().workspace, record.report));
        lines.push('', `<details><summary>Gate report shown: ${shown.name}</summary>`, '', shown.markdown, '', '</details>');
    }
    const markdown = lines.join('\n') + '\n';
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    (0,external_node_fs_.writeFileSync)(recordPath, JSON.stringify(record, null, 2) + '\n');
    p.setOutput('decision', record.decision);
    p.setOutput('approvers', JSON.stringify(approved ? [approver] : []));
    p.setOutput('denied-by', approved ? '' : approver);
    p.setOutput('reason', record.reason);
    p.setOutput('model-version', record.modelVersion);
    p.setOutput('record', recordPath);
    p.setOutput('decided-by', approver);
    if (record.jobUrl)
        p.setOutput('job-url', record.jobUrl);
    await p.appendSummary(markdown);
    await p.upsertComment('request-approval', 'decision', markdown);
    if (!approved)
        p.setFailed(`Denied by ${approver}${record.reason ? `: ${record.reason.split('\n')[0]}` : ''}`);
    return { approved, record, recordPath, markdown };
}
/**
 * Ask on a terminal: the vote (an approve or deny word, as a comment on the approval issue would say it; asked again
 * up to three times), then the reason. Returns undefined when the input ends first.
 */
async function promptDecision(words, what, io) {
    const rl = (0,promises_.createInterface)({ input: io.input, output: io.output, terminal: false });
    const lines = rl[Symbol.asyncIterator]();
    const ask = async (q) => {
        io.output.write(q);
        const r = await lines.next();
        return r.done ? undefined : String(r.value);
    };
    try {
        for (let i = 0; i < 3; i++) {
            const answer = await ask(`Approve ${what}? [${words.approve[0]}/${words.deny[0]}] `);
            if (answer === undefined)
                return undefined;
            const vote = classifyComment(answer, words);
            if (!vote) {
                io.output.write(`'${answer.trim().slice(0, 40)}' is not a vote: type one of ${[...words.approve, ...words.deny].join(', ')}\n`);
                continue;
            }
            const reason = (await ask('Reason (one line, may be empty): ')) ?? '';
            return { vote, body: answer, reason: reason.trim() };
        }
        throw new UsageError(`no vote after three answers: type one of ${[...words.approve, ...words.deny].join(', ')}, or pass --approve or --deny`);
    }
    finally {
        rl.close();
    }
}
async function approveMain(argv, io) {
    const args = parseArgs(approveCommand, argv);
    if (args.flags.help) {
        io.stdout(helpText(approveCommand));
        return 0;
    }
    const outDir = (0,external_node_path_.resolve)(io.cwd, String(args.flags['out-dir']));
    const json = args.flags.json === true;
    const local = createLocalPlatform({ inputs: args.inputs, outDir, workspace: io.cwd, log: (l) => io.stderr(l + '\n'), verbose: args.flags.verbose === true });
    const env = process.env;
    const gitlab = isGitLabCI(env);
    // In a GitLab job: GitLab's run context and the merge request note over the same files.
    const p = gitlab ? withGitLab(local, { env }) : local;
    const rel = (x) => (0,external_node_path_.relative)(io.cwd, x).split(external_node_path_.sep).join('/') || '.';
    const flagged = ['approve', 'deny'].filter((f) => args.flags[f] === true);
    if (flagged.length === 2)
        throw new UsageError('--approve and --deny are both given: pass one of them');
    let approver = typeof args.flags.approver === 'string' ? args.flags.approver : process.env.USER || process.env.USERNAME || 'local';
    let reasonFlag = typeof args.flags.reason === 'string' ? args.flags.reason : undefined;
    let decision;
    if (gitlab) {
        // The person who played the manual job decides; the reason is the variable they set when playing it.
        if (typeof args.flags.approver !== 'string') {
            if (!env.GITLAB_USER_LOGIN)
                throw new UsageError('GITLAB_USER_LOGIN is not set: in a GitLab job mlci approve records who played the manual job from it (or pass --approver)');
            approver = env.GITLAB_USER_LOGIN;
        }
        reasonFlag ??= env.MLCI_APPROVAL_REASON ?? '';
        decision = { vote: flagged[0] ?? 'approve', reason: reasonFlag, approver, via: 'gitlab-manual-job', jobUrl: env.CI_JOB_URL || undefined, pipelineUrl: env.CI_PIPELINE_URL || undefined };
    }
    else if (flagged.length === 1) {
        decision = { vote: flagged[0], reason: reasonFlag ?? '', approver, via: 'flag' };
    }
    else {
        if (!process.stdin.isTTY) {
            throw new UsageError('no decision: pass --approve or --deny (with --reason and --approver), or run on a terminal to be asked');
        }
        const words = approvalWords(p);
        const model = args.inputs['model-version'] ? `'${args.inputs['model-version']}'` : 'this model';
        if (args.inputs.report) {
            // The first lines of the report (the verdict and the table head); the whole of it goes into the summary.
            const shown = loadReport((0,external_node_path_.resolve)(io.cwd, args.inputs.report)).markdown.split('\n');
            io.stderr(`Gate report ${args.inputs.report}:\n${shown.slice(0, 20).join('\n')}${shown.length > 20 ? '\n...' : ''}\n\n`);
        }
        const asked = await promptDecision(words, model, { input: process.stdin, output: process.stderr });
        if (!asked)
            throw new UsageError('the input ended before a vote: pass --approve or --deny in scripts');
        decision = { vote: asked.vote, body: asked.body, reason: reasonFlag ?? asked.reason, approver, via: 'prompt' };
    }
    if (process.env.SOURCE_DATE_EPOCH && /^\d+$/.test(process.env.SOURCE_DATE_EPOCH))
        decision.at = new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000);
    // The summary file is this run's, as GITHUB_STEP_SUMMARY is one step's.
    (0,external_node_fs_.rmSync)((0,external_node_path_.resolve)(outDir, 'summary.md'), { force: true });
    const out = await approveJob(p, outDir, decision);
    local.writeOutputs();
    if (gitlab) {
        const dotenv = writeDotenv(outDir, 'approve', local.outputs);
        for (const s of dotenv.skipped)
            local.annotate('notice', `Output left out of ${rel(dotenv.path)}: ${s}; it is in outputs.json.`);
    }
    const code = out.approved ? 0 : 1;
    const r = out.record;
    if (json) {
        io.stdout(JSON.stringify({ command: 'approve', decision: r.decision, decidedBy: r.decidedBy, reason: r.reason, exitCode: code, outputs: local.outputs, record: rel(out.recordPath), outDir: rel(outDir) }) + '\n');
    }
    else {
        io.stdout(`${r.decision} by ${r.decidedBy}${r.modelVersion ? ` (${r.modelVersion})` : ''}${r.reason ? `: ${r.reason.split('\n')[0]}` : ''}\n` +
            (r.jobUrl ? `job: ${r.jobUrl}\n` : '') +
            `record: ${rel(out.recordPath)}   summary: ${rel((0,external_node_path_.resolve)(outDir, 'summary.md'))}   outputs: ${rel((0,external_node_path_.resolve)(outDir, 'outputs.json'))}\n`);
    }
    return code;
}

;// CONCATENATED MODULE: ./src/commands/contract.ts
/**
 * `mlci contract init <files...>`: profile data files and write a starting data contract (core's initContract; the
 * rules are stated in the file's header and in actions/validate-data/README.md). The command only parses flags,
 * refuses to overwrite a contract unless told to, checks the text against the contract schema, and writes it.
 *
 * Exit codes: 0 written, 2 bad usage or bad input (no files, an unreadable file, an existing --out without --force).
 */



const contractCommand = {
    name: 'contract',
    action: '',
    summary: 'init <files...>: profile data (CSV, TSV, JSONL, Parquet) into a starting contract for validate.',
    inputs: {},
    extra: [
        { name: 'out', kind: 'string', default: 'contract.yml', description: 'Where to write the contract (- for stdout).' },
        { name: 'table', kind: 'string', description: 'Table name in the contract (default: the first file\'s name without extensions).' },
        { name: 'force', kind: 'boolean', description: 'Overwrite --out when it exists.' },
    ],
    example: '  mlci contract init examples/fraud/transactions.csv --out contract.yml',
    run: contractMain,
};
function contractHelp() {
    return [
        `mlci contract: write data contracts for \`mlci validate\` and the validate-data action.`,
        '',
        'Usage: mlci contract init <files...> [--out contract.yml] [--table NAME] [--force] [--json]',
        '',
        'Profiles the files (one table; globs allowed, relative to the working directory) in one streaming pass and',
        'writes a contract that passes on them, by rules stated in its header:',
        '  rows      0.5x to 2x the observed row count',
        '  type      the narrowest of integer, number, boolean, timestamp, string that every value has',
        '  min/max   the observed range widened by 10% of its width on each side, rounded outward, never across 0',
        '  nulls     the observed null share rounded up to 2 significant digits (0: none allowed)',
        '  in        columns with at most 20 distinct values, some repeated; new values warn',
        '  unique    integer and text columns whose values are all distinct',
        'Review it before committing it: the data decides what the contract says, so a problem already in the data is',
        'written into it. Add what profiling cannot know: freshness of timestamps, label shares, patterns.',
        '',
        'Flags:',
        '  --out <file>    Where to write the contract (default: contract.yml; - prints it on stdout).',
        '  --table <name>  Table name (default: the first file\'s name without extensions).',
        '  --force         Overwrite --out when it exists.',
        '  --json          Print one JSON document on stdout (path, table, rows, columns).',
        '  --help          Show this help.',
        '',
        'Exit codes: 0 written, 2 bad usage or input.',
        '',
        'Example:',
        '  mlci contract init examples/fraud/transactions.csv --out contract.yml',
        '  mlci validate --contract contract.yml',
        '',
    ].join('\n');
}
async function contractMain(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
        io.stdout(contractHelp());
        return sub === undefined ? 2 : 0;
    }
    if (sub !== 'init')
        throw new UsageError(`unknown subcommand '${sub.slice(0, 40)}': expected init (see mlci contract --help)`);
    const files = [];
    let out = 'contract.yml';
    let table;
    let force = false;
    let json = false;
    for (let i = 0; i < rest.length; i++) {
        const a = rest[i];
        const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(a);
        if (a === '-h' || a === '--help') {
            io.stdout(contractHelp());
            return 0;
        }
        if (!m) {
            files.push(a);
            continue;
        }
        const value = () => {
            if (m[2] !== undefined)
                return m[2];
            if (i + 1 >= rest.length || rest[i + 1].startsWith('--'))
                throw new UsageError(`flag --${m[1]} needs a value`);
            return rest[++i];
        };
        if (m[1] === 'out')
            out = value();
        else if (m[1] === 'table')
            table = value();
        else if (m[1] === 'force')
            force = true;
        else if (m[1] === 'json')
            json = true;
        else
            throw new UsageError(`unknown flag --${m[1]} (see mlci contract --help)`);
    }
    if (files.length === 0)
        throw new UsageError('mlci contract init needs the data files to profile, e.g. mlci contract init data/train.csv');
    if (table !== undefined && !table.trim())
        throw new UsageError('flag --table needs a name');
    const target = out === '-' ? undefined : (0,external_node_path_.resolve)(io.cwd, out);
    if (target && (0,external_node_fs_.existsSync)(target) && !force)
        throw new UsageError(`${out} exists; pass --force to overwrite it, or --out another file`);
    const { initContract, parseContract } = await Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(26), __webpack_require__.e(752), __webpack_require__.e(619), __webpack_require__.e(427)]).then(__webpack_require__.bind(__webpack_require__, 89427));
    const { text, profile } = await initContract(files, { workspace: io.cwd, table });
    // The text must load as a contract; a failure here is a bug in init, not in the data (exit 3 with the stack).
    try {
        parseContract(text, out);
    }
    catch (e) {
        throw new Error(`contract init wrote a contract that does not load: ${e.message}`);
    }
    const shown = target ? (0,external_node_path_.relative)(io.cwd, target).split(external_node_path_.sep).join('/') : '-';
    if (target) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        (0,external_node_fs_.writeFileSync)(target, text);
    }
    else if (!json) {
        io.stdout(text);
    }
    const kept = profile.columns.filter((c) => c.absentFrom.length === 0);
    if (json) {
        io.stdout(JSON.stringify({ command: 'contract init', out: shown, table: profile.name, files: profile.files, rows: profile.rows, columns: kept.map((c) => c.name), contract: target ? undefined : text }) + '\n');
    }
    else if (target) {
        io.stdout(`wrote ${shown}: table ${profile.name}, ${kept.length} column${kept.length === 1 ? '' : 's'}, ${profile.rows} rows from ${profile.files.length} file${profile.files.length === 1 ? '' : 's'}\n` +
            `review it, then: mlci validate --contract ${shown}\n`);
    }
    return 0;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ../core/src/workers/entry.ts
var workers_entry = __webpack_require__(58910);
// EXTERNAL MODULE: ../core/src/stats/rng.ts
var stats_rng = __webpack_require__(24663);
;// CONCATENATED MODULE: ./src/demo/data.ts
/**
 * The demo's tabular data, generated from a seed (no committed files): credit applications with a default label and
 * an `age_band` subgroup column. Features: `debt_ratio` (debt over income), `income` (thousands), `late_payments`
 * (in the last two years), `region`. The label is drawn from a logistic model of the features, so a logistic
 * regression can learn it; `shiftOlder` makes the data change the demo's second run sees: more applicants aged 65+,
 * with lower incomes, whose labels no longer follow their debt ratio (as when a new source labels them differently).
 */


const AGE_BANDS = ['18-25', '26-40', '41-64', '65+'];
const REGIONS = ['north', 'south', 'east', 'west'];
const COLUMNS = ['id', 'age_band', 'region', 'income', 'debt_ratio', 'late_payments', 'label'];
/** Standard normal by Box–Muller (one of the pair; the stream stays simple to follow). */
function normal(rng) {
    return Math.sqrt(-2 * Math.log(rng.next())) * Math.cos(2 * Math.PI * rng.next());
}
function pick(rng, values, weights) {
    let u = rng.next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < values.length; i++) {
        u -= weights[i];
        if (u <= 0)
            return values[i];
    }
    return values[values.length - 1];
}
const round = (x, digits) => Number(x.toFixed(digits));
function generate(o) {
    const rng = (0,stats_rng/* createRng */.S)(o.seed);
    const bandWeights = o.shiftOlder ? [0.15, 0.25, 0.25, 0.35] : [0.2, 0.35, 0.3, 0.15];
    const bandEffect = { '18-25': 0.4, '26-40': 0, '41-64': -0.2, '65+': 0.1 };
    const out = [];
    for (let i = 0; i < o.rows; i++) {
        const ageBand = pick(rng, AGE_BANDS, bandWeights);
        const region = pick(rng, REGIONS, [0.3, 0.3, 0.2, 0.2]);
        const older = ageBand === '65+';
        const income = round(Math.exp(Math.log(older && o.shiftOlder ? 30 : 45) + 0.4 * normal(rng)), 1);
        const debtRatio = round(Math.min(1.5, Math.max(0, 0.35 + 0.15 * normal(rng))), 3);
        const latePayments = Math.min(9, Math.floor(-Math.log(rng.next()) * 0.8));
        const dz = (debtRatio - 0.35) / 0.15;
        const iz = (Math.log(income) - Math.log(45)) / 0.4;
        // The second run's 65+ labels follow income and late payments only: the debt ratio no longer tells.
        const debtSlope = older && o.shiftOlder ? 0 : 1.6;
        const z = -1.3 + debtSlope * dz + 0.6 * latePayments - 0.5 * iz + bandEffect[ageBand];
        const label = rng.next() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        out.push({ id: o.firstId + i, ageBand, region, income, debtRatio, latePayments, label });
    }
    return out;
}
function toCsv(rows) {
    const lines = [COLUMNS.join(',')];
    for (const r of rows)
        lines.push([r.id, r.ageBand, r.region, r.income, r.debtRatio, r.latePayments, r.label].join(','));
    return lines.join('\n') + '\n';
}
/** Parse a CSV written by toCsv (the demo's own files; the header must match). */
function fromCsv(text, file) {
    const lines = text.split('\n').filter((l) => l !== '');
    if (lines[0] !== COLUMNS.join(','))
        throw new errors/* UserError */.y(`${file}: expected the header ${COLUMNS.join(',')}`, { file, line: 1 });
    return lines.slice(1).map((l, i) => {
        const c = l.split(',');
        if (c.length !== COLUMNS.length)
            throw new errors/* UserError */.y(`${file}, line ${i + 2}: expected ${COLUMNS.length} fields`, { file, line: i + 2 });
        return {
            id: Number(c[0]), ageBand: c[1], region: c[2],
            income: Number(c[3]), debtRatio: Number(c[4]), latePayments: Number(c[5]), label: c[6] === '1' ? 1 : 0,
        };
    });
}

;// CONCATENATED MODULE: ./src/demo/model.ts
/**
 * The demo's model: logistic regression fitted by full-batch gradient descent on the log loss with a small L2
 * penalty (e.g. Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, 2nd ed., §4.4). Deterministic:
 * zero start, a fixed step and a fixed number of steps, the rows in file order. The `full` features give each age
 * band its own debt-ratio slope, so the model can learn (and unlearn) how debt relates to default in one subgroup;
 * `debt-only` is the simple model that serves before the demo's first run.
 */

const MODEL_SCHEMA = 'mlci.demo.model/v1';
function termsOf(features) {
    if (features === 'debt-only')
        return ['intercept', 'debt_ratio'];
    return [
        'intercept', 'late_payments', 'log_income', ...AGE_BANDS.slice(1).map((b) => `age_band=${b}`),
        ...AGE_BANDS.map((b) => `debt_ratio:age_band=${b}`),
    ];
}
function row(a, features, s, out) {
    const dz = (a.debtRatio - s.debtMean) / s.debtSd;
    out[0] = 1;
    if (features === 'debt-only') {
        out[1] = dz;
        return;
    }
    out[1] = a.latePayments;
    out[2] = (Math.log(a.income) - s.logIncomeMean) / s.logIncomeSd;
    const band = AGE_BANDS.indexOf(a.ageBand);
    for (let b = 1; b < AGE_BANDS.length; b++)
        out[2 + b] = band === b ? 1 : 0;
    for (let b = 0; b < AGE_BANDS.length; b++)
        out[2 + AGE_BANDS.length + b] = band === b ? dz : 0;
}
function meanSd(xs) {
    let m = 0;
    for (const x of xs)
        m += x;
    m /= xs.length;
    let v = 0;
    for (const x of xs)
        v += (x - m) ** 2;
    return [m, Math.sqrt(v / xs.length) || 1];
}
function fit(rows, o) {
    const n = rows.length;
    const [debtMean, debtSd] = meanSd(Float64Array.from(rows, (r) => r.debtRatio));
    const [logIncomeMean, logIncomeSd] = meanSd(Float64Array.from(rows, (r) => Math.log(r.income)));
    const scale = { debtMean, debtSd, logIncomeMean, logIncomeSd };
    const terms = termsOf(o.features);
    const k = terms.length;
    const X = new Float64Array(n * k);
    const x = new Float64Array(k);
    rows.forEach((r, i) => {
        row(r, o.features, scale, x);
        X.set(x, i * k);
    });
    const w = new Float64Array(k);
    const grad = new Float64Array(k);
    const steps = o.steps ?? 400;
    const lr = o.learningRate ?? 0.5;
    const l2 = o.l2 ?? 1e-3;
    for (let t = 0; t < steps; t++) {
        grad.fill(0);
        for (let i = 0; i < n; i++) {
            let z = 0;
            for (let j = 0; j < k; j++)
                z += w[j] * X[i * k + j];
            const err = 1 / (1 + Math.exp(-z)) - rows[i].label;
            for (let j = 0; j < k; j++)
                grad[j] += err * X[i * k + j];
        }
        for (let j = 0; j < k; j++)
            w[j] -= lr * (grad[j] / n + (j === 0 ? 0 : l2 * w[j]));
    }
    return {
        schema: MODEL_SCHEMA, name: o.name, features: o.features, terms,
        weights: Array.from(w, (v) => Number(v.toFixed(6))), scale,
        trainedOn: { rows: n, positives: rows.reduce((a, r) => a + r.label, 0) },
    };
}
/** Probability of default for each row. */
function score(model, rows) {
    const x = new Float64Array(model.weights.length);
    return Float64Array.from(rows, (r) => {
        row(r, model.features, model.scale, x);
        let z = 0;
        for (let j = 0; j < x.length; j++)
            z += model.weights[j] * x[j];
        return 1 / (1 + Math.exp(-z));
    });
}
/** AUC by the rank-sum (Mann–Whitney U / n₊n₋), ties counting ½: for the training's metrics.json. */
function rocAuc(labels, scores) {
    const order = Array.from(scores.keys()).sort((a, b) => scores[a] - scores[b]);
    let rankSum = 0;
    let pos = 0;
    for (let i = 0; i < order.length;) {
        let j = i;
        while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]])
            j++;
        const rank = (i + j + 2) / 2;
        for (let t = i; t <= j; t++)
            if (labels[order[t]] === 1) {
                rankSum += rank;
                pos++;
            }
        i = j + 1;
    }
    const neg = order.length - pos;
    return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}
/** The gate's input: one row per evaluation application, with the slice columns. */
function predictionsCsv(rows, scores) {
    const lines = ['id,label,score,age_band,region'];
    rows.forEach((r, i) => lines.push(`${r.id},${r.label},${scores[i].toFixed(6)},${r.ageBand},${r.region}`));
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ../core/src/detect/report.ts
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

;// CONCATENATED MODULE: ../core/src/report/publish.ts


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

// EXTERNAL MODULE: ../core/src/detect/reasons.ts
var reasons = __webpack_require__(76945);
;// CONCATENATED MODULE: ../../actions/detect-data-change/src/inputs.ts



/** `any` or a list of reasons; unknown words name the allowed ones. */
const trainOnInput = schemas/* string */.YjP().transform((s, ctx) => {
    const words = s.split(/[\s,]+/).map((w) => w.trim()).filter(Boolean);
    if (words.length === 0 || (words.length === 1 && words[0] === 'any'))
        return [...reasons/* REASONS */.e];
    const bad = words.filter((w) => !reasons/* REASONS */.e.includes(w));
    if (bad.length) {
        ctx.addIssue({ code: 'custom', message: `unknown reason(s) ${bad.join(', ')}; expected 'any' or a list of: ${reasons/* REASONS */.e.join(', ')}` });
        return core/* NEVER */.tm;
    }
    return words;
});
/** Input names are a contract (issue #4); action.yml declares the same names and defaults. */
const inputs_inputs = {
    data: { schema: linesInput, default: '', description: 'Newline-separated globs, files or folders of data (CSV, TSV, JSONL, Parquet, any binary), relative to the workspace; `!pattern` excludes. Each line is one table for schema and drift checks.' },
    pointers: { schema: linesInput, default: '', description: 'Globs of pointer files read instead of the data: DVC `.dvc` files and `dvc.lock`, Git LFS pointers.' },
    code: { schema: linesInput, default: '', description: 'Globs of training code and config; changed files come from the event (PR files, push before..after, since the baseline commit).' },
    params: { schema: linesInput, default: '', description: 'YAML or JSON params files, compared key by key.' },
    baseline: { schema: stringInput, default: 'cache', description: 'Where the previous record comes from: `cache` (per branch, falling back to the default branch; evicted after 7 days unused), `git` or `git:<name>` (kept in the repository under `refs/mlci/detect/<name>/<branch>`, falling back to the default branch; needs contents: write), a lock file path such as `data.lock.json`, or `none`.' },
    'max-age': { schema: durationInput, description: 'Train when the last training recorded in the baseline is older than this (e.g. `48h`, `7d`). Empty: no age limit.' },
    'drift-policy': { schema: stringInput, description: 'Drift policy YAML file (or the YAML itself): per-column tests and thresholds, `critical`, `ignore`, `drift-share`, `max-row-drop`.' },
    force: { schema: booleanInput, default: 'false', description: 'Train regardless (wire it to a workflow_dispatch input).' },
    'train-on': { schema: trainOnInput, default: 'any', description: `Reasons that make should-train true: \`any\`, or a list of ${reasons/* REASONS */.e.join(', ')}. first-run and forced always count.` },
    'save-baseline': { schema: enumInput(['on-success', 'always', 'never']), default: 'on-success', description: 'When should-train is true, save this run\'s record (to the cache, or with `baseline: git` to the repository): `on-success` (post step, only if the job succeeded), `always` (now), `never`.' },
    'write-lock': { schema: stringInput, description: 'When should-train is true, write the record to this lock file (commit it and use it as `baseline`).' },
    'allow-empty': { schema: booleanInput, default: 'false', description: 'Allow a glob that matches no files (otherwise an error).' },
    'report-path': { schema: stringInput, description: 'Where to write the JSON report. Empty: a file under RUNNER_TEMP.' },
    'html-report': { schema: stringInput, description: 'Where to write the self-contained HTML report. Empty: beside the JSON report, .json replaced by .html.' },
    'github-token': { schema: stringInput, default: '${{ github.token }}', description: 'Token to list a pull request\'s files (pull-requests: read), compare commits (contents: read), read and write the `baseline: git` record (contents: write) and, on a cache miss, check the workflow\'s earlier runs (actions: read).' },
};

;// CONCATENATED MODULE: ./src/commands/detect.ts
/**
 * `mlci detect`: the detect-data-change job on the local platform. The steps are those of
 * actions/detect-data-change/src/main.ts (inputs → baseline → detectChanges → report, outputs, summary → record),
 * on core's engine; changed code files come from the local platform (`git diff <baseline commit>` in the working
 * tree, no API here), and the post step's "save the baseline when the job succeeded" runs at the end of the command,
 * which is the job.
 */





// The input specs only (they import nothing but core): the flags are the action's inputs, never a copy of them.

const ACTION = 'detect-data-change';
const detectCommand = {
    name: 'detect',
    action: ACTION,
    summary: 'should we train? Data fingerprints, schema, dropped rows, drift, code and params changes, model age.',
    inputs: inputs_inputs,
    hidden: ['github-token'],
    extra: [{ name: 'exit-code', kind: 'boolean', description: 'Exit 1 when should-train is false (default: exit 0 either way).' }],
    example: [
        '  # First run: should-train=true (first-run), the record written to data.lock.json; commit it after training.',
        '  mlci detect --data \'data/*.csv\' --code \'train/**\' --baseline data.lock.json --write-lock data.lock.json',
        '  # Later: unchanged data gives should-train=false; with --exit-code that is exit 1, for `mlci detect --exit-code && train`.',
        '  # Without --baseline the record is kept in the local cache under --out-dir (the action\'s default, baseline: cache).',
        '  # The HTML report (drift table, histograms of drifted columns) lands beside the JSON report (or --html-report <path>).',
    ].join('\n'),
};
async function detectJob(p, outDir) {
    const raw = parseInputs(inputs_inputs, (n) => p.getInput(n));
    const o = { ...raw, data: raw.data ?? [], pointers: raw.pointers ?? [], code: raw.code ?? [], params: raw.params ?? [] };
    const ctx = p.context();
    const workspace = ctx.workspace;
    if (o.data.length === 0 && o.pointers.length === 0) {
        throw new errors/* UserError */.y('Flags --data and --pointers are both missing: give the data globs (e.g. --data \'data/*.csv\') or pointer files (--pointers \'data/*.dvc\').');
    }
    // The engine is loaded after the flags are valid: --help and a typo never load it.
    const [{ absPath, toWorkspacePattern }, { baselineKeys, loadBaseline, parseBaselineInput, writeRecord }, { detectChanges }, { renderSummary }, { DEFAULT_DRIFT_POLICY, loadDriftPolicy }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(784)]).then(__webpack_require__.bind(__webpack_require__, 42784)), Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(938), __webpack_require__.e(446)]).then(__webpack_require__.bind(__webpack_require__, 51446)), Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(938), __webpack_require__.e(660)]).then(__webpack_require__.bind(__webpack_require__, 86660)),
        Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(938), __webpack_require__.e(660), __webpack_require__.e(832)]).then(__webpack_require__.bind(__webpack_require__, 47832)), __webpack_require__.e(/* import() */ 978).then(__webpack_require__.bind(__webpack_require__, 80978)),
    ]);
    const inWorkspace = (input) => (rel) => absPath(workspace, toWorkspacePattern(workspace, rel, input));
    const policy = o['drift-policy'] ? loadDriftPolicy(o['drift-policy'], 'drift-policy', inWorkspace('drift-policy')) : DEFAULT_DRIFT_POLICY;
    const source = parseBaselineInput(o.baseline, workspace);
    const branch = ctx.branch || 'detached';
    const keys = baselineKeys({ data: o.data, pointers: o.pointers, branch, defaultBranch: ctx.defaultBranch, runId: ctx.runId, runAttempt: ctx.runAttempt });
    const log = { warning: (m) => p.annotate('warning', m), info: (m) => p.info(m) };
    const loaded = await loadBaseline(source, { workspace, cache: p.cache, keys, log });
    const changed = o.code.length && loaded.record && p.changedFiles ? await p.changedFiles(loaded.record.commit) : undefined;
    if (changed)
        p.info(`Changed files: ${changed.files ? `${changed.files.length} from ${changed.source}` : changed.source}`);
    // Default report path: in the output folder (the action's default is under RUNNER_TEMP).
    const reportPath = o['report-path'] ? (0,external_node_path_.resolve)(workspace, o['report-path']) : (0,external_node_path_.resolve)(workspace, outDir, 'detect-report.json');
    const lockPath = o['write-lock'] ? toWorkspacePattern(workspace, o['write-lock'], 'write-lock') : undefined;
    const htmlPath = (0,external_node_path_.resolve)(workspace, htmlReportPathFor(o['html-report'], reportPath));
    const own = [source.kind === 'file' ? source.path : '', lockPath ?? '', reportPath, htmlPath].filter(Boolean).map((f) => (0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(workspace, f)).split(external_node_path_.sep).join('/'));
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
        policyFile: o['drift-policy'] && !o['drift-policy'].includes('\n') ? o['drift-policy'] : "flag --drift-policy",
        force: o.force,
        trainOn: o['train-on'],
        commit: ctx.sha,
        ref: ctx.ref,
    });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(reportPath), { recursive: true });
    (0,external_node_fs_.writeFileSync)(reportPath, JSON.stringify(detectReport(result, loaded.description), null, 2) + '\n');
    const { renderDetectHtml } = await __webpack_require__.e(/* import() */ 910).then(__webpack_require__.bind(__webpack_require__, 30910));
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
    p.info(`should-train=${result.shouldTrain} reasons=${JSON.stringify(result.reasons)} fingerprint=${result.fingerprint}`);
    await p.appendSummary(renderSummary(result, { baselineSource: loaded.description }));
    if (result.tables.length > 0)
        await uploadReportArtifact(p, `${ACTION}-report`, htmlPath);
    const outcome = { shouldTrain: result.shouldTrain, reasons: result.reasons, fingerprint: result.fingerprint, reportPath, htmlReportPath: htmlPath };
    if (!result.shouldTrain)
        return outcome;
    if (lockPath) {
        writeRecord(absPath(workspace, lockPath), result.record);
        outcome.lockPath = lockPath;
        p.info(`Wrote the baseline lock file ${o['write-lock']}: commit it after training to use it as the baseline.`);
    }
    // The local cache: the command is the whole job, so on-success and always both save now; never does not.
    if (source.kind === 'cache' && o['save-baseline'] !== 'never') {
        writeRecord(keys.path, result.record);
        await p.cache.save([keys.path], keys.save);
        p.info(`Saved the baseline to the local cache as ${keys.save}.`);
    }
    return outcome;
}

;// CONCATENATED MODULE: ../../actions/evaluate-gate/src/inputs.ts

/** Input names are a contract (issue #3); action.yml must declare the same names and defaults (checked by a test). */
const src_inputs_inputs = {
    candidate: { schema: stringInput, required: true, description: 'Predictions of the new model (CSV, TSV, JSONL, each optionally .gz, or Parquet): id, label, score and the slice columns.' },
    baseline: { schema: stringInput, description: 'Predictions of the serving model on the same rows (id and score). Empty: first run, bounds only.' },
    policy: { schema: stringInput, required: true, description: 'Path to the gate policy YAML (metrics, slices, significance, fairness).' },
    'report-path': { schema: stringInput, default: 'mlci-gate-report.json', description: 'Where the JSON report (schema mlci.gate.report/v1) is written.' },
    'html-report': { schema: stringInput, description: 'Where the self-contained HTML report is written. Empty: beside the JSON report, .json replaced by .html.' },
    comment: { schema: enumInput(['auto', 'true', 'false']), default: 'auto', description: 'Post (upsert) the report as a PR comment: auto = on pull_request events.' },
    'check-name': { schema: stringInput, default: 'ML gate', description: 'Name of the check run (and of the commit status where no check run can be made).' },
    check: { schema: booleanInput, default: 'true', description: 'Publish a check run with annotations on the policy lines of failing rules.' },
    'fail-on-regression': { schema: booleanInput, default: 'true', description: 'Fail the step when the gate fails; false: succeed and output passed=false.' },
    'no-model-change': { schema: booleanInput, default: 'false', description: 'Nothing the model depends on changed, so nothing was trained: skip the gate and report success ("no model change") on the check, the outputs and the summary; candidate, baseline and policy are not read.' },
    'github-token': { schema: stringInput, default: '${{ github.token }}', description: 'Token for the PR comment and the check run (pull-requests: write, checks: write).' },
};

;// CONCATENATED MODULE: ./src/commands/gate.ts
/**
 * `mlci gate`: the evaluate-gate job on the local platform. The steps are those of actions/evaluate-gate/src/main.ts
 * (inputs → runGate → outputs, summary, comment, check, annotations): the engine and the report bytes are core's
 * runGate, shared with the action; a test compares the report with the committed action bundle's, byte for byte.
 */


// The input specs only (they import nothing but core): the flags are the action's inputs, never a copy of them.

const gateCommand = {
    name: 'gate',
    action: 'evaluate-gate',
    summary: 'is the candidate model at least as good as the one serving, overall and in every slice?',
    inputs: src_inputs_inputs,
    hidden: ['github-token'],
    extra: [{ name: 'junit-path', kind: 'string', description: 'Also write the checks as a JUnit XML report here (one test case per slice × metric; GitLab: artifacts:reports:junit).' }],
    example: [
        '  # The bundled example: better overall, worse for applicants aged 65+ (exit 1, the report in .mlci/).',
        '  mlci gate --candidate examples/gate/candidate.csv.gz --baseline examples/gate/baseline.csv.gz \\',
        '            --policy examples/gate/policy.yml --report-path .mlci/gate-report.json',
        '  # The HTML report (forest plot, curves) lands beside it: .mlci/gate-report.html (or --html-report <path>).',
        '  # Exit codes: 0 passed, 1 failed (0 with --no-fail-on-regression), 2 bad usage or input.',
    ].join('\n'),
};
async function gateJob(p) {
    const opts = parseInputs(src_inputs_inputs, (n) => p.getInput(n));
    const ctx = p.context();
    const title = opts['check-name'];
    const htmlReport = htmlReportPathFor(opts['html-report'], opts['report-path']);
    // Loaded after the flags are valid, as in the action: --help and a typo never load the engine.
    const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(922), __webpack_require__.e(14), __webpack_require__.e(752), __webpack_require__.e(564), __webpack_require__.e(12)]).then(__webpack_require__.bind(__webpack_require__, 9012));
    const gate = await runGate({
        candidate: opts.candidate,
        baseline: opts.baseline || undefined,
        policy: opts.policy,
        reportPath: opts['report-path'],
        htmlReportPath: htmlReport,
        title,
    });
    const { report } = gate;
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
        // Same marker key as the action: a slug of the check name.
        const key = title.toLowerCase().replace(/[^a-z0-9._/-]+/g, '-').replace(/^-+|-+$/g, '') || 'gate';
        const r = await p.upsertComment('evaluate-gate', key, gate.markdown);
        if (r.posted)
            p.info(`Comment body written: ${r.url}`);
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
            p.info(`Check '${title}' written: ${r.url}`);
    }
    for (const a of gate.annotations) {
        p.annotate(a.level === 'failure' ? 'error' : 'warning', a.message, { file: a.path, startLine: a.line, title: a.title });
    }
    if (!report.passed && opts['fail-on-regression'])
        p.setFailed(gate.summary);
    return { passed: report.passed, summary: gate.summary, report };
}
function gate_cell(x, digits = 4) {
    return x === null || x === undefined ? '-' : x.toFixed(digits);
}
/** The compact table: failing and warning checks first, then up to `limit` others. */
function gateTable(report, limit = 12) {
    const order = { fail: 0, warn: 1, insufficient: 2, pass: 3 };
    const rows = report.checks
        .map((c) => [c.status.toUpperCase(), c.metric, c.slice, String(c.support), gate_cell(c.candidate), gate_cell(c.baseline), c.delta === null ? '-' : (c.delta >= 0 ? '+' : '') + c.delta.toFixed(4), gate_cell(c.p_adjusted, 3)])
        .sort((a, b) => order[a[0].toLowerCase()] - order[b[0].toLowerCase()]);
    const fair = report.fairness.map((f) => [f.status.toUpperCase(), `${f.metric} gap`, `across ${f.across}`, '', gate_cell(f.candidate_gap), gate_cell(f.baseline_gap), f.gap_increase === null ? '-' : (f.gap_increase >= 0 ? '+' : '') + f.gap_increase.toFixed(4), '']);
    const all = [...rows, ...fair].sort((a, b) => order[a[0].toLowerCase()] - order[b[0].toLowerCase()]);
    const shown = all.slice(0, Math.max(limit, all.filter((r) => r[0] === 'FAIL').length));
    const table = [['STATUS', 'METRIC', 'SLICE', 'N', 'CANDIDATE', 'BASELINE', 'DELTA', 'P(ADJ)'], ...shown];
    const widths = table[0].map((_, j) => Math.max(...table.map((r) => r[j].length)));
    const lines = table.map((r) => r.map((c, j) => c.padEnd(widths[j])).join('  ').trimEnd());
    if (all.length > shown.length)
        lines.push(`... ${all.length - shown.length} more (all passing or insufficient): see the report`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ../core/src/train/index.ts + 19 modules
var train = __webpack_require__(41058);
;// CONCATENATED MODULE: ../../actions/train-on-gpu-runner/src/inputs.ts


/** Input names are a contract (issue #5); action.yml declares the same names and defaults (checked by a test). */
const train_on_gpu_runner_src_inputs_inputs = {
    command: { schema: stringInput, required: true, description: 'The training command, run with `bash -eo pipefail -c` in working-directory. The only input that is ever put in a shell.' },
    'working-directory': { schema: stringInput, default: '.', description: 'Directory the command runs in, relative to the workspace. Relative paths below are relative to it.' },
    'require-gpu': { schema: enumInput(['true', 'false', 'auto']), default: 'true', description: 'true: fail at once without a usable GPU. auto: use a GPU when one is usable, else run on the CPU with a notice. false: no GPU preflight or monitoring.' },
    gpus: { schema: train/* gpusInput */.YW, default: '1', description: 'How many GPUs the training gets (the least used ones), or `all`.' },
    'min-gpu-memory': { schema: sizeInput, description: 'Free memory each chosen GPU must have, e.g. `20GiB`.' },
    'metrics-file': { schema: stringInput, default: 'metrics.json', description: 'JSON object of final metrics the training writes ({"accuracy": 0.93}); every value must be a finite number. Path also in MLCI_METRICS_FILE.' },
    'metrics-log': { schema: stringInput, description: 'Optional JSON Lines file of per-step values ({"step": 100, "loss": 0.7}) charted in the job summary. Path also in MLCI_METRICS_LOG.' },
    'model-path': { schema: stringInput, description: 'File or directory the training saves the model to; must exist after a successful run. Path also in MLCI_MODEL_PATH.' },
    'checkpoint-dir': { schema: stringInput, description: 'Directory the training writes checkpoints to; a retry gets the newest complete one of this run in MLCI_RESUME_FROM. Path also in MLCI_CHECKPOINT_DIR.' },
    'checkpoint-pattern': { schema: train/* checkpointPatternInput */.Hz, default: '*.pt, *.pth, *.ckpt, *.safetensors, checkpoint-*/', description: "Which names directly inside checkpoint-dir are checkpoints: globs, comma- or newline-separated; a trailing / matches directories only. DeepSpeed's `latest` file, when present, names the checkpoint whatever the patterns." },
    cache: { schema: linesInput, description: 'Paths restored before and saved after training with the Actions cache (one per line, relative to the workspace, like actions/cache).' },
    'cache-key': { schema: stringInput, description: 'Cache key, e.g. the fingerprint output of detect-data-change. Default: per commit, restoring the newest earlier cache of the same paths.' },
    timeout: { schema: durationInput, description: 'Wall-clock limit for the training over all attempts, e.g. `5h`; then SIGTERM, the grace period, and SIGKILL.' },
    'max-attempts': { schema: intInput({ min: 1, max: 20 }), default: '1', description: 'Attempts in total; a retryable failure (killed by a signal, preempted, or an exit code in retry-on-exit-codes) starts the next one.' },
    'retry-on-exit-codes': { schema: train/* exitCodesInput */.r, description: 'Exit codes that also mean "retry", e.g. `75` for a transient NCCL error your script maps to it.' },
    'artifact-name': { schema: stringInput, description: 'Upload model-path, metrics-file and metrics-log as this artifact after a successful run.' },
    'sample-interval': { schema: durationInput, default: '5s', description: 'How often GPU utilization and memory are sampled with nvidia-smi.' },
    'grace-period': { schema: durationInput, default: '30s', description: 'Time between SIGTERM and SIGKILL when `timeout` runs out, for the training to save a checkpoint. Job cancellation follows the runner\'s own timing instead (see the README, "Cancellation and timeouts").' },
};

;// CONCATENATED MODULE: ./src/commands/train.ts
/**
 * `mlci train`: the train-on-gpu-runner job on the local platform. The steps are those of
 * actions/train-on-gpu-runner/src/main.ts (inputs → trainOnGpuRunner → publish), on core's engine: GPU
 * preflight and monitoring with nvidia-smi, retries, checkpoints, metrics; the cache and the artifact land under
 * --out-dir. A training that fails is exit 1 (the training's own problem); a bad flag or file is exit 2.
 */



// The input specs only (they import nothing but core): the flags are the action's inputs, never a copy of them.

const trainCommand = {
    name: 'train',
    action: 'train-on-gpu-runner',
    summary: 'run the training command with GPU preflight and monitoring, retries, checkpoints and metrics.',
    inputs: train_on_gpu_runner_src_inputs_inputs,
    extra: [],
    example: [
        '  # On a laptop without a GPU: run on the CPU, read metrics.json, keep the model as an artifact under .mlci/.',
        '  mlci train --command \'python train.py --epochs 3\' --require-gpu auto \\',
        '             --metrics-file metrics.json --model-path model/ --artifact-name model',
        '  # Exit codes: 0 the training succeeded, 1 it failed (or timed out), 2 bad usage or input.',
    ].join('\n'),
};
/** The action's outputs and summary, as actions/train-on-gpu-runner/src/main.ts publishes them. */
async function publish(p, r) {
    const { metricSlugs, renderTrainSummary, trainFacts } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 41058));
    const f = trainFacts(r);
    p.setOutput('outcome', f.outcome);
    p.setOutput('metrics', f.metrics);
    const metrics = metricSlugs(r);
    for (const m of metrics)
        if (m.slug && m.earlier === undefined)
            p.setOutput(`metric-${m.slug}`, String(m.value));
    const rest = [
        ['model-path', f.modelPath], ['duration-seconds', f.durationSeconds], ['attempts', f.attempts], ['device', f.device],
        ['gpu-name', f.gpuName], ['gpu-uuids', f.gpuUuids], ['cuda-version', f.cudaVersion], ['driver-version', f.driverVersion],
        ['peak-gpu-memory-mb', f.peakGpuMemoryMb], ['mean-gpu-utilization', f.meanGpuUtilization], ['checkpoint', f.checkpoint],
        ['cache-hit', f.cacheHit], ['artifact-id', f.artifactId],
    ];
    for (const [k, v] of rest)
        p.setOutput(k, v);
    for (const m of metrics) {
        if (m.earlier !== undefined)
            p.annotate('warning', `Metric '${m.metric}' has the same output name as '${m.earlier}' (metric-${m.slug}): read '${m.metric}' from the 'metrics' output or rename one.`);
    }
    await p.appendSummary(renderTrainSummary(r));
}
async function trainJob(p, deps) {
    const i = parseInputs(train_on_gpu_runner_src_inputs_inputs, (n) => p.getInput(n));
    const workspace = p.context().workspace;
    const wd = (0,external_node_path_.resolve)(workspace, i['working-directory']);
    if (!(0,external_node_fs_.existsSync)(wd) || !(0,external_node_fs_.statSync)(wd).isDirectory()) {
        throw new errors/* UserError */.y(`Input 'working-directory' is '${i['working-directory']}', but ${wd} is not a directory.`);
    }
    const cachePaths = i.cache ?? [];
    if (i['cache-key'] && cachePaths.length === 0)
        p.annotate('warning', "Input 'cache-key' is set but 'cache' lists no paths: nothing is cached.");
    // Loaded after the flags are valid, as in the action.
    const { resolveIn, trainOnGpuRunner } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 41058));
    const report = await trainOnGpuRunner({
        command: i.command,
        workingDirectory: wd,
        requireGpu: i['require-gpu'],
        gpus: i.gpus,
        minGpuMemoryBytes: i['min-gpu-memory'],
        metricsFile: i['metrics-file'],
        metricsLog: i['metrics-log'] || undefined,
        modelPath: i['model-path'] || undefined,
        checkpointDir: i['checkpoint-dir'] || undefined,
        cachePaths,
        cacheKey: i['cache-key'] || undefined,
        timeoutMs: i.timeout || undefined,
        maxAttempts: i['max-attempts'],
        retryOnExitCodes: i['retry-on-exit-codes'] ?? [],
        artifactName: i['artifact-name'] || undefined,
        sampleIntervalMs: Math.max(100, i['sample-interval']),
        gracePeriodMs: i['grace-period'],
    }, p, deps);
    await publish(p, report);
    if (report.outcome === 'success')
        return { report };
    // The metrics file is the user's input: a malformed one is bad input (exit 2), named by file and line.
    if (report.failureFile) {
        const file = (0,external_node_path_.relative)(workspace, resolveIn(wd, report.failureFile.file));
        throw new errors/* UserError */.y(report.failure ?? `training ${report.outcome}`, { file, line: report.failureFile.line });
    }
    const failure = report.failure ?? `training ${report.outcome}`;
    p.setFailed(failure);
    return { report, failure };
}

;// CONCATENATED MODULE: ./src/commands/demo.ts
/**
 * `mlci demo`: the whole loop, offline, in a temp folder — on the same jobs the other commands run (detectJob,
 * trainJob, gateJob, approveJob on the local platform), so what it shows is what the actions do.
 *
 *   run 1: detect (first-run) → train a logistic regression on generated credit data → gate against the model that
 *          serves → approval, granted in demo mode → promote (copy the model to serving/)
 *   data change: more applicants aged 65+, lower incomes, and their defaults no longer follow the debt ratio
 *   run 2: detect (data-changed, drift) → retrain → the gate fails on the age_band=65+ slice → no approval asked, no
 *          promotion: serving/ keeps run 1's model
 *
 * The data comes from a seed (--seed), the training is deterministic and the approval time fixed, so the same seed
 * gives the same data, models, predictions, gate reports and approval record, byte for byte.
 */














const DEFAULT_SEED = 7;
/** The approval's time in demo mode: fixed, so the approval record's bytes do not change from run to run. */
const DEMO_DECIDED_AT = new Date('2026-01-01T12:00:00.000Z');
const APPROVER = 'mlci-demo';
const TRAIN_ROWS = 8000;
const EVAL_ROWS = 4000;
const demoCommand = {
    name: 'demo',
    action: '',
    summary: 'the whole loop offline in a temp folder: detect → train → gate → approve → promote, then a data change the gate stops.',
    inputs: {},
    extra: [
        { name: 'seed', kind: 'string', default: String(DEFAULT_SEED), description: 'Seed of the generated data (same seed, same reports).' },
        { name: 'dir', kind: 'string', description: 'Run in this folder (new or empty) instead of a new temp folder.' },
    ],
    example: [
        '  # Two runs of the loop in a new temp folder, named at the end with the reports, summaries and comment bodies.',
        '  mlci demo',
        '  # The same with another seed, in a folder of your choice, as one JSON document.',
        '  mlci demo --seed 11 --dir /tmp/mlci-demo --json',
    ].join('\n'),
    run: demoMain,
};
function demoHelp() {
    return [
        `mlci demo: ${demoCommand.summary}`,
        '',
        'Usage: mlci demo [--seed N] [--dir FOLDER] [--json] [--verbose]',
        '',
        'Run 1: detect (first run) → train a logistic regression on generated credit applications (CPU, seconds) → gate',
        'against the serving model → approval, auto-granted in demo mode → promote (copy the model to serving/).',
        'Then a data change: more applicants aged 65+, with lower incomes, whose defaults no longer follow their debt ratio.',
        'Run 2: detect finds the change and the drift → retrain → the gate fails on the age_band=65+ slice → no promotion.',
        'Offline; nothing outside the folder is touched. Exit 0 when the loop behaved as described, 1 when not, 2 bad usage.',
        '',
        'Flags:',
        '  --seed <value>  Seed of the generated data: the same seed gives the same data, models and reports (default: 7).',
        '  --dir <value>   Run in this folder (new or empty) instead of a new temp folder.',
        '  --json          Print one JSON document on stdout (what happened, the files); progress goes to stderr.',
        '  --verbose       Print the jobs\' log lines and annotations on stderr.',
        '  --help          Show this help.',
        '',
        '`mlci demo train --data CSV --eval CSV --model-dir DIR [--name NAME]` is the training command the demo hands to',
        'the train job (`mlci train --command ...`): it fits the model, writes DIR/model.json, DIR/predictions.csv (scores',
        'on the evaluation set, the gate\'s candidate) and DIR/metrics.json.',
        '',
        'Example:',
        demoCommand.example,
        '',
    ].join('\n');
}
/** A word for bash: single-quoted, the one way no character is special. */
function shellWord(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
const sha256 = (file) => (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(file)).digest('hex');
const POLICY = (seed) => `# The demo's gate: the retrained model must be at least as good as the serving one, overall and per subgroup.
version: 1
task: binary-classification
columns: { id: id, label: label, score: score }
threshold: 0.5
metrics:
  auc:      { min: 0.65, max-regression: 0.03 }
  accuracy: { max-regression: 0.03 }
slices:
  - age_band
  - region
min-support: 300
significance: { alpha: 0.05, correction: holm, bootstrap: 500, seed: ${seed} }
decision: { overall: non-inferiority, slices: significant-regression }
`;
const DRIFT_POLICY = `# The demo's drift policy: the id never drifts meaningfully; a shift of the age mix alone is drift.
ignore: [id]
critical: [age_band]
`;
function progress(write, tty) {
    const label = (step) => `  ${step.padEnd(9)}`;
    return {
        start: (step) => tty && write(`${label(step)}…`),
        done: (step, text) => write(`${tty ? '\r\u001b[K' : ''}${label(step)}${text}\n`),
        line: (text) => write(`${text}\n`),
    };
}
/** The drifted columns named in the detect report (its table comparisons). */
function driftedColumns(reportPath) {
    const report = JSON.parse((0,external_node_fs_.readFileSync)(reportPath, 'utf8'));
    const out = new Set();
    for (const t of report.tables ?? [])
        for (const c of t.columns ?? [])
            if (c.drifted === true)
                out.add(c.column);
    return [...out].sort();
}
function failingChecks(report) {
    return report.checks.filter((c) => c.status === 'fail').map((c) => `${c.metric} in ${c.slice}`);
}
function stepPlatform(folder, o) {
    return createLocalPlatform({ inputs: o.inputs, outDir: (0,external_node_path_.join)(folder, o.outDir), workspace: folder, log: (l) => o.verbose && o.stderr(l + '\n'), verbose: o.verbose });
}
/** The training command: this very CLI (`mlci demo train`), run by the train job through bash like any user command. */
function demo_trainCommand(runDir, name) {
    const entry = (0,workers_entry/* workerEntry */.xA)();
    const cli = entry ? (0,external_node_url_.fileURLToPath)(entry) : process.argv[1];
    return [process.execPath, cli, 'demo', 'train', '--data', 'data/train.csv', '--eval', 'holdout/eval.csv', '--model-dir', `${runDir}/model`, '--name', name]
        .map(shellWord)
        .join(' ');
}
async function runDemo(o) {
    const { folder, seed } = o;
    const say = o.progress;
    const step = (inputs, outDir) => stepPlatform(folder, { inputs, outDir, verbose: o.verbose, stderr: o.stderr });
    const rel = (p) => (0,external_node_path_.relative)(folder, (0,external_node_path_.resolve)(folder, p)).split(external_node_path_.sep).join('/');
    // The world before the first run: a year of applications, a held-out evaluation set, and a simple model serving.
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(folder, 'data'), { recursive: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(folder, 'holdout'), { recursive: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(folder, 'serving'), { recursive: true });
    const train1 = generate({ rows: TRAIN_ROWS, seed, firstId: 1 });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(folder, 'data', 'train.csv'), toCsv(train1));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(folder, 'holdout', 'eval.csv'), toCsv(generate({ rows: EVAL_ROWS, seed: seed + 1, firstId: 1_000_001 })));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(folder, 'policy.yml'), POLICY(seed));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(folder, 'drift-policy.yml'), DRIFT_POLICY);
    const v0 = fit(train1.slice(0, 1000), { name: 'serving-v0', features: 'debt-only' });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(folder, 'serving', 'model.json'), JSON.stringify(v0, null, 2) + '\n');
    say.line(`Folder ${folder}: ${TRAIN_ROWS} credit applications in data/train.csv, ${EVAL_ROWS} held out in holdout/eval.csv;`);
    say.line(`serving/model.json is serving-v0 (debt ratio only). Seed ${seed}.`);
    const runs = [];
    for (const n of [1, 2]) {
        if (n === 2) {
            const train2 = generate({ rows: TRAIN_ROWS, seed: seed + 2, firstId: 1, shiftOlder: true });
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(folder, 'data', 'train.csv'), toCsv(train2));
            say.line('');
            say.line('Data change: data/train.csv now holds this quarter\'s applications: more aged 65+, with lower incomes, and');
            say.line('their defaults no longer follow the debt ratio (as when a new source labels them differently).');
        }
        const runDir = `runs/${n}`;
        say.line('');
        say.line(`Run ${n}${n === 1 ? ': the first run' : ': after the data change'}`);
        say.start('detect');
        const dp = step({ data: 'data/*.csv', baseline: 'data.lock.json', 'write-lock': 'data.lock.json', 'drift-policy': 'drift-policy.yml', 'report-path': `${runDir}/detect/detect-report.json` }, `${runDir}/detect`);
        const d = await detectJob(dp, (0,external_node_path_.join)(folder, runDir, 'detect'));
        dp.writeOutputs();
        const drifted = driftedColumns(d.reportPath);
        const run = {
            run: n,
            detect: { shouldTrain: d.shouldTrain, reasons: d.reasons, driftedColumns: drifted, report: rel(d.reportPath), summary: `${runDir}/detect/summary.md` },
            promoted: false,
            serving: { model: 'serving/model.json', name: '', sha256: '' },
        };
        runs.push(run);
        say.done('detect', `should-train: ${d.shouldTrain}${d.reasons.length ? ` (${d.reasons.join(', ')})` : ''}${drifted.length ? `; drift in ${drifted.join(', ')}` : ''}`);
        if (!d.shouldTrain)
            break;
        const name = `credit-risk-${n}`;
        say.start('train');
        const tp = step({ command: demo_trainCommand(runDir, name), 'require-gpu': 'false', 'metrics-file': `${runDir}/model/metrics.json`, 'model-path': `${runDir}/model` }, `${runDir}/train`);
        const log = [];
        const t = await trainJob(tp, { onStdout: (c) => log.push(c), onStderr: (c) => log.push(c) });
        tp.writeOutputs();
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(folder, runDir, 'train', 'training.log'), Buffer.concat(log));
        const metrics = Object.fromEntries((t.report.metrics ?? []).map(([k, v]) => [k, Number(v)]));
        run.train = { outcome: t.report.outcome, model: `${runDir}/model/model.json`, metrics, summary: `${runDir}/train/summary.md` };
        if (t.failure) {
            say.done('train', `failed: ${t.failure.split('\n')[0]} (see ${runDir}/train/training.log)`);
            break;
        }
        say.done('train', `${name} on ${t.report.device}: held-out AUC ${metrics.auc?.toFixed(3)}, accuracy ${metrics.accuracy?.toFixed(3)}`);
        // The serving model scored on the same held-out rows: the gate's baseline.
        say.start('gate');
        const serving = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(folder, 'serving', 'model.json'), 'utf8'));
        const holdout = fromCsv((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(folder, 'holdout', 'eval.csv'), 'utf8'), 'holdout/eval.csv');
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(folder, runDir, 'serving-predictions.csv'), predictionsCsv(holdout, score(serving, holdout)));
        const gp = step({
            candidate: `${runDir}/model/predictions.csv`, baseline: `${runDir}/serving-predictions.csv`, policy: 'policy.yml',
            'report-path': `${runDir}/gate/gate-report.json`, comment: 'true', check: 'true',
        }, `${runDir}/gate`);
        const g = await gateJob(gp);
        gp.writeOutputs();
        const failing = failingChecks(g.report);
        run.gate = {
            passed: g.passed, summary: g.summary, failing, report: `${runDir}/gate/gate-report.json`, markdown: `${runDir}/gate/summary.md`,
            comment: `${runDir}/gate/comments/evaluate-gate--ml-gate.md`, check: `${runDir}/gate/checks/ml-gate.json`,
        };
        say.done('gate', `${g.summary} (vs ${serving.name})`);
        if (!g.passed) {
            // The failing rows of the gate's table, under its header.
            const table = gateTable(g.report).split('\n');
            for (const l of [table[0], ...table.filter((x) => x.startsWith('FAIL'))])
                say.line(`           ${l}`);
        }
        if (g.passed) {
            say.start('approve');
            const ap = step({ report: `${runDir}/gate/gate-report.json`, 'model-version': name, approvers: APPROVER }, `${runDir}/approve`);
            const reason = 'demo mode: approval auto-granted after the gate passed';
            const a = await approveJob(ap, (0,external_node_path_.join)(folder, runDir, 'approve'), { vote: 'approve', reason, approver: APPROVER, via: 'flag', at: DEMO_DECIDED_AT });
            ap.writeOutputs();
            run.approval = {
                decision: a.record.decision, decidedBy: a.record.decidedBy, reason, record: `${runDir}/approve/approval.json`,
                comment: `${runDir}/approve/comments/request-approval--decision.md`, summary: `${runDir}/approve/summary.md`,
            };
            say.done('approve', `${a.record.decision} by ${a.record.decidedBy} (${reason})`);
            if (a.approved) {
                (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(folder, runDir, 'model', 'model.json'), (0,external_node_path_.join)(folder, 'serving', 'model.json'));
                run.promoted = true;
                say.done('promote', `${runDir}/model/model.json → serving/model.json`);
            }
        }
        else {
            say.done('approve', 'not asked: the gate failed');
            say.done('promote', `skipped: serving/model.json stays ${serving.name}`);
        }
        const now = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(folder, 'serving', 'model.json'), 'utf8'));
        run.serving = { model: 'serving/model.json', name: now.name, sha256: sha256((0,external_node_path_.join)(folder, 'serving', 'model.json')) };
    }
    const [r1, r2] = runs;
    const asExpected = !!r1?.promoted && !!r2?.gate && !r2.gate.passed && r2.gate.failing.some((f) => f.includes('age_band=65+')) &&
        !r2.promoted && r2.serving.sha256 === r1.serving.sha256;
    return { seed, folder, runs, asExpected };
}
/** Every file a run left for a reader, by kind (paths relative to the folder). */
function demoFiles(result) {
    const files = { reports: [], html: [], summaries: [], comments: [], checks: [], approvals: [], models: ['serving/model.json'] };
    // The HTML reports are written beside the JSON reports (htmlReportPathFor's default).
    const html = (json) => json.replace(/\.json$/i, '.html');
    for (const r of result.runs) {
        files.reports.push(r.detect.report);
        files.html.push(html(r.detect.report));
        files.summaries.push(r.detect.summary);
        if (r.train) {
            files.summaries.push(r.train.summary);
            files.models.push(r.train.model);
        }
        if (r.gate) {
            files.reports.push(r.gate.report);
            files.html.push(html(r.gate.report));
            files.summaries.push(r.gate.markdown);
            files.comments.push(r.gate.comment);
            files.checks.push(r.gate.check);
        }
        if (r.approval) {
            files.approvals.push(r.approval.record);
            files.summaries.push(r.approval.summary);
            files.comments.push(r.approval.comment);
        }
    }
    return files;
}
function story(result) {
    const [r1, r2] = result.runs;
    const lines = [];
    if (r1?.promoted)
        lines.push(`Run 1 trained credit-risk-1, the gate passed, the approval was granted (demo mode) and it was promoted to serving/.`);
    if (r2?.gate && !r2.gate.passed) {
        lines.push(`Run 2 saw the data change (${r2.detect.reasons.join(', ')}) and retrained; the gate failed: ${r2.gate.failing.join('; ')}.`);
        lines.push(`No approval was asked and nothing was promoted: serving/model.json is still ${r2.serving.name} (sha256 ${r2.serving.sha256.slice(0, 12)}…, unchanged).`);
    }
    if (!result.asExpected)
        lines.push('The loop did not go as the demo describes: see the summaries below.');
    return lines;
}
/** `mlci demo train`: the training command the train job runs. */
async function trainModelMain(argv, io) {
    const flags = {};
    for (let i = 0; i < argv.length; i += 2) {
        const m = /^--(data|eval|model-dir|name)$/.exec(argv[i]);
        if (!m)
            throw new UsageError(`unexpected argument '${argv[i].slice(0, 40)}': mlci demo train takes --data, --eval, --model-dir and --name (see mlci demo --help)`);
        if (argv[i + 1] === undefined)
            throw new UsageError(`flag --${m[1]} needs a value`);
        flags[m[1]] = argv[i + 1];
    }
    for (const f of ['data', 'eval', 'model-dir'])
        if (!flags[f])
            throw new UsageError(`missing required flag --${f} (see mlci demo --help)`);
    const read = (f) => {
        const p = (0,external_node_path_.resolve)(io.cwd, f);
        if (!(0,external_node_fs_.existsSync)(p))
            throw new UsageError(`flag --data/--eval names '${f}', which does not exist`);
        return fromCsv((0,external_node_fs_.readFileSync)(p, 'utf8'), f);
    };
    const rows = read(flags.data);
    const holdout = read(flags.eval);
    const name = flags.name ?? 'credit-risk';
    io.stdout(`fitting ${name}: logistic regression, ${rows.length} rows, gradient descent\n`);
    const model = fit(rows, { name, features: 'full' });
    const scores = score(model, holdout);
    const labels = holdout.map((r) => r.label);
    let correct = 0;
    let loss = 0;
    scores.forEach((s, i) => {
        correct += (s >= 0.5 ? 1 : 0) === labels[i] ? 1 : 0;
        loss -= labels[i] ? Math.log(Math.max(s, 1e-15)) : Math.log(Math.max(1 - s, 1e-15));
    });
    const metrics = { auc: Number(rocAuc(labels, scores).toFixed(6)), accuracy: Number((correct / holdout.length).toFixed(6)), log_loss: Number((loss / holdout.length).toFixed(6)) };
    const dir = (0,external_node_path_.resolve)(io.cwd, flags['model-dir']);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'model.json'), JSON.stringify(model, null, 2) + '\n');
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'predictions.csv'), predictionsCsv(holdout, scores));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'metrics.json'), JSON.stringify(metrics) + '\n');
    io.stdout(`held-out: auc ${metrics.auc}, accuracy ${metrics.accuracy}, log loss ${metrics.log_loss}\n`);
    return 0;
}
async function demoMain(argv, io) {
    if (argv[0] === 'train')
        return trainModelMain(argv.slice(1), io);
    const args = parseArgs(demoCommand, argv);
    if (args.flags.help) {
        io.stdout(demoHelp());
        return 0;
    }
    const seedText = String(args.flags.seed);
    if (!/^\d{1,9}$/.test(seedText))
        throw new UsageError(`flag --seed has '${seedText.slice(0, 20)}': expected a whole number such as 7`);
    const seed = Number(seedText);
    let folder;
    if (typeof args.flags.dir === 'string') {
        folder = (0,external_node_path_.resolve)(io.cwd, args.flags.dir);
        if ((0,external_node_fs_.existsSync)(folder) && (0,external_node_fs_.readdirSync)(folder).length > 0)
            throw new UsageError(`flag --dir names '${args.flags.dir}', which is not empty: give a new or empty folder`);
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
    }
    else {
        folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlci-demo-'));
    }
    const json = args.flags.json === true;
    const out = json ? io.stderr : io.stdout;
    const tty = !json && process.stdout.isTTY === true;
    const say = progress(out, tty);
    say.line(`mlci demo: the loop detect → train → gate → approve → promote, twice, offline.`);
    // The jobs resolve the gate's and the training's relative paths from the current directory, as on a runner.
    const before = process.cwd();
    process.chdir(folder);
    let result;
    try {
        result = await runDemo({ folder, seed, verbose: args.flags.verbose === true, progress: say, stderr: io.stderr });
    }
    finally {
        process.chdir(before);
    }
    const files = demoFiles(result);
    const code = result.asExpected ? 0 : 1;
    if (json) {
        io.stdout(JSON.stringify({ command: 'demo', seed, folder, asExpected: result.asExpected, exitCode: code, runs: result.runs, files }) + '\n');
        return code;
    }
    const lines = ['', 'What happened:', ...story(result).map((l) => `  ${l}`), '', `Files, in ${folder}:`];
    const label = {
        reports: 'reports', html: 'HTML reports', summaries: 'summaries', comments: 'comment bodies', checks: 'checks', approvals: 'approval record', models: 'models',
    };
    for (const [k, v] of Object.entries(files))
        lines.push(`  ${label[k].padEnd(16)}${v.join('  ')}`);
    lines.push('', `Look at ${(0,external_node_path_.join)(folder, result.runs.at(-1)?.gate?.markdown ?? 'runs')} for the gate's summary of run 2.`);
    io.stdout(lines.join('\n') + '\n');
    return code;
}

;// CONCATENATED MODULE: ../../actions/validate-data/src/inputs.ts

/** Input names are a contract (issue #14); action.yml must declare the same names and defaults (checked by a test). */
const validate_data_src_inputs_inputs = {
    contract: { schema: stringInput, required: true, description: 'Path to the data contract YAML (tables, files, row counts, unique keys, per-column checks).' },
    data: { schema: linesInput, default: '', description: "Files or globs that replace the contract's `files`, one a line; with several tables write `table=glob`. Empty: the contract's files." },
    'fail-on': { schema: enumInput(['error', 'warn', 'never']), default: 'error', description: 'Fail the step on failing checks (error), on warnings too (warn), or never (report only).' },
    'report-path': { schema: stringInput, default: 'mlci-contract-report.json', description: 'Where the JSON report (schema mlci.contract.report/v1) is written.' },
    'junit-path': { schema: stringInput, default: '', description: 'Where to write a JUnit XML report (one test case per check). Empty: none.' },
    comment: { schema: enumInput(['auto', 'true', 'false']), default: 'auto', description: 'Post (upsert) the report as a PR comment: auto = on pull_request events.' },
    check: { schema: booleanInput, default: 'true', description: 'Publish a check run with annotations on the data lines and contract rules that failed.' },
    'github-token': { schema: stringInput, default: '${{ github.token }}', description: 'Token for the PR comment and the check run (pull-requests: write, checks: write).' },
};

;// CONCATENATED MODULE: ./src/commands/validate.ts
/**
 * `mlci validate`: the validate-data job on the local platform. The steps are those of
 * actions/validate-data/src/main.ts (inputs → runContract → outputs, summary, comment, check, annotations); the engine
 * and the report bytes are core's runContract, shared with the action.
 */

// The input specs only (they import nothing but core): the flags are the action's inputs, never a copy of them.

const validateCommand = {
    name: 'validate',
    action: 'validate-data',
    summary: 'does the data hold to its contract (rows, unique keys, types, ranges, values, freshness)?',
    inputs: validate_data_src_inputs_inputs,
    hidden: ['github-token'],
    extra: [],
    example: [
        '  # The fraud example passes; its broken copy fails with one line per broken rule (exit 1).',
        '  MLCI_NOW=2026-12-01T12:00:00Z mlci validate --contract examples/fraud/contract.yml',
        '  MLCI_NOW=2026-12-01T12:00:00Z mlci validate --contract examples/fraud/contract.yml --data examples/fraud/transactions-broken.csv',
        '  # Exit codes: 0 passed, 1 failed (0 with --fail-on never), 2 bad usage or input.',
    ].join('\n'),
};
async function validateJob(p) {
    const opts = parseInputs(validate_data_src_inputs_inputs, (n) => p.getInput(n));
    const ctx = p.context();
    const { runContract, shouldFail, checkLine } = await Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(26), __webpack_require__.e(752), __webpack_require__.e(619), __webpack_require__.e(427)]).then(__webpack_require__.bind(__webpack_require__, 89427));
    const result = await runContract({
        contract: opts.contract,
        data: opts.data ?? [],
        workspace: ctx.workspace,
        reportPath: opts['report-path'] || undefined,
        junitPath: opts['junit-path'] || undefined,
        title: 'Data contract',
    });
    const { report } = result;
    p.setOutput('passed', String(report.passed));
    p.setOutput('report', opts['report-path'] ?? '');
    p.setOutput('failed-checks', String(report.counts.fail));
    p.setOutput('summary', result.summary);
    p.info(result.summary);
    await p.appendSummary(result.markdown);
    const wantComment = opts.comment === 'true' || (opts.comment === 'auto' && ctx.pullRequest !== undefined);
    if (wantComment)
        await p.upsertComment('validate-data', 'data-contract', result.markdown);
    if (opts.check) {
        await p.publishCheck({
            name: 'Data contract',
            conclusion: report.passed ? (report.counts.warn > 0 ? 'neutral' : 'success') : 'failure',
            title: result.summary.slice(0, 255),
            summary: result.markdown,
            annotations: result.annotations.map((a) => ({ path: a.path, startLine: a.line, endLine: a.line, level: a.level, title: a.title, message: a.message })),
        });
    }
    for (const a of result.annotations)
        p.annotate(a.level === 'failure' ? 'error' : 'warning', a.message, { file: a.path, startLine: a.line, title: a.title });
    if (shouldFail(report, opts['fail-on']))
        p.setFailed(result.summary);
    const lines = report.checks.filter((c) => c.status !== 'pass').map((c) => `${c.status.toUpperCase()}  ${checkLine(c)}`);
    return { passed: report.passed, summary: result.summary, report, lines };
}

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * `mlci <command> [flags]`: argument handling, output and exit codes around the jobs.
 *
 * Exit codes: 0 the gate passed / should-train is true (or false without --exit-code) / the training succeeded; 1 the
 * gate failed, should-train is false with --exit-code, or the training failed; 2 bad usage or bad input (one line on stderr naming the flag, file or
 * line); 3 a bug (with its stack, please report it).
 */














const EXIT = { ok: 0, failed: 1, usage: 2, bug: 3 };
const COMMANDS = { detect: detectCommand, train: trainCommand, gate: gateCommand, validate: validateCommand };
const VERSION = '1.0.0';
Object.assign(COMMANDS, { contract: contractCommand, approve: approveCommand, demo: demoCommand });
function topHelp() {
    return [
        'mlci: the mlci actions as one command line, on your machine or any CI.',
        '',
        'Usage: mlci <command> [flags]      mlci <command> --help',
        '',
        'Commands:',
        ...Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(10)}${c.summary}${c.action ? ` (the ${c.action} action)` : ''}`),
        '',
        'Every flag is an input of the action, same name and default. Human output by default; --json prints one JSON',
        'document on stdout. Files (outputs, summary, comment bodies, checks, cache) go under --out-dir (default .mlci).',
        'Exit codes: 0 passed / should train / trained, 1 gate failed (or should-train false with --exit-code) or',
        'training failed, 2 bad usage or input, 3 a bug.',
        '',
        'Example:',
        '  mlci gate --candidate examples/gate/candidate.csv.gz --baseline examples/gate/baseline.csv.gz --policy examples/gate/policy.yml',
        '',
    ].join('\n');
}
/** One line: paths inside the working directory shown relative to it, newlines folded. */
function oneLine(message, cwd) {
    const root = cwd.endsWith(external_node_path_.sep) ? cwd : cwd + external_node_path_.sep;
    return message.split(root).join('').replace(/\s*\n\s*/g, ' ').trim();
}
/** parseInputs names inputs as the action does (`Input 'policy'`); on the command line they are flags. */
function asFlags(message) {
    return message.replace(/\bInputs '([a-z0-9-]+)' and '([a-z0-9-]+)'/g, (_, a, b) => `Flags --${a} and --${b}`).replace(/\bInputs? '([a-z0-9-]+)'/g, (_, n) => `Flag --${n}`).replace(/\binput '([a-z0-9-]+)'/g, (_, n) => `flag --${n}`);
}
async function main(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(topHelp());
        return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-V') {
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
    }
    const cmd = COMMANDS[name];
    const label = cmd ? `mlci ${cmd.name}` : 'mlci';
    try {
        if (!cmd)
            throw new UsageError(`unknown command '${name.slice(0, 40)}': expected one of ${Object.keys(COMMANDS).join(', ')} (see mlci --help)`);
        if (cmd.run)
            return await cmd.run(rest, io);
        const args = parseArgs(cmd, rest);
        if (args.flags.help) {
            io.stdout(helpText(cmd));
            return EXIT.ok;
        }
        const outDir = (0,external_node_path_.resolve)(io.cwd, String(args.flags['out-dir']));
        const rel = (p) => (0,external_node_path_.relative)(io.cwd, p).split(external_node_path_.sep).join('/') || '.';
        const json = args.flags.json === true;
        const local = createLocalPlatform({ inputs: args.inputs, outDir, workspace: io.cwd, log: (l) => io.stderr(l + '\n'), verbose: args.flags.verbose === true });
        // In a GitLab CI job: GitLab's run context and merge request notes over the same files, and a dotenv report.
        const gitlab = isGitLabCI();
        const p = gitlab ? withGitLab(local) : local;
        const writeOutputs = () => {
            local.writeOutputs();
            if (!gitlab)
                return;
            const env = writeDotenv(outDir, cmd.name, local.outputs);
            for (const s of env.skipped)
                local.annotate('notice', `Output left out of ${rel(env.path)}: ${s}; it is in outputs.json.`);
        };
        // The summary file is this run's, as GITHUB_STEP_SUMMARY is one step's.
        (0,external_node_fs_.rmSync)((0,external_node_path_.resolve)(outDir, 'summary.md'), { force: true });
        if (cmd.name === 'gate') {
            const g = await gateJob(p);
            writeOutputs();
            const junit = args.flags['junit-path'];
            if (typeof junit === 'string' && junit) {
                const { gateJUnit } = await __webpack_require__.e(/* import() */ 356).then(__webpack_require__.bind(__webpack_require__, 71356));
                const to = (0,paths/* resolveOutputFile */.cX)(junit, { input: 'junit-path', roots: { workspace: io.cwd, temp: process.env.RUNNER_TEMP || undefined } });
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(to), { recursive: true });
                (0,external_node_fs_.writeFileSync)(to, gateJUnit(g.report));
            }
            const code = p.failures.length ? EXIT.failed : EXIT.ok;
            if (json) {
                io.stdout(JSON.stringify({ command: 'gate', passed: g.passed, summary: g.summary, exitCode: code, outputs: p.outputs, counts: g.report.counts, outDir: rel(outDir) }) + '\n');
            }
            else {
                io.stdout(`${g.summary}\n\n${gateTable(g.report)}\n\nreport: ${p.outputs.report}   summary: ${rel((0,external_node_path_.resolve)(outDir, 'summary.md'))}   outputs: ${rel((0,external_node_path_.resolve)(outDir, 'outputs.json'))}\n`);
            }
            return code;
        }
        if (cmd.name === 'validate') {
            const v = await validateJob(p);
            writeOutputs();
            const code = p.failures.length ? EXIT.failed : EXIT.ok;
            if (json)
                io.stdout(JSON.stringify({ command: 'validate', passed: v.passed, summary: v.summary, exitCode: code, outputs: p.outputs, counts: v.report.counts, outDir: rel(outDir) }) + '\n');
            else
                io.stdout(`${v.summary}\n${v.lines.map((l) => l + '\n').join('')}\nreport: ${p.outputs.report}   summary: ${rel((0,external_node_path_.resolve)(outDir, 'summary.md'))}   outputs: ${rel((0,external_node_path_.resolve)(outDir, 'outputs.json'))}\n`);
            return code;
        }
        if (cmd.name === 'train') {
            // The training's own output: on stdout for a person, on stderr under --json (stdout is the one document).
            const toErr = (c) => io.stderr(c.toString());
            const t = await trainJob(p, json ? { onStdout: toErr, onStderr: toErr } : { onStdout: (c) => io.stdout(c.toString()), onStderr: toErr });
            writeOutputs();
            const code = t.failure ? EXIT.failed : EXIT.ok;
            if (json) {
                io.stdout(JSON.stringify({ command: 'train', outcome: t.report.outcome, failure: t.failure ?? null, exitCode: code, outputs: p.outputs, outDir: rel(outDir) }) + '\n');
            }
            else {
                const m = (t.report.metrics ?? []).map(([k, v]) => `  ${k.padEnd(24)}${v}`).join('\n');
                io.stdout(`\ntraining ${t.report.outcome} on ${t.report.device} in ${(t.report.durationMs / 1000).toFixed(1)} s, ${t.report.attempts.length} attempt(s)` +
                    `${t.failure ? `: ${t.failure.split('\n')[0]}` : ''}\n${m ? `metrics:\n${m}\n` : ''}` +
                    `summary: ${rel((0,external_node_path_.resolve)(outDir, 'summary.md'))}   outputs: ${rel((0,external_node_path_.resolve)(outDir, 'outputs.json'))}\n`);
            }
            return code;
        }
        const d = await detectJob(p, outDir);
        writeOutputs();
        const code = !d.shouldTrain && args.flags['exit-code'] === true ? EXIT.failed : EXIT.ok;
        if (json) {
            io.stdout(JSON.stringify({ command: 'detect', shouldTrain: d.shouldTrain, reasons: d.reasons, exitCode: code, outputs: p.outputs, outDir: rel(outDir) }) + '\n');
        }
        else {
            const why = d.reasons.length ? ` (${d.reasons.join(', ')})` : ' (nothing relevant changed)';
            io.stdout(`should-train: ${d.shouldTrain}${why}\nfingerprint: ${d.fingerprint}\n` +
                `report: ${rel(d.reportPath)}   html: ${rel(d.htmlReportPath)}${d.lockPath ? `   lock: ${d.lockPath}` : ''}   summary: ${rel((0,external_node_path_.resolve)(outDir, 'summary.md'))}   outputs: ${rel((0,external_node_path_.resolve)(outDir, 'outputs.json'))}\n`);
        }
        return code;
    }
    catch (e) {
        if (e instanceof UsageError || (0,errors/* isUserError */.i)(e)) {
            io.stderr(`${label}: error: ${oneLine(asFlags(e.message), io.cwd)}\n`);
            return EXIT.usage;
        }
        const err = e instanceof Error ? e : new Error(String(e));
        io.stderr(`${label}: unexpected error (please report it): ${err.stack ?? err.message}\n`);
        return EXIT.bug;
    }
}


/***/ }),

/***/ 76945:
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

/***/ 69312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DC: () => (/* binding */ REPORT_SCHEMA),
  FK: () => (/* binding */ buildReport),
  NP: () => (/* binding */ policyAnnotations),
  Gc: () => (/* binding */ renderMarkdown),
  xH: () => (/* binding */ serializeReport),
  dC: () => (/* binding */ summaryLine)
});

// EXTERNAL MODULE: ../core/src/gate/format.ts
var format = __webpack_require__(90625);
// EXTERNAL MODULE: ../core/src/metrics/index.ts + 12 modules
var metrics = __webpack_require__(96475);
// EXTERNAL MODULE: ../core/src/train/chart.ts
var chart = __webpack_require__(77727);
;// CONCATENATED MODULE: ../core/src/gate/chart.ts



/** Most slices per chart and most charts (failing metrics) per report: keeps comments far below their size limit. */
const MAX_CHART_SLICES = 10;
const MAX_CHART_METRICS = 3;
const ICON = { pass: '✅', fail: '❌', warn: '⚠️', insufficient: '➖' };
/** A slice key as a quoted xychart category: no quotes, brackets or commas that the grammar would split on. */
function category(s) {
    const t = s.replace(/["`\r\n[\],]/g, ' ').replace(/\s+/g, ' ').trim();
    return `"${t.length > 30 ? t.slice(0, 29) + '…' : t}"`;
}
function signed(x) {
    return x === null ? '–' : (x > 0 ? '+' : '') + (0,format/* fmt */.Sc)(x, 3);
}
/** Mermaid charts (each with its table) of the worst slices of every failing metric; '' when nothing failed. */
function worstSlicesCharts(report) {
    const task = report.task;
    const failing = [...new Set(report.checks.filter((c) => c.status === 'fail' && c.delta !== null).map((c) => c.metric))];
    const out = [];
    for (const metric of failing.slice(0, MAX_CHART_METRICS))
        out.push(metricChart(report.checks.filter((c) => c.metric === metric), metric, task));
    if (failing.length > MAX_CHART_METRICS)
        out.push(`<sub>Charts for the first ${MAX_CHART_METRICS} of ${failing.length} failing metrics; every check is in the tables.</sub>`, '');
    return out.join('\n');
}
function metricChart(checks, metric, task) {
    let sign = 1;
    try {
        sign = (0,metrics/* getMetric */.$6)(metric, task).direction === 'higher' ? 1 : -1;
    }
    catch {
        // Unknown to the registry: higher is better.
    }
    const name = (0,format/* displayName */.QC)(metric, task);
    // Worst first: failing, then by regression; ties keep report order.
    const order = { fail: 0, warn: 1, pass: 2, insufficient: 3 };
    const rows = checks
        .filter((c) => c.delta !== null && c.status !== 'insufficient')
        .map((c, i) => ({ c, i, drop: -sign * c.delta }))
        .filter((r) => r.drop > 0 || r.c.status === 'fail')
        .sort((a, b) => order[a.c.status] - order[b.c.status] || b.drop - a.drop || a.i - b.i)
        .slice(0, MAX_CHART_SLICES);
    const margin = checks.find((c) => c.margin !== null)?.margin ?? null;
    const top = Math.max(...rows.map((r) => r.drop), margin ?? 0, 0);
    const lines = [
        '```mermaid',
        'xychart-beta horizontal',
        `    title "${(0,chart/* tableCell */.xR)(name).replace(/"/g, ' ')} regression per slice (${rows.length} worst)"`,
        `    x-axis [${rows.map((r) => category(r.c.slice)).join(', ')}]`,
        `    y-axis "${name.replace(/"/g, ' ')} drop (baseline − candidate${sign < 0 ? ', lower is better' : ''})" 0 --> ${(0,chart/* formatChartNumber */.X0)(top > 0 ? top * 1.1 : 0.01)}`,
        `    bar [${rows.map((r) => (0,chart/* formatChartNumber */.X0)(Math.max(0, r.drop))).join(', ')}]`,
    ];
    if (margin !== null)
        lines.push(`    line [${rows.map(() => (0,chart/* formatChartNumber */.X0)(margin)).join(', ')}]`);
    lines.push('```', '');
    const table = ['| | Slice | Δ | CI | Drop | Margin |', '|---|---|---:|---|---:|---:|'];
    for (const { c, drop } of rows) {
        table.push(`| ${ICON[c.status]} | \`${(0,chart/* tableCell */.xR)(c.slice)}\` | ${signed(c.delta)} | ${c.ci ? `[${signed(c.ci[0])}, ${signed(c.ci[1])}]` : '–'} | ${(0,format/* fmt */.Sc)(Math.max(0, drop), 3)} | ${c.margin ?? '–'} |`);
    }
    return [
        ...lines,
        `<details><summary>${(0,chart/* escapeHtml */.ZD)(name)} per slice: data (the ${rows.length} of ${checks.length} slices that regressed; the line is the margin)</summary>`,
        '',
        ...table,
        '',
        '</details>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ../core/src/gate/report.ts


const REPORT_SCHEMA = 'mlci.gate.report/v1';
function buildReport(result, loaded, files) {
    const s = loaded.policy.significance;
    const counts = { pass: 0, fail: 0, warn: 0, insufficient: 0 };
    for (const c of result.checks)
        counts[c.status]++;
    for (const f of result.fairness)
        counts[f.status]++;
    return {
        schema: REPORT_SCHEMA,
        passed: result.passed,
        first_run: result.firstRun,
        rows: result.rows,
        seed: s.seed,
        task: loaded.policy.task,
        threshold: loaded.policy.threshold,
        alpha: s.alpha,
        correction: s.correction,
        bootstrap: s.bootstrap,
        candidate: files.candidate,
        baseline: files.baseline ?? null,
        policy: loaded.source.path,
        counts,
        checks: result.checks,
        fairness: result.fairness,
    };
}
function serializeReport(report) {
    return JSON.stringify(report, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}
const report_ICON = { pass: '✅', fail: '❌', warn: '⚠️', insufficient: '➖' };
function failing(report) {
    return report.counts.fail;
}
/** One line for the `summary` output and the check run title. */
function summaryLine(report) {
    const task = report.task;
    const total = report.checks.length + report.fairness.length;
    const fails = [...report.checks.filter((c) => c.status === 'fail').map((c) => `${(0,format/* displayName */.QC)(c.metric, task)} in ${c.slice}`),
        ...report.fairness.filter((f) => f.status === 'fail').map((f) => `${(0,format/* displayName */.QC)(f.metric, task)} gap across ${f.across}`)];
    if (report.passed) {
        const w = report.counts.warn ? `, ${report.counts.warn} warning${report.counts.warn > 1 ? 's' : ''}` : '';
        return `ML gate passed: ${total - report.counts.insufficient} of ${total} checks judged, none failed${w}${report.first_run ? ' (first run: bounds only)' : ''}`;
    }
    const shown = fails.slice(0, 3).join('; ') + (fails.length > 3 ? `; +${fails.length - 3} more` : '');
    return `ML gate failed: ${failing(report)} of ${total} checks failed (${shown})`;
}
function cell(x) {
    return x === null ? '–' : (0,format/* fmt */.Sc)(x, 4);
}
function report_signed(x) {
    return x === null ? '–' : (x > 0 ? '+' : '') + (0,format/* fmt */.Sc)(x, 3);
}
function ciText(ci) {
    return ci ? `[${report_signed(ci[0])}, ${report_signed(ci[1])}]` : '–';
}
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function checkTable(rows, alpha, task) {
    const ciHead = `${Math.round((1 - alpha) * 100)}% CI`;
    const lines = [`| | Slice | Metric | Candidate | Baseline | Δ | ${ciHead} | p (adj) | Why |`, '|---|---|---|---|---|---|---|---|---|'];
    for (const c of rows) {
        lines.push(`| ${report_ICON[c.status]} | \`${escapeCell(c.slice)}\` | ${(0,format/* displayName */.QC)(c.metric, task)} | ${cell(c.candidate)} | ${cell(c.baseline)} | ${report_signed(c.delta)} | ${ciText(c.ci)} | ${c.p_adjusted === null ? '–' : (0,format/* fmtP */.oF)(c.p_adjusted)} | ${escapeCell(c.reason)} |`);
    }
    return lines.join('\n');
}
function fairnessTable(rows, task) {
    const lines = ['| | Metric | Across | Candidate gap | Baseline gap | Change | CI of change | Ratio | Why |', '|---|---|---|---|---|---|---|---|---|'];
    for (const f of rows) {
        lines.push(`| ${report_ICON[f.status]} | ${(0,format/* displayName */.QC)(f.metric, task)} | \`${escapeCell(f.across)}\` | ${cell(f.candidate_gap)} | ${cell(f.baseline_gap)} | ${report_signed(f.gap_increase)} | ${ciText(f.ci)} | ${cell(f.candidate_ratio)} | ${escapeCell(f.reason)} |`);
    }
    return lines.join('\n');
}
/** The compact all-slices table: one row per slice, one column per metric with value, Δ and a status icon. */
function sliceMatrix(report) {
    const task = report.task;
    const metrics = [...new Set(report.checks.map((c) => c.metric))];
    const bySlice = new Map();
    for (const c of report.checks) {
        if (!bySlice.has(c.slice))
            bySlice.set(c.slice, []);
        bySlice.get(c.slice).push(c);
    }
    const lines = [`| Slice | ${report.task === 'ranking' ? 'Queries' : 'Rows'} | ${report.task === 'binary-classification' ? 'Positives | ' : ''}${metrics.map((m) => (0,format/* displayName */.QC)(m, task)).join(' | ')} |`,
        `|---|---:|${report.task === 'binary-classification' ? '---:|' : ''}${metrics.map(() => '---|').join('')}`];
    for (const [slice, checks] of bySlice) {
        const first = checks[0];
        const cells = metrics.map((m) => {
            const c = checks.find((x) => x.metric === m);
            if (!c)
                return '';
            return `${report_ICON[c.status]} ${cell(c.candidate)}${c.delta !== null ? ` (${report_signed(c.delta)})` : ''}`;
        });
        lines.push(`| \`${escapeCell(slice)}\` | ${(0,format/* thousands */.oh)(first.support)} | ${report.task === 'binary-classification' ? `${first.positives === null ? '–' : (0,format/* thousands */.oh)(first.positives)} | ` : ''}${cells.join(' | ')} |`);
    }
    return lines.join('\n');
}
/** Markdown for the job summary, the PR comment and the check run: verdict first, then failing and borderline checks,
 * then the compact table of all slices. */
function renderMarkdown(report, opts = {}) {
    const title = opts.title ?? 'ML gate';
    const out = [];
    const verdict = report.passed ? `## ✅ ${title} passed` : `## ❌ ${title} failed`;
    out.push(verdict, '', `**${escapeCell(summaryLine(report))}**`, '');
    const tests = report.checks.filter((c) => c.decision === 'significant-regression' && c.p_adjusted !== null).length;
    out.push(`Candidate \`${report.candidate}\`${report.baseline ? ` vs baseline \`${report.baseline}\`` : ' (first run: no baseline, bounds only)'} · ${(0,format/* thousands */.oh)(report.rows)} rows · ` +
        `α = ${report.alpha}, ${report.correction === 'none' ? 'no correction' : `${report.correction} over ${tests} regression test${tests === 1 ? '' : 's'}`} · ` +
        `${report.bootstrap} bootstrap replicates, seed ${report.seed} · ` +
        `${report.counts.pass} pass, ${report.counts.fail} fail, ${report.counts.warn} warn, ${report.counts.insufficient} insufficient`, '');
    const fails = report.checks.filter((c) => c.status === 'fail');
    const warns = report.checks.filter((c) => c.status === 'warn');
    if (fails.length)
        out.push('### Failing checks', '', checkTable(fails, report.alpha, report.task), '', worstSlicesCharts(report));
    if (warns.length)
        out.push('### Borderline checks', '', checkTable(warns, report.alpha, report.task), '');
    if (report.fairness.length)
        out.push('### Fairness', '', fairnessTable(report.fairness, report.task), '');
    out.push('### All slices', '', sliceMatrix(report), '');
    out.push(`<details><summary>Every check (${report.checks.length})</summary>`, '', checkTable(report.checks, report.alpha, report.task), '', '</details>', '');
    const foot = ['Δ = candidate − baseline on the same rows.', 'Overall: ' + 'non-inferiority; slices: significant regression with multiple-testing correction (see the policy).'];
    if (opts.reportPath)
        foot.push(`Full report: \`${opts.reportPath}\` (schema ${report.schema}).`);
    out.push(`<sub>${foot.join(' ')}</sub>`, '');
    return out.join('\n');
}
/** Check-run annotations on the policy file's lines for the rules that failed (or warned). */
function policyAnnotations(report, loaded) {
    const task = report.task;
    const byRule = new Map();
    const add = (key, path, level, title, msg) => {
        const line = loaded.source.lineOf(path) ?? 1;
        const cur = byRule.get(key) ?? { line, level, title, msgs: [] };
        if (level === 'failure')
            cur.level = 'failure';
        cur.msgs.push(msg);
        byRule.set(key, cur);
    };
    for (const c of report.checks) {
        if (c.status !== 'fail' && c.status !== 'warn')
            continue;
        add(`m:${c.metric}`, ['metrics', c.metric], c.status === 'fail' ? 'failure' : 'warning', `${(0,format/* displayName */.QC)(c.metric, task)} rule`, `${c.slice}: ${c.reason}`);
    }
    report.fairness.forEach((f, i) => {
        if (f.status !== 'fail' && f.status !== 'warn')
            return;
        add(`f:${i}`, ['fairness', i], f.status === 'fail' ? 'failure' : 'warning', `fairness: ${f.metric} across ${f.across}`, f.reason);
    });
    // Policy lines that are legal but probably not meant (margin 0 judged by non-inferiority).
    loaded.warnings.forEach((w, i) => add(`w:${i}`, [], 'warning', 'policy', w.message));
    for (const [key, r] of byRule) {
        const w = key.startsWith('w:') ? loaded.warnings[Number(key.slice(2))] : undefined;
        if (w?.line)
            r.line = w.line;
    }
    return [...byRule.values()].map((r) => ({
        path: loaded.source.path, line: r.line, level: r.level, title: r.title,
        message: r.msgs.slice(0, 20).join('\n') + (r.msgs.length > 20 ? `\n… and ${r.msgs.length - 20} more` : ''),
    }));
}


/***/ }),

/***/ 31981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   kl: () => (/* binding */ parseSizeBytes),
/* harmony export */   yi: () => (/* binding */ parseDurationMs)
/* harmony export */ });
/* unused harmony exports requireDurationMs, requireSizeBytes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90319);

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


/***/ }),

/***/ 90219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ PermissionDeniedError)
/* harmony export */ });
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


/***/ }),

/***/ 77727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X0: () => (/* binding */ formatChartNumber),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   xR: () => (/* binding */ tableCell),
/* harmony export */   xt: () => (/* binding */ renderChart)
/* harmony export */ });
/* unused harmony export binSeries */
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


/***/ }),

/***/ 41058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hz: () => (/* reexport */ checkpointPatternInput),
  r: () => (/* reexport */ exitCodesInput),
  YW: () => (/* reexport */ gpusInput),
  metricSlugs: () => (/* reexport */ metricSlugs),
  renderTrainSummary: () => (/* reexport */ renderTrainSummary),
  resolveIn: () => (/* reexport */ resolveIn),
  trainFacts: () => (/* reexport */ trainFacts),
  trainOnGpuRunner: () => (/* reexport */ trainOnGpuRunner)
});

// UNUSED EXPORTS: CommandFilter, DEFAULT_CHECKPOINT_PATTERNS, GpuSampler, GpuSamples, IDLE_FRACTION, IDLE_UTILIZATION_PCT, MAX_METRICS, MAX_METRIC_NAME, MIN_SAMPLES_FOR_IDLE, PREFLIGHT_FIELDS, RUNNER_CANCEL_TIMING, SAMPLE_FIELDS, TRAINING_COMMANDS, TRAINING_SUMMARY_MAX, assertTrainingSupported, binSeries, buildInventory, classifySmiFailure, describeGpu, describeOutcome, describeSmiFailure, escapeHtml, findLeftovers, findNewestCheckpoint, formatChartNumber, formatMiB, groupAlive, idleWarning, incompleteReason, isActionOnlyVariable, judgeAttempt, memoryFreeMiB, metricSlug, migProfileMemoryBytes, nodeExecFile, parseCheckpointPatterns, parseFileCommand, parseLooseJson, parseMetricsFile, parseMetricsLog, parseSmiCell, parseSmiList, parseSmiQ, parseSmiQTree, parseSmiQueryCsv, parseSmiQueryCsvWithHeader, preflight, preflightFields, prepareTrainingFileCommands, rejectedSmiField, renderChart, runStepEnvironment, searchCheckpoints, selectGpus, shouldRetry, signalFromExitCode, smiCell, smiNumber, startAttempt, summarizeSamples, tableCell

// EXTERNAL MODULE: ../core/src/errors.ts
var errors = __webpack_require__(90319);
;// CONCATENATED MODULE: ../core/src/train/smi.ts
/**
 * Parsing of `nvidia-smi --query-gpu=... --format=csv[,noheader][,nounits]` output and classification of
 * nvidia-smi's failure messages. Formats follow the outputs captured from real drivers in
 * packages/core/test/fixtures/nvidia-smi (see SOURCES.md there): cells are separated by ", ", unavailable values
 * are written `[N/A]`, `[Not Supported]`, `[Unknown Error]`, `[GPU requires reset]`,
 * `[Requested functionality has been deprecated]` (and bare `N/A` in some fields), and without `nounits` numbers
 * carry a unit (`81559 MiB`, `100 %`).
 */
/**
 * The fields the preflight asks for; the order is the order of the CSV columns. `memory.free` is asked for as well
 * as total and used: on recent drivers free = total - reserved - used (the H100 capture: 81559 total, 479 reserved,
 * 19818 used, 61263 free), so total - used would overstate what a training can allocate.
 */
const PREFLIGHT_FIELDS = [
    'index', 'uuid', 'name', 'driver_version', 'memory.total', 'memory.used', 'memory.free', 'utilization.gpu', 'compute_cap',
];
/** The fields each monitoring sample asks for (small, so a sample costs little). */
const SAMPLE_FIELDS = ['index', 'uuid', 'memory.used', 'utilization.gpu'];
const PLACEHOLDER = /^\[(.+)\]$/;
/** Turn one raw cell into text or a placeholder. */
function parseSmiCell(raw) {
    const t = raw.trim();
    const m = PLACEHOLDER.exec(t);
    if (m)
        return { text: null, reason: m[1] };
    if (t === 'N/A' || t === '')
        return { text: null, reason: t === '' ? 'empty' : 'N/A' };
    return { text: t };
}
/**
 * A number from a cell, with or without its unit (`19818`, `19818 MiB`, `100 %`, `28.16 W`). Null for a
 * placeholder or text that is not a number.
 */
function smiNumber(cell) {
    if (!cell || cell.text === null)
        return null;
    const m = /^(-?\d+(?:\.\d+)?)\s*(?:%|[KMG]iB|[KMG]B\/s|W|MHz|C|us|ms|s)?$/.exec(cell.text);
    return m ? Number(m[1]) : null;
}
function splitLines(text) {
    return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}
/** nvidia-smi separates cells with ", " and never quotes; GPU names and values hold no commas. */
function splitRow(line) {
    return line.split(',').map((c) => c.trim());
}
/**
 * Parse `--format=csv,noheader[,nounits]` output for the `fields` that were asked for. A line with a different
 * number of cells is not a row (nvidia-smi appends warnings to its output) and is kept in `ignoredLines`.
 */
function parseSmiQueryCsv(text, fields) {
    const rows = [];
    const ignoredLines = [];
    for (const line of splitLines(text)) {
        const cells = splitRow(line);
        if (cells.length !== fields.length) {
            ignoredLines.push(line);
            continue;
        }
        rows.push(cells.map(parseSmiCell));
    }
    return { fields: [...fields], rows, ignoredLines };
}
/**
 * Parse `--format=csv` output with its header line (`memory.used [MiB], utilization.gpu [%]`): the field names
 * come from the header, with the unit tag removed.
 */
function parseSmiQueryCsvWithHeader(text) {
    const lines = splitLines(text);
    if (lines.length === 0)
        return { fields: [], rows: [], ignoredLines: [] };
    const fields = splitRow(lines[0]).map((h) => h.replace(/\s*\[[^\]]*\]$/, ''));
    const table = parseSmiQueryCsv(lines.slice(1).join('\n'), fields);
    return table;
}
/** The cell of `field` in `row`, or undefined when the field was not queried. */
function smiCell(table, row, field) {
    const i = table.fields.indexOf(field);
    return i < 0 ? undefined : table.rows[row]?.[i];
}
/**
 * Recognise the failure in nvidia-smi's output. The messages are those printed by real drivers (fixtures
 * error-*.txt); nvidia-smi writes them to stdout, not stderr, so callers pass both.
 */
function classifySmiFailure(output) {
    const t = output;
    if (/couldn't communicate with the NVIDIA driver/i.test(t))
        return 'driver-unreachable';
    if (/Driver\/library version mismatch/i.test(t))
        return 'version-mismatch';
    if (/Insufficient Permissions/i.test(t))
        return 'insufficient-permissions';
    if (/Failed to initialize NVML: Unknown Error/i.test(t))
        return 'nvml-unknown-error';
    if (/No devices were found/i.test(t))
        return 'no-devices';
    if (/fallen off the bus|GPU is lost/i.test(t))
        return 'gpu-lost';
    if (/NVML Shared Library Not Found|libnvidia-ml\.so/i.test(t))
        return 'nvml-library-missing';
    if (/is not a valid field to query/i.test(t))
        return 'invalid-field';
    return 'unknown';
}
/** The field nvidia-smi rejected in `Field "compute_cap" is not a valid field to query.`, if that is the error. */
function rejectedSmiField(output) {
    return /Field "([^"]+)" is not a valid field to query/i.exec(output)?.[1];
}
/**
 * What is wrong and what to check, for each failure. Written for the person reading a failed job log on a runner
 * they may not administer.
 */
function describeSmiFailure(kind, detail) {
    const d = detail ? ` nvidia-smi said: "${oneLine(detail)}".` : '';
    switch (kind) {
        case 'not-found':
            return ('nvidia-smi was not found on PATH, so this job cannot see an NVIDIA GPU. Check that `runs-on` selects a GPU runner ' +
                '(for example `[self-hosted, linux, gpu]` or your ARC scale set), that the NVIDIA driver is installed on it, and, ' +
                'when the job runs in a container, that the container was started with `--gpus all` ' +
                '(`container: options: --gpus all`) or by the NVIDIA container runtime, which mounts nvidia-smi into it.');
        case 'driver-unreachable':
            return ("nvidia-smi could not communicate with the NVIDIA driver: the kernel module is not loaded or does not match the " +
                'installed driver (common after a kernel update without a reboot or DKMS rebuild). Check `lsmod | grep nvidia` and ' +
                '`dmesg | grep -i nvrm` on the runner host, and reboot or reinstall the driver.' + d);
        case 'version-mismatch':
            return ('The NVIDIA driver library and kernel module versions differ (usually an unattended driver upgrade that needs a ' +
                'reboot). Reboot the runner host, or reload the nvidia kernel modules.' + d);
        case 'nvml-unknown-error':
            return ('NVML failed with "Unknown Error": the container lost access to the GPU (a known NVIDIA container toolkit problem ' +
                'after `systemctl daemon-reload` with the systemd cgroup driver). Restart the runner container or pod.' + d);
        case 'insufficient-permissions':
            return ('nvidia-smi has no permission to open the GPU device files (/dev/nvidia*). Check that the runner user can read ' +
                'them and, with SELinux, that the container is labelled for GPU access.' + d);
        case 'no-devices':
            return ('The NVIDIA driver is loaded but reports no GPU. Check that the GPU is visible on the PCI bus (`lspci | grep -i nvidia`), ' +
                'that the kubelet device plugin gave this pod a GPU (`nvidia.com/gpu` limit), and the BIOS settings (Above 4G decoding).' + d);
        case 'gpu-lost':
            return 'A GPU has fallen off the bus: the host needs a reset or reboot; take the runner out of rotation.' + d;
        case 'nvml-library-missing':
            return ('The NVML library (libnvidia-ml.so) was not found: the driver is not installed in this image, or the container was ' +
                'started without the NVIDIA runtime (`--gpus all`).' + d);
        case 'invalid-field':
            return 'This NVIDIA driver does not know one of the queried fields; it is too old for this action.' + d;
        case 'timeout':
            return 'nvidia-smi did not answer in time: the driver may be hung. Check `dmesg` on the runner host for Xid errors.' + d;
        default:
            return 'nvidia-smi failed.' + d;
    }
}
function oneLine(s) {
    const t = s.trim().split(/\r?\n/).filter(Boolean).join(' / ');
    return t.length > 300 ? t.slice(0, 297) + '...' : t;
}

;// CONCATENATED MODULE: ../core/src/train/gpu.ts

function memoryFreeMiB(g) {
    if (g.memoryFreeMiB !== undefined && g.memoryFreeMiB !== null)
        return g.memoryFreeMiB;
    return g.memoryTotalMiB === null || g.memoryUsedMiB === null ? null : Math.max(0, g.memoryTotalMiB - g.memoryUsedMiB);
}
/**
 * Merge the three views of the GPUs: `--query-gpu` (the numbers), `-L` (MIG devices and their UUIDs) and `-q`
 * (MIG mode and CUDA version). Joined by GPU UUID; `-L` and `-q` are optional (best effort).
 */
function buildInventory(query, list, q) {
    const gpus = [];
    for (let r = 0; r < query.rows.length; r++) {
        const text = (f) => smiCell(query, r, f)?.text ?? undefined;
        const uuid = text('uuid') ?? '';
        const listed = list?.gpus.find((g) => g.uuid === uuid);
        const qGpu = q?.gpus.find((g) => g.uuid === uuid);
        const mig = (listed?.mig ?? []).map((m) => ({
            uuid: m.uuid, profile: m.profile, device: m.device,
            memoryTotalMiB: m.nominalMemoryBytes === null ? null : Math.floor(m.nominalMemoryBytes / 2 ** 20),
        }));
        const index = smiNumber(smiCell(query, r, 'index'));
        gpus.push({
            index: index ?? r,
            uuid,
            name: text('name') ?? listed?.name ?? 'unknown GPU',
            driverVersion: text('driver_version'),
            memoryTotalMiB: smiNumber(smiCell(query, r, 'memory.total')),
            memoryUsedMiB: smiNumber(smiCell(query, r, 'memory.used')),
            memoryFreeMiB: query.fields.includes('memory.free') ? smiNumber(smiCell(query, r, 'memory.free')) : undefined,
            utilizationPct: smiNumber(smiCell(query, r, 'utilization.gpu')),
            computeCap: text('compute_cap'),
            // -L lists MIG devices only for a GPU in MIG mode; -q says so even when no instance was created yet.
            migEnabled: mig.length > 0 || /^enabled$/i.test(qGpu?.migMode ?? ''),
            mig,
        });
    }
    const driverVersion = q?.driverVersion ?? gpus.find((g) => g.driverVersion)?.driverVersion;
    return {
        gpus,
        driverVersion,
        cudaVersion: q?.cudaVersion,
        ignoredLines: [...query.ignoredLines, ...(list?.ignoredLines ?? [])],
    };
}
/** The fields the preflight query asks for, without those a driver rejected. */
function preflightFields(rejected) {
    return PREFLIGHT_FIELDS.filter((f) => !rejected.has(f));
}

;// CONCATENATED MODULE: ../core/src/train/select.ts


const MIB = 2 ** 20;
function formatMiB(mib) {
    if (mib === null)
        return 'unknown';
    return mib >= 1024 ? `${(mib / 1024).toFixed(1)} GiB` : `${Math.round(mib)} MiB`;
}
/** One line per GPU for error messages: what each GPU has free, and how busy it is. */
function describeGpu(g) {
    const free = memoryFreeMiB(g);
    const util = g.utilizationPct === null ? 'utilization unknown' : `${g.utilizationPct}% busy`;
    const mig = g.migEnabled ? `, MIG mode with ${g.mig.length} MIG device(s)${g.mig.length ? ' ' + g.mig.map((m) => m.profile).join(' ') : ''}` : '';
    return `GPU ${g.index} ${g.name} (${g.uuid}): ${formatMiB(free)} free of ${formatMiB(g.memoryTotalMiB)}, ${util}${mig}`;
}
function matchesVisible(g, entries) {
    return entries.some((e) => e === String(g.index) || (e.length >= 5 && (g.uuid.startsWith(e) || g.mig.some((m) => m.uuid.startsWith(e)))));
}
/**
 * Least used first: lowest utilization (unknown counts as busier than any known value), then least memory in use,
 * then lowest index so the choice is deterministic.
 */
function byLeastUsed(a, b) {
    const ua = a.utilizationPct ?? 101;
    const ub = b.utilizationPct ?? 101;
    if (ua !== ub)
        return ua - ub;
    const ma = a.memoryUsedMiB ?? Number.MAX_SAFE_INTEGER;
    const mb = b.memoryUsedMiB ?? Number.MAX_SAFE_INTEGER;
    if (ma !== mb)
        return ma - mb;
    return a.index - b.index;
}
/**
 * Choose the devices for the training.
 *
 * - Whole GPUs (not in MIG mode) that have `minMemoryBytes` free are candidates, least used first.
 * - A GPU in MIG mode offers its MIG devices instead. CUDA runs one process on at most one MIG device, so a MIG
 *   device is only chosen when one device is wanted and no whole GPU qualifies. Its size comes from the profile name.
 * - `all` takes every qualifying whole GPU (or, failing that, one MIG device).
 *
 * Throws a UserError listing every GPU's free memory when the request cannot be met.
 */
function selectGpus(gpus, req) {
    const notes = [];
    const minMiB = req.minMemoryBytes ? req.minMemoryBytes / MIB : 0;
    let pool = [...gpus];
    const visible = (req.visibleDevices ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (visible.length > 0 && !visible.every((v) => /^(-1|none|void|NoDevFiles)$/i.test(v))) {
        pool = pool.filter((g) => matchesVisible(g, visible));
        notes.push(`CUDA_VISIBLE_DEVICES was already set to '${req.visibleDevices}': choosing among ${pool.length} of ${gpus.length} GPU(s).`);
    }
    const fits = (free) => (minMiB === 0 ? true : free !== null && free >= minMiB);
    const whole = pool.filter((g) => !g.migEnabled && fits(memoryFreeMiB(g))).sort(byLeastUsed);
    const migCandidates = [];
    for (const g of [...pool].filter((x) => x.migEnabled).sort(byLeastUsed)) {
        for (const m of g.mig) {
            if (!fits(m.memoryTotalMiB))
                continue;
            migCandidates.push({
                kind: 'mig', uuid: m.uuid, gpuIndex: g.index, gpuUuid: g.uuid, name: g.name,
                memoryTotalMiB: m.memoryTotalMiB, memoryFreeMiB: m.memoryTotalMiB, utilizationPct: null,
                detail: `MIG ${m.profile} device ${m.device}`,
            });
        }
    }
    // Larger MIG devices first: when one device must do, give the training the most memory.
    migCandidates.sort((a, b) => (b.memoryTotalMiB ?? 0) - (a.memoryTotalMiB ?? 0) || a.gpuIndex - b.gpuIndex);
    const asSelected = (g) => ({
        kind: 'gpu', uuid: g.uuid, gpuIndex: g.index, gpuUuid: g.uuid, name: g.name,
        memoryTotalMiB: g.memoryTotalMiB, memoryFreeMiB: memoryFreeMiB(g), utilizationPct: g.utilizationPct,
    });
    let devices = [];
    const wanted = req.count === 'all' ? Math.max(1, whole.length) : req.count;
    if (whole.length >= wanted && whole.length > 0) {
        devices = whole.slice(0, wanted).map(asSelected);
    }
    else if (wanted === 1 && migCandidates.length > 0) {
        devices = [migCandidates[0]];
        notes.push(`Using ${migCandidates[0].detail} of GPU ${migCandidates[0].gpuIndex} (${migCandidates[0].uuid}); its memory (${formatMiB(migCandidates[0].memoryTotalMiB)}) ` +
            'is read from the MIG profile name, and nvidia-smi does not report its utilization.');
    }
    if (devices.length === 0) {
        const need = req.count === 'all' ? 'at least 1 GPU' : `${req.count} GPU${req.count === 1 ? '' : 's'}`;
        const mem = minMiB > 0 ? ` with at least ${formatMiB(minMiB)} free memory${wanted > 1 ? ' each' : ''}` : '';
        const found = pool.length === 0 ? 'no GPU' : `${whole.length} such GPU${whole.length === 1 ? '' : 's'}`;
        const migNote = pool.some((g) => g.migEnabled) && wanted > 1
            ? ' MIG devices cannot be combined: a CUDA process uses at most one MIG device.'
            : '';
        const lines = gpus.map((g) => `  - ${describeGpu(g)}`).join('\n');
        throw new errors/* UserError */.y(`Need ${need}${mem}, found ${found}.${migNote} GPUs on this runner:\n${lines || '  (none)'}\n` +
            'Check whether other jobs or processes on this runner hold GPU memory (`nvidia-smi` lists them), lower ' +
            '`min-gpu-memory` or `gpus`, or run on a runner with more free GPU memory.');
    }
    return { devices, cudaVisibleDevices: devices.map((d) => d.uuid).join(','), notes };
}

// EXTERNAL MODULE: ../core/src/excerpt.ts
var excerpt = __webpack_require__(38759);
;// CONCATENATED MODULE: ../core/src/train/metrics-file.ts


class LooseJson {
    s;
    file;
    i = 0;
    line = 1;
    constructor(s, file) {
        this.s = s;
        this.file = file;
    }
    fail(msg) {
        throw new errors/* UserError */.y(`${this.file} is not valid JSON: ${msg} at line ${this.line}.`, { file: this.file, line: this.line });
    }
    ws() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === '\n')
                this.line++;
            else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\uFEFF')
                break;
            this.i++;
        }
    }
    value() {
        this.ws();
        const s = this.s;
        const c = s[this.i];
        const line = this.line;
        if (c === '{')
            return this.object();
        if (c === '[') {
            this.skipArray();
            return { t: 'array', line };
        }
        if (c === '"')
            return { t: 'string', v: this.string(), line };
        for (const [tok, v] of [['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity]]) {
            if (s.startsWith(tok, this.i)) {
                this.i += tok.length;
                return { t: 'number', v, line };
            }
        }
        if (s.startsWith('true', this.i)) {
            this.i += 4;
            return { t: 'bool', v: true, line };
        }
        if (s.startsWith('false', this.i)) {
            this.i += 5;
            return { t: 'bool', v: false, line };
        }
        if (s.startsWith('null', this.i)) {
            this.i += 4;
            return { t: 'null', line };
        }
        const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s.slice(this.i, this.i + 64));
        if (m) {
            this.i += m[0].length;
            return { t: 'number', v: Number(m[0]), line };
        }
        return this.fail(c === undefined ? 'unexpected end of file' : `unexpected ${JSON.stringify(c)}`);
    }
    string() {
        const s = this.s;
        const start = this.i;
        this.i++;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === '\\')
                this.i += 2;
            else if (c === '"') {
                this.i++;
                try {
                    return JSON.parse(s.slice(start, this.i));
                }
                catch {
                    return this.fail('bad string escape');
                }
            }
            else if (c === '\n')
                return this.fail('unterminated string');
            else
                this.i++;
        }
        return this.fail('unterminated string');
    }
    object() {
        const line = this.line;
        this.i++;
        const entries = [];
        this.ws();
        if (this.s[this.i] === '}') {
            this.i++;
            return { t: 'object', entries, line };
        }
        for (;;) {
            this.ws();
            if (this.s[this.i] !== '"')
                this.fail('expected a "key"');
            const keyLine = this.line;
            const key = this.string();
            this.ws();
            if (this.s[this.i] !== ':')
                this.fail(`expected ':' after "${key}"`);
            this.i++;
            const value = this.value();
            entries.push({ key, value, line: keyLine });
            this.ws();
            const c = this.s[this.i];
            if (c === ',') {
                this.i++;
                continue;
            }
            if (c === '}') {
                this.i++;
                return { t: 'object', entries, line };
            }
            this.fail(`expected ',' or '}' after the value of "${key}"`);
        }
    }
    skipArray() {
        this.i++;
        this.ws();
        if (this.s[this.i] === ']') {
            this.i++;
            return;
        }
        for (;;) {
            this.value();
            this.ws();
            const c = this.s[this.i];
            if (c === ',') {
                this.i++;
                continue;
            }
            if (c === ']') {
                this.i++;
                return;
            }
            this.fail("expected ',' or ']' in an array");
        }
    }
    document() {
        const v = this.value();
        this.ws();
        if (this.i < this.s.length)
            this.fail('unexpected text after the JSON value');
        return v;
    }
}
function describe(v) {
    switch (v.t) {
        case 'string': return `a string (${JSON.stringify(v.v.length > 40 ? v.v.slice(0, 37) + '...' : v.v)})`;
        case 'bool': return `a boolean (${v.v})`;
        case 'null': return 'null';
        case 'array': return 'an array';
        case 'object': return 'an object';
        default: return Number.isNaN(v.v) ? 'NaN' : v.v > 0 ? 'Infinity' : '-Infinity';
    }
}
/**
 * Parse one JSON document leniently (NaN / Infinity accepted) into plain values: objects become plain objects,
 * arrays become undefined (never a metric). Used for metrics-log lines that JSON.parse rejects.
 */
function parseLooseJson(text, file) {
    const toPlain = (v) => {
        switch (v.t) {
            case 'object': {
                const o = {};
                // defineProperty, not o[key] =: a "__proto__" key stays data instead of replacing the object's prototype.
                for (const e of v.entries)
                    Object.defineProperty(o, e.key, { value: toPlain(e.value), enumerable: true, writable: true, configurable: true });
                return o;
            }
            case 'array': return undefined;
            case 'null': return null;
            default: return v.v;
        }
    };
    return toPlain(new LooseJson(text, file).document());
}
/**
 * Most metrics a metrics file may hold, and longest metric name: each becomes a step output, and GitHub keeps about
 * 1 MB of outputs per step, so a file of a million keys must be refused rather than flood the outputs file.
 */
const MAX_METRICS = 1000;
const MAX_METRIC_NAME = 200;
/** A metric name for a message: as written when short and printable, else an escaped excerpt. */
function named(key) {
    return key.length <= 80 && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029']/.test(key) ? `'${key}'` : (0,excerpt/* excerpt */.K)(key);
}
/**
 * Parse and validate a metrics file. Every problem is a UserError naming the file, the key and its line, and
 * saying what to write instead.
 */
function parseMetricsFile(text, file) {
    if (text.trim() === '')
        throw new errors/* UserError */.y(`${file} is empty: the training must write a JSON object such as {"accuracy": 0.93}.`, { file });
    const doc = new LooseJson(text, file).document();
    if (doc.t !== 'object') {
        throw new errors/* UserError */.y(`${file} must hold a JSON object of metric names to numbers, such as {"accuracy": 0.93}; it holds ${describe(doc)}.`, { file, line: doc.line });
    }
    const out = [];
    const seen = new Set();
    if (doc.entries.length > MAX_METRICS) {
        throw new errors/* UserError */.y(`${file} holds ${doc.entries.length.toLocaleString('en-US')} metrics; at most ${MAX_METRICS} are published as outputs. Write the headline metrics here and the rest to metrics-log or an artifact.`, { file, line: doc.line });
    }
    for (const { key, value, line } of doc.entries) {
        if (key.length > MAX_METRIC_NAME)
            throw new errors/* UserError */.y(`${file}: a metric name of ${key.length.toLocaleString('en-US')} characters (line ${line}) is over the ${MAX_METRIC_NAME}-character limit: ${(0,excerpt/* excerpt */.K)(key)}.`, { file, line });
        if (key === '__proto__')
            throw new errors/* UserError */.y(`${file}: '__proto__' (line ${line}) cannot be a metric name (JavaScript reserves it); rename the metric.`, { file, line });
        if (seen.has(key))
            throw new errors/* UserError */.y(`${file}: metric ${named(key)} appears twice (line ${line}); write each metric once.`, { file, line });
        seen.add(key);
        if (key.trim() === '')
            throw new errors/* UserError */.y(`${file}: a metric has an empty name (line ${line}).`, { file, line });
        if (value.t === 'number' && Number.isFinite(value.v)) {
            out.push([key, value.v]);
            continue;
        }
        let fix;
        if (value.t === 'number')
            fix = 'the training produced a non-finite value (diverged loss, division by zero); fix the run or leave the metric out';
        else if (value.t === 'object')
            fix = `flatten nested metrics into one level, e.g. "${key}/loss": 0.2`;
        else if (value.t === 'string' && value.v.trim() !== '' && Number.isFinite(Number(value.v)))
            fix = `write it as a number: "${key}": ${Number(value.v)}`;
        else
            fix = 'write a single finite number';
        throw new errors/* UserError */.y(`${file}: metric ${named(key)} (line ${value.line}) is ${describe(value)}, not a finite number; ${fix}.`, { file, line: value.line });
    }
    return out;
}

;// CONCATENATED MODULE: ../core/src/train/metrics-log.ts


const STEP_KEYS = ['step', 'global_step', 'iteration', 'iter', 'epoch'];
/** Upper bound on charted series, so a log with a thousand keys cannot blow up the summary or memory. */
const MAX_SERIES = 64;
class Column {
    name;
    values;
    constructor(capacity, name) {
        this.name = name;
        this.values = new Float64Array(capacity).fill(NaN);
    }
    grow(capacity) {
        const next = new Float64Array(capacity).fill(NaN);
        next.set(this.values);
        this.values = next;
    }
}
function parseMetricsLog(text, file) {
    const lines = text.split('\n');
    const warnings = [];
    let capacity = 1024;
    const columns = new Map();
    const nonNumeric = new Set();
    const nonFinite = new Map();
    let rows = 0;
    let dropped = 0;
    const endsWithNewline = text.endsWith('\n');
    for (let li = 0; li < lines.length; li++) {
        const raw = lines[li].trim();
        if (raw === '')
            continue;
        let obj;
        try {
            obj = JSON.parse(raw);
        }
        catch {
            try {
                // Python's json.dumps writes NaN and Infinity, which JSON.parse rejects.
                obj = parseLooseJson(raw, `${file}:${li + 1}`);
            }
            catch (e) {
                // A run killed mid-write leaves its last line cut short: keep everything before it.
                if (li === lines.length - 1 && !endsWithNewline) {
                    warnings.push(`${file}: the last line (${li + 1}) is incomplete and was skipped (the run was probably stopped while writing it).`);
                    break;
                }
                throw new errors/* UserError */.y(`${file} line ${li + 1} is not valid JSON: ${e.message}. Write one JSON object per line.`, { file, line: li + 1 });
            }
        }
        if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
            throw new errors/* UserError */.y(`${file} line ${li + 1} is not a JSON object; write one object per line, such as {"step": 100, "loss": 0.7}.`, { file, line: li + 1 });
        }
        if (rows === capacity) {
            capacity *= 2;
            for (const c of columns.values())
                c.grow(capacity);
        }
        for (const [k, v] of Object.entries(obj)) {
            if (typeof v !== 'number') {
                if (!columns.has(k))
                    nonNumeric.add(k);
                continue;
            }
            let col = columns.get(k);
            if (!col) {
                if (columns.size >= MAX_SERIES + STEP_KEYS.length && !STEP_KEYS.includes(k)) {
                    dropped++;
                    continue;
                }
                col = new Column(capacity, k);
                columns.set(k, col);
                nonNumeric.delete(k);
            }
            if (!Number.isFinite(v)) {
                let nf = nonFinite.get(k);
                if (!nf)
                    nonFinite.set(k, (nf = { key: k, nan: 0, infinite: 0, firstLine: li + 1 }));
                if (Number.isNaN(v))
                    nf.nan++;
                else
                    nf.infinite++;
            }
            col.values[rows] = v;
        }
        rows++;
    }
    const stepKey = STEP_KEYS.find((k) => columns.has(k));
    const step = stepKey ? columns.get(stepKey).values.slice(0, rows) : Float64Array.from({ length: rows }, (_, i) => i);
    const series = [...columns.values()].filter((c) => !STEP_KEYS.includes(c.name));
    if (series.length > MAX_SERIES)
        dropped += series.length - MAX_SERIES;
    if (dropped > 0)
        warnings.push(`${file}: only the first ${MAX_SERIES} numeric keys are charted.`);
    if (stepKey) {
        let missing = 0;
        for (let i = 0; i < rows; i++)
            if (!Number.isFinite(step[i]))
                missing++;
        if (missing > 0)
            warnings.push(`${file}: ${missing} of ${rows} lines have no finite '${stepKey}' (the x axis); they are not charted.`);
    }
    for (const nf of nonFinite.values()) {
        const what = [nf.nan ? `NaN ${nf.nan} time(s)` : '', nf.infinite ? `Infinity ${nf.infinite} time(s)` : ''].filter(Boolean).join(' and ');
        warnings.push(`${file}: '${nf.key}' is ${what} (first on line ${nf.firstLine}); those points are not charted. A diverging loss or a division by zero in the training?`);
    }
    return {
        stepKey,
        step,
        series: series.slice(0, MAX_SERIES).map((c) => ({ name: c.name, values: c.values.slice(0, rows) })),
        rows,
        ignoredKeys: [...nonNumeric].filter((k) => !columns.has(k)),
        warnings,
        nonFinite: [...nonFinite.values()],
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ../core/src/train/checkpoint.ts



/** Names matched when `checkpoint-pattern` is not set: PyTorch, Lightning, safetensors, and Hugging Face Trainer. */
const DEFAULT_CHECKPOINT_PATTERNS = ['*.pt', '*.pth', '*.ckpt', '*.safetensors', 'checkpoint-*/'];
/** Names that are never a checkpoint whatever the pattern: hidden files and temp files writers rename into place. */
const NOT_A_CHECKPOINT = /^\.|\.(tmp|temp|partial|part|lock|incomplete)$|~$/i;
const collator = new Intl.Collator('en', { numeric: true });
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*')
            re += '.*';
        else if (c === '?')
            re += '.';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 2);
            if (end < 0) {
                re += '\\[';
                continue;
            }
            let body = glob.slice(i + 1, end);
            if (body.startsWith('!'))
                body = '^' + body.slice(1);
            re += '[' + body.replace(/\\/g, '\\\\') + ']';
            i = end;
        }
        else
            re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Parse `checkpoint-pattern` items; a bad one is a UserError naming it. */
function parseCheckpointPatterns(items) {
    const out = [];
    for (const raw of items) {
        const glob = raw.trim();
        if (!glob)
            continue;
        const dirOnly = glob.endsWith('/');
        const body = dirOnly ? glob.slice(0, -1) : glob;
        if (body === '' || body.includes('/') || body === '.' || body === '..') {
            throw new errors/* UserError */.y(`Input 'checkpoint-pattern' has '${glob}': a pattern matches one name directly inside checkpoint-dir, such as '*.pt' or 'checkpoint-*/' (a trailing / matches directories only); it cannot hold a path.`);
        }
        out.push({ glob, re: globToRegExp(body), dirOnly });
    }
    if (out.length === 0)
        throw new errors/* UserError */.y("Input 'checkpoint-pattern' is set but lists no pattern; leave it out for the defaults (*.pt, *.pth, *.ckpt, *.safetensors, checkpoint-*/).");
    return out;
}
function safeStat(p) {
    try {
        return (0,external_node_fs_.statSync)(p);
    }
    catch {
        return undefined;
    }
}
/**
 * When an entry was last written. A directory's own mtime changes when files are added or removed in it, not when
 * a file inside is rewritten, so the newest of the directory and its direct children counts.
 */
function lastWritten(path, st) {
    if (!st.isDirectory())
        return st.mtimeMs;
    let t = st.mtimeMs;
    try {
        for (const name of (0,external_node_fs_.readdirSync)(path)) {
            const c = safeStat((0,external_node_path_.join)(path, name));
            if (c && c.mtimeMs > t)
                t = c.mtimeMs;
        }
    }
    catch {
        // unreadable directory: its own mtime is all we have
    }
    return t;
}
function readAt(path, position, length) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buf = Buffer.alloc(length);
        const n = (0,external_node_fs_.readSync)(fd, buf, 0, length, position);
        return buf.subarray(0, n);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Largest zip end-of-central-directory record plus its longest comment (APPNOTE.TXT 4.3.16). */
const ZIP_EOCD_SPAN = 22 + 0xffff;
/** safetensors headers larger than this are not read (the format's own reader caps the header at 100 MB). */
const SAFETENSORS_MAX_HEADER = 100_000_000;
/**
 * Why a checkpoint file is not complete, or undefined when it looks whole. Checked without loading it:
 * - `torch.save` writes a zip archive (PyTorch >= 1.6, `_use_new_zipfile_serialization`), and a zip ends with its
 *   end-of-central-directory record (PKWARE APPNOTE.TXT 4.3.16): a file cut short by a kill lacks it.
 * - safetensors starts with an 8-byte little-endian header length and a JSON header whose `data_offsets` say where
 *   each tensor ends (huggingface/safetensors README, "Format"): the file must be at least that long.
 * Other files (legacy pickles, framework formats) only have to be non-empty.
 */
function incompleteReason(path, size) {
    if (size === 0)
        return 'empty';
    let head;
    try {
        head = readAt(path, 0, 8);
    }
    catch (e) {
        return `unreadable (${e.code ?? e.message})`;
    }
    if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) {
        const span = Math.min(size, ZIP_EOCD_SPAN);
        const tail = readAt(path, size - span, span);
        for (let i = tail.length - 22; i >= 0; i--) {
            if (tail.readUInt32LE(i) === 0x06054b50)
                return undefined;
        }
        return 'cut short: a zip (torch.save) file without its end record';
    }
    if (/\.safetensors$/i.test(path)) {
        if (size < 8)
            return 'cut short: no safetensors header';
        const n = Number(head.readBigUInt64LE(0));
        if (n > SAFETENSORS_MAX_HEADER || 8 + n > size)
            return 'cut short: the safetensors header is longer than the file';
        let header;
        try {
            header = JSON.parse(readAt(path, 8, n).toString('utf8'));
        }
        catch {
            return 'cut short: the safetensors header is not valid JSON';
        }
        let end = 0;
        for (const [k, v] of Object.entries(header)) {
            if (k !== '__metadata__' && Array.isArray(v?.data_offsets))
                end = Math.max(end, Number(v.data_offsets[1]) || 0);
        }
        if (8 + n + end > size)
            return `cut short: the tensors end at byte ${8 + n + end} but the file has ${size}`;
    }
    return undefined;
}
/**
 * Why a checkpoint directory is not complete. Hugging Face Trainer writes `trainer_state.json` into
 * `checkpoint-<step>/` after the model, optimizer, scheduler and RNG state (transformers `Trainer._save_checkpoint`),
 * so a `checkpoint-<step>/` without it was cut short. Any directory must be non-empty, and the torch.save and
 * safetensors files directly inside it must be complete.
 */
function incompleteDirReason(path, name) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(path);
    }
    catch (e) {
        return `unreadable (${e.code ?? e.message})`;
    }
    if (names.length === 0)
        return 'empty';
    if (/^checkpoint-\d+$/.test(name) && !names.includes('trainer_state.json')) {
        return 'cut short: no trainer_state.json, which Hugging Face Trainer writes last';
    }
    for (const n of names.sort()) {
        if (!/\.(pt|pth|ckpt|bin|safetensors)$/i.test(n))
            continue;
        const st = safeStat((0,external_node_path_.join)(path, n));
        if (!st?.isFile())
            continue;
        const why = incompleteReason((0,external_node_path_.join)(path, n), st.size);
        if (why)
            return `${n} is ${why}`;
    }
    return undefined;
}
/**
 * The checkpoint a retry resumes from: the newest complete entry of `dir` whose name matches a pattern and that was
 * written by this run (`notBeforeMs`).
 *
 * DeepSpeed writes a `latest` file naming the tag directory of its newest checkpoint after that checkpoint is saved
 * (deepspeed `DeepSpeedEngine.save_checkpoint`): when it exists and names a directory of this run, that directory
 * is the checkpoint, whatever the patterns say.
 *
 * Ties (same mtime, common on coarse file systems) go to Lightning's `last.ckpt`, then to the name that sorts last
 * with numbers compared as numbers, so `checkpoint-1000` beats `checkpoint-500`.
 */
function searchCheckpoints(dir, opts = {}) {
    const notBeforeMs = opts.notBeforeMs ?? 0;
    const patterns = opts.patterns ?? parseCheckpointPatterns(DEFAULT_CHECKPOINT_PATTERNS);
    const result = { skipped: [], matched: 0 };
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return result;
    }
    // DeepSpeed's `latest` tag file.
    if (names.includes('latest')) {
        const latest = (0,external_node_path_.join)(dir, 'latest');
        const st = safeStat(latest);
        if (st?.isFile() && st.size > 0 && st.size < 4096) {
            const tag = (0,external_node_fs_.readFileSync)(latest, 'utf8').trim();
            const tagStat = tag && !tag.includes('/') && tag !== '.' && tag !== '..' ? safeStat((0,external_node_path_.join)(dir, tag)) : undefined;
            if (tagStat?.isDirectory()) {
                const mtimeMs = lastWritten((0,external_node_path_.join)(dir, tag), tagStat);
                if (mtimeMs >= notBeforeMs) {
                    result.matched = 1;
                    result.checkpoint = {
                        path: (0,external_node_path_.join)(dir, tag), name: tag, mtimeMs,
                        reason: `DeepSpeed's \`latest\` file names ${tag}, and DeepSpeed writes it only after that checkpoint is saved`,
                    };
                    return result;
                }
            }
        }
    }
    const candidates = [];
    for (const name of names) {
        if (NOT_A_CHECKPOINT.test(name))
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        const st = safeStat(path);
        if (!st || !(st.isFile() || st.isDirectory()))
            continue;
        const p = patterns.find((pt) => pt.re.test(name) && (!pt.dirOnly || st.isDirectory()));
        if (!p)
            continue;
        const mtimeMs = lastWritten(path, st);
        if (mtimeMs < notBeforeMs)
            continue;
        candidates.push({ name, path, mtimeMs, st, glob: p.glob });
    }
    result.matched = candidates.length;
    candidates.sort((a, b) => b.mtimeMs - a.mtimeMs || Number(b.name === 'last.ckpt') - Number(a.name === 'last.ckpt') || collator.compare(b.name, a.name));
    for (const c of candidates) {
        const why = c.st.isDirectory() ? incompleteDirReason(c.path, c.name) : incompleteReason(c.path, c.st.size);
        if (why) {
            if (result.skipped.length < 5)
                result.skipped.push({ name: c.name, why });
            continue;
        }
        const passed = result.skipped.length ? `; passed over ${result.skipped.map((s) => `${s.name} (${s.why})`).join(', ')}` : '';
        result.checkpoint = {
            path: c.path, name: c.name, mtimeMs: c.mtimeMs,
            reason: `the newest complete entry matching \`${c.glob}\` (${candidates.length} of this run matched checkpoint-pattern${passed})`,
        };
        break;
    }
    return result;
}
/** The newest complete checkpoint in `dir` (see searchCheckpoints), or undefined when there is none. */
function findNewestCheckpoint(dir, notBeforeMs = 0, patterns) {
    return searchCheckpoints(dir, { notBeforeMs, patterns }).checkpoint;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ../core/src/train/retry.ts

const SIGNAL_NAMES = new Map(Object.entries(external_node_os_.constants.signals).map(([name, num]) => [num, name]));
/**
 * The signal behind an exit code above 128. bash reports a child killed by signal n as exit status 128+n (bash
 * manual, "EXIT STATUS"), and with `pipefail` a pipeline `python train.py | tee log` does the same, so
 * `bash -c` usually exits 137 rather than dying of SIGKILL itself.
 */
function signalFromExitCode(code) {
    if (code === null || code <= 128 || code > 128 + 64)
        return undefined;
    return SIGNAL_NAMES.get(code - 128);
}
function signalHint(sig) {
    if (sig === 'SIGKILL')
        return ' (the out-of-memory killer, a preempted node or an operator killed it)';
    if (sig === 'SIGTERM')
        return ' (something on the runner asked it to stop: a preemption notice, an operator)';
    if (sig === 'SIGSEGV' || sig === 'SIGBUS' || sig === 'SIGABRT')
        return ' (a crash in native code: CUDA, a data loader, a driver fault)';
    return '';
}
/** A one-line account of how an attempt ended. */
function describeOutcome(o) {
    if (o.spawnError)
        return `could not be started: ${o.spawnError}`;
    if (o.cancelledBy)
        return `was cancelled (the action received ${o.cancelledBy} and forwarded it to the training)${o.killedAfterGrace ? ', then killed with SIGKILL after the grace period' : ''}`;
    if (o.timedOut)
        return `timed out and was stopped with SIGTERM${o.killedAfterGrace ? ', then SIGKILL after the grace period' : ''}`;
    if (o.signal)
        return `was killed by ${o.signal}${signalHint(o.signal)}`;
    const sig = signalFromExitCode(o.exitCode);
    if (sig)
        return `exited with code ${o.exitCode}: a process in the command was killed by ${sig}${signalHint(sig)}`;
    return o.exitCode === 0 ? 'succeeded' : `exited with code ${o.exitCode}`;
}
/**
 * Whether an attempt succeeded, may be retried, or ends the run.
 * Retryable: killed by a signal (directly, or as exit 128+n), or an exit code in `retryOnExitCodes`.
 * Never retried: a timeout (the budget is spent), a cancellation (the job is going away), a failure to start.
 */
function judgeAttempt(o, policy) {
    const reason = describeOutcome(o);
    if (o.spawnError || o.cancelledBy || o.timedOut)
        return { kind: 'final', reason };
    if (o.signal)
        return { kind: 'retryable', reason };
    if (o.exitCode === 0)
        return { kind: 'success' };
    if (o.exitCode !== null && policy.retryOnExitCodes.includes(o.exitCode))
        return { kind: 'retryable', reason };
    if (signalFromExitCode(o.exitCode))
        return { kind: 'retryable', reason };
    return { kind: 'final', reason };
}
/** Whether another attempt should start after `o`. */
function shouldRetry(o, policy) {
    return judgeAttempt(o, policy).kind === 'retryable' && o.attempt < policy.maxAttempts;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ../core/src/train/process.ts


/** How often the process group is checked for survivors after bash exits. */
const GROUP_POLL_MS = 100;
/** Leftover background processes of a finished command get this long after SIGTERM before SIGKILL. */
const LEFTOVER_GRACE_MS = 5000;
/**
 * After the process group is gone, how long its last output may still be in the pipes: 'exit' can come before the
 * last 'data' (the command's final line was lost once in a few runs when the pipes were destroyed on 'exit').
 */
const DRAIN_MS = 1000;
/** "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'. */
function readStat(pid) {
    let stat;
    try {
        stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return undefined;
    }
    const close = stat.lastIndexOf(')');
    const rest = stat.slice(close + 2).split(' ');
    return { pid: Number(pid), comm: stat.slice(stat.indexOf('(') + 1, close), state: rest[0], pgrp: Number(rest[2]) };
}
function procPids() {
    try {
        return (0,external_node_fs_.readdirSync)('/proc').filter((d) => /^\d+$/.test(d));
    }
    catch {
        return undefined;
    }
}
const gone = (p) => p.state === 'Z' || p.state === 'X';
/**
 * Whether any process of the group is still running. On Linux, /proc is read and zombies are left out: an orphan
 * that exited is reparented to PID 1, and in containers PID 1 is often not an init that reaps it (docker without
 * --init, `tail -f /dev/null` in job containers), so kill(-pgid, 0) would see the zombie as alive until SIGKILL.
 */
function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch (e) {
        // EPERM: the group exists but belongs to someone else (setuid helper); treat it as alive.
        return e.code === 'EPERM';
    }
    if (process.platform !== 'linux')
        return true;
    const pids = procPids();
    if (!pids)
        return true;
    for (const pid of pids) {
        const p = readStat(pid);
        if (p && p.pgrp === pgid && !gone(p))
            return true;
    }
    return false;
}
/**
 * Live processes of the training: in its process group, or (Linux) carrying the marker variable in their
 * environment, which reaches those that called setsid or double-forked into daemons. Not found: processes that
 * cleared their environment (`env -i`, an exec with a fresh one), run as another user (sudo), or live in another
 * PID namespace (a container started through the Docker daemon is the daemon's child, not the training's).
 */
function findLeftovers(pgid, marker) {
    const out = [];
    const pids = process.platform === 'linux' ? procPids() : undefined;
    if (!pids)
        return groupAlive(pgid) ? [{ pid: -pgid, comm: 'process group' }] : [];
    const needle = marker ? Buffer.from(`${marker.name}=${marker.value}\0`) : undefined;
    for (const pid of pids) {
        if (Number(pid) === process.pid)
            continue;
        const p = readStat(pid);
        if (!p || gone(p))
            continue;
        if (p.pgrp === pgid) {
            out.push({ pid: p.pid, comm: p.comm });
            continue;
        }
        if (!needle)
            continue;
        let environ;
        try {
            environ = (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`);
        }
        catch {
            continue;
        }
        if (environ.includes(needle))
            out.push({ pid: p.pid, comm: p.comm });
    }
    return out;
}
function signalPid(pid, sig) {
    try {
        process.kill(pid, sig);
    }
    catch {
        // ESRCH: gone already; EPERM: not ours to stop.
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function signalGroup(pgid, sig) {
    try {
        process.kill(-pgid, sig);
    }
    catch {
        // ESRCH: the group is already gone.
    }
}
class Tail {
    max;
    lines = [];
    partial = '';
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        const text = this.partial + chunk.toString('utf8');
        const parts = text.split(/\r?\n/);
        this.partial = parts.pop() ?? '';
        for (const p of parts) {
            this.lines.push(p);
            if (this.lines.length > this.max)
                this.lines.shift();
        }
        if (this.partial.length > 4096)
            this.partial = this.partial.slice(-4096);
    }
    get() {
        return this.partial ? [...this.lines, this.partial].slice(-this.max) : [...this.lines];
    }
}
function startAttempt(spec) {
    const started = Date.now();
    const tail = new Tail(spec.tailLines ?? 20);
    let timedOut = false;
    let cancelledBy;
    let killedAfterGrace = false;
    let killTimer;
    let timeoutTimer;
    let stopping = false;
    const leftovers = [];
    let child;
    try {
        child = (0,external_node_child_process_.spawn)(spec.shell ?? 'bash', ['-eo', 'pipefail', '-c', spec.command], {
            cwd: spec.cwd,
            env: spec.env,
            detached: true,
            // No stdin, like the runner: a command waiting for input would hang the job.
            stdio: ['ignore', 'pipe', 'pipe'],
        });
    }
    catch (e) {
        const outcome = {
            attempt: spec.attempt, exitCode: null, signal: null, timedOut: false, killedAfterGrace: false,
            spawnError: e.message, durationMs: 0, tail: [],
        };
        return { pid: undefined, cancel: () => undefined, done: Promise.resolve(outcome) };
    }
    const pgid = child.pid;
    const out = spec.onStdout ?? ((c) => process.stdout.write(c));
    const err = spec.onStderr ?? ((c) => process.stderr.write(c));
    child.stdout?.on('data', (c) => {
        tail.push(c);
        out(c);
    });
    child.stderr?.on('data', (c) => {
        tail.push(c);
        err(c);
    });
    const stop = (sig, graceMs) => {
        if (pgid === undefined)
            return;
        signalGroup(pgid, sig);
        if (stopping)
            return;
        stopping = true;
        killTimer = setTimeout(() => {
            if (groupAlive(pgid)) {
                killedAfterGrace = true;
                signalGroup(pgid, 'SIGKILL');
            }
        }, graceMs);
    };
    if (spec.timeoutMs !== undefined && spec.timeoutMs > 0) {
        timeoutTimer = setTimeout(() => {
            timedOut = true;
            stop('SIGTERM', spec.graceMs);
        }, spec.timeoutMs);
    }
    // Both pipes closed: everything the command wrote has been read (after the 'exit' event, and only once no
    // process of the group holds the pipes open).
    const drained = new Promise((r) => child.once('close', () => r()));
    const done = new Promise((resolve) => {
        let spawnError;
        child.once('error', (e) => {
            // ENOENT for bash itself, or a working directory that vanished: 'exit' may never come.
            spawnError = e.message;
            finish(null, null);
        });
        child.once('exit', (code, signal) => finish(code, signal));
        let finished = false;
        function finish(code, signal) {
            if (finished)
                return;
            finished = true;
            let settled = false;
            const settle = () => {
                if (settled)
                    return;
                settled = true;
                if (timeoutTimer)
                    clearTimeout(timeoutTimer);
                if (killTimer)
                    clearTimeout(killTimer);
                child.stdout?.destroy();
                child.stderr?.destroy();
                resolve({
                    attempt: spec.attempt, exitCode: code, signal, timedOut, cancelledBy, killedAfterGrace,
                    spawnError, durationMs: Date.now() - started, tail: tail.get(),
                    ...(leftovers.length ? { strayProcesses: leftovers.map((l) => `${l.pid} (${l.comm})`) } : {}),
                });
            };
            if (pgid === undefined || spawnError)
                return settle();
            // The group swept, what it wrote read to the end (bounded: a process that escaped it may hold a pipe).
            const drain = () => {
                const late = setTimeout(settle, DRAIN_MS);
                void drained.then(() => {
                    clearTimeout(late);
                    settle();
                });
            };
            void sweep(pgid).then(drain, drain);
        }
        /**
         * After bash exits: wait for the rest of its process group (after a stop signal, up to the grace period, with
         * the SIGKILL timer armed); processes still running after a normal exit are leftovers. Then the processes that
         * escaped the group (found by the marker) get SIGTERM, a short grace, and SIGKILL, as do any they started
         * meanwhile.
         */
        async function sweep(group) {
            const note = (found) => {
                for (const l of found)
                    if (!leftovers.some((x) => x.pid === l.pid))
                        leftovers.push(l);
            };
            if (!stopping) {
                const found = findLeftovers(group, spec.marker);
                if (found.length) {
                    note(found);
                    for (const l of found)
                        signalPid(l.pid, 'SIGTERM');
                    stop('SIGTERM', Math.min(spec.graceMs, LEFTOVER_GRACE_MS));
                }
            }
            while (groupAlive(group) && !killedAfterGrace)
                await sleep(GROUP_POLL_MS);
            // After SIGKILL the group is gone at once; give the kernel a tick to reap before looking again.
            if (killedAfterGrace)
                await sleep(GROUP_POLL_MS);
            let escaped = findLeftovers(group, spec.marker);
            if (escaped.length === 0)
                return;
            note(escaped);
            for (const l of escaped)
                signalPid(l.pid, 'SIGTERM');
            const deadline = Date.now() + Math.min(spec.graceMs, LEFTOVER_GRACE_MS);
            while (Date.now() < deadline) {
                await sleep(GROUP_POLL_MS);
                escaped = findLeftovers(group, spec.marker);
                if (escaped.length === 0)
                    return;
            }
            // Twice: a process may have forked between the scan and the kill.
            for (let round = 0; round < 2; round++) {
                escaped = findLeftovers(group, spec.marker);
                note(escaped);
                for (const l of escaped)
                    signalPid(l.pid, 'SIGKILL');
                signalGroup(group, 'SIGKILL');
                await sleep(GROUP_POLL_MS);
            }
        }
    });
    return {
        pid: pgid,
        cancel(signal) {
            cancelledBy ??= signal;
            stop(signal, spec.graceMs);
        },
        done,
    };
}

;// CONCATENATED MODULE: ../core/src/train/smi-list.ts
/**
 * Parsing of `nvidia-smi -L`. It is the one listing that names MIG devices with their UUIDs on every driver
 * since MIG exists (R450): CUDA_VISIBLE_DEVICES must name a MIG device by that UUID, not by its parent GPU.
 *
 *   GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-63d1e50a-...)
 *     MIG 1g.10gb     Device  0: (UUID: MIG-4d0efb7d-...)        (R470 and later)
 *     MIG 1g.5gb Device 0: (UUID: MIG-GPU-4200ccc0-.../7/0)     (R450: legacy MIG UUID form)
 */
const GPU_LINE = /^GPU (\d+): (.+?) \(UUID: (GPU-[^)\s]+)\)\s*$/;
const MIG_LINE = /^\s+MIG (\S+)\s+Device\s+(\d+): \(UUID: (MIG-[^)\s]+)\)\s*$/;
/**
 * The memory of a MIG profile from its name. The profile says decimal gigabytes (`1g.10gb`), while the device
 * really has a little more than that many GB (`nvidia-smi mig -lgip` on an A100-40GB lists 1g.5gb with 4.75 GiB =
 * 5.1e9 bytes), so reading the name as decimal GB does not overstate it.
 */
function migProfileMemoryBytes(profile) {
    const m = /(\d+)gb$/i.exec(profile);
    return m ? Number(m[1]) * 1e9 : null;
}
function parseSmiList(text) {
    const gpus = [];
    const ignoredLines = [];
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '')
            continue;
        const g = GPU_LINE.exec(line);
        if (g) {
            gpus.push({ index: Number(g[1]), name: g[2], uuid: g[3], mig: [] });
            continue;
        }
        const m = MIG_LINE.exec(line);
        if (m && gpus.length > 0) {
            gpus[gpus.length - 1].mig.push({
                profile: m[1], device: Number(m[2]), uuid: m[3], nominalMemoryBytes: migProfileMemoryBytes(m[1]),
            });
            continue;
        }
        ignoredLines.push(line);
    }
    return { gpus, ignoredLines };
}

;// CONCATENATED MODULE: ../core/src/train/smi-q.ts
/**
 * Parsing of `nvidia-smi -q`: an indented `Key : Value` tree, one `GPU <bus id>` section per GPU. Used for the
 * CUDA version (which `--query-gpu` cannot report) and the MIG mode. Handles both header forms seen in real
 * output: `CUDA Version : 13.1` and, from driver 610, `CUDA Version : 13.3 [Deprecated; ...]` next to
 * `KMD Version` / `CUDA UMD Version`; and both utilization sub-keys, `Gpu` (before R570) and `GPU`.
 */
const KV = /^(\s*)(\S.*?)\s+:(?:\s(.*))?$/;
/** Build the indentation tree. Values keep their text; headings (no ` : `) get children. */
function parseSmiQTree(text) {
    const root = [];
    const stack = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].replace(/\s+$/, '');
        if (raw.trim() === '' || /^=+.*=+$/.test(raw.trim()))
            continue;
        const indent = raw.length - raw.trimStart().length;
        const m = KV.exec(raw);
        const node = m
            ? { key: m[2].trim(), value: (m[3] ?? '').trim(), children: [], line: i + 1 }
            : { key: raw.trim(), children: [], line: i + 1 };
        while (stack.length > 0 && stack[stack.length - 1].indent >= indent)
            stack.pop();
        if (stack.length === 0)
            root.push(node);
        else
            stack[stack.length - 1].node.children.push(node);
        stack.push({ indent, node });
    }
    return root;
}
function child(node, key) {
    if (!node)
        return undefined;
    const k = key.toLowerCase();
    return node.children.find((c) => c.key.toLowerCase() === k);
}
/** `13.3 [Deprecated; will be removed ...]` -> `13.3`; `N/A` -> undefined. */
function cleanVersion(v) {
    if (v === undefined)
        return undefined;
    const t = v.replace(/\s*\[.*\]\s*$/, '').trim();
    return t === '' || t === 'N/A' ? undefined : t;
}
function mib(v) {
    const m = v === undefined ? null : /^(\d+(?:\.\d+)?)\s*MiB$/.exec(v);
    return m ? Number(m[1]) : null;
}
function pct(v) {
    const m = v === undefined ? null : /^(\d+(?:\.\d+)?)\s*%$/.exec(v);
    return m ? Number(m[1]) : null;
}
function parseProcesses(section) {
    // Each process starts at a `Process ID` entry; its Type/Name/Used GPU Memory are indented under it. Newer drivers
    // put `GPU instance ID` / `Compute instance ID` siblings before it. `Processes : None` has no children.
    const out = [];
    for (const c of section?.children ?? []) {
        if (c.key.toLowerCase() !== 'process id')
            continue;
        out.push({
            pid: Number(c.value),
            type: child(c, 'Type')?.value,
            name: child(c, 'Name')?.value,
            usedMemoryMiB: mib(child(c, 'Used GPU Memory')?.value),
        });
    }
    return out;
}
function parseSmiQ(text) {
    const root = parseSmiQTree(text);
    const top = (key) => root.find((n) => n.key.toLowerCase() === key.toLowerCase() && n.value !== undefined)?.value;
    const gpus = [];
    for (const n of root) {
        const bus = /^GPU ([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f])$/.exec(n.key);
        if (!bus || n.value !== undefined)
            continue;
        const fb = child(n, 'FB Memory Usage');
        const util = child(n, 'Utilization');
        const minor = child(n, 'Minor Number')?.value;
        gpus.push({
            busId: bus[1],
            productName: child(n, 'Product Name')?.value,
            uuid: child(n, 'GPU UUID')?.value,
            minorNumber: minor !== undefined && /^\d+$/.test(minor) ? Number(minor) : undefined,
            migMode: child(child(n, 'MIG Mode'), 'Current')?.value,
            memoryTotalMiB: mib(child(fb, 'Total')?.value),
            memoryUsedMiB: mib(child(fb, 'Used')?.value),
            memoryFreeMiB: mib(child(fb, 'Free')?.value),
            // `Gpu` before R570, `GPU` after: child() compares case-insensitively.
            utilizationPct: pct(child(util, 'GPU')?.value),
            processes: parseProcesses(child(n, 'Processes')),
        });
    }
    const attached = top('Attached GPUs');
    return {
        driverVersion: cleanVersion(top('Driver Version')) ?? cleanVersion(top('KMD Version')),
        cudaVersion: cleanVersion(top('CUDA Version')) ?? cleanVersion(top('CUDA UMD Version')),
        kmdVersion: cleanVersion(top('KMD Version')),
        attachedGpus: attached !== undefined && /^\d+$/.test(attached) ? Number(attached) : undefined,
        gpus,
        root,
    };
}

;// CONCATENATED MODULE: ../core/src/train/preflight.ts







/** ExecFile on node:child_process.execFile: no shell, output captured, a timeout. */
const nodeExecFile = (file, args, opts) => new Promise((resolve, reject) => {
    (0,external_node_child_process_.execFile)(file, [...args], { timeout: opts?.timeoutMs ?? 30_000, maxBuffer: 32 * 2 ** 20, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error) {
            const e = error;
            e.stdout = stdout;
            e.stderr = stderr;
            reject(e);
        }
        else
            resolve({ stdout, stderr });
    });
});
function failureOf(e) {
    const f = e;
    if (f.code === 'ENOENT')
        return { kind: 'not-found', detail: '' };
    if (f.killed)
        return { kind: 'timeout', detail: '' };
    const output = `${f.stdout ?? ''}\n${f.stderr ?? ''}`.trim();
    const detail = output || f.message;
    const kind = classifySmiFailure(output);
    return { kind, detail: kind === 'unknown' && typeof f.code === 'number' ? `${detail} (exit code ${f.code})` : detail };
}
/**
 * Ask nvidia-smi about the GPUs and choose the devices for the training. Never throws for a missing or broken
 * GPU: the caller decides (require-gpu true fails, auto runs on the CPU).
 *
 * 1. `--query-gpu=<PREFLIGHT_FIELDS> --format=csv,noheader,nounits`, the source of the numbers. A driver that
 *    does not know a field (`compute_cap` before R510) is asked again without it.
 * 2. `-L` for MIG devices and their UUIDs, and `-q` for the CUDA version and MIG mode: both best effort.
 */
async function preflight(opts) {
    const exec = opts.exec ?? nodeExecFile;
    const smi = opts.smiPath ?? 'nvidia-smi';
    const timeoutMs = opts.timeoutMs ?? 30_000;
    const warnings = [];
    const rejected = new Set();
    let csv;
    let fields = preflightFields(rejected);
    for (let tries = 0; tries < 4 && csv === undefined; tries++) {
        fields = preflightFields(rejected);
        try {
            csv = (await exec(smi, [`--query-gpu=${fields.join(',')}`, '--format=csv,noheader,nounits'], { timeoutMs })).stdout;
        }
        catch (e) {
            const f = failureOf(e);
            const field = f.kind === 'invalid-field' ? rejectedSmiField(f.detail) : undefined;
            if (field && fields.includes(field) && field !== 'uuid' && field !== 'index') {
                rejected.add(field);
                warnings.push(`This driver does not know the nvidia-smi field '${field}'; continuing without it.`);
                continue;
            }
            return { ok: false, kind: f.kind, message: describeSmiFailure(f.kind, f.detail), warnings };
        }
    }
    if (csv === undefined)
        return { ok: false, kind: 'invalid-field', message: describeSmiFailure('invalid-field'), warnings };
    // The failure texts can also arrive with exit code 0 on some wrappers: check the output itself.
    const table = parseSmiQueryCsv(csv, fields);
    if (table.rows.length === 0) {
        const kind = classifySmiFailure(csv);
        const k = kind === 'unknown' ? 'no-devices' : kind;
        return { ok: false, kind: k, message: describeSmiFailure(k, csv.trim() || undefined), warnings };
    }
    let list;
    try {
        list = parseSmiList((await exec(smi, ['-L'], { timeoutMs })).stdout);
    }
    catch (e) {
        warnings.push(`nvidia-smi -L failed (${failureOf(e).detail.split('\n')[0]}); MIG devices cannot be listed.`);
    }
    let q;
    try {
        q = parseSmiQ((await exec(smi, ['-q'], { timeoutMs })).stdout);
    }
    catch (e) {
        warnings.push(`nvidia-smi -q failed (${failureOf(e).detail.split('\n')[0]}); the CUDA version is unknown.`);
    }
    const inventory = buildInventory(table, list, q);
    for (const line of table.ignoredLines)
        warnings.push(`nvidia-smi: ${line}`);
    try {
        const selection = selectGpus(inventory.gpus, opts.request);
        return { ok: true, inventory, selection, warnings };
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y)
            return { ok: false, kind: 'no-usable-gpu', message: e.message, inventory, warnings };
        throw e;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ../core/src/fs/text.ts
var fs_text = __webpack_require__(39477);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ../core/src/train/command-filter.ts

/**
 * The training's stdout and stderr pass through the action's own, where the runner reads workflow commands from
 * every line of both (actions/runner `ScriptHandler` / `NodeScriptActionHandler` hand each to `OutputManager`, which
 * calls `ActionCommandManager.TryProcessCommand`). Without a filter a training could set the action's outputs
 * (`::set-output`), its state, the job's env and PATH, or print `::stop-commands::` and silence the action's own
 * errors. This filter lets through the commands a training may use and neutralises the rest:
 *
 * - The runner's line reader splits on `\n`, `\r` and `\r\n` (.NET `StreamReader.ReadLine`), so all three end a line
 *   here too, and the filter only ever writes whole lines: a command cannot be assembled from a partial line and
 *   the action's own next line.
 * - `::name ...::` counts after leading whitespace (`ActionCommand.TryParseV2` trims the start), and the legacy
 *   `##[name ...]` anywhere in a line (`ActionCommand.TryParse` searches for the prefix). Names are compared without
 *   case (the runner's command set is `OrdinalIgnoreCase`).
 * - Allowed: annotations (`error`, `warning`, `notice`), `debug`, `group`/`endgroup` and `add-mask`: what the
 *   training says about itself. Everything else (`set-output`, `save-state`, `set-env`, `add-path`,
 *   `stop-commands`, `echo`, `add-matcher`, unknown names) is printed with a visible `[blocked] ` prefix, so the
 *   runner does not run it, and counted for one warning at the end.
 */
const TRAINING_COMMANDS = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'add-mask']);
/** Leading characters .NET's `TrimStart()` or JavaScript's `trimStart()` may drop (over-approximated: safe). */
const LEADING = /^[\s\p{Z}\p{Cc}\u180e\u200b-\u200d\u2060\ufeff]*/u;
const LEGACY = /##\[([^\]]*)/g;
/** A line with no end this long is cut here (with a line break), so memory stays bounded. */
const MAX_LINE = 64 * 1024;
class CommandFilter {
    write;
    flushMs;
    /** Blocked command names and how often each was seen. */
    blocked = new Map();
    partial = '';
    timer;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    /**
     * @param write where filtered whole lines go (the action's stdout or stderr)
     * @param flushMs a partial line (a prompt, a progress dot) waiting this long is written with a line break added
     */
    constructor(write, flushMs = 1000) {
        this.write = write;
        this.flushMs = flushMs;
    }
    block(name) {
        const n = name.toLowerCase() || '(empty)';
        this.blocked.set(n, (this.blocked.get(n) ?? 0) + 1);
    }
    /** One line without its terminator, made safe. */
    sanitize(line) {
        let out = line;
        const lead = LEADING.exec(line)?.[0].length ?? 0;
        if (line.startsWith('::', lead)) {
            const end = line.indexOf('::', lead + 2);
            if (end >= 0) {
                const info = line.slice(lead + 2, end);
                const sp = info.indexOf(' ');
                const name = sp < 0 ? info : info.slice(0, sp);
                if (!TRAINING_COMMANDS.has(name.toLowerCase())) {
                    this.block(name);
                    out = '[blocked] ' + line;
                }
            }
        }
        if (out.includes('##[')) {
            out = out.replace(LEGACY, (m, info) => {
                const sp = info.indexOf(' ');
                const name = sp < 0 ? info : info.slice(0, sp);
                if (TRAINING_COMMANDS.has(name.toLowerCase()))
                    return m;
                this.block(name);
                return '##[blocked] [' + info;
            });
        }
        return out;
    }
    push(chunk) {
        const text = this.partial + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
        const end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
        let out = '';
        if (end > 0) {
            const whole = text.slice(0, end);
            // Fast path: most training output holds no command marker at all, and is written as it came.
            if (!whole.includes('::') && !whole.includes('##['))
                out = whole;
            else {
                const parts = whole.split(/(\r\n|\r|\n)/);
                for (let i = 0; i + 1 < parts.length; i += 2)
                    out += this.sanitize(parts[i]) + parts[i + 1];
            }
        }
        this.partial = text.slice(end);
        while (this.partial.length >= MAX_LINE) {
            out += this.sanitize(this.partial.slice(0, MAX_LINE)) + '\n';
            this.partial = this.partial.slice(MAX_LINE);
        }
        if (out)
            this.write(out);
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
        if (this.partial && this.flushMs > 0) {
            this.timer = setTimeout(() => this.flush(), this.flushMs);
            this.timer.unref?.();
        }
    }
    /** Write a pending partial line, ended with a line break. */
    flush() {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
        const rest = this.partial + this.decoder.end();
        this.partial = '';
        if (rest)
            this.write(this.sanitize(rest) + '\n');
    }
    /** `set-output ×2, stop-commands` for the warning. */
    describeBlocked() {
        return [...this.blocked].map(([n, c]) => (c > 1 ? `${n} ×${c}` : n)).join(', ');
    }
}

;// CONCATENATED MODULE: ../core/src/train/os-support.ts

/**
 * The training runs in its own process group (spawned `detached`, so setsid) and a timeout or a cancelled job
 * signals the whole group (`kill(-pgid)`), which stops every process the training started. Windows has no
 * process groups in that sense (Node's `process.kill` with a negative pid is POSIX only), so the action refuses
 * to start there instead of failing half-way or leaving GPU processes behind.
 */
function assertTrainingSupported(os) {
    if (os !== 'win32')
        return;
    throw new errors/* UserError */.y('train-on-gpu-runner runs on Linux and macOS runners only: it stops a timed-out or cancelled training by signalling '
        + "its POSIX process group, which Windows does not have (this runner's process.platform is 'win32'). "
        + 'Run this job on a Linux runner (runs-on: ubuntu-24.04, or a self-hosted Linux GPU runner).');
}

;// CONCATENATED MODULE: ../core/src/train/env.ts
/**
 * The training's environment holds what a `run:` step's would, not what only actions get.
 *
 * For a JavaScript action the runner adds, on top of what every step gets (actions/runner
 * src/Runner.Worker/Handlers/NodeScriptActionHandler.cs): the inputs as INPUT_*, ACTIONS_RUNTIME_URL,
 * ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2, ACTIONS_CACHE_MODE and
 * ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN; post steps get their saved state as STATE_* (ActionRunner.cs). A `run:` step
 * gets none of the runtime ones (ScriptHandler.cs): with them any training dependency could write the Actions cache
 * or upload artifacts in the job's name (cache poisoning).
 *
 * ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN are the one exception: ScriptHandler.cs gives them to `run:` steps too, when the
 * workflow grants `id-token: write`. They are dropped anyway: a training that needs cloud credentials should get them
 * from an earlier step (e.g. aws-actions/configure-aws-credentials), so that no library inside it can mint OIDC tokens.
 *
 * The rule is allow-list minded: every ACTIONS_* variable is dropped except those a `run:` step also sees
 * (ACTIONS_ORCHESTRATION_ID, the debug switches, and the runner host's own ACTIONS_RUNNER_* settings), so a runtime
 * variable a future runner adds for actions is dropped without a change here.
 */
const RUN_STEP_ACTIONS_VARS = new Set(['ACTIONS_ORCHESTRATION_ID', 'ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG']);
/** Whether a variable of the action's environment is withheld from the training. */
function isActionOnlyVariable(name) {
    if (name.startsWith('INPUT_') || name.startsWith('STATE_'))
        return true;
    if (name.startsWith('ACTIONS_'))
        return !RUN_STEP_ACTIONS_VARS.has(name) && !name.startsWith('ACTIONS_RUNNER_');
    return false;
}
/** The action's environment without what only actions get. */
function runStepEnvironment(base) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (!isActionOnlyVariable(k))
            env[k] = v;
    return env;
}

;// CONCATENATED MODULE: ../core/src/train/file-commands.ts




const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'];
/** Most of the training's summary shown in the action's (GitHub caps a step's summary at 1 MiB). */
const TRAINING_SUMMARY_MAX = 64 * 1024;
/** Most of a file command file read (the runner itself accepts up to 1 MiB per output value). */
const MAX_READ = 16 * 1024 * 1024;
/** Parse a file-command file with the runner's rules (`name=value`, `name<<DELIM`); stop at the first bad line. */
function parseFileCommand(text) {
    const entries = [];
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        const eq = line.indexOf('=');
        const hd = line.indexOf('<<');
        if (eq > 0 && (hd < 0 || eq < hd)) {
            entries.push([line.slice(0, eq), line.slice(eq + 1)]);
        }
        else if (hd > 0) {
            const name = line.slice(0, hd);
            const delimiter = line.slice(hd + 2);
            if (!delimiter)
                return { entries, error: `line ${i + 1}: the heredoc for '${name.slice(0, 80)}' has an empty delimiter` };
            const value = [];
            let closed = false;
            for (i++; i < lines.length; i++) {
                if (lines[i] === delimiter) {
                    closed = true;
                    break;
                }
                value.push(lines[i]);
            }
            if (!closed)
                return { entries, error: `the heredoc for '${name.slice(0, 80)}' is never closed by '${delimiter.slice(0, 80)}'` };
            entries.push([name, value.join('\n')]);
        }
        else {
            return { entries, error: `line ${i + 1} is neither name=value nor name<<DELIMITER` };
        }
    }
    return { entries };
}
function readCapped(p) {
    try {
        const size = (0,external_node_fs_.statSync)(p).size;
        if (size > MAX_READ)
            return (0,external_node_fs_.readFileSync)(p, 'utf8').slice(0, MAX_READ);
        return (0,external_node_fs_.readFileSync)(p, 'utf8');
    }
    catch {
        return '';
    }
}
/**
 * Private file-command files for the training, in `tempRoot` (RUNNER_TEMP on a runner). Returns undefined when the
 * action itself has no GITHUB_OUTPUT (not on a runner): there is nothing to protect or pass on.
 */
function prepareTrainingFileCommands(base, tempRoot) {
    if (!base.GITHUB_OUTPUT)
        return undefined;
    const root = tempRoot && (0,external_node_fs_.existsSync)(tempRoot) ? tempRoot : (0,external_node_os_.tmpdir)();
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(root, `mlci-train-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}-`));
    const env = {};
    for (const name of FILES) {
        const p = (0,external_node_path_.join)(dir, name.toLowerCase().replace(/^github_/, ''));
        (0,external_node_fs_.writeFileSync)(p, '', { mode: 0o600 });
        env[name] = p;
    }
    const guarded = ['GITHUB_OUTPUT', 'GITHUB_STATE']
        .map((name) => ({ name, path: base[name] }))
        .filter((g) => !!g.path && (0,external_node_fs_.existsSync)(g.path))
        .map((g) => ({ ...g, before: (0,external_node_fs_.readFileSync)(g.path) }));
    return {
        env,
        collect() {
            const report = { outputs: [], state: [], exportedEnv: [], addedPath: [], summary: '', warnings: [], tampered: [] };
            for (const g of guarded) {
                let now;
                try {
                    now = (0,external_node_fs_.readFileSync)(g.path);
                }
                catch {
                    now = undefined;
                }
                if (!now || !now.equals(g.before)) {
                    (0,external_node_fs_.writeFileSync)(g.path, g.before);
                    report.tampered.push(g.name);
                }
            }
            const out = parseFileCommand(readCapped(env.GITHUB_OUTPUT));
            report.outputs = out.entries.map(([k]) => k);
            const st = parseFileCommand(readCapped(env.GITHUB_STATE));
            report.state = st.entries.map(([k]) => k);
            const parsedEnv = parseFileCommand(readCapped(env.GITHUB_ENV));
            if (parsedEnv.error)
                report.warnings.push(`The training's GITHUB_ENV: ${parsedEnv.error}; the entries after it were not passed on to later steps.`);
            const lines = [];
            for (const [k, v] of parsedEnv.entries) {
                if (k.toUpperCase() === 'NODE_OPTIONS') {
                    report.warnings.push("The training wrote NODE_OPTIONS to GITHUB_ENV; the runner refuses it there, so it was not passed on.");
                    continue;
                }
                const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
                lines.push(`${k}<<${delimiter}\n${v}\n${delimiter}\n`);
                report.exportedEnv.push(k);
            }
            if (lines.length && base.GITHUB_ENV)
                (0,external_node_fs_.appendFileSync)(base.GITHUB_ENV, lines.join(''));
            const paths = readCapped(env.GITHUB_PATH).split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
            if (paths.length && base.GITHUB_PATH)
                (0,external_node_fs_.appendFileSync)(base.GITHUB_PATH, paths.map((p) => p + '\n').join(''));
            report.addedPath = paths;
            const summary = readCapped(env.GITHUB_STEP_SUMMARY);
            report.summary = summary.length > TRAINING_SUMMARY_MAX
                ? summary.slice(0, TRAINING_SUMMARY_MAX) + `\n\n_The training's summary was cut at ${TRAINING_SUMMARY_MAX / 1024} KiB._\n`
                : summary;
            if (report.outputs.length) {
                report.warnings.push(`The training wrote ${report.outputs.length} output(s) to GITHUB_OUTPUT (${report.outputs.slice(0, 5).map((n) => n.slice(0, 40)).join(', ')}); a training's outputs are not the action's, so they were dropped. Write metrics to MLCI_METRICS_FILE.`);
            }
            if (report.state.length)
                report.warnings.push('The training wrote to GITHUB_STATE; it has no post step, so that was dropped.');
            if (report.tampered.length) {
                report.warnings.push(`The training wrote to the action's own ${report.tampered.join(' and ')} file directly; those writes were undone.`);
            }
            return report;
        },
        cleanup() {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        },
    };
}

;// CONCATENATED MODULE: ../core/src/train/monitor.ts

/**
 * GPU samples taken while the training runs, stored column-wise: one time column and, per GPU, one utilization and
 * one memory column (Float64Array, NaN where nvidia-smi had no value). A 6-hour run sampled every 5 s is 4320
 * rows: small, but no object per sample all the same.
 */
class GpuSamples {
    gpuUuids;
    n = 0;
    cap = 256;
    tMs = new Float64Array(this.cap);
    utilCols;
    memCols;
    constructor(gpuUuids) {
        this.gpuUuids = gpuUuids;
        this.utilCols = gpuUuids.map(() => new Float64Array(this.cap));
        this.memCols = gpuUuids.map(() => new Float64Array(this.cap));
    }
    get length() {
        return this.n;
    }
    /** Append one sample: `tMs` since the run started, then per GPU (in `gpuUuids` order) utilization % and MiB used. */
    add(tMs, util, memMiB) {
        if (this.n === this.cap) {
            this.cap *= 2;
            const grow = (a) => {
                const b = new Float64Array(this.cap);
                b.set(a);
                return b;
            };
            this.tMs = grow(this.tMs);
            this.utilCols = this.utilCols.map(grow);
            this.memCols = this.memCols.map(grow);
        }
        this.tMs[this.n] = tMs;
        for (let g = 0; g < this.gpuUuids.length; g++) {
            this.utilCols[g][this.n] = util[g] ?? NaN;
            this.memCols[g][this.n] = memMiB[g] ?? NaN;
        }
        this.n++;
    }
    time() {
        return this.tMs.subarray(0, this.n);
    }
    utilization(g) {
        return this.utilCols[g].subarray(0, this.n);
    }
    memory(g) {
        return this.memCols[g].subarray(0, this.n);
    }
    /** Per sample, the mean utilization over the GPUs that reported one (NaN when none did). */
    meanUtilization() {
        const out = new Float64Array(this.n);
        for (let i = 0; i < this.n; i++) {
            let s = 0;
            let k = 0;
            for (const col of this.utilCols) {
                const v = col[i];
                if (!Number.isNaN(v)) {
                    s += v;
                    k++;
                }
            }
            out[i] = k ? s / k : NaN;
        }
        return out;
    }
    /** Per sample, the memory used summed over the GPUs (NaN when none reported). */
    totalMemory() {
        const out = new Float64Array(this.n);
        for (let i = 0; i < this.n; i++) {
            let s = 0;
            let k = 0;
            for (const col of this.memCols) {
                const v = col[i];
                if (!Number.isNaN(v)) {
                    s += v;
                    k++;
                }
            }
            out[i] = k ? s : NaN;
        }
        return out;
    }
}
/** Utilization below this (percent) counts as idle. */
const IDLE_UTILIZATION_PCT = 5;
/** Idle for more than this fraction of the samples triggers the warning ("most of the run"). */
const IDLE_FRACTION = 0.5;
/** Fewer samples than this say nothing about the run. */
const MIN_SAMPLES_FOR_IDLE = 3;
function maxIgnoringNaN(a) {
    let m = -Infinity;
    for (const v of a)
        if (v > m)
            m = v;
    return m === -Infinity ? null : m;
}
function summarizeSamples(s) {
    const mean = s.meanUtilization();
    let sum = 0;
    let known = 0;
    let idle = 0;
    for (const v of mean) {
        if (Number.isNaN(v))
            continue;
        sum += v;
        known++;
        if (v < IDLE_UTILIZATION_PCT)
            idle++;
    }
    const idleFraction = known ? idle / known : null;
    return {
        samples: s.length,
        peakMemoryMiB: maxIgnoringNaN(s.totalMemory()),
        peakMemoryPerGpuMiB: s.gpuUuids.map((_, g) => maxIgnoringNaN(s.memory(g))),
        meanUtilizationPct: known ? sum / known : null,
        idleFraction,
        idle: known >= MIN_SAMPLES_FOR_IDLE && idleFraction !== null && idleFraction > IDLE_FRACTION,
    };
}
/** The warning for an idle GPU, or undefined. */
function idleWarning(stats) {
    if (!stats.idle || stats.idleFraction === null)
        return undefined;
    return (`GPU utilization stayed under ${IDLE_UTILIZATION_PCT}% for ${Math.round(stats.idleFraction * 100)}% of the run ` +
        `(mean ${(stats.meanUtilizationPct ?? 0).toFixed(1)}%, ${stats.samples} samples): the model may be training on the CPU. ` +
        'Check that the framework was installed with CUDA support (torch.cuda.is_available()), and that the model and ' +
        'every batch are moved to the GPU.');
}
/**
 * Samples the GPUs every `intervalMs` with `nvidia-smi --query-gpu=index,uuid,memory.used,utilization.gpu`.
 * A new sample starts only after the previous one returned (a slow driver cannot pile up processes).
 */
class GpuSampler {
    opts;
    samples;
    timer;
    running;
    stopped = false;
    failures = 0;
    warned = false;
    start;
    now;
    constructor(opts) {
        this.opts = opts;
        this.samples = new GpuSamples(opts.gpuUuids);
        this.now = opts.now ?? Date.now;
        this.start = this.now();
    }
    begin() {
        this.tick();
    }
    tick() {
        if (this.stopped)
            return;
        this.running = this.sampleOnce().finally(() => {
            this.running = undefined;
            if (!this.stopped) {
                this.timer = setTimeout(() => this.tick(), this.opts.intervalMs);
                this.timer.unref?.();
            }
        });
    }
    async sampleOnce() {
        const args = [`--query-gpu=${SAMPLE_FIELDS.join(',')}`, '--format=csv,noheader,nounits'];
        try {
            const { stdout } = await this.opts.exec(this.opts.smiPath, args, { timeoutMs: Math.max(5000, this.opts.intervalMs) });
            const table = parseSmiQueryCsv(stdout, SAMPLE_FIELDS);
            const util = [];
            const mem = [];
            for (const uuid of this.opts.gpuUuids) {
                const r = table.rows.findIndex((_, i) => smiCell(table, i, 'uuid')?.text === uuid);
                util.push(r < 0 ? null : smiNumber(smiCell(table, r, 'utilization.gpu')));
                mem.push(r < 0 ? null : smiNumber(smiCell(table, r, 'memory.used')));
            }
            this.samples.add(this.now() - this.start, util, mem);
            this.failures = 0;
        }
        catch (e) {
            this.failures++;
            if (this.failures >= 3 && !this.warned) {
                this.warned = true;
                this.opts.onFailing?.(`GPU sampling with nvidia-smi keeps failing (${e.message.split('\n')[0]}); GPU statistics will be incomplete.`);
            }
        }
    }
    /** Stop sampling, wait for a sample in flight, and take one last sample so short runs still get one. */
    async stop(finalSample = true) {
        this.stopped = true;
        if (this.timer)
            clearTimeout(this.timer);
        if (this.running)
            await this.running;
        if (finalSample && this.samples.length === 0)
            await this.sampleOnce();
        return this.samples;
    }
}

;// CONCATENATED MODULE: ../core/src/train/run.ts

















/** Absolute path of a user path relative to the working directory. */
function resolveIn(wd, p) {
    return (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(wd, p);
}
/** Every file under `p` (p itself when it is a file). */
function filesUnder(p) {
    const st = (0,external_node_fs_.statSync)(p);
    if (st.isFile())
        return [p];
    if (!st.isDirectory())
        return [];
    const out = [];
    for (const name of (0,external_node_fs_.readdirSync)(p).sort())
        out.push(...filesUnder((0,external_node_path_.join)(p, name)));
    return out;
}
function commonDir(paths) {
    let common = (0,external_node_path_.dirname)(paths[0]);
    for (const p of paths) {
        while (common !== (0,external_node_path_.dirname)(common) && (0,external_node_path_.relative)(common, p).startsWith('..'))
            common = (0,external_node_path_.dirname)(common);
    }
    return common;
}
/** Variables the action sets for the training; inherited values of these never leak through (a stale resume path). */
const MLCI_VARS = [
    'MLCI_DEVICE', 'MLCI_ATTEMPT', 'MLCI_MAX_ATTEMPTS', 'MLCI_RESUME_FROM', 'MLCI_CHECKPOINT_DIR', 'MLCI_METRICS_FILE',
    'MLCI_METRICS_LOG', 'MLCI_MODEL_PATH', 'MLCI_PROCESS_MARKER',
];
/**
 * On job cancellation the runner sends the action SIGINT, waits 7.5 s for it to exit, sends SIGTERM, waits 2.5 s,
 * then kills the whole process tree (actions/runner src/Runner.Sdk/ProcessInvoker.cs, `_sigintTimeout`,
 * `_sigtermTimeout`, `CancelAndKillProcessTree`). The one statement of that timing in the log.
 */
const RUNNER_CANCEL_TIMING = 'On job cancellation the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the step 2.5 s after that: about 10 s in all to save a checkpoint.';
/**
 * The training's environment: what a `run:` step would get (the action's, without INPUT_*, STATE_* and the Actions
 * runtime variables, see env.ts), plus the MLCI_* facts and the GPU choice. RUNNER_TRACKING_ID stays, so the
 * runner's end-of-job cleanup still finds the training's processes.
 */
function trainingEnv(base, o, selection, cpuFallback) {
    const env = runStepEnvironment(base);
    for (const k of MLCI_VARS)
        delete env[k];
    if (selection) {
        env.CUDA_VISIBLE_DEVICES = selection.cudaVisibleDevices;
        // Without this, CUDA numbers devices fastest-first while nvidia-smi numbers them by PCI bus: the indices in
        // logs would not match. UUIDs make the choice exact either way.
        env.CUDA_DEVICE_ORDER = 'PCI_BUS_ID';
    }
    else if (cpuFallback) {
        // require-gpu: auto without a usable GPU: an empty CUDA_VISIBLE_DEVICES hides every GPU from CUDA (CUDA C
        // Programming Guide, "CUDA Environment Variables"), so torch.cuda.is_available() is False and the training
        // cannot grab the busy GPU it was judged unfit for, whatever CUDA_VISIBLE_DEVICES it inherited.
        env.CUDA_VISIBLE_DEVICES = '';
    }
    env.MLCI_DEVICE = selection ? 'cuda' : 'cpu';
    env.MLCI_METRICS_FILE = resolveIn(o.workingDirectory, o.metricsFile);
    if (o.metricsLog)
        env.MLCI_METRICS_LOG = resolveIn(o.workingDirectory, o.metricsLog);
    if (o.modelPath)
        env.MLCI_MODEL_PATH = resolveIn(o.workingDirectory, o.modelPath);
    if (o.checkpointDir)
        env.MLCI_CHECKPOINT_DIR = resolveIn(o.workingDirectory, o.checkpointDir);
    env.MLCI_MAX_ATTEMPTS = String(o.maxAttempts);
    return env;
}
function defaultCacheKey(paths, sha) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(paths.join('\n')).digest('hex').slice(0, 16);
    const prefix = `mlci-train-${process.platform}-${h}-`;
    return { key: prefix + (sha || 'nosha'), restoreKeys: [prefix] };
}
/**
 * Run the training as the issue describes: cache restore, GPU preflight, attempts with retries and GPU sampling,
 * then metrics, model, artifact and cache save. Training failures do not throw: they come back in the report, so
 * the caller can publish what happened before failing the step. Bad inputs throw a UserError before anything runs.
 */
async function trainOnGpuRunner(o, platform, deps = {}) {
    assertTrainingSupported(deps.os ?? process.platform);
    const exec = deps.exec ?? nodeExecFile;
    const smiPath = deps.smiPath ?? 'nvidia-smi';
    const baseEnv = deps.env ?? process.env;
    const signals = deps.signals ?? process;
    const warnings = [];
    const notices = [];
    const warn = (m) => {
        warnings.push(m);
        platform.annotate('warning', m);
    };
    const notice = (m) => {
        notices.push(m);
        platform.annotate('notice', m);
    };
    const report = {
        outcome: 'failure', attempts: [], durationMs: 0, device: 'cpu', metricsFile: resolveIn(o.workingDirectory, o.metricsFile),
        warnings, notices,
    };
    // Job cancellation (RUNNER_CANCEL_TIMING): forward each signal to the training at once so it can checkpoint.
    let cancelledBy;
    let current;
    const onSignal = (sig) => {
        cancelledBy ??= sig;
        platform.info(`Received ${sig}: forwarded it to the training (process group ${current?.pid ?? 'not started'}). ${RUNNER_CANCEL_TIMING}`);
        current?.cancel(sig);
    };
    signals.on('SIGINT', onSignal);
    signals.on('SIGTERM', onSignal);
    /** Checkpoints older than this (less 2 s of clock granularity) are an earlier job's. */
    const actionStart = Date.now();
    let fileCommands;
    try {
        // Cache restore.
        let cache;
        let cacheUnavailable = false;
        if (o.cachePaths.length > 0) {
            cache = o.cacheKey ? { key: o.cacheKey, restoreKeys: [] } : defaultCacheKey(o.cachePaths, platform.context().sha);
            report.cache = { key: cache.key };
            if (!platform.cache)
                warn('Caching is not available here; the cache paths are neither restored nor saved.');
            else {
                try {
                    report.cache.restoredKey = await platform.cache.restore(o.cachePaths, cache.key, cache.restoreKeys);
                    platform.info(report.cache.restoredKey ? `Cache restored from key ${report.cache.restoredKey}.` : `No cache found for key ${cache.key}.`);
                }
                catch (e) {
                    cacheUnavailable = true;
                    warn(`Cache restore failed (${e.message}); continuing without the cache, and it will not be saved.`);
                }
            }
        }
        // GPU preflight.
        if (o.requireGpu === 'false') {
            report.cpuReason = 'require-gpu is false';
            notice('require-gpu is false: running without GPU selection or monitoring.');
        }
        else {
            platform.startGroup('GPU preflight');
            let pre;
            try {
                pre = await preflight({
                    exec, smiPath,
                    request: { count: o.gpus, minMemoryBytes: o.minGpuMemoryBytes, visibleDevices: baseEnv.CUDA_VISIBLE_DEVICES },
                });
            }
            finally {
                platform.endGroup();
            }
            for (const w of pre.warnings)
                platform.info(w);
            report.inventory = pre.inventory;
            if (pre.ok) {
                report.selection = pre.selection;
                report.device = 'gpu';
                for (const n of pre.selection.notes)
                    notice(n);
                const inv = pre.inventory;
                platform.info(`Driver ${inv.driverVersion ?? 'unknown'}, CUDA ${inv.cudaVersion ?? 'unknown'}; ${inv.gpus.length} GPU(s). ` +
                    `Training on ${pre.selection.devices.map((d) => `${d.name} ${d.detail ?? ''} (${d.uuid})`.replace(/\s+\(/, ' (')).join(', ')}.`);
            }
            else if (o.requireGpu === 'true') {
                throw new errors/* UserError */.y(`No usable GPU (require-gpu is true). ${pre.message}`);
            }
            else {
                report.cpuReason = pre.message;
                notice(`No usable GPU, running on the CPU (require-gpu is auto). ${pre.message}`);
            }
        }
        // Attempts.
        const marker = { name: 'MLCI_PROCESS_MARKER', value: (0,external_node_crypto_.randomBytes)(12).toString('hex') };
        const env = trainingEnv(baseEnv, o, report.selection, o.requireGpu === 'auto' && !report.selection);
        env[marker.name] = marker.value;
        fileCommands = prepareTrainingFileCommands(baseEnv, baseEnv.RUNNER_TEMP);
        Object.assign(env, fileCommands?.env);
        const checkpointDir = o.checkpointDir ? resolveIn(o.workingDirectory, o.checkpointDir) : undefined;
        const search = (dir) => searchCheckpoints(dir, { notBeforeMs: actionStart - 2000, patterns: o.checkpointPatterns });
        const findCheckpoint = (dir) => search(dir).checkpoint;
        const sampler = report.selection
            ? new GpuSampler({
                exec, smiPath, intervalMs: o.sampleIntervalMs,
                gpuUuids: [...new Set(report.selection.devices.map((d) => d.gpuUuid))],
                onFailing: (m) => warn(m),
            })
            : undefined;
        const runStart = Date.now();
        let budgetSpent = false;
        sampler?.begin();
        // The training's output goes through filters that neutralise workflow commands only the action may use.
        const writeOut = deps.onStdout ? (t) => deps.onStdout?.(Buffer.from(t)) : (t) => void process.stdout.write(t);
        const writeErr = deps.onStderr ? (t) => deps.onStderr?.(Buffer.from(t)) : (t) => void process.stderr.write(t);
        const outFilter = new CommandFilter(writeOut);
        const errFilter = new CommandFilter(writeErr);
        try {
            for (let attempt = 1; attempt <= o.maxAttempts; attempt++) {
                if (cancelledBy)
                    break;
                const attemptEnv = { ...env, MLCI_ATTEMPT: String(attempt) };
                if (attempt > 1 && checkpointDir) {
                    const found = search(checkpointDir);
                    const ckpt = found.checkpoint;
                    if (ckpt) {
                        attemptEnv.MLCI_RESUME_FROM = ckpt.path;
                        platform.info(`Resuming from checkpoint ${ckpt.path}: ${ckpt.reason}.`);
                    }
                    else {
                        const passed = found.skipped.length ? ` (passed over ${found.skipped.map((k) => `${k.name}: ${k.why}`).join('; ')})` : '';
                        platform.info(`No complete checkpoint of this run in ${checkpointDir}${passed}: attempt ${attempt} starts from scratch.`);
                    }
                }
                let timeoutMs;
                if (o.timeoutMs !== undefined) {
                    timeoutMs = o.timeoutMs - (Date.now() - runStart);
                    if (timeoutMs <= 0) {
                        budgetSpent = true;
                        break;
                    }
                }
                platform.startGroup(`Training (attempt ${attempt} of ${o.maxAttempts})`);
                current = startAttempt({
                    attempt, command: o.command, cwd: o.workingDirectory, env: attemptEnv, timeoutMs, graceMs: o.gracePeriodMs,
                    onStdout: (c) => outFilter.push(c), onStderr: (c) => errFilter.push(c), shell: deps.shell, marker,
                });
                if (cancelledBy)
                    current.cancel(cancelledBy);
                const outcome = await current.done;
                outFilter.flush();
                errFilter.flush();
                current = undefined;
                platform.endGroup();
                report.attempts.push(outcome);
                if (outcome.strayProcesses) {
                    const list = outcome.strayProcesses;
                    warn(`Attempt ${attempt} left ${list.length} process(es) running after the command ended (${list.slice(0, 5).join(', ')}${list.length > 5 ? ', ...' : ''}); they were stopped with SIGTERM, then SIGKILL.`);
                }
                const verdict = judgeAttempt(outcome, { maxAttempts: o.maxAttempts, retryOnExitCodes: o.retryOnExitCodes });
                platform.info(`Attempt ${attempt} of ${o.maxAttempts} ${describeOutcome(outcome)} after ${(outcome.durationMs / 1000).toFixed(1)}s.`);
                if (verdict.kind !== 'retryable' || attempt === o.maxAttempts || cancelledBy)
                    break;
                warn(`Attempt ${attempt} ${verdict.reason}; retrying (attempt ${attempt + 1} of ${o.maxAttempts}).`);
            }
            const blocked = [...outFilter.blocked.keys(), ...errFilter.blocked.keys()];
            if (blocked.length) {
                report.blockedCommands = [outFilter.describeBlocked(), errFilter.describeBlocked()].filter(Boolean).join('; ');
                warn(`The training printed workflow commands that only the action may use (${report.blockedCommands}); they were not run. A training may print error, warning, notice, debug, group, endgroup and add-mask.`);
            }
        }
        finally {
            report.durationMs = Date.now() - runStart;
            if (sampler) {
                report.samples = await sampler.stop();
                report.stats = summarizeSamples(report.samples);
            }
        }
        if (checkpointDir)
            report.checkpoint = findCheckpoint(checkpointDir);
        if (fileCommands) {
            report.fileCommands = fileCommands.collect();
            for (const w of report.fileCommands.warnings)
                warn(w);
        }
        // Outcome.
        const last = report.attempts[report.attempts.length - 1];
        if (cancelledBy) {
            report.outcome = 'cancelled';
            const stopped = last ? ` The training ${last.killedAfterGrace ? 'did not stop within the grace period and was killed' : 'stopped'} after ${(last.durationMs / 1000).toFixed(1)}s.` : ' The training had not started.';
            report.failure = `The job was cancelled: the action received ${cancelledBy} and forwarded it to the training.${stopped}` +
                (report.checkpoint ? ` Newest checkpoint: ${report.checkpoint.path}.` : checkpointDir ? ' No checkpoint was written.' : '');
        }
        else if (!last || budgetSpent) {
            report.outcome = 'timed-out';
            report.failure = last
                ? `The timeout ran out before attempt ${last.attempt + 1} could start; attempt ${last.attempt} ${describeOutcome(last)}.`
                : 'The timeout ran out before the training could start.';
        }
        else if (last.timedOut) {
            report.outcome = 'timed-out';
            report.failure = `The training ${describeOutcome(last)} (timeout ${Math.round((o.timeoutMs ?? 0) / 1000)}s over ${report.attempts.length} attempt(s)).` +
                (report.checkpoint ? ` Newest checkpoint: ${report.checkpoint.path}.` : '') +
                ' Raise `timeout`, or make the training resume from MLCI_RESUME_FROM and use `max-attempts`.';
        }
        else if (judgeAttempt(last, { maxAttempts: o.maxAttempts, retryOnExitCodes: o.retryOnExitCodes }).kind !== 'success') {
            report.outcome = 'failure';
            const tail = last.tail.filter((l) => l.trim() !== '').slice(-5);
            report.failure = `The training command ${describeOutcome(last)} (attempt ${last.attempt} of ${o.maxAttempts}).` +
                (tail.length ? ` Last output: ${tail.join(' / ').slice(-600)}` : '') +
                ' See the "Training" log group above.';
        }
        else {
            report.outcome = 'success';
        }
        // Metrics log (also after a failure: the curve shows where it went wrong).
        if (o.metricsLog) {
            const file = resolveIn(o.workingDirectory, o.metricsLog);
            report.metricsLogFile = file;
            if ((0,external_node_fs_.existsSync)(file)) {
                try {
                    report.metricsLog = parseMetricsLog((0,fs_text/* readTextFile */.Gu)(file, `metrics-log ${o.metricsLog}`), o.metricsLog);
                    for (const w of report.metricsLog.warnings)
                        warn(w);
                }
                catch (e) {
                    if (report.outcome === 'success' && e instanceof errors/* UserError */.y) {
                        report.outcome = 'failure';
                        report.failure = e.message;
                        report.failureFile = { file: o.metricsLog, line: e.line };
                    }
                    else
                        warn(e.message);
                }
            }
            else if (report.outcome === 'success')
                warn(`metrics-log ${o.metricsLog} was not written by the training.`);
        }
        if (report.outcome === 'success') {
            // Metrics file.
            if ((0,external_node_fs_.existsSync)(report.metricsFile)) {
                try {
                    // readTextFile: a FIFO or device left there is refused from its stat (never opened), and the size is capped.
                    report.metrics = parseMetricsFile((0,fs_text/* readTextFile */.Gu)(report.metricsFile, `metrics-file ${o.metricsFile}`), o.metricsFile);
                }
                catch (e) {
                    if (!(e instanceof errors/* UserError */.y))
                        throw e;
                    report.outcome = 'failure';
                    report.failure = e.message;
                    report.failureFile = { file: o.metricsFile, line: e.line };
                }
            }
            else {
                warn(`The training wrote no metrics file at ${o.metricsFile}: no metric outputs. Write a JSON object of numbers there (its path is in MLCI_METRICS_FILE).`);
            }
            // Model.
            if (o.modelPath) {
                const p = resolveIn(o.workingDirectory, o.modelPath);
                if ((0,external_node_fs_.existsSync)(p))
                    report.modelPath = p;
                else if (report.outcome === 'success') {
                    report.outcome = 'failure';
                    report.failure = `The training succeeded but model-path ${o.modelPath} does not exist (looked at ${p}). Save the model there (its path is in MLCI_MODEL_PATH) or fix model-path.`;
                }
            }
        }
        if (report.outcome === 'success') {
            if (o.artifactName)
                await uploadArtifact(o, report, platform, warn);
            if (cache && report.cache && platform.cache && !cacheUnavailable && report.cache.restoredKey !== cache.key) {
                try {
                    await platform.cache.save(o.cachePaths, cache.key);
                    report.cache.saved = true;
                }
                catch (e) {
                    warn(`Cache save failed (${e.message}).`);
                }
            }
        }
        if (report.stats) {
            const w = idleWarning(report.stats);
            if (w)
                warn(w);
        }
        return report;
    }
    finally {
        fileCommands?.cleanup();
        signals.off('SIGINT', onSignal);
        signals.off('SIGTERM', onSignal);
    }
}
async function uploadArtifact(o, report, platform, warn) {
    const name = o.artifactName;
    if (!platform.artifacts) {
        warn(`Artifact upload is not available here; '${name}' was not uploaded.`);
        return;
    }
    const files = [];
    for (const p of [report.modelPath, report.metrics ? report.metricsFile : undefined, report.metricsLog ? report.metricsLogFile : undefined]) {
        if (p && (0,external_node_fs_.existsSync)(p))
            files.push(...filesUnder(p));
    }
    if (files.length === 0) {
        warn(`Nothing to upload as artifact '${name}': no model-path, metrics file or metrics log exists.`);
        return;
    }
    const unique = [...new Set(files)];
    const root = commonDir([...unique, o.workingDirectory + external_node_path_.sep + '.']);
    try {
        const r = await platform.artifacts.upload(name, unique, root);
        report.artifact = { name, id: r.id, size: r.size, files: unique.length };
        platform.info(`Uploaded ${unique.length} file(s) as artifact '${name}'.`);
    }
    catch (e) {
        warn(`Artifact upload of '${name}' failed (${e.message}).`);
    }
}

// EXTERNAL MODULE: ../core/src/inputs/units.ts
var units = __webpack_require__(31981);
// EXTERNAL MODULE: ../core/src/train/chart.ts
var train_chart = __webpack_require__(77727);
;// CONCATENATED MODULE: ../core/src/train/summary.ts




/** Most metrics-log series charted in the summary (the rest stay in the log file and the artifact). */
const MAX_CURVES = 8;
const HEADLINE = {
    success: 'succeeded',
    failure: 'failed',
    cancelled: 'was cancelled',
    'timed-out': 'timed out',
};
/** A metric's name as an output-name suffix: letters, digits, `-` and `_` only (`val/loss` → `val-loss`). */
function metricSlug(metric) {
    return metric.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
}
/**
 * Every metric with its slug, in the metrics file's order. Slugs are compared without case (GitHub resolves
 * `steps.x.outputs.Name` case-insensitively), so of `val/loss` and `val.loss`, or `Accuracy` and `accuracy`, only the
 * first owns the slug; the later one carries `earlier`.
 */
function metricSlugs(r) {
    const seen = new Map();
    return (r.metrics ?? []).map(([metric, value]) => {
        const slug = metricSlug(metric);
        const earlier = seen.get(slug.toLowerCase());
        if (earlier === undefined)
            seen.set(slug.toLowerCase(), metric);
        return { metric, value, slug, earlier };
    });
}
function trainFacts(r) {
    const metrics = {};
    for (const [k, v] of r.metrics ?? [])
        metrics[k] = v;
    return {
        outcome: r.outcome,
        metrics: JSON.stringify(metrics),
        modelPath: r.modelPath ?? '',
        durationSeconds: String(Math.round(r.durationMs / 100) / 10),
        attempts: String(r.attempts.length),
        device: r.device,
        gpuName: [...new Set((r.selection?.devices ?? []).map((d) => d.name))].join(', '),
        gpuUuids: r.selection?.cudaVisibleDevices ?? '',
        cudaVersion: r.inventory?.cudaVersion ?? '',
        driverVersion: r.inventory?.driverVersion ?? '',
        peakGpuMemoryMb: r.stats?.peakMemoryMiB == null ? '' : String(Math.round(r.stats.peakMemoryMiB)),
        meanGpuUtilization: r.stats?.meanUtilizationPct == null ? '' : r.stats.meanUtilizationPct.toFixed(1),
        checkpoint: r.checkpoint?.path ?? '',
        cacheHit: r.cache?.restoredKey !== undefined && r.cache.restoredKey === r.cache.key ? 'true' : 'false',
        artifactId: r.artifact?.id === undefined ? '' : String(r.artifact.id),
    };
}
/** Seconds with a tenth under a minute (a 1.9 s run is not "1s"), else the short form (`1h 5m`). */
function fmtDuration(ms) {
    return ms < 60_000 ? `${(ms / 1000).toFixed(1)}s` : (0,units/* formatDuration */.a3)(ms);
}
function fmtNumber(v) {
    return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
}
/** The job summary: run facts, metrics, training curves and GPU charts, all in markdown. */
function renderTrainSummary(r, title = 'train-on-gpu-runner') {
    const lines = [];
    lines.push(`## ${title}: training ${HEADLINE[r.outcome]}`, '');
    if (r.failure)
        lines.push(`> ${(0,train_chart/* escapeHtml */.ZD)(r.failure).replace(/\r?\n/g, '\n> ')}`, '');
    const facts = [];
    if (r.selection) {
        const devs = r.selection.devices.map((d) => `${d.name}${d.detail ? ` (${d.detail})` : ''} \`${d.uuid}\``);
        facts.push(['Device', `${r.selection.devices.length} × GPU: ${devs.join(', ')}`]);
    }
    else
        facts.push(['Device', `CPU${r.cpuReason ? ` (${r.cpuReason.split('. ')[0]})` : ''}`]);
    if (r.inventory)
        facts.push(['Driver / CUDA', `${r.inventory.driverVersion ?? 'unknown'} / ${r.inventory.cudaVersion ?? 'unknown'}`]);
    facts.push(['Attempts', r.attempts.map((a) => `${a.attempt}: ${describeOutcome(a)} (${fmtDuration(a.durationMs)})`).join('; ') || 'none']);
    facts.push(['Duration', fmtDuration(r.durationMs)]);
    if (r.stats) {
        const peak = r.stats.peakMemoryMiB;
        facts.push(['Peak GPU memory', peak === null ? 'not reported' : `${Math.round(peak)} MiB (${formatMiB(peak)})`]);
        facts.push(['Mean GPU utilization', r.stats.meanUtilizationPct === null ? 'not reported' : `${r.stats.meanUtilizationPct.toFixed(1)}% (${r.stats.samples} samples)`]);
    }
    if (r.modelPath)
        facts.push(['Model', `\`${r.modelPath}\``]);
    if (r.checkpoint)
        facts.push(['Newest checkpoint', `\`${r.checkpoint.path}\`: ${r.checkpoint.reason}`]);
    const stray = r.attempts.filter((a) => a.strayProcesses?.length);
    if (stray.length) {
        facts.push(['Left running', stray.map((a) => `attempt ${a.attempt}: ${a.strayProcesses?.slice(0, 5).join(', ')}${(a.strayProcesses?.length ?? 0) > 5 ? ', ...' : ''}`).join('; ') + ' (stopped with SIGTERM, then SIGKILL)']);
    }
    if (r.fileCommands && (r.fileCommands.exportedEnv.length || r.fileCommands.addedPath.length)) {
        const f = r.fileCommands;
        facts.push(['Passed on to later steps', [f.exportedEnv.length ? `env ${f.exportedEnv.slice(0, 10).join(', ')}` : '', f.addedPath.length ? `PATH ${f.addedPath.slice(0, 5).join(', ')}` : ''].filter(Boolean).join('; ')]);
    }
    if (r.cache) {
        facts.push(['Cache', `${r.cache.restoredKey ? `restored from \`${r.cache.restoredKey}\`` : `miss for \`${r.cache.key}\``}${r.cache.saved ? `, saved as \`${r.cache.key}\`` : ''}`]);
    }
    if (r.artifact)
        facts.push(['Artifact', `${r.artifact.name} (${r.artifact.files} files)`]);
    lines.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${(0,train_chart/* tableCell */.xR)(v)} |`), '');
    if (r.metrics && r.metrics.length > 0) {
        lines.push('### Metrics', '', '| metric | value |', '|---|---:|');
        for (const [k, v] of r.metrics)
            lines.push(`| ${(0,train_chart/* tableCell */.xR)(k)} | ${fmtNumber(v)} |`);
        lines.push('');
    }
    if (r.metricsLog && r.metricsLog.rows > 0) {
        const log = r.metricsLog;
        const xLabel = log.stepKey ?? 'line';
        const curves = log.series.slice(0, MAX_CURVES);
        lines.push('### Training curves', '');
        for (const s of curves) {
            const chart = (0,train_chart/* renderChart */.xt)(log.step, s.values, { title: s.name, xLabel, yLabel: s.name });
            if (chart)
                lines.push(chart);
        }
        if (log.series.length > MAX_CURVES)
            lines.push(`_${log.series.length - MAX_CURVES} more series in the metrics log are not charted._`, '');
    }
    if (r.samples && r.samples.length > 0) {
        const t = Float64Array.from(r.samples.time(), (ms) => ms / 1000);
        lines.push('### GPU', '');
        const util = (0,train_chart/* renderChart */.xt)(t, r.samples.meanUtilization(), {
            title: r.samples.gpuUuids.length > 1 ? `GPU utilization (mean of ${r.samples.gpuUuids.length} GPUs)` : 'GPU utilization',
            xLabel: 'seconds', yLabel: 'utilization %', yRange: [0, 100],
        });
        if (util)
            lines.push(util);
        const mem = (0,train_chart/* renderChart */.xt)(t, r.samples.totalMemory(), {
            title: r.samples.gpuUuids.length > 1 ? `GPU memory used (sum of ${r.samples.gpuUuids.length} GPUs)` : 'GPU memory used',
            xLabel: 'seconds', yLabel: 'MiB',
        });
        if (mem)
            lines.push(mem);
        if (!util && !mem)
            lines.push('_nvidia-smi reported no utilization or memory for the selected devices._', '');
    }
    if (r.warnings.length > 0) {
        lines.push('### Warnings', '', ...r.warnings.map((w) => `- ${(0,train_chart/* escapeHtml */.ZD)(w)}`), '');
    }
    if (r.fileCommands?.summary.trim()) {
        lines.push('### Summary written by the training', '', r.fileCommands.summary, '');
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ../../node_modules/zod/v4/core/core.js
var core = __webpack_require__(46416);
;// CONCATENATED MODULE: ../core/src/train/inputs.ts

/** `gpus`: a count (1, 2, ...) or `all`. */
const gpusInput = schemas/* string */.YjP().transform((s, ctx) => {
    const t = s.trim().toLowerCase();
    if (t === 'all')
        return 'all';
    if (/^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= 1024)
        return Number(t);
    ctx.addIssue({ code: 'custom', message: 'expected a number of GPUs (1, 2, 8, ...) or all' });
    return core/* NEVER */.tm;
});
/** `retry-on-exit-codes`: exit codes 1-255, comma- or newline-separated. */
const exitCodesInput = schemas/* string */.YjP().transform((s, ctx) => {
    const items = s.split(/[\s,]+/).filter(Boolean);
    const out = [];
    for (const it of items) {
        const n = Number(it);
        if (!/^\d+$/.test(it) || n < 1 || n > 255) {
            ctx.addIssue({ code: 'custom', message: `'${it}' is not an exit code; expected numbers from 1 to 255 such as 75, 137` });
            return core/* NEVER */.tm;
        }
        out.push(n);
    }
    return out;
});
/** `checkpoint-pattern`: globs, comma- or newline-separated; validated by parseCheckpointPatterns. */
const checkpointPatternInput = schemas/* string */.YjP().transform((s) => s.split(/[\n,]+/).map((x) => x.trim()).filter((x) => x !== ''));

;// CONCATENATED MODULE: ../core/src/train/index.ts






















/***/ })

};
