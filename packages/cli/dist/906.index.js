export const id = 906;
export const ids = [906];
export const modules = {

/***/ 1906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareTables: () => (/* binding */ compareTables)
/* harmony export */ });
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35966);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80978);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39142);



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
        const fr = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .columnFamily */ .fK)(r.type);
        const fc = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .columnFamily */ .fK)(c.type);
        if (fr !== fc && fr !== 'empty' && fc !== 'empty') {
            schema.retyped.push({ column: c.name, from: r.type, to: c.type });
            continue;
        }
        const rule = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__.columnRuleFor)(policy, c.name);
        if (rule.ignore) {
            skipped.push(c.name);
            continue;
        }
        const d = (0,_column_js__WEBPACK_IMPORTED_MODULE_0__.compareColumn)(c.name, r.summary, c.summary, rule, policy['small-reference'], policyFile);
        if (d)
            columns.push(d);
        else
            skipped.push(c.name);
    }
    const drifted = columns.filter((c) => c.drifted);
    const driftedShare = columns.length ? drifted.length / columns.length : 0;
    const criticalDrifted = drifted.filter((c) => (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__.columnRuleFor)(policy, c.column).critical).map((c) => c.column);
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


/***/ })

};
