export const id = 356;
export const ids = [356];
export const modules = {

/***/ 71356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateJUnit: () => (/* binding */ gateJUnit)
/* harmony export */ });
/* unused harmony export xmlEscape */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90625);

/** Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE/U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text or attribute value made safe for XML: escaped, and characters XML cannot hold replaced by U+FFFD. */
function xmlEscape(s) {
    return s
        .replace(NOT_XML, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;')
        .replace(/\t/g, '&#9;');
}
function value(x) {
    return x === null ? '–' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(x, 4);
}
function cases(report) {
    const task = report.task;
    const out = [];
    for (const c of report.checks) {
        const ci = c.ci ? ` CI [${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c.ci[0], 4)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c.ci[1], 4)}]` : '';
        out.push({
            classname: `mlci.gate.${c.slice}`,
            name: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(c.metric, task),
            status: c.status,
            reason: c.reason,
            detail: `slice ${c.slice}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(c.metric, task)}: candidate ${value(c.candidate)}, baseline ${value(c.baseline)}, Δ ${value(c.delta)}${ci}` +
                `${c.p_adjusted === null ? '' : `, p (adjusted) ${c.p_adjusted}`}, support ${c.support}`,
        });
    }
    for (const f of report.fairness) {
        out.push({
            classname: `mlci.gate.fairness.${f.across}`,
            name: `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(f.metric, task)} gap`,
            status: f.status,
            reason: f.reason,
            detail: `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(f.metric, task)} gap across ${f.across}: candidate ${value(f.candidate_gap)}, baseline ${value(f.baseline_gap)}`,
        });
    }
    return out;
}
/** The JUnit XML document of one gate report. `suite` names the test suite (default `mlci gate`). */
function gateJUnit(report, suite = 'mlci gate') {
    const all = cases(report);
    const failures = all.filter((c) => c.status === 'fail').length;
    const skipped = all.filter((c) => c.status === 'insufficient').length;
    const a = (s) => xmlEscape(s);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${a(suite)}" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
        `  <testsuite name="${a(suite)}" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ];
    for (const c of all) {
        const open = `    <testcase classname="${a(c.classname)}" name="${a(c.name)}" time="0"`;
        if (c.status === 'pass') {
            lines.push(`${open}/>`);
            continue;
        }
        lines.push(`${open}>`);
        if (c.status === 'fail')
            lines.push(`      <failure message="${a(c.reason)}" type="regression">${a(c.detail)}</failure>`);
        else if (c.status === 'insufficient')
            lines.push(`      <skipped message="${a(c.reason)}"/>`);
        else
            lines.push(`      <system-out>${a(`warning: ${c.reason}\n${c.detail}`)}</system-out>`);
        lines.push('    </testcase>');
    }
    lines.push('  </testsuite>', '</testsuites>', '');
    return lines.join('\n');
}


/***/ })

};
