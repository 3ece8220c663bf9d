/**
 * The dotenv report of a command in a GitLab CI job: `<out-dir>/mlci.env`, for `artifacts:reports:dotenv`.
 *
 * A job reads the dotenv reports of every job it `needs:`, so the gate (after detect and train) would see two
 * MLCI_REPORT: each command has its own prefix. Detect's is plain MLCI_, for MLCI_SHOULD_TRAIN.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toDotenv } from '@mlci/gitlab';

export const DOTENV_PREFIX: Record<string, string> = {
  detect: 'MLCI_',
  train: 'MLCI_TRAIN_',
  gate: 'MLCI_GATE_',
  validate: 'MLCI_CONTRACT_',
  approve: 'MLCI_APPROVAL_',
};

/** Write the outputs as `<outDir>/mlci.env`; returns what was left out (`NAME (why)`), to be said as notices. */
export function writeDotenv(outDir: string, command: string, outputs: Record<string, string>): { path: string; skipped: string[] } {
  const env = toDotenv(outputs, { prefix: DOTENV_PREFIX[command] ?? 'MLCI_' });
  const path = resolve(outDir, 'mlci.env');
  writeFileSync(path, env.text);
  return { path, skipped: env.skipped };
}
