import { readFileSync } from 'node:fs';
import { isUserError, PermissionDeniedError, UserError, type Platform } from '@mlci/core';
import { permissionMessage, saveToStore } from '@mlci/core/detect/record-store';
import { parseRecord, type DetectRecord } from '@mlci/core/detect/record';
import { writeRecord } from '@mlci/core/detect/baseline';

/** State the post step reads (save-baseline: on-success). */
export const STATE = { path: 'baseline-path', key: 'baseline-key', recordName: 'record-name', recordBranch: 'record-branch' } as const;

/** Save the record to the cache; an outage is a warning (the next run is a first run), never a failure. */
export async function saveToCache(p: Platform, path: string, key: string): Promise<void> {
  if (!p.cache) {
    p.annotate('warning', 'No cache on this platform: the baseline was not saved. Use write-lock and baseline: <lock file> instead.');
    return;
  }
  try {
    await p.cache.save([path], key);
    p.info(`Saved the baseline to the cache as ${key}.`);
  } catch (e) {
    p.annotate('warning', `Baseline not saved to the cache (${(e as Error).message}): the next run will treat itself as a first run.`);
  }
}

/**
 * `baseline: git`, in the main step: check that the token may write (so a missing `contents: write` fails the step
 * before the training, not after it), then write now (`always`) or leave the record to the post step (`on-success`).
 */
export async function saveToRepository(
  p: Platform,
  opts: { name: string; branch: string; path: string; record: DetectRecord; when: 'always' | 'on-success' },
): Promise<void> {
  const store = p.records;
  if (!store) return;
  const where = store.location(opts.name, opts.branch);
  if (p.context().pullRequest?.fork) {
    p.annotate('warning', `The baseline record was not saved to ${where}: a pull request from a fork gets a read-only token. It is saved when the change runs on its own repository's branch.`);
    return;
  }
  try {
    await store.checkWritable();
  } catch (e) {
    if (e instanceof PermissionDeniedError) throw new UserError(permissionMessage(e, 'write', where));
    throw e;
  }
  if (opts.when === 'always') {
    await writeToRepository(p, opts.name, opts.branch, opts.record);
    return;
  }
  writeRecord(opts.path, opts.record);
  p.saveState(STATE.path, opts.path);
  p.saveState(STATE.recordName, opts.name);
  p.saveState(STATE.recordBranch, opts.branch);
  p.info(`The baseline record will be saved to ${where} after the job succeeds.`);
}

/** Write the record by compare-and-swap; an outage is a warning (the old record stays), a denied token an error. */
export async function writeToRepository(p: Platform, name: string, branch: string, record: DetectRecord): Promise<void> {
  const store = p.records;
  if (!store) return;
  const ctx = p.context();
  const run = ctx.repository && ctx.runId ? `\n\n${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : '';
  const message = `mlci detect-data-change: baseline record of ${branch}, trained ${record.trainedAt}${run}\n`;
  const log = { warning: (m: string) => p.annotate('warning', m), info: (m: string) => p.info(m) };
  try {
    await saveToStore(store, { name, branch, record, message, log });
  } catch (e) {
    if (isUserError(e)) throw e;
    p.annotate('warning', `Baseline record not saved to ${store.location(name, branch)} (${(e as Error).message}): the next run compares with the record there now.`);
  }
}

/** The post step's half of `save-baseline: on-success` with `baseline: git`. */
export async function saveStateToRepository(p: Platform, path: string, name: string, branch: string): Promise<void> {
  await writeToRepository(p, name, branch, parseRecord(readFileSync(path, 'utf8'), path));
}
