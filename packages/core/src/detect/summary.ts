import { formatDuration } from '../inputs/units.js';
import type { ColumnDrift } from '../drift/column.js';
import type { TableComparison } from '../drift/table.js';
import { driftChart } from './chart.js';
import { fmtInt, type DetectResult, type FileChanges } from './detect.js';
import { REASON_TEXT } from './reasons.js';

const MAX_LISTED = 20;

/** Markdown job summary: the decision and why, what changed, and a drift table per compared table. */
export function renderSummary(r: DetectResult, opts: { baselineSource?: string } = {}): string {
  const out: string[] = [];
  const verdict = r.shouldTrain ? '✅ training will run' : '⏭️ training will not run';
  out.push(`### detect-data-change: ${verdict}`, '');
  if (r.reasons.length === 0) {
    out.push('Nothing relevant changed since the baseline' + (opts.baselineSource ? ` (${opts.baselineSource})` : '') + '.', '');
  } else {
    const counted = r.shouldTrain ? 'Because' : 'Found, but not counted by `train-on`';
    out.push(`${counted}: ${r.reasons.map((x) => `**${x}** (${REASON_TEXT[x]})`).join('; ')}.`, '');
  }

  out.push('| | |', '|---|---|');
  const fpWas = r.previousFingerprint && r.previousFingerprint !== r.fingerprint ? ` (was \`${r.previousFingerprint.slice(0, 12)}\`)` : '';
  out.push(`| Data fingerprint | \`${r.fingerprint.slice(0, 12)}\`${fpWas} |`);
  const s = r.stats;
  const firstRun = r.previousFingerprint === undefined;
  out.push(
    `| Data files | ${fmtInt(s.files)} — ${firstRun ? 'first fingerprint' : changeCounts(r.data)}; ${fmtInt(s.hashed)} hashed (${fmtBytes(s.bytesHashed)}), ${fmtInt(s.reused)} unchanged by stat cache |`,
  );
  if (r.pointers.added.length + r.pointers.removed.length + r.pointers.modified.length > 0 || r.record.pointers.length > 0) {
    out.push(`| Pointers (DVC, LFS) | ${r.record.pointers.length} — ${firstRun ? 'first record' : changeCounts(r.pointers)} |`);
  }
  if (opts.baselineSource) out.push(`| Baseline | ${escapeCell(opts.baselineSource)} |`);
  out.push(`| Code | ${r.code.files.length ? `${r.code.files.length} file(s) changed` : 'no change'} (${escapeCell(r.code.source)}) |`);
  out.push(`| Params | ${r.params.length ? `${r.params.length} key(s) changed` : 'no change'} |`);
  if (r.ageMs !== undefined) {
    const limit = r.maxAgeMs !== undefined ? ` (max-age ${formatDuration(r.maxAgeMs)})` : '';
    out.push(`| Model age | ${formatDuration(r.ageMs)}${limit} |`);
  }
  out.push('');

  const lists: string[] = [];
  listFiles(lists, 'Data', r.data);
  listFiles(lists, 'Pointers', r.pointers);
  if (r.code.files.length) lists.push(`- Code: ${capped(r.code.files).map(code).join(', ')}`);
  if (r.params.length) {
    lists.push(
      `- Params: ${capped(r.params.map((p) => (p.change === 'changed' ? `${code(`${p.file}: ${p.key}`)} ${p.from} → ${p.to}` : `${code(`${p.file}: ${p.key}`)} ${p.change}`))).join('; ')}`,
    );
  }
  if (lists.length) out.push('<details><summary>What changed</summary>', '', ...lists, '', '</details>', '');

  for (const w of r.warnings) out.push(`> [!WARNING]\n> ${w.message}`, '');
  for (const t of r.tables) out.push(...renderTable(t), '');
  if (r.newTables.length) out.push(`New tables (profiled, nothing to compare yet): ${r.newTables.map(code).join(', ')}`, '');
  return out.join('\n');
}

function renderTable(t: TableComparison): string[] {
  const out: string[] = [];
  const dr = t.rows.reference ? (t.rows.current - t.rows.reference) / t.rows.reference : 0;
  const rows = `${fmtInt(t.rows.reference)} → ${fmtInt(t.rows.current)} rows (${dr >= 0 ? '+' : ''}${(dr * 100).toFixed(1)}%)`;
  const flag = t.drift ? ' — **drift**' : '';
  out.push(`#### ${code(t.table)}: ${rows}${flag}`, '');
  const sch: string[] = [];
  for (const a of t.schema.added) sch.push(`added ${code(a.column)} (${a.type})`);
  for (const a of t.schema.removed) sch.push(`removed ${code(a.column)} (${a.type})`);
  for (const a of t.schema.retyped) sch.push(`${code(a.column)} ${a.from} → ${a.to}`);
  if (sch.length) out.push(`Schema: ${sch.join(', ')}`, '');
  if (t.columns.length) {
    const drifted = t.columns.filter((c) => c.drifted).length;
    out.push(
      `Drifted columns: ${drifted} of ${t.columns.length} (${(t.driftedShare * 100).toFixed(0)}%)` +
        (t.criticalDrifted.length ? `; critical: ${t.criticalDrifted.map(code).join(', ')}` : ''),
      '',
    );
    const chart = driftChart(t.table, t.columns);
    if (chart) out.push(chart);
    out.push('| Column | Test | Value | Threshold | PSI | Reference → current | Drift |', '|---|---|---:|---:|---:|---|:---:|');
    for (const c of t.columns) out.push(columnRow(c));
  }
  if (t.skipped.length) out.push('', `Not tested: ${t.skipped.map(code).join(', ')}`);
  return out;
}

function columnRow(c: ColumnDrift): string {
  const value = c.test === 'ks' || c.test === 'chi-square' || c.test === 'z' ? `p = ${fmtP(c.value)}` : fmtNum(c.value);
  const cmp = c.test === 'ks' ? '≤' : c.test === 'chi-square' || c.test === 'z' ? '<' : '≥';
  let moved = '';
  if (c.kind === 'numeric' && c.referenceMean !== undefined && c.currentMean !== undefined) {
    moved = `mean ${fmtNum(c.referenceMean)} → ${fmtNum(c.currentMean)}`;
  } else if (c.topShift) {
    moved = `${escapeCell(c.topShift.category)}: ${(c.topShift.reference * 100).toFixed(1)}% → ${(c.topShift.current * 100).toFixed(1)}%`;
  }
  const stat =
    c.statistic !== undefined
      ? ` (${c.test === 'ks' ? 'D' : c.test === 'z' ? 'z' : 'χ²'} = ${fmtNum(c.statistic)})`
      : c.pValue !== undefined
        ? ` (null p = ${fmtP(c.pValue)})`
        : '';
  const threshold = c.pValue !== undefined ? `${cmp} ${c.threshold}, p < 0.05` : `${cmp} ${c.threshold}`;
  return `| ${code(c.column)} | ${c.test} | ${value}${stat} | ${threshold} | ${fmtNum(c.psi)} | ${moved} | ${c.drifted ? '🔴' : '🟢'} |`;
}

function listFiles(out: string[], label: string, c: FileChanges): void {
  for (const [k, v] of [['added', c.added], ['removed', c.removed], ['modified', c.modified]] as const) {
    if (v.length) out.push(`- ${label} ${k}: ${capped(v).map(code).join(', ')}`);
  }
}

function capped(v: string[]): string[] {
  return v.length > MAX_LISTED ? [...v.slice(0, MAX_LISTED), `… and ${v.length - MAX_LISTED} more`] : v;
}

function changeCounts(c: FileChanges): string {
  const n = c.added.length + c.removed.length + c.modified.length;
  if (n === 0) return 'no change';
  return `${c.modified.length} modified, ${c.added.length} added, ${c.removed.length} removed`;
}

function code(s: string): string {
  return s.startsWith('… and') ? s : '`' + s.replace(/`/g, "'").replace(/\|/g, '\\|') + '`';
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function fmtNum(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return x.toExponential(2);
  return String(Number(x.toPrecision(4)));
}

function fmtP(p: number): string {
  if (p === 0) return '< 1e-16';
  return p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
}

function fmtBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
