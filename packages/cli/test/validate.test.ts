import { describe, test, expect } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, REPO_ROOT } from '../../../test/harness/run-action.js';
import { main } from '../src/cli.js';

/** `mlci validate` (the CLI's source, in process) against the committed validate-data bundle: same report bytes. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-cli-validate-'));
  mkdirSync(join(dir, 'examples', 'fraud'), { recursive: true });
  for (const f of ['contract.yml', 'transactions.csv', 'transactions-broken.csv']) copyFileSync(join(REPO_ROOT, 'examples', 'fraud', f), join(dir, 'examples', 'fraud', f));
  return dir;
}

describe('mlci validate', () => {
  test('the broken fraud data: exit 1, one line per broken rule, the same report bytes as the action', async () => {
    process.env.MLCI_NOW = '2026-12-01T12:00:00Z';
    try {
      const cwd = workspace();
      let out = '';
      let err = '';
      const code = await main(
        ['validate', '--contract', 'examples/fraud/contract.yml', '--data', 'examples/fraud/transactions-broken.csv', '--report-path', 'cli-report.json'],
        { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd },
      );
      expect([code, err.includes('unexpected')]).toEqual([1, false]);
      const lines = out.split('\n').filter((l) => l.startsWith('FAIL  '));
      expect(lines.map((l) => l.split(':')[0])).toEqual([
        'FAIL  transactions rows', 'FAIL  transactions.transaction_id unique', 'FAIL  transactions.timestamp freshness', 'FAIL  transactions.amount min', 'FAIL  transactions.label in',
      ]);
      const r = await runAction({
        action: 'validate-data', cwd, env: { MLCI_NOW: process.env.MLCI_NOW },
        inputs: { contract: 'examples/fraud/contract.yml', data: 'examples/fraud/transactions-broken.csv', 'report-path': 'action-report.json', comment: 'false', check: 'false' },
      });
      expect(r.exitCode).toBe(1);
      expect(readFileSync(join(cwd, 'cli-report.json'), 'utf8')).toBe(readFileSync(join(cwd, 'action-report.json'), 'utf8'));
      const ok = await main(['validate', '--contract', 'examples/fraud/contract.yml', '--json'], { stdout: (s) => (out = s), stderr: () => {}, cwd });
      expect([ok, JSON.parse(out).passed]).toEqual([0, true]);
    } finally {
      delete process.env.MLCI_NOW;
    }
  });
});
