import tseslint from 'typescript-eslint';

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
    },
  },
  {
    // Architecture rule: the CLI is a platform beside GitHub's, on core; from actions/ it reads only the input specs.
    files: ['packages/cli/**/*.ts'],
    ignores: ['packages/cli/test/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', '@octokit/*', 'octokit', '@mlci/github', '@mlci/github/*', '**/actions/*/src/*', '!**/actions/*/src/inputs.js'] }],
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
);
