/** Statistics for the gate: distributions, DeLong, McNemar, bootstrap, multiple testing, seeded RNG. */
export { argsortFloat64, argsortWithTies, type SortedOrder } from './argsort.js';
export { normalCdf, normalSf } from './normal.js';
export { normalQuantile } from './normal-quantile.js';
export { binomialCdf } from './binomial-cdf.js';
export { delongPaired, type DelongResult } from './delong.js';
export { delongTest, type Alternative, type DelongTestResult } from './delong-test.js';
export { mcnemarExact } from './mcnemar.js';
export { createRng, type Rng } from './rng.js';
export { bootstrapWeights } from './bootstrap-weights.js';
export { quantileSorted, percentileInterval } from './quantile.js';
export { bootstrapPValue } from './bootstrap-p-value.js';
export { adjustPValues, type PAdjustMethod } from './adjust-p-values.js';
export { pairedMeansBootstrap, pairedMeansDelta, type PairedMeans } from './paired-means.js';
