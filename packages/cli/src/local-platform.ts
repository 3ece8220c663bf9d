/**
 * The `local` platform: mlci's Platform seam on a laptop or in any CI that can run a command. What the GitHub adapter
 * sends to the runner or the API lands in files under one output folder instead, so a script can read them:
 *
 *   <out-dir>/outputs.json, outputs.env   the step outputs (JSON object; dotenv lines NAME_IN_CAPS=value)
 *   <out-dir>/summary.md                  the job summary (appended, like GITHUB_STEP_SUMMARY)
 *   <out-dir>/comments/<action>--<key>.md the PR comment body the action would upsert (one file per marker)
 *   <out-dir>/checks/<slug>.json          the check run the action would publish (name, conclusion, annotations)
 *   <out-dir>/cache/<key>/                the cache (restore by exact key, then newest entry under a prefix)
 *   <out-dir>/artifacts/<name>/           uploaded artifacts, paths kept relative to their root directory
 *
 * Annotations are printed to stderr as `file:line: level: message` (the form editors and compilers use), logs go to
 * stderr, and saved state stays in memory: the CLI runs a job's post work itself, in the same process.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type {
  AnnotationLevel, AnnotationProps, ArtifactStore, CacheStore, ChangedFiles, CheckResult, CheckRunRequest, CommentResult, CommentTarget, Platform, RunContext,
} from '@mlci/core';

export interface LocalPlatformOptions {
  /** Raw input values by the action's input name (defaults are applied by parseInputs, as the runner would). */
  inputs: Record<string, string>;
  /** Folder for outputs, summary, comments, checks and the cache. */
  outDir: string;
  /** The workspace (the repository root): the current directory. */
  workspace: string;
  /** Where logs and annotations go (stderr). */
  log: (line: string) => void;
  /** Show info lines (debug lines need MLCI_DEBUG=1 too). */
  verbose?: boolean;
}

export interface LocalPlatform extends Platform {
  readonly name: 'local';
  readonly outputs: Record<string, string>;
  readonly failures: string[];
  /** Write outputs.json and outputs.env (once, at the end of the command). */
  writeOutputs(): void;
}

/** `a/b slug` → `a-b-slug`: a file name made from a check name or comment key. */
export function fileSlug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}

/** One git fact, or '' when git or the repository is missing (a folder that is not a clone still works). */
function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function localContext(workspace: string): RunContext {
  const sha = git(workspace, ['rev-parse', 'HEAD']);
  const branch = git(workspace, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  // Run ids only need to grow from run to run: the cache picks the newest entry under a prefix by them.
  const runId = Date.now();
  return {
    eventName: 'local',
    repository: 'local/local',
    owner: 'local',
    repo: 'local',
    sha,
    ref: branch ? `refs/heads/${branch}` : '',
    actor: process.env.USER || process.env.USERNAME || 'local',
    runId,
    runAttempt: 1,
    workflow: 'mlci',
    job: 'mlci',
    serverUrl: '',
    apiUrl: '',
    workspace,
    branch,
    payload: {},
  };
}

/** Changed files since the baseline's commit, from git in the working tree (committed and uncommitted changes). */
export function gitChangedFiles(workspace: string, base: string | undefined): ChangedFiles {
  if (!base) return { source: 'unknown: no baseline commit to compare with' };
  try {
    const out = execFileSync('git', ['-c', 'core.quotepath=off', 'diff', '--no-renames', '--name-only', '-z', base, '--'], {
      cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024,
    });
    return { files: out.split('\0').filter(Boolean).sort(), source: `git diff ${base.slice(0, 7)} (working tree)` };
  } catch {
    return { source: `unknown: git diff from ${base.slice(0, 7)} failed (not a clone, or the commit is missing)` };
  }
}

/** A cache in a folder: each entry is `<dir>/<key>/<n>` holding the n-th path; an exact key first, then keys by prefix, newest first. */
export function localCache(dir: string): CacheStore {
  const entryDir = (key: string) => join(dir, fileSlug(key));
  return {
    async restore(paths, primaryKey, restoreKeys = []) {
      let hit: string | undefined = existsSync(entryDir(primaryKey)) ? fileSlug(primaryKey) : undefined;
      if (!hit && existsSync(dir)) {
        const entries = readdirSync(dir).map((name) => ({ name, mtime: statSync(join(dir, name)).mtimeMs }));
        // The primary key matches by prefix too, as on GitHub's cache service (core restores a branch by its prefix).
        for (const prefix of [primaryKey, ...restoreKeys].map(fileSlug)) {
          const matches = entries.filter((e) => e.name.startsWith(prefix)).sort((a, b) => b.mtime - a.mtime || (a.name < b.name ? 1 : -1));
          if (matches.length) {
            hit = matches[0].name;
            break;
          }
        }
      }
      if (!hit) return undefined;
      paths.forEach((p, i) => {
        const from = join(dir, hit!, String(i));
        if (!existsSync(from)) return;
        mkdirSync(dirname(p), { recursive: true });
        copyFileSync(from, p);
      });
      return hit;
    },
    async save(paths, key) {
      const to = entryDir(key);
      mkdirSync(to, { recursive: true });
      paths.forEach((p, i) => copyFileSync(p, join(to, String(i))));
    },
  };
}

/** Artifacts in a folder: `<dir>/<name>/<path relative to rootDirectory>` (a file outside the root keeps its base name). */
export function localArtifacts(dir: string): ArtifactStore {
  return {
    async upload(name, files, rootDirectory) {
      let size = 0;
      for (const f of files) {
        const rel = relative(rootDirectory, f);
        const to = join(dir, fileSlug(name), rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : f.split(/[\\/]/).pop()!);
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(f, to);
        size += statSync(f).size;
      }
      return { size };
    },
  };
}

export function createLocalPlatform(opts: LocalPlatformOptions): LocalPlatform {
  const outDir = resolve(opts.workspace, opts.outDir);
  const ctx = localContext(opts.workspace);
  const outputs: Record<string, string> = {};
  const state = new Map<string, string>();
  const failures: string[] = [];
  const debug = opts.verbose && process.env.MLCI_DEBUG === '1';
  const write = (rel: string, text: string, append = false) => {
    const p = join(outDir, rel);
    mkdirSync(dirname(p), { recursive: true });
    if (append) appendFileSync(p, text);
    else writeFileSync(p, text);
    return p;
  };
  return {
    name: 'local',
    outputs,
    failures,
    context: () => ctx,
    getInput: (name) => opts.inputs[name] ?? '',
    setOutput(name, value) {
      outputs[name] = value;
    },
    async appendSummary(markdown) {
      write('summary.md', markdown.endsWith('\n') ? markdown : markdown + '\n', true);
    },
    annotate(level: AnnotationLevel, message: string, props?: AnnotationProps) {
      const where = props?.file ? `${props.file}${props.startLine ? `:${props.startLine}` : ''}: ` : '';
      opts.log(`${where}${level}: ${message.split('\n')[0]}`);
    },
    info(message) {
      if (opts.verbose) opts.log(message);
    },
    debug(message) {
      if (debug) opts.log(`debug: ${message}`);
    },
    startGroup(name) {
      if (opts.verbose) opts.log(`== ${name}`);
    },
    endGroup() {},
    setFailed(message) {
      failures.push(message);
    },
    saveState(name, value) {
      state.set(name, value);
    },
    getState: (name) => state.get(name) ?? '',
    async upsertComment(action: string, key: string, body: string, _target?: CommentTarget): Promise<CommentResult> {
      // Upsert = overwrite: one file per (action, key), as one comment per marker on GitHub.
      const p = write(join('comments', `${fileSlug(action)}--${fileSlug(key)}.md`), body);
      return { posted: true, url: p };
    },
    async publishCheck(req: CheckRunRequest): Promise<CheckResult> {
      const p = write(join('checks', `${fileSlug(req.name)}.json`), JSON.stringify(req, null, 2) + '\n');
      return { posted: true, kind: 'check-run', url: p };
    },
    cache: localCache(join(outDir, 'cache')),
    artifacts: localArtifacts(join(outDir, 'artifacts')),
    changedFiles: async (baselineCommit) => gitChangedFiles(opts.workspace, baselineCommit),
    writeOutputs() {
      write('outputs.json', JSON.stringify(outputs, null, 2) + '\n');
      // dotenv: one line per output, NAME_IN_CAPS=value; values with a newline or quote are JSON-quoted.
      const env = Object.entries(outputs)
        .map(([k, v]) => `${k.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}=${/[\n"'#\s]/.test(v) ? JSON.stringify(v) : v}`)
        .join('\n');
      write('outputs.env', env + '\n');
    },
  };
}

/** Read a file the platform wrote (for tests and the human output). */
export function readOut(outDir: string, rel: string): string | undefined {
  const p = join(outDir, rel);
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}
