/**
 * The runner's workflow commands (`::warning file=…::msg` on stdout) and file commands (GITHUB_OUTPUT, GITHUB_STATE,
 * GITHUB_ENV), written exactly as @actions/core 3.0.1 writes them (lib/core.js, command.js, file-command.js, utils.js),
 * for the functions mlci uses.
 *
 * Why not import @actions/core: its entry module statically imports @actions/http-client and so undici, for OIDC
 * tokens that mlci never requests. Evaluating that bundled undici costs ~0.1 s on every run of every action, a fifth
 * of detect-data-change's 0.5 s budget for re-checking 10,000 unchanged files. Nothing else from the toolkit is
 * loaded before it is needed (Octokit, cache and artifact clients come in their own chunks). test/commands.test.ts
 * runs these and @actions/core side by side and asserts the same bytes on stdout and in every command file.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** @actions/core utils.toCommandValue. */
function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

export function escapeData(s: unknown): string {
  return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: unknown): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::command k=v,…::message` line; empty property values are left out, as the toolkit does. */
export function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  let line = `::${command || 'missing.command'}`;
  const props = Object.entries(properties).filter(([, v]) => v);
  if (props.length) line += ' ' + props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
  process.stdout.write(`${line}::${escapeData(message)}${EOL}`);
}

function issueFileCommand(command: string, message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}

/** `name<<ghadelimiter_<uuid>` heredoc, refusing a key or value that contains the delimiter. */
function keyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const v = toCommandValue(value);
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (v.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${v}${EOL}${delimiter}`;
}

/** A file command when the runner gave its file, else the legacy stdout command. */
function keyValue(file: 'OUTPUT' | 'STATE' | 'ENV', legacy: string, name: string, value: unknown): void {
  if (process.env[`GITHUB_${file}`]) issueFileCommand(file, keyValueMessage(name, value));
  else {
    if (file === 'OUTPUT') process.stdout.write(EOL);
    issueCommand(legacy, { name }, toCommandValue(value));
  }
}

export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

export const setOutput = (name: string, value: unknown): void => keyValue('OUTPUT', 'set-output', name, value);
export const saveState = (name: string, value: unknown): void => keyValue('STATE', 'save-state', name, value);
export const getState = (name: string): string => process.env[`STATE_${name}`] || '';

export function exportVariable(name: string, value: unknown): void {
  process.env[name] = toCommandValue(value);
  keyValue('ENV', 'set-env', name, value);
}

export const setSecret = (secret: string): void => issueCommand('add-mask', {}, secret);
export const info = (message: string): void => void process.stdout.write(message + EOL);
export const debug = (message: string): void => issueCommand('debug', {}, message);
export const startGroup = (name: string): void => issueCommand('group', {}, name);
export const endGroup = (): void => issueCommand('endgroup', {}, '');

function annotation(kind: 'error' | 'warning' | 'notice', message: string | Error, p: AnnotationProperties = {}): void {
  const props = Object.keys(p).length
    ? { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
    : {};
  issueCommand(kind, props, message instanceof Error ? message.toString() : message);
}

export const error = (message: string | Error, p?: AnnotationProperties): void => annotation('error', message, p);
export const warning = (message: string | Error, p?: AnnotationProperties): void => annotation('warning', message, p);
export const notice = (message: string | Error, p?: AnnotationProperties): void => annotation('notice', message, p);

export function setFailed(message: string | Error, p?: AnnotationProperties): void {
  process.exitCode = 1;
  error(message, p);
}
