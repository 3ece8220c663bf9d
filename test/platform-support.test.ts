/**
 * What the README and action-matrix.md say about platforms agrees with the actions and with the code: every action
 * has a row, every action declares node24 (the runner-version statement is about node24), and the Windows refusal of
 * train-on-gpu-runner that the docs promise is the error the code throws.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
// @ts-expect-error: a plain ESM script without type declarations
import { PLATFORMS, render } from '../scripts/gen-action-matrix.mjs';
import { assertTrainingSupported } from '../packages/core/src/train/os-support.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const actions = readdirSync(join(root, 'actions')).filter((a) => existsSync(join(root, 'actions', a, 'action.yml'))).sort();
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('platform support', () => {
  test('every action runs on node24 and has a platform row in action-matrix.md and a column in the README', () => {
    const matrix = render();
    for (const a of actions) {
      expect(parse(readFileSync(join(root, 'actions', a, 'action.yml'), 'utf8')).runs.using).toBe('node24');
      expect(Object.keys(PLATFORMS[a] ?? {}).sort()).toEqual(['arm64', 'ghes', 'linux', 'macos', 'windows']);
      expect(matrix).toMatch(new RegExp(`^\\| ${a} \\| tested`, 'm'));
      expect(readme.slice(readme.indexOf('## Platform support'))).toMatch(new RegExp(`^\\| \\|.* ${a} `, 'm'));
    }
    expect(matrix).toContain('https://github.com/actions/runner/releases/tag/v2.327.0');
    expect(readme).toContain('older than **v2.327.1**');
  });

  test('no claim that the actions run on the machine\'s Node 20', () => {
    expect(readme).not.toMatch(/runnable on Node 20|stays runnable|Node 20 fallback/i);
  });

  test('train-on-gpu-runner: Windows refused as the docs say, with the fix; Linux and macOS allowed', () => {
    expect(PLATFORMS['train-on-gpu-runner'].windows).toMatch(/^\*\*no\*\*/);
    expect(() => assertTrainingSupported('win32')).toThrow(/Linux and macOS runners only.*runs-on: ubuntu-24\.04/);
    for (const os of ['linux', 'darwin'] as NodeJS.Platform[]) expect(() => assertTrainingSupported(os)).not.toThrow();
  });
});
