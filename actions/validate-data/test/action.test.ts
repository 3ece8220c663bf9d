import { describe, test, expect, afterEach } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, REPO_ROOT } from '../../../test/harness/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../../../test/harness/fake-github.js';
import { loadEvent } from '../../../test/harness/events.js';

/** Runner-faithful: the committed dist/index.js, INPUT_* variables, GITHUB_OUTPUT / STEP_SUMMARY / EVENT_PATH, and
 * an OpenAPI-checked fake GitHub. The fraud example's "now" is pinned with MLCI_NOW. */
const MARKER = '<!-- mlci:validate-data:data-contract -->';
const NOW = { MLCI_NOW: '2026-12-01T12:00:00Z' };
const CONTRACT = 'examples/fraud/contract.yml';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-validate-ws-'));
  mkdirSync(join(dir, 'examples', 'fraud'), { recursive: true });
  for (const f of ['contract.yml', 'transactions.csv', 'transactions-broken.csv']) copyFileSync(join(REPO_ROOT, 'examples', 'fraud', f), join(dir, 'examples', 'fraud', f));
  return dir;
}

let api: FakeGitHub | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('validate-data dist', () => {
  test('the fraud example passes its contract: outputs, summary, a success check, no annotations', async () => {
    api = await startFakeGitHub();
    const cwd = workspace();
    const r = await runAction({ action: 'validate-data', inputs: { contract: CONTRACT, 'junit-path': 'contract.xml' }, event: loadEvent('pull_request'), api, cwd, env: NOW });
    expect(r.errors).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(r.outputs['failed-checks']).toBe('0');
    expect(r.outputs.summary).toBe('Data contract passed: 18 checks.');
    expect(r.summary.startsWith('## ✅ Data contract passed')).toBe(true);
    expect(api.state.checkRuns.map((c: any) => c.conclusion)).toEqual(['success']);
    const junit = readFileSync(join(cwd, 'contract.xml'), 'utf8');
    expect(junit).toContain('tests="18" failures="0"');
    api.assertAllValid();
  });

  test('the broken copy fails with one line per broken rule, a comment upserted once, a check with annotations at data and contract lines', async () => {
    api = await startFakeGitHub();
    const cwd = workspace();
    const event = loadEvent('pull_request');
    const inputs = { contract: CONTRACT, data: 'examples/fraud/transactions-broken.csv', 'junit-path': 'contract.xml' };
    const r = await runAction({ action: 'validate-data', inputs, event, api, cwd, env: NOW });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs['failed-checks']).toBe('5');
    expect(r.outputs.report).toBe('mlci-contract-report.json');
    expect(r.outputs.summary).toBe(
      'Data contract failed: 5 of 18 checks failed (transactions rows, transactions.transaction_id unique, transactions.timestamp freshness, transactions.amount min, transactions.label in).',
    );
    expect(r.errors.at(-1)).toBe(r.outputs.summary);

    // One error annotation on the contract line of each broken rule, each one line naming what broke.
    const contractLines = readFileSync(join(cwd, CONTRACT), 'utf8').split('\n');
    const onContract = r.commands.filter((c) => c.command === 'error' && c.properties.file === CONTRACT);
    expect(onContract.map((c) => c.message.split(':')[0])).toEqual([
      'transactions rows', 'transactions.transaction_id unique', 'transactions.timestamp freshness', 'transactions.amount min', 'transactions.label in',
    ]);
    for (const c of onContract) expect(c.message).not.toContain('\n');
    const ruleLine = (title: string) => contractLines[Number(onContract.find((c) => c.properties.title === title)!.properties.line) - 1];
    expect(ruleLine('transactions rows')).toMatch(/^\s+rows: \{ min: 200 \}/);
    expect(ruleLine('transactions.transaction_id unique')).toMatch(/^\s+unique: \[transaction_id\]/);
    expect(ruleLine('transactions.amount min')).toMatch(/^\s+min: 0/);
    expect(ruleLine('transactions.label in')).toMatch(/^\s+in: \[0, 1\]/);
    expect(ruleLine('transactions.timestamp freshness')).toMatch(/^\s+timestamp: .*freshness: 48h/);

    // Annotations on the data file at the lines of the violating rows (a quoted line break earlier shifts them).
    const data = readFileSync(join(cwd, inputs.data), 'utf8').split('\n');
    const onData = r.commands.filter((c) => c.command === 'error' && c.properties.file === inputs.data);
    const at = (title: string) => onData.filter((c) => c.properties.title === title).map((c) => data[Number(c.properties.line) - 1]);
    expect(at('transactions.label in')).toEqual([expect.stringMatching(/,2$/)]);
    expect(at('transactions.amount min')).toEqual([expect.stringMatching(/,-12\.50,/), expect.stringMatching(/,-0\.01,/)]);
    const dupes = at('transactions.transaction_id unique');
    expect(dupes).toHaveLength(2);
    for (const line of dupes) expect(data.filter((l) => l.startsWith(line.split(',')[0] + ','))).toHaveLength(2);

    const report = JSON.parse(readFileSync(join(cwd, 'mlci-contract-report.json'), 'utf8'));
    expect(report.schema).toBe('mlci.contract.report/v1');
    expect(Object.keys(report.checks[0])).toEqual(['table', 'column', 'check', 'expected', 'observed', 'violations', 'severity', 'status', 'examples']);
    expect(readFileSync(join(cwd, 'contract.xml'), 'utf8')).toContain('failures="5"');

    const pr = event.payload.pull_request.number;
    const comments = api.state.comments.filter((c) => c.body.includes(MARKER));
    expect(comments).toHaveLength(1);
    expect((comments[0] as any).issue_number ?? pr).toBe(pr);
    expect(comments[0].body.indexOf('### Failing checks')).toBeLessThan(comments[0].body.indexOf('Passing checks'));

    expect(api.state.checkRuns).toHaveLength(1);
    const check = api.state.checkRuns[0] as any;
    expect(check.name).toBe('Data contract');
    expect(check.conclusion).toBe('failure');
    expect(check.head_sha).toBe(event.payload.pull_request.head.sha);
    const ann = (check.annotations ?? check.output?.annotations ?? []) as any[];
    expect(ann.filter((a) => a.path === CONTRACT)).toHaveLength(5);
    expect(ann.find((a) => a.path === inputs.data && a.title === 'transactions.label in').start_line).toBe(58);
    api.assertAllValid();

    // A second run updates the same comment in place and writes the same report bytes.
    const first = readFileSync(join(cwd, 'mlci-contract-report.json'), 'utf8');
    const again = await runAction({ action: 'validate-data', inputs, event, api, cwd, env: NOW });
    expect(again.exitCode).toBe(1);
    expect(api.state.comments.filter((c) => c.body.includes(MARKER))).toHaveLength(1);
    expect(readFileSync(join(cwd, 'mlci-contract-report.json'), 'utf8')).toBe(first);
    api.assertAllValid();
  });

  test('fail-on: never succeeds and outputs passed=false; the passing data fails once it is stale', async () => {
    const cwd = workspace();
    const never = await runAction({ action: 'validate-data', inputs: { contract: CONTRACT, data: 'examples/fraud/transactions-broken.csv', 'fail-on': 'never', comment: 'false', check: 'false' }, cwd, env: NOW });
    expect(never.exitCode).toBe(0);
    expect(never.outputs.passed).toBe('false');
    // Three days later the same data is stale: freshness (48 h) fails alone.
    const later = { MLCI_NOW: '2026-12-04T12:00:00Z' };
    const r = await runAction({ action: 'validate-data', inputs: { contract: CONTRACT, comment: 'false', check: 'false' }, cwd, env: later });
    expect([r.exitCode, r.outputs['failed-checks']]).toEqual([1, '1']);
  });

  test('a column the data lacks fails its presence check (exit 1, not a usage error), annotated at the header and the rule', async () => {
    const cwd = workspace();
    const { writeFileSync } = await import('node:fs');
    // The same rows with `amount` renamed: a feed that changed its schema. Line 12 of the contract is `amount:`.
    const data = readFileSync(join(cwd, 'examples/fraud/transactions.csv'), 'utf8').replace(/^transaction_id,timestamp,amount,/, 'transaction_id,timestamp,Amount,');
    writeFileSync(join(cwd, 'renamed.csv'), data);
    const r = await runAction({ action: 'validate-data', inputs: { contract: CONTRACT, data: 'renamed.csv', comment: 'false', check: 'false' }, cwd, env: NOW });
    expect([r.exitCode, r.outputs.passed, r.outputs['failed-checks']]).toEqual([1, 'false', '2']);
    // presence, and the 0.99 quantile of a column with no values (aggregates fail closed).
    expect(r.outputs.summary).toBe('Data contract failed: 2 of 19 checks failed (transactions.amount presence, transactions.amount quantile).');
    const ann = r.commands.filter((c) => c.command === 'error' && c.properties.title === 'transactions.amount presence');
    expect(ann.map((c) => [c.properties.file, c.properties.line, c.message])).toEqual([
      [CONTRACT, '12', 'transactions.amount presence: expected a column of every file; observed missing from renamed.csv'],
      ['renamed.csv', '1', `transactions.amount presence: renamed.csv has no column "amount" (contract ${CONTRACT} line 12)`],
    ]);
  });

  test('a contract error is one ::error:: line naming the file, line and key, no stack trace', async () => {
    const cwd = workspace();
    const bad = readFileSync(join(cwd, CONTRACT), 'utf8').replace('min: 0 ', 'minimum: 0 ');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(cwd, 'bad.yml'), bad);
    const r = await runAction({ action: 'validate-data', inputs: { contract: 'bad.yml', comment: 'false', check: 'false' }, cwd, env: NOW });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^validate-data failed: Contract bad\.yml line 12: tables\.transactions\.columns\.amount: unknown key\(s\) 'minimum'/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\(/);
  });
});
