import { basename, dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Platform } from '../platform.js';

/**
 * Where the gate's HTML report goes: the `html-report` input when set, else beside the JSON report with `.html`
 * in place of `.json` (`mlci-gate-report.json` → `mlci-gate-report.html`).
 */
export function htmlReportPathFor(htmlReport: string | undefined, reportPath: string): string {
  if (htmlReport) {
    if (reportPath && resolve(htmlReport) === resolve(reportPath)) {
      throw new UserError(`Input 'html-report' names the same file as 'report-path' (${htmlReport.slice(0, 80)}): give the HTML report its own path, or leave html-report empty to write it beside the JSON report.`);
    }
    return htmlReport;
  }
  const base = reportPath || 'mlci-gate-report.json';
  return /\.json$/i.test(base) ? base.replace(/\.json$/i, '.html') : `${base}.html`;
}

/** The artifact name for a check: a slug of the check name plus `-report` (`ML gate` → `ml-gate-report`). */
export function reportArtifactName(checkName: string): string {
  const key = checkName.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'gate';
  return `${key}-report`;
}

/**
 * Upload one report file as an artifact where the platform has an artifact store. Never fails the step: the file
 * stays on disk and its path is an output, so a missing store or a refused upload (outside a runner there is no
 * artifact service; two jobs of one run cannot share an artifact name) is one log line.
 */
export async function uploadReportArtifact(platform: Platform, name: string, file: string): Promise<{ uploaded: boolean; id?: number }> {
  if (!platform.artifacts) {
    platform.debug(`No artifact store here: ${file} was not uploaded.`);
    return { uploaded: false };
  }
  try {
    const r = await platform.artifacts.upload(name, [file], dirname(file));
    platform.info(`Uploaded ${basename(file)} as artifact '${name}'.`);
    return { uploaded: true, id: r.id };
  } catch (e) {
    platform.info(`The HTML report was not uploaded as artifact '${name}' (${(e as Error).message.split('\n')[0].slice(0, 200)}); it is at ${file}.`);
    return { uploaded: false };
  }
}
