/**
 * The one seam between mlci's domain logic and a CI platform. GitHub Actions implements it in
 * packages/github; the local CLI and GitLab implement it in packages/cli. Core never imports a platform SDK.
 */

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
  /** The raw event payload. */
  payload: Record<string, any>;
  defaultBranch?: string;
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
}
