/**
 * The one seam between mlci's domain logic and a CI platform. GitHub Actions implements it in
 * packages/github; the local CLI and GitLab implement it in packages/cli. Core never imports a platform SDK.
 */

import type { ApprovalTracker } from './approval/port.js';

export type AnnotationLevel = 'notice' | 'warning' | 'error';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

export interface RunContext {
  /** pull_request, push, schedule, workflow_dispatch, issue_comment, ... (GitLab: pipeline source mapped to these). */
  eventName: string;
  /** owner/name */
  repository: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  /** The login that triggered the run. */
  actor: string;
  runId: number;
  runAttempt: number;
  workflow: string;
  job: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  /** PR / merge-request number when the event has one. */
  pullRequest?: { number: number; headSha: string; baseSha: string; baseRef: string; headRef: string; fork: boolean };
  /**
   * The raw event payload, for the platform adapter only: the domain reads the typed facts below (`branch`, `issue`,
   * `comment`, `triggeringActor`), which each adapter fills in from its own event format.
   */
  payload: Record<string, any>;
  defaultBranch?: string;
  /** The branch this run is about: a pull request's head branch, else the pushed branch or tag; '' when detached. */
  branch: string;
  /** Who started this attempt when it was a re-run by someone else (GitHub: GITHUB_TRIGGERING_ACTOR). */
  triggeringActor?: string;
  /** The issue an issue or comment event is about (GitHub: the `issues` and `issue_comment` events). */
  issue?: EventIssue;
  /** The comment a comment event delivered, with its body as the event carried it (GitHub: `issue_comment`). */
  comment?: EventComment;
  /** `owner/repo/.github/workflows/file.yml@ref` (GitHub: GITHUB_WORKFLOW_REF): which workflow this run belongs to. */
  workflowRef?: string;
}

/** The issue (or pull request conversation) an event is about. */
export interface EventIssue {
  number: number;
  /** A pull request's conversation (GitHub delivers comments on a pull request as issue comments). */
  isPullRequest: boolean;
  /** Who closed it, on the event that closed it. Decisions read closes from the platform's record, not from this. */
  closedBy?: string;
}

/** A comment as a comment event delivered it: created, edited (with the body before the edit) or deleted. */
export interface EventComment {
  id: number;
  action: 'created' | 'edited' | 'deleted';
  author: string;
  authorIsBot: boolean;
  /** ISO 8601. */
  createdAt: string;
  url: string;
  /** The body as delivered (created, deleted). */
  body?: string;
  /** The body before the edit (edited). */
  previousBody?: string;
}

/** Files an event changed, workspace-relative POSIX paths, sorted. */
export interface ChangedFiles {
  /** Undefined when no source could say (the caller compares file digests against the baseline instead). */
  files?: string[];
  /** How they were found (for the summary), or why not. */
  source: string;
}

/** What request-approval hands the platform to make its approval tracker. */
export interface ApprovalTrackerOptions {
  /** The credential the requests are written with (GitHub: the `github-token` input). */
  token: string;
  /** A credential for reading team membership only; defaults to `token`. */
  teamToken?: string;
  log: { debug(message: string): void; info(message: string): void };
}

export interface CommentTarget {
  /** Issue or pull request number to comment on (default: the event's pull request). */
  issueNumber?: number;
}

export interface CommentResult {
  posted: boolean;
  /** Why no comment was posted (read-only token, no PR, disabled). */
  skippedReason?: string;
  id?: number;
  url?: string;
  updated?: boolean;
}

export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CheckRunRequest {
  name: string;
  conclusion: 'success' | 'failure' | 'neutral' | 'skipped';
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
  detailsUrl?: string;
}

export interface CheckResult {
  posted: boolean;
  skippedReason?: string;
  /** 'check-run' or 'commit-status' when check runs are not possible. */
  kind?: 'check-run' | 'commit-status';
  id?: number;
  url?: string;
}

export interface CacheStore {
  /** Returns the matched key, or undefined on a miss. Throws on a service outage (callers degrade). */
  restore(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

export interface ArtifactStore {
  upload(name: string, files: string[], rootDirectory: string, retentionDays?: number): Promise<{ id?: number; size?: number }>;
}

/** Logging and run-state surfaces every action uses. */
export interface Platform {
  readonly name: 'github' | 'gitlab' | 'local';
  context(): RunContext;
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Append markdown to the job summary (GitHub: GITHUB_STEP_SUMMARY; local: a file / stdout). */
  appendSummary(markdown: string): Promise<void>;
  annotate(level: AnnotationLevel, message: string, props?: AnnotationProps): void;
  info(message: string): void;
  debug(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Mark the step failed with one line; with `props`, that line is also the annotation on the file (one, not two). */
  setFailed(message: string, props?: AnnotationProps): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  exportVariable?(name: string, value: string): void;
  /**
   * Upsert one comment per (action, key) on the current PR/MR, found by a hidden marker. `target.issueNumber`
   * comments on that issue (or PR) instead of the event's PR; without a PR and without a target nothing is posted.
   */
  upsertComment(action: string, key: string, body: string, target?: CommentTarget): Promise<CommentResult>;
  /** A check run on the current commit (or a commit status where check runs cannot be made). */
  publishCheck(req: CheckRunRequest): Promise<CheckResult>;
  cache?: CacheStore;
  artifacts?: ArtifactStore;
  /** Records kept in the repository (detect-data-change `baseline: git`). */
  records?: RecordStore;
  /** The running workflow's earlier runs (to tell an evicted baseline from a first run). */
  history?: RunHistory;
  /**
   * Files this run's event changed (a pull request's files, a push's range), else those since `baselineCommit`
   * (detect-data-change's `code` input). Never throws: `files` is undefined when nothing could answer.
   */
  changedFiles?(baselineCommit: string | undefined): Promise<ChangedFiles>;
  /** Issues, comments, permissions and dispatches for request-approval (GitHub: the REST API). */
  approvalTracker?(options: ApprovalTrackerOptions): Promise<ApprovalTracker>;
}

// ---------------------------------------------------------------------------------------------------------------
// Records kept in the repository itself (detect-data-change `baseline: git`) and the run history that says whether
// a record was expected when the cache has none.

/** A record as stored: its text, and the version a compare-and-swap write must name (GitHub: the ref's commit). */
export interface StoredRecord {
  version: string;
  /** Undefined when the location exists but holds no record file (written by something else, or damaged). */
  text?: string;
}

/** The outcome of a compare-and-swap write: `written`, or `conflict` when another writer moved the location first. */
export type RecordWrite = { written: true; version: string } | { written: false };

/**
 * Small text records stored in the repository, one per (name, branch), outside every user branch (GitHub: a commit
 * holding one file under `refs/mlci/detect/<name>/<branch>`). Writes are compare-and-swap, so two runs racing
 * cannot both think they won.
 */
export interface RecordStore {
  /** Where the record of (name, branch) lives, for messages (`refs/mlci/detect/fraud/main`). */
  location(name: string, branch: string): string;
  /** The record, or undefined when there is none. Throws PermissionDeniedError when the token may not read. */
  read(name: string, branch: string): Promise<StoredRecord | undefined>;
  /** Throws PermissionDeniedError when the token may not write: called before training, so a missing permission fails fast. */
  checkWritable(): Promise<void>;
  /**
   * Write `text` if the location is still at `expected` (undefined: it must not exist yet); `conflict` otherwise.
   * Throws PermissionDeniedError when the token may not write.
   */
  write(name: string, branch: string, text: string, expected: string | undefined, message: string): Promise<RecordWrite>;
}

/** A finished, successful run of the running workflow. */
export interface PreviousRun {
  id: number;
  number?: number;
  branch: string;
  /** When it finished (ISO 8601). */
  at: string;
  url?: string;
}

/** What the platform knows about the running workflow's earlier runs. */
export interface RunHistory {
  /** The newest successful run of this workflow on `branch` other than this one. Throws PermissionDeniedError. */
  lastSuccessfulRun(branch: string): Promise<PreviousRun | undefined>;
}

/** The token lacks a permission; `permission` names it as a workflow's `permissions:` block does (`contents: write`). */
export class PermissionDeniedError extends Error {
  constructor(readonly permission: string, message: string) {
    super(message);
    this.name = 'PermissionDeniedError';
  }
}
