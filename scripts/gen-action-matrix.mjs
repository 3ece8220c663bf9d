#!/usr/bin/env node
// Generate action-matrix.md from every actions/*/action.yml and core's declarations
// (packages/core/src/actions-manifest.json). `--check` exits 1 when the committed file is stale.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'packages/core/src/actions-manifest.json'), 'utf8')).actions;
const esc = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

/** GitHub's access levels, weakest first: `write` includes `read` (docs.github.com, "Controlling permissions for GITHUB_TOKEN"). */
export const LEVELS = ['none', 'read', 'write'];

/**
 * Merge `permissions:` maps by strength: the strongest level of each scope wins, whatever the order.
 * (Object.assign let a later `read` overwrite an earlier `write`.)
 */
export function mergePermissions(...maps) {
  const out = {};
  for (const m of maps) {
    for (const [scope, level] of Object.entries(m ?? {})) {
      if (!LEVELS.includes(level)) throw new Error(`unknown access level '${level}' for '${scope}' (expected ${LEVELS.join(', ')})`);
      if (!(scope in out) || LEVELS.indexOf(level) > LEVELS.indexOf(out[scope])) out[scope] = level;
    }
  }
  return out;
}

/** What `more` adds to `base`: the scopes it raises above what `base` already grants. */
export function addedPermissions(base, more) {
  const out = {};
  for (const [scope, level] of Object.entries(more ?? {})) {
    if (LEVELS.indexOf(level) > LEVELS.indexOf(base[scope] ?? 'none')) out[scope] = level;
  }
  return out;
}

/** The core feature (`core: true`) and the optional ones of an action's manifest entry. */
export function featuresOf(m) {
  const all = m.permissions ?? [];
  const core = all.filter((p) => p.core);
  if (core.length !== 1) throw new Error(`actions-manifest.json: expected exactly one feature with "core": true, got ${core.length}`);
  return { core: core[0], optional: all.filter((p) => !p.core) };
}

/**
 * Where each action runs, said honestly: what CI runs (Linux x64, ubuntu-24.04) is "tested"; the rest is what the
 * code relies on. Every action must have an entry (render() refuses one that is missing).
 */
export const PLATFORMS = {
  'detect-data-change': {
    linux: 'tested (x64)',
    arm64: 'expected, not tested in CI (pure JavaScript, no native module; hashing through Node\'s crypto)',
    macos: 'expected, not tested in CI (pure JavaScript; `git` from PATH for changed files)',
    windows: 'expected, not tested in CI (paths through `node:path`; `git` from PATH)',
    ghes: '`baseline: cache` needs the Actions cache (GHES 3.5+ with the cache enabled): without it a warning, and every run counts as a first run; `baseline: git` or a lock file work without it. Changed files and commit comparison use the REST API under `GITHUB_API_URL`.',
  },
  'evaluate-gate': {
    linux: 'tested (x64)',
    arm64: 'expected, not tested in CI (pure JavaScript, no native module)',
    macos: 'expected, not tested in CI (pure JavaScript)',
    windows: 'expected, not tested in CI (pure JavaScript)',
    ghes: 'PR comment, check run and commit status are REST calls under `GITHUB_API_URL`, available on GHES; no cache or artifact service used.',
  },
  'request-approval': {
    linux: 'tested (x64)',
    arm64: 'expected, not tested in CI (pure JavaScript, no native module)',
    macos: 'expected, not tested in CI (pure JavaScript)',
    windows: 'expected, not tested in CI (pure JavaScript)',
    ghes: 'issues, comments, issue events, workflow runs and dispatch are REST calls available on GHES; `team-token` as on github.com.',
  },
  'validate-data': {
    linux: 'tested (x64)',
    arm64: 'expected, not tested in CI (pure JavaScript, no native module)',
    macos: 'expected, not tested in CI (pure JavaScript)',
    windows: 'expected, not tested in CI (pure JavaScript)',
    ghes: 'PR comment and check run are REST calls under `GITHUB_API_URL`, available on GHES; no cache or artifact service used.',
  },
  'train-on-gpu-runner': {
    linux: 'tested (x64; NVIDIA GPUs through `nvidia-smi`, faked in tests)',
    arm64: 'expected (e.g. NVIDIA Grace Hopper): pure JavaScript; `nvidia-smi` output is the same; not tested in CI',
    macos: 'CPU only (no `nvidia-smi`: `require-gpu: auto` falls back to the CPU); the process group is stopped as on Linux, but processes that left it are found only through Linux `/proc`',
    windows: '**no**: the training is stopped through its POSIX process group; the step fails at the start with one error saying so',
    ghes: 'artifact upload (`artifact-name`) is not available (`@actions/artifact` 2+ refuses GHES): a warning, the training still passes; cache as for detect-data-change (GHES 3.5+ with the cache, else a warning).',
  },
};

/**
 * The GitLab CI column: the CLI command and the job of templates/gitlab/mlci.gitlab-ci.yml that do each action's job
 * on GitLab (docs/gitlab.md), and what that needs. Every action must have an entry (render() refuses one that is missing).
 */
export const GITLAB = {
  'detect-data-change': '`mlci detect` in `mlci-detect`: dotenv `MLCI_SHOULD_TRAIN`, `MLCI_REASONS`; baseline in the GitLab cache (key per branch, written by `mlci-deploy`) or a committed lock file; no token.',
  'evaluate-gate': '`mlci gate` in `mlci-gate`: JUnit report (`artifacts:reports:junit`), dotenv `MLCI_GATE_PASSED`; merge request note with `MLCI_GITLAB_TOKEN` (a project or group access token with `api`).',
  'request-approval': '`mlci approve` in the manual `mlci-approve` job: who may play it is GitLab\'s (protected branch on Free, protected environment on Premium); records `GITLAB_USER_LOGIN`, `CI_JOB_URL` and the reason; no issue, no polling.',
  'train-on-gpu-runner': '`mlci train` in `mlci-train` on the runners of `train-tags` (`tags:`), one at a time (`resource_group`); the model in the job\'s artifacts; dotenv `MLCI_TRAIN_OUTCOME`; no token.',
  'validate-data': '`mlci validate` in `mlci-validate` (only with a `contract` input): JUnit report, dotenv `MLCI_CONTRACT_PASSED`; no token.',
};

const fmt = (perms) => Object.entries(perms).map(([k, v]) => `\`${k}: ${v}\``).join(', ');

export function render() {
  const names = readdirSync(join(root, 'actions')).filter((a) => existsSync(join(root, 'actions', a, 'action.yml'))).sort();
  const out = [
    '# Action matrix',
    '',
    '<!-- Generated by scripts/gen-action-matrix.mjs from actions/*/action.yml and packages/core/src/actions-manifest.json. Do not edit: run `npm run matrix`. -->',
    '',
    'Minimal permissions: what the core feature needs; each optional feature adds the scopes listed in its',
    "action's section. Which scope an endpoint needs is GitHub's list",
    '[Permissions required for GitHub Apps](https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps),',
    'which also governs `GITHUB_TOKEN`; `write` includes `read`',
    '([Controlling permissions for GITHUB_TOKEN](https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token)).',
    '`test/permissions.test.ts` derives every scope below from the endpoints the committed bundles call.',
    'On GitLab CI the same engines run through the `mlci` CLI in the jobs of `templates/gitlab/mlci.gitlab-ci.yml`',
    '(last column; [docs/gitlab.md](docs/gitlab.md)).',
    '',
    '| Action | What it does | Events | Minimal permissions | Optional features add | GitLab CI |',
    '|---|---|---|---|---|---|',
  ];
  for (const a of names) {
    const m = manifest[a] ?? {};
    const { core, optional } = featuresOf(m);
    const minimal = mergePermissions(core.permissions);
    const adds = mergePermissions(...optional.map((p) => addedPermissions(minimal, p.permissions)));
    if (!GITLAB[a]) throw new Error(`scripts/gen-action-matrix.mjs: GITLAB has no entry for action '${a}'`);
    out.push(`| [${a}](actions/${a}/README.md) | ${esc(m.summary)} | ${(m.events ?? []).map((e) => `\`${e}\``).join(', ')} | ${fmt(minimal) || '–'} | ${fmt(adds) || '–'} | ${esc(GITLAB[a])} |`);
  }
  out.push(
    '',
    '## Platform support',
    '',
    'Every action declares `using: node24`. The runner runs it on the Node 24 it ships with, whatever Node the machine',
    'has, from [runner v2.327.0](https://github.com/actions/runner/releases/tag/v2.327.0) on ("Runner Support for',
    'executing Node24 Actions"); actions/checkout v5+ names v2.327.1 as the minimum',
    '([actions/checkout README, "Checkout v5"](https://github.com/actions/checkout/blob/v6.0.0/README.md)). On an older self-hosted or GHES runner',
    "the step fails with \"'using: node24' is not supported\": update the runner. Linux ARM32 runners have no Node 24",
    '(the runner falls back to Node 20 with a warning, actions/runner `NodeUtil.cs`): not supported.',
    '',
    'On GHES, artifacts v4+ are not available ([actions/upload-artifact README](https://github.com/actions/upload-artifact#readme):',
    '"not currently supported on GitHub Enterprise Server"), and `@actions/cache` uses the GHES cache service (GHES 3.5+,',
    'when the administrator enabled it). What mlci does without them is in the last column: a warning, never a failed gate.',
    '',
    '| Action | Linux | Linux ARM64 | macOS | Windows | GitHub Enterprise Server |',
    '|---|---|---|---|---|---|',
  );
  for (const a of names) {
    const p = PLATFORMS[a];
    if (!p) throw new Error(`scripts/gen-action-matrix.mjs: PLATFORMS has no entry for action '${a}'`);
    out.push(`| ${a} | ${p.linux} | ${p.arm64} | ${p.macos} | ${p.windows} | ${p.ghes} |`);
  }
  for (const a of names) {
    const spec = parse(readFileSync(join(root, 'actions', a, 'action.yml'), 'utf8'));
    const m = manifest[a];
    if (!m) throw new Error(`packages/core/src/actions-manifest.json has no entry for action '${a}'`);
    out.push('', `## ${a}`, '', esc(spec.description), '', `Runs on \`${spec.runs?.using}\`${spec.runs?.post ? ' with a post step' : ''}. Usage, pinned (recommended): \`uses: <owner>/mlci/actions/${a}@<commit-sha> # v1.x.y\`; following the major tag: \`uses: <owner>/mlci/actions/${a}@v1\`.`, '');
    out.push('### Inputs', '', '| Input | Required | Default | Description |', '|---|---|---|---|');
    for (const [k, v] of Object.entries(spec.inputs ?? {})) {
      out.push(`| \`${k}\` | ${v.required ? 'yes' : 'no'} | ${v.default === undefined || v.default === '' ? '–' : `\`${esc(v.default)}\``} | ${esc(v.description)} |`);
    }
    out.push('', '### Outputs', '', '| Output | Description |', '|---|---|');
    for (const [k, v] of Object.entries(spec.outputs ?? {})) out.push(`| \`${k}\` | ${esc(v.description)} |`);
    const { core, optional } = featuresOf(m);
    const minimal = mergePermissions(core.permissions);
    out.push('', '### Permissions by feature', '', '| Feature | `permissions:` |', '|---|---|');
    out.push(`| **minimum:** ${esc(core.feature)} | ${fmt(minimal) || 'none'} |`);
    for (const p of optional) {
      const added = addedPermissions(minimal, p.permissions);
      const other = p['other-token'] ? `; \`${p['other-token'].input}\` needs ${fmt(p['other-token'].permissions)}` : '';
      out.push(`| ${esc(p.feature)} | ${fmt(added) ? `adds ${fmt(added)}` : 'adds nothing'}${other} |`);
    }
    const all = mergePermissions(core.permissions, ...optional.map((p) => p.permissions));
    out.push('', `Every feature together: ${fmt(all) || 'none'}.`);
    out.push('', `Events: ${m.events.map((e) => `\`${e}\``).join(', ')}.`, '', `Fork pull requests: ${esc(m['fork-prs'])}`);
    // The primary sources of what the input descriptions above say about GitHub, the runner or NVIDIA.
    if (m.sources?.length) out.push('', `Sources: ${m.sources.map(esc).join('; ')}.`);
  }
  const extra = join(root, 'actions', 'request-approval', 'ROUTES.md');
  if (existsSync(extra)) out.push('', readFileSync(extra, 'utf8').trim());
  return out.join('\n') + '\n';
}

// Run as a script (not when a test imports render()).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = join(root, 'action-matrix.md');
  const text = render();
  if (process.argv.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== text) {
      console.error('action-matrix.md is stale: run `npm run matrix` and commit the result.');
      process.exit(1);
    }
    console.log('action-matrix.md is up to date.');
  } else {
    writeFileSync(target, text);
    console.log('wrote action-matrix.md');
  }
}
