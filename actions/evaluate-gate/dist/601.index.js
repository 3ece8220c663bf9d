export const id = 601;
export const ids = [601];
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


/***/ })

};
