import type { ApprovalRecord } from '../../src/approval/record.js';

/** A request record as a retraining workflow would write it. */
export const RECORD: ApprovalRecord = {
  v: 1, repository: 'acme/models', runId: 4242, runAttempt: 1, workflow: 'retrain', sha: 'a'.repeat(40), ref: 'refs/heads/main',
  initiators: ['dave'], modelVersion: 'fraud-2026.03.02', approvers: ['alice', '@acme/ml-leads'], minimumApprovals: 2,
  excludeInitiator: true, approveWords: ['approve'], denyWords: ['deny'], closeMeansDeny: true, timeoutMs: 3_600_000,
  onApprove: { kind: 'workflow', workflow: 'promote.yml', ref: 'main' },
};
