/**
 * RecordStore and RunHistory on GitHub (detect-data-change `baseline: git`).
 *
 * A record is a commit whose tree holds one file, `record.json`, under `refs/mlci/detect/<name>/<branch>`: a ref
 * outside `refs/heads` and `refs/tags`, so it is on no branch, `actions/checkout` does not fetch it (it fetches the
 * one ref it checks out) and nothing evicts it. Written through the Git Database API (blobs, trees, commits, refs),
 * which needs `contents: write`. Each new record's commit has the previous one as parent and the ref is moved with
 * `force: false` ("make sure the update is a fast-forward update", REST "Update a reference"): a writer that read
 * an older commit than the ref now holds is refused, which makes the ref a compare-and-swap.
 */
import { createHash } from 'node:crypto';
import { PermissionDeniedError, type PreviousRun, type RecordStore, type RecordWrite, type RunContext, type RunHistory } from '@mlci/core';
import { describeApiError, httpStatus, isPermissionDenied, type GitHubClient } from './octokit.js';

/** The file inside each record commit. */
export const RECORD_FILE = 'record.json';

/**
 * One ref component for a branch. A branch with slashes is flattened (`feature/x` → `feature-x`) with a digest of
 * its real name appended: refs `…/feature` and `…/feature/x` could not both exist (git keeps refs as paths), and two
 * branches flattening alike must not share a record.
 */
export function branchComponent(branch: string): string {
  if (!branch.includes('/')) return branch;
  return `${branch.replace(/\//g, '-')}-${createHash('sha256').update(branch).digest('hex').slice(0, 8)}`;
}

export function recordRef(name: string, branch: string): string {
  return `refs/mlci/detect/${name}/${branchComponent(branch)}`;
}

type ClientSource = () => Promise<GitHubClient | undefined>;

async function clientOf(source: ClientSource, permission: string): Promise<GitHubClient> {
  const c = await source();
  if (!c) throw new PermissionDeniedError(permission, 'no GitHub token: the `github-token` input is empty');
  return c;
}

function denied(e: unknown, permission: string): never {
  if (isPermissionDenied(e)) throw new PermissionDeniedError(permission, describeApiError(e));
  throw e;
}

/** 422 from a ref write that means "someone else moved it": the ref exists already, or is no longer an ancestor. */
function isRefConflict(e: unknown): boolean {
  const s = httpStatus(e);
  return (s === 422 || s === 409) && /already exists|not a fast.?forward|does not exist/i.test(String((e as Error).message ?? ''));
}

export function createRecordStore(ctx: () => RunContext, client: ClientSource): RecordStore {
  const repo = () => ({ owner: ctx().owner, repo: ctx().repo });
  return {
    location: recordRef,

    async read(name, branch) {
      const gh = await clientOf(client, 'contents: read');
      const ref = recordRef(name, branch);
      let sha: string;
      let type: string;
      try {
        const r = await gh.rest.git.getRef({ ...repo(), ref: ref.slice('refs/'.length) });
        ({ sha, type } = r.data.object);
      } catch (e) {
        if (httpStatus(e) === 404) return undefined;
        denied(e, 'contents: read');
      }
      if (type !== 'commit') return { version: sha };
      try {
        const commit = await gh.rest.git.getCommit({ ...repo(), commit_sha: sha });
        const tree = await gh.rest.git.getTree({ ...repo(), tree_sha: commit.data.tree.sha });
        const entry = tree.data.tree.find((t) => t.path === RECORD_FILE && t.type === 'blob');
        if (!entry?.sha) return { version: sha };
        const blob = await gh.rest.git.getBlob({ ...repo(), file_sha: entry.sha });
        const text = Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
        return { version: sha, text };
      } catch (e) {
        denied(e, 'contents: read');
      }
    },

    async checkWritable() {
      const gh = await clientOf(client, 'contents: write');
      // The empty blob exists in nearly every repository; creating it changes nothing and needs contents: write.
      try {
        await gh.rest.git.createBlob({ ...repo(), content: '', encoding: 'utf-8' });
      } catch (e) {
        denied(e, 'contents: write');
      }
    },

    async write(name, branch, text, expected, message): Promise<RecordWrite> {
      const gh = await clientOf(client, 'contents: write');
      const ref = recordRef(name, branch);
      try {
        const blob = await gh.rest.git.createBlob({ ...repo(), content: text, encoding: 'utf-8' });
        const tree = await gh.rest.git.createTree({ ...repo(), tree: [{ path: RECORD_FILE, mode: '100644', type: 'blob', sha: blob.data.sha }] });
        const commit = await gh.rest.git.createCommit({ ...repo(), message, tree: tree.data.sha, parents: expected ? [expected] : [] });
        try {
          if (expected) await gh.rest.git.updateRef({ ...repo(), ref: ref.slice('refs/'.length), sha: commit.data.sha, force: false });
          else await gh.rest.git.createRef({ ...repo(), ref, sha: commit.data.sha });
        } catch (e) {
          if (isRefConflict(e)) return { written: false };
          throw e;
        }
        return { written: true, version: commit.data.sha };
      } catch (e) {
        denied(e, 'contents: write');
      }
    },
  };
}

/**
 * The running workflow's earlier successful runs (`actions: read`). The workflow is named by its file, from
 * GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/retrain.yml@refs/heads/main`).
 */
export function createRunHistory(ctx: () => RunContext, client: ClientSource): RunHistory {
  return {
    async lastSuccessfulRun(branch): Promise<PreviousRun | undefined> {
      const c = ctx();
      const file = /\/\.github\/workflows\/([^@/]+)@/.exec(c.workflowRef ?? '')?.[1];
      if (!file) return undefined;
      const gh = await clientOf(client, 'actions: read');
      try {
        const r = await gh.rest.actions.listWorkflowRuns({ owner: c.owner, repo: c.repo, workflow_id: file, branch, status: 'success', per_page: 10 });
        const run = r.data.workflow_runs.find((w) => w.id !== c.runId);
        if (!run) return undefined;
        return { id: run.id, number: run.run_number, branch: run.head_branch ?? branch, at: run.updated_at, url: run.html_url };
      } catch (e) {
        denied(e, 'actions: read');
      }
    },
  };
}
