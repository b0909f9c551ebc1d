import type { Labels } from '../schema/registry.js';
import { nearestLabel } from '../extract/labelMatcher.js';

/**
 * Whether a changed line only corrects a misspelled label ("Afpsraak:" → "Afspraak:"): the fix
 * `label-misspelled` asks for, allowed in adopted minutes because it completes what was adopted
 * (the agreement was meant and is now registered) without changing a word of its text.
 */
export function isLabelFix(before: string, after: string, labels: Labels): boolean {
  for (const m of before.matchAll(/\p{L}[\p{L}'-]{2,24}(?=["'*_]*\s*:)/gu)) {
    if (!nearestLabel(m[0], labels)) continue;
    const head = before.slice(0, m.index);
    const tail = before.slice(m.index + m[0].length);
    if (after.length <= head.length + tail.length || !after.startsWith(head) || !after.endsWith(tail)) continue;
    const fixed = after.slice(head.length, after.length - tail.length).toLowerCase();
    if (labels.labels.some((l) => l.label.toLowerCase() === fixed)) return true;
  }
  return false;
}
