export const id = 427;
export const ids = [427];
export const modules = {

/***/ 89427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkLine: () => (/* reexport */ checkLine),
  initContract: () => (/* reexport */ initContract),
  parseContract: () => (/* reexport */ parseContract),
  runContract: () => (/* binding */ runContract),
  shouldFail: () => (/* reexport */ shouldFail)
});

// UNUSED EXPORTS: COLUMN_TYPES, CONTRACT_REPORT_SCHEMA, DEFAULT_MAX_EXAMPLES, DEFAULT_MAX_UNIQUE_KEYS, INIT_MAX_VALUES, INIT_RULES, INIT_WIDEN, NEW_VALUES, SEVERITIES, buildContractReport, ceilShare, columnSchema, contractAnnotations, contractSchema, contractSummaryLine, displayPath, expandFiles, isGlob, loadContract, parseTimestamp, profileTable, referenceNow, renderContractMarkdown, renderInitContract, renderJUnit, serializeContractReport, tableSchema, validateData, widenRange, yamlString

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(29143);
// EXTERNAL MODULE: ../../node_modules/zod/v4/core/core.js
var core = __webpack_require__(46416);
// EXTERNAL MODULE: ../core/src/errors.ts
var errors = __webpack_require__(90319);
// EXTERNAL MODULE: ../core/src/fs/text.ts
var fs_text = __webpack_require__(39477);
// EXTERNAL MODULE: ../core/src/inputs/document.ts
var inputs_document = __webpack_require__(20565);
// EXTERNAL MODULE: ../core/src/inputs/units.ts
var units = __webpack_require__(31981);
;// CONCATENATED MODULE: ../core/src/contract/schema.ts





/**
 * The data contract (YAML, `version: 1`): per table, the files it is read from, row-count bounds, unique keys and
 * per-column checks. Key names are a contract (issue #14); zod validates them, unknown keys are refused, and every
 * error names the contract file, the line and the key (the same helper as the gate policy: inputs/document.ts).
 *
 * Every check takes a short form and a long form with `severity` (`error`, the default, or `warn`):
 *   min: 0                       min: { value: 0, severity: warn }
 */
const COLUMN_TYPES = ['integer', 'number', 'string', 'boolean', 'timestamp'];
const SEVERITIES = ['error', 'warn'];
const NEW_VALUES = ['fail', 'warn', 'allow'];
const finite = schemas/* number */.aig().refine(Number.isFinite, 'expected a finite number');
const severity = schemas/* enum */.k5n(SEVERITIES, { error: 'expected severity error or warn' }).default('error');
const count = schemas/* number */.aig().int('expected a whole number').min(0, 'expected a number ≥ 0');
/** A bound on a number, or on a timestamp column written as an ISO 8601 date-time. */
const bound = schemas/* union */.KCZ([finite, schemas/* string */.YjP().refine((s) => Number.isFinite(Date.parse(s)), 'expected a number or an ISO 8601 date-time')]);
/** `key: value` or `key: { value, severity }`, normalised to the long form. */
function valueCheck(value) {
    return schemas/* union */.KCZ([
        value.transform((v) => ({ value: v, severity: 'error' })),
        schemas/* object */.Ikc({ value, severity }).strict(),
    ]);
}
/** `{ min, max, severity }` with at least one bound and min ≤ max. */
function range(num) {
    return schemas/* object */.Ikc({ min: num.optional(), max: num.optional(), severity })
        .strict()
        .refine((r) => r.min !== undefined || r.max !== undefined, 'give min, max or both')
        .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min is greater than max');
}
const share01 = finite.min(0, 'expected a share between 0 and 1').max(1, 'expected a share between 0 and 1');
const duration = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform((v, ctx) => {
    const ms = (0,units/* parseDurationMs */.yi)(String(v));
    if (ms === undefined || ms <= 0) {
        ctx.addIssue({ code: 'custom', message: 'expected a duration such as 48h, 90m or 2d' });
        return core/* NEVER */.tm;
    }
    return ms;
});
const regex = schemas/* string */.YjP().transform((s, ctx) => {
    try {
        // Anchored: the whole value must match, as in pandera's str_matches with ^…$ (a pattern is a shape, not a search).
        return { source: s, re: new RegExp(`^(?:${s})$`, 'u') };
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${e.message})` });
        return core/* NEVER */.tm;
    }
});
/** An allowed value: written as YAML scalars; compared as text (numbers in canonical form: 1.0 and 1 are one value). */
const scalar = schemas/* union */.KCZ([schemas/* string */.YjP(), finite, schemas/* boolean */.zMY()]);
const nullsLong = schemas/* object */.Ikc({ 'max-share': share01.optional(), 'max-count': count.optional(), severity })
    .strict()
    .refine((r) => (r['max-share'] === undefined) !== (r['max-count'] === undefined), 'give exactly one of max-share or max-count');
const columnSchema = schemas/* object */.Ikc({
    type: valueCheck(schemas/* enum */.k5n(COLUMN_TYPES, { error: `expected one of: ${COLUMN_TYPES.join(', ')}` })).optional(),
    /** Short form: a whole number ≥ 1 is a count, a number in [0, 1) a share of the rows (0: no nulls at all). */
    nulls: schemas/* union */.KCZ([
        finite.min(0, 'expected a count or a share ≥ 0').transform((v, ctx) => {
            if (v >= 1 && !Number.isInteger(v)) {
                ctx.addIssue({ code: 'custom', message: 'a number ≥ 1 is a count and must be whole; a share is below 1' });
                return core/* NEVER */.tm;
            }
            return v >= 1 ? { 'max-count': v, severity: 'error' } : { 'max-share': v, severity: 'error' };
        }),
        nullsLong,
    ])
        .optional(),
    min: valueCheck(bound).optional(),
    max: valueCheck(bound).optional(),
    in: schemas/* union */.KCZ([
        schemas/* array */.YOg(scalar).min(1, 'list at least one allowed value').transform((values) => ({ values, severity: 'error' })),
        schemas/* object */.Ikc({ values: schemas/* array */.YOg(scalar).min(1, 'list at least one allowed value'), severity }).strict(),
    ])
        .optional(),
    /** What a value outside `in` does: fail (the check's severity), warn, or allow (listed in the report only). */
    'new-values': schemas/* enum */.k5n(NEW_VALUES, { error: `expected one of: ${NEW_VALUES.join(', ')}` }).optional(),
    pattern: valueCheck(regex).optional(),
    length: range(count).optional(),
    /** Share of the non-null rows holding each value: `share: { "1": { min: 0.02, max: 0.2 } }`. */
    share: schemas/* record */.g1P(schemas/* string */.YjP(), range(share01)).optional(),
    freshness: valueCheck(duration).optional(),
    mean: range(finite).optional(),
    std: range(finite.min(0, 'a standard deviation is ≥ 0')).optional(),
    /** Quantile ranges: `quantiles: { "0.5": { min: 10, max: 50 } }`; keys are probabilities in [0, 1]. */
    quantiles: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'a quantile key is a probability such as 0.5 or 0.99'), range(finite)).optional(),
})
    .strict()
    .refine((c) => c['new-values'] === undefined || c.in !== undefined, { message: "'new-values' needs an 'in' list", path: ['new-values'] });
const uniqueItem = schemas/* union */.KCZ([
    schemas/* string */.YjP().transform((c) => ({ columns: [c], severity: 'error' })),
    schemas/* array */.YOg(schemas/* string */.YjP()).min(1).transform((columns) => ({ columns, severity: 'error' })),
    schemas/* object */.Ikc({ columns: schemas/* union */.KCZ([schemas/* string */.YjP().transform((c) => [c]), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]), severity })
        .strict(),
]);
const tableSchema = schemas/* object */.Ikc({
    /** Files or globs (relative to the workspace); the `data` input replaces them. */
    files: schemas/* union */.KCZ([schemas/* string */.YjP().transform((f) => [f]), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]).optional(),
    rows: range(count).optional(),
    unique: schemas/* array */.YOg(uniqueItem).default([]),
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), columnSchema.nullable().transform((c) => c ?? {})).default({}),
})
    .strict();
const contractSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1, { error: 'expected version: 1' }),
    tables: schemas/* record */.g1P(schemas/* string */.YjP(), tableSchema),
})
    .strict();
function parseContract(text, path) {
    const { data, lineOf } = (0,inputs_document/* parseYamlDocument */.I)(text, path, contractSchema, {
        what: 'Contract',
        shape: "with 'version: 1' and 'tables:'",
    });
    const names = Object.keys(data.tables);
    if (names.length === 0) {
        throw new errors/* UserError */.y(`Contract ${path}: 'tables' is empty; declare at least one table with its files and checks.`, { file: path, line: lineOf(['tables']) });
    }
    for (const [name, t] of Object.entries(data.tables)) {
        for (const [i, u] of t.unique.entries()) {
            const dup = u.columns.find((c, j) => u.columns.indexOf(c) !== j);
            if (dup !== undefined) {
                const line = lineOf(['tables', name, 'unique', i]);
                throw new errors/* UserError */.y(`Contract ${path}${line ? ` line ${line}` : ''}: tables.${name}.unique.${i}: column '${dup}' is named twice in one key.`, { file: path, line });
            }
        }
        for (const [col, c] of Object.entries(t.columns)) {
            const type = c.type?.value;
            const numeric = type === undefined || type === 'integer' || type === 'number';
            for (const key of ['mean', 'std', 'quantiles']) {
                if (c[key] !== undefined && !numeric) {
                    const line = lineOf(['tables', name, 'columns', col, key]);
                    throw new errors/* UserError */.y(`Contract ${path}${line ? ` line ${line}` : ''}: tables.${name}.columns.${col}.${key}: '${key}' needs a numeric column, but its type is ${type}.`, { file: path, line });
                }
            }
            for (const key of ['min', 'max']) {
                const v = c[key]?.value;
                if (typeof v === 'string' && type !== 'timestamp') {
                    const line = lineOf(['tables', name, 'columns', col, key]);
                    throw new errors/* UserError */.y(`Contract ${path}${line ? ` line ${line}` : ''}: tables.${name}.columns.${col}.${key}: a date bound needs 'type: timestamp'; give a number for other columns.`, { file: path, line });
                }
            }
            if (c.freshness !== undefined && type !== 'timestamp') {
                const line = lineOf(['tables', name, 'columns', col, 'freshness']);
                throw new errors/* UserError */.y(`Contract ${path}${line ? ` line ${line}` : ''}: tables.${name}.columns.${col}.freshness: 'freshness' needs 'type: timestamp'.`, { file: path, line });
            }
        }
    }
    return { contract: data, path, lineOf };
}
/** Read and parse the contract at `path`; `shown` is how messages and annotations name it (default: `path`). */
function loadContract(path, shown = path) {
    let text;
    try {
        text = (0,fs_text/* readTextFile */.Gu)(path, `Contract file '${shown}'`);
    }
    catch (e) {
        if ((0,errors/* isUserError */.i)(e))
            throw e;
        const code = e.code;
        throw new errors/* UserError */.y(`Contract file '${shown}' cannot be read (${code ?? String(e)}): check the 'contract' input path, relative to the workspace.`);
    }
    return parseContract(text, shown);
}

// EXTERNAL MODULE: ../../node_modules/picomatch/index.js
var picomatch = __webpack_require__(71026);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ../core/src/excerpt.ts
var excerpt = __webpack_require__(38759);
// EXTERNAL MODULE: ../core/src/fs/paths.ts
var paths = __webpack_require__(53244);
// EXTERNAL MODULE: ../core/src/io/format.ts
var io_format = __webpack_require__(64608);
// EXTERNAL MODULE: ../core/src/workers/entry.ts
var entry = __webpack_require__(58910);
// EXTERNAL MODULE: ../core/src/contract/column.ts + 1 modules
var column = __webpack_require__(5323);
// EXTERNAL MODULE: ../core/src/contract/fast-part.ts
var fast_part = __webpack_require__(43053);
// EXTERNAL MODULE: ../core/src/contract/keys.ts
var keys = __webpack_require__(63585);
// EXTERNAL MODULE: ../core/src/contract/part.ts
var contract_part = __webpack_require__(56760);
// EXTERNAL MODULE: ../core/src/contract/pool.ts
var pool = __webpack_require__(11619);
;// CONCATENATED MODULE: ../core/src/contract/validate.ts













/**
 * The engine: each table's files are streamed once in parts (a file, or row ranges of a large CSV/TSV) on every core
 * (pool.ts, part.ts; constant memory a part), every column's checks run on the same batches; the parts' states are
 * added up in file order on this thread, and unique keys go into one bounded hash set (keys.ts). The result is the
 * checks in contract order, the same bytes for any number of threads.
 */
const DEFAULT_MAX_EXAMPLES = 5;
/** MLCI_NOW (ISO 8601 or ms since the epoch) pins "now" for freshness: tests and re-runs give the same report bytes. */
function referenceNow(env = process.env) {
    const raw = env.MLCI_NOW?.trim();
    if (!raw)
        return Date.now();
    const ms = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
    if (!Number.isFinite(ms))
        throw new errors/* UserError */.y(`Environment variable MLCI_NOW must be an ISO 8601 time such as 2026-12-01T00:00:00Z; it is ${(0,excerpt/* excerpt */.K)(raw, 40, "'")}.`);
    return ms;
}
const GLOB = /[*?[\]{}!]/;
/** Whether a `files` entry is a glob (expanded) rather than a plain path. */
function isGlob(pattern) {
    return GLOB.test(pattern);
}
/** Files of a pattern list: plain paths as given, globs expanded under their base folder, sorted. */
function expandFiles(patterns, workspace, what) {
    const out = new Set();
    for (const p of patterns) {
        if (!GLOB.test(p)) {
            out.add(p);
            continue;
        }
        const scan = picomatch_default().scan(p);
        const base = scan.base || '.';
        const re = picomatch_default().makeRe(p, { dot: false });
        const found = [];
        const walk = (dir) => {
            let entries;
            try {
                entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.resolve)(workspace, dir), { withFileTypes: true });
            }
            catch {
                return;
            }
            for (const e of entries) {
                const rel = dir === '.' ? e.name : `${dir}/${e.name}`;
                if (e.isDirectory())
                    walk(rel);
                else if (e.isFile() && re.test(rel))
                    found.push(rel);
            }
        };
        walk(base);
        if (found.length === 0)
            throw new errors/* UserError */.y(`${what}: the pattern ${(0,excerpt/* excerpt */.K)(p, 200)} matches no file under ${workspace}; check the path (relative to the workspace).`);
        for (const f of found.sort())
            out.add(f);
    }
    return [...out];
}
function tableFiles(name, t, loaded, opts) {
    const names = Object.keys(loaded.contract.tables);
    let patterns;
    if (opts.data && opts.data.length > 0) {
        if (names.length === 1)
            patterns = opts.data;
        else {
            const mine = opts.data.filter((d) => d.startsWith(`${name}=`)).map((d) => d.slice(name.length + 1));
            const stray = opts.data.find((d) => !names.some((n) => d.startsWith(`${n}=`)));
            if (stray !== undefined)
                throw new errors/* UserError */.y(`Input 'data': ${(0,excerpt/* excerpt */.K)(stray, 200)} names no table; the contract has several tables (${names.join(', ')}), so write each line as table=path.`);
            if (mine.length > 0)
                patterns = mine;
        }
    }
    patterns ??= t.files;
    if (!patterns) {
        const line = loaded.lineOf(['tables', name]);
        throw new errors/* UserError */.y(`Contract ${loaded.path}${line ? ` line ${line}` : ''}: table '${name}' has no files; add 'files:' or give them in the 'data' input.`, { file: loaded.path, line });
    }
    return expandFiles(patterns, opts.workspace, `Table '${name}'`);
}
/** A path for reports: relative to the workspace when inside it, POSIX separators. */
function displayPath(workspace, file) {
    const abs = (0,external_node_path_.resolve)(workspace, file);
    const rel = (0,external_node_path_.relative)(workspace, abs);
    const inside = rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel);
    return (inside ? rel : abs).split(external_node_path_.sep).join('/');
}
/**
 * Parts' key logs are held and added to the set many parts at a time (KeySet.addLogs: a bucket's table takes all
 * their keys while it is in the cache): all at the end for up to this many keys (12 bytes a key held, about the
 * size of the set they replace), else in rounds of this many. MLCI_UNIQUE_ROUND_KEYS overrides it (tests).
 */
const DEFAULT_ROUND_KEYS = 16_000_000;
async function validateData(loaded, opts) {
    const now = opts.now ?? referenceNow();
    const maxExamples = opts.maxExamples ?? DEFAULT_MAX_EXAMPLES;
    const limit = (0,keys/* maxUniqueKeys */._L)();
    const roundKeys = (0,entry/* envNumber */.dc)('MLCI_UNIQUE_ROUND_KEYS', 1) ?? DEFAULT_ROUND_KEYS;
    const tables = [];
    const checks = [];
    for (const [name, t] of Object.entries(loaded.contract.tables)) {
        const files = tableFiles(name, t, loaded, opts);
        const rowsCheck = t.rows ? (0,column/* newCheck */.rC)(name, null, 'rows', rangeOf(t.rows.min, t.rows.max), t.rows.severity, ['tables', name, 'rows']) : undefined;
        const { wanted } = (0,contract_part/* readPlan */.m3)(t);
        // Ranges of a large CSV/TSV are first guessed (io/split.ts guessRows; no pass over the file before reading it);
        // when a range turns out to hold a quote, the table is read again in ranges cut by a full pass.
        let attempt;
        for (let guess = (0,fast_part/* fastPathEnabled */.x_)(); attempt === undefined; guess = false)
            attempt = await readTable(name, t, files, opts, { maxExamples, limit, roundKeys, guess });
        const { columns, uniques, tasks, shown, rows, absent, fastParts } = attempt;
        for (const u of uniques)
            await duplicateExamples(u, tasks, fastParts);
        tables.push({ name, files: shown, rows });
        if (rowsCheck) {
            rowsCheck.observed = `${rows} rows`;
            rowsCheck.violations = (t.rows.min !== undefined && rows < t.rows.min) || (t.rows.max !== undefined && rows > t.rows.max) ? 1 : 0;
            rowsCheck.status = rowsCheck.violations === 0 ? 'pass' : rowsCheck.severity === 'warn' ? 'warn' : 'fail';
            checks.push(rowsCheck);
        }
        for (const w of wanted) {
            const missing = absent.get(w);
            if (missing === undefined)
                continue;
            const i = t.unique.findIndex((u) => u.columns.includes(w));
            const rule = w in t.columns ? ['tables', name, 'columns', w] : ['tables', name, 'unique', i];
            const k = (0,column/* newCheck */.rC)(name, w, 'presence', 'a column of every file', 'error', rule);
            k.violations = missing.length;
            k.observed = `missing from ${missing.length === files.length && files.length > 1 ? 'every file' : missing.length === 1 ? missing[0].file : `${missing.length} of ${files.length} files`}`;
            k.examples = missing.slice(0, maxExamples).map((m) => ({ file: m.file, line: m.line, row: 0, value: '' }));
            k.status = 'fail';
            checks.push(k);
        }
        for (const u of uniques) {
            u.check.observed = u.check.violations === 0 ? `${u.set.size} distinct keys, no duplicates` : `${u.check.violations} duplicate row${u.check.violations === 1 ? '' : 's'} (${u.set.size} distinct keys)`;
            u.check.status = u.check.violations === 0 ? 'pass' : u.check.severity === 'warn' ? 'warn' : 'fail';
            checks.push(u.check);
        }
        for (const c of columns) {
            c.finish(now);
            checks.push(...c.checks);
        }
    }
    return { tables, checks };
}
/** Thrown from a part's result to stop the parts of a table read in guessed ranges (see readTable). */
const GUESSED_WRONG = new Error('a guessed range holds a quote');
/**
 * Read one table's files, every part's checks and keys added up in file order. `guess`: large CSV/TSV files in
 * guessed ranges (contract/pool.ts partsOf); undefined when a guessed range holds a quote (read again without).
 */
async function readTable(name, t, files, opts, o) {
    const { maxExamples, limit, roundKeys } = o;
    const { wanted } = (0,contract_part/* readPlan */.m3)(t);
    const columns = Object.entries(t.columns).map(([c, rule]) => new column/* ColumnState */.yO(name, c, rule, maxExamples));
    const byName = new Map(columns.map((c) => [c.name, c]));
    const uniques = t.unique.map((u, i) => {
        const label = u.columns.join(', ');
        const check = (0,column/* newCheck */.rC)(name, label, 'unique', u.columns.length === 1 ? 'no duplicate values' : `no duplicate (${label}) combinations`, u.severity, ['tables', name, 'unique', i]);
        const set = new keys/* KeySet */.wj(limit, () => `Table '${name}', unique key (${label})`);
        return { columns: u.columns, check, set, held: [], heldKeys: 0, pending: [] };
    });
    // The parts of every file (a large CSV/TSV in row ranges), read on every core and added up here in file order.
    const tasks = [];
    const sizes = [];
    const fileOf = [];
    const shown = [];
    let badFile;
    // Workers start loading once the table is known to be large, while its files are still being cut into ranges.
    let started;
    let bytes = 0;
    try {
        for (const file of files) {
            let abs;
            try {
                abs = opts.roots ? (0,paths/* resolveInputFile */.FH)(file, { input: opts.data?.length ? 'data' : `contract (table ${name})`, roots: opts.roots }) : (0,external_node_path_.resolve)(opts.workspace, file);
            }
            catch (e) {
                // Thrown once the files before it are read, as a one-file-at-a-time run would.
                badFile = e;
                break;
            }
            const shownPath = displayPath(opts.workspace, file);
            let size = 0;
            try {
                size = (0,external_node_fs_.statSync)(abs).size;
            }
            catch {
                // The reader words it.
            }
            bytes += size;
            if (started === undefined || started.length === 0)
                started = (0,pool/* startWorkers */.Gf)(bytes, opts.threads);
            const parts = await (0,pool/* partsOf */.CI)({ path: abs, shown: shownPath, label: `Table '${name}'`, size }, { table: name, contract: t, maxExamples }, o.guess);
            for (const p of parts) {
                tasks.push(p);
                sizes.push(p.range ? p.range.end - p.range.start : size);
                fileOf.push(shown.length);
            }
            shown.push(shownPath);
        }
    }
    catch (e) {
        await Promise.all((started ?? []).map((w) => w.terminate()));
        throw e;
    }
    let rows = 0;
    let wrong = false;
    const fastParts = new Set();
    /** Per wanted column: the files that lack it (a failed presence check). */
    const absent = new Map();
    let fileRows = 0;
    let lineBase = 0;
    let present = new Set();
    await (0,pool/* runParts */.e2)(tasks, sizes, (i, r) => {
        const f = fileOf[i];
        if (i === 0 || fileOf[i - 1] !== f) {
            fileRows = 0;
            lineBase = 0;
            present = new Set();
        }
        // A guessed range with a quote: the ranges after it may be cut inside a quoted cell.
        if (r.quoted)
            throw GUESSED_WRONG;
        if (r.fast)
            fastParts.add(i);
        rows += r.rows;
        for (let k = 0; k < columns.length; k++)
            columns[k].absorb(r.columns[k], fileRows, lineBase);
        for (let k = 0; k < uniques.length; k++) {
            const u = uniques[k];
            u.held.push({ log: r.keys[k], part: i, rowBase: fileRows, lineBase });
            u.heldKeys += r.keys[k].keys.length / 3;
            if (u.heldKeys >= roundKeys)
                addHeldKeys(u, maxExamples, true);
        }
        for (const w of r.present)
            present.add(w);
        fileRows += r.rows;
        if (r.endLine > 0)
            lineBase += r.endLine - 1;
        if (i + 1 < tasks.length && fileOf[i + 1] === f)
            return;
        // The file's last part: a column it lacks altogether is a failed presence check, not nulls.
        const shownPath = shown[f];
        // The header is line 1 of a CSV/TSV file; JSONL and Parquet have no header line.
        const { format } = (0,io_format/* detectFormat */.T)(tasks[i].path);
        const text = format === 'csv' || format === 'tsv';
        for (const w of wanted) {
            if (present.has(w))
                continue;
            byName.get(w)?.forgetFile(shownPath, fileRows);
            const list = absent.get(w) ?? [];
            list.push({ file: shownPath, line: text ? 1 : null });
            absent.set(w, list);
        }
    }, {
        threads: opts.threads,
        started,
        // The keys held to the end are added up once all parts are in, split among the workers when there are some.
        finish: async (workers) => {
            for (const u of uniques)
                await lastKeys(u, maxExamples, workers);
        },
    }).catch((e) => {
        if (e !== GUESSED_WRONG)
            throw e;
        wrong = true;
    });
    if (wrong)
        return undefined;
    if (badFile)
        throw badFile;
    return { columns, uniques, tasks, shown, rows, absent, fastParts };
}
/**
 * Add the held key logs to the set (`keep`: more will follow); a row whose key was seen before (in an earlier part or
 * earlier in its own) is a violation. The first few in file order are remembered by part and row, and their text is
 * read again at the end.
 */
function addHeldKeys(u, maxExamples, keep) {
    noteDuplicates(u, u.set.addLogs(u.held.map((h) => h.log), keep), maxExamples);
}
/**
 * The last addHeldKeys: on the workers (contract/pool.ts mergeOnWorkers: ~2× faster on two, and it is the one step
 * left after the parts) when there are two or more and no keys went into the set in an earlier round.
 */
async function lastKeys(u, maxExamples, workers) {
    const logs = u.held.map((h) => h.log);
    if (workers.length < 2 || u.set.size > 0 || logs.length === 0) {
        addHeldKeys(u, maxExamples, false);
        return;
    }
    const { dups, size } = await (0,pool/* mergeOnWorkers */.Ni)(workers, logs);
    u.set.addCounted(size);
    noteDuplicates(u, dups, maxExamples);
}
/** Count the duplicate rows of the held logs (per log, ascending) and remember the first few; the logs are let go. */
function noteDuplicates(u, dups, maxExamples) {
    for (let k = 0; k < u.held.length; k++) {
        const { part, rowBase, lineBase } = u.held[k];
        const d = dups[k];
        u.check.violations += d.length;
        for (let i = 0; i < d.length && u.pending.length < maxExamples; i++)
            u.pending.push({ part, row: d[i], rowBase, lineBase });
    }
    u.held = [];
    u.heldKeys = 0;
}
/** The examples of a unique check: the duplicate rows' key text and line, read again from their parts. */
async function duplicateExamples(u, tasks, fastParts) {
    const byPart = new Map();
    for (const p of u.pending)
        byPart.set(p.part, [...(byPart.get(p.part) ?? []), p.row]);
    const found = new Map();
    for (const [part, rows] of byPart)
        found.set(part, await (0,contract_part/* keyRows */.RK)(tasks[part], u.columns, rows, fastParts.has(part)));
    u.check.examples = u.pending.map((p) => {
        const at = found.get(p.part).get(p.row);
        return { file: tasks[p.part].shown, line: at.line === null ? null : at.line + p.lineBase, row: p.rowBase + p.row + 1, value: at.value };
    });
}
function rangeOf(min, max) {
    if (min !== undefined && max !== undefined)
        return `between ${min} and ${max} rows`;
    return min !== undefined ? `at least ${min} rows` : `at most ${max} rows`;
}

;// CONCATENATED MODULE: ../core/src/contract/report.ts

const CONTRACT_REPORT_SCHEMA = 'mlci.contract.report/v1';
function buildContractReport(run, loaded) {
    const counts = { pass: 0, fail: 0, warn: 0 };
    for (const c of run.checks)
        counts[c.status]++;
    return {
        schema: CONTRACT_REPORT_SCHEMA,
        passed: counts.fail === 0,
        contract: loaded.path,
        counts,
        tables: run.tables,
        checks: run.checks.map(({ rulePath: _rule, ...c }) => c),
    };
}
function serializeContractReport(report) {
    return JSON.stringify(report, null, 2) + '\n';
}
function shouldFail(report, failOn) {
    if (failOn === 'never')
        return false;
    return report.counts.fail > 0 || (failOn === 'warn' && report.counts.warn > 0);
}
function where(c) {
    return c.column === null ? c.table : `${c.table}.${c.column}`;
}
function site(e) {
    return e.line === null ? `${e.file} row ${e.row}` : `${e.file}:${e.line}`;
}
/** One line per broken rule: `transactions.label in: expected in [0, 1]; observed values outside the list: 2 (3) — first at data.csv:5 ("2")`. */
function checkLine(c) {
    // A presence failure's observed value already names the files.
    const first = c.check === 'presence' ? undefined : c.examples[0];
    const at = first ? ` — first at ${site(first)}${first.value !== '' ? ` (${(0,excerpt/* excerpt */.K)(first.value, 40)})` : ''}` : '';
    return `${where(c)} ${c.check}: expected ${c.expected}; observed ${c.observed}${at}`;
}
/** One line for the `summary` output and the check run title. */
function contractSummaryLine(report) {
    const total = report.checks.length;
    const { fail, warn } = report.counts;
    if (fail === 0)
        return `Data contract passed: ${total} check${total === 1 ? '' : 's'}${warn ? `, ${warn} warning${warn === 1 ? '' : 's'}` : ''}.`;
    const names = report.checks.filter((c) => c.status === 'fail').map((c) => `${where(c)} ${c.check}`);
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
    return `Data contract failed: ${fail} of ${total} checks failed (${shown}).`;
}
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
}
function table(checks) {
    const rows = ['| | Rule | Expected | Observed | Rows | First violations |', '|---|---|---|---|---:|---|'];
    const icon = { pass: '✅', fail: '❌', warn: '⚠️' };
    for (const c of checks) {
        const ex = c.examples.slice(0, 3).map((e) => `\`${cell(site(e))}\` ${c.check === 'presence' ? 'no such column' : e.value === '' ? '(empty)' : cell((0,excerpt/* excerpt */.K)(e.value, 40))}`).join('<br>');
        rows.push(`| ${icon[c.status]} | \`${cell(where(c))}\` ${c.check} | ${cell(c.expected)} | ${cell(c.observed)} | ${c.violations} | ${ex} |`);
    }
    return rows.join('\n');
}
/** Markdown for the job summary, the PR comment and the check run: verdict, failing checks first, then the rest. */
function renderContractMarkdown(report, opts = {}) {
    const title = opts.title ?? 'Data contract';
    const out = [report.passed ? `## ✅ ${title} passed` : `## ❌ ${title} failed`, '', `**${cell(contractSummaryLine(report))}**`, ''];
    out.push(`Contract \`${report.contract}\` · ` +
        report.tables.map((t) => `${t.name}: ${t.rows.toLocaleString('en-US')} rows in ${t.files.length} file${t.files.length === 1 ? '' : 's'}`).join(' · ') +
        ` · ${report.counts.pass} pass, ${report.counts.fail} fail, ${report.counts.warn} warn`, '');
    const fails = report.checks.filter((c) => c.status === 'fail');
    const warns = report.checks.filter((c) => c.status === 'warn');
    const passes = report.checks.filter((c) => c.status === 'pass');
    if (fails.length)
        out.push('### Failing checks', '', table(fails), '');
    if (warns.length)
        out.push('### Warnings', '', table(warns), '');
    if (passes.length)
        out.push(`<details><summary>Passing checks (${passes.length})</summary>`, '', table(passes), '', '</details>', '');
    if (opts.reportPath)
        out.push(`<sub>Full report: \`${opts.reportPath}\` (schema ${report.schema}).</sub>`, '');
    return out.join('\n');
}
/**
 * Annotations for failing and warning checks: one on the contract line of the rule, and one on the data file at the
 * line of each of the first violations (text files; Parquet has no lines, so only the contract is annotated).
 */
function contractAnnotations(run, loaded, perCheck = 3) {
    const out = [];
    for (const c of run.checks) {
        if (c.status === 'pass')
            continue;
        const level = c.status === 'fail' ? 'failure' : 'warning';
        const title = `${where(c)} ${c.check}`;
        out.push({ path: loaded.path, line: loaded.lineOf(c.rulePath) ?? 1, level, title, message: checkLine(c) });
        for (const e of c.examples.slice(0, perCheck)) {
            if (e.line === null)
                continue;
            const what = c.check === 'presence' ? `${e.file} has no column ${(0,excerpt/* excerpt */.K)(c.column ?? '')}` : `${e.value === '' ? 'empty value' : (0,excerpt/* excerpt */.K)(e.value)} breaks "${c.expected}"`;
            out.push({ path: e.file, line: e.line, level, title, message: `${title}: ${what} (contract ${loaded.path} line ${loaded.lineOf(c.rulePath) ?? 1})` });
        }
    }
    return out;
}
function xml(s) {
    return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
/** JUnit XML: one test suite per table, one test case per check; failing checks fail, warnings are skipped with a message. */
function renderJUnit(report) {
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="mlci validate-data" tests="${report.checks.length}" failures="${report.counts.fail}" skipped="${report.counts.warn}">`];
    for (const t of report.tables) {
        const cs = report.checks.filter((c) => c.table === t.name);
        out.push(`  <testsuite name="${xml(t.name)}" tests="${cs.length}" failures="${cs.filter((c) => c.status === 'fail').length}" skipped="${cs.filter((c) => c.status === 'warn').length}">`);
        for (const c of cs) {
            const name = xml(`${where(c)} ${c.check}: ${c.expected}`);
            if (c.status === 'pass')
                out.push(`    <testcase classname="${xml(t.name)}" name="${name}"/>`);
            else if (c.status === 'warn')
                out.push(`    <testcase classname="${xml(t.name)}" name="${name}"><skipped message="${xml(checkLine(c))}"/></testcase>`);
            else
                out.push(`    <testcase classname="${xml(t.name)}" name="${name}"><failure message="${xml(checkLine(c))}"/></testcase>`);
        }
        out.push('  </testsuite>');
    }
    out.push('</testsuites>', '');
    return out.join('\n');
}

// EXTERNAL MODULE: ../core/src/io/number.ts
var number = __webpack_require__(71054);
// EXTERNAL MODULE: ../core/src/io/read.ts + 3 modules
var read = __webpack_require__(8752);
;// CONCATENATED MODULE: ../core/src/contract/init.ts








/**
 * `mlci contract init`: profile data files in one streaming pass (the io readers, every column read as text so the
 * profile sees the values as written) and write a starting contract that passes on the data it came from. The rules
 * that turn a profile into checks are fixed and stated in the contract's header (INIT_RULES) and in the docs:
 *
 *   rows     0.5× to 2× the observed row count (rounded outward)
 *   min/max  integer and number columns: the observed range widened by 10% of its width on each side (10% of the
 *            value, or 1, when every value is the same); a bound never crosses 0 (a column with no negative value gets
 *            min ≥ 0, one with no positive value max ≤ 0); integer columns keep the whole numbers of that range,
 *            number columns round outward to the leading digit of the widening
 *   nulls    the observed null share rounded up to two significant digits (0 when there are no nulls)
 *   in       columns of at most 20 distinct values, some repeated (not timestamps), new values warn
 *   unique   integer and text columns whose non-empty values are all distinct (not numbers, booleans or timestamps)
 *   type     the narrowest of integer, number, boolean, timestamp, string that every non-empty value has, judged
 *            exactly as `validate` judges it
 *
 * The same data gives the same bytes: columns in file order, value lists sorted, no time or host in the text.
 */
const INIT_MAX_VALUES = 20;
/** Widening of an observed range on each side, as a share of its width. */
const INIT_WIDEN = 0.1;
const INIT_RULES = [
    'rows:    0.5x to 2x the observed row count',
    'min/max: the observed range widened by 10% of its width on each side (10% of the value, or 1, when all',
    '         values are equal), rounded outward; never below 0 for a column with no negative value, never',
    '         above 0 for one with no positive value; integer columns keep the whole numbers in that range',
    'nulls:   the observed null share rounded up to 2 significant digits (0: no nulls allowed)',
    `in:      columns with at most ${INIT_MAX_VALUES} distinct values, some repeated (not timestamps); new values warn`,
    'unique:  integer and text columns whose non-empty values are all distinct',
    'timestamps get no bounds (data moves forward); add a freshness rule (e.g. freshness: 48h) for a live feed',
];
/** Every column as text: a Proxy answering 'string' for any name (the readers look types up by column name). */
const ALL_TEXT = new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? 'string' : undefined) });
class ColumnProfiler {
    name;
    maxValues;
    rows = 0;
    nulls = 0;
    values = 0;
    int = true;
    num = true;
    bool = true;
    ts = true;
    min = Infinity;
    max = -Infinity;
    tsMin = Infinity;
    tsMax = -Infinity;
    distinct = new Set();
    keys;
    unique = true;
    absentFrom = [];
    h = new Uint32Array(2);
    constructor(name, maxValues, limit) {
        this.name = name;
        this.maxValues = maxValues;
        this.keys = new keys/* KeySet */.wj(limit, () => name);
    }
    /** Rows of a file (or batch) that lack the column: nulls. */
    absent(n) {
        this.rows += n;
        this.nulls += n;
    }
    batch(col) {
        const n = col.codes.length;
        this.rows += n;
        const used = new Int32Array(col.dictionary.length);
        for (let i = 0; i < n; i++) {
            const c = col.codes[i];
            if (c < 0)
                this.nulls++;
            else
                used[c]++;
        }
        for (let k = 0; k < used.length; k++) {
            if (used[k] === 0)
                continue;
            const s = col.dictionary[k];
            this.values += used[k];
            // The same tests as column.ts applies to text, so the inferred type is the one validate accepts.
            const v = (0,number/* parseNumberText */.ke)(s, true);
            const isNum = v !== undefined && v === v;
            if (isNum) {
                if (!Number.isInteger(v))
                    this.int = false;
                if (v < this.min)
                    this.min = v;
                if (v > this.max)
                    this.max = v;
            }
            else {
                this.int = false;
                this.num = false;
            }
            if (this.bool && (0,column/* booleanText */.m6)(s) === undefined)
                this.bool = false;
            if (this.ts) {
                const t = (0,column/* parseTimestamp */.EH)(s);
                if (t !== t)
                    this.ts = false;
                else {
                    if (t < this.tsMin)
                        this.tsMin = t;
                    if (t > this.tsMax)
                        this.tsMax = t;
                }
            }
            if (this.distinct !== null) {
                this.distinct.add(s);
                if (this.distinct.size > this.maxValues)
                    this.distinct = null;
            }
            if (this.unique) {
                if (used[k] > 1)
                    this.unique = false;
                else if (this.keys !== null) {
                    // Numbers hash by value, as validate hashes a non-text key: 7 and 7.0 are one key (never a missed duplicate).
                    if (isNum)
                        (0,keys/* hashNumber */.YR)(v, this.h);
                    else
                        (0,keys/* hashText */.qj)(s, this.h);
                    try {
                        if (!this.keys.add(this.h[0], this.h[1]))
                            this.unique = false;
                    }
                    catch {
                        // Past the key limit uniqueness is unknown: no unique rule rather than an unchecked one.
                        this.keys = null;
                        this.unique = false;
                    }
                }
            }
            if (!this.unique)
                this.keys = null;
        }
    }
    profile() {
        const type = this.values === 0 ? undefined : this.int ? 'integer' : this.num ? 'number' : this.bool ? 'boolean' : this.ts ? 'timestamp' : 'string';
        let values;
        if (this.distinct !== null && type !== undefined && type !== 'timestamp') {
            const raw = [...this.distinct];
            if (type === 'integer' || type === 'number')
                values = [...new Set(raw.map((s) => (0,number/* parseNumberText */.ke)(s, true)))].sort((a, b) => a - b);
            else if (type === 'boolean')
                values = [...new Set(raw.map((s) => (0,column/* booleanText */.m6)(s) === 'true'))].sort((a, b) => Number(a) - Number(b));
            else
                values = raw.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        }
        const isTs = type === 'timestamp';
        const hasRange = isTs ? this.tsMin <= this.tsMax : this.min <= this.max;
        return {
            name: this.name,
            type,
            rows: this.rows,
            nulls: this.nulls,
            min: hasRange ? (isTs ? this.tsMin : this.min) : NaN,
            max: hasRange ? (isTs ? this.tsMax : this.max) : NaN,
            values,
            unique: this.unique && this.values >= 2 && (type === 'integer' || type === 'string'),
            absentFrom: this.absentFrom,
        };
    }
}
/** Default table name: the first file's name without its extensions, as a plain YAML key. */
function tableName(file) {
    const stem = (0,external_node_path_.basename)(file).replace(/\.(csv|tsv|jsonl|ndjson|parquet|txt|gz)$/gi, '').replace(/\.(csv|tsv|jsonl|ndjson|parquet|txt)$/gi, '');
    const clean = stem.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^[^A-Za-z]+/, '');
    return clean || 'data';
}
/** Profile the files of one table in one streaming pass per file. */
async function profileTable(patterns, opts) {
    if (patterns.length === 0)
        throw new errors/* UserError */.y('Give at least one data file (CSV, TSV, JSONL or Parquet) to profile.');
    const files = expandFiles(patterns, opts.workspace, 'Data');
    const maxValues = opts.maxValues ?? INIT_MAX_VALUES;
    const limit = (0,keys/* maxUniqueKeys */._L)();
    const cols = new Map();
    let rows = 0;
    const shown = [];
    for (const file of files) {
        const abs = opts.roots ? (0,paths/* resolveInputFile */.FH)(file, { input: 'data', roots: opts.roots }) : (0,external_node_path_.resolve)(opts.workspace, file);
        shown.push(displayPath(opts.workspace, file));
        const seen = new Set();
        const before = rows;
        for await (const batch of (0,read/* streamTable */.t)(abs, { types: ALL_TEXT, label: 'Data' })) {
            for (const name of batch.columnNames) {
                if (seen.has(name))
                    continue;
                seen.add(name);
                let p = cols.get(name);
                if (p === undefined) {
                    p = new ColumnProfiler(name, maxValues, limit);
                    p.absent(before); // rows of earlier files, which lack it
                    p.absentFrom.push(...shown.slice(0, -1));
                    cols.set(name, p);
                }
                p.absent(rows - before); // JSONL: rows of this file before the key first appeared
            }
            for (const name of seen) {
                const col = batch.columns.get(name);
                if (col === undefined)
                    cols.get(name).absent(batch.rowCount);
                else if (col.kind === 'string')
                    cols.get(name).batch(col);
                else
                    throw new Error(`contract init: column ${name} was read as numbers`);
            }
            rows += batch.rowCount;
        }
        for (const [name, p] of cols) {
            if (seen.has(name))
                continue;
            p.absent(rows - before);
            p.absentFrom.push(shown[shown.length - 1]);
        }
    }
    const patternsShown = patterns.map((p) => (isGlob(p) ? p : displayPath(opts.workspace, p)));
    return { name: opts.table ?? tableName(files[0]), patterns: patternsShown, files: shown, rows, columns: [...cols.values()].map((c) => c.profile()) };
}
/** A YAML scalar: plain when it cannot be read as anything but this string, else double-quoted (JSON escapes). */
function yamlString(s) {
    const plain = /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(s) && !/^(y|yes|n|no|true|false|on|off|null)$/i.test(s);
    return plain ? s : JSON.stringify(s);
}
function yamlNumber(v) {
    return Object.is(v, -0) ? '0' : (0,column/* numberText */.$4)(v);
}
/** Share rounded up to two significant digits, never below the share. */
function ceilShare(share) {
    if (share <= 0)
        return 0;
    const step = 10 ** (Math.floor(Math.log10(share)) - 1);
    let v = Number((Math.ceil(share / step) * step).toPrecision(2));
    if (v < share)
        v = Number((v + step).toPrecision(2));
    return Math.min(v, 1);
}
/** The widened bounds of an observed range (see INIT_RULES). */
function widenRange(min, max, integer) {
    const width = max - min;
    const pad = width > 0 ? INIT_WIDEN * width : max !== 0 ? INIT_WIDEN * Math.abs(max) : 1;
    let lo = min - pad;
    let hi = max + pad;
    if (integer) {
        lo = Math.ceil(lo);
        hi = Math.floor(hi);
    }
    else {
        const exp = Math.floor(Math.log10(pad));
        if (exp >= -12 && exp <= 15) {
            const g = 10 ** exp;
            const digits = Math.max(0, -exp);
            // The epsilon keeps 1.1 / 0.1 = 11.000000000000002 from rounding to 1.2; the checks below keep the bounds outside.
            const l = Number((Math.floor(lo / g + 1e-9) * g).toFixed(digits));
            const h = Number((Math.ceil(hi / g - 1e-9) * g).toFixed(digits));
            if (l <= lo)
                lo = l;
            if (h >= hi)
                hi = h;
        }
    }
    // Near the ends of the double range the widening can overflow: keep the observed bound there.
    if (!Number.isFinite(lo))
        lo = min;
    if (!Number.isFinite(hi))
        hi = max;
    if (min >= 0 && lo < 0)
        lo = 0;
    if (max <= 0 && hi > 0)
        hi = 0;
    return { min: lo === 0 ? 0 : lo, max: hi === 0 ? 0 : hi };
}
function columnRules(c, tableRows) {
    const rules = [];
    if (c.type)
        rules.push(`type: ${c.type}`);
    if (tableRows > 0) {
        const share = c.nulls / tableRows;
        const bound = ceilShare(share);
        rules.push(bound >= 1 ? 'nulls: { max-share: 1 }' : `nulls: ${yamlNumber(bound)}`);
    }
    if ((c.type === 'integer' || c.type === 'number') && Number.isFinite(c.min) && Number.isFinite(c.max)) {
        const r = widenRange(c.min, c.max, c.type === 'integer');
        rules.push(`min: ${yamlNumber(r.min)}`, `max: ${yamlNumber(r.max)}`);
    }
    const repeated = c.values !== undefined && c.values.length < c.rows - c.nulls;
    if (c.values !== undefined && c.values.length > 0 && !c.unique && repeated) {
        const list = c.values.map((v) => (typeof v === 'string' ? yamlString(v) : typeof v === 'number' ? yamlNumber(v) : String(v)));
        rules.push(`in: [${list.join(', ')}]`, 'new-values: warn');
    }
    let comment;
    if (c.type === 'timestamp' && c.min === c.min) {
        comment = `observed ${new Date(c.min).toISOString()} to ${new Date(c.max).toISOString()}`;
    }
    else if (c.type === undefined)
        comment = 'no values: type unknown';
    return { rules, comment };
}
/** Text for a YAML comment: line breaks folded. */
function oneLine(s) {
    return s.replace(/[\r\n]+/g, ' ');
}
/** The contract text for a profile: a header stating the rules, then `version: 1` and the table. */
function renderInitContract(p) {
    const kept = p.columns.filter((c) => c.absentFrom.length === 0);
    const left = p.columns.filter((c) => c.absentFrom.length > 0);
    const out = [
        `# Data contract written by \`mlci contract init\` from ${p.files.length === 1 ? oneLine(p.files[0]) : `${p.files.length} files`} (${p.rows} rows).`,
        '# A starting point that passes on the data it was profiled from: tighten what the data must hold, loosen what',
        '# may change, then check data with `mlci validate --contract <this file>` or the validate-data action. Rules:',
        ...INIT_RULES.map((r) => `#   ${r}`),
        // A column some file lacks would fail its presence check on that file: it is left out, and said so.
        ...left.map((c) => `# Left out: column ${oneLine(yamlString(c.name))}, absent from ${c.absentFrom.slice(0, 3).map(oneLine).join(', ')}${c.absentFrom.length > 3 ? ', …' : ''}.`),
        'version: 1',
        'tables:',
        `  ${yamlString(p.name)}:`,
        `    files: ${p.patterns.length === 1 ? yamlString(p.patterns[0]) : `[${p.patterns.map(yamlString).join(', ')}]`}`,
    ];
    if (p.rows > 0)
        out.push(`    rows: { min: ${Math.floor(p.rows / 2)}, max: ${p.rows * 2} }`);
    const unique = kept.filter((c) => c.unique).map((c) => yamlString(c.name));
    if (unique.length > 0)
        out.push(`    unique: [${unique.join(', ')}]`);
    if (kept.length > 0) {
        out.push('    columns:');
        for (const c of kept) {
            const { rules, comment } = columnRules(c, p.rows);
            out.push(`      ${yamlString(c.name)}: ${rules.length ? `{ ${rules.join(', ')} }` : '{}'}${comment ? `   # ${comment}` : ''}`);
        }
    }
    return out.join('\n') + '\n';
}
/** Profile the files and render the starting contract. */
async function initContract(patterns, opts) {
    const profile = await profileTable(patterns, opts);
    return { text: renderInitContract(profile), profile };
}

;// CONCATENATED MODULE: ../core/src/contract/index.ts
/**
 * contract: data contracts, the data half of an ML test suite (issue #14). A YAML contract (schema.ts) says what each
 * table's files must hold; the engine (validate.ts, column.ts, keys.ts) checks it in one streaming pass per file; the
 * report (report.ts) is JSON `mlci.contract.report/v1`, markdown, annotations and JUnit.
 */











/** Load the contract, check the data, write the JSON report (and JUnit) when asked, and render the outputs. */
async function runContract(opts) {
    // Paths are relative to the workspace (the CLI's working directory may differ from the process's).
    const loaded = loadContract((0,external_node_path_.resolve)(opts.workspace, opts.contract), opts.contract);
    const run = await validateData(loaded, opts);
    const report = buildContractReport(run, loaded);
    for (const [path, body] of [[opts.reportPath, () => serializeContractReport(report)], [opts.junitPath, () => renderJUnit(report)]]) {
        if (!path)
            continue;
        const abs = (0,external_node_path_.resolve)(opts.workspace, path);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
        (0,external_node_fs_.writeFileSync)(abs, body());
    }
    return {
        report,
        summary: contractSummaryLine(report),
        markdown: renderContractMarkdown(report, { title: opts.title, reportPath: opts.reportPath }),
        annotations: contractAnnotations(run, loaded),
    };
}


/***/ })

};
