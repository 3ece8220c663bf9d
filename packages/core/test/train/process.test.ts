import { describe, test, expect, afterAll } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAttempt, type AttemptSpec } from '../../src/train/process.js';

const tmp = mkdtempSync(join(tmpdir(), 'mlci-proc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function spec(command: string, extra: Partial<AttemptSpec> = {}): AttemptSpec & { out: string[] } {
  const out: string[] = [];
  return {
    attempt: 1, command, cwd: tmp, env: { ...process.env, PATH: process.env.PATH }, graceMs: 2000,
    onStdout: (c) => out.push(c.toString()), onStderr: (c) => out.push(c.toString()), out, ...extra,
  };
}

/** A node script that checkpoints on SIGTERM/SIGINT (after a short save) and otherwise runs forever. */
const TRAINER = join(tmp, 'trainer.cjs');
writeFileSync(TRAINER, `
const fs = require('fs');
const out = process.argv[2];
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => {
  setTimeout(() => { fs.writeFileSync(out, 'checkpoint after ' + sig); process.exit(sig === 'SIGTERM' ? 143 : 130); }, 300);
});
fs.writeFileSync(out + '.started', String(process.pid));
setInterval(() => {}, 1000);
`);

/** Running, not a zombie waiting for a PID 1 that does not reap. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]);
  } catch {
    return false;
  }
}

async function waitFor(p: string): Promise<void> {
  for (let i = 0; i < 200 && !existsSync(p); i++) await new Promise((r) => setTimeout(r, 25));
}

describe('startAttempt', () => {
  test('runs bash -eo pipefail, streams output, keeps the tail', async () => {
    const s = spec('echo one; echo two >&2; false | true; echo three');
    const o = await startAttempt(s).done;
    // pipefail: `false | true` fails the command, -e stops it before "three".
    expect(o.exitCode).toBe(1);
    expect(o.tail).toEqual(['one', 'two']);
    expect(s.out.join('')).toBe('one\ntwo\n');
  });

  test('the environment, not the command string, carries values', async () => {
    const s = spec('printf %s "$MLCI_X"', { env: { ...process.env, MLCI_X: '$(touch pwned) `touch pwned`' } });
    const o = await startAttempt(s).done;
    expect(o.exitCode).toBe(0);
    expect(s.out.join('')).toBe('$(touch pwned) `touch pwned`');
    expect(existsSync(join(tmp, 'pwned'))).toBe(false);
  });

  test('timeout: SIGTERM to the group; a training that exits on it is not SIGKILLed', async () => {
    const ck = join(tmp, 'timeout.ckpt');
    // The timeout leaves node (slow to start on a loaded machine) time to install its handlers.
    const o = await startAttempt(spec(`node ${TRAINER} ${ck}`, { timeoutMs: 2500 })).done;
    expect(existsSync(ck + '.started')).toBe(true);
    expect(o.timedOut).toBe(true);
    expect(o.killedAfterGrace).toBe(false);
    expect(readFileSync(ck, 'utf8')).toBe('checkpoint after SIGTERM');
  });

  test('timeout: a command ignoring SIGTERM is SIGKILLed after the grace period, whole group included', async () => {
    const o = await startAttempt(spec(`trap '' TERM; sleep 30 & echo $! > ${join(tmp, 'bg.pid')}; sleep 30`, { timeoutMs: 300, graceMs: 300 })).done;
    expect(o.timedOut).toBe(true);
    expect(o.killedAfterGrace).toBe(true);
    expect(running(Number(readFileSync(join(tmp, 'bg.pid'), 'utf8')))).toBe(false);
  });

  test('cancel: the signal reaches the training under bash, and the attempt waits for its checkpoint', async () => {
    const ck = join(tmp, 'cancel.ckpt');
    // `; echo after` keeps bash from exec-ing node, so bash and node are two processes of the group.
    const run = startAttempt(spec(`node ${TRAINER} ${ck}; echo after`));
    await waitFor(ck + '.started');
    run.cancel('SIGTERM');
    const o = await run.done;
    expect(o.cancelledBy).toBe('SIGTERM');
    expect(readFileSync(ck, 'utf8')).toBe('checkpoint after SIGTERM');
    expect(o.killedAfterGrace).toBe(false);
  });

  test('cancel with SIGINT is forwarded as SIGINT', async () => {
    const ck = join(tmp, 'sigint.ckpt');
    const run = startAttempt(spec(`exec node ${TRAINER} ${ck}`));
    await waitFor(ck + '.started');
    run.cancel('SIGINT');
    const o = await run.done;
    expect(o.cancelledBy).toBe('SIGINT');
    expect(o.exitCode).toBe(130);
    expect(readFileSync(ck, 'utf8')).toBe('checkpoint after SIGINT');
  });

  test('background processes left behind are stopped and reported', async () => {
    const o = await startAttempt(spec(`sleep 30 & echo $! > ${join(tmp, 'stray.pid')}`)).done;
    expect(o.exitCode).toBe(0);
    // The forked child may not have exec'd sleep yet when it is found.
    expect(o.strayProcesses).toEqual([expect.stringMatching(/^\d+ \((sleep|bash)\)$/)]);
    expect(running(Number(readFileSync(join(tmp, 'stray.pid'), 'utf8')))).toBe(false);
  });

  test('a setsid daemon that left the process group is found by the marker and stopped; an env -i one is out of reach', async () => {
    const marker = { name: 'MLCI_PROCESS_MARKER', value: `m${process.pid}x${Date.now()}` };
    const pidFile = join(tmp, 'daemon.pid');
    const cleanPid = join(tmp, 'clean.pid');
    const o = await startAttempt(spec(
      `setsid sh -c 'echo $$ > ${pidFile}; exec sleep 30' </dev/null >/dev/null 2>&1 & ` +
        `setsid env -i sh -c 'echo $$ > ${cleanPid}; exec sleep 30' </dev/null >/dev/null 2>&1 & ` +
        `while [ ! -s ${pidFile} ] || [ ! -s ${cleanPid} ]; do sleep 0.05; done`,
      { env: { ...process.env, [marker.name]: marker.value }, marker },
    )).done;
    const daemon = Number(readFileSync(pidFile, 'utf8'));
    const clean = Number(readFileSync(cleanPid, 'utf8'));
    try {
      expect(o.exitCode).toBe(0);
      expect(o.strayProcesses).toEqual([`${daemon} (sleep)`]);
      expect(running(daemon)).toBe(false);
      // Documented limit: a process that cleared its environment and left the group cannot be told apart.
      expect(running(clean)).toBe(true);
    } finally {
      try { process.kill(clean, 'SIGKILL'); } catch { /* gone */ }
    }
  });

  test('a working directory that does not exist is a spawn error', async () => {
    const o = await startAttempt(spec('true', { cwd: join(tmp, 'missing') })).done;
    expect(o.spawnError).toMatch(/ENOENT/);
  });

  test('a training killed by SIGKILL under bash shows as exit 137', async () => {
    const o = await startAttempt(spec('node -e "process.kill(process.pid, \'SIGKILL\')"; echo unreachable')).done;
    expect(o.exitCode).toBe(137);
  });
});
