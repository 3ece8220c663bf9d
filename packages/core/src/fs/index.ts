export * from './paths.js';
export * from './text.js';
