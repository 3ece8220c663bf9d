export * from './errors.js';
export * from './platform.js';
export * from './inputs/index.js';
export * from './excerpt.js';
export * from './fs/index.js';
