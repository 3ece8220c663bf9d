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
