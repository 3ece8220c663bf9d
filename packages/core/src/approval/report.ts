import { readTextFile } from '../fs/text.js';
import { basename, extname } from 'node:path';
import { UserError, isUserError } from '../errors.js';
import { renderMarkdown, REPORT_SCHEMA, type GateReport } from '../gate/report.js';

/**
 * Read the gate report named by the `report` input for the approval request. Markdown is shown as is; evaluate-gate's
 * JSON report (mlci.gate.report/v1) is rendered as the gate renders it; other JSON as a pretty-printed fenced block;
 * anything else fenced as text.
 */
export function loadReport(path: string): { name: string; markdown: string } {
  let text: string;
  try {
    text = readTextFile(path, `Input 'report' names '${path}', which`);
  } catch (e) {
    if (isUserError(e)) throw e;
    throw new UserError(`Input 'report' names '${path}', which is not a readable file: give the path of the gate report (markdown or JSON) written by an earlier step.`);
  }
  const ext = extname(path).toLowerCase();
  const name = basename(path);
  if (ext === '.md' || ext === '.markdown') return { name, markdown: text.trimEnd() };
  if (ext === '.json') {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && (parsed as { schema?: unknown }).schema === REPORT_SCHEMA) {
        const gate = renderGate(parsed as GateReport, name);
        if (gate !== undefined) return { name, markdown: gate };
      }
      if (parsed && typeof parsed === 'object' && typeof (parsed as { markdown?: unknown }).markdown === 'string') {
        return { name, markdown: ((parsed as { markdown: string }).markdown).trimEnd() };
      }
      return { name, markdown: fence(JSON.stringify(parsed, null, 2), 'json') };
    } catch {
      throw new UserError(`The report '${path}' is not valid JSON: pass the gate's JSON report or its markdown report.`, { file: path });
    }
  }
  return { name, markdown: fence(text.trimEnd(), '') };
}

function renderGate(report: GateReport, name: string): string | undefined {
  try {
    return renderMarkdown(report, { reportPath: name }).trimEnd();
  } catch {
    return undefined; // a report from another mlci version: show the JSON instead
  }
}

function fence(text: string, lang: string): string {
  // A fence longer than any backtick run inside keeps the block closed (CommonMark 4.5).
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${text}\n${f}`;
}
