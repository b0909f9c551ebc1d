import { daysBetween, yearOf } from './calendar.js';
import type { ScanContext } from './candidate.js';

/**
 * How far back a yearless date may lie and still be read as that recent past
 * date rather than next year's: "de brief van 12 april", written on 25 april,
 * is this year's letter, not a deadline eleven months away.
 */
const RECENT_PAST_DAYS = 61;

/**
 * Picks the year for a date written without one. Normally the next occurrence on
 * or after the meeting date. With `recentPast`, in running text, an occurrence at
 * most two months before the meeting wins instead: the caller then drops it as a
 * reference unless a deadline word ("uiterlijk") makes it an overdue deadline.
 */
export function inferYear(
  resolve: (year: number) => string | null,
  ctx: ScanContext,
  recentPast: boolean,
): string | null {
  const meetingYear = yearOf(ctx.meetingDate);
  if (recentPast && ctx.mode === 'text') {
    for (let year = meetingYear; year >= meetingYear - 1; year--) {
      const date = resolve(year);
      if (date && date < ctx.meetingDate) {
        if (daysBetween(date, ctx.meetingDate) <= RECENT_PAST_DAYS) return date;
        break;
      }
    }
  }
  // Eight years ahead always reaches a 29 februari.
  for (let year = meetingYear; year <= meetingYear + 8; year++) {
    const date = resolve(year);
    if (date && date >= ctx.meetingDate) return date;
  }
  return null;
}
