// Only the Dutch parser (the same object as the index's `nl`): the index loads every locale, some 270 modules.
import * as nl from 'chrono-node/nl';
import { daysBetween, isoDate, nextWeekday } from './calendar.js';
import type { Candidate, ScanContext } from './candidate.js';
import { WEEKDAY_PATTERN, weekdayName, weekdayNumber } from './dutchWords.js';
import { inferYear } from './inferYear.js';

/** Chrono reads these everyday words as dates: "zo snel mogelijk" would be a Sunday. */
const NOT_A_DATE = /^(nu|nou|zo|ma|di|wo|do|vr|za)$/;
const FULL_WEEKDAY = new RegExp(`^${WEEKDAY_PATTERN}(?![\\p{L}])`, 'u');
const PAST_WEEKDAY = /(?:afgelopen|vorige|voorbije)\s+$/;
/** A year with a footnote digit glued on ("1 juli 20231"), which chrono leaves unread. */
const GLUED_YEAR = /^\s+(20\d{2})\d{1,2}(?!\d)/;

function relativeNote(meetingDate: string, date: string): string {
  const days = daysBetween(meetingDate, date);
  if (days === 0) return 'dag van de vergadering';
  if (days === 1) return 'dag na de vergadering';
  return days > 0 ? `${days} dagen na de vergadering` : `${-days} dagen voor de vergadering`;
}

/**
 * Plain dates, weekdays and "morgen"/"vandaag" from chrono's Dutch parser.
 * Only results with a known day (or a written-out weekday) count: chrono's
 * month-only, time-only and week results are left to our own rules or dropped.
 */
export function chronoCandidates(text: string, ctx: ScanContext): Candidate[] {
  // Noon UTC with a fixed zero offset: chrono's arithmetic then never crosses a day boundary.
  const [y, m, d] = ctx.meetingDate.split('-').map(Number);
  const instant = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, 12));
  const found: Candidate[] = [];
  for (const result of nl.parse(text, { instant, timezone: 0 }, { forwardDate: true })) {
    const start = result.index;
    let end = start + result.text.length;
    const written = result.text.trim();
    if (NOT_A_DATE.test(written)) continue;
    const c = result.start;
    // Written out means a day number, not just a time: "morgen om 10:00" is still relative.
    const literal = /\d/.test(written.replace(/\d{1,2}[:.]\d{2}|\d{1,2}\s*uur/g, ''));
    const base = { own: false, literal, needsPrefix: false, takesPrefix: true };

    if (c.isCertain('day') && c.isCertain('month')) {
      const month = c.get('month') ?? 0;
      const day = c.get('day') ?? 0;
      if (c.isCertain('year')) {
        const date = isoDate(c.get('year') ?? 0, month, day);
        if (date) found.push({ start, end, date, ...(literal ? {} : { note: relativeNote(ctx.meetingDate, date) }), ...base });
        continue;
      }
      const glued = GLUED_YEAR.exec(text.slice(end));
      if (glued) {
        end += glued[0].indexOf(glued[1] ?? '') + 4; // leave the footnote digit out
        const date = isoDate(Number(glued[1]), month, day);
        if (date) found.push({ start, end, date, ...base });
        continue;
      }
      const date = inferYear((year) => isoDate(year, month, day), ctx, true);
      if (date) found.push({ start, end, date, note: 'jaartal afgeleid van de vergaderdatum', ...base });
      continue;
    }

    const weekday = FULL_WEEKDAY.exec(written);
    if (weekday && c.isCertain('weekday') && !PAST_WEEKDAY.test(text.slice(0, start))) {
      const number = weekdayNumber(weekday[1] ?? '');
      end = start + result.text.indexOf(weekday[0]) + weekday[0].length;
      found.push({
        start, end, date: nextWeekday(ctx.meetingDate, number),
        note: `eerstvolgende ${weekdayName(number)} na de vergadering`, ...base,
      });
    }
  }
  return found;
}
