import { runAction } from '@mlci/github';
import { STATE, saveToCache } from './save.js';

// Post step (action.yml post-if: success()): save the record main wrote, only when the job succeeded.
await runAction('detect-data-change', async (p) => {
  const path = p.getState(STATE.path);
  const key = p.getState(STATE.key);
  if (!path || !key) return;
  await saveToCache(p, path, key);
});
