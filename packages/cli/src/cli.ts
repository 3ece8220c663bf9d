/**
 * `mlci <command> [flags]`: argument handling, output and exit codes around the jobs.
 *
 * Exit codes: 0 the gate passed / should-train is true (or false without --exit-code) / the training succeeded; 1 the
 * gate failed, should-train is false with --exit-code, or the training failed; 2 bad usage or bad input (one line on stderr naming the flag, file or
 * line); 3 a bug (with its stack, please report it).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { isUserError, resolveOutputFile } from '@mlci/core';
import { isGitLabCI, withGitLab } from '@mlci/gitlab';
import { writeDotenv } from './gitlab-env.js';
import { approveCommand } from './commands/approve.js';
import { contractCommand } from './commands/contract.js';
import { demoCommand } from './commands/demo.js';
import { helpText, parseArgs, UsageError, type CommandSpec } from './args.js';
import { createLocalPlatform, type LocalPlatform } from './local-platform.js';
import { gateCommand, gateJob, gateTable } from './commands/gate.js';
import { detectCommand, detectJob } from './commands/detect.js';
import { trainCommand, trainJob } from './commands/train.js';
import { validateCommand, validateJob } from './commands/validate.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, bug: 3 } as const;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

const COMMANDS: Record<string, CommandSpec> = { detect: detectCommand, train: trainCommand, gate: gateCommand, validate: validateCommand };

const VERSION = '1.0.0';
Object.assign(COMMANDS, { contract: contractCommand, approve: approveCommand, demo: demoCommand });

function topHelp(): string {
  return [
    'mlci: the mlci actions as one command line, on your machine or any CI.',
    '',
    'Usage: mlci <command> [flags]      mlci <command> --help',
    '',
    'Commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(10)}${c.summary}${c.action ? ` (the ${c.action} action)` : ''}`),
    '',
    'Every flag is an input of the action, same name and default. Human output by default; --json prints one JSON',
    'document on stdout. Files (outputs, summary, comment bodies, checks, cache) go under --out-dir (default .mlci).',
    'Exit codes: 0 passed / should train / trained, 1 gate failed (or should-train false with --exit-code) or',
    'training failed, 2 bad usage or input, 3 a bug.',
    '',
    'Example:',
    '  mlci gate --candidate examples/gate/candidate.csv.gz --baseline examples/gate/baseline.csv.gz --policy examples/gate/policy.yml',
    '',
  ].join('\n');
}

/** One line: paths inside the working directory shown relative to it, newlines folded. */
function oneLine(message: string, cwd: string): string {
  const root = cwd.endsWith(sep) ? cwd : cwd + sep;
  return message.split(root).join('').replace(/\s*\n\s*/g, ' ').trim();
}

/** parseInputs names inputs as the action does (`Input 'policy'`); on the command line they are flags. */
function asFlags(message: string): string {
  return message.replace(/\bInputs '([a-z0-9-]+)' and '([a-z0-9-]+)'/g, (_, a, b) => `Flags --${a} and --${b}`).replace(/\bInputs? '([a-z0-9-]+)'/g, (_, n) => `Flag --${n}`).replace(/\binput '([a-z0-9-]+)'/g, (_, n) => `flag --${n}`);
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const cmd = COMMANDS[name];
  const label = cmd ? `mlci ${cmd.name}` : 'mlci';
  try {
    if (!cmd) throw new UsageError(`unknown command '${name.slice(0, 40)}': expected one of ${Object.keys(COMMANDS).join(', ')} (see mlci --help)`);
    if (cmd.run) return await cmd.run(rest, io);
    const args = parseArgs(cmd, rest);
    if (args.flags.help) {
      io.stdout(helpText(cmd));
      return EXIT.ok;
    }
    const outDir = resolve(io.cwd, String(args.flags['out-dir']));
    const rel = (p: string) => relative(io.cwd, p).split(sep).join('/') || '.';
    const json = args.flags.json === true;
    const local = createLocalPlatform({ inputs: args.inputs, outDir, workspace: io.cwd, log: (l) => io.stderr(l + '\n'), verbose: args.flags.verbose === true });
    // In a GitLab CI job: GitLab's run context and merge request notes over the same files, and a dotenv report.
    const gitlab = isGitLabCI();
    const p = gitlab ? withGitLab(local) : local;
    const writeOutputs = () => {
      local.writeOutputs();
      if (!gitlab) return;
      const env = writeDotenv(outDir, cmd.name, local.outputs);
      for (const s of env.skipped) local.annotate('notice', `Output left out of ${rel(env.path)}: ${s}; it is in outputs.json.`);
    };
    // The summary file is this run's, as GITHUB_STEP_SUMMARY is one step's.
    rmSync(resolve(outDir, 'summary.md'), { force: true });
    if (cmd.name === 'gate') {
      const g = await gateJob(p);
      writeOutputs();
      const junit = args.flags['junit-path'];
      if (typeof junit === 'string' && junit) {
        const { gateJUnit } = await import('@mlci/core/gate/junit');
        const to = resolveOutputFile(junit, { input: 'junit-path', roots: { workspace: io.cwd, temp: process.env.RUNNER_TEMP || undefined } });
        mkdirSync(dirname(to), { recursive: true });
        writeFileSync(to, gateJUnit(g.report));
      }
      const code = p.failures.length ? EXIT.failed : EXIT.ok;
      if (json) {
        io.stdout(JSON.stringify({ command: 'gate', passed: g.passed, summary: g.summary, exitCode: code, outputs: p.outputs, counts: g.report.counts, outDir: rel(outDir) }) + '\n');
      } else {
        io.stdout(`${g.summary}\n\n${gateTable(g.report)}\n\nreport: ${p.outputs.report}   summary: ${rel(resolve(outDir, 'summary.md'))}   outputs: ${rel(resolve(outDir, 'outputs.json'))}\n`);
      }
      return code;
    }
    if (cmd.name === 'validate') {
      const v = await validateJob(p);
      writeOutputs();
      const code = p.failures.length ? EXIT.failed : EXIT.ok;
      if (json) io.stdout(JSON.stringify({ command: 'validate', passed: v.passed, summary: v.summary, exitCode: code, outputs: p.outputs, counts: v.report.counts, outDir: rel(outDir) }) + '\n');
      else io.stdout(`${v.summary}\n${v.lines.map((l) => l + '\n').join('')}\nreport: ${p.outputs.report}   summary: ${rel(resolve(outDir, 'summary.md'))}   outputs: ${rel(resolve(outDir, 'outputs.json'))}\n`);
      return code;
    }
    if (cmd.name === 'train') {
      // The training's own output: on stdout for a person, on stderr under --json (stdout is the one document).
      const toErr = (c: Buffer) => io.stderr(c.toString());
      const t = await trainJob(p, json ? { onStdout: toErr, onStderr: toErr } : { onStdout: (c) => io.stdout(c.toString()), onStderr: toErr });
      writeOutputs();
      const code = t.failure ? EXIT.failed : EXIT.ok;
      if (json) {
        io.stdout(JSON.stringify({ command: 'train', outcome: t.report.outcome, failure: t.failure ?? null, exitCode: code, outputs: p.outputs, outDir: rel(outDir) }) + '\n');
      } else {
        const m = (t.report.metrics ?? []).map(([k, v]) => `  ${k.padEnd(24)}${v}`).join('\n');
        io.stdout(
          `\ntraining ${t.report.outcome} on ${t.report.device} in ${(t.report.durationMs / 1000).toFixed(1)} s, ${t.report.attempts.length} attempt(s)` +
            `${t.failure ? `: ${t.failure.split('\n')[0]}` : ''}\n${m ? `metrics:\n${m}\n` : ''}` +
            `summary: ${rel(resolve(outDir, 'summary.md'))}   outputs: ${rel(resolve(outDir, 'outputs.json'))}\n`,
        );
      }
      return code;
    }
    const d = await detectJob(p, outDir);
    writeOutputs();
    const code = !d.shouldTrain && args.flags['exit-code'] === true ? EXIT.failed : EXIT.ok;
    if (json) {
      io.stdout(JSON.stringify({ command: 'detect', shouldTrain: d.shouldTrain, reasons: d.reasons, exitCode: code, outputs: p.outputs, outDir: rel(outDir) }) + '\n');
    } else {
      const why = d.reasons.length ? ` (${d.reasons.join(', ')})` : ' (nothing relevant changed)';
      io.stdout(
        `should-train: ${d.shouldTrain}${why}\nfingerprint: ${d.fingerprint}\n` +
          `report: ${rel(d.reportPath)}   html: ${rel(d.htmlReportPath)}${d.lockPath ? `   lock: ${d.lockPath}` : ''}   summary: ${rel(resolve(outDir, 'summary.md'))}   outputs: ${rel(resolve(outDir, 'outputs.json'))}\n`,
      );
    }
    return code;
  } catch (e) {
    if (e instanceof UsageError || isUserError(e)) {
      io.stderr(`${label}: error: ${oneLine(asFlags((e as Error).message), io.cwd)}\n`);
      return EXIT.usage;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(`${label}: unexpected error (please report it): ${err.stack ?? err.message}\n`);
    return EXIT.bug;
  }
}

export type { LocalPlatform };
