/**
 * Flags from an action's input specs: `--<input-name>` for every input (the names are already kebab-case), so the
 * CLI can never drift from the action. Boolean inputs also take `--<name>` alone (true) and `--no-<name>`; list
 * inputs (newline-separated in YAML) take the flag once per item. Values are kept raw: the action's own schemas
 * parse them (parseInputs), with the action.yml defaults, exactly as on the runner.
 */
import { booleanInput, linesInput, type InputSpecs } from '@mlci/core';

/** A mistake on the command line: exit 2 with one line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Flags every command has, beside its action's inputs. */
export interface CommonFlag {
  name: string;
  kind: 'boolean' | 'string';
  description: string;
  default?: string;
}

export interface CommandSpec {
  name: string;
  /** The action whose inputs are the flags. */
  action: string;
  summary: string;
  inputs: InputSpecs;
  /** Inputs with no meaning off GitHub (tokens): not offered as flags. */
  hidden?: string[];
  extra: CommonFlag[];
  example: string;
  /** A command that is not one action's job (approve, demo) runs itself: flags, help, output and exit code. */
  run?: (argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }) => Promise<number>;
}

export const COMMON_FLAGS: CommonFlag[] = [
  { name: 'out-dir', kind: 'string', default: '.mlci', description: 'Folder for outputs.json/.env, summary.md, comments/, checks/ and cache/.' },
  { name: 'json', kind: 'boolean', description: 'Print one JSON document on stdout (outputs and verdict); logs stay on stderr.' },
  { name: 'verbose', kind: 'boolean', description: 'Print the action\'s log lines on stderr.' },
  { name: 'help', kind: 'boolean', description: 'Show this help.' },
];

export interface ParsedArgs {
  /** Raw values by input name (lists joined with newlines). */
  inputs: Record<string, string>;
  /** The command's own flags (out-dir, json, ...). */
  flags: Record<string, string | boolean>;
}

const isBool = (spec: InputSpecs[string]) => spec.schema === booleanInput;
const isList = (spec: InputSpecs[string]) => spec.schema === linesInput;

export function parseArgs(cmd: CommandSpec, argv: string[]): ParsedArgs {
  const inputs: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const flags: Record<string, string | boolean> = {};
  const extra = [...cmd.extra, ...COMMON_FLAGS];
  for (const f of extra) if (f.default !== undefined) flags[f.name] = f.default;
  const offered = (n: string) => n in cmd.inputs && !cmd.hidden?.includes(n);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h') {
      flags.help = true;
      continue;
    }
    const m = /^--([a-z0-9][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
    if (!m) {
      const prev = /^--([a-z0-9-]+)$/.exec(argv[i - 1] ?? '')?.[1];
      const after = prev ? ` after --${prev}, a true/false flag (write --${prev}, --no-${prev} or --${prev}=false)` : ': every value follows a flag';
      throw new UsageError(`unexpected argument '${short(arg)}'${after} (see mlci ${cmd.name} --help)`);
    }
    const inline = m[2];
    let name = m[1];
    let negated = false;
    if (name.startsWith('no-') && !offered(name) && !extra.some((f) => f.name === name)) {
      name = name.slice(3);
      negated = true;
    }
    const spec = offered(name) ? cmd.inputs[name] : undefined;
    const flag = extra.find((f) => f.name === name);
    if (!spec && !flag) throw new UsageError(`unknown flag --${m[1]}${suggest(name, cmd)} (see mlci ${cmd.name} --help)`);
    const boolean = spec ? isBool(spec) : flag!.kind === 'boolean';
    if (negated && !boolean) throw new UsageError(`unknown flag --${m[1]}: --${name} is not a true/false flag`);
    let value: string;
    if (boolean && inline === undefined) {
      // `--check` alone is true; `--check false` is accepted too, since that is how the input reads in YAML.
      const next = argv[i + 1];
      if (!negated && next !== undefined && /^(true|false|yes|no|on|off|1|0)$/i.test(next)) value = argv[++i];
      else value = negated ? 'false' : 'true';
    } else if (inline !== undefined) {
      value = inline;
    } else {
      if (i + 1 >= argv.length || (argv[i + 1].startsWith('--') && argv[i + 1].length > 2)) throw new UsageError(`flag --${name} needs a value`);
      value = argv[++i];
    }
    if (negated) value = 'false';
    if (spec) {
      if (isList(spec)) (lists[name] ??= []).push(value);
      else inputs[name] = value;
    } else {
      flags[name] = flag!.kind === 'boolean' ? /^(true|yes|on|1)$/i.test(value) : value;
    }
  }
  for (const [name, values] of Object.entries(lists)) inputs[name] = values.join('\n');
  if (!flags.help) {
    for (const [name, spec] of Object.entries(cmd.inputs)) {
      if (spec.required && !(inputs[name] ?? '').trim()) throw new UsageError(`missing required flag --${name}: ${firstSentence(spec.description)}`);
    }
  }
  return { inputs, flags };
}

function short(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function firstSentence(s: string): string {
  return s.split(/(?<=\.)\s/)[0];
}

/** `--candidat` → ` (did you mean --candidate?)`: the closest flag by edit distance, when close. */
function suggest(name: string, cmd: CommandSpec): string {
  const names = [...Object.keys(cmd.inputs).filter((n) => !cmd.hidden?.includes(n)), ...cmd.extra.map((f) => f.name), ...COMMON_FLAGS.map((f) => f.name)];
  let best = '';
  let bestD = Infinity;
  for (const n of names) {
    const d = distance(name, n);
    if (d < bestD) [best, bestD] = [n, d];
  }
  return bestD <= Math.max(2, Math.floor(name.length / 4)) ? ` (did you mean --${best}?)` : '';
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
}

/** `--help`: usage, the flags from the action's inputs (required first, defaults shown), the CLI's own flags, an example. */
export function helpText(cmd: CommandSpec): string {
  const rows: [string, string][] = [];
  const entries = Object.entries(cmd.inputs).filter(([n]) => !cmd.hidden?.includes(n));
  entries.sort(([, a], [, b]) => Number(!!b.required) - Number(!!a.required));
  for (const [name, spec] of entries) {
    const value = isBool(spec) ? '' : isList(spec) ? ' <value>...' : ' <value>';
    const dflt = spec.required ? ' (required)' : spec.default ? ` (default: ${spec.default})` : '';
    rows.push([`--${name}${value}`, `${spec.description}${dflt}`]);
  }
  const own = [...cmd.extra, ...COMMON_FLAGS].map((f): [string, string] => [
    `--${f.name}${f.kind === 'string' ? ' <value>' : ''}`,
    `${f.description}${f.default ? ` (default: ${f.default})` : ''}`,
  ]);
  const width = Math.max(...[...rows, ...own].map(([f]) => f.length)) + 2;
  const fmt = (r: [string, string][]) => r.map(([f, d]) => `  ${f.padEnd(width)}${d}`).join('\n');
  return [
    `mlci ${cmd.name}: ${cmd.summary}`,
    '',
    `Usage: mlci ${cmd.name} [flags]`,
    '',
    `Flags (the inputs of the ${cmd.action} action, same names and defaults; true/false flags also take --no-<name>):`,
    fmt(rows),
    '',
    'Command flags:',
    fmt(own),
    '',
    'Example:',
    cmd.example,
    '',
  ].join('\n');
}
