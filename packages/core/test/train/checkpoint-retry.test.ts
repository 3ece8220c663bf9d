import { describe, test, expect, afterAll } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findNewestCheckpoint } from '../../src/train/checkpoint.js';
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
    touch(join(d, 'checkpoint-500', 'model.safetensors'), 5000);
    utimesSync(join(d, 'checkpoint-500'), 1000, 1000);
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
