/**
 * The Git Database API of the fake GitHub (blobs, trees, commits, refs) and the workflow-runs list, for
 * detect-data-change `baseline: git`. Kept apart from fake-github.ts, which wires these handlers in.
 *
 * Objects get their real git ids (SHA-1 of `<type> <size>\0<body>`, trees and commits in git's own format), so a
 * test can compare with `git hash-object`. Ref writes follow GitHub's documented rules: `POST /git/refs` refuses a
 * ref that exists ("Reference already exists"); `PATCH /git/refs/{ref}` with `force: false` refuses a commit that
 * does not descend from the ref's ("Update is not a fast forward"). Both are 422s a correct client meets in a race,
 * so they are not recorded as invalid requests; a dangling sha or a malformed ref name is.
 */
import { createHash } from 'node:crypto';

export type FakeGitObject =
  | { type: 'blob'; content: Buffer }
  | { type: 'tree'; entries: Array<{ path: string; mode: string; type: 'blob' | 'tree' | 'commit'; sha: string }> }
  | { type: 'commit'; tree: string; parents: string[]; message: string; author: { name: string; email: string; date: string } };

export interface FakeGitRepo {
  objects: Record<string, FakeGitObject>;
  /** Full ref name (`refs/mlci/detect/x/main`) -> object sha. */
  refs: Record<string, string>;
}

/** What the handlers need from fake-github.ts. */
export interface FakeGitDeps {
  /** `owner/repo` -> its git database (created on first use). */
  git: Record<string, FakeGitRepo>;
  workflowRuns: Record<number, Record<string, unknown>>;
  runExample: Record<string, unknown>;
  now(): Date;
  api(): string;
  web: string;
  /** Throw GitHub's error answer; `invalid` marks a request GitHub would reject for a client bug. */
  fail(status: number, message: string, invalid?: boolean): never;
  paginate<T>(c: GitCtx, items: T[]): { page: T[]; link?: string };
}

export interface GitCtx {
  params: Record<string, string>;
  query: URLSearchParams;
  body: any;
  owner: string;
  repo: string;
  url: URL;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

/** git's object id: SHA-1 over `<type> <size>\0<body>`. */
export function gitObjectId(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

function encode(o: FakeGitObject): Buffer {
  if (o.type === 'blob') return o.content;
  if (o.type === 'tree') {
    // git sorts tree entries by name (a tree's name compared as if it ended in '/').
    const key = (e: { path: string; type: string }) => (e.type === 'tree' ? `${e.path}/` : e.path);
    const sorted = [...o.entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    return Buffer.concat(sorted.map((e) => Buffer.concat([Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.path}\0`), Buffer.from(e.sha, 'hex')])));
  }
  const ts = Math.floor(Date.parse(o.author.date) / 1000);
  const who = `${o.author.name} <${o.author.email}> ${ts} +0000`;
  return Buffer.from(`tree ${o.tree}\n${o.parents.map((p) => `parent ${p}\n`).join('')}author ${who}\ncommitter ${who}\n\n${o.message}`);
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function gitDatabaseHandlers(d: FakeGitDeps): Record<string, (c: GitCtx) => Answer> {
  const repoOf = (c: GitCtx): FakeGitRepo => (d.git[`${c.owner}/${c.repo}`] ??= { objects: {}, refs: {} });
  const put = (r: FakeGitRepo, o: FakeGitObject): string => {
    const sha = gitObjectId(o.type, encode(o));
    r.objects[sha] = o;
    return sha;
  };
  const get = <T extends FakeGitObject['type']>(r: FakeGitRepo, sha: string, type: T): Extract<FakeGitObject, { type: T }> | undefined => {
    const o = r.objects[sha];
    return o?.type === type ? (o as Extract<FakeGitObject, { type: T }>) : undefined;
  };
  const base = (c: GitCtx) => `${d.api()}/repos/${c.owner}/${c.repo}`;

  const renderRef = (c: GitCtx, ref: string, sha: string) => {
    const type = repoOf(c).objects[sha]?.type ?? 'commit';
    return {
      ref, node_id: `REF_${Buffer.from(ref).toString('base64')}`, url: `${base(c)}/git/${ref}`,
      object: { type, sha, url: `${base(c)}/git/${type}s/${sha}` },
    };
  };
  const renderCommit = (c: GitCtx, sha: string, o: Extract<FakeGitObject, { type: 'commit' }>) => ({
    sha, node_id: `C_${sha}`, url: `${base(c)}/git/commits/${sha}`, html_url: `${d.web}/${c.owner}/${c.repo}/commit/${sha}`,
    author: o.author, committer: o.author, message: o.message,
    tree: { sha: o.tree, url: `${base(c)}/git/trees/${o.tree}` },
    parents: o.parents.map((p) => ({ sha: p, url: `${base(c)}/git/commits/${p}`, html_url: `${d.web}/${c.owner}/${c.repo}/commit/${p}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  });
  const renderTree = (c: GitCtx, sha: string, o: Extract<FakeGitObject, { type: 'tree' }>) => ({
    sha, url: `${base(c)}/git/trees/${sha}`, truncated: false,
    tree: o.entries.map((e) => ({
      path: e.path, mode: e.mode, type: e.type, sha: e.sha, url: `${base(c)}/git/${e.type}s/${e.sha}`,
      ...(e.type === 'blob' ? { size: get(repoOf(c), e.sha, 'blob')?.content.length ?? 0 } : {}),
    })),
  });
  /** `commit` descends from `ancestor` (or is it). */
  const descends = (r: FakeGitRepo, commit: string, ancestor: string): boolean => {
    const seen = new Set<string>();
    const stack = [commit];
    while (stack.length) {
      const s = stack.pop()!;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(get(r, s, 'commit')?.parents ?? []));
    }
    return false;
  };

  return {
    'git/create-blob': (c) => {
      const enc = c.body.encoding ?? 'utf-8';
      if (enc !== 'utf-8' && enc !== 'utf8' && enc !== 'base64') d.fail(422, `encoding must be "utf-8" or "base64", got ${JSON.stringify(enc)}`, true);
      const sha = put(repoOf(c), { type: 'blob', content: Buffer.from(String(c.body.content), enc === 'base64' ? 'base64' : 'utf8') });
      return { status: 201, body: { sha, url: `${base(c)}/git/blobs/${sha}` } };
    },
    'git/get-blob': (c) => {
      const sha = c.params.file_sha!;
      const o = get(repoOf(c), sha, 'blob');
      if (!o) d.fail(404, 'Not Found');
      // GitHub wraps the base64 at 60 characters.
      const content = (o.content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';
      return { status: 200, body: { sha, node_id: `B_${sha}`, size: o.content.length, url: `${base(c)}/git/blobs/${sha}`, content, encoding: 'base64' } };
    },
    'git/create-tree': (c) => {
      const r = repoOf(c);
      const entries: Extract<FakeGitObject, { type: 'tree' }>['entries'] = [];
      if (c.body.base_tree) {
        const b = get(r, c.body.base_tree, 'tree');
        if (!b) d.fail(422, `base_tree ${c.body.base_tree} is not a tree`, true);
        entries.push(...b.entries);
      }
      for (const e of c.body.tree as any[]) {
        let sha: string | null | undefined = e.sha;
        if (e.content !== undefined) sha = put(r, { type: 'blob', content: Buffer.from(String(e.content), 'utf8') });
        const at = entries.findIndex((x) => x.path === e.path);
        if (sha === null) {
          if (at >= 0) entries.splice(at, 1);
          continue;
        }
        if (!sha || !r.objects[sha] || r.objects[sha]!.type !== e.type) d.fail(422, `tree.sha ${sha} is not a valid ${e.type}`, true);
        const entry = { path: e.path, mode: e.mode, type: e.type, sha };
        if (at >= 0) entries[at] = entry;
        else entries.push(entry);
      }
      const sha = put(r, { type: 'tree', entries });
      return { status: 201, body: renderTree(c, sha, get(r, sha, 'tree')!) };
    },
    'git/get-tree': (c) => {
      const sha = c.params.tree_sha!;
      const o = get(repoOf(c), sha, 'tree');
      if (!o) d.fail(404, 'Not Found');
      return { status: 200, body: renderTree(c, sha, o) };
    },
    'git/create-commit': (c) => {
      const r = repoOf(c);
      if (!get(r, c.body.tree, 'tree')) d.fail(422, `Tree SHA ${c.body.tree} does not exist`, true);
      const parents: string[] = c.body.parents ?? [];
      for (const p of parents) if (!get(r, p, 'commit')) d.fail(422, `Parent SHA ${p} does not exist or is not a commit object`, true);
      const who = { name: c.body.author?.name ?? 'github-actions[bot]', email: c.body.author?.email ?? '41898282+github-actions[bot]@users.noreply.github.com', date: c.body.author?.date ?? iso(d.now()) };
      const o = { type: 'commit' as const, tree: c.body.tree, parents, message: String(c.body.message), author: who };
      const sha = put(r, o);
      return { status: 201, body: renderCommit(c, sha, o) };
    },
    'git/get-commit': (c) => {
      const sha = c.params.commit_sha!;
      const o = get(repoOf(c), sha, 'commit');
      if (!o) d.fail(404, 'Not Found');
      return { status: 200, body: renderCommit(c, sha, o) };
    },
    'git/get-ref': (c) => {
      const ref = `refs/${c.params.ref}`;
      const sha = repoOf(c).refs[ref];
      if (!sha) d.fail(404, 'Not Found');
      return { status: 200, body: renderRef(c, ref, sha) };
    },
    'git/create-ref': (c) => {
      const r = repoOf(c);
      const ref = String(c.body.ref);
      if (!/^refs\/[^/]+\/.+/.test(ref) || /\.\.|[\s~^:?*[\\]|\/\.|\.lock(\/|$)|\/$/.test(ref)) {
        d.fail(422, `Reference name ${JSON.stringify(ref)} is not valid: it must start with 'refs/', have at least two slashes and follow git check-ref-format`, true);
      }
      if (!r.objects[c.body.sha]) d.fail(422, 'Object does not exist', true);
      if (r.refs[ref]) d.fail(422, 'Reference already exists');
      // git keeps refs as paths: refs/a/b and refs/a/b/c cannot both exist.
      if (Object.keys(r.refs).some((x) => x.startsWith(`${ref}/`) || ref.startsWith(`${x}/`))) d.fail(422, `Reference ${ref} conflicts with an existing reference`, true);
      r.refs[ref] = c.body.sha;
      return { status: 201, headers: { location: `${base(c)}/git/${ref}` }, body: renderRef(c, ref, c.body.sha) };
    },
    'git/update-ref': (c) => {
      const r = repoOf(c);
      const ref = `refs/${c.params.ref}`;
      const current = r.refs[ref];
      if (!current) d.fail(422, 'Reference does not exist');
      if (!r.objects[c.body.sha]) d.fail(422, 'Object does not exist', true);
      if (!c.body.force && !descends(r, c.body.sha, current)) d.fail(422, 'Update is not a fast forward');
      r.refs[ref] = c.body.sha;
      return { status: 200, body: renderRef(c, ref, c.body.sha) };
    },

    'actions/list-workflow-runs': (c) => {
      const wf = c.params.workflow_id!;
      const branch = c.query.get('branch');
      const status = c.query.get('status');
      const runs = Object.entries(d.workflowRuns)
        .map(([id, o]) => ({ ...structuredClone(d.runExample), id: Number(id), ...o }) as Record<string, any>)
        .filter((run) => (/^\d+$/.test(wf) ? run.workflow_id === Number(wf) : String(run.path ?? '').split('@')[0] === `.github/workflows/${wf}`))
        .filter((run) => !branch || run.head_branch === branch)
        .filter((run) => !status || run.status === status || run.conclusion === status)
        .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id));
      const { page, link } = d.paginate(c, runs);
      return {
        status: 200,
        headers: link ? { link } : undefined,
        body: {
          total_count: runs.length,
          workflow_runs: page.map((run) => ({
            ...run, url: `${base(c)}/actions/runs/${run.id}`, html_url: `${d.web}/${c.owner}/${c.repo}/actions/runs/${run.id}`,
          })),
        },
      };
    },
  };
}

/** Scopes of the operations above (GITHUB_TOKEN permissions). */
export const GIT_DATABASE_SCOPES = {
  'git/create-blob': { scope: 'contents', write: true },
  'git/create-tree': { scope: 'contents', write: true },
  'git/create-commit': { scope: 'contents', write: true },
  'git/create-ref': { scope: 'contents', write: true },
  'git/update-ref': { scope: 'contents', write: true },
  'git/get-blob': { scope: 'contents', write: false },
  'git/get-tree': { scope: 'contents', write: false },
  'git/get-commit': { scope: 'contents', write: false },
  'git/get-ref': { scope: 'contents', write: false },
  'actions/list-workflow-runs': { scope: 'actions', write: false },
} as const;
