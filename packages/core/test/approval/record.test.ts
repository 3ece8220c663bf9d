import { describe, test, expect } from '@jest/globals';
import {
  encodeRecordPayload, extractRecord, bodyDigest, recordBlock, sealComment, sealDigestOf, decisionMarker, decisionOf,
  dispatchInputs,
} from '../../src/approval/record.js';
import { RECORD } from './fixtures.js';


describe('request record', () => {
  test('round-trips through the issue body, deterministically', () => {
    const p = encodeRecordPayload(RECORD);
    expect(encodeRecordPayload({ ...RECORD })).toBe(p);
    const ex = extractRecord(`${recordBlock(p)}\n## hello\ntext`);
    expect(ex).toEqual({ kind: 'ok', payload: p, record: RECORD });
    // Only at the very start of the description: a record quoted further down is not one.
    expect(extractRecord(`## hello\n${recordBlock(p)}\ntext`)).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/not at the start/) });
  });
  test('recorded fields are one bounded line; a record that breaks that is malformed', () => {
    for (const modelVersion of ['v1\n::error::pwned', 'x'.repeat(12_000), 'a\u2028b']) {
      const body = recordBlock(Buffer.from(JSON.stringify({ ...RECORD, modelVersion })).toString('base64'));
      expect(extractRecord(body)).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/modelVersion/) });
    }
  });
  test('a model version with --> cannot break out of the hidden block', () => {
    const p = encodeRecordPayload({ ...RECORD, modelVersion: 'x --> <!-- y' });
    expect(recordBlock(p)).not.toMatch(/-->.*-->/);
    const ex = extractRecord(recordBlock(p));
    expect(ex.kind === 'ok' && ex.record.modelVersion).toBe('x --> <!-- y');
  });
  test('no block, two blocks, bad base64, bad fields', () => {
    expect(extractRecord('just an issue').kind).toBe('none');
    const p = encodeRecordPayload(RECORD);
    expect(extractRecord(recordBlock(p) + recordBlock(p))).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/2 request records/) });
    expect(extractRecord('<!-- mlci:request-approval:record v1 e30= -->')).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/malformed/) });
    expect(extractRecord('<!-- mlci:request-approval:record v9 e30= -->')).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/version 9/) });
  });
  test('the seal carries the digest of the whole body, line endings aside', () => {
    const body = `${recordBlock(encodeRecordPayload(RECORD))}\n## Approval requested: \`fraud-2026.03.02\`\n`;
    expect(sealDigestOf(sealComment(body))).toBe(bodyDigest(body));
    expect(bodyDigest(body.replace(/\n/g, '\r\n'))).toBe(bodyDigest(body));
    expect(bodyDigest(body.replace('fraud-2026.03.02', 'fraud-2026.03.03'))).not.toBe(bodyDigest(body));
  });
  test('decision marker and dispatch inputs', () => {
    expect(decisionOf(`${decisionMarker('timed-out')}\n## x`)).toBe('timed-out');
    expect(decisionOf('approve')).toBeUndefined();
    expect(dispatchInputs(RECORD)).toEqual({ 'model-version': 'fraud-2026.03.02', 'commit-sha': 'a'.repeat(40), 'run-id': '4242' });
  });
});
