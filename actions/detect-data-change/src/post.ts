import { runAction } from '@mlci/github';
import { STATE, saveStateToRepository, saveToCache } from './save.js';

// Post step (action.yml post-if: success()): save the record main wrote, only when the job succeeded.
await runAction('detect-data-change', async (p) => {
  const path = p.getState(STATE.path);
  if (!path) return;
  const name = p.getState(STATE.recordName);
  if (name) {
    await saveStateToRepository(p, path, name, p.getState(STATE.recordBranch));
    return;
  }
  const key = p.getState(STATE.key);
  if (key) await saveToCache(p, path, key);
});
