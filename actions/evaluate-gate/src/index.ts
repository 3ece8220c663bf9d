import { actionEntry } from '@mlci/github/action-entry';

// This bundle is also the entry of its worker threads (slices judged on every core, the baseline parsed beside the candidate).
await actionEntry(import.meta.url, 'evaluate-gate', () => import('./inputs.js'), () => import('./main.js'));
