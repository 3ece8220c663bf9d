/**
 * Why training should run, in the vocabulary (and this order in outputs). A module of its own, importing
 * nothing, so an action's entry bundle can validate `train-on` without loading the detection engine.
 */
export const REASONS = [
  'first-run',
  'data-changed',
  'schema-changed',
  'rows-dropped',
  'drift',
  'code-changed',
  'params-changed',
  'stale',
  'forced',
] as const;
export type Reason = (typeof REASONS)[number];

/** What each reason means, in the user's words (the job summary's and the HTML report's "why"). */
export const REASON_TEXT: Record<Reason, string> = {
  'first-run': 'no baseline to compare with (first run)',
  'data-changed': 'data files changed',
  'schema-changed': 'a table gained, lost or retyped columns',
  'rows-dropped': 'a table lost more rows than max-row-drop allows',
  drift: 'data drifted',
  'code-changed': 'training code changed',
  'params-changed': 'params changed',
  stale: 'the model is older than max-age',
  forced: 'force: true',
};
