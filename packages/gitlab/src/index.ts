export * from './api.js';
export * from './context.js';
export * from './dotenv.js';
export * from './notes.js';
export * from './platform.js';
