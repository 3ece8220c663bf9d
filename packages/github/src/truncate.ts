/**
 * Cutting markdown to GitHub's limits without breaking it: comment bodies 65,536 characters, check-run
 * title/summary/text 65,535, commit-status descriptions 140, job summaries 1 MiB (bytes) per step.
 */

/** GitHub's limit on an issue or PR comment body ("Body is too long (maximum is 65536 characters)"). */
export const COMMENT_MAX_CHARS = 65_536;
/** Check run output.summary / output.text `maxLength` in GitHub's OpenAPI description. */
export const CHECK_TEXT_MAX_CHARS = 65_535;
/** Commit status description (GitHub: "description is too long (maximum is 140 characters)"). */
export const STATUS_DESCRIPTION_MAX_CHARS = 140;
/** Job summary per step ("GITHUB_STEP_SUMMARY ... The maximum size is 1MiB", workflow commands docs). */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Annotations per check-run request (GitHub's Checks API: "maximum of 50 per API request"). */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** Check-run annotation message and raw_details: 64 KB. */
export const ANNOTATION_MESSAGE_MAX_BYTES = 64 * 1024;
/** Check-run annotation title. */
export const ANNOTATION_TITLE_MAX_CHARS = 255;

export { truncateMarkdown, truncateLine, truncateUtf8 } from '@mlci/core/markdown';
