/**
 * Calendar arithmetic on YYYY-MM-DD strings. Everything goes through Date.UTC so
 * the machine's timezone can never shift a day.
 */

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date as YYYY-MM-DD, or null when it does not exist (31 april, 29 februari 2023). */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return format(date);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return format(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, lastDayOfMonth(year, month)) as string;
}

/** Calendar months later, clamped to the month's end: 31 januari + 1 maand = 28/29 februari. */
export function addMonths(iso: string, months: number): string {
  const total = yearOf(iso) * 12 + (monthOf(iso) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(iso.slice(8, 10)), lastDayOfMonth(year, month));
  return isoDate(year, month, day) as string;
}

/** ISO weekday: 1 = maandag … 7 = zondag. */
export function isoWeekday(iso: string): number {
  return ((toUtc(iso).getUTCDay() + 6) % 7) + 1;
}

/** The given weekday in the Monday-based week of `iso`, `weeksAhead` weeks later. */
export function weekdayInWeek(iso: string, weeksAhead: number, weekday: number): string {
  return addDays(iso, weeksAhead * 7 + weekday - isoWeekday(iso));
}

/** The first such weekday strictly after `iso`: on a Tuesday, "dinsdag" means next week's. */
export function nextWeekday(iso: string, weekday: number): string {
  const ahead = (weekday - isoWeekday(iso) + 7) % 7 || 7;
  return addDays(iso, ahead);
}

/** Working days later, skipping Saturdays and Sundays (not public holidays). */
export function addWorkdays(iso: string, days: number): string {
  let date = iso;
  for (let left = days; left > 0; ) {
    date = addDays(date, 1);
    if (isoWeekday(date) <= 5) left -= 1;
  }
  return date;
}

export function quarterEnd(year: number, quarter: number): string {
  return monthEnd(year, quarter * 3);
}
