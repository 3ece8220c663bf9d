import { randomBytes, randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What the training gets instead of the action's own runner files, and what of it reaches the job.
 *
 * The runner gives each step its own GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY
 * files and reads them when the step ends (actions/runner `FileCommandManager`). Were the training handed the
 * action's, it could set `metric-accuracy=0.999` even when the action rejects its metrics, or leave an unterminated
 * `name<<EOF` heredoc that makes the runner drop every output the action writes after it. So the training gets
 * files of its own in a private folder, and after the run:
 *
 * - GITHUB_OUTPUT, GITHUB_STATE: not the action's outputs or state. Anything written there is reported (names only)
 *   and dropped; metrics go in MLCI_METRICS_FILE.
 * - GITHUB_ENV, GITHUB_PATH: passed on to later steps, as for a `run:` step. Each entry is parsed with the runner's
 *   rules and written again with a fresh random delimiter, so a broken heredoc drops only the entries after it (with
 *   a warning) and never the action's own. NODE_OPTIONS is dropped, because the runner refuses it in GITHUB_ENV
 *   and would fail the step (`FileCommandManager` `_setEnvBlockList`).
 * - GITHUB_STEP_SUMMARY: shown at the end of the action's summary, capped.
 *
 * The action's own GITHUB_OUTPUT and GITHUB_STATE are also snapshotted before the training and restored after it,
 * should the training have found their paths (in /proc/<action pid>/environ) and written to them directly.
 */
export interface TrainingFileCommands {
  /** Variables that replace the action's in the training's environment. */
  env: Record<string, string>;
  /** Read what the training wrote, pass env and path on, restore the action's files. */
  collect(): FileCommandsReport;
  /** Remove the private folder. */
  cleanup(): void;
}

export interface FileCommandsReport {
  /** Output names the training wrote (dropped). */
  outputs: string[];
  /** State names the training wrote (dropped). */
  state: string[];
  /** Variables passed on to later steps. */
  exportedEnv: string[];
  /** Directories passed on to PATH of later steps. */
  addedPath: string[];
  /** The training's own summary markdown (capped), or '' when it wrote none. */
  summary: string;
  /** Problems to report as warnings. */
  warnings: string[];
  /** The action's own GITHUB_OUTPUT / GITHUB_STATE had been written to by the training and were restored. */
  tampered: string[];
}

const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'] as const;
/** Most of the training's summary shown in the action's (GitHub caps a step's summary at 1 MiB). */
export const TRAINING_SUMMARY_MAX = 64 * 1024;
/** Most of a file command file read (the runner itself accepts up to 1 MiB per output value). */
const MAX_READ = 16 * 1024 * 1024;

/** Parse a file-command file with the runner's rules (`name=value`, `name<<DELIM`); stop at the first bad line. */
export function parseFileCommand(text: string): { entries: Array<[string, string]>; error?: string } {
  const entries: Array<[string, string]> = [];
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const eq = line.indexOf('=');
    const hd = line.indexOf('<<');
    if (eq > 0 && (hd < 0 || eq < hd)) {
      entries.push([line.slice(0, eq), line.slice(eq + 1)]);
    } else if (hd > 0) {
      const name = line.slice(0, hd);
      const delimiter = line.slice(hd + 2);
      if (!delimiter) return { entries, error: `line ${i + 1}: the heredoc for '${name.slice(0, 80)}' has an empty delimiter` };
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]);
      }
      if (!closed) return { entries, error: `the heredoc for '${name.slice(0, 80)}' is never closed by '${delimiter.slice(0, 80)}'` };
      entries.push([name, value.join('\n')]);
    } else {
      return { entries, error: `line ${i + 1} is neither name=value nor name<<DELIMITER` };
    }
  }
  return { entries };
}

function readCapped(p: string): string {
  try {
    const size = statSync(p).size;
    if (size > MAX_READ) return readFileSync(p, 'utf8').slice(0, MAX_READ);
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Private file-command files for the training, in `tempRoot` (RUNNER_TEMP on a runner). Returns undefined when the
 * action itself has no GITHUB_OUTPUT (not on a runner): there is nothing to protect or pass on.
 */
export function prepareTrainingFileCommands(base: NodeJS.ProcessEnv, tempRoot?: string): TrainingFileCommands | undefined {
  if (!base.GITHUB_OUTPUT) return undefined;
  const root = tempRoot && existsSync(tempRoot) ? tempRoot : tmpdir();
  const dir = mkdtempSync(join(root, `mlci-train-${randomBytes(4).toString('hex')}-`));
  const env: Record<string, string> = {};
  for (const name of FILES) {
    const p = join(dir, name.toLowerCase().replace(/^github_/, ''));
    writeFileSync(p, '', { mode: 0o600 });
    env[name] = p;
  }
  const guarded = (['GITHUB_OUTPUT', 'GITHUB_STATE'] as const)
    .map((name) => ({ name, path: base[name] }))
    .filter((g): g is { name: 'GITHUB_OUTPUT' | 'GITHUB_STATE'; path: string } => !!g.path && existsSync(g.path))
    .map((g) => ({ ...g, before: readFileSync(g.path) }));

  return {
    env,
    collect(): FileCommandsReport {
      const report: FileCommandsReport = { outputs: [], state: [], exportedEnv: [], addedPath: [], summary: '', warnings: [], tampered: [] };
      for (const g of guarded) {
        let now: Buffer | undefined;
        try {
          now = readFileSync(g.path);
        } catch {
          now = undefined;
        }
        if (!now || !now.equals(g.before)) {
          writeFileSync(g.path, g.before);
          report.tampered.push(g.name);
        }
      }
      const out = parseFileCommand(readCapped(env.GITHUB_OUTPUT));
      report.outputs = out.entries.map(([k]) => k);
      const st = parseFileCommand(readCapped(env.GITHUB_STATE));
      report.state = st.entries.map(([k]) => k);

      const parsedEnv = parseFileCommand(readCapped(env.GITHUB_ENV));
      if (parsedEnv.error) report.warnings.push(`The training's GITHUB_ENV: ${parsedEnv.error}; the entries after it were not passed on to later steps.`);
      const lines: string[] = [];
      for (const [k, v] of parsedEnv.entries) {
        if (k.toUpperCase() === 'NODE_OPTIONS') {
          report.warnings.push("The training wrote NODE_OPTIONS to GITHUB_ENV; the runner refuses it there, so it was not passed on.");
          continue;
        }
        const delimiter = `ghadelimiter_${randomUUID()}`;
        lines.push(`${k}<<${delimiter}\n${v}\n${delimiter}\n`);
        report.exportedEnv.push(k);
      }
      if (lines.length && base.GITHUB_ENV) appendFileSync(base.GITHUB_ENV, lines.join(''));

      const paths = readCapped(env.GITHUB_PATH).split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
      if (paths.length && base.GITHUB_PATH) appendFileSync(base.GITHUB_PATH, paths.map((p) => p + '\n').join(''));
      report.addedPath = paths;

      const summary = readCapped(env.GITHUB_STEP_SUMMARY);
      report.summary = summary.length > TRAINING_SUMMARY_MAX
        ? summary.slice(0, TRAINING_SUMMARY_MAX) + `\n\n_The training's summary was cut at ${TRAINING_SUMMARY_MAX / 1024} KiB._\n`
        : summary;

      if (report.outputs.length) {
        report.warnings.push(`The training wrote ${report.outputs.length} output(s) to GITHUB_OUTPUT (${report.outputs.slice(0, 5).map((n) => n.slice(0, 40)).join(', ')}); a training's outputs are not the action's, so they were dropped. Write metrics to MLCI_METRICS_FILE.`);
      }
      if (report.state.length) report.warnings.push('The training wrote to GITHUB_STATE; it has no post step, so that was dropped.');
      if (report.tampered.length) {
        report.warnings.push(`The training wrote to the action's own ${report.tampered.join(' and ')} file directly; those writes were undone.`);
      }
      return report;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
