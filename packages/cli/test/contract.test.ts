import { describe, test, expect } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../test/harness/run-action.js';
import { main } from '../src/cli.js';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-cli-contract-'));
  mkdirSync(join(dir, 'data'), { recursive: true });
  copyFileSync(join(REPO_ROOT, 'examples', 'fraud', 'transactions.csv'), join(dir, 'data', 'transactions.csv'));
  return dir;
}

async function cli(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd });
  return { code, out, err };
}

describe('mlci contract init', () => {
  test('writes a contract that mlci validate passes, refuses to overwrite it, prints the same bytes with --out -', async () => {
    const cwd = workspace();
    const w = await cli(['contract', 'init', 'data/transactions.csv', '--out', 'contracts/tx.yml'], cwd);
    expect([w.code, w.err]).toEqual([0, '']);
    expect(w.out).toBe('wrote contracts/tx.yml: table transactions, 6 columns, 240 rows from 1 file\nreview it, then: mlci validate --contract contracts/tx.yml\n');
    const text = readFileSync(join(cwd, 'contracts', 'tx.yml'), 'utf8');
    expect(text).toContain('    files: data/transactions.csv\n');
    const v = await cli(['validate', '--contract', 'contracts/tx.yml', '--json'], cwd);
    expect([v.code, JSON.parse(v.out).passed, JSON.parse(v.out).counts]).toEqual([0, true, { pass: 20, fail: 0, warn: 0 }]);
    const again = await cli(['contract', 'init', 'data/transactions.csv', '--out', 'contracts/tx.yml'], cwd);
    expect([again.code, again.err]).toEqual([2, 'mlci contract: error: contracts/tx.yml exists; pass --force to overwrite it, or --out another file\n']);
    const forced = await cli(['contract', 'init', 'data/transactions.csv', '--out', 'contracts/tx.yml', '--force', '--table', 'tx'], cwd);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, 'contracts', 'tx.yml'), 'utf8')).toBe(text.replace('\n  transactions:\n', '\n  tx:\n'));
    const stdout = await cli(['contract', 'init', 'data/transactions.csv', '--out', '-'], cwd);
    expect([stdout.code, stdout.out]).toEqual([0, text]);
  });

  test('bad usage and bad input: one line, exit 2', async () => {
    const cwd = workspace();
    const cases: Array<[string[], RegExp]> = [
      [['contract', 'init'], /needs the data files to profile/],
      [['contract', 'make', 'x.csv'], /unknown subcommand 'make': expected init/],
      [['contract', 'init', 'x.csv', '--outt', 'a.yml'], /unknown flag --outt/],
      [['contract', 'init', 'data/missing.csv'], /data\/missing\.csv/],
    ];
    for (const [argv, re] of cases) {
      const r = await cli(argv, cwd);
      expect([argv.join(' '), r.code, r.err.split('\n').length]).toEqual([argv.join(' '), 2, 2]);
      expect(r.err).toMatch(re);
    }
    const help = await cli(['contract', '--help'], cwd);
    expect([help.code, help.out]).toEqual([0, expect.stringContaining('Usage: mlci contract init <files...>')]);
    const top = await cli(['--help'], cwd);
    expect(top.out).toContain('  contract  init <files...>: profile data');
  });
});
