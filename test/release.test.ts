/**
 * scripts/release.mjs, the release that .github/workflows/release.yml runs, on throwaway git repositories: a small
 * monorepo with two actions and a CLI package whose `npm run build` copies src/ to dist/ and writes licenses.txt,
 * its `npm test` a command the test chooses, and a bare repository as `origin`. The script runs as the workflow runs
 * it (a child process, outputs through GITHUB_OUTPUT); nothing reaches GitHub.
 */
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
// @ts-expect-error: a plain ESM script without type declarations
import { changelogEntry, releaseTags } from '../scripts/release.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const script = join(root, 'scripts', 'release.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'mlci-release-'));
// Each release runs `npm run build` and `npm test` of the throwaway repository (child processes): slow on a busy machine.
jest.setTimeout(180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CHANGELOG = `# Changelog

All notable changes to this project are documented here. The format follows [Keep a Changelog](https://keepachangelog.com/en/1.1.0/).

## [Unreleased]

## [1.2.0] - 2026-12-01

### Added
- evaluate-gate: PR-AUC as a gate metric.

### Fixed
- detect-data-change: CRLF lines hash as in DVC 3.

## [1.1.0] - 2026-11-01

### Added
- request-approval.

[Unreleased]: https://github.com/acme/mlci/compare/v1.2.0...HEAD
[1.2.0]: https://github.com/acme/mlci/compare/v1.1.0...v1.2.0
`;

// The build copies each src/ to dist/ and writes licenses.txt beside each bundle, as ncc --license does.
const BUILD = `import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
for (const parent of ['actions', 'packages']) for (const n of readdirSync(parent)) {
  const d = parent + '/' + n;
  if (!existsSync(d + '/src')) continue;
  cpSync(d + '/src', d + '/dist', { recursive: true });
  if (!process.env.NO_LICENSES) writeFileSync(d + '/dist/licenses.txt', 'MIT\\n');
}
`;

function sh(cwd: string, cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}
const git = (cwd: string, ...args: string[]) => sh(cwd, 'git', args);

let n = 0;
/** A committed throwaway monorepo at `version`, dist built and committed, with a bare `origin`. */
function repo(o: { version?: string; changelog?: string; test?: string } = {}): { dir: string; origin: string } {
  const dir = join(tmp, `repo-${n}`);
  const origin = join(tmp, `origin-${n++}.git`);
  mkdirSync(dir);
  git(tmp, 'init', '-q', '--bare', origin);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'release@test.invalid');
  git(dir, 'config', 'user.name', 'release test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'config', 'tag.gpgsign', 'false');
  git(dir, 'remote', 'add', 'origin', origin);
  const files: Record<string, string> = {
    'package.json': JSON.stringify({
      name: 'mlci', version: o.version ?? '1.2.0', private: true, type: 'module',
      scripts: { build: 'node build.mjs', test: o.test ?? 'node -e "process.exit(0)"' },
    }, null, 2),
    'build.mjs': BUILD,
    'CHANGELOG.md': o.changelog ?? CHANGELOG,
    '.gitignore': '.release/\n',
    'actions/evaluate-gate/action.yml': 'name: gate\nruns:\n  using: node24\n  main: dist/index.js\n',
    'actions/evaluate-gate/src/index.js': 'console.log("gate");\n',
    'actions/evaluate-gate/src/package.json': '{"type":"module"}\n',
    'actions/detect-data-change/action.yml': 'name: detect\nruns:\n  using: node24\n  main: dist/index.js\n',
    'actions/detect-data-change/src/index.js': 'console.log("detect");\n',
    'packages/cli/src/index.js': 'console.log("cli");\n',
    'packages/core/index.ts': 'export {};\n',
  };
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  sh(dir, 'npm', ['run', '--silent', 'build']);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'release');
  git(dir, 'push', '-q', 'origin', 'main');
  return { dir, origin };
}

interface Result { status: number | null; stdout: string; stderr: string; outputs: Record<string, string> }

function release(dir: string, args: string[], env: Record<string, string> = {}): Result {
  const out = join(dir, '..', `out-${n++}.txt`);
  writeFileSync(out, '');
  const r = spawnSync(process.execPath, [script, ...args], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: out, GITHUB_REPOSITORY: 'acme/mlci', ...env },
  });
  const outputs = Object.fromEntries(readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs };
}

const tags = (dir: string) => git(dir, 'tag', '--list').split('\n').filter(Boolean).sort();
const errors = (r: Result) => r.stdout.split('\n').filter((l) => l.startsWith('::error'));

describe('release tags and changelog (pure)', () => {
  test('vX.Y.Z with the major tag vX; a pre-release has no major tag; anything else is refused by name', () => {
    expect(releaseTags('1.2.0')).toEqual({ version: '1.2.0', tag: 'v1.2.0', major: 'v1', prerelease: false });
    expect(releaseTags('10.0.3')).toMatchObject({ tag: 'v10.0.3', major: 'v10' });
    expect(releaseTags('2.0.0-rc.1')).toEqual({ version: '2.0.0-rc.1', tag: 'v2.0.0-rc.1', major: '', prerelease: true });
    for (const bad of ['1.2', 'v1.2.0', '01.2.0', '1.2.0 ', '', undefined]) {
      expect(() => releaseTags(bad)).toThrow(/package\.json: version .* is not X\.Y\.Z/);
    }
  });

  test('the entry runs from its heading to the next release heading or the link references', () => {
    const e = changelogEntry(CHANGELOG, '1.2.0');
    expect(e.heading).toBe('[1.2.0] - 2026-12-01');
    expect(e.line).toBe(7);
    expect(e.body).toBe('### Added\n- evaluate-gate: PR-AUC as a gate metric.\n\n### Fixed\n- detect-data-change: CRLF lines hash as in DVC 3.');
    expect(changelogEntry(CHANGELOG, '1.1.0').body).toBe('### Added\n- request-approval.');
    // 1.2.0 must not match 1.2.01 or 11.2.0; dots are literal.
    expect(() => changelogEntry(CHANGELOG.replace('[1.2.0] - ', '[1.2.01] - '), '1.2.0')).toThrow(/CHANGELOG\.md: no entry for 1\.2\.0/);
    expect(() => changelogEntry(CHANGELOG, '1x2x0')).toThrow(/no entry/);
    expect(() => changelogEntry(CHANGELOG.replace('## [Unreleased]', '## [1.3.0] - 2026-12-05'), '1.3.0')).toThrow(/CHANGELOG\.md:5: the entry for 1\.3\.0 lists no change/);
  });
});

describe('scripts/release.mjs on a throwaway repository', () => {
  test('--dry-run: every step in order, tag and notes computed, subjects hashed, nothing tagged or pushed', () => {
    const { dir, origin } = repo();
    const head = git(dir, 'rev-parse', 'HEAD');
    const r = release(dir, ['--dry-run', '--out', join(dir, '.release')]);
    expect(errors(r)).toEqual([]);
    expect(r.status).toBe(0);
    const groups = r.stdout.split('\n').filter((l) => l.startsWith('::group::')).map((l) => l.replace('::group::release: ', ''));
    expect(groups).toEqual(['check', 'build', 'test', 'notes', 'subjects', 'tag (dry run)', 'move-major (dry run)']);
    expect(r.outputs).toMatchObject({ version: '1.2.0', tag: 'v1.2.0', major: 'v1', prerelease: 'false', released: 'true', sha: head });
    expect(r.stdout).toContain(`would run: git tag --annotate v1.2.0 --message mlci v1.2.0 ${head}`);
    expect(r.stdout).toContain('would run: git push origin refs/tags/v1.2.0');
    expect(r.stdout).toContain('would run: git tag --force v1 v1.2.0^{commit}');
    expect(r.stdout).toContain('would run: git push --force origin refs/tags/v1');
    expect(tags(dir)).toEqual([]);
    expect(git(origin, 'tag', '--list')).toBe('');

    const notes = readFileSync(r.outputs.notes, 'utf8');
    expect(notes.startsWith(changelogEntry(CHANGELOG, '1.2.0').body)).toBe(true);
    expect(notes).not.toContain('1.1.0');
    expect(notes).toContain(`      - uses: acme/mlci/actions/detect-data-change@${head} # v1.2.0`);
    expect(notes).toContain(`      - uses: acme/mlci/actions/evaluate-gate@${head} # v1.2.0`);
    expect(notes).toContain(`gh attestation verify actions/detect-data-change/dist/index.js --repo acme/mlci --signer-workflow acme/mlci/.github/workflows/release.yml --source-digest ${head}`);
    expect(notes).toContain('`@v1`');

    const subjects = readFileSync(r.outputs.subjects, 'utf8').trimEnd().split('\n');
    expect(subjects.map((l) => l.split('  ')[1])).toEqual([
      'actions/detect-data-change/dist/index.js', 'actions/detect-data-change/dist/licenses.txt',
      'actions/evaluate-gate/dist/index.js', 'actions/evaluate-gate/dist/licenses.txt', 'actions/evaluate-gate/dist/package.json',
      'packages/cli/dist/index.js', 'packages/cli/dist/licenses.txt',
    ]);
    const gate = subjects.find((l) => l.endsWith('  actions/evaluate-gate/dist/index.js'))!;
    expect(gate.split('  ')[0]).toBe(createHash('sha256').update('console.log("gate");\n').digest('hex'));
  });

  test('a dirty tree is refused before anything runs', () => {
    const { dir } = repo();
    writeFileSync(join(dir, 'actions/evaluate-gate/src/index.js'), 'console.log("edited");\n');
    writeFileSync(join(dir, 'notes.txt'), 'x');
    const r = release(dir, ['--dry-run']);
    expect(r.status).toBe(2);
    expect(errors(r)).toEqual([expect.stringMatching(/^::error::release refused: the working tree is not clean \(actions\/evaluate-gate\/src\/index\.js, notes\.txt\).*Commit or stash/)]);
    expect(r.stdout).not.toContain('::group::release: build');
  });

  test('a version without a changelog entry is refused, naming the heading to add', () => {
    const { dir } = repo({ version: '1.3.0' });
    const r = release(dir, ['--dry-run']);
    expect(r.status).toBe(2);
    expect(errors(r)).toEqual(['::error::release refused: CHANGELOG.md: no entry for 1.3.0. Add a section "## [1.3.0] - YYYY-MM-DD" with one line per user-visible change (move them from "## [Unreleased]").']);
    expect(r.outputs).toEqual({});
  });

  test('a committed dist older than its source is refused after the build, naming the file; so is a bundle without licenses.txt', () => {
    const { dir } = repo();
    // A source change committed without rebuilding: the tree is clean, the dist is stale.
    writeFileSync(join(dir, 'actions/evaluate-gate/src/index.js'), 'console.log("gate v2");\n');
    git(dir, 'commit', '-q', '-am', 'forgot to build');
    const r = release(dir, ['--dry-run']);
    expect(r.status).toBe(2);
    expect(errors(r)).toEqual([expect.stringMatching(/^::error::release refused: the committed dist is not what the build writes: actions\/evaluate-gate\/dist\/index\.js \(differs from the build\)\. Run 'npm run build'/)]);
    expect(r.stdout).not.toContain('::group::release: test');

    // A bundle committed without its licenses.txt, from a build that writes none: the tree stays clean, the check refuses.
    const b = repo();
    git(b.dir, 'rm', '-q', 'packages/cli/dist/licenses.txt');
    git(b.dir, 'commit', '-q', '-m', 'drop licenses');
    const r2 = release(b.dir, ['check', 'build'], { NO_LICENSES: '1' });
    expect(r2.status).toBe(2);
    expect(errors(r2)[0]).toMatch(/packages\/cli\/dist\/licenses\.txt \(missing: ncc --license licenses\.txt/);
  });

  test('failing tests stop the release before anything is tagged', () => {
    const { dir, origin } = repo({ test: 'node -e "process.exit(4)"' });
    const r = release(dir, []);
    expect(r.status).toBe(2);
    expect(errors(r)).toEqual(["::error::release refused: `npm test` failed (exit 4); nothing was tagged. Fix it on the branch and bump again."]);
    expect(tags(dir)).toEqual([]);
    expect(git(origin, 'tag', '--list')).toBe('');
  });

  test('the real run tags vX.Y.Z and moves vX on origin; the next bump moves vX again and leaves vX.Y.Z where it was', () => {
    const { dir, origin } = repo();
    const first = git(dir, 'rev-parse', 'HEAD');
    const r = release(dir, ['--out', join(tmp, 'out-real')]);
    expect(errors(r)).toEqual([]);
    expect(r.status).toBe(0);
    expect(tags(origin)).toEqual(['v1', 'v1.2.0']);
    expect(git(origin, 'cat-file', '-t', 'v1.2.0')).toBe('tag');
    expect(git(origin, 'rev-parse', 'v1.2.0^{commit}')).toBe(first);
    expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(first);

    // Released already: a push that did not bump the version releases nothing (and fails nothing).
    const again = release(dir, ['--out', join(tmp, 'out-again')]);
    expect(again.status).toBe(0);
    expect(again.outputs.released).toBe('false');
    expect(again.stdout).toMatch(/::notice::v1\.2\.0 is tagged already .* Bump "version" in package\.json/);
    expect(again.stdout).not.toContain('::group::release: build');

    // 1.3.0: the bump and its changelog entry in one commit.
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, version: '1.3.0' }, null, 2));
    writeFileSync(join(dir, 'CHANGELOG.md'), CHANGELOG.replace('## [Unreleased]\n', '## [Unreleased]\n\n## [1.3.0] - 2026-12-03\n\n### Changed\n- evaluate-gate: faster.\n'));
    git(dir, 'commit', '-q', '-am', 'release 1.3.0');
    const second = git(dir, 'rev-parse', 'HEAD');
    const r3 = release(dir, ['--out', join(tmp, 'out-second')]);
    expect(errors(r3)).toEqual([]);
    expect(tags(origin)).toEqual(['v1', 'v1.2.0', 'v1.3.0']);
    expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(second);
    expect(git(origin, 'rev-parse', 'v1.2.0^{commit}')).toBe(first);
    expect(readFileSync(r3.outputs.notes, 'utf8')).toMatch(/^### Changed\n- evaluate-gate: faster\.\n/);
  });

  test('--since: a push that leaves the version alone releases nothing; one that changes it releases that version', () => {
    const { dir } = repo();
    const first = git(dir, 'rev-parse', 'HEAD');
    writeFileSync(join(dir, 'README.md'), 'docs\n');
    git(dir, 'add', 'README.md');
    git(dir, 'commit', '-q', '-m', 'docs only');
    const same = release(dir, ['check', '--since', first]);
    expect(same.status).toBe(0);
    expect(same.outputs.released).toBe('false');
    expect(same.stdout).toContain(`::notice::version 1.2.0 is unchanged since ${first.slice(0, 12)}: nothing to release.`);
    // A first push (before = 000...0) or a dispatch (no --since value) checks the version as it is.
    for (const since of ['0000000000000000000000000000000000000000', '']) {
      expect(release(dir, ['check', '--since', since]).outputs.released).toBe('true');
    }
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, version: '1.1.0' }, null, 2));
    git(dir, 'commit', '-q', '-am', 'set the version to 1.1.0 (its entry exists)');
    const bumped = release(dir, ['check', '--since', first]);
    expect(errors(bumped)).toEqual([]);
    expect(bumped.outputs).toMatchObject({ released: 'true', tag: 'v1.1.0' });
  });

  test('a pre-release is tagged but does not move the major tag', () => {
    const { dir, origin } = repo({ version: '2.0.0-rc.1', changelog: CHANGELOG.replace('## [Unreleased]\n', '## [Unreleased]\n\n## [2.0.0-rc.1] - 2026-12-03\n\n### Removed\n- Node 20.\n') });
    git(dir, 'tag', 'v1', 'HEAD');
    git(dir, 'push', '-q', 'origin', 'refs/tags/v1');
    const v1 = git(dir, 'rev-parse', 'v1^{commit}');
    const r = release(dir, ['--out', join(tmp, 'out-rc')]);
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ tag: 'v2.0.0-rc.1', major: '', prerelease: 'true' });
    expect(r.stdout).toContain('v2.0.0-rc.1 is a pre-release: the major tag stays where it is.');
    expect(tags(origin)).toEqual(['v1', 'v2.0.0-rc.1']);
    expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(v1);
  });
});

describe('.github/workflows/release.yml calls the script', () => {
  const wf = parse(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8'));
  const steps: Array<Record<string, any>> = Object.values<any>(wf.jobs).flatMap((j) => j.steps ?? []);
  const runs = steps.map((s) => String(s.run ?? '')).join('\n');

  test('steps in order: check, build, test, notes, subjects, tag, attest, release, move-major', () => {
    const order = ['release.mjs check', 'release.mjs build', 'release.mjs test', 'release.mjs notes subjects', 'release.mjs tag', 'attest-build-provenance', 'gh release create', 'release.mjs move-major'];
    const at = order.map((k) => steps.findIndex((s) => String(s.run ?? s.uses ?? '').includes(k)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(runs).toContain('--dry-run');
  });

  test('every third-party action in the workflows and examples is pinned by a full commit SHA with its version in a comment', () => {
    const dir = join(root, '.github/workflows');
    const files = [
      ...readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f)),
      ...readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(root, 'examples', f)),
    ];
    expect(files.map((f) => relative(root, f))).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/codeql.yml', '.github/workflows/scorecard.yml', 'examples/gate/pr-gate.yml']));
    let pinned = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      // Local actions (./actions/...) are this repository's own code at the workflow's commit; mlci's own examples
      // for users show <owner>/mlci/... placeholders, which the README explains.
      const uses = [...text.matchAll(/uses:\s*([^\s#]+)(.*)$/gm)].filter((m) => !m[1].startsWith('./') && !m[1].startsWith('<owner>/'));
      for (const m of uses) expect(`${relative(root, f)}: ${m[1]}${m[2]}`).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      pinned += uses.length;
    }
    expect(pinned).toBeGreaterThan(20);
    // The check can fail: a major tag is not a pin.
    expect('actions/checkout@v7').not.toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
});
