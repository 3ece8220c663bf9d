/**
 * Run an action's committed bundle the way the GitHub Actions runner does, and collect what the runner would see.
 *
 * - `node <action>/<runs.main>` in a child process (never in-process: the bundle, its ESM wrapper and its
 *   process.exitCode are what users get).
 * - Inputs as `INPUT_<NAME>` (upper-cased, spaces to `_`, hyphens kept) for every input in action.yml: the value
 *   given, else action.yml's default with `${{ github.* }}` evaluated (the runner applies defaults, not the bundle).
 * - File commands in a temp dir: GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY
 *   (`name=value` and `name<<DELIMITER` heredocs, parsed with the runner's rules).
 * - GITHUB_EVENT_PATH with a real payload, the GITHUB_* and RUNNER_* variables derived from it like the runner
 *   derives them, and GITHUB_API_URL at the fake server (or a closed local port so nothing reaches the internet).
 * - `::error ...::`, `::warning`, `::notice` and the other workflow commands parsed from stdout.
 * - `pre`/`post` entries with `pre-if`/`post-if`, post with the saved state as `STATE_*`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { loadEvent, type GitHubEvent } from './events.js';
import type { FakeGitHub } from './fake-github.js';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..', '..');

/** What `${{ github.token }}` becomes: shaped like an installation token so format checks pass. */
export const FAKE_TOKEN = 'ghs_fake000000000000000000000000000000000';
/** GITHUB_SHA when the event does not determine one. */
export const FAKE_SHA = '5f0c7b2e9a4d6c1b8e3f7a2d9c4b1e6f0a3d8c5b';

export interface RunActionOptions {
  /** Folder name under actions/, or a path to a folder holding action.yml. */
  action: string;
  inputs?: Record<string, string | number | boolean>;
  /** An event from loadEvent(), or just its name. Default: a push. */
  event?: GitHubEvent | string;
  /** Extra variables over the runner's (undefined removes one). */
  env?: Record<string, string | undefined>;
  /** GITHUB_WORKSPACE and the working directory. Default: a fresh empty folder. */
  cwd?: string;
  /** Fake GitHub to point GITHUB_API_URL at; it is seeded from the event. */
  api?: FakeGitHub;
  /** Run the post entry too (when action.yml has one and post-if allows). */
  post?: boolean;
  /** Per step (default 30 s); the child is killed after it. */
  timeoutMs?: number;
  /** Node binary (default: the one running the tests). */
  node?: string;
  /** Value of `${{ github.token }}`. */
  token?: string;
  /** Keep the temp folder (files, event) for debugging. */
  keepTemp?: boolean;
  /**
   * Return normally even when the action sent the fake server requests GitHub would reject. Default false: the
   * run throws, listing them, so every action test enforces the REST contract without asking.
   */
  allowInvalidRequests?: boolean;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  /** Variables written to GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  /** Lines written to GITHUB_PATH. */
  addedPath: string[];
  errors: string[];
  warnings: string[];
  notices: string[];
  debug: string[];
  masks: string[];
  commands: WorkflowCommand[];
}

export interface PostResult extends StepResult {
  /** True when post-if said no (the other fields are empty then). */
  skipped: boolean;
}

export interface RunResult extends StepResult {
  pre?: PostResult;
  post?: PostResult;
  /** The INPUT_* variables the step got. */
  inputEnv: Record<string, string>;
  event: GitHubEvent;
}

interface ActionYaml {
  name?: string;
  inputs?: Record<string, { default?: unknown; required?: boolean; description?: string }>;
  outputs?: Record<string, unknown>;
  runs: { using: string; main: string; pre?: string; 'pre-if'?: string; post?: string; 'post-if'?: string };
}

// ---------------------------------------------------------------------------------------------------------------
// Workflow commands (format from @actions/core command.ts; decoding per its escapeData/escapeProperty)

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');
}

/** Parse `::command k=v,k=v::message` lines, honouring `::stop-commands::TOKEN` ... `::TOKEN::`. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart();
    if (!line.startsWith('::')) continue;
    const end = line.indexOf('::', 2);
    if (end < 0) continue;
    const head = line.slice(2, end);
    const message = line.slice(end + 2);
    if (stopToken !== undefined) {
      if (head === stopToken) stopToken = undefined;
      continue;
    }
    const sp = head.indexOf(' ');
    const command = sp < 0 ? head : head.slice(0, sp);
    if (!/^[a-z-]+$/i.test(command)) continue;
    const properties: Record<string, string> = {};
    if (sp >= 0) {
      for (const pair of head.slice(sp + 1).split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
      }
    }
    if (command === 'stop-commands') {
      stopToken = message;
      continue;
    }
    out.push({ command, properties, message: unescapeData(message) });
  }
  return out;
}

/** Parse a file-command file (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV) with the runner's rules. */
export function parseFileCommands(text: string, what = 'file command'): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const hd = line.indexOf('<<');
    if (eq >= 0 && (hd < 0 || eq < hd)) {
      const name = line.slice(0, eq);
      if (!name) throw new Error(`${what}: invalid line "${line}" (empty name)`);
      out[name] = line.slice(eq + 1);
    } else if (hd > 0) {
      const name = line.slice(0, hd);
      const delimiter = line.slice(hd + 2);
      if (!delimiter) throw new Error(`${what}: heredoc for "${name}" has an empty delimiter`);
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]!);
      }
      if (!closed) throw new Error(`${what}: matching delimiter "${delimiter}" not found for "${name}"`);
      out[name] = value.join('\n');
    } else {
      throw new Error(`${what}: invalid line "${line}" (expected name=value or name<<DELIMITER)`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Expressions: only what action.yml defaults and pre-if/post-if use

/** Evaluate `${{ github.x.y }}` lookups inside a default value; anything else is a harness gap and throws. */
export function evaluateDefault(value: string, github: Record<string, unknown>, where: string): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_m, expr: string) => {
    const path = /^github((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)$/.exec(expr);
    if (!path) {
      throw new Error(`run-action: ${where} uses \${{ ${expr} }}; the harness evaluates only github.* lookups (extend evaluateDefault if an action needs more)`);
    }
    const keys = path[1]!.slice(1).split('.');
    if (!(keys[0]! in github)) throw new Error(`run-action: ${where} uses github.${keys[0]}, which the harness's github context does not have`);
    let v: any = github;
    for (const k of keys) v = v == null ? undefined : v[k];
    if (v == null) return '';
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  });
}

/** Evaluate a pre-if/post-if condition: success(), failure(), always(), cancelled(), !, &&, ||, parentheses. */
export function evaluateCondition(cond: string, status: { success: boolean }): boolean {
  const src = cond.trim().replace(/^\$\{\{\s*([\s\S]*?)\s*\}\}$/, '$1');
  const tokens = src.match(/success\(\)|failure\(\)|always\(\)|cancelled\(\)|&&|\|\||!|\(|\)|\S+/g) ?? [];
  let i = 0;
  const fail = (): never => {
    throw new Error(`run-action: cannot evaluate condition "${cond}" (the harness knows success(), failure(), always(), cancelled(), !, &&, ||)`);
  };
  const primary = (): boolean => {
    const t = tokens[i++];
    if (t === 'success()') return status.success;
    if (t === 'failure()') return !status.success;
    if (t === 'always()') return true;
    if (t === 'cancelled()') return false;
    if (t === '!') return !primary();
    if (t === '(') {
      const v = or();
      if (tokens[i++] !== ')') fail();
      return v;
    }
    return fail();
  };
  const and = (): boolean => {
    let v = primary();
    while (tokens[i] === '&&') {
      i++;
      v = primary() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (tokens[i] === '||') {
      i++;
      v = and() || v;
    }
    return v;
  };
  const v = or();
  if (i !== tokens.length) fail();
  return v;
}

// ---------------------------------------------------------------------------------------------------------------

/** An address on 127.0.0.1 where nothing listens: requests fail fast instead of reaching api.github.com. */
async function closedPortUrl(): Promise<string> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function resolveActionDir(action: string): string {
  const dir = isAbsolute(action) || action.includes('/') ? resolve(REPO_ROOT, action) : join(REPO_ROOT, 'actions', action);
  if (!existsSync(join(dir, 'action.yml'))) throw new Error(`run-action: no action.yml in ${dir}`);
  return dir;
}

export function readActionYaml(dir: string): ActionYaml {
  const y = parseYaml(readFileSync(join(dir, 'action.yml'), 'utf8')) as ActionYaml;
  if (!y?.runs?.main) throw new Error(`run-action: ${dir}/action.yml has no runs.main`);
  if (!/^node(20|24)$/.test(y.runs.using)) throw new Error(`run-action: ${dir}/action.yml runs.using is "${y.runs.using}"; expected node24 (or node20)`);
  return y;
}

/** Variables the runner derives from the event (docs: "Variables" > default environment variables). */
function runnerVariables(event: GitHubEvent): Record<string, string> {
  const p = event.payload;
  const repository: string = p.repository?.full_name ?? 'octo-org/octo-repo';
  const defaultBranch: string = p.repository?.default_branch ?? 'main';
  let ref = `refs/heads/${defaultBranch}`;
  let sha = FAKE_SHA;
  let headRef = '';
  let baseRef = '';
  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    const pr = p.pull_request;
    if (event.name === 'pull_request') {
      ref = `refs/pull/${pr.number}/merge`;
      sha = pr.merge_commit_sha ?? FAKE_SHA;
    } else {
      ref = `refs/heads/${pr.base.ref}`;
    }
    headRef = pr.head.ref;
    baseRef = pr.base.ref;
  } else if (event.name === 'push') {
    ref = p.ref;
    sha = p.after;
  } else if (event.name === 'workflow_dispatch') {
    ref = p.ref ?? ref;
  }
  const refName = ref.replace(/^refs\/(heads|tags)\//, '');
  return {
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_REPOSITORY_ID: String(p.repository?.id ?? 1),
    GITHUB_EVENT_NAME: event.name,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.startsWith('refs/pull/') ? ref.replace(/^refs\/pull\//, '') : refName,
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: headRef,
    GITHUB_BASE_REF: baseRef,
    GITHUB_ACTOR: p.sender?.login ?? 'octocat',
    GITHUB_ACTOR_ID: String(p.sender?.id ?? 583231),
    GITHUB_TRIGGERING_ACTOR: p.sender?.login ?? 'octocat',
    GITHUB_RUN_ID: '4242424242',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'mlci',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/mlci.yml@${ref}`,
    GITHUB_JOB: 'test',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: '',
    GITHUB_RETENTION_DAYS: '90',
  };
}

/** Only what a runner's process environment would plausibly share with ours; GITHUB_*, INPUT_*, NODE_OPTIONS stay out. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'USER', 'SHELL', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot'];
  const out: Record<string, string> = {};
  for (const k of keep) if (process.env[k] !== undefined) out[k] = process.env[k]!;
  out.NO_PROXY = out.no_proxy = '127.0.0.1,localhost';
  return out;
}

interface StepSpec {
  entry: string;
  env: Record<string, string>;
  cwd: string;
  fileDir: string;
  timeoutMs: number;
  node: string;
  label: string;
}

async function runStep(spec: StepSpec): Promise<StepResult> {
  const files = {
    GITHUB_OUTPUT: join(spec.fileDir, `set_output_${spec.label}`),
    GITHUB_STATE: join(spec.fileDir, `save_state_${spec.label}`),
    GITHUB_ENV: join(spec.fileDir, `set_env_${spec.label}`),
    GITHUB_PATH: join(spec.fileDir, `add_path_${spec.label}`),
    GITHUB_STEP_SUMMARY: join(spec.fileDir, `step_summary_${spec.label}`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: Record<string, string> = { ...spec.env, ...files };

  const child = spawn(spec.node, [spec.entry], { cwd: spec.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, spec.timeoutMs);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res, rej) => {
    child.on('error', rej);
    child.on('close', (c, s) => res({ code: c, signal: s }));
  });
  clearTimeout(timer);

  const commands = parseWorkflowCommands(stdout);
  const outputs = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'), 'GITHUB_OUTPUT');
  const state = parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'), 'GITHUB_STATE');
  // Deprecated stdout forms the runner still honours.
  for (const c of commands) {
    if (c.command === 'set-output' && c.properties.name) outputs[c.properties.name] = c.message;
    if (c.command === 'save-state' && c.properties.name) state[c.properties.name] = c.message;
  }
  const by = (name: string) => commands.filter((c) => c.command === name).map((c) => c.message);
  return {
    exitCode: code,
    signal,
    timedOut,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    state,
    exportedEnv: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8'), 'GITHUB_ENV'),
    addedPath: readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean),
    errors: by('error'),
    warnings: by('warning'),
    notices: by('notice'),
    debug: by('debug'),
    masks: by('add-mask'),
    commands,
  };
}

const skippedStep = (): PostResult => ({
  exitCode: null, signal: null, timedOut: false, stdout: '', stderr: '', outputs: {}, summary: '', state: {}, exportedEnv: {}, addedPath: [],
  errors: [], warnings: [], notices: [], debug: [], masks: [], commands: [], skipped: true,
});

/** Run an action's bundle as the runner would. See the module comment for what is faithful. */
export async function runAction(opts: RunActionOptions): Promise<RunResult> {
  const dir = resolveActionDir(opts.action);
  const yml = readActionYaml(dir);
  const event = typeof opts.event === 'string' ? loadEvent(opts.event) : (opts.event ?? loadEvent('push'));
  const declared = yml.inputs ?? {};
  const unknown = Object.keys(opts.inputs ?? {}).filter((k) => !(k in declared));
  if (unknown.length) {
    throw new Error(`run-action: inputs not declared in ${opts.action}/action.yml: ${unknown.join(', ')} (declared: ${Object.keys(declared).join(', ') || 'none'})`);
  }

  const tmp = mkdtempSync(join(tmpdir(), 'mlci-run-'));
  try {
    const fileDir = join(tmp, '_runner_file_commands');
    const runnerTemp = join(tmp, '_temp');
    mkdirSync(fileDir, { recursive: true });
    mkdirSync(runnerTemp, { recursive: true });
    mkdirSync(join(tmp, '_tool'), { recursive: true });
    const cwd = opts.cwd ? resolve(opts.cwd) : join(tmp, 'workspace');
    mkdirSync(cwd, { recursive: true });
    const eventPath = join(tmp, '_github_workflow', 'event.json');
    mkdirSync(dirname(eventPath), { recursive: true });
    writeFileSync(eventPath, JSON.stringify(event.payload, null, 2));

    if (opts.api) opts.api.seedEvent(event.name, event.payload);
    const firstRequest = opts.api?.requests.length ?? 0;
    const apiUrl = opts.api ? opts.api.url : await closedPortUrl();
    const vars = runnerVariables(event);
    const env: Record<string, string> = {
      ...baseEnv(),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      ...vars,
      GITHUB_ACTION: '__run',
      GITHUB_ACTION_REPOSITORY: '',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: cwd,
      GITHUB_API_URL: apiUrl,
      GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: join(tmp, '_tool'),
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'mlci-harness',
      RUNNER_ENVIRONMENT: 'github-hosted',
      // Test pacing only (packages/github/src/octokit.ts): no 1 s spacing between writes, short 5xx backoff.
      // `retry-after` from rate limits is still honoured. Pass env { MLCI_OCTOKIT_TIMING: undefined } for production pacing.
      MLCI_OCTOKIT_TIMING: 'fast',
    };

    const github: Record<string, unknown> = {
      token: opts.token ?? FAKE_TOKEN,
      repository: vars.GITHUB_REPOSITORY, repository_owner: vars.GITHUB_REPOSITORY_OWNER, repository_id: vars.GITHUB_REPOSITORY_ID,
      event_name: event.name, event: event.payload, sha: vars.GITHUB_SHA, ref: vars.GITHUB_REF, ref_name: vars.GITHUB_REF_NAME,
      ref_type: vars.GITHUB_REF_TYPE, head_ref: vars.GITHUB_HEAD_REF, base_ref: vars.GITHUB_BASE_REF, actor: vars.GITHUB_ACTOR,
      actor_id: vars.GITHUB_ACTOR_ID, triggering_actor: vars.GITHUB_TRIGGERING_ACTOR, run_id: vars.GITHUB_RUN_ID,
      run_number: vars.GITHUB_RUN_NUMBER, run_attempt: vars.GITHUB_RUN_ATTEMPT, workflow: vars.GITHUB_WORKFLOW,
      workflow_ref: vars.GITHUB_WORKFLOW_REF, job: vars.GITHUB_JOB, workspace: cwd, server_url: vars.GITHUB_SERVER_URL,
      api_url: apiUrl, graphql_url: `${apiUrl}/graphql`, retention_days: vars.GITHUB_RETENTION_DAYS, action: env.GITHUB_ACTION,
    };

    const inputEnv: Record<string, string> = {};
    for (const [name, spec] of Object.entries(declared)) {
      const given = opts.inputs?.[name];
      let value: string;
      if (given !== undefined) value = String(given);
      else if (spec?.default !== undefined && spec.default !== null) value = evaluateDefault(String(spec.default), github, `${opts.action}/action.yml input "${name}" default`);
      else value = '';
      // The runner sets a variable for every declared input, empty when there is no value or default.
      inputEnv[inputEnvName(name)] = value;
    }

    const stepEnv = { ...env, ...inputEnv };
    for (const [k, v] of Object.entries(opts.env ?? {})) {
      if (v === undefined) delete stepEnv[k];
      else stepEnv[k] = v;
    }
    const common = { cwd, fileDir, timeoutMs: opts.timeoutMs ?? 30_000, node: opts.node ?? process.execPath };

    let pre: PostResult | undefined;
    let preOk = true;
    if (yml.runs.pre) {
      if (evaluateCondition(yml.runs['pre-if'] ?? 'always()', { success: true })) {
        pre = { ...(await runStep({ ...common, entry: join(dir, yml.runs.pre), env: stepEnv, label: 'pre' })), skipped: false };
        preOk = pre.exitCode === 0;
      } else pre = skippedStep();
    }
    const main: StepResult = preOk
      ? await runStep({ ...common, entry: join(dir, yml.runs.main), env: { ...stepEnv, ...(pre?.exportedEnv ?? {}) }, label: 'main' })
      : skippedStep();

    let post: PostResult | undefined;
    if (opts.post && yml.runs.post) {
      const success = preOk && main.exitCode === 0;
      if (evaluateCondition(yml.runs['post-if'] ?? 'success()', { success })) {
        const savedState = { ...(pre?.state ?? {}), ...main.state };
        const stateEnv = Object.fromEntries(Object.entries(savedState).map(([k, v]) => [`STATE_${k}`, v]));
        const exported = { ...(pre?.exportedEnv ?? {}), ...main.exportedEnv };
        const path = [...main.addedPath.slice().reverse(), stepEnv.PATH ?? ''].filter(Boolean).join(':');
        post = {
          ...(await runStep({ ...common, entry: join(dir, yml.runs.post), env: { ...stepEnv, ...exported, ...stateEnv, PATH: path }, label: 'post' })),
          skipped: false,
        };
      } else post = skippedStep();
    }
    const result: RunResult = { ...main, pre, post, inputEnv, event };
    const bad = opts.api?.requests.slice(firstRequest).filter((r) => r.invalid || r.responseInvalid) ?? [];
    if (bad.length && !opts.allowInvalidRequests) {
      const list = bad.map((r) => `  ${r.method} ${r.path}${r.operationId ? ` (${r.operationId})` : ''} -> ${r.status}: ${[...(r.invalid ?? []), ...(r.responseInvalid ?? [])].join('; ')}`);
      throw new Error(
        `run-action: ${opts.action} sent ${bad.length} request(s) GitHub would reject:\n${list.join('\n')}\n` +
          `--- stdout (tail) ---\n${result.stdout.slice(-2000)}\n--- stderr (tail) ---\n${result.stderr.slice(-2000)}`,
      );
    }
    return result;
  } finally {
    if (!opts.keepTemp) rmSync(tmp, { recursive: true, force: true });
  }
}
