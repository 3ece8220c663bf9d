import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { AttemptOutcome } from './retry.js';

/**
 * Runs the training command once: `bash -eo pipefail -c <command>`, the one place a user input becomes shell
 * text. Everything else reaches the training through `env` and `cwd`.
 *
 * The child is spawned `detached`, so it leads its own process group (setsid) and every process it starts (data
 * loader workers, torchrun ranks, a `| tee`) can be signalled at once with kill(-pgid). Stopping is two-step:
 * the signal (forwarded SIGINT/SIGTERM, or SIGTERM on timeout), a grace period for the training to write a
 * checkpoint, then SIGKILL to the whole group. The attempt ends when the group is gone, not when bash exits:
 * bash can die of the signal while the Python under it is still saving.
 */
export interface AttemptSpec {
  attempt: number;
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Stop the training after this long (ms); undefined for no limit. */
  timeoutMs?: number;
  /** Time between the stop signal and SIGKILL. */
  graceMs: number;
  /** Where output goes (live log). Defaults to the action's own stdout/stderr. */
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
  /** Lines of output kept for the failure message. */
  tailLines?: number;
  /** The shell; `bash` from PATH by default. */
  shell?: string;
  /**
   * A variable set only in the training's environment (and so inherited by everything it starts): processes that
   * left the process group (`setsid`, a daemon's double fork) are found by it in /proc/<pid>/environ.
   */
  marker?: { name: string; value: string };
}

export interface RunningAttempt {
  readonly pid: number | undefined;
  /** Forward a signal to the training's process group and start the grace period (job cancellation). */
  cancel(signal: NodeJS.Signals): void;
  readonly done: Promise<AttemptOutcome>;
}

/** How often the process group is checked for survivors after bash exits. */
const GROUP_POLL_MS = 100;
/** Leftover background processes of a finished command get this long after SIGTERM before SIGKILL. */
const LEFTOVER_GRACE_MS = 5000;
/**
 * After the process group is gone, how long its last output may still be in the pipes: 'exit' can come before the
 * last 'data' (the command's final line was lost once in a few runs when the pipes were destroyed on 'exit').
 */
const DRAIN_MS = 1000;

interface ProcInfo {
  pid: number;
  comm: string;
  state: string;
  pgrp: number;
}

/** "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'. */
function readStat(pid: string): ProcInfo | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const close = stat.lastIndexOf(')');
  const rest = stat.slice(close + 2).split(' ');
  return { pid: Number(pid), comm: stat.slice(stat.indexOf('(') + 1, close), state: rest[0], pgrp: Number(rest[2]) };
}

function procPids(): string[] | undefined {
  try {
    return readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return undefined;
  }
}

const gone = (p: ProcInfo) => p.state === 'Z' || p.state === 'X';

/**
 * Whether any process of the group is still running. On Linux, /proc is read and zombies are left out: an orphan
 * that exited is reparented to PID 1, and in containers PID 1 is often not an init that reaps it (docker without
 * --init, `tail -f /dev/null` in job containers), so kill(-pgid, 0) would see the zombie as alive until SIGKILL.
 */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (e) {
    // EPERM: the group exists but belongs to someone else (setuid helper); treat it as alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (process.platform !== 'linux') return true;
  const pids = procPids();
  if (!pids) return true;
  for (const pid of pids) {
    const p = readStat(pid);
    if (p && p.pgrp === pgid && !gone(p)) return true;
  }
  return false;
}

/** A process the training left running: its pid and command name. */
export interface Leftover {
  pid: number;
  comm: string;
}

/**
 * Live processes of the training: in its process group, or (Linux) carrying the marker variable in their
 * environment, which reaches those that called setsid or double-forked into daemons. Not found: processes that
 * cleared their environment (`env -i`, an exec with a fresh one), run as another user (sudo), or live in another
 * PID namespace (a container started through the Docker daemon is the daemon's child, not the training's).
 */
export function findLeftovers(pgid: number, marker?: { name: string; value: string }): Leftover[] {
  const out: Leftover[] = [];
  const pids = process.platform === 'linux' ? procPids() : undefined;
  if (!pids) return groupAlive(pgid) ? [{ pid: -pgid, comm: 'process group' }] : [];
  const needle = marker ? Buffer.from(`${marker.name}=${marker.value}\0`) : undefined;
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    const p = readStat(pid);
    if (!p || gone(p)) continue;
    if (p.pgrp === pgid) {
      out.push({ pid: p.pid, comm: p.comm });
      continue;
    }
    if (!needle) continue;
    let environ: Buffer;
    try {
      environ = readFileSync(`/proc/${pid}/environ`);
    } catch {
      continue;
    }
    if (environ.includes(needle)) out.push({ pid: p.pid, comm: p.comm });
  }
  return out;
}

function signalPid(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // ESRCH: gone already; EPERM: not ours to stop.
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function signalGroup(pgid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pgid, sig);
  } catch {
    // ESRCH: the group is already gone.
  }
}

class Tail {
  private lines: string[] = [];
  private partial = '';
  constructor(private readonly max: number) {}
  push(chunk: Buffer): void {
    const text = this.partial + chunk.toString('utf8');
    const parts = text.split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    for (const p of parts) {
      this.lines.push(p);
      if (this.lines.length > this.max) this.lines.shift();
    }
    if (this.partial.length > 4096) this.partial = this.partial.slice(-4096);
  }
  get(): string[] {
    return this.partial ? [...this.lines, this.partial].slice(-this.max) : [...this.lines];
  }
}

export function startAttempt(spec: AttemptSpec): RunningAttempt {
  const started = Date.now();
  const tail = new Tail(spec.tailLines ?? 20);
  let timedOut = false;
  let cancelledBy: NodeJS.Signals | undefined;
  let killedAfterGrace = false;
  let killTimer: NodeJS.Timeout | undefined;
  let timeoutTimer: NodeJS.Timeout | undefined;
  let stopping = false;
  const leftovers: Leftover[] = [];

  let child: ChildProcess;
  try {
    child = spawn(spec.shell ?? 'bash', ['-eo', 'pipefail', '-c', spec.command], {
      cwd: spec.cwd,
      env: spec.env,
      detached: true,
      // No stdin, like the runner: a command waiting for input would hang the job.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    const outcome: AttemptOutcome = {
      attempt: spec.attempt, exitCode: null, signal: null, timedOut: false, killedAfterGrace: false,
      spawnError: (e as Error).message, durationMs: 0, tail: [],
    };
    return { pid: undefined, cancel: () => undefined, done: Promise.resolve(outcome) };
  }
  const pgid = child.pid;

  const out = spec.onStdout ?? ((c: Buffer) => process.stdout.write(c));
  const err = spec.onStderr ?? ((c: Buffer) => process.stderr.write(c));
  child.stdout?.on('data', (c: Buffer) => {
    tail.push(c);
    out(c);
  });
  child.stderr?.on('data', (c: Buffer) => {
    tail.push(c);
    err(c);
  });

  const stop = (sig: NodeJS.Signals, graceMs: number) => {
    if (pgid === undefined) return;
    signalGroup(pgid, sig);
    if (stopping) return;
    stopping = true;
    killTimer = setTimeout(() => {
      if (groupAlive(pgid)) {
        killedAfterGrace = true;
        signalGroup(pgid, 'SIGKILL');
      }
    }, graceMs);
  };

  if (spec.timeoutMs !== undefined && spec.timeoutMs > 0) {
    timeoutTimer = setTimeout(() => {
      timedOut = true;
      stop('SIGTERM', spec.graceMs);
    }, spec.timeoutMs);
  }

  // Both pipes closed: everything the command wrote has been read (after the 'exit' event, and only once no
  // process of the group holds the pipes open).
  const drained = new Promise<void>((r) => child.once('close', () => r()));
  const done = new Promise<AttemptOutcome>((resolve) => {
    let spawnError: string | undefined;
    child.once('error', (e) => {
      // ENOENT for bash itself, or a working directory that vanished: 'exit' may never come.
      spawnError = e.message;
      finish(null, null);
    });
    child.once('exit', (code, signal) => finish(code, signal));

    let finished = false;
    function finish(code: number | null, signal: NodeJS.Signals | null): void {
      if (finished) return;
      finished = true;
      let settled = false;
      const settle = () => {
        if (settled) return;
        settled = true;
        if (timeoutTimer) clearTimeout(timeoutTimer);
        if (killTimer) clearTimeout(killTimer);
        child.stdout?.destroy();
        child.stderr?.destroy();
        resolve({
          attempt: spec.attempt, exitCode: code, signal, timedOut, cancelledBy, killedAfterGrace,
          spawnError, durationMs: Date.now() - started, tail: tail.get(),
          ...(leftovers.length ? { strayProcesses: leftovers.map((l) => `${l.pid} (${l.comm})`) } : {}),
        });
      };
      if (pgid === undefined || spawnError) return settle();
      // The group swept, what it wrote read to the end (bounded: a process that escaped it may hold a pipe).
      const drain = () => {
        const late = setTimeout(settle, DRAIN_MS);
        void drained.then(() => {
          clearTimeout(late);
          settle();
        });
      };
      void sweep(pgid).then(drain, drain);
    }

    /**
     * After bash exits: wait for the rest of its process group (after a stop signal, up to the grace period, with
     * the SIGKILL timer armed); processes still running after a normal exit are leftovers. Then the processes that
     * escaped the group (found by the marker) get SIGTERM, a short grace, and SIGKILL, as do any they started
     * meanwhile.
     */
    async function sweep(group: number): Promise<void> {
      const note = (found: Leftover[]) => {
        for (const l of found) if (!leftovers.some((x) => x.pid === l.pid)) leftovers.push(l);
      };
      if (!stopping) {
        const found = findLeftovers(group, spec.marker);
        if (found.length) {
          note(found);
          for (const l of found) signalPid(l.pid, 'SIGTERM');
          stop('SIGTERM', Math.min(spec.graceMs, LEFTOVER_GRACE_MS));
        }
      }
      while (groupAlive(group) && !killedAfterGrace) await sleep(GROUP_POLL_MS);
      // After SIGKILL the group is gone at once; give the kernel a tick to reap before looking again.
      if (killedAfterGrace) await sleep(GROUP_POLL_MS);
      let escaped = findLeftovers(group, spec.marker);
      if (escaped.length === 0) return;
      note(escaped);
      for (const l of escaped) signalPid(l.pid, 'SIGTERM');
      const deadline = Date.now() + Math.min(spec.graceMs, LEFTOVER_GRACE_MS);
      while (Date.now() < deadline) {
        await sleep(GROUP_POLL_MS);
        escaped = findLeftovers(group, spec.marker);
        if (escaped.length === 0) return;
      }
      // Twice: a process may have forked between the scan and the kill.
      for (let round = 0; round < 2; round++) {
        escaped = findLeftovers(group, spec.marker);
        note(escaped);
        for (const l of escaped) signalPid(l.pid, 'SIGKILL');
        signalGroup(group, 'SIGKILL');
        await sleep(GROUP_POLL_MS);
      }
    }
  });

  return {
    pid: pgid,
    cancel(signal: NodeJS.Signals) {
      cancelledBy ??= signal;
      stop(signal, spec.graceMs);
    },
    done,
  };
}
