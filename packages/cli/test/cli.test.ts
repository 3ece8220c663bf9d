import { describe, test, expect, beforeAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, REPO_ROOT } from '../../../test/harness/run-action.js';
import { inputs as gateInputs } from '../../../actions/evaluate-gate/src/inputs.js';
import { inputs as detectInputs } from '../../../actions/detect-data-change/src/inputs.js';
import { inputs as trainInputs } from '../../../actions/train-on-gpu-runner/src/inputs.js';
import { outputs as trainOutputs } from '../../../actions/train-on-gpu-runner/src/main.js';
import { parseArgs, UsageError } from '../src/args.js';
import { gateCommand } from '../src/commands/gate.js';
import { detectCommand } from '../src/commands/detect.js';

/** The committed bundle, as `npx mlci` runs it (a child process: its exit code and streams are what users get). */
const BIN = join(REPO_ROOT, 'packages', 'cli', 'dist', 'index.js');

function mlci(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const EX = ['--candidate', 'examples/gate/candidate.csv.gz', '--baseline', 'examples/gate/baseline.csv.gz', '--policy', 'examples/gate/policy.yml'];

describe('mlci gate on the bundled example', () => {
  let out: string;
  let cli: ReturnType<typeof mlci>;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'mlci-cli-gate-'));
    cli = mlci(['gate', ...EX, '--report-path', join(out, 'cli-report.json'), '--out-dir', join(out, 'cli')], REPO_ROOT);
  });

  test('fails with exit 1, the verdict and a table naming the failing slice', () => {
    expect(cli.code).toBe(1);
    expect(cli.stdout.split('\n')[0]).toMatch(/^ML gate failed: 3 of \d+ checks failed \(AUC in age_band=65\+/);
    expect(cli.stdout).toMatch(/^FAIL\s+auc\s+age_band=65\+\s+\d+/m);
    // Annotations as compiler-style lines on stderr, on the policy's lines.
    expect(cli.stderr).toMatch(/^examples\/gate\/policy\.yml:\d+: error: age_band=65\+: AUC regressed/m);
    expect(cli.stdout).not.toMatch(/\u001b\[/);
  });

  test('writes the same report bytes, outputs and summary as the committed evaluate-gate action', async () => {
    const action = await runAction({
      action: 'evaluate-gate',
      cwd: REPO_ROOT,
      event: 'workflow_dispatch',
      // The report goes to the runner's temp folder (outputs stay inside the workspace or RUNNER_TEMP).
      env: { RUNNER_TEMP: out },
      inputs: {
        candidate: 'examples/gate/candidate.csv.gz', baseline: 'examples/gate/baseline.csv.gz', policy: 'examples/gate/policy.yml',
        'report-path': join(out, 'action-report.json'), comment: 'false', check: 'false',
      },
    });
    expect(action.exitCode).toBe(1);
    const a = readFileSync(join(out, 'action-report.json'));
    const c = readFileSync(join(out, 'cli-report.json'));
    expect(c.length).toBeGreaterThan(1000);
    expect(c.equals(a)).toBe(true);
    const outputs = JSON.parse(readFileSync(join(out, 'cli', 'outputs.json'), 'utf8'));
    for (const k of ['passed', 'failed-checks', 'summary']) expect(outputs[k]).toBe(action.outputs[k]);
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(action.outputs).sort());
    const summary = readFileSync(join(out, 'cli', 'summary.md'), 'utf8');
    expect(summary.split('cli-report.json').join('R').trimEnd()).toBe(action.summary.split('action-report.json').join('R').trimEnd());
    expect(readFileSync(join(out, 'cli', 'outputs.env'), 'utf8')).toMatch(/^PASSED=false$/m);
  });

  test('writes the HTML report beside the JSON one, the same bytes as the action\'s, and keeps it as a local artifact', () => {
    const outputs = JSON.parse(readFileSync(join(out, 'cli', 'outputs.json'), 'utf8'));
    expect(outputs['html-report']).toBe(join(out, 'cli-report.html'));
    const html = readFileSync(join(out, 'cli-report.html'), 'utf8');
    expect(html.match(/<g class="forest-row status-fail"/g)).toHaveLength(3);
    // Written by the action run of the test above (the report paths differ; the HTML names the inputs, not itself).
    expect(readFileSync(join(out, 'action-report.html'), 'utf8')).toBe(html);
    expect(readFileSync(join(out, 'cli', 'artifacts', 'ml-gate-report', 'cli-report.html'), 'utf8')).toBe(html);
  });

  test('writes the check the action would publish, with annotations on the policy lines', () => {
    const check = JSON.parse(readFileSync(join(out, 'cli', 'checks', 'ml-gate.json'), 'utf8'));
    expect(check).toMatchObject({ name: 'ML gate', conclusion: 'failure' });
    expect(check.annotations.some((x: any) => x.path === 'examples/gate/policy.yml' && x.level === 'failure')).toBe(true);
  });

  test('--json prints one JSON document with the outputs and the verdict; --no-fail-on-regression exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlci-cli-json-'));
    const r = mlci(['gate', ...EX, '--report-path', join(dir, 'r.json'), '--out-dir', dir, '--json', '--no-fail-on-regression', '--comment', 'true'], REPO_ROOT);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ command: 'gate', passed: false, exitCode: 0, outputs: { passed: 'false', 'failed-checks': '3' } });
    expect(readFileSync(join(dir, 'comments', 'evaluate-gate--ml-gate.md'), 'utf8')).toContain('age_band=65+');
  });
});

describe('bad usage and bad input exit 2 with one line, no stack', () => {
  const oneLine = (r: ReturnType<typeof mlci>, re: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(re);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };
  test('unknown flag, with a suggestion', () => oneLine(mlci(['gate', '--candidat', 'x'], REPO_ROOT), /^mlci gate: error: unknown flag --candidat \(did you mean --candidate\?\)/));
  test('missing required flag', () => oneLine(mlci(['gate', '--candidate', 'x.csv'], REPO_ROOT), /^mlci gate: error: missing required flag --policy/));
  test('bad flag value, named as a flag', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlci-cli-bad-'));
    oneLine(mlci(['gate', ...EX, '--comment', 'sometimes', '--out-dir', dir], REPO_ROOT), /^mlci gate: error: Flag --comment has value 'sometimes': expected one of: auto, true, false/);
  });
  test('unknown command', () => oneLine(mlci(['gait'], REPO_ROOT), /^mlci: error: unknown command 'gait'/));
  test('malformed CSV names the file and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlci-cli-csv-'));
    writeFileSync(join(dir, 'c.csv'), 'id,label,score,gender,age_band,region\n1,1,0.5,F,18-25,N\n2,1,"oops\n');
    copyFileSync(join(REPO_ROOT, 'examples/gate/policy.yml'), join(dir, 'policy.yml'));
    oneLine(mlci(['gate', '--candidate', 'c.csv', '--policy', 'policy.yml'], dir), /^mlci gate: error: candidate file c\.csv, line 3: .*quote/);
  });
  test('policy error names the policy line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlci-cli-pol-'));
    writeFileSync(join(dir, 'policy.yml'), readFileSync(join(REPO_ROOT, 'examples/gate/policy.yml'), 'utf8').replace('alpha: 0.05', 'alpha: 5'));
    oneLine(mlci(['gate', '--candidate', join(REPO_ROOT, EX[1]), '--policy', 'policy.yml'], dir), /^mlci gate: error: Policy policy\.yml line \d+: significance\.alpha/);
  });
});

describe('--help lists every input of the action and a worked example', () => {
  test.each([['gate', gateInputs], ['detect', detectInputs], ['train', trainInputs]] as const)('%s', (name, specs) => {
    const r = mlci([name, '--help'], REPO_ROOT);
    expect(r.code).toBe(0);
    for (const input of Object.keys(specs)) {
      if (input === 'github-token') expect(r.stdout).not.toContain('--github-token');
      else expect(r.stdout).toContain(`--${input}`);
    }
    expect(r.stdout).toMatch(/\nExample:\n {2}.*\n {2}mlci /);
  });
});

describe('mlci detect', () => {
  function repo(): string {
    const dir = mkdtempSync(join(tmpdir(), 'mlci-cli-detect-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'train.csv'), 'x,y\n' + Array.from({ length: 200 }, (_, i) => `${i},${i % 3}`).join('\n') + '\n');
    return dir;
  }
  const LOCK = ['--data', 'data/*.csv', '--baseline', 'data.lock.json', '--write-lock', 'data.lock.json'];

  test('first run: should-train true (first-run), lock written; unchanged data: false, exit 0 (1 with --exit-code)', () => {
    const dir = repo();
    const first = mlci(['detect', ...LOCK, '--json'], dir);
    expect(first.code).toBe(0);
    const d1 = JSON.parse(first.stdout);
    expect(d1).toMatchObject({ command: 'detect', shouldTrain: true, reasons: ['first-run'], outputs: { 'should-train': 'true' } });
    expect(existsSync(join(dir, 'data.lock.json'))).toBe(true);
    const second = mlci(['detect', ...LOCK], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^should-train: false \(nothing relevant changed\)$/m);
    const third = mlci(['detect', ...LOCK, '--exit-code', '--json'], dir);
    expect(third.code).toBe(1);
    expect(JSON.parse(third.stdout)).toMatchObject({ shouldTrain: false, reasons: [], exitCode: 1 });
    // A data change is seen.
    writeFileSync(join(dir, 'data', 'train.csv'), readFileSync(join(dir, 'data', 'train.csv'), 'utf8') + '999,1\n');
    const fourth = JSON.parse(mlci(['detect', ...LOCK, '--json'], dir).stdout);
    expect(fourth.shouldTrain).toBe(true);
    expect(fourth.reasons).toContain('data-changed');
  });

  test('without --baseline the record is kept in the local cache under --out-dir', () => {
    const dir = repo();
    const a = JSON.parse(mlci(['detect', '--data', 'data/*.csv', '--json'], dir).stdout);
    expect(a.reasons).toEqual(['first-run']);
    const b = JSON.parse(mlci(['detect', '--data', 'data/*.csv', '--json'], dir).stdout);
    expect(b).toMatchObject({ shouldTrain: false, reasons: [] });
    expect(b.outputs.fingerprint).toBe(a.outputs.fingerprint);
  });

  test('gives the committed detect-data-change action\'s decision and fingerprint on the same data', async () => {
    const dir = repo();
    const cli = JSON.parse(mlci(['detect', '--data', 'data/*.csv', '--baseline', 'none', '--json'], dir).stdout);
    const action = await runAction({ action: 'detect-data-change', cwd: dir, event: 'workflow_dispatch', inputs: { data: 'data/*.csv', baseline: 'none' } });
    expect(action.exitCode).toBe(0);
    for (const k of ['should-train', 'reasons', 'fingerprint', 'data-changed', 'changed-files', 'cache-key']) expect(cli.outputs[k]).toBe(action.outputs[k]);
  });

  test('a drifted column: the HTML report beside the JSON report, the same bytes as the committed action\'s', async () => {
    const dir = repo();
    expect(mlci(['detect', ...LOCK], dir).code).toBe(0);
    writeFileSync(join(dir, 'data', 'train.csv'), 'x,y\n' + Array.from({ length: 200 }, (_, i) => `${i + 120},${i % 3}`).join('\n') + '\n');
    const cli = mlci(['detect', '--data', 'data/*.csv', '--baseline', 'data.lock.json', '--report-path', 'cli/detect.json'], dir);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/^report: cli\/detect\.json {3}html: cli\/detect\.html {3}summary:/m);
    const html = readFileSync(join(dir, 'cli', 'detect.html'), 'utf8');
    expect([...html.matchAll(/<figure class="drift-chart (\w+)" data-table="data\/\*\.csv" data-column="([^"]+)">/g)].map((m) => [m[1], m[2]])).toEqual([['numeric', 'x']]);
    const action = await runAction({ action: 'detect-data-change', cwd: dir, event: 'workflow_dispatch', inputs: { data: 'data/*.csv', baseline: 'data.lock.json', 'report-path': 'action/detect.json' } });
    expect(action.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'action', 'detect.html'), 'utf8')).toBe(html);
  });

  test('no data flags: one line naming the flags', () => {
    const r = mlci(['detect'], repo());
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^mlci detect: error: Flags --data and --pointers are both missing/)]);
  });
});

describe('parseArgs (flags from the input specs)', () => {
  test('list inputs repeat, booleans take --x, --no-x and --x=false, values take --x v and --x=v', () => {
    const a = parseArgs(detectCommand, ['--data', 'a/*.csv', '--data=b/*.csv', '--force', '--no-allow-empty', '--max-age', '48h', '--exit-code']);
    expect(a.inputs).toEqual({ data: 'a/*.csv\nb/*.csv', force: 'true', 'allow-empty': 'false', 'max-age': '48h' });
    expect(a.flags).toMatchObject({ 'exit-code': true, 'out-dir': '.mlci' });
    const g = parseArgs(gateCommand, ['--candidate', 'c', '--policy=p', '--check=false', '--fail-on-regression', 'false']);
    expect(g.inputs).toEqual({ candidate: 'c', policy: 'p', check: 'false', 'fail-on-regression': 'false' });
  });
  test('a token input is not a flag; a value flag needs its value', () => {
    expect(() => parseArgs(gateCommand, ['--github-token', 't'])).toThrow(UsageError);
    expect(() => parseArgs(gateCommand, ['--candidate'])).toThrow(/flag --candidate needs a value/);
    expect(() => parseArgs(gateCommand, ['--candidate', 'c', '--policy', 'p', '--check', 'maybe'])).toThrow(/after --check, a true\/false flag/);
  });
});

describe('mlci train', () => {
  test('runs the command on the CPU, publishes metrics and outputs, keeps the artifact under --out-dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlci-cli-train-'));
    const cmd = 'echo training; mkdir -p model && echo w > model/w.bin && echo \'{"accuracy": 0.91, "loss": 0.25}\' > metrics.json';
    const r = mlci(['train', '--command', cmd, '--require-gpu', 'auto', '--model-path', 'model', '--artifact-name', 'model', '--json'], dir);
    expect(r.code).toBe(0);
    // The training's own output goes to stderr under --json: stdout is one document.
    expect(r.stderr).toContain('training\n');
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ command: 'train', outcome: 'success', exitCode: 0, outputs: { outcome: 'success', device: 'cpu', 'metric-accuracy': '0.91' } });
    expect(JSON.parse(doc.outputs.metrics)).toEqual({ accuracy: 0.91, loss: 0.25 });
    // Every output the action declares, in the order its main.ts sets them, with one metric-* per metric.
    const fixed = Object.keys(trainOutputs).filter((k) => k !== 'metric-*');
    expect(Object.keys(doc.outputs)).toEqual([...fixed.slice(0, 2), 'metric-accuracy', 'metric-loss', ...fixed.slice(2)]);
    expect(readFileSync(join(dir, '.mlci', 'artifacts', 'model', 'model', 'w.bin'), 'utf8')).toBe('w\n');
    expect(readFileSync(join(dir, '.mlci', 'summary.md'), 'utf8')).toContain('accuracy');
  });

  test('a failing training exits 1 with outcome failure; a malformed metrics file exits 2 naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlci-cli-train-'));
    const failed = mlci(['train', '--command', 'echo out; exit 3', '--require-gpu', 'false', '--json'], dir);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ outcome: 'failure', exitCode: 1, failure: expect.stringMatching(/exited with code 3/) });
    const bad = mlci(['train', '--command', 'echo "{bad" > metrics.json', '--require-gpu', 'false'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^mlci train: error: metrics\.json is not valid JSON/m);
  });
});
