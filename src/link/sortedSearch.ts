import type { Passage } from './passagesOf.js';

// Bisections of the follow-up ranking's date-ordered lists.

/** ISO dates (and "9999" for none) in order: as strings, as localeCompare orders them. */
export const compareDates = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The first passage in date order dated on or after `date` (undated ones count as last). */
export function firstAtOrAfterDate(passages: Passage[], date: string): number {
  let lo = 0;
  let hi = passages.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((passages[mid]!.date ?? '9999') < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first place in an ascending list of passage indices holding `from` or a later one. */
export function firstAtOrAfter(list: number[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first place in a sorted list of dates after `date`. */
export function firstAfter(dates: string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

