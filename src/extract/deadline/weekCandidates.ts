import { addDays, nextWeekday, weekdayInWeek } from './calendar.js';
import type { Candidate, ScanContext } from './candidate.js';
import { B, E, WEEKDAY_PATTERN, YEAR_PATTERN, weekdayName, weekdayNumber, yearValue } from './dutchWords.js';
import { inferYear } from './inferYear.js';
import { phrase, scan } from './scan.js';

/** Which day of a week a modifier points at: "begin" = dinsdag, "medio" = woensdag, else vrijdag. */
function dayForModifier(modifier: string | undefined): number {
  if (modifier === 'begin') return 2;
  if (modifier === 'medio' || modifier === 'midden' || modifier === 'halverwege') return 3;
  return 5;
}

function weekMoment(ctx: ScanContext, which: string, weekday: number) {
  const weeksAhead = which === 'deze' ? 0 : 1;
  const week = weeksAhead === 0 ? 'de week van de vergadering' : 'de week na de vergadering';
  return {
    date: weekdayInWeek(ctx.meetingDate, weeksAhead, weekday),
    note: `${weekdayName(weekday)} van ${week}`,
    own: true, literal: false, needsPrefix: false, takesPrefix: true,
  };
}

const MODIFIER = '(?:(?:het\\s+)?(begin|eind|einde|medio|midden|halverwege)\\s+(?:van\\s+)?)?';
/** "deze week", "(begin|eind) volgende week", "komende week (op) vrijdag". */
const WEEK = phrase(
  `${B}${MODIFIER}(?:de\\s+)?(deze|volgende|komende|aanstaande)\\s+week(?:\\s+(?:op\\s+)?${WEEKDAY_PATTERN})?${E}`,
);
/** "vrijdag (van) volgende week". */
const WEEKDAY_OF_WEEK = phrase(`${B}${WEEKDAY_PATTERN}\\s+(?:van\\s+)?(?:de\\s+)?(deze|volgende|komende)\\s+week${E}`);
/** "(het) eind van de week" = this week. */
const END_OF_WEEK = phrase(`${B}(?:het\\s+)?(?:eind|einde)\\s+van\\s+de\\s+week${E}`);
/** "komende vrijdag", "vrijdag a.s.": the plain weekday is left to chrono. */
const NEXT_WEEKDAY = phrase(
  `${B}(?:(?:komende|aanstaande|volgende|eerstvolgende)\\s+${WEEKDAY_PATTERN}${E}|${WEEKDAY_PATTERN}\\s+(?:a\\.s\\.|as\\.|aanstaande${E}))`,
);
const DAY_AFTER_TOMORROW = phrase(`${B}overmorgen${E}`);
/** "week 12", "wk. 12", "week 12 (van) 2025": a week number as Dutch planning writes it. */
const WEEK_NUMBER = phrase(`${B}(?:week|wk)\\.?\\s*(\\d{1,2})(?:\\s+(?:van\\s+)?${YEAR_PATTERN})?${E}`);

/** The Friday of ISO week `week` of `year`, or null when the year has no such week. */
function fridayOfIsoWeek(year: number, week: number): string | null {
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000);
  const friday = new Date(monday + ((week - 1) * 7 + 4) * 86_400_000);
  // Week 53 exists only when its Thursday still falls in the year.
  if (week < 1 || new Date(friday.getTime() - 86_400_000).getUTCFullYear() !== year) return null;
  return friday.toISOString().slice(0, 10);
}

/** Every phrase above holds one of these words (a weekday name ends in "dag"). */
const NEEDED = /week|wk|dag|overmorgen/;

/** Day and week phrases relative to the meeting. */
export function weekCandidates(text: string, ctx: ScanContext): Candidate[] {
  if (!NEEDED.test(text)) return [];
  return [
    ...scan(text, WEEK, (m) => {
      const weekday = m[3] ? weekdayNumber(m[3]) : dayForModifier(m[1]);
      return weekMoment(ctx, m[2] === 'deze' ? 'deze' : 'volgende', weekday);
    }),
    ...scan(text, WEEKDAY_OF_WEEK, (m) => weekMoment(ctx, m[2] ?? '', weekdayNumber(m[1] ?? ''))),
    ...scan(text, END_OF_WEEK, () => weekMoment(ctx, 'deze', 5)),
    ...scan(text, NEXT_WEEKDAY, (m) => {
      const weekday = weekdayNumber(m[1] ?? m[2] ?? '');
      return {
        date: nextWeekday(ctx.meetingDate, weekday),
        note: `eerstvolgende ${weekdayName(weekday)} na de vergadering`,
        own: true, literal: false, needsPrefix: false, takesPrefix: true,
      };
    }),
    ...scan(text, WEEK_NUMBER, (m) => {
      const week = Number(m[1]);
      const date = m[2] ? fridayOfIsoWeek(yearValue(m[2]), week) : inferYear((y) => fridayOfIsoWeek(y, week), ctx, true);
      if (!date) return null;
      return { date, note: `vrijdag van week ${week}`, own: true, literal: false, needsPrefix: !m[2], takesPrefix: true };
    }),
    ...scan(text, DAY_AFTER_TOMORROW, () => ({
      date: addDays(ctx.meetingDate, 2),
      note: 'twee dagen na de vergadering',
      own: true, literal: false, needsPrefix: false, takesPrefix: true,
    })),
  ];
}
