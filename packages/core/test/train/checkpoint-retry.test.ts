import { describe, test, expect, afterAll } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findNewestCheckpoint, parseCheckpointPatterns, searchCheckpoints } from '../../src/train/checkpoint.js';
import { UserError } from '../../src/errors.js';
import { describeOutcome, judgeAttempt, shouldRetry, signalFromExitCode, type AttemptOutcome } from '../../src/train/retry.js';

const tmp = mkdtempSync(join(tmpdir(), 'mlci-ckpt-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function touch(p: string, sec: number, dir = false): void {
  if (dir) mkdirSync(p, { recursive: true });
  else writeFileSync(p, 'x');
  utimesSync(p, sec, sec);
}

describe('findNewestCheckpoint', () => {
  test('newest file by mtime; temp and hidden files are not checkpoints', () => {
    const d = join(tmp, 'files');
    mkdirSync(d);
    touch(join(d, 'epoch-1.pt'), 1000);
    touch(join(d, 'epoch-2.pt'), 2000);
    touch(join(d, 'epoch-3.pt.tmp'), 3000);
    touch(join(d, '.lock'), 4000);
    expect(findNewestCheckpoint(d)?.name).toBe('epoch-2.pt');
  });
  test('directories count by their newest direct child (a rewritten file inside)', () => {
    const d = join(tmp, 'dirs');
    touch(join(d, 'checkpoint-500'), 1000, true);
    touch(join(d, 'checkpoint-1000'), 1500, true);
    touch(join(d, 'checkpoint-500', 'trainer_state.json'), 5000);
    touch(join(d, 'checkpoint-1000', 'trainer_state.json'), 1500);
    utimesSync(join(d, 'checkpoint-500'), 1000, 1000);
    utimesSync(join(d, 'checkpoint-1000'), 1500, 1500);
    expect(findNewestCheckpoint(d)?.name).toBe('checkpoint-500');
  });
  test('same mtime: numbers in names compare as numbers', () => {
    const d = join(tmp, 'ties');
    mkdirSync(d);
    touch(join(d, 'step-500.ckpt'), 7000);
    touch(join(d, 'step-1000.ckpt'), 7000);
    touch(join(d, 'step-90.ckpt'), 7000);
    expect(findNewestCheckpoint(d)?.name).toBe('step-1000.ckpt');
  });
  test('checkpoints older than the run are ignored; a missing dir has none', () => {
    const d = join(tmp, 'stale');
    mkdirSync(d);
    touch(join(d, 'old.pt'), 1000);
    expect(findNewestCheckpoint(d, 2_000_000)).toBeUndefined();
    expect(findNewestCheckpoint(d, 0)?.name).toBe('old.pt');
    expect(findNewestCheckpoint(join(tmp, 'nope'))).toBeUndefined();
  });
});

/** A zip as torch.save writes it: local header first, end-of-central-directory record last (here, empty). */
function zipBytes(complete: boolean): Buffer {
  const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 7)]);
  const eocd = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
  return complete ? Buffer.concat([local, eocd]) : local;
}
/** safetensors: u64 LE header length, JSON header, then the tensor bytes its data_offsets name. */
function safetensorsBytes(dataBytes: number): Buffer {
  const header = Buffer.from(JSON.stringify({ __metadata__: { format: 'pt' }, w: { dtype: 'F32', shape: [4], data_offsets: [0, 16] } }));
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(header.length));
  return Buffer.concat([len, header, Buffer.alloc(dataBytes, 1)]);
}
function write(p: string, data: Buffer | string, sec: number): void {
  writeFileSync(p, data);
  utimesSync(p, sec, sec);
}

describe('checkpoint-pattern and completeness', () => {
  test('a sidecar, a marker, zero_to_fp32.py written after the checkpoint are never chosen', () => {
    const d = join(tmp, 'sidecar');
    mkdirSync(d);
    write(join(d, 'epoch-0002.pt'), zipBytes(true), 1000);
    write(join(d, 'epoch-0002.json'), '{"epoch": 2}', 1001);
    write(join(d, 'DONE'), '', 1002);
    write(join(d, 'zero_to_fp32.py'), 'print()', 1003);
    const s = searchCheckpoints(d);
    expect(s.checkpoint?.name).toBe('epoch-0002.pt');
    expect(s.checkpoint?.reason).toBe('the newest complete entry matching `*.pt` (1 of this run matched checkpoint-pattern)');
  });
  test('a torch.save zip cut short (no end record) is passed over, and the summary says why', () => {
    const d = join(tmp, 'cut');
    mkdirSync(d);
    write(join(d, 'epoch-0001.pt'), zipBytes(true), 1000);
    write(join(d, 'epoch-0002.pt'), zipBytes(false), 2000);
    write(join(d, 'epoch-0003.pth'), '', 3000);
    const s = searchCheckpoints(d);
    expect(s.checkpoint?.name).toBe('epoch-0001.pt');
    expect(s.skipped).toEqual([
      { name: 'epoch-0003.pth', why: 'empty' },
      { name: 'epoch-0002.pt', why: 'cut short: a zip (torch.save) file without its end record' },
    ]);
    expect(s.checkpoint?.reason).toContain('passed over epoch-0003.pth (empty), epoch-0002.pt (cut short');
  });
  test('safetensors: complete when the file holds every tensor its header names', () => {
    const d = join(tmp, 'st');
    mkdirSync(d);
    write(join(d, 'a.safetensors'), safetensorsBytes(16), 1000);
    write(join(d, 'b.safetensors'), safetensorsBytes(10), 2000);
    const s = searchCheckpoints(d);
    expect(s.checkpoint?.name).toBe('a.safetensors');
    expect(s.skipped[0].why).toMatch(/^cut short: the tensors end at byte \d+ but the file has \d+$/);
  });
  test('Hugging Face checkpoint-<step>/ without trainer_state.json (written last) is incomplete', () => {
    const d = join(tmp, 'hf');
    mkdirSync(join(d, 'checkpoint-500'), { recursive: true });
    mkdirSync(join(d, 'checkpoint-1000'), { recursive: true });
    write(join(d, 'checkpoint-500', 'model.safetensors'), safetensorsBytes(16), 1000);
    write(join(d, 'checkpoint-500', 'trainer_state.json'), '{}', 1000);
    write(join(d, 'checkpoint-1000', 'model.safetensors'), safetensorsBytes(16), 2000);
    const s = searchCheckpoints(d);
    expect(s.checkpoint?.name).toBe('checkpoint-500');
    expect(s.skipped).toEqual([{ name: 'checkpoint-1000', why: 'cut short: no trainer_state.json, which Hugging Face Trainer writes last' }]);
  });
  test("DeepSpeed's latest file names the checkpoint directory", () => {
    const d = join(tmp, 'ds');
    mkdirSync(join(d, 'global_step10'), { recursive: true });
    mkdirSync(join(d, 'global_step20'), { recursive: true });
    write(join(d, 'global_step10', 'mp_rank_00_model_states.pt'), zipBytes(true), 1000);
    write(join(d, 'global_step20', 'mp_rank_00_model_states.pt'), zipBytes(false), 3000);
    write(join(d, 'latest'), 'global_step10\n', 2000);
    write(join(d, 'zero_to_fp32.py'), 'print()', 4000);
    const c = findNewestCheckpoint(d);
    expect(c?.path).toBe(join(d, 'global_step10'));
    expect(c?.reason).toMatch(/^DeepSpeed's `latest` file names global_step10/);
  });
  test("Lightning's last.ckpt wins a tie with the epoch checkpoint it copies", () => {
    const d = join(tmp, 'lightning');
    mkdirSync(d);
    write(join(d, 'epoch=3-step=400.ckpt'), zipBytes(true), 5000);
    write(join(d, 'last.ckpt'), zipBytes(true), 5000);
    expect(findNewestCheckpoint(d)?.name).toBe('last.ckpt');
  });
  test('user patterns: globs over one name, a trailing / for directories; a path is refused', () => {
    const d = join(tmp, 'custom');
    mkdirSync(join(d, 'step_3'), { recursive: true });
    write(join(d, 'step_3', 'weights.npz'), 'w', 3000);
    write(join(d, 'step_2.npz'), 'w', 2000);
    write(join(d, 'step_4'), 'not a dir', 4000);
    expect(findNewestCheckpoint(d, 0, parseCheckpointPatterns(['step_[0-9]/']))?.name).toBe('step_3');
    expect(findNewestCheckpoint(d, 0, parseCheckpointPatterns(['*.npz']))?.name).toBe('step_2.npz');
    expect(() => parseCheckpointPatterns(['ckpt/*.pt'])).toThrow(UserError);
    expect(() => parseCheckpointPatterns(['ckpt/*.pt'])).toThrow("Input 'checkpoint-pattern' has 'ckpt/*.pt'");
    expect(() => parseCheckpointPatterns([' '])).toThrow(/lists no pattern/);
  });
});

const base: AttemptOutcome = { attempt: 1, exitCode: 0, signal: null, timedOut: false, killedAfterGrace: false, durationMs: 10, tail: [] };
const policy = { maxAttempts: 3, retryOnExitCodes: [75] };

describe('retry policy', () => {
  test('exit 128+n is a signal death (bash convention)', () => {
    expect(signalFromExitCode(137)).toBe('SIGKILL');
    expect(signalFromExitCode(143)).toBe('SIGTERM');
    expect(signalFromExitCode(1)).toBeUndefined();
    expect(signalFromExitCode(128)).toBeUndefined();
    expect(signalFromExitCode(255)).toBeUndefined();
  });
  test.each([
    [{ exitCode: 0 }, 'success'],
    [{ exitCode: 1 }, 'final'],
    [{ exitCode: 75 }, 'retryable'],
    [{ exitCode: 137 }, 'retryable'],
    [{ exitCode: null, signal: 'SIGKILL' as const }, 'retryable'],
    [{ exitCode: null, signal: 'SIGSEGV' as const }, 'retryable'],
    [{ exitCode: 143, timedOut: true }, 'final'],
    [{ exitCode: 130, cancelledBy: 'SIGINT' as const }, 'final'],
    [{ exitCode: null, spawnError: 'spawn bash ENOENT' }, 'final'],
  ])('%j -> %s', (o, kind) => {
    expect(judgeAttempt({ ...base, ...o }, policy).kind).toBe(kind);
  });
  test('the last attempt is never retried', () => {
    expect(shouldRetry({ ...base, exitCode: 137, attempt: 2 }, policy)).toBe(true);
    expect(shouldRetry({ ...base, exitCode: 137, attempt: 3 }, policy)).toBe(false);
  });
  test('descriptions say what happened and what it likely means', () => {
    expect(describeOutcome({ ...base, exitCode: 137 })).toBe('exited with code 137: a process in the command was killed by SIGKILL (the out-of-memory killer, a preempted node or an operator killed it)');
    expect(describeOutcome({ ...base, exitCode: null, signal: 'SIGTERM' })).toMatch(/^was killed by SIGTERM/);
    expect(describeOutcome({ ...base, exitCode: 143, timedOut: true, killedAfterGrace: true })).toBe('timed out and was stopped with SIGTERM, then SIGKILL after the grace period');
    expect(describeOutcome({ ...base, exitCode: 2 })).toBe('exited with code 2');
  });
});
