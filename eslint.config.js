import tseslint from 'typescript-eslint';

// The platform seam (packages/core/src/platform.ts): the domain reads RunContext's typed facts (branch, issue, comment,
// triggeringActor), never a platform's raw event. These selectors catch GitHub's payload shape and event names.
const RAW_EVENT = 'reads a raw platform event: read the typed RunContext facts (branch, issue, comment, triggeringActor) that the adapter fills in';
const SEAM_SYNTAX = [
  { selector: "MemberExpression[object.name='payload']", message: `Payload field access ${RAW_EVENT}.` },
  { selector: "MemberExpression[object.property.name='payload']", message: `Payload field access ${RAW_EVENT}.` },
  { selector: "MemberExpression[property.name=/^(sender|pull_request|merge_group|head_commit|workflow_run)$/]", message: `A GitHub webhook field ${RAW_EVENT}.` },
  { selector: "Literal[value=/^(issue_comment|issues|pull_request|pull_request_target|merge_group|workflow_run)$/]", message: `A GitHub event name ${RAW_EVENT}.` },
];

// Actions reach the platform through runAction (the platform factory) and check inputs with preflight before it
// loads (or start through action-entry, which checks them and serves worker threads); everything else they need is a
// Platform member, so a second platform touches no action.
const ACTIONS_IMPORTS = {
  paths: [
    { name: '@actions/core', message: 'Use @mlci/github/commands (same output, no undici at start-up).', allowTypeImports: true },
    { name: '@actions/github', message: 'Octokit is loaded lazily: use the platform\'s octokit() or octokit-client.ts.', allowTypeImports: true },
    { name: '@mlci/github', allowImportNames: ['runAction'], message: 'Actions use only runAction (the platform factory) from @mlci/github: reach the platform through its Platform members (changedFiles, approvalTracker, records, ...).' },
  ],
  patterns: [
    { group: ['@mlci/github/*', '!@mlci/github/preflight', '!@mlci/github/action-entry'], message: 'Actions import only runAction from @mlci/github (and inputsAreValid from @mlci/github/preflight, actionEntry from @mlci/github/action-entry): use the Platform members.' },
    { group: ['octokit', '@octokit/*', '**/packages/github/**'], message: 'Actions reach GitHub only through the platform (runAction).' },
  ],
};

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'coverage/**', '.bench/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Architecture rule: core never imports the platform SDKs.
    files: ['packages/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', '@octokit/*', 'octokit', '@mlci/github', '@mlci/cli'] }],
      'no-restricted-syntax': ['error', ...SEAM_SYNTAX],
    },
  },
  {
    // Architecture rule: the CLI is a platform beside GitHub's, on core; from actions/ it reads only the input specs.
    files: ['packages/cli/**/*.ts'],
    ignores: ['packages/cli/test/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', '@octokit/*', 'octokit', '@mlci/github', '@mlci/github/*', '**/actions/*/src/*', '!**/actions/*/src/inputs.js'] }],
      'no-restricted-syntax': ['error', ...SEAM_SYNTAX],
    },
  },
  {
    // Start-up rule: @actions/core's entry loads undici (~0.1 s); packages/github/src/commands.ts writes the same
    // commands. Octokit comes through octokit-client.ts, imported with `await import` where the API is called.
    files: ['packages/github/src/**/*.ts', 'actions/*/src/**/*.ts'],
    ignores: ['packages/github/src/octokit-client.ts', 'packages/github/src/approval.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: '@actions/core', message: 'Use @mlci/github/commands (same output, no undici at start-up).', allowTypeImports: true },
          { name: '@actions/github', message: 'Octokit is loaded lazily: use the platform\'s octokit() or octokit-client.ts.', allowTypeImports: true },
        ],
      }],
    },
  },
  {
    // Architecture rule (the platform seam, issue #13): the @actions restrictions above plus the platform factory only.
    files: ['actions/*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', ACTIONS_IMPORTS],
      'no-restricted-syntax': ['error', ...SEAM_SYNTAX],
    },
  },
);
