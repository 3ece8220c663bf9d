export { createGitHubPlatform, getOctokit, githubContext, isGitHubPlatform, type GitHubPlatform, type GitHubPlatformOptions } from './platform.js';
export { runAction } from './run.js';
export { describeApiError, httpStatus, isPermissionDenied, type GitHubClient, type OctokitTuning } from './octokit.js';
export { commentMarker } from './comments.js';
export { CacheUnavailableError } from './cache.js';
export {
  COMMENT_MAX_CHARS, CHECK_TEXT_MAX_CHARS, STATUS_DESCRIPTION_MAX_CHARS, SUMMARY_MAX_BYTES, CHECK_ANNOTATIONS_PER_REQUEST,
  truncateMarkdown, truncateLine, truncateUtf8,
} from './truncate.js';
