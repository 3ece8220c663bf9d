export * from './errors.js';
export * from './platform.js';
export * from './inputs/index.js';
