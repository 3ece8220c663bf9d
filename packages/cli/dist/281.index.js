export const id = 281;
export const ids = [281];
export const modules = {

/***/ 281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../core/src/errors.ts
var errors = __webpack_require__(319);
// EXTERNAL MODULE: ../core/src/inputs/units.ts
var units = __webpack_require__(1981);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9143);
// EXTERNAL MODULE: ../../node_modules/zod/v4/core/core.js
var core = __webpack_require__(6416);
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
    return z.string().transform((s, ctx) => {
        const t = s.trim();
        const v = Number(t);
        if (!/^-?\d+$/.test(t) || !Number.isSafeInteger(v)) {
            ctx.addIssue({ code: 'custom', message: 'expected a whole number' });
            return z.NEVER;
        }
        if (opts.min !== undefined && v < opts.min) {
            ctx.addIssue({ code: 'custom', message: `expected a whole number of at least ${opts.min}` });
            return z.NEVER;
        }
        if (opts.max !== undefined && v > opts.max) {
            ctx.addIssue({ code: 'custom', message: `expected a whole number of at most ${opts.max}` });
            return z.NEVER;
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
var inputs_document = __webpack_require__(565);
;// CONCATENATED MODULE: ../core/src/inputs/index.ts




;// CONCATENATED MODULE: ../core/src/index.ts




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
var external_node_child_process_ = __webpack_require__(1421);
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
        payload: {},
    };
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

;// CONCATENATED MODULE: ../../actions/evaluate-gate/src/inputs.ts

/** Input names are a contract (issue #3); action.yml must declare the same names and defaults (checked by a test). */
const inputs = {
    candidate: { schema: stringInput, required: true, description: 'Predictions of the new model (CSV, TSV, JSONL, each optionally .gz, or Parquet): id, label, score and the slice columns.' },
    baseline: { schema: stringInput, description: 'Predictions of the serving model on the same rows (id and score). Empty: first run, bounds only.' },
    policy: { schema: stringInput, required: true, description: 'Path to the gate policy YAML (metrics, slices, significance, fairness).' },
    'report-path': { schema: stringInput, default: 'mlci-gate-report.json', description: 'Where the JSON report (schema mlci.gate.report/v1) is written.' },
    comment: { schema: enumInput(['auto', 'true', 'false']), default: 'auto', description: 'Post (upsert) the report as a PR comment: auto = on pull_request events.' },
    'check-name': { schema: stringInput, default: 'ML gate', description: 'Name of the check run (and of the commit status where no check run can be made).' },
    check: { schema: booleanInput, default: 'true', description: 'Publish a check run with annotations on the policy lines of failing rules.' },
    'fail-on-regression': { schema: booleanInput, default: 'true', description: 'Fail the step when the gate fails; false: succeed and output passed=false.' },
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
    inputs: inputs,
    hidden: ['github-token'],
    extra: [],
    example: [
        '  # The bundled example: better overall, worse for applicants aged 65+ (exit 1, the report in .mlci/).',
        '  mlci gate --candidate examples/gate/candidate.csv.gz --baseline examples/gate/baseline.csv.gz \\',
        '            --policy examples/gate/policy.yml --report-path .mlci/gate-report.json',
        '  # Exit codes: 0 passed, 1 failed (0 with --no-fail-on-regression), 2 bad usage or input.',
    ].join('\n'),
};
async function gateJob(p) {
    const opts = parseInputs(inputs, (n) => p.getInput(n));
    const ctx = p.context();
    const title = opts['check-name'];
    // Loaded after the flags are valid, as in the action: --help and a typo never load the engine.
    const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(922), __webpack_require__.e(14), __webpack_require__.e(408), __webpack_require__.e(108)]).then(__webpack_require__.bind(__webpack_require__, 6108));
    const gate = await runGate({
        candidate: opts.candidate,
        baseline: opts.baseline || undefined,
        policy: opts.policy,
        reportPath: opts['report-path'],
        title,
    });
    const { report } = gate;
    p.setOutput('passed', String(report.passed));
    p.setOutput('report', opts['report-path']);
    p.setOutput('failed-checks', String(report.counts.fail));
    p.setOutput('summary', gate.summary);
    p.info(gate.summary);
    await p.appendSummary(gate.markdown);
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
function cell(x, digits = 4) {
    return x === null || x === undefined ? '-' : x.toFixed(digits);
}
/** The compact table: failing and warning checks first, then up to `limit` others. */
function gateTable(report, limit = 12) {
    const order = { fail: 0, warn: 1, insufficient: 2, pass: 3 };
    const rows = report.checks
        .map((c) => [c.status.toUpperCase(), c.metric, c.slice, String(c.support), cell(c.candidate), cell(c.baseline), c.delta === null ? '-' : (c.delta >= 0 ? '+' : '') + c.delta.toFixed(4), cell(c.p_adjusted, 3)])
        .sort((a, b) => order[a[0].toLowerCase()] - order[b[0].toLowerCase()]);
    const fair = report.fairness.map((f) => [f.status.toUpperCase(), `${f.metric} gap`, `across ${f.across}`, '', cell(f.candidate_gap), cell(f.baseline_gap), f.gap_increase === null ? '-' : (f.gap_increase >= 0 ? '+' : '') + f.gap_increase.toFixed(4), '']);
    const all = [...rows, ...fair].sort((a, b) => order[a[0].toLowerCase()] - order[b[0].toLowerCase()]);
    const shown = all.slice(0, Math.max(limit, all.filter((r) => r[0] === 'FAIL').length));
    const table = [['STATUS', 'METRIC', 'SLICE', 'N', 'CANDIDATE', 'BASELINE', 'DELTA', 'P(ADJ)'], ...shown];
    const widths = table[0].map((_, j) => Math.max(...table.map((r) => r[j].length)));
    const lines = table.map((r) => r.map((c, j) => c.padEnd(widths[j])).join('  ').trimEnd());
    if (all.length > shown.length)
        lines.push(`... ${all.length - shown.length} more (all passing or insufficient): see the report`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ../core/src/detect/reasons.ts
var reasons = __webpack_require__(6945);
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
    baseline: { schema: stringInput, default: 'cache', description: 'Where the previous record comes from: `cache` (per branch, falling back to the default branch), a lock file path such as `data.lock.json`, or `none`.' },
    'max-age': { schema: durationInput, description: 'Train when the last training recorded in the baseline is older than this (e.g. `48h`, `7d`). Empty: no age limit.' },
    'drift-policy': { schema: stringInput, description: 'Drift policy YAML file (or the YAML itself): per-column tests and thresholds, `critical`, `ignore`, `drift-share`, `max-row-drop`.' },
    force: { schema: booleanInput, default: 'false', description: 'Train regardless (wire it to a workflow_dispatch input).' },
    'train-on': { schema: trainOnInput, default: 'any', description: `Reasons that make should-train true: \`any\`, or a list of ${reasons/* REASONS */.e.join(', ')}. first-run and forced always count.` },
    'save-baseline': { schema: enumInput(['on-success', 'always', 'never']), default: 'on-success', description: 'When should-train is true, save this run\'s record to the cache: `on-success` (post step, only if the job succeeded), `always` (now), `never`.' },
    'write-lock': { schema: stringInput, description: 'When should-train is true, write the record to this lock file (commit it and use it as `baseline`).' },
    'allow-empty': { schema: booleanInput, default: 'false', description: 'Allow a glob that matches no files (otherwise an error).' },
    'report-path': { schema: stringInput, description: 'Where to write the JSON report. Empty: a file under RUNNER_TEMP.' },
    'github-token': { schema: stringInput, default: '${{ github.token }}', description: 'Token to list a pull request\'s files (pull-requests: read) or compare commits (contents: read).' },
};

;// CONCATENATED MODULE: ./src/commands/detect.ts
/**
 * `mlci detect`: the detect-data-change job on the local platform. The steps are those of
 * actions/detect-data-change/src/main.ts (inputs → baseline → detectChanges → report, outputs, summary → record),
 * on core's engine; changed code files come from `git diff <baseline commit>` in the working tree (no API here), and
 * the post step's "save the baseline when the job succeeded" runs at the end of the command, which is the job.
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
    ].join('\n'),
};
const LIST_CAP = 1000;
/** Changed files since the baseline's commit, from git in the working tree (committed and uncommitted changes). */
function gitChanged(workspace, base) {
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
        Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(784)]).then(__webpack_require__.bind(__webpack_require__, 2784)), Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(938), __webpack_require__.e(297)]).then(__webpack_require__.bind(__webpack_require__, 297)), Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(938), __webpack_require__.e(660)]).then(__webpack_require__.bind(__webpack_require__, 6660)),
        Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(938), __webpack_require__.e(832)]).then(__webpack_require__.bind(__webpack_require__, 7832)), __webpack_require__.e(/* import() */ 978).then(__webpack_require__.bind(__webpack_require__, 978)),
    ]);
    const inWorkspace = (input) => (rel) => absPath(workspace, toWorkspacePattern(workspace, rel, input));
    const policy = o['drift-policy'] ? loadDriftPolicy(o['drift-policy'], 'drift-policy', inWorkspace('drift-policy')) : DEFAULT_DRIFT_POLICY;
    const source = parseBaselineInput(o.baseline, workspace);
    const branch = ctx.ref.replace(/^refs\/(heads|tags)\//, '') || 'detached';
    const keys = baselineKeys({ data: o.data, pointers: o.pointers, branch, defaultBranch: ctx.defaultBranch, runId: ctx.runId, runAttempt: ctx.runAttempt });
    const log = { warning: (m) => p.annotate('warning', m), info: (m) => p.info(m) };
    const loaded = await loadBaseline(source, { workspace, cache: p.cache, keys, log });
    const changed = o.code.length && loaded.record ? gitChanged(workspace, loaded.record.commit) : undefined;
    if (changed)
        p.info(`Changed files: ${changed.files ? `${changed.files.length} from ${changed.source}` : changed.source}`);
    // Default report path: in the output folder (the action's default is under RUNNER_TEMP).
    const reportPath = o['report-path'] ? (0,external_node_path_.resolve)(workspace, o['report-path']) : (0,external_node_path_.resolve)(workspace, outDir, 'detect-report.json');
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
        policyFile: o['drift-policy'] && !o['drift-policy'].includes('\n') ? o['drift-policy'] : "flag --drift-policy",
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
    p.info(`should-train=${result.shouldTrain} reasons=${JSON.stringify(result.reasons)} fingerprint=${result.fingerprint}`);
    await p.appendSummary(renderSummary(result, { baselineSource: loaded.description }));
    const outcome = { shouldTrain: result.shouldTrain, reasons: result.reasons, fingerprint: result.fingerprint, reportPath };
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
/**
 * The JSON report (schema mlci.detect.report/v1), as the action writes it. TODO(#13 part 1): the action's main.ts
 * keeps this function private; when the schema moves into core beside the gate's, both use that one.
 */
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

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * `mlci <command> [flags]`: argument handling, output and exit codes around the jobs.
 *
 * Exit codes: 0 the gate passed / should-train is true (or false without --exit-code); 1 the gate failed, or
 * should-train is false with --exit-code; 2 bad usage or bad input (one line on stderr naming the flag, file or
 * line); 3 a bug (with its stack, please report it).
 */







const EXIT = { ok: 0, failed: 1, usage: 2, bug: 3 };
const COMMANDS = { gate: gateCommand, detect: detectCommand };
const VERSION = '1.0.0';
function topHelp() {
    return [
        'mlci: the mlci actions as one command line, on your machine or any CI.',
        '',
        'Usage: mlci <command> [flags]      mlci <command> --help',
        '',
        'Commands:',
        ...Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(8)}${c.summary} (the ${c.action} action)`),
        '',
        'Every flag is an input of the action, same name and default. Human output by default; --json prints one JSON',
        'document on stdout. Files (outputs, summary, comment bodies, checks, cache) go under --out-dir (default .mlci).',
        'Exit codes: 0 passed / should train, 1 gate failed (or should-train false with --exit-code), 2 bad usage or',
        'input, 3 a bug.',
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
    return message.replace(/\bInputs? '([a-z0-9-]+)'/g, (_, n) => `Flag --${n}`).replace(/\binput '([a-z0-9-]+)'/g, (_, n) => `flag --${n}`);
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
        const args = parseArgs(cmd, rest);
        if (args.flags.help) {
            io.stdout(helpText(cmd));
            return EXIT.ok;
        }
        const outDir = (0,external_node_path_.resolve)(io.cwd, String(args.flags['out-dir']));
        const json = args.flags.json === true;
        const p = createLocalPlatform({ inputs: args.inputs, outDir, workspace: io.cwd, log: (l) => io.stderr(l + '\n'), verbose: args.flags.verbose === true });
        // The summary file is this run's, as GITHUB_STEP_SUMMARY is one step's.
        (0,external_node_fs_.rmSync)((0,external_node_path_.resolve)(outDir, 'summary.md'), { force: true });
        const rel = (p) => (0,external_node_path_.relative)(io.cwd, p).split(external_node_path_.sep).join('/') || '.';
        if (cmd.name === 'gate') {
            const g = await gateJob(p);
            p.writeOutputs();
            const code = p.failures.length ? EXIT.failed : EXIT.ok;
            if (json) {
                io.stdout(JSON.stringify({ command: 'gate', passed: g.passed, summary: g.summary, exitCode: code, outputs: p.outputs, counts: g.report.counts, outDir: rel(outDir) }) + '\n');
            }
            else {
                io.stdout(`${g.summary}\n\n${gateTable(g.report)}\n\nreport: ${p.outputs.report}   summary: ${rel((0,external_node_path_.resolve)(outDir, 'summary.md'))}   outputs: ${rel((0,external_node_path_.resolve)(outDir, 'outputs.json'))}\n`);
            }
            return code;
        }
        const d = await detectJob(p, outDir);
        p.writeOutputs();
        const code = !d.shouldTrain && args.flags['exit-code'] === true ? EXIT.failed : EXIT.ok;
        if (json) {
            io.stdout(JSON.stringify({ command: 'detect', shouldTrain: d.shouldTrain, reasons: d.reasons, exitCode: code, outputs: p.outputs, outDir: rel(outDir) }) + '\n');
        }
        else {
            const why = d.reasons.length ? ` (${d.reasons.join(', ')})` : ' (nothing relevant changed)';
            io.stdout(`should-train: ${d.shouldTrain}${why}\nfingerprint: ${d.fingerprint}\n` +
                `report: ${rel(d.reportPath)}${d.lockPath ? `   lock: ${d.lockPath}` : ''}   summary: ${rel((0,external_node_path_.resolve)(outDir, 'summary.md'))}   outputs: ${rel((0,external_node_path_.resolve)(outDir, 'outputs.json'))}\n`);
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

/***/ 6945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseYamlDocument)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(319);


function startLine(node, lc) {
    const r = node?.range;
    return r ? lc.linePos(r[0]).line : undefined;
}
/**
 * Parse `text` (YAML or JSON) from `file` and validate it with `schema`. Every problem is one UserError naming the
 * file, the line and the key — "<what> <file> line 5: significance.alpha: <message>." — so a step fails with a line
 * the user can click. Unknown keys (zod `.strict()`) are named. `what` is the document's name in messages
 * ("Policy", "Drift policy"); `shape` describes the expected mapping for a document that is not one.
 */
function parseYamlDocument(text, file, schema, opts) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = lc.linePos(e.pos[0]).line || undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file}${line ? ` line ${line}` : ''} is not valid YAML: ${e.message.split('\n')[0]}`, { file, line });
    }
    /** Line of the deepest node on `path` that exists: a map entry's key line, a list item's first line. */
    const lineOf = (path) => {
        for (let k = path.length; k > 0; k--) {
            const parent = (k === 1 ? doc.contents : doc.getIn(path.slice(0, k - 1), true));
            const step = path[k - 1];
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent)) {
                const pair = parent.items.find((it) => it.key?.value === step);
                const line = startLine(pair?.key, lc);
                if (line)
                    return line;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(parent) && typeof step === 'number') {
                const line = startLine(parent.items[step], lc);
                if (line)
                    return line;
            }
        }
        return startLine(doc.contents, lc);
    };
    const raw = doc.toJS() ?? (opts.allowEmpty ? {} : null);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file} must be a YAML mapping ${opts.shape}.`, { file, line: 1 });
    }
    const r = schema.safeParse(raw);
    if (!r.success) {
        const issue = r.error.issues[0];
        const path = issue.path;
        const line = lineOf(path);
        const key = path.length ? path.join('.') : '(top level)';
        const msg = issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}` : issue.message;
        const n = r.error.issues.length;
        const more = n > 1 ? ` (and ${n - 1} more problem${n > 2 ? 's' : ''})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file}${line ? ` line ${line}` : ''}: ${key}: ${msg}${more}.`, { file, line });
    }
    return { data: r.data, lineOf };
}


/***/ }),

/***/ 1981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   kl: () => (/* binding */ parseSizeBytes),
/* harmony export */   yi: () => (/* binding */ parseDurationMs)
/* harmony export */ });
/* unused harmony exports requireDurationMs, requireSizeBytes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(319);

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


/***/ })

};
