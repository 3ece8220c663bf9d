import { describe, test, expect } from '@jest/globals';
import { formatApprovers, isApprover, parseApprovers, resolveApprovers } from '../../src/approval/approvers.js';
import { UserError } from '../../src/errors.js';

describe('parseApprovers', () => {
  test('users and teams, with and without @, deduplicated case-insensitively', () => {
    const s = parseApprovers(['alice', '@Bob', '@acme/ML-Leads', 'ALICE', 'acme/ml-leads']);
    expect(s).toEqual({ users: ['alice', 'Bob'], teams: [{ org: 'acme', slug: 'ml-leads' }] });
    expect(formatApprovers(s)).toEqual(['alice', 'Bob', '@acme/ml-leads']);
  });
  test('bad items name the item and the expected form', () => {
    expect(() => parseApprovers(['al ice'])).toThrow(/'al ice': expected a GitHub login/);
    expect(() => parseApprovers(['@acme/'])).toThrow(/a team is written '@org\/team-slug'/);
    expect(() => parseApprovers([])).toThrow(UserError);
  });
});

describe('resolveApprovers', () => {
  test('expands teams and records how each person qualifies', async () => {
    const r = await resolveApprovers(parseApprovers(['alice', '@acme/leads']), {
      teamMembers: async () => ['Carol', 'alice'],
    });
    expect(r.byLogin.get('alice')?.via).toEqual(['listed', '@acme/leads']);
    expect(isApprover(r, 'CAROL')).toBe(true);
    expect(isApprover(r, 'mallory')).toBe(false);
  });
  test('a team the token cannot read fails with the tracker error', async () => {
    await expect(resolveApprovers(parseApprovers(['@acme/leads']), {
      teamMembers: async () => { throw new UserError('needs read:org'); },
    })).rejects.toThrow(/read:org/);
  });
});
