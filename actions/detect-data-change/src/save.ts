import type { Platform } from '@mlci/core';

/** State the post step reads (save-baseline: on-success). */
export const STATE = { path: 'baseline-path', key: 'baseline-key' } as const;

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
