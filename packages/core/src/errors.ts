/**
 * A mistake the user can fix (bad input, malformed file, missing column). The action reports it as one
 * `::error::` line without a stack trace; anything else is a bug and keeps its stack.
 * Pattern from github/codeql-action `ConfigurationError`.
 */
export class UserError extends Error {
  /** File the problem is in, when there is one (used for annotations). */
  readonly file?: string;
  /** 1-based line in that file, when known. */
  readonly line?: number;
  constructor(message: string, where?: { file?: string; line?: number }) {
    super(message);
    this.name = 'UserError';
    this.file = where?.file;
    this.line = where?.line;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError || (e instanceof Error && e.name === 'UserError');
}
