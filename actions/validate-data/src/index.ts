import { actionEntry } from '@mlci/github/action-entry';

// This bundle is also the entry of its worker threads (a large CSV is validated in row ranges on every core).
await actionEntry(import.meta.url, 'validate-data', () => import('./inputs.js'), () => import('./main.js'));
