/**
 * The platform seam holds (issue #13): no action imports from @mlci/github except runAction (the platform factory)
 * and the pre-start input check, and core, the actions and the CLI read no GitHub payload field or event name; the
 * GitHub adapter does. eslint.config.js keeps it so; this test runs that config on the tree and on probes that break
 * each rule, so a loosened rule fails here as surely as a violating import.
 */
import { describe, test, expect } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEAM_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);
// Only the seam rules run: the rest of the lint is `npm run lint`'s job, and this keeps the test quick.
const eslint = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => SEAM_RULES.has(ruleId) });

const MAY_BREAK = /payload|sender|pull_request|merge_group|head_commit|workflow_run|issue_comment|issues|@mlci\/github|octokit|packages\/github/;

/** The TypeScript sources of the platform-neutral layers: every action's src/, core and the CLI. */
function sources(): string[] {
  const dirs = [...readdirSync(join(root, 'actions')).map((a) => `actions/${a}/src`), 'packages/core/src', 'packages/cli/src'];
  return dirs
    .filter((d) => existsSync(join(root, d)))
    .flatMap((d) => readdirSync(join(root, d), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => `${d}/${f.split(sep).join('/')}`));
}

/** The seam rules' messages for `code` linted as if it were `file`. */
async function seamErrors(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: join(root, file) });
  return r.messages.filter((m) => m.ruleId && SEAM_RULES.has(m.ruleId)).map((m) => m.message);
}

describe('the platform seam', () => {
  test('the tree keeps it: actions, core and the CLI break no seam rule', async () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(100);
    // Every seam rule needs one of these words in the text, so a file without them cannot break one; linting only
    // the rest keeps this test to seconds on a busy machine.
    const candidates = files.filter((f) => MAY_BREAK.test(readFileSync(join(root, f), 'utf8')));
    expect(candidates).toEqual(expect.arrayContaining(['actions/request-approval/src/main.ts', 'packages/core/src/approval/flow.ts', 'packages/cli/src/local-platform.ts']));
    const results = await eslint.lintFiles(candidates);
    const broken = results.flatMap((r) => r.messages.filter((m) => m.ruleId && SEAM_RULES.has(m.ruleId)).map((m) => `${r.filePath}:${m.line}: ${m.message}`));
    expect(broken).toEqual([]);
  }, 180_000);

  const action = 'actions/detect-data-change/src/probe.ts';
  test.each([
    ["import { getOctokit } from '@mlci/github';", /only 'runAction'/],
    ["import { listChangedFiles } from '@mlci/github/changed-files';", /import only runAction/],
    ["import { createGitHubApprovalTracker } from '@mlci/github/approval';", /import only runAction/],
    ["import { createGitHubPlatform } from '../../../packages/github/src/platform.js';", /only through the platform/],
    ["import { Octokit } from '@octokit/rest';", /only through the platform/],
  ])('an action may not: %s', async (code, message) => {
    const errors = await seamErrors(action, `${code}\nexport const x = 1;\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  test('an action may import the platform factory and the pre-start input check', async () => {
    expect(await seamErrors(action, "import { runAction } from '@mlci/github';\nimport { inputsAreValid } from '@mlci/github/preflight';\nimport { actionEntry } from '@mlci/github/action-entry';\nexport { runAction, inputsAreValid, actionEntry };\n")).toEqual([]);
  });

  test.each([
    ['packages/core/src/approval/probe.ts', 'export const n = (ctx: any) => ctx.payload.issue.number;'],
    ['packages/core/src/approval/probe.ts', 'export const n = (event: any) => event.payload?.issue?.number;'],
    ['packages/core/src/approval/probe.ts', 'export const who = (payload: any) => payload.comment.user.login;'],
    ['packages/core/src/approval/probe.ts', 'export const who = (e: any) => e.sender?.login;'],
    ['packages/core/src/detect/probe.ts', 'export const pr = (e: any) => e.pull_request.head.ref;'],
    ['packages/core/src/approval/probe.ts', "export const isComment = (name: string) => name === 'issue_comment';"],
    ['actions/request-approval/src/probe.ts', "export const isPr = (ctx: any) => ctx.eventName === 'pull_request';"],
    ['packages/cli/src/probe.ts', 'export const n = (ctx: any) => ctx.payload.issue.number;'],
  ])('%s may not read GitHub payloads: %s', async (file, code) => {
    const errors = await seamErrors(file, code + '\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/RunContext facts/);
  });

  test('typed RunContext facts are fine in core, and the GitHub adapter may read the payload', async () => {
    const typed = 'export const f = (ctx: any, ex: any) => [ctx.issue?.number, ctx.comment?.author, ctx.branch, ex.payload];\n';
    expect(await seamErrors('packages/core/src/approval/probe.ts', typed)).toEqual([]);
    expect(await seamErrors('packages/github/src/probe.ts', 'export const n = (payload: any) => payload.issue?.number ?? payload.sender?.login;\n')).toEqual([]);
  });
});
