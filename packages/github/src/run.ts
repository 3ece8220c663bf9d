import { isUserError, type Platform } from '@mlci/core';
import { createGitHubPlatform, isGitHubPlatform } from './platform.js';

/**
 * The one top-level wrapper every action entry uses: a UserError becomes one `::error::` line
 * ("<action> failed: <what is wrong and how to fix it>"), anything else is a bug and keeps its stack.
 * Afterwards the GitHub platform emits its one notice about anything the token could not post.
 */
export async function runAction(action: string, main: (platform: Platform) => Promise<void>, platform?: Platform): Promise<void> {
  const p = platform ?? createGitHubPlatform();
  try {
    await main(p);
  } catch (e) {
    if (isUserError(e)) {
      if (e.file) p.annotate('error', e.message, { file: e.file, startLine: e.line, title: `${action}: ${e.name === 'UserError' ? 'invalid input' : e.name}` });
      p.setFailed(`${action} failed: ${e.message}`);
    } else {
      const err = e instanceof Error ? e : new Error(String(e));
      p.setFailed(`${action} failed with an unexpected error (please report it): ${err.stack ?? err.message}`);
    }
  } finally {
    if (isGitHubPlatform(p)) p.finish(action);
  }
}
