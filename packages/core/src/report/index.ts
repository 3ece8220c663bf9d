export * from './curves.js';
export * from './svg.js';
export * from './publish.js';
export { renderGateHtml, MAX_CURVE_SLICES, type GateHtmlInput } from './gate-html.js';
export { renderDetectHtml, histogramBins, categoryShares, HISTOGRAM_BINS, MAX_CATEGORY_BARS, type DetectHtmlSource, type DetectHtmlOptions } from './detect-html.js';
