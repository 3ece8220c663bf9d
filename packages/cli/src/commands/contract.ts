/**
 * `mlci contract init <files...>`: profile data files and write a starting data contract (core's initContract; the
 * rules are stated in the file's header and in actions/validate-data/README.md). The command only parses flags,
 * refuses to overwrite a contract unless told to, checks the text against the contract schema, and writes it.
 *
 * Exit codes: 0 written, 2 bad usage or bad input (no files, an unreadable file, an existing --out without --force).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError, type CommandSpec } from '../args.js';

type IO = { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string };

export const contractCommand: CommandSpec = {
  name: 'contract',
  action: '',
  summary: 'init <files...>: profile data (CSV, TSV, JSONL, Parquet) into a starting contract for validate.',
  inputs: {},
  extra: [
    { name: 'out', kind: 'string', default: 'contract.yml', description: 'Where to write the contract (- for stdout).' },
    { name: 'table', kind: 'string', description: 'Table name in the contract (default: the first file\'s name without extensions).' },
    { name: 'force', kind: 'boolean', description: 'Overwrite --out when it exists.' },
  ],
  example: '  mlci contract init examples/fraud/transactions.csv --out contract.yml',
  run: contractMain,
};

function contractHelp(): string {
  return [
    `mlci contract: write data contracts for \`mlci validate\` and the validate-data action.`,
    '',
    'Usage: mlci contract init <files...> [--out contract.yml] [--table NAME] [--force] [--json]',
    '',
    'Profiles the files (one table; globs allowed, relative to the working directory) in one streaming pass and',
    'writes a contract that passes on them, by rules stated in its header:',
    '  rows      0.5x to 2x the observed row count',
    '  type      the narrowest of integer, number, boolean, timestamp, string that every value has',
    '  min/max   the observed range widened by 10% of its width on each side, rounded outward, never across 0',
    '  nulls     the observed null share rounded up to 2 significant digits (0: none allowed)',
    '  in        columns with at most 20 distinct values, some repeated; new values warn',
    '  unique    integer and text columns whose values are all distinct',
    'Review it before committing it: the data decides what the contract says, so a problem already in the data is',
    'written into it. Add what profiling cannot know: freshness of timestamps, label shares, patterns.',
    '',
    'Flags:',
    '  --out <file>    Where to write the contract (default: contract.yml; - prints it on stdout).',
    '  --table <name>  Table name (default: the first file\'s name without extensions).',
    '  --force         Overwrite --out when it exists.',
    '  --json          Print one JSON document on stdout (path, table, rows, columns).',
    '  --help          Show this help.',
    '',
    'Exit codes: 0 written, 2 bad usage or input.',
    '',
    'Example:',
    '  mlci contract init examples/fraud/transactions.csv --out contract.yml',
    '  mlci validate --contract contract.yml',
    '',
  ].join('\n');
}

export async function contractMain(argv: string[], io: IO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(contractHelp());
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'init') throw new UsageError(`unknown subcommand '${sub.slice(0, 40)}': expected init (see mlci contract --help)`);
  const files: string[] = [];
  let out = 'contract.yml';
  let table: string | undefined;
  let force = false;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(a);
    if (a === '-h' || a === '--help') {
      io.stdout(contractHelp());
      return 0;
    }
    if (!m) {
      files.push(a);
      continue;
    }
    const value = (): string => {
      if (m[2] !== undefined) return m[2];
      if (i + 1 >= rest.length || rest[i + 1].startsWith('--')) throw new UsageError(`flag --${m[1]} needs a value`);
      return rest[++i];
    };
    if (m[1] === 'out') out = value();
    else if (m[1] === 'table') table = value();
    else if (m[1] === 'force') force = true;
    else if (m[1] === 'json') json = true;
    else throw new UsageError(`unknown flag --${m[1]} (see mlci contract --help)`);
  }
  if (files.length === 0) throw new UsageError('mlci contract init needs the data files to profile, e.g. mlci contract init data/train.csv');
  if (table !== undefined && !table.trim()) throw new UsageError('flag --table needs a name');
  const target = out === '-' ? undefined : resolve(io.cwd, out);
  if (target && existsSync(target) && !force) throw new UsageError(`${out} exists; pass --force to overwrite it, or --out another file`);
  const { initContract, parseContract } = await import('@mlci/core/contract/index');
  const { text, profile } = await initContract(files, { workspace: io.cwd, table });
  // The text must load as a contract; a failure here is a bug in init, not in the data (exit 3 with the stack).
  try {
    parseContract(text, out);
  } catch (e) {
    throw new Error(`contract init wrote a contract that does not load: ${(e as Error).message}`);
  }
  const shown = target ? relative(io.cwd, target).split(sep).join('/') : '-';
  if (target) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  } else if (!json) {
    io.stdout(text);
  }
  const kept = profile.columns.filter((c) => c.absentFrom.length === 0);
  if (json) {
    io.stdout(JSON.stringify({ command: 'contract init', out: shown, table: profile.name, files: profile.files, rows: profile.rows, columns: kept.map((c) => c.name), contract: target ? undefined : text }) + '\n');
  } else if (target) {
    io.stdout(
      `wrote ${shown}: table ${profile.name}, ${kept.length} column${kept.length === 1 ? '' : 's'}, ${profile.rows} rows from ${profile.files.length} file${profile.files.length === 1 ? '' : 's'}\n` +
        `review it, then: mlci validate --contract ${shown}\n`,
    );
  }
  return 0;
}
