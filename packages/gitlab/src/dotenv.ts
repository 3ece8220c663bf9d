/**
 * Step outputs as an `artifacts:reports:dotenv` file, so later jobs along `needs:` read them as variables
 * (https://docs.gitlab.com/ci/variables/dotenv_variables/). GitLab accepts only a narrow dotenv: one `NAME=value` per
 * line, names of ASCII letters, digits and `_`, no empty lines or comments, no multi-line values, quotes kept as they
 * are, and the instance limits — 5 KB per file and 20 variables on GitLab.com's smallest plans
 * (https://docs.gitlab.com/administration/instance_limits/#limit-dotenv-variables). A file over a limit fails the
 * upload and with it the job, so mlci writes only what fits and says what it left out: the full outputs are always
 * in outputs.json beside it.
 */

export const DOTENV_MAX_BYTES = 5 * 1024;
export const DOTENV_MAX_VARIABLES = 20;

export interface DotenvResult {
  text: string;
  written: string[];
  /** `NAME (why)` for each output left out. */
  skipped: string[];
}

/** `should-train` → `MLCI_SHOULD_TRAIN`. */
export function dotenvName(output: string, prefix = 'MLCI_'): string {
  return prefix + output.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

/**
 * The dotenv text of `outputs` (in the order given; put the important ones first). A value with a line break or
 * outside printable text is left out; so is anything past the variable or byte limit.
 */
export function toDotenv(outputs: Record<string, string>, opts: { prefix?: string; maxBytes?: number; maxVariables?: number } = {}): DotenvResult {
  const maxBytes = opts.maxBytes ?? DOTENV_MAX_BYTES;
  const maxVariables = opts.maxVariables ?? DOTENV_MAX_VARIABLES;
  const lines: string[] = [];
  const written: string[] = [];
  const skipped: string[] = [];
  let bytes = 0;
  const seen = new Set<string>();
  for (const [output, value] of Object.entries(outputs)) {
    const name = dotenvName(output, opts.prefix);
    if (seen.has(name)) {
      skipped.push(`${name} (two outputs map to this name)`);
      continue;
    }
    seen.add(name);
    if (/[\r\n\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)) {
      skipped.push(`${name} (a multi-line or control-character value, which GitLab's dotenv cannot carry)`);
      continue;
    }
    const line = `${name}=${value}`;
    const size = Buffer.byteLength(line, 'utf8') + 1;
    if (written.length >= maxVariables) {
      skipped.push(`${name} (over the ${maxVariables}-variable limit)`);
      continue;
    }
    if (bytes + size > maxBytes) {
      skipped.push(`${name} (over the ${maxBytes}-byte file limit)`);
      continue;
    }
    lines.push(line);
    written.push(name);
    bytes += size;
  }
  return { text: lines.length ? lines.join('\n') + '\n' : '', written, skipped };
}
