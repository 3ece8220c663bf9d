import { booleanInput, enumInput, linesInput, stringInput, type InputSpecs } from '@mlci/core';

/** Input names are a contract (issue #14); action.yml must declare the same names and defaults (checked by a test). */
export const inputs = {
  contract: { schema: stringInput, required: true, description: 'Path to the data contract YAML (tables, files, row counts, unique keys, per-column checks).' },
  data: { schema: linesInput, default: '', description: "Files or globs that replace the contract's `files`, one a line; with several tables write `table=glob`. Empty: the contract's files." },
  'fail-on': { schema: enumInput(['error', 'warn', 'never'] as const), default: 'error', description: 'Fail the step on failing checks (error), on warnings too (warn), or never (report only).' },
  'report-path': { schema: stringInput, default: 'mlci-contract-report.json', description: 'Where the JSON report (schema mlci.contract.report/v1) is written.' },
  'junit-path': { schema: stringInput, default: '', description: 'Where to write a JUnit XML report (one test case per check). Empty: none.' },
  comment: { schema: enumInput(['auto', 'true', 'false'] as const), default: 'auto', description: 'Post (upsert) the report as a PR comment: auto = on pull_request events.' },
  check: { schema: booleanInput, default: 'true', description: 'Publish a check run with annotations on the data lines and contract rules that failed.' },
  'github-token': { schema: stringInput, default: '${{ github.token }}', description: 'Token for the PR comment and the check run (pull-requests: write, checks: write).' },
} satisfies InputSpecs;
