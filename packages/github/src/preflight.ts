import { EOL } from 'node:os';
import { parseInputs, isUserError, type InputSpecs } from '@mlci/core';

/**
 * Validate an action's inputs before the toolkit and the engine are loaded. A typo in an input then fails in a few
 * tens of milliseconds (issue #2: under 300 ms), instead of after evaluating ~1 MB of Octokit, undici and engine
 * code. It reads inputs exactly as @actions/core getInput does (env `INPUT_<NAME upper-cased, spaces → _>`) and
 * writes the same `::error::` command with @actions/core's escaping; everything after it goes through the toolkit.
 * Deliberately imports nothing heavy: keep it that way (the entry bundle holds only this, zod and the input specs).
 */
export function inputsAreValid(action: string, specs: InputSpecs, env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    parseInputs(specs, (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim());
    return true;
  } catch (e) {
    if (!isUserError(e)) throw e;
    const data = `${action} failed: ${e.message}`.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    process.stdout.write(`::error::${data}${EOL}`);
    process.exitCode = 1;
    return false;
  }
}
