import { booleanInput, stringInput, enumInput, type InputSpecs } from '@mlci/core';

/** Input names are a contract (issue #3); action.yml must declare the same names and defaults (checked by a test). */
export const inputs = {
  candidate: { schema: stringInput, required: true, description: 'Predictions of the new model (CSV, TSV, JSONL, each optionally .gz, or Parquet): id, label, score and the slice columns.' },
  baseline: { schema: stringInput, description: 'Predictions of the serving model on the same rows (id and score). Empty: first run, bounds only.' },
  policy: { schema: stringInput, required: true, description: 'Path to the gate policy YAML (metrics, slices, significance, fairness).' },
  'report-path': { schema: stringInput, default: 'mlci-gate-report.json', description: 'Where the JSON report (schema mlci.gate.report/v1) is written.' },
  'html-report': { schema: stringInput, description: 'Where the self-contained HTML report is written. Empty: beside the JSON report, .json replaced by .html.' },
  comment: { schema: enumInput(['auto', 'true', 'false'] as const), default: 'auto', description: 'Post (upsert) the report as a PR comment: auto = on pull_request events.' },
  'check-name': { schema: stringInput, default: 'ML gate', description: 'Name of the check run (and of the commit status where no check run can be made).' },
  check: { schema: booleanInput, default: 'true', description: 'Publish a check run with annotations on the policy lines of failing rules.' },
  'fail-on-regression': { schema: booleanInput, default: 'true', description: 'Fail the step when the gate fails; false: succeed and output passed=false.' },
  'no-model-change': { schema: booleanInput, default: 'false', description: 'Nothing the model depends on changed, so nothing was trained: skip the gate and report success ("no model change") on the check, the outputs and the summary; candidate, baseline and policy are not read.' },
  'github-token': { schema: stringInput, default: '${{ github.token }}', description: 'Token for the PR comment and the check run (pull-requests: write, checks: write).' },
} satisfies InputSpecs;
