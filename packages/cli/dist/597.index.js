export const id = 597;
export const ids = [597,978];
export const modules = {

/***/ 80978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_DRIFT_POLICY: () => (/* binding */ DEFAULT_DRIFT_POLICY),
/* harmony export */   DEFAULT_THRESHOLDS: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   DRIFT_TESTS: () => (/* binding */ DRIFT_TESTS),
/* harmony export */   P_VALUE_TESTS: () => (/* binding */ P_VALUE_TESTS),
/* harmony export */   columnRuleFor: () => (/* binding */ columnRuleFor),
/* harmony export */   driftPolicySchema: () => (/* binding */ driftPolicySchema),
/* harmony export */   loadDriftPolicy: () => (/* binding */ loadDriftPolicy),
/* harmony export */   parseDriftPolicy: () => (/* binding */ parseDriftPolicy)
/* harmony export */ });
/* harmony import */ var _fs_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39477);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90319);
/* harmony import */ var _inputs_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20565);




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


/***/ })

};
