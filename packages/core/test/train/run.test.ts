import { describe, test, expect, afterAll } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '../../src/platform.js';
import { trainOnGpuRunner, type TrainOptions, type SignalSource } from '../../src/train/run.js';
import { metricSlug, metricSlugs, renderTrainSummary, trainFacts } from '../../src/train/summary.js';
import { assertTrainingSupported } from '../../src/train/os-support.js';
import { UserError } from '../../src/errors.js';
import type { ExecFile } from '../../src/train/monitor.js';

const tmp = mkdtempSync(join(tmpdir(), 'mlci-run-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Recorded {
  platform: Platform;
  log: string[];
  outputs: Record<string, string>;
  summary: string[];
  annotations: Array<[string, string]>;
  cacheCalls: unknown[][];
  uploads: unknown[][];
}

function fakePlatform(opts: { restoreKey?: string; cache?: boolean; artifacts?: boolean } = {}): Recorded {
  const rec: Recorded = { log: [], outputs: {}, summary: [], annotations: [], cacheCalls: [], uploads: [] } as unknown as Recorded;
  rec.platform = {
    name: 'local',
    context: () => ({ sha: 'abc123', workspace: tmp } as any),
    getInput: () => '',
    setOutput: (k, v) => void (rec.outputs[k] = v),
    appendSummary: async (md) => void rec.summary.push(md),
    annotate: (level, m) => void rec.annotations.push([level, m]),
    info: (m) => void rec.log.push(m),
    debug: () => undefined,
    startGroup: (n) => void rec.log.push(`group ${n}`),
    endGroup: () => void rec.log.push('endgroup'),
    setFailed: () => undefined,
    saveState: () => undefined,
    getState: () => '',
    upsertComment: async () => ({ posted: false }),
    publishCheck: async () => ({ posted: false }),
    cache: opts.cache === false ? undefined : {
      restore: async (...a) => {
        rec.cacheCalls.push(['restore', ...a]);
        return opts.restoreKey;
      },
      save: async (...a) => void rec.cacheCalls.push(['save', ...a]),
    },
    artifacts: opts.artifacts === false ? undefined : {
      upload: async (...a) => {
        rec.uploads.push(a);
        return { id: 42, size: 10 };
      },
    },
  };
  return rec;
}

function options(wd: string, o: Partial<TrainOptions> = {}): TrainOptions {
  return {
    command: 'true', workingDirectory: wd, requireGpu: 'false', gpus: 1, metricsFile: 'metrics.json', cachePaths: [],
    maxAttempts: 1, retryOnExitCodes: [], sampleIntervalMs: 50, gracePeriodMs: 2000, ...o,
  };
}

function workdir(name: string): string {
  const d = join(tmp, name);
  mkdirSync(d, { recursive: true });
  return d;
}

const quiet = { onStdout: () => undefined, onStderr: () => undefined };

describe('trainOnGpuRunner (core, fake platform)', () => {
  test('Windows is refused before anything runs, with one UserError naming the platform and the fix', async () => {
    const wd = workdir('windows');
    const rec = fakePlatform();
    const marker = join(wd, 'ran');
    const signals = new EventEmitter();
    const err = await trainOnGpuRunner(options(wd, { command: `touch "${marker}"`, cachePaths: ['data'], cacheKey: 'k' }), rec.platform,
      { ...quiet, os: 'win32', signals }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/Linux and macOS runners only.*process group.*'win32'.*runs-on: ubuntu-24\.04/);
    expect(existsSync(marker)).toBe(false);
    expect(rec.cacheCalls).toEqual([]);
    expect(signals.listenerCount('SIGTERM')).toBe(0);
    // The same options on a POSIX platform run the command: the refusal is the platform's, not the options'.
    for (const os of ['linux', 'darwin'] as const) {
      expect(() => assertTrainingSupported(os)).not.toThrow();
    }
    const ok = await trainOnGpuRunner(options(wd, { command: `touch "${marker}"` }), fakePlatform().platform, { ...quiet, os: 'linux' });
    expect(ok.outcome).toBe('success');
    expect(existsSync(marker)).toBe(true);
  });

  test('cache: default key per commit with a restore prefix; saved after success; artifact holds model and metrics', async () => {
    const wd = workdir('cache');
    const rec = fakePlatform();
    const r = await trainOnGpuRunner(options(wd, {
      command: 'mkdir -p out && echo w > out/a.bin && echo w > out/b.bin && echo \'{"acc": 1}\' > "$MLCI_METRICS_FILE"',
      cachePaths: ['~/.cache/pip', 'data'], modelPath: 'out', artifactName: 'model',
    }), rec.platform, quiet);
    expect(r.outcome).toBe('success');
    const [restore, save] = rec.cacheCalls;
    expect(restore[0]).toBe('restore');
    expect(restore[1]).toEqual(['~/.cache/pip', 'data']);
    expect(restore[2]).toMatch(/^mlci-train-linux-[0-9a-f]{16}-abc123$/);
    expect(restore[3]).toEqual([(restore[2] as string).replace(/abc123$/, '')]);
    expect(save).toEqual(['save', ['~/.cache/pip', 'data'], restore[2]]);
    expect(rec.uploads).toEqual([['model', [join(wd, 'out', 'a.bin'), join(wd, 'out', 'b.bin'), join(wd, 'metrics.json')], wd]]);
    expect(r.artifact).toEqual({ name: 'model', id: 42, size: 10, files: 3 });
    expect(trainFacts(r).artifactId).toBe('42');
  });

  test('an exact cache hit is not saved again; a failed run saves and uploads nothing', async () => {
    const wd = workdir('hit');
    const hit = fakePlatform({ restoreKey: 'k1' });
    const r = await trainOnGpuRunner(options(wd, { cachePaths: ['data'], cacheKey: 'k1' }), hit.platform, quiet);
    expect(hit.cacheCalls).toEqual([['restore', ['data'], 'k1', []]]);
    expect(trainFacts(r).cacheHit).toBe('true');
    const failed = fakePlatform();
    const f = await trainOnGpuRunner(options(wd, { command: 'exit 4', cachePaths: ['data'], cacheKey: 'k2', artifactName: 'x' }), failed.platform, quiet);
    expect(f.outcome).toBe('failure');
    expect(failed.cacheCalls.map((c) => c[0])).toEqual(['restore']);
    expect(failed.uploads).toEqual([]);
  });

  test('no cache or artifact service: warnings, never a failure', async () => {
    const wd = workdir('degrade');
    writeFileSync(join(wd, 'm.bin'), 'm');
    const rec = fakePlatform({ cache: false, artifacts: false });
    const r = await trainOnGpuRunner(options(wd, { cachePaths: ['data'], modelPath: 'm.bin', artifactName: 'a' }), rec.platform, quiet);
    expect(r.outcome).toBe('success');
    expect(rec.annotations.map(([, m]) => m)).toEqual(expect.arrayContaining([
      'Caching is not available here; the cache paths are neither restored nor saved.',
      "Artifact upload is not available here; 'a' was not uploaded.",
    ]));
  });

  test('model-path missing after success fails the run; missing metrics only warns', async () => {
    const wd = workdir('model');
    const rec = fakePlatform();
    const r = await trainOnGpuRunner(options(wd, { modelPath: 'model.pt' }), rec.platform, quiet);
    expect(r.outcome).toBe('failure');
    expect(r.failure).toMatch(/^The training succeeded but model-path model\.pt does not exist/);
    expect(r.warnings[0]).toMatch(/wrote no metrics file at metrics\.json/);
  });

  test('a metrics log that breaks mid-file fails a successful run, naming the line', async () => {
    const wd = workdir('log');
    const rec = fakePlatform();
    const r = await trainOnGpuRunner(options(wd, { command: `printf '{"step":1}\\nnope\\n{"step":2}\\n' > log.jsonl`, metricsLog: 'log.jsonl' }), rec.platform, quiet);
    expect(r.outcome).toBe('failure');
    expect(r.failure).toMatch(/^log\.jsonl line 2 is not valid JSON/);
    expect(r.failureFile).toEqual({ file: 'log.jsonl', line: 2 });
  });

  test('a signal before the training starts: nothing runs, the run is cancelled', async () => {
    const wd = workdir('early-cancel');
    const signals = new EventEmitter() as unknown as SignalSource & EventEmitter;
    const rec = fakePlatform();
    const slowExec: ExecFile = async () => {
      (signals as EventEmitter).emit('SIGTERM', 'SIGTERM');
      throw Object.assign(new Error('x'), { code: 'ENOENT' });
    };
    const r = await trainOnGpuRunner(options(wd, { requireGpu: 'auto', command: 'touch ran' }), rec.platform, { ...quiet, signals, exec: slowExec });
    expect(r.outcome).toBe('cancelled');
    expect(r.attempts).toEqual([]);
    expect(r.failure).toBe('The job was cancelled: the action received SIGTERM and forwarded it to the training. The training had not started.');
    expect((signals as EventEmitter).listenerCount('SIGTERM')).toBe(0);
  });

  test('the training environment: what a run: step has; no INPUT_*, STATE_*, Actions runtime token or service URLs', async () => {
    const wd = workdir('env');
    const r = await trainOnGpuRunner(options(wd, { command: 'env | grep -E "^(INPUT_|MLCI_|KEEP_|ACTIONS_|STATE_|RUNNER_TRACKING_ID|GITHUB_WORKSPACE)" | sort > seen.txt' }), fakePlatform().platform, {
      ...quiet,
      env: {
        PATH: process.env.PATH, INPUT_COMMAND: 'x', MLCI_RESUME_FROM: '/stale.ckpt', MLCI_USER_FLAG: '1', KEEP_ME: 'yes',
        // What actions/runner NodeScriptActionHandler.cs adds for a JavaScript action only:
        ACTIONS_RUNTIME_TOKEN: 'secret-runtime-token', ACTIONS_RUNTIME_URL: 'https://pipelines.example/', ACTIONS_CACHE_URL: 'https://cache.example/',
        ACTIONS_RESULTS_URL: 'https://results.example/', ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_CACHE_MODE: 'read-write',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret-oidc', STATE_saved: 'x',
        // What a run: step has too:
        ACTIONS_ORCHESTRATION_ID: 'orch-1', ACTIONS_RUNNER_DEBUG: 'true', RUNNER_TRACKING_ID: 'github_abc', GITHUB_WORKSPACE: wd,
      },
    });
    expect(r.outcome).toBe('success');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(wd, 'seen.txt'), 'utf8').trim().split('\n').map((l) => l.replace(/^(MLCI_PROCESS_MARKER=)[0-9a-f]{24}$/, '$1<random>'))).toEqual([
      'ACTIONS_ORCHESTRATION_ID=orch-1', 'ACTIONS_RUNNER_DEBUG=true', `GITHUB_WORKSPACE=${wd}`,
      'KEEP_ME=yes', 'MLCI_ATTEMPT=1', 'MLCI_DEVICE=cpu', 'MLCI_MAX_ATTEMPTS=1', `MLCI_METRICS_FILE=${join(wd, 'metrics.json')}`,
      'MLCI_PROCESS_MARKER=<random>', 'MLCI_USER_FLAG=1', 'RUNNER_TRACKING_ID=github_abc',
    ]);
  });

  test('require-gpu true without a GPU throws one UserError before anything runs', async () => {
    const wd = workdir('nogpu');
    const exec: ExecFile = async () => {
      throw Object.assign(new Error('spawn nvidia-smi ENOENT'), { code: 'ENOENT' });
    };
    await expect(trainOnGpuRunner(options(wd, { requireGpu: 'true', command: 'touch ran' }), fakePlatform().platform, { ...quiet, exec }))
      .rejects.toThrow(/^No usable GPU \(require-gpu is true\)\. nvidia-smi was not found on PATH/);
  });
});

describe('outputs and summary', () => {
  test('metric slugs keep letters, digits, - and _', () => {
    expect(metricSlug('val/loss')).toBe('val-loss');
    expect(metricSlug('eval.acc@1')).toBe('eval-acc-1');
    expect(metricSlug('F1_macro')).toBe('F1_macro');
  });

  test('colliding slugs: the first owns the slug, the later one names it', async () => {
    const rec = fakePlatform();
    const r = await trainOnGpuRunner(options(workdir('collide'), { command: `echo '{"val/loss": 1, "val.loss": 2}' > metrics.json` }), rec.platform, quiet);
    expect(metricSlugs(r)).toEqual([
      { metric: 'val/loss', value: 1, slug: 'val-loss', earlier: undefined },
      { metric: 'val.loss', value: 2, slug: 'val-loss', earlier: 'val/loss' },
    ]);
    expect(JSON.parse(trainFacts(r).metrics)).toEqual({ 'val/loss': 1, 'val.loss': 2 });
    expect(renderTrainSummary(r)).toContain('| val/loss | 1 |');
  });

  test('slugs differing only in case (Accuracy, accuracy) collide, since GitHub resolves output names without case', async () => {
    const rec = fakePlatform();
    const r = await trainOnGpuRunner(options(workdir('case'), { command: `echo '{"Accuracy": 0.9, "accuracy": 0.8, "loss": 0.1}' > metrics.json` }), rec.platform, quiet);
    expect(metricSlugs(r).map((m) => [m.slug, m.earlier])).toEqual([['Accuracy', undefined], ['accuracy', 'Accuracy'], ['loss', undefined]]);
    expect(JSON.parse(trainFacts(r).metrics)).toEqual({ Accuracy: 0.9, accuracy: 0.8, loss: 0.1 });
  });

  test('the summary of a failed CPU run says why, in markdown only', async () => {
    const rec = fakePlatform();
    const r = await trainOnGpuRunner(options(workdir('fail'), { command: 'echo "<b>boom</b>"; exit 2' }), rec.platform, quiet);
    const md = renderTrainSummary(r);
    expect(md).toContain('## train-on-gpu-runner: training failed');
    expect(md).toContain('> The training command exited with code 2 (attempt 1 of 1). Last output: &lt;b&gt;boom&lt;/b&gt;');
    expect(md).toContain('| Device | CPU (require-gpu is false) |');
    expect(md).not.toMatch(/https?:\/\//);
  });
});
