export * from './units.js';
export * from './schema.js';
