export const id = 601;
export const ids = [601];
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


/***/ })

};
