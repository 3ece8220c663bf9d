import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const example = join(repoRoot, 'examples', 'gate');
export const fixtures = join(repoRoot, 'packages', 'core', 'test', 'fixtures', 'gate');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mlci-gate-'));
}

export function writeFiles(dir: string, files: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    const p = join(dir, name);
    writeFileSync(p, text);
    out[name] = p;
  }
  return out;
}

export const BASIC_POLICY = `version: 1
metrics:
  auc: { max-regression: 0.01 }
  accuracy: { max-regression: 0.01 }
slices: [gender, age_band, region]
min-support: 1000
significance: { alpha: 0.05, correction: holm, bootstrap: 500, seed: 3 }
`;
