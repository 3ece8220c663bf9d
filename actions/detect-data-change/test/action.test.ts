import { describe, test, expect, beforeAll, afterAll, afterEach } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction, type RunActionOptions, type RunResult } from '../../../test/harness/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../../../test/harness/fake-github.js';
import { loadEvent } from '../../../test/harness/events.js';
import { writeTable } from '../../../packages/core/test/detect/gen.js';
import { merkleRoot } from '../../../packages/core/src/detect/merkle.js';
import { startFakeCache, type FakeCache } from './fake-cache.js';

/**
 * Runner-faithful tests of the committed dist: INPUT_* variables with action.yml defaults, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, real event payloads, the post step (post-if: success()), a fake cache service speaking
 * @actions/cache's protocol and the OpenAPI-checked fake GitHub. Most cases use a committed-lock-file baseline (one
 * run each); the cache path is covered end to end (save in post, restore, outage).
 */
const ACTION = 'detect-data-change';
const INPUTS = {
  data: 'data/*.csv',
  pointers: 'data/*.dvc\nmodels/*.bin',
  code: 'src/**',
  params: 'params.yaml',
  'drift-policy': '.github/drift.yml',
};

let root: string;
let template: string;
let cache: FakeCache;
/** The record's local path is under the OS temp folder: one per test file, so runs agree on it (it keys the cache version). */
let childTmp: string;
let api: FakeGitHub | undefined;

const oid = (s: string) => createHash('sha256').update(s).digest('hex');
const lfsPointer = (content: string) => `version https://git-lfs.github.com/spec/v1\noid sha256:${oid(content)}\nsize ${content.length}\n`;
const dvcFile = (md5: string) => `outs:\n- md5: ${md5}\n  size: 1048576\n  hash: md5\n  path: raw\n  nfiles: 12\n`;

function put(dir: string, rel: string, text: string | Buffer): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

/** A fresh copy of the template workspace (with its lock file). */
function workspace(): string {
  const dir = mkdtempSync(join(root, 'ws-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}

async function run(cwd: string, opts: Partial<RunActionOptions> & { inputs?: Record<string, string> } = {}): Promise<RunResult> {
  return runAction({
    action: ACTION,
    cwd,
    event: 'schedule',
    ...opts,
    inputs: { ...INPUTS, baseline: 'data.lock.json', ...opts.inputs },
    env: { TMPDIR: childTmp, MLCI_OCTOKIT_TIMING: 'fast', ...opts.env },
  });
}

const reasons = (r: RunResult) => JSON.parse(r.outputs.reasons) as string[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mlci-detect-action-'));
  childTmp = join(root, 'tmp');
  mkdirSync(childTmp);
  cache = await startFakeCache();
  template = join(root, 'template');
  writeTable(join(template, 'data/train.csv'), { rows: 3000, seed: 1 });
  put(template, 'data/raw.dvc', dvcFile('a3f1c2d4e5b6a7c8d9e0f1a2b3c4d5e6.dir'));
  put(template, 'models/encoder.bin', lfsPointer('encoder v1'));
  put(template, 'src/train.py', 'print("train")\n');
  put(template, 'params.yaml', 'train:\n  lr: 0.1\n  epochs: 10\n');
  put(template, '.github/drift.yml', 'critical: [amount, country]\n');
  // The committed lock file every lock-based case starts from: a first run that writes it.
  const first = await run(template, { inputs: { 'write-lock': 'data.lock.json' } });
  expect(first.exitCode).toBe(0);
  expect(reasons(first)).toEqual(['first-run']);
  expect(first.outputs['should-train']).toBe('true');
}, 60_000);

afterAll(async () => {
  await cache.close();
  rmSync(root, { recursive: true, force: true });
});

afterEach(async () => {
  api?.assertAllValid();
  await api?.close();
  api = undefined;
  cache.failWith = undefined;
});

describe('detect-data-change with the cache', () => {
  test('first run saves the record in the post step; the next run restores it and finds nothing to do', async () => {
    const cwd = workspace();
    const inputs = { baseline: 'cache' };
    const first = await run(cwd, { inputs, env: cache.env(), post: true });
    expect(first.exitCode).toBe(0);
    expect([first.outputs['should-train'], reasons(first)]).toEqual(['true', ['first-run']]);
    expect(first.warnings).toEqual([]);
    expect(first.post?.exitCode).toBe(0);
    const saved = cache.entries.filter((e) => e.committed);
    expect(saved).toHaveLength(1);
    expect(saved[0].key).toMatch(/^mlci-detect-v1-[0-9a-f]{16}-master-4242424242-1$/);

    const second = await run(cwd, { inputs, env: cache.env(), post: true });
    expect([second.exitCode, second.outputs['should-train'], reasons(second)]).toEqual([0, 'false', []]);
    expect(second.outputs.fingerprint).toBe(first.outputs.fingerprint);
    expect(second.summary).toContain('training will not run');
    expect(second.summary).toContain(`cache ${saved[0].key}`);
    // Nothing new to save when training does not run.
    expect(cache.entries.filter((e) => e.committed)).toHaveLength(1);
    expect(second.post?.exitCode).toBe(0);
  });

  test('a pull request branch falls back to the default branch baseline', async () => {
    const cwd = workspace();
    api = await startFakeGitHub();
    const event = loadEvent('pull_request');
    const key = `${event.payload.repository.full_name}#${event.payload.pull_request.number}`;
    api.state.pullFiles[key] = [{ filename: 'README.md', status: 'modified' }];
    const r = await run(cwd, { inputs: { baseline: 'cache' }, env: cache.env(), event, api });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatch(/cache mlci-detect-v1-[0-9a-f]{16}-master-/);
    expect(reasons(r)).toEqual([]);
    expect(api.calls('pulls/list-files')).toHaveLength(1);
  });

  test('cache outage (no cache service): one warning, first run, no crash', async () => {
    const r = await run(workspace(), { inputs: { baseline: 'cache', 'save-baseline': 'always' }, env: { ACTIONS_CACHE_URL: undefined, ACTIONS_RESULTS_URL: undefined } });
    expect(r.exitCode).toBe(0);
    expect(reasons(r)).toEqual(['first-run']);
    expect(r.errors).toEqual([]);
    expect(r.warnings.filter((w) => /cache/i.test(w))).toHaveLength(2);
    expect(r.warnings[0]).toMatch(/^Baseline cache unavailable \(.*cache service is not available.*\): treated as a first run\.$/);
    expect(r.warnings[1]).toMatch(/Baseline not saved to the cache/);
  });

  test('cache service answering errors: one warning, first run', async () => {
    cache.failWith = 400;
    const r = await run(workspace(), { inputs: { baseline: 'cache', 'save-baseline': 'never' }, env: cache.env() });
    expect(r.exitCode).toBe(0);
    expect(reasons(r)).toEqual(['first-run']);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/Failed to restore/);
  });
});

describe('detect-data-change against a lock file', () => {
  test('no change', async () => {
    const r = await run(workspace());
    expect([r.exitCode, r.outputs['should-train'], reasons(r), r.outputs['data-changed'], r.outputs.drift]).toEqual([0, 'false', [], 'false', 'false']);
  });

  test('one byte changed', async () => {
    const cwd = workspace();
    const p = join(cwd, 'data/train.csv');
    writeFileSync(p, readFileSync(p, 'utf8').replace('\n7,', '\n8,'));
    const r = await run(cwd);
    expect([r.outputs['should-train'], reasons(r), r.outputs['data-changed']]).toEqual(['true', ['data-changed'], 'true']);
    expect(JSON.parse(r.outputs['changed-files']).data.modified).toEqual(['data/train.csv']);
    expect(r.outputs['cache-key']).toBe(`mlci-data-${r.outputs.fingerprint}`);
  });

  test('2% of rows dropped: rows-dropped and a warning annotation', async () => {
    const cwd = workspace();
    writeTable(join(cwd, 'data/train.csv'), { rows: 3000, seed: 1, dropRows: 0.02 });
    const r = await run(cwd);
    expect(reasons(r)).toEqual(['data-changed', 'rows-dropped']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^data\/\*\.csv: \d+ rows dropped \(3,000 → 2,9\d\d, −\d\.\d%, more than max-row-drop 1\.0%\)\.$/);
    expect(r.commands.find((c) => c.command === 'warning')?.properties.file).toBe('data/train.csv');
  });

  test('a column removed: schema-changed', async () => {
    const cwd = workspace();
    writeTable(join(cwd, 'data/train.csv'), { rows: 3000, seed: 1, dropCol: 'hour' });
    const r = await run(cwd);
    expect(reasons(r)).toEqual(['data-changed', 'schema-changed']);
    expect(r.summary).toContain('Schema: removed `hour` (integer)');
  });

  test('a shifted numeric column: drift, with the drift table in the summary', async () => {
    const cwd = workspace();
    writeTable(join(cwd, 'data/train.csv'), { rows: 3000, seed: 2, shift: { amount: 0.8 } });
    const r = await run(cwd, { inputs: { 'report-path': 'detect-report.json' } });
    expect([reasons(r), r.outputs.drift]).toEqual([['data-changed', 'drift'], 'true']);
    expect(r.outputs.report).toBe(join(cwd, 'detect-report.json'));
    expect(r.summary).toMatch(/\| `amount` \| wasserstein \| [\d.]+ \(null p = [\d.e-]+\) \| ≥ 0\.1, p < 0\.05 \| [\d.e-]+ \| mean [\d.]+ → [\d.]+ \| 🔴 \|/);
    expect(r.summary).toContain('critical: `amount`');
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    expect([report.schema, report.reasons, report.tables[0].criticalDrifted]).toEqual(['mlci.detect.report/v1', ['data-changed', 'drift'], ['amount']]);
  });

  test('the HTML report: beside the JSON report, one chart per drifted column; off the runner one line says it was not uploaded', async () => {
    const cwd = workspace();
    writeTable(join(cwd, 'data/train.csv'), { rows: 3000, seed: 2, shift: { amount: 0.8 }, recode: { country: ['US', 'XX'] } });
    const r = await run(cwd, { inputs: { 'report-path': 'out/detect-report.json' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['html-report']).toBe(join(cwd, 'out/detect-report.html'));
    const html = readFileSync(r.outputs['html-report'], 'utf8');
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    const drifted = report.tables[0].columns.filter((c: { drifted: boolean }) => c.drifted).map((c: { column: string }) => c.column);
    expect(drifted).toEqual(expect.arrayContaining(['amount', 'country']));
    const charts = [...html.matchAll(/<figure class="drift-chart (\w+)" data-table="data\/\*\.csv" data-column="([^"]+)">/g)].map((m) => m[2]);
    expect(charts.sort()).toEqual([...drifted].sort());
    expect(html).toContain('<figure class="drift-chart categorical" data-table="data/*.csv" data-column="country">');
    expect(html).not.toMatch(/<script|\ssrc=|\shref=/i);
    // No artifact service off the runner: one line, none of the toolkit's.
    expect(r.stdout).toContain(`The HTML report was not uploaded as artifact 'detect-data-change-report' (no artifact store in this job: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set); it is at ${r.outputs['html-report']}.`);
    expect(r.stdout).not.toMatch(/Artifact name is valid|Root directory input is valid|Artifact upload failed/);
  });

  test('html-report: written where given; the JSON report\'s own path is refused with one clear error', async () => {
    const cwd = workspace();
    writeTable(join(cwd, 'data/train.csv'), { rows: 3000, seed: 2, shift: { amount: 0.8 } });
    const r = await run(cwd, { inputs: { 'report-path': 'detect-report.json', 'html-report': 'reports/drift.html' } });
    expect(r.outputs['html-report']).toBe(join(cwd, 'reports/drift.html'));
    expect(readFileSync(join(cwd, 'reports/drift.html'), 'utf8')).toContain('data-column="amount"');
    const same = await run(workspace(), { inputs: { 'report-path': 'r.json', 'html-report': 'r.json' } });
    expect(same.exitCode).toBe(1);
    expect(same.errors).toEqual([expect.stringMatching(/^detect-data-change failed: Input 'html-report' names the same file as 'report-path' \(r\.json\)/)]);
    expect(same.stderr + same.stdout).not.toMatch(/\n\s+at /);
  });

  test('a recoded category: drift', async () => {
    const cwd = workspace();
    writeTable(join(cwd, 'data/train.csv'), { rows: 3000, seed: 1, recode: { country: ['US', 'XX'] } });
    const r = await run(cwd);
    expect(reasons(r)).toEqual(['data-changed', 'drift']);
    expect(r.summary).toMatch(/\| `country` \| jensen-shannon \| [\d.]+ \(null p = [\d.e-]+\) \| ≥ 0\.04, p < 0\.05 \|.*🔴/);
  });

  test('DVC and LFS pointer changes, found without the data', async () => {
    const dvc = workspace();
    put(dvc, 'data/raw.dvc', dvcFile('b4e2d3c5f6a7b8c9d0e1f2a3b4c5d6e7.dir'));
    const r1 = await run(dvc);
    expect([reasons(r1), JSON.parse(r1.outputs['changed-files']).pointers.modified]).toEqual([['data-changed'], ['data/raw']]);
    const lfs = workspace();
    put(lfs, 'models/encoder.bin', lfsPointer('encoder v2'));
    const r2 = await run(lfs);
    expect([reasons(r2), JSON.parse(r2.outputs['changed-files']).pointers.modified]).toEqual([['data-changed'], ['models/encoder.bin']]);
  });

  test('code-only change: the pull request files through the API', async () => {
    const cwd = workspace();
    api = await startFakeGitHub();
    const event = loadEvent('pull_request');
    api.state.pullFiles[`${event.payload.repository.full_name}#${event.payload.pull_request.number}`] = [
      { filename: 'src/train.py', status: 'modified' },
      { filename: 'docs/old.md', status: 'renamed', previous_filename: 'src/notes.md' },
    ];
    const r = await run(cwd, { event, api });
    expect([r.exitCode, reasons(r), r.outputs['code-changed']]).toEqual([0, ['code-changed'], 'true']);
    expect(JSON.parse(r.outputs['changed-files']).code).toEqual(['src/notes.md', 'src/train.py']);
  });

  test('push: before..after through the compare API when the clone lacks the commits', async () => {
    const cwd = workspace();
    api = await startFakeGitHub();
    const before = 'e'.repeat(40);
    const event = loadEvent('push', { before });
    const { after } = event.payload;
    api.state.comparisons[`${before}...${after}`] = { files: [{ filename: 'README.md', status: 'modified' }] };
    const r = await run(cwd, { event, api });
    expect([r.exitCode, reasons(r)]).toEqual([0, []]);
    expect(api.calls('repos/compare-commits-with-basehead')).toHaveLength(1);
  });

  test('params-only change', async () => {
    const cwd = workspace();
    put(cwd, 'params.yaml', 'train:\n  lr: 0.01\n  epochs: 10\n');
    const r = await run(cwd);
    expect(reasons(r)).toEqual(['params-changed']);
    expect(JSON.parse(r.outputs['changed-files']).params).toEqual([{ file: 'params.yaml', key: 'train.lr', change: 'changed' }]);
    expect(r.summary).toContain('`params.yaml: train.lr` 0.1 → 0.01');
  });

  test('stale model: the age comes from the record', async () => {
    const cwd = workspace();
    const lock = JSON.parse(readFileSync(join(cwd, 'data.lock.json'), 'utf8'));
    lock.trainedAt = new Date(Date.now() - 72 * 3_600_000).toISOString();
    writeFileSync(join(cwd, 'data.lock.json'), JSON.stringify(lock));
    const r = await run(cwd, { inputs: { 'max-age': '48h' } });
    expect([r.outputs['should-train'], reasons(r)]).toEqual(['true', ['stale']]);
    expect(r.summary).toMatch(/Model age \| 3d( \d+s)? \(max-age 2d\)/);
    const fresh = await run(cwd, { inputs: { 'max-age': '4d' } });
    expect(reasons(fresh)).toEqual([]);
  });

  test('forced run', async () => {
    const r = await run(workspace(), { inputs: { force: 'true' } });
    expect([r.outputs['should-train'], reasons(r)]).toEqual(['true', ['forced']]);
  });

  test('train-on counts only the named reasons', async () => {
    const cwd = workspace();
    put(cwd, 'params.yaml', 'train:\n  lr: 0.02\n  epochs: 10\n');
    const r = await run(cwd, { inputs: { 'train-on': 'drift, stale' } });
    expect([r.outputs['should-train'], reasons(r)]).toEqual(['false', ['params-changed']]);
  });

  test('a corrupt lock file: one warning, first run', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'data.lock.json'), '{"schema":"mlci.detect.record/v1","files":"oops"}');
    const r = await run(cwd);
    expect([r.exitCode, reasons(r), r.warnings.length]).toEqual([0, ['first-run'], 1]);
  });
});

describe('detect-data-change fingerprints', () => {
  test('a data set big enough for worker threads: the bundled workers give sha256 of every file, Merkle-combined', async () => {
    const cwd = mkdtempSync(join(root, 'blobs-'));
    const leaves: Array<{ path: string; digest: string }> = [];
    for (let i = 0; i < 24; i++) {
      const bytes = Buffer.alloc(1 << 20, i);
      bytes.write(`blob ${i}`);
      put(cwd, `blobs/b${i}.bin`, bytes);
      leaves.push({ path: `blobs/b${i}.bin`, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` });
    }
    const r = await runAction({ action: ACTION, cwd, inputs: { data: 'blobs/', baseline: 'none' }, env: { TMPDIR: childTmp } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.fingerprint).toBe(merkleRoot(leaves));
    expect(r.stdout).toMatch(/24 data files: 24 hashed \(25165824 bytes\)/);
  });
});

describe('detect-data-change profiles on every core', () => {
  /** Four CSV shards of one table, and the lock file written with the given worker threshold. */
  async function shardsLock(cwd: string, minBytes: string): Promise<{ r: RunResult; lock: any }> {
    const r = await runAction({
      action: ACTION, cwd, inputs: { data: 'shards/*.csv', baseline: 'none', 'write-lock': `lock-${minBytes}.json` },
      env: { TMPDIR: childTmp, MLCI_WORKER_MIN_BYTES: minBytes },
    });
    return { r, lock: r.exitCode === 0 ? JSON.parse(readFileSync(join(cwd, `lock-${minBytes}.json`), 'utf8')) : undefined };
  }

  test('shards profiled in worker threads give the same profiles, bit for bit, as one thread', async () => {
    const cwd = mkdtempSync(join(root, 'shards-'));
    for (let i = 0; i < 4; i++) writeTable(join(cwd, `shards/part-${i}.csv`), { rows: 2000 + 500 * i, seed: 10 + i });
    const pooled = await shardsLock(cwd, '0');
    const single = await shardsLock(cwd, '1e15');
    expect([pooled.r.exitCode, single.r.exitCode]).toEqual([0, 0]);
    expect(pooled.r.stdout).toMatch(/4 profiled on [2-9] threads, 0 profiles reused/);
    expect(single.r.stdout).toMatch(/4 profiled, 0 profiles reused/);
    expect(Object.keys(pooled.lock.profiles)).toHaveLength(4);
    expect(pooled.lock.profiles).toEqual(single.lock.profiles);
    expect(pooled.r.outputs.fingerprint).toBe(single.r.outputs.fingerprint);
  });

  test('a malformed shard read in a worker: one error naming the file and line, as on one thread', async () => {
    const cwd = mkdtempSync(join(root, 'shards-bad-'));
    for (let i = 0; i < 3; i++) writeTable(join(cwd, `shards/part-${i}.csv`), { rows: 1500, seed: 20 + i });
    const lines = readFileSync(join(cwd, 'shards/part-2.csv'), 'utf8').split('\n');
    lines[41] = '"unterminated,1,2';
    writeFileSync(join(cwd, 'shards/part-2.csv'), lines.join('\n'));
    const pooled = await shardsLock(cwd, '0');
    const single = await shardsLock(cwd, '1e15');
    expect([pooled.r.exitCode, single.r.exitCode]).toEqual([1, 1]);
    // The failure, and the same message as an annotation on the file and line (as for every UserError with a file).
    expect(pooled.r.errors.at(-1)).toMatch(/^detect-data-change failed: data file shards\/part-2\.csv, line 42: a quoted field opened here is never closed/);
    expect(pooled.r.commands.filter((c) => c.command === 'error' && c.properties.file)).toEqual([
      expect.objectContaining({ properties: expect.objectContaining({ file: 'shards/part-2.csv', line: '42' }) }),
    ]);
    expect(pooled.r.errors).toEqual(single.r.errors);
    expect(pooled.r.stdout + pooled.r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('detect-data-change input errors', () => {
  test('a path escaping the workspace is refused with one error line naming the input', async () => {
    const r = await run(workspace(), { inputs: { data: '../secrets/*.csv' } });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^detect-data-change failed: Input 'data': '\.\.\/secrets\/\*\.csv' points outside the workspace/);
  });

  test('a glob matching nothing is an error unless allow-empty', async () => {
    const cwd = workspace();
    const r = await run(cwd, { inputs: { data: 'data/*.csv\ndata/*.parquet' } });
    expect(r.exitCode).toBe(1);
    expect(r.errors[0]).toMatch(/Input 'data': 'data\/\*\.parquet' matched no files/);
    const ok = await run(cwd, { inputs: { data: 'data/*.csv\ndata/*.parquet', 'allow-empty': 'true' } });
    expect(ok.exitCode).toBe(0);
  });

  test('a bad drift policy names the file and line', async () => {
    const cwd = workspace();
    put(cwd, '.github/drift.yml', 'critical: [amount]\ncolumns:\n  amount:\n    test: anova\n');
    const r = await run(cwd);
    expect(r.exitCode).toBe(1);
    expect(r.errors.at(-1)).toMatch(/Drift policy \.github\/drift\.yml line 4: columns\.amount\.test:/);
  });
});
