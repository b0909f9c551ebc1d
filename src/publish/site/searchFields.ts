import type { LunrField } from './lunrIndexBuilder.js';

/** The indexed fields and their weights; agreements' context (their passage) counts little. */
export const SEARCH_FIELDS: LunrField[] = [
  { name: 'title', boost: 2 },
  { name: 'text', boost: 1 },
  { name: 'owners', boost: 3 },
  { name: 'meanings', boost: 1 },
  { name: 'extra', boost: 0.5 },
  { name: 'context', boost: 0.3 },
];
