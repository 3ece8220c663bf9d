export { createGitHubPlatform } from './platform.js';
export { runAction } from './run.js';
