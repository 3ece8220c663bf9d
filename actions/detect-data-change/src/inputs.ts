import { z } from 'zod';
import { booleanInput, durationInput, enumInput, linesInput, stringInput, type InputSpecs } from '@mlci/core';
import { REASONS, type Reason } from '@mlci/core/detect/reasons';

/** `any` or a list of reasons; unknown words name the allowed ones. */
const trainOnInput = z.string().transform((s, ctx) => {
  const words = s.split(/[\s,]+/).map((w) => w.trim()).filter(Boolean);
  if (words.length === 0 || (words.length === 1 && words[0] === 'any')) return [...REASONS] as Reason[];
  const bad = words.filter((w) => !(REASONS as readonly string[]).includes(w));
  if (bad.length) {
    ctx.addIssue({ code: 'custom', message: `unknown reason(s) ${bad.join(', ')}; expected 'any' or a list of: ${REASONS.join(', ')}` });
    return z.NEVER;
  }
  return words as Reason[];
});

/** Input names are a contract (issue #4); action.yml declares the same names and defaults. */
export const inputs = {
  data: { schema: linesInput, default: '', description: 'Newline-separated globs, files or folders of data (CSV, TSV, JSONL, Parquet, any binary), relative to the workspace; `!pattern` excludes. Each line is one table for schema and drift checks.' },
  pointers: { schema: linesInput, default: '', description: 'Globs of pointer files read instead of the data: DVC `.dvc` files and `dvc.lock`, Git LFS pointers.' },
  code: { schema: linesInput, default: '', description: 'Globs of training code and config; changed files come from the event (PR files, push before..after, since the baseline commit).' },
  params: { schema: linesInput, default: '', description: 'YAML or JSON params files, compared key by key.' },
  baseline: { schema: stringInput, default: 'cache', description: 'Where the previous record comes from: `cache` (per branch, falling back to the default branch; evicted after 7 days unused), `git` or `git:<name>` (kept in the repository under `refs/mlci/detect/<name>/<branch>`, falling back to the default branch; needs contents: write), a lock file path such as `data.lock.json`, or `none`.' },
  'max-age': { schema: durationInput, description: 'Train when the last training recorded in the baseline is older than this (e.g. `48h`, `7d`). Empty: no age limit.' },
  'drift-policy': { schema: stringInput, description: 'Drift policy YAML file (or the YAML itself): per-column tests and thresholds, `critical`, `ignore`, `drift-share`, `max-row-drop`.' },
  force: { schema: booleanInput, default: 'false', description: 'Train regardless (wire it to a workflow_dispatch input).' },
  'train-on': { schema: trainOnInput, default: 'any', description: `Reasons that make should-train true: \`any\`, or a list of ${REASONS.join(', ')}. first-run and forced always count.` },
  'save-baseline': { schema: enumInput(['on-success', 'always', 'never'] as const), default: 'on-success', description: 'When should-train is true, save this run\'s record (to the cache, or with `baseline: git` to the repository): `on-success` (post step, only if the job succeeded), `always` (now), `never`.' },
  'write-lock': { schema: stringInput, description: 'When should-train is true, write the record to this lock file (commit it and use it as `baseline`).' },
  'allow-empty': { schema: booleanInput, default: 'false', description: 'Allow a glob that matches no files (otherwise an error).' },
  'report-path': { schema: stringInput, description: 'Where to write the JSON report. Empty: a file under RUNNER_TEMP.' },
  'html-report': { schema: stringInput, description: 'Where to write the self-contained HTML report. Empty: beside the JSON report, .json replaced by .html.' },
  'github-token': { schema: stringInput, default: '${{ github.token }}', description: 'Token to list a pull request\'s files (pull-requests: read), compare commits (contents: read), read and write the `baseline: git` record (contents: write) and, on a cache miss, check the workflow\'s earlier runs (actions: read).' },
} satisfies InputSpecs;
