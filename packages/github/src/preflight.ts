import { parseInputs, isUserError, type InputSpecs } from '@mlci/core';
import { getInput, issueCommand } from './commands.js';

/**
 * Validate an action's inputs before the toolkit and the engine are loaded. A typo in an input then fails in a few
 * tens of milliseconds (issue #2: under 300 ms), instead of after evaluating ~1 MB of Octokit, undici and engine
 * code. It reads inputs and writes the `::error::` command with commands.ts, which writes what @actions/core writes.
 * Deliberately imports nothing heavy: keep it that way (the entry bundle holds only this, zod and the input specs).
 */
export function inputsAreValid(action: string, specs: InputSpecs, env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    parseInputs(specs, (name) => getInput(name, env));
    return true;
  } catch (e) {
    if (!isUserError(e)) throw e;
    issueCommand('error', {}, `${action} failed: ${e.message}`);
    process.exitCode = 1;
    return false;
  }
}
