export * from './units.js';
export * from './schema.js';
export * from './document.js';
