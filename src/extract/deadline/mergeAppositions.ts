import type { Candidate } from './candidate.js';

const OPEN_BETWEEN = /^\s*\(\s*$/;
const CLOSE_AFTER = /^\s*\)/;
const COMMA_BETWEEN = /^\s*,\s*$/;

/**
 * Joins a moment and its restatement into one: "morgen (26-04-2023)", and
 * "dinsdag, 2 mei" when both give the same day. The written-out date wins.
 */
export function mergeAppositions(candidates: Candidate[], text: string): Candidate[] {
  const merged: Candidate[] = [];
  for (const next of candidates) {
    const previous = merged[merged.length - 1];
    if (previous) {
      const between = text.slice(previous.end, next.start);
      const close = CLOSE_AFTER.exec(text.slice(next.end));
      const bracketed = OPEN_BETWEEN.test(between) && close !== null;
      if (bracketed || (COMMA_BETWEEN.test(between) && previous.date === next.date)) {
        const kept = next.literal && !previous.literal ? next : previous;
        const note = previous.date === next.date
          ? kept.note
          : `${kept === next ? 'datum tussen haakjes' : 'eerste datum'} aangehouden; de twee datums verschillen`;
        const { note: _replaced, ...rest } = kept;
        merged[merged.length - 1] = {
          ...rest,
          start: previous.start,
          end: bracketed && close ? next.end + close[0].length : next.end,
          needsPrefix: false,
          ...(note ? { note } : {}),
        };
        continue;
      }
    }
    merged.push(next);
  }
  return merged;
}
