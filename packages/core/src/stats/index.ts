/** Statistics for the gate: distributions, DeLong, McNemar, bootstrap, multiple testing, seeded RNG. */
export { argsortFloat64, argsortWithTies, type SortedOrder } from './argsort.js';
// Distributions (normal, its quantile, binomial CDF) are the internals of the tests below; modules that need one
// import it from its file (drift/two-proportion-z.ts does).
export { delongPaired, type DelongResult } from './delong.js';
export { delongTest, type Alternative, type DelongTestResult } from './delong-test.js';
export { marginZTest, type MarginZTest } from './z-test.js';
export { compareRatioSum, compareApprox, type RatioTerm } from './exact-compare.js';
export { mcnemarExact } from './mcnemar.js';
export { createRng, type Rng } from './rng.js';
export { bootstrapWeights } from './bootstrap-weights.js';
export { quantileSorted, percentileInterval } from './quantile.js';
export { bootstrapPValue } from './bootstrap-p-value.js';
export { adjustPValues, type PAdjustMethod } from './adjust-p-values.js';
export { pairedMeansBootstrap, pairedMeansDelta, type PairedMeans } from './paired-means.js';
