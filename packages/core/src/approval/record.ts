import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DispatchInputs } from './port.js';

/**
 * The request record: everything the request run decided (who may approve, how many, what ships, what to dispatch),
 * carried to the resolve run inside the issue body as a hidden block. Base64 keeps `-->` and markdown out of it.
 * The SHA-256 of the whole issue body (record and the text approvers read) is posted in a separate "seal" comment,
 * so an edit of the body — which the REST API does not report — shows up as a digest mismatch, and an edit of the
 * seal shows up as its `updated_at` moving.
 *
 * Every marker is recognised only at the very start of a body (the record block at the start of the description,
 * the seal, decision, status and refusal markers at the start of a comment): a marker quoted inside other text —
 * a record field echoed into a comment, a person's reply — is never one.
 */

export const MARKER_PREFIX = 'mlci:request-approval';
const RECORD_ANY = /<!-- mlci:request-approval:record/g;
const RECORD_RE = /^<!-- mlci:request-approval:record v(\d+) ([A-Za-z0-9+/=]+) -->/;
const SEAL_RE = /^<!-- mlci:request-approval:seal sha256:([0-9a-f]{64}) -->/;
const DECISION_RE = /^<!-- mlci:request-approval:decision (approved|denied|timed-out) -->/;
export const STATUS_MARKER = '<!-- mlci:request-approval:status -->';
export const REQUEST_MARKER = '<!-- mlci:request-approval:request -->';
export const VERIFY_MARKER = '<!-- mlci:request-approval:verification -->';

/** True when `body` starts with `marker` (markers count only there). */
export function startsWithMarker(body: string, marker: string): boolean {
  return body.startsWith(marker);
}

/** Longest model version, ref, workflow or event name a request records (checked at request and at resolve). */
export const MAX_FIELD_CHARS = 256;
/** Most approve or deny words, and the longest word. */
export const MAX_WORDS = 20;
export const MAX_WORD_CHARS = 50;

export const RECORD_VERSION = 1;

const NO_CONTROL = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;
/** A one-line field of bounded length: what GitHub passes on and what mlci prints stays one line. */
const field = (max = MAX_FIELD_CHARS) => z.string().max(max).regex(NO_CONTROL, 'holds a line break or control character');
const login = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}(?:\[bot\])?$/, 'is not a GitHub login');

const onApproveSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('workflow'), workflow: field().min(1), ref: field().min(1) }),
  z.object({ kind: z.literal('repository-dispatch'), eventType: field(100).min(1) }),
]);

const recordSchema = z.object({
  v: z.literal(RECORD_VERSION),
  repository: z.string().regex(/^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/, 'is not owner/name'),
  runId: z.number().int().positive(),
  runAttempt: z.number().int().positive(),
  workflow: field(),
  sha: z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/),
  ref: field(),
  initiators: z.array(login).max(10),
  modelVersion: field(),
  approvers: z.array(z.string().regex(/^@?[A-Za-z0-9][A-Za-z0-9_-]{0,99}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$/, 'is not a login or @org/team')).min(1).max(100),
  minimumApprovals: z.number().int().min(1),
  excludeInitiator: z.boolean(),
  approveWords: z.array(field(MAX_WORD_CHARS).min(1)).min(1).max(MAX_WORDS),
  denyWords: z.array(field(MAX_WORD_CHARS).min(1)).min(1).max(MAX_WORDS),
  closeMeansDeny: z.boolean(),
  timeoutMs: z.number().int().positive(),
  onApprove: onApproveSchema,
});

export type OnApprove = z.infer<typeof onApproveSchema>;
export type ApprovalRecord = z.infer<typeof recordSchema>;

/** Encode a record as its base64 payload (deterministic: keys in schema order). */
export function encodeRecordPayload(record: ApprovalRecord): string {
  const ordered = recordSchema.parse(record);
  return Buffer.from(JSON.stringify(ordered), 'utf8').toString('base64');
}

/** The hidden block placed in the issue body. */
export function recordBlock(payload: string): string {
  return `<!-- ${MARKER_PREFIX}:record v${RECORD_VERSION} ${payload} -->`;
}

/**
 * Digest of an issue body as the seal covers it. Line endings are normalised and trailing whitespace dropped, so a
 * body GitHub stores with CRLF or without a final newline still matches; any change to the text does not.
 */
export function bodyDigest(body: string): string {
  return createHash('sha256').update(body.replace(/\r\n?/g, '\n').trimEnd(), 'utf8').digest('hex');
}

/** The seal comment: the digest of the issue body in a marker, plus a line a person can read. */
export function sealComment(issueBody: string): string {
  const d = bodyDigest(issueBody);
  return `<!-- ${MARKER_PREFIX}:seal sha256:${d} -->\nRequest sealed (sha256 \`${d.slice(0, 16)}…\` of the description above). mlci ignores this request if the description or this comment is edited.`;
}

export function sealDigestOf(body: string): string | undefined {
  return SEAL_RE.exec(body)?.[1];
}

export type RecordExtraction =
  | { kind: 'none' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'ok'; payload: string; record: ApprovalRecord };

/** Find and decode the one record block in an issue body. Two blocks are invalid (one could shadow the other). */
export function extractRecord(body: string): RecordExtraction {
  const count = [...body.matchAll(RECORD_ANY)].length;
  if (count === 0) return { kind: 'none' };
  if (count > 1) return { kind: 'invalid', reason: `the description holds ${count} request records, expected one` };
  const m = RECORD_RE.exec(body);
  if (!m) return { kind: 'invalid', reason: 'the request record is not at the start of the description' };
  const [, version, payload] = m;
  if (Number(version) !== RECORD_VERSION) {
    return { kind: 'invalid', reason: `request record version ${version} is not supported by this mlci (expects ${RECORD_VERSION})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return { kind: 'invalid', reason: 'the request record is not valid base64 JSON' };
  }
  const parsed = recordSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { kind: 'invalid', reason: `the request record is malformed (${first.path.join('.') || 'record'}: ${first.message})` };
  }
  return { kind: 'ok', payload, record: parsed.data };
}

export function hasRecordMarker(body: string): boolean {
  return body.includes(`<!-- ${MARKER_PREFIX}:record`);
}

export type FinalDecision = 'approved' | 'denied' | 'timed-out';

export function decisionMarker(decision: FinalDecision): string {
  return `<!-- ${MARKER_PREFIX}:decision ${decision} -->`;
}

export function decisionOf(body: string): FinalDecision | undefined {
  return DECISION_RE.exec(body)?.[1] as FinalDecision | undefined;
}

/**
 * The workflow_dispatch inputs recorded at request time. The follow-up workflow declares these three inputs;
 * GitHub rejects a dispatch with undeclared inputs (422), so the set is fixed and documented.
 */
export function dispatchInputs(record: ApprovalRecord): DispatchInputs {
  return { 'model-version': record.modelVersion, 'commit-sha': record.sha, 'run-id': String(record.runId) };
}

/** repository_dispatch client_payload: the same facts plus the issue and who approved. */
export function dispatchPayload(record: ApprovalRecord, issueNumber: number, approvedBy: string[]): Record<string, unknown> {
  return {
    model_version: record.modelVersion,
    commit_sha: record.sha,
    run_id: String(record.runId),
    issue_number: issueNumber,
    approved_by: approvedBy,
  };
}
