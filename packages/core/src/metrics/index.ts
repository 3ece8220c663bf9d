/** Metric definitions the gate evaluates (registry), and the counting helpers behind them. */
export type { Task, MetricFamily, MetricColumns, MetricDef, SupportNeed } from './types.js';
export { METRICS, getMetric, metricNames } from './registry.js';
export { confusionCounts, pairedCells, countsFromCells, discordantFromCells, type ConfusionCounts } from './confusion.js';
export { aucValue, auc } from './auc.js';
export { averagePrecision, prAuc } from './average-precision.js';
export { accuracy, precision, recall, f1, fpr, selectionRate } from './count-metrics.js';
export {
  logLossRow, brierRow, expectedCalibrationError, logLoss, brier, ece, LOG_LOSS_EPS, ECE_BINS,
} from './probability-metrics.js';
export {
  absoluteErrorRow, squaredErrorRow, absolutePercentageErrorRow, rSquared, mae, mse, rmse, r2, mape,
} from './regression.js';
export {
  multiclassAccuracy, macroF1, multiclassAccuracyMetric, macroF1Metric, predictedClasses, pairedClassCells,
  accuracyFromConfusion, macroF1FromConfusion, type PairedClassCells,
} from './multiclass.js';
export {
  queryGroups, queryCount, ndcgAtK, reciprocalRank, queryAveragePrecision, ndcgMetric, mrr, map, type QueryGroups,
  type PerQuery,
} from './ranking.js';
export { meanOfRows, meanMetric } from './mean-metric.js';
export { prepareScoreOrder, type ScoreOrder } from './ranked.js';
export {
  groupRates, demographicParityDifference, demographicParityRatio, equalOpportunityDifference,
  equalizedOddsDifference, ratesFromCounts, rateGap, SELECTION_RATE, TRUE_POSITIVE_RATE, FALSE_POSITIVE_RATE,
  type GroupRates, type CountRate, type RateGap,
} from './fairness.js';
