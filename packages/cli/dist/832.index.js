export const id = 832;
export const ids = [832];
export const modules = {

/***/ 78696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YZ: () => (/* binding */ driftChart),
/* harmony export */   c0: () => (/* binding */ driftScore)
/* harmony export */ });
/* unused harmony exports MAX_DRIFT_CHART_COLUMNS, MAX_DRIFT_SCORE */
/* harmony import */ var _train_chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77727);

const MAX_DRIFT_CHART_COLUMNS = 15;
/** Scores are drawn up to this many thresholds; a larger score is capped (the table keeps its value). */
const MAX_DRIFT_SCORE = 10;
const P_TESTS = new Set(['ks', 'chi-square', 'z']);
/** A column's score on the threshold scale (1 = at the threshold; above 1 = past it). */
function driftScore(c) {
    if (P_TESTS.has(c.test)) {
        const p = Math.max(c.value, 1e-300);
        return p >= 1 ? 0 : Math.log10(p) / Math.log10(c.threshold);
    }
    return c.threshold > 0 ? c.value / c.threshold : 0;
}
function category(s) {
    const t = s.replace(/["`\r\n[\],]/g, ' ').replace(/\s+/g, ' ').trim();
    return `"${t.length > 30 ? t.slice(0, 29) + '…' : t}"`;
}
/** The mermaid block for one table's drifted columns (highest score first); '' when none drifted. */
function driftChart(table, columns) {
    const drifted = columns
        .map((c, i) => ({ c, i, score: driftScore(c) }))
        .filter((r) => r.c.drifted)
        .sort((a, b) => b.score - a.score || a.i - b.i);
    if (drifted.length === 0)
        return '';
    const shown = drifted.slice(0, MAX_DRIFT_CHART_COLUMNS);
    const capped = shown.some((r) => r.score > MAX_DRIFT_SCORE);
    const top = Math.min(MAX_DRIFT_SCORE, Math.max(...shown.map((r) => r.score), 1)) * 1.1;
    const title = `${table.replace(/["`\r\n]/g, ' ').slice(0, 40)}: drifted columns, score ÷ threshold${drifted.length > shown.length ? ` (top ${shown.length} of ${drifted.length})` : ''}`;
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis [${shown.map((r) => category(r.c.column)).join(', ')}]`,
        `    y-axis "score ÷ threshold${capped ? ` (capped at ${MAX_DRIFT_SCORE})` : ''}" 0 --> ${(0,_train_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChartNumber */ .X0)(top)}`,
        `    bar [${shown.map((r) => (0,_train_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChartNumber */ .X0)(Math.min(MAX_DRIFT_SCORE, r.score))).join(', ')}]`,
        `    line [${shown.map(() => '1').join(', ')}]`,
        '```',
        '',
        '<sub>Bars: each drifted column\'s statistic on its threshold\'s scale (distance ÷ threshold; for p-value tests log p ÷ log threshold); the line at 1 is the threshold. Values in the table below.</sub>',
        '',
    ].join('\n');
}


/***/ }),

/***/ 47832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _inputs_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31981);
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78696);
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86660);
/* harmony import */ var _reasons_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76945);




const MAX_LISTED = 20;
/** Markdown job summary: the decision and why, what changed, and a drift table per compared table. */
function renderSummary(r, opts = {}) {
    const out = [];
    const verdict = r.shouldTrain ? '✅ training will run' : '⏭️ training will not run';
    out.push(`### detect-data-change: ${verdict}`, '');
    if (r.reasons.length === 0) {
        out.push('Nothing relevant changed since the baseline' + (opts.baselineSource ? ` (${opts.baselineSource})` : '') + '.', '');
    }
    else {
        const counted = r.shouldTrain ? 'Because' : 'Found, but not counted by `train-on`';
        out.push(`${counted}: ${r.reasons.map((x) => `**${x}** (${_reasons_js__WEBPACK_IMPORTED_MODULE_3__/* .REASON_TEXT */ .$[x]})`).join('; ')}.`, '');
    }
    out.push('| | |', '|---|---|');
    const fpWas = r.previousFingerprint && r.previousFingerprint !== r.fingerprint ? ` (was \`${r.previousFingerprint.slice(0, 12)}\`)` : '';
    out.push(`| Data fingerprint | \`${r.fingerprint.slice(0, 12)}\`${fpWas} |`);
    const s = r.stats;
    const firstRun = r.previousFingerprint === undefined;
    out.push(`| Data files | ${(0,_detect_js__WEBPACK_IMPORTED_MODULE_2__.fmtInt)(s.files)} — ${firstRun ? 'first fingerprint' : changeCounts(r.data)}; ${(0,_detect_js__WEBPACK_IMPORTED_MODULE_2__.fmtInt)(s.hashed)} hashed (${fmtBytes(s.bytesHashed)}), ${(0,_detect_js__WEBPACK_IMPORTED_MODULE_2__.fmtInt)(s.reused)} unchanged by stat cache |`);
    if (r.pointers.added.length + r.pointers.removed.length + r.pointers.modified.length > 0 || r.record.pointers.length > 0) {
        out.push(`| Pointers (DVC, LFS) | ${r.record.pointers.length} — ${firstRun ? 'first record' : changeCounts(r.pointers)} |`);
    }
    if (opts.baselineSource)
        out.push(`| Baseline | ${escapeCell(opts.baselineSource)} |`);
    out.push(`| Code | ${r.code.files.length ? `${r.code.files.length} file(s) changed` : 'no change'} (${escapeCell(r.code.source)}) |`);
    out.push(`| Params | ${r.params.length ? `${r.params.length} key(s) changed` : 'no change'} |`);
    if (r.ageMs !== undefined) {
        const limit = r.maxAgeMs !== undefined ? ` (max-age ${(0,_inputs_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(r.maxAgeMs)})` : '';
        out.push(`| Model age | ${(0,_inputs_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(r.ageMs)}${limit} |`);
    }
    out.push('');
    const lists = [];
    listFiles(lists, 'Data', r.data);
    listFiles(lists, 'Pointers', r.pointers);
    if (r.code.files.length)
        lists.push(`- Code: ${capped(r.code.files).map(code).join(', ')}`);
    if (r.params.length) {
        lists.push(`- Params: ${capped(r.params.map((p) => (p.change === 'changed' ? `${code(`${p.file}: ${p.key}`)} ${p.from} → ${p.to}` : `${code(`${p.file}: ${p.key}`)} ${p.change}`))).join('; ')}`);
    }
    if (lists.length)
        out.push('<details><summary>What changed</summary>', '', ...lists, '', '</details>', '');
    for (const w of r.warnings)
        out.push(`> [!WARNING]\n> ${w.message}`, '');
    for (const t of r.tables)
        out.push(...renderTable(t), '');
    if (r.newTables.length)
        out.push(`New tables (profiled, nothing to compare yet): ${r.newTables.map(code).join(', ')}`, '');
    return out.join('\n');
}
function renderTable(t) {
    const out = [];
    const dr = t.rows.reference ? (t.rows.current - t.rows.reference) / t.rows.reference : 0;
    const rows = `${(0,_detect_js__WEBPACK_IMPORTED_MODULE_2__.fmtInt)(t.rows.reference)} → ${(0,_detect_js__WEBPACK_IMPORTED_MODULE_2__.fmtInt)(t.rows.current)} rows (${dr >= 0 ? '+' : ''}${(dr * 100).toFixed(1)}%)`;
    const flag = t.drift ? ' — **drift**' : '';
    out.push(`#### ${code(t.table)}: ${rows}${flag}`, '');
    const sch = [];
    for (const a of t.schema.added)
        sch.push(`added ${code(a.column)} (${a.type})`);
    for (const a of t.schema.removed)
        sch.push(`removed ${code(a.column)} (${a.type})`);
    for (const a of t.schema.retyped)
        sch.push(`${code(a.column)} ${a.from} → ${a.to}`);
    if (sch.length)
        out.push(`Schema: ${sch.join(', ')}`, '');
    if (t.columns.length) {
        const drifted = t.columns.filter((c) => c.drifted).length;
        out.push(`Drifted columns: ${drifted} of ${t.columns.length} (${(t.driftedShare * 100).toFixed(0)}%)` +
            (t.criticalDrifted.length ? `; critical: ${t.criticalDrifted.map(code).join(', ')}` : ''), '');
        const chart = (0,_chart_js__WEBPACK_IMPORTED_MODULE_1__/* .driftChart */ .YZ)(t.table, t.columns);
        if (chart)
            out.push(chart);
        out.push('| Column | Test | Value | Threshold | PSI | Reference → current | Drift |', '|---|---|---:|---:|---:|---|:---:|');
        for (const c of t.columns)
            out.push(columnRow(c));
    }
    if (t.skipped.length)
        out.push('', `Not tested: ${t.skipped.map(code).join(', ')}`);
    return out;
}
function columnRow(c) {
    const value = c.test === 'ks' || c.test === 'chi-square' || c.test === 'z' ? `p = ${fmtP(c.value)}` : fmtNum(c.value);
    const cmp = c.test === 'ks' ? '≤' : c.test === 'chi-square' || c.test === 'z' ? '<' : '≥';
    let moved = '';
    if (c.kind === 'numeric' && c.referenceMean !== undefined && c.currentMean !== undefined) {
        moved = `mean ${fmtNum(c.referenceMean)} → ${fmtNum(c.currentMean)}`;
    }
    else if (c.topShift) {
        moved = `${escapeCell(c.topShift.category)}: ${(c.topShift.reference * 100).toFixed(1)}% → ${(c.topShift.current * 100).toFixed(1)}%`;
    }
    const stat = c.statistic !== undefined
        ? ` (${c.test === 'ks' ? 'D' : c.test === 'z' ? 'z' : 'χ²'} = ${fmtNum(c.statistic)})`
        : c.pValue !== undefined
            ? ` (null p = ${fmtP(c.pValue)})`
            : '';
    const threshold = c.pValue !== undefined ? `${cmp} ${c.threshold}, p < 0.05` : `${cmp} ${c.threshold}`;
    return `| ${code(c.column)} | ${c.test} | ${value}${stat} | ${threshold} | ${fmtNum(c.psi)} | ${moved} | ${c.drifted ? '🔴' : '🟢'} |`;
}
function listFiles(out, label, c) {
    for (const [k, v] of [['added', c.added], ['removed', c.removed], ['modified', c.modified]]) {
        if (v.length)
            out.push(`- ${label} ${k}: ${capped(v).map(code).join(', ')}`);
    }
}
function capped(v) {
    return v.length > MAX_LISTED ? [...v.slice(0, MAX_LISTED), `… and ${v.length - MAX_LISTED} more`] : v;
}
function changeCounts(c) {
    const n = c.added.length + c.removed.length + c.modified.length;
    if (n === 0)
        return 'no change';
    return `${c.modified.length} modified, ${c.added.length} added, ${c.removed.length} removed`;
}
function code(s) {
    return s.startsWith('… and') ? s : '`' + s.replace(/`/g, "'").replace(/\|/g, '\\|') + '`';
}
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function fmtNum(x) {
    if (!Number.isFinite(x))
        return String(x);
    const a = Math.abs(x);
    if (a !== 0 && (a < 1e-3 || a >= 1e6))
        return x.toExponential(2);
    return String(Number(x.toPrecision(4)));
}
function fmtP(p) {
    if (p === 0)
        return '< 1e-16';
    return p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
}
function fmtBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let i = 0;
    let v = n;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}


/***/ })

};
