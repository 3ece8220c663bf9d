export * from './curves.js';
export * from './svg.js';
export * from './publish.js';
export { renderGateHtml, MAX_CURVE_SLICES, type GateHtmlInput } from './gate-html.js';
