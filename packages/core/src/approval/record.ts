import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DispatchInputs } from './port.js';

/**
 * The request record: everything the request run decided (who may approve, how many, what ships, what to dispatch),
 * carried to the resolve run inside the issue body as a hidden block. Base64 keeps `-->` and markdown out of it.
 * The SHA-256 of the whole issue body (record and the text approvers read) is posted in a separate "seal" comment,
 * so an edit of the body — which the REST API does not report — shows up as a digest mismatch, and an edit of the
 * seal shows up as its `updated_at` moving.
 */

export const MARKER_PREFIX = 'mlci:request-approval';
const RECORD_RE = /<!-- mlci:request-approval:record v(\d+) ([A-Za-z0-9+/=]+) -->/g;
const SEAL_RE = /<!-- mlci:request-approval:seal sha256:([0-9a-f]{64}) -->/;
const DECISION_RE = /<!-- mlci:request-approval:decision (approved|denied|timed-out) -->/;
export const STATUS_MARKER = '<!-- mlci:request-approval:status -->';
export const REQUEST_MARKER = '<!-- mlci:request-approval:request -->';
export const VERIFY_MARKER = '<!-- mlci:request-approval:verification -->';

export const RECORD_VERSION = 1;

const onApproveSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('workflow'), workflow: z.string().min(1), ref: z.string().min(1) }),
  z.object({ kind: z.literal('repository-dispatch'), eventType: z.string().min(1) }),
]);

const recordSchema = z.object({
  v: z.literal(RECORD_VERSION),
  repository: z.string().min(3),
  runId: z.number().int().positive(),
  runAttempt: z.number().int().positive(),
  workflow: z.string(),
  sha: z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/),
  ref: z.string(),
  initiators: z.array(z.string()),
  modelVersion: z.string(),
  approvers: z.array(z.string()).min(1),
  minimumApprovals: z.number().int().min(1),
  excludeInitiator: z.boolean(),
  approveWords: z.array(z.string()).min(1),
  denyWords: z.array(z.string()).min(1),
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
  const matches = [...body.matchAll(RECORD_RE)];
  if (matches.length === 0) return { kind: 'none' };
  if (matches.length > 1) return { kind: 'invalid', reason: `the description holds ${matches.length} request records, expected one` };
  const [, version, payload] = matches[0];
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
