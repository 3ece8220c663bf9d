export const id = 193;
export const ids = [193,565];
export const modules = {

/***/ 6193:
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
// EXTERNAL MODULE: ../core/src/platform.ts
var platform = __webpack_require__(219);
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
var inputs_document = __webpack_require__(565);
;// CONCATENATED MODULE: ../core/src/inputs/index.ts




// EXTERNAL MODULE: ../core/src/fs/paths.ts
var paths = __webpack_require__(3244);
// EXTERNAL MODULE: ../core/src/fs/text.ts
var fs_text = __webpack_require__(9477);
;// CONCATENATED MODULE: ../core/src/fs/index.ts



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
    const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(922), __webpack_require__.e(14), __webpack_require__.e(752), __webpack_require__.e(564), __webpack_require__.e(824)]).then(__webpack_require__.bind(__webpack_require__, 2443));
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
    baseline: { schema: stringInput, default: 'cache', description: 'Where the previous record comes from: `cache` (per branch, falling back to the default branch; evicted after 7 days unused), `git` or `git:<name>` (kept in the repository under `refs/mlci/detect/<name>/<branch>`, falling back to the default branch; needs contents: write), a lock file path such as `data.lock.json`, or `none`.' },
    'max-age': { schema: durationInput, description: 'Train when the last training recorded in the baseline is older than this (e.g. `48h`, `7d`). Empty: no age limit.' },
    'drift-policy': { schema: stringInput, description: 'Drift policy YAML file (or the YAML itself): per-column tests and thresholds, `critical`, `ignore`, `drift-share`, `max-row-drop`.' },
    force: { schema: booleanInput, default: 'false', description: 'Train regardless (wire it to a workflow_dispatch input).' },
    'train-on': { schema: trainOnInput, default: 'any', description: `Reasons that make should-train true: \`any\`, or a list of ${reasons/* REASONS */.e.join(', ')}. first-run and forced always count.` },
    'save-baseline': { schema: enumInput(['on-success', 'always', 'never']), default: 'on-success', description: 'When should-train is true, save this run\'s record (to the cache, or with `baseline: git` to the repository): `on-success` (post step, only if the job succeeded), `always` (now), `never`.' },
    'write-lock': { schema: stringInput, description: 'When should-train is true, write the record to this lock file (commit it and use it as `baseline`).' },
    'allow-empty': { schema: booleanInput, default: 'false', description: 'Allow a glob that matches no files (otherwise an error).' },
    'report-path': { schema: stringInput, description: 'Where to write the JSON report. Empty: a file under RUNNER_TEMP.' },
    'github-token': { schema: stringInput, default: '${{ github.token }}', description: 'Token to list a pull request\'s files (pull-requests: read), compare commits (contents: read), read and write the `baseline: git` record (contents: write) and, on a cache miss, check the workflow\'s earlier runs (actions: read).' },
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
        Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(784)]).then(__webpack_require__.bind(__webpack_require__, 2784)), Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(938), __webpack_require__.e(446)]).then(__webpack_require__.bind(__webpack_require__, 1446)), Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(938), __webpack_require__.e(660)]).then(__webpack_require__.bind(__webpack_require__, 6660)),
        Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(938), __webpack_require__.e(660), __webpack_require__.e(832)]).then(__webpack_require__.bind(__webpack_require__, 7832)), __webpack_require__.e(/* import() */ 978).then(__webpack_require__.bind(__webpack_require__, 978)),
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
    (0,external_node_fs_.writeFileSync)(reportPath, JSON.stringify(detectReport(result, loaded.description), null, 2) + '\n');
    p.setOutput('should-train', String(result.shouldTrain));
    p.setOutput('reasons', JSON.stringify(result.reasons));
    p.setOutput('data-changed', String(result.dataChanged));
    p.setOutput('code-changed', String(result.codeChanged));
    p.setOutput('drift', String(result.drift));
    p.setOutput('fingerprint', result.fingerprint);
    p.setOutput('changed-files', JSON.stringify(changedFilesOutput(result)));
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

// EXTERNAL MODULE: ../core/src/train/index.ts + 19 modules
var train = __webpack_require__(6391);
;// CONCATENATED MODULE: ../../actions/train-on-gpu-runner/src/inputs.ts


/** Input names are a contract (issue #5); action.yml declares the same names and defaults (checked by a test). */
const src_inputs_inputs = {
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
 * actions/train-on-gpu-runner/src/main.ts (inputs → trainOnGpuRunner → publishTrainReport), on core's engine: GPU
 * preflight and monitoring with nvidia-smi, retries, checkpoints, metrics; the cache and the artifact land under
 * --out-dir. A training that fails is exit 1 (the training's own problem); a bad flag or file is exit 2.
 */



// The input specs only (they import nothing but core): the flags are the action's inputs, never a copy of them.

const trainCommand = {
    name: 'train',
    action: 'train-on-gpu-runner',
    summary: 'run the training command with GPU preflight and monitoring, retries, checkpoints and metrics.',
    inputs: src_inputs_inputs,
    extra: [],
    example: [
        '  # On a laptop without a GPU: run on the CPU, read metrics.json, keep the model as an artifact under .mlci/.',
        '  mlci train --command \'python train.py --epochs 3\' --require-gpu auto \\',
        '             --metrics-file metrics.json --model-path model/ --artifact-name model',
        '  # Exit codes: 0 the training succeeded, 1 it failed (or timed out), 2 bad usage or input.',
    ].join('\n'),
};
async function trainJob(p, deps) {
    const i = parseInputs(src_inputs_inputs, (n) => p.getInput(n));
    const workspace = p.context().workspace;
    const wd = (0,external_node_path_.resolve)(workspace, i['working-directory']);
    if (!(0,external_node_fs_.existsSync)(wd) || !(0,external_node_fs_.statSync)(wd).isDirectory()) {
        throw new errors/* UserError */.y(`Input 'working-directory' is '${i['working-directory']}', but ${wd} is not a directory.`);
    }
    const cachePaths = i.cache ?? [];
    if (i['cache-key'] && cachePaths.length === 0)
        p.annotate('warning', "Input 'cache-key' is set but 'cache' lists no paths: nothing is cached.");
    // Loaded after the flags are valid, as in the action.
    const { publishTrainReport, resolveIn, trainOnGpuRunner } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6391));
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
    await publishTrainReport(report, p);
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
    const { runContract, shouldFail, checkLine } = await Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(26), __webpack_require__.e(752), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 4702));
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
        if (cmd.name === 'validate') {
            const v = await validateJob(p);
            p.writeOutputs();
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
            p.writeOutputs();
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

/***/ 8759:
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

/***/ 3244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ resolveInputFile),
/* harmony export */   b2: () => (/* binding */ statRegularFile),
/* harmony export */   h_: () => (/* binding */ fileKind)
/* harmony export */ });
/* unused harmony exports fileRootsFromEnv, isWithin, resolveOutputFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(319);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8759);
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
    const abs = resolve(opts.roots.workspace, path);
    const real = realpathLoose(abs);
    if (!realRoots(opts.roots).some((r) => isWithin(r, real))) {
        throw outside(opts.input, path, real, opts.roots, 'the action writes only there.');
    }
    let st;
    try {
        st = statSync(real);
    }
    catch {
        st = undefined;
    }
    if (st && !st.isFile()) {
        throw new UserError(`Input '${opts.input}': ${excerpt(path, 200)} is ${fileKind(st)}; give the path of a file to write (it is created or replaced).`);
    }
    for (const i of opts.inputs ?? []) {
        if (!i)
            continue;
        if (realpathLoose(resolve(opts.roots.workspace, i)) === real) {
            throw new UserError(`Input '${opts.input}': ${excerpt(path, 200)} is also a file this run reads (${excerpt(i, 200)}); writing there would overwrite it. Choose another path.`);
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

/***/ 9477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   VR: () => (/* binding */ maxDocumentBytes),
/* harmony export */   iN: () => (/* binding */ positiveIntEnv)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_DOCUMENT_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(319);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3244);



/** Default largest config or report document (policy, params, metrics file, report) read whole: 16 MiB. */
const DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
/**
 * The largest document read whole, from MLCI_MAX_DOCUMENT_BYTES when set (a positive integer of bytes). A policy or
 * a metrics file is kilobytes; the cap keeps a mistaken path (a data file, a log) from being loaded and parsed.
 */
function maxDocumentBytes(env = process.env) {
    return positiveIntEnv(env, 'MLCI_MAX_DOCUMENT_BYTES', DEFAULT_MAX_DOCUMENT_BYTES);
}
/** A positive integer from an environment variable, or `fallback`; anything else is a UserError naming it. */
function positiveIntEnv(env, name, fallback) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '')
        return fallback;
    const v = Number(raw.trim());
    if (!Number.isSafeInteger(v) || v < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Environment variable ${name} must be a positive whole number of bytes; it is '${raw.slice(0, 40)}'.`);
    return v;
}
/**
 * Read a small text file whole (UTF-8): a regular file only (checked from its stat, never opened otherwise), at most
 * `maxBytes`. `label` names it in errors ("Policy .github/mlci/gate.yml").
 */
function readTextFile(path, label, maxBytes = maxDocumentBytes()) {
    const st = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .statRegularFile */ .b2)(path, label);
    if (st.size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} is ${st.size.toLocaleString('en-US')} bytes, over the ${maxBytes.toLocaleString('en-US')}-byte limit for a document read whole; ` +
            `check the path (set MLCI_MAX_DOCUMENT_BYTES to raise the limit)`, { file: path });
    }
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'EACCES' || code === 'EPERM')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} cannot be read (permission denied)`, { file: path });
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} is a directory, not a regular file; pass the path of a file`, { file: path });
        throw e;
    }
}


/***/ }),

/***/ 565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseYamlDocument),
/* harmony export */   w: () => (/* binding */ MAX_ALIAS_COUNT)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(319);
/* harmony import */ var _fs_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9477);
/* harmony import */ var _excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8759);




/** Most alias expansions per document (yaml's own default, 100): a policy has no use for more. */
const MAX_ALIAS_COUNT = 100;
/** The first mapping key node equal to `name`, anywhere in the document. */
function findKey(node, name) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        for (const it of node.items) {
            if (it.key?.value === name)
                return it.key;
            const hit = findKey(it.value, name);
            if (hit)
                return hit;
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        for (const it of node.items) {
            const hit = findKey(it, name);
            if (hit)
                return hit;
        }
    }
    return undefined;
}
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
    const limit = (0,_fs_text_js__WEBPACK_IMPORTED_MODULE_2__/* .maxDocumentBytes */ .VR)();
    if (Buffer.byteLength(text, 'utf8') > limit) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file} is over the ${limit.toLocaleString('en-US')}-byte limit for a YAML document; check the path (MLCI_MAX_DOCUMENT_BYTES raises the limit).`, { file });
    }
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
    let js;
    try {
        // yaml counts alias expansions against the document size (maxAliasCount) and throws a ReferenceError for a
        // "billion laughs" document instead of building it.
        js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        if (!(e instanceof ReferenceError) && !(e instanceof RangeError))
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file} expands YAML aliases (*name) too far (${e.message}); write the values out instead of nesting aliases.`, { file });
    }
    const proto = findKey(doc.contents, '__proto__');
    if (proto) {
        const line = startLine(proto, lc);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file}${line ? ` line ${line}` : ''}: '__proto__' cannot be a key (JavaScript reserves it); rename or remove it.`, { file, line });
    }
    const raw = js ?? (opts.allowEmpty ? {} : null);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${opts.what} ${file} must be a YAML mapping ${opts.shape}.`, { file, line: 1 });
    }
    const r = schema.safeParse(raw);
    if (!r.success) {
        const issue = r.error.issues[0];
        const path = issue.path;
        const line = lineOf(path);
        const key = path.length ? path.join('.') : '(top level)';
        const msg = issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.slice(0, 10).map((k) => (0,_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .K)(k, 60, "'")).join(', ')}${issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : ''}` : issue.message;
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


/***/ }),

/***/ 219:
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

/***/ 6391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hz: () => (/* reexport */ checkpointPatternInput),
  r: () => (/* reexport */ exitCodesInput),
  YW: () => (/* reexport */ gpusInput),
  publishTrainReport: () => (/* reexport */ publishTrainReport),
  resolveIn: () => (/* reexport */ resolveIn),
  trainOnGpuRunner: () => (/* reexport */ trainOnGpuRunner)
});

// UNUSED EXPORTS: CommandFilter, DEFAULT_CHECKPOINT_PATTERNS, GpuSampler, GpuSamples, IDLE_FRACTION, IDLE_UTILIZATION_PCT, MAX_METRICS, MAX_METRIC_NAME, MIN_SAMPLES_FOR_IDLE, PREFLIGHT_FIELDS, RUNNER_CANCEL_TIMING, SAMPLE_FIELDS, TRAINING_COMMANDS, TRAINING_SUMMARY_MAX, binSeries, buildInventory, classifySmiFailure, collidingMetricNames, describeGpu, describeOutcome, describeSmiFailure, escapeHtml, findLeftovers, findNewestCheckpoint, formatChartNumber, formatMiB, groupAlive, idleWarning, incompleteReason, isActionOnlyVariable, judgeAttempt, memoryFreeMiB, metricOutputName, migProfileMemoryBytes, nodeExecFile, parseCheckpointPatterns, parseFileCommand, parseLooseJson, parseMetricsFile, parseMetricsLog, parseSmiCell, parseSmiList, parseSmiQ, parseSmiQTree, parseSmiQueryCsv, parseSmiQueryCsvWithHeader, preflight, preflightFields, prepareTrainingFileCommands, rejectedSmiField, renderChart, renderTrainSummary, runStepEnvironment, searchCheckpoints, selectGpus, shouldRetry, signalFromExitCode, smiCell, smiNumber, startAttempt, summarizeSamples, tableCell, trainOutputs

// EXTERNAL MODULE: ../core/src/errors.ts
var errors = __webpack_require__(319);
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
var excerpt = __webpack_require__(8759);
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
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
var external_node_os_ = __webpack_require__(8161);
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
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ../core/src/train/process.ts


/** How often the process group is checked for survivors after bash exits. */
const GROUP_POLL_MS = 100;
/** Leftover background processes of a finished command get this long after SIGTERM before SIGKILL. */
const LEFTOVER_GRACE_MS = 5000;
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
            const settle = () => {
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
            void sweep(pgid).then(settle, settle);
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
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ../core/src/fs/text.ts
var fs_text = __webpack_require__(9477);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(8574);
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
var units = __webpack_require__(1981);
;// CONCATENATED MODULE: ../core/src/train/chart.ts
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
    if (opts.yRange)
        mermaid.push(`    y-axis "${mermaidText(opts.yLabel)}" ${formatChartNumber(opts.yRange[0])} --> ${formatChartNumber(opts.yRange[1])}`);
    else
        mermaid.push(`    y-axis "${mermaidText(opts.yLabel)}"`);
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

;// CONCATENATED MODULE: ../core/src/train/summary.ts




/** Most metrics-log series charted in the summary (the rest stay in the log file and the artifact). */
const MAX_CURVES = 8;
const HEADLINE = {
    success: 'succeeded',
    failure: 'failed',
    cancelled: 'was cancelled',
    'timed-out': 'timed out',
};
/** `metric-<name>` output name: letters, digits, `-` and `_` only, so `steps.x.outputs.metric-val-loss` works. */
function metricOutputName(metric) {
    return 'metric-' + metric.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
}
/** Outputs of the step. Every output is set, with '' where there is nothing to say, so `if:` tests stay simple. */
function trainOutputs(r) {
    const out = [];
    const metrics = {};
    for (const [k, v] of r.metrics ?? [])
        metrics[k] = v;
    out.push(['outcome', r.outcome]);
    out.push(['metrics', JSON.stringify(metrics)]);
    // Output names are compared without case: GitHub resolves `steps.x.outputs.Name` case-insensitively, so of
    // `Accuracy` and `accuracy` only the first is an output (the other is warned about, and stays in `metrics`).
    const seen = new Set();
    for (const [k, v] of r.metrics ?? []) {
        const name = metricOutputName(k);
        if (name === 'metric-' || seen.has(name.toLowerCase()))
            continue;
        seen.add(name.toLowerCase());
        out.push([name, String(v)]);
    }
    out.push(['model-path', r.modelPath ?? '']);
    out.push(['duration-seconds', String(Math.round(r.durationMs / 100) / 10)]);
    out.push(['attempts', String(r.attempts.length)]);
    out.push(['device', r.device]);
    const names = [...new Set((r.selection?.devices ?? []).map((d) => d.name))];
    out.push(['gpu-name', names.join(', ')]);
    out.push(['gpu-uuids', r.selection?.cudaVisibleDevices ?? '']);
    out.push(['cuda-version', r.inventory?.cudaVersion ?? '']);
    out.push(['driver-version', r.inventory?.driverVersion ?? '']);
    out.push(['peak-gpu-memory-mb', r.stats?.peakMemoryMiB == null ? '' : String(Math.round(r.stats.peakMemoryMiB))]);
    out.push(['mean-gpu-utilization', r.stats?.meanUtilizationPct == null ? '' : r.stats.meanUtilizationPct.toFixed(1)]);
    out.push(['checkpoint', r.checkpoint?.path ?? '']);
    out.push(['cache-hit', r.cache?.restoredKey !== undefined && r.cache.restoredKey === r.cache.key ? 'true' : 'false']);
    out.push(['artifact-id', r.artifact?.id === undefined ? '' : String(r.artifact.id)]);
    return out;
}
/**
 * Metrics whose output name collides with an earlier metric's (`val/loss` and `val-loss`, or `Accuracy` and
 * `accuracy`, since GitHub output names are case-insensitive), each with the earlier metric it loses to.
 */
function collidingMetricNames(r) {
    const seen = new Map();
    const out = [];
    for (const [k] of r.metrics ?? []) {
        const n = metricOutputName(k);
        const earlier = seen.get(n.toLowerCase());
        if (earlier !== undefined)
            out.push({ name: k, output: n, earlier });
        else
            seen.set(n.toLowerCase(), k);
    }
    return out;
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
        lines.push(`> ${escapeHtml(r.failure).replace(/\r?\n/g, '\n> ')}`, '');
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
    lines.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${tableCell(v)} |`), '');
    if (r.metrics && r.metrics.length > 0) {
        lines.push('### Metrics', '', '| metric | value |', '|---|---:|');
        for (const [k, v] of r.metrics)
            lines.push(`| ${tableCell(k)} | ${fmtNumber(v)} |`);
        lines.push('');
    }
    if (r.metricsLog && r.metricsLog.rows > 0) {
        const log = r.metricsLog;
        const xLabel = log.stepKey ?? 'line';
        const curves = log.series.slice(0, MAX_CURVES);
        lines.push('### Training curves', '');
        for (const s of curves) {
            const chart = renderChart(log.step, s.values, { title: s.name, xLabel, yLabel: s.name });
            if (chart)
                lines.push(chart);
        }
        if (log.series.length > MAX_CURVES)
            lines.push(`_${log.series.length - MAX_CURVES} more series in the metrics log are not charted._`, '');
    }
    if (r.samples && r.samples.length > 0) {
        const t = Float64Array.from(r.samples.time(), (ms) => ms / 1000);
        lines.push('### GPU', '');
        const util = renderChart(t, r.samples.meanUtilization(), {
            title: r.samples.gpuUuids.length > 1 ? `GPU utilization (mean of ${r.samples.gpuUuids.length} GPUs)` : 'GPU utilization',
            xLabel: 'seconds', yLabel: 'utilization %', yRange: [0, 100],
        });
        if (util)
            lines.push(util);
        const mem = renderChart(t, r.samples.totalMemory(), {
            title: r.samples.gpuUuids.length > 1 ? `GPU memory used (sum of ${r.samples.gpuUuids.length} GPUs)` : 'GPU memory used',
            xLabel: 'seconds', yLabel: 'MiB',
        });
        if (mem)
            lines.push(mem);
        if (!util && !mem)
            lines.push('_nvidia-smi reported no utilization or memory for the selected devices._', '');
    }
    if (r.warnings.length > 0) {
        lines.push('### Warnings', '', ...r.warnings.map((w) => `- ${escapeHtml(w)}`), '');
    }
    if (r.fileCommands?.summary.trim()) {
        lines.push('### Summary written by the training', '', r.fileCommands.summary, '');
    }
    return lines.join('\n');
}
/** Set every output and write the job summary. */
async function publishTrainReport(r, platform) {
    for (const [k, v] of trainOutputs(r))
        platform.setOutput(k, v);
    for (const c of collidingMetricNames(r)) {
        platform.annotate('warning', `Metric '${c.name}' has the same output name as '${c.earlier}' (${c.output}; GitHub compares output names without case), so ${c.output} holds '${c.earlier}'; read '${c.name}' from the 'metrics' output or rename one.`);
    }
    await platform.appendSummary(renderTrainSummary(r));
}

// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9143);
// EXTERNAL MODULE: ../../node_modules/zod/v4/core/core.js
var core = __webpack_require__(6416);
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
