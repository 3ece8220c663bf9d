/**
 * One merge request note per (action, key), found by mlci's hidden marker and edited in place
 * (https://docs.gitlab.com/api/notes/#merge-requests): list every page of the merge request's notes, update the one
 * whose body starts with the marker and that the token's own user wrote, or create it.
 */
import type { CommentResult } from '@mlci/core';
import { commentMarker, truncateMarkdown } from '@mlci/core/markdown';
import { GitLabApi, GitLabApiError } from './api.js';

/** GitLab's limit on a note body (the Notes API: "body ... (max 1,000,000 characters)"). */
export const NOTE_MAX_CHARS = 1_000_000;

interface Note {
  id: number;
  body: string;
  system?: boolean;
  author?: { id?: number; username?: string };
}

/** What to say when a note cannot be written: a notice with the fix, not a failure. */
export function noteDenied(status: number): string {
  if (status === 401) return 'MLCI_GITLAB_TOKEN was refused (401): it is expired, revoked or not a token; set a project or group access token with the `api` scope';
  if (status === 403) return 'MLCI_GITLAB_TOKEN may not write notes (403): give the token the `api` scope and at least the Reporter role on the project';
  return 'the merge request was not found (404): the token cannot see this project or merge request';
}

export interface NoteTarget {
  projectId: string;
  iid: number;
  /** The pipeline's page, named in the note when the body had to be cut. */
  pipelineUrl?: string;
}

export async function upsertNote(api: GitLabApi, target: NoteTarget, action: string, key: string, body: string): Promise<CommentResult> {
  const marker = commentMarker(action, key);
  const head = `${marker}\n`;
  const { text } = truncateMarkdown(body, NOTE_MAX_CHARS - head.length,
    `> **Note**: this note was cut to GitLab's ${NOTE_MAX_CHARS.toLocaleString('en-US')}-character limit. The full report is in the job's artifacts${target.pipelineUrl ? ` ([pipeline](${target.pipelineUrl}))` : ''}.`);
  const full = head + text;
  const base = `/projects/${encodeURIComponent(target.projectId)}/merge_requests/${target.iid}/notes`;
  try {
    // The token's own user: a note someone else wrote with our marker in it is never ours to edit.
    let me: number | undefined;
    try {
      me = (await api.request<{ id: number }>('GET', '/user')).data.id;
    } catch (e) {
      // Some job tokens may not read /user; the marker alone then decides.
      if (!(e instanceof GitLabApiError) || e.status >= 500 || e.status === 429) throw e;
    }
    let existing: Note | undefined;
    for await (const page of api.pages<Note>(`${base}?sort=asc&order_by=created_at`)) {
      existing = page.find((n) => !n.system && typeof n.body === 'string' && n.body.startsWith(marker) && (me === undefined || n.author?.id === me));
      if (existing) break;
    }
    if (existing) {
      if (existing.body !== full) await api.request('PUT', `${base}/${existing.id}`, { body: full });
      return { posted: true, updated: true, id: existing.id };
    }
    const { data } = await api.request<Note>('POST', base, { body: full });
    return { posted: true, updated: false, id: data.id };
  } catch (e) {
    if (e instanceof GitLabApiError && (e.status === 401 || e.status === 403 || e.status === 404)) {
      return { posted: false, skippedReason: noteDenied(e.status) };
    }
    if (e instanceof GitLabApiError) return { posted: false, skippedReason: e.message };
    throw e;
  }
}
