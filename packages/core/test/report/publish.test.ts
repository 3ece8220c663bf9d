import { describe, test, expect } from '@jest/globals';
import { htmlReportPathFor, reportArtifactName, uploadReportArtifact } from '../../src/report/publish.js';
import type { Platform } from '../../src/platform.js';

function platform(upload?: (name: string, files: string[], root: string) => Promise<{ id?: number }>): { p: Platform; logs: string[]; calls: unknown[][] } {
  const logs: string[] = [];
  const calls: unknown[][] = [];
  const p = {
    info: (m: string) => logs.push(`info: ${m}`),
    debug: (m: string) => logs.push(`debug: ${m}`),
    artifacts: upload ? { upload: async (n: string, f: string[], r: string) => (calls.push([n, f, r]), upload(n, f, r)) } : undefined,
  } as unknown as Platform;
  return { p, logs, calls };
}

describe('html report path and artifact', () => {
  test('beside the JSON report unless given', () => {
    expect(htmlReportPathFor('', 'mlci-gate-report.json')).toBe('mlci-gate-report.html');
    expect(htmlReportPathFor(undefined, 'out/Report.JSON')).toBe('out/Report.html');
    expect(htmlReportPathFor('', 'out/report')).toBe('out/report.html');
    expect(htmlReportPathFor('', '')).toBe('mlci-gate-report.html');
    expect(htmlReportPathFor('x/gate.html', 'r.json')).toBe('x/gate.html');
    expect(() => htmlReportPathFor('./r.json', 'r.json')).toThrow(/'html-report' names the same file as 'report-path'/);
  });

  test('artifact names are a slug of the check name', () => {
    expect(reportArtifactName('ML gate')).toBe('ml-gate-report');
    expect(reportArtifactName('Gate: fraud/EU')).toBe('gate-fraud-eu-report');
    expect(reportArtifactName('!!!')).toBe('gate-report');
  });

  test('uploads the one file from its own folder', async () => {
    const { p, logs, calls } = platform(async () => ({ id: 7 }));
    expect(await uploadReportArtifact(p, 'ml-gate-report', '/ws/out/r.html')).toEqual({ uploaded: true, id: 7 });
    expect(calls).toEqual([['ml-gate-report', ['/ws/out/r.html'], '/ws/out']]);
    expect(logs).toEqual(["info: Uploaded r.html as artifact 'ml-gate-report'."]);
  });

  test('no store, or a refused upload, is one log line and never a failure', async () => {
    const none = platform();
    expect(await uploadReportArtifact(none.p, 'a', '/ws/r.html')).toEqual({ uploaded: false });
    expect(none.logs).toEqual(['debug: No artifact store here: /ws/r.html was not uploaded.']);
    const refused = platform(async () => {
      throw new Error('Conflict: an artifact with this name already exists on the workflow run\nstack');
    });
    expect(await uploadReportArtifact(refused.p, 'a', '/ws/r.html')).toEqual({ uploaded: false });
    expect(refused.logs).toEqual(["info: The HTML report was not uploaded as artifact 'a' (Conflict: an artifact with this name already exists on the workflow run); it is at /ws/r.html."]);
  });
});
