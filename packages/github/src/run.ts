import { isAbsolute, relative, sep } from 'node:path';
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
      const shown = inWorkspace(p.context().workspace);
      const message = shown.text(e.message);
      // One mistake, one error line: a file-scoped error is the failure line and the annotation at once.
      const where = e.file ? { file: shown.path(e.file), startLine: e.line, title: `${action}: ${e.name === 'UserError' ? 'invalid input' : e.name}` } : undefined;
      p.setFailed(`${action} failed: ${message}`, where);
    } else {
      const err = e instanceof Error ? e : new Error(String(e));
      p.setFailed(`${action} failed with an unexpected error (please report it): ${err.stack ?? err.message}`);
    }
  } finally {
    if (isGitHubPlatform(p)) p.finish(action);
  }
}

/**
 * Files as the user knows them: GitHub attaches an annotation to a file only by its repository-relative path, and a
 * message reads better with `data/x.csv` than with the runner's `/home/runner/work/repo/repo/data/x.csv`. Paths
 * outside the workspace stay absolute.
 */
function inWorkspace(workspace: string) {
  const root = workspace.endsWith(sep) ? workspace : workspace + sep;
  return {
    path(file: string): string {
      if (!isAbsolute(file)) return file;
      const rel = relative(workspace, file);
      return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : file;
    },
    text: (message: string): string => (workspace ? message.split(root).join('') : message),
  };
}
