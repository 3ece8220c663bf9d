import { actionEntry } from '@mlci/github/action-entry';

// This bundle is also the entry of its worker threads (changed tabular files are profiled on every core).
await actionEntry(import.meta.url, 'detect-data-change', () => import('./inputs.js'), () => import('./main.js'));
