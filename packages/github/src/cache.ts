/**
 * CacheStore over @actions/cache. The module is imported on first use: it is large and most runs of most
 * actions never touch the cache, and the bundle's start-up time counts on every step.
 */
import type { CacheStore } from '@mlci/core';

/** Thrown when the runner offers no cache service (self-hosted without one, GHES without cache, local runs). */
export class CacheUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CacheUnavailableError';
  }
}

export function createCacheStore(): CacheStore {
  const load = async () => {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) {
      throw new CacheUnavailableError(
        'the GitHub Actions cache service is not available to this job (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL are not set: a self-hosted runner or GHES without the cache, or not running on Actions)',
      );
    }
    return cache;
  };
  return {
    async restore(paths, primaryKey, restoreKeys) {
      const cache = await load();
      // @actions/cache reports a service outage as one warning and a miss (undefined); validation errors throw.
      return await cache.restoreCache(paths, primaryKey, restoreKeys);
    },
    async save(paths, key) {
      const cache = await load();
      // Returns -1 after logging a warning when the key already exists or the service refused; not fatal.
      await cache.saveCache(paths, key);
    },
  };
}
