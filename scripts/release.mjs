#!/usr/bin/env node
// The release, as .github/workflows/release.yml runs it and as a person can dry-run it from a fresh clone
// (RELEASING.md). Steps, in order:
//   check       the version in package.json is X.Y.Z (or X.Y.Z-pre.N), the tree is clean, CHANGELOG.md has its
//               entry; when vX.Y.Z is tagged already there is nothing to release (released=false, exit 0)
//   build       `npm run build`, then every committed dist/ must be byte-for-byte what the build wrote, with
//               licenses.txt beside each bundle
//   test        `npm test`
//   notes       the CHANGELOG.md entry plus the SHA-pinned `uses:` lines, written to <out>/notes.md
//   subjects    sha256 of every committed bundle file, `sha256sum` format, in <out>/subjects.sha256 (what
//               actions/attest-build-provenance attests)
//   tag         annotated tag vX.Y.Z on HEAD, pushed to origin (never moved: releases are immutable)
//   move-major  vX force-moved to vX.Y.Z and pushed (not for a pre-release)
// `--dry-run` runs check, build, test, notes and subjects, and prints the git commands tag and move-major would run.
// `--since REF` (a push's `before`): when package.json's version at REF is the same, there is nothing to release.
// Run one step with `node scripts/release.mjs <step>`; with no step, all of them. Outputs (version, tag, major,
// prerelease, released, sha, notes, subjects) go to $GITHUB_OUTPUT when set, and always to stdout as key=value.
// A refusal is one `::error::` line naming the file or command and the fix, exit 2; a bug keeps its stack, exit 3.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export class ReleaseError extends Error {}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/;

/** vX.Y.Z, the major tag vX (none for a pre-release: a major tag names only stable code), and whether it is a pre-release. */
export function releaseTags(version) {
  const m = SEMVER.exec(String(version ?? ''));
  if (!m) {
    throw new ReleaseError(`package.json: version '${version}' is not X.Y.Z or X.Y.Z-pre.N (semver); set "version" to the release, e.g. "1.2.0".`);
  }
  const prerelease = m[4] !== undefined;
  return { version, tag: `v${version}`, major: prerelease ? '' : `v${m[1]}`, prerelease };
}

/**
 * The body of `## [X.Y.Z]` in a Keep a Changelog file (https://keepachangelog.com/en/1.1.0/): from that heading to
 * the next `## ` heading or the link references at the end. Refuses a missing or empty entry.
 */
export function changelogEntry(text, version, file = 'CHANGELOG.md') {
  const lines = text.split(/\r?\n/);
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(?:\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) {
    throw new ReleaseError(`${file}: no entry for ${version}. Add a section "## [${version}] - YYYY-MM-DD" with one line per user-visible change (move them from "## [Unreleased]").`);
  }
  let end = lines.findIndex((l, i) => i > start && (/^## /.test(l) || /^\[[^\]]+\]:\s*\S/.test(l)));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end).join('\n').trim();
  if (!/^\s*[-*] \S/m.test(body)) {
    throw new ReleaseError(`${file}:${start + 1}: the entry for ${version} lists no change. Add one "- ..." line per user-visible change under "### Added", "### Changed", "### Fixed" and the like.`);
  }
  return { heading: lines[start].replace(/^## /, ''), line: start + 1, body };
}

function git(cwd, args, opts = {}) {
  // Only the end is trimmed: `git status --porcelain` starts a line with a space (' M path').
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts }).trimEnd();
}

function gitOk(cwd, args) {
  return spawnSync('git', args, { cwd, stdio: 'ignore' }).status === 0;
}

/** The folders that hold committed bundles: actions/<name>/dist for each action, and packages/<name>/dist. */
export function distDirs(root) {
  const out = [];
  for (const parent of ['actions', 'packages']) {
    const dir = join(root, parent);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const isAction = parent === 'actions' && ['action.yml', 'action.yaml'].some((f) => existsSync(join(dir, name, f)));
      if (isAction || existsSync(join(dir, name, 'dist'))) out.push(`${parent}/${name}/dist`);
    }
  }
  return out;
}

/** Files git tracks under the dist folders, sorted, with forward slashes. */
export function bundleFiles(root, dirs = distDirs(root)) {
  if (dirs.length === 0) return [];
  return git(root, ['ls-files', '-z', '--', ...dirs]).split('\0').filter(Boolean).sort();
}

/** Refusals for dist folders that the build changed, added to, or left without a licenses.txt beside a bundle. */
export function staleDist(root, dirs = distDirs(root)) {
  const problems = [];
  if (dirs.length > 0) {
    const status = git(root, ['status', '--porcelain', '--untracked-files=all', '--', ...dirs]);
    for (const line of status.split('\n').filter(Boolean)) problems.push(`${line.slice(3)} (${line.slice(0, 2).trim() === '??' ? 'not committed' : 'differs from the build'})`);
  }
  for (const d of dirs) {
    const abs = join(root, d);
    if (!existsSync(join(abs, 'index.js'))) problems.push(`${d}/index.js (missing: the build wrote no bundle)`);
    else if (!existsSync(join(abs, 'licenses.txt'))) problems.push(`${d}/licenses.txt (missing: ncc --license licenses.txt writes the bundled packages' licenses)`);
  }
  return problems;
}

/** `sha256sum` lines (`<hex>  <path>`) for the committed bundle files, as the attest action's subject-checksums reads them. */
export function subjectChecksums(root, files = bundleFiles(root)) {
  return files.map((f) => `${createHash('sha256').update(readFileSync(join(root, f))).digest('hex')}  ${f}`).join('\n') + (files.length ? '\n' : '');
}

/** The release notes: the changelog entry, then how to pin this release and how to verify what was pinned. */
export function releaseNotes({ entry, tag, major, sha, repo, actions }) {
  const uses = actions.map((a) => `      - uses: ${repo}/actions/${a}@${sha} # ${tag}`).join('\n');
  return [
    entry.body,
    '',
    '## Use this release',
    '',
    `Pinned by commit (recommended; Dependabot keeps the SHA and the \`# ${tag}\` comment up to date):`,
    '',
    '```yaml',
    '    steps:',
    uses,
    '```',
    '',
    major ? `Or follow the major tag \`@${major}\`, which moves to each ${major}.x.y release.` : `This is a pre-release: no major tag points at it.`,
    '',
    `Every committed bundle (\`actions/*/dist\`, \`packages/cli/dist\`) has a build provenance attestation. To verify the code a workflow runs:`,
    '',
    '```bash',
    `git clone --depth 1 --branch ${tag} https://github.com/${repo}.git && cd ${repo.split('/')[1]}`,
    `gh attestation verify actions/${actions[0] ?? '<name>'}/dist/index.js --repo ${repo} --signer-workflow ${repo}/.github/workflows/release.yml --source-digest ${sha}`,
    '```',
    '',
  ].join('\n');
}

function parseArgs(argv) {
  const o = { steps: [], dryRun: false, skipTests: false, out: '', since: '', repo: process.env.GITHUB_REPOSITORY || '' };
  const all = ['check', 'build', 'test', 'notes', 'subjects', 'tag', 'move-major'];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dry-run') o.dryRun = true;
    else if (a === '--skip-tests') o.skipTests = true;
    else if (a === '--out') o.out = argv[++i] ?? '';
    else if (a === '--repo') o.repo = argv[++i] ?? '';
    else if (a === '--since') o.since = argv[++i] ?? '';
    else if (all.includes(a)) o.steps.push(a);
    else throw new ReleaseError(`unknown argument '${a}'. Usage: node scripts/release.mjs [${all.join('|')}]... [--dry-run] [--skip-tests] [--since REF] [--out DIR] [--repo OWNER/NAME]`);
  }
  if (o.steps.length === 0) o.steps = all;
  if (o.skipTests) o.steps = o.steps.filter((s) => s !== 'test');
  if (o.repo && !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(o.repo)) throw new ReleaseError(`--repo '${o.repo}' is not OWNER/NAME.`);
  return o;
}

/** The version in package.json at `ref`; undefined when that commit is unknown here or has no package.json. */
function versionAt(root, ref) {
  const r = spawnSync('git', ['show', `${ref}:package.json`], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  try {
    return JSON.parse(r.stdout).version;
  } catch {
    return undefined;
  }
}

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', process.stderr, process.stderr] });
  if (r.status !== 0) throw new ReleaseError(`\`${[cmd, ...args].join(' ')}\` failed (exit ${r.status ?? r.signal}); nothing was tagged. Fix it on the branch and bump again.`);
}

export function main(argv, cwd = process.cwd()) {
  const o = parseArgs(argv);
  const root = git(cwd, ['rev-parse', '--show-toplevel']);
  const out = o.out ? (isAbsolute(o.out) ? o.out : join(cwd, o.out)) : join(root, '.release');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const t = releaseTags(pkg.version);
  const sha = git(root, ['rev-parse', 'HEAD']);
  const repo = o.repo || `<owner>/${pkg.name ?? 'mlci'}`;
  const outputs = { version: t.version, tag: t.tag, major: t.major, prerelease: String(t.prerelease), sha, released: 'true' };
  const say = (m) => process.stdout.write(`${m}\n`);
  const emit = () => {
    const lines = Object.entries(outputs).map(([k, v]) => `${k}=${v}`);
    for (const l of lines) say(l);
    if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, lines.join('\n') + '\n');
  };

  const changelogPath = join(root, 'CHANGELOG.md');
  // The .release folder is the script's own output: a dirty-tree check must not trip over it (it is git-ignored
  // in mlci; elsewhere a --out outside the repository avoids it).
  const outRel = relative(root, out);
  const dirty = () => git(root, ['status', '--porcelain', '--untracked-files=all']).split('\n').filter(Boolean)
    .filter((l) => outRel.startsWith('..') || !(l.slice(3) + '/').startsWith(outRel.replace(/\\/g, '/') + '/'));

  for (const step of o.steps) {
    say(`::group::release: ${step}${o.dryRun && (step === 'tag' || step === 'move-major') ? ' (dry run)' : ''}`);
    try {
      if (step === 'check') {
        const changes = dirty();
        if (changes.length) throw new ReleaseError(`the working tree is not clean (${changes.slice(0, 5).map((l) => l.slice(3)).join(', ')}${changes.length > 5 ? `, and ${changes.length - 5} more` : ''}): a release is built from a commit. Commit or stash them first.`);
        // On a push, only a commit that changes the version is a release: `--since <the push's before>`.
        const before = /^0*$/.test(o.since) ? undefined : versionAt(root, o.since);
        if (before === t.version) {
          outputs.released = 'false';
          say(`::notice::version ${t.version} is unchanged since ${o.since.slice(0, 12)}: nothing to release. Bump "version" in package.json to release.`);
          say('::endgroup::');
          emit();
          return 0;
        }
        if (gitOk(root, ['rev-parse', '-q', '--verify', `refs/tags/${t.tag}`])) {
          const at = git(root, ['rev-parse', `refs/tags/${t.tag}^{commit}`]);
          outputs.released = 'false';
          say(`::notice::${t.tag} is tagged already (${at.slice(0, 12)}); releases are immutable, so there is nothing to release. Bump "version" in package.json and add its CHANGELOG.md entry to release again.`);
          say('::endgroup::');
          emit();
          return 0;
        }
        if (!existsSync(changelogPath)) throw new ReleaseError('CHANGELOG.md is missing: add one in Keep a Changelog form (https://keepachangelog.com/en/1.1.0/) with an entry for the version.');
        const entry = changelogEntry(readFileSync(changelogPath, 'utf8'), t.version);
        say(`${t.tag}: CHANGELOG.md:${entry.line} "${entry.heading}"; major tag ${t.major || '(none: pre-release)'}`);
      } else if (step === 'build') {
        run('npm', ['run', 'build'], root);
        const stale = staleDist(root);
        if (stale.length) throw new ReleaseError(`the committed dist is not what the build writes: ${stale.join('; ')}. Run 'npm run build', commit every dist/ and bump again.`);
        say(`dist fresh: ${distDirs(root).join(', ')}`);
      } else if (step === 'test') {
        run('npm', ['test'], root);
      } else if (step === 'notes') {
        const entry = changelogEntry(readFileSync(changelogPath, 'utf8'), t.version);
        const actions = distDirs(root).filter((d) => d.startsWith('actions/')).map((d) => d.split('/')[1]);
        mkdirSync(out, { recursive: true });
        outputs.notes = join(out, 'notes.md');
        writeFileSync(outputs.notes, releaseNotes({ entry, tag: t.tag, major: t.major, sha, repo, actions }));
        say(`notes: ${outputs.notes}`);
      } else if (step === 'subjects') {
        const files = bundleFiles(root);
        if (files.length === 0) throw new ReleaseError('no committed bundle under actions/*/dist or packages/*/dist: there is nothing to attest.');
        mkdirSync(out, { recursive: true });
        outputs.subjects = join(out, 'subjects.sha256');
        writeFileSync(outputs.subjects, subjectChecksums(root, files));
        say(`subjects: ${files.length} bundle files in ${outputs.subjects}`);
      } else if (step === 'tag') {
        const cmds = [['tag', '--annotate', t.tag, '--message', `mlci ${t.tag}`, sha], ['push', 'origin', `refs/tags/${t.tag}`]];
        if (o.dryRun) for (const c of cmds) say(`would run: git ${c.join(' ')}`);
        else for (const c of cmds) git(root, c, { stdio: ['ignore', 'pipe', 'inherit'] });
      } else if (step === 'move-major') {
        if (!t.major) say(`${t.tag} is a pre-release: the major tag stays where it is.`);
        else {
          const cmds = [['tag', '--force', t.major, `${t.tag}^{commit}`], ['push', '--force', 'origin', `refs/tags/${t.major}`]];
          if (o.dryRun) for (const c of cmds) say(`would run: git ${c.join(' ')}`);
          else {
            for (const c of cmds) git(root, c, { stdio: ['ignore', 'pipe', 'inherit'] });
            say(`::notice::${t.major} now points at ${t.tag} (${sha})`);
          }
        }
      }
    } finally {
      say('::endgroup::');
    }
  }
  emit();
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof ReleaseError) {
      process.stdout.write(`::error::release refused: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`${e?.stack ?? e}\n`);
      process.exitCode = 3;
    }
  }
}
