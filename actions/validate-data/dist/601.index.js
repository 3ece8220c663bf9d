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

/** Input names are a contract (issue #14); action.yml must declare the same names and defaults (checked by a test). */
const inputs = {
    contract: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, required: true, description: 'Path to the data contract YAML (tables, files, row counts, unique keys, per-column checks).' },
    data: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .linesInput */ .WO, default: '', description: "Files or globs that replace the contract's `files`, one a line; with several tables write `table=glob`. Empty: the contract's files." },
    'fail-on': { schema: (0,_mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .enumInput */ .gX)(['error', 'warn', 'never']), default: 'error', description: 'Fail the step on failing checks (error), on warnings too (warn), or never (report only).' },
    'report-path': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, default: 'mlci-contract-report.json', description: 'Where the JSON report (schema mlci.contract.report/v1) is written.' },
    'junit-path': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, default: '', description: 'Where to write a JUnit XML report (one test case per check). Empty: none.' },
    comment: { schema: (0,_mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .enumInput */ .gX)(['auto', 'true', 'false']), default: 'auto', description: 'Post (upsert) the report as a PR comment: auto = on pull_request events.' },
    check: { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .booleanInput */ .tE, default: 'true', description: 'Publish a check run with annotations on the data lines and contract rules that failed.' },
    'github-token': { schema: _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj, default: '${{ github.token }}', description: 'Token for the PR comment and the check run (pull-requests: write, checks: write).' },
};


/***/ })

};
