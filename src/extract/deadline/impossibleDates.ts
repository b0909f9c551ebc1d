import { isRealDate } from '../../schema/isoDate.js';
import { B, E, MONTH_PATTERN, monthNumber } from './dutchWords.js';

/** Days in a month; February has 29 unless the year is written and is no leap year. */
function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const WRITTEN = new RegExp(`${B}(\\d{1,2})(?:e|ste|de)?\\s+${MONTH_PATTERN}(?:\\s+(\\d{4}))?${E}`, 'giu');
const NUMERIC = new RegExp(`${B}(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})${E}`, 'gu');
const ISO = new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, 'gu');

/**
 * Dates in a text that do not exist ("30 februari", "31-04-2024", "2023-02-29"), as written. The
 * deadline reader passes them by, so the agreement would silently get no deadline: they are said.
 */
export function impossibleDates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WRITTEN)) {
    const day = Number(m[1]);
    if (day > daysIn(monthNumber(m[2]!.toLowerCase()), m[3] ? Number(m[3]) : null)) out.push(m[0]);
  }
  for (const m of text.matchAll(NUMERIC)) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), m[3]!];
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && !isRealDate(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`)) out.push(m[0]);
  }
  for (const m of text.matchAll(ISO)) {
    const [mo, d] = [Number(m[2]), Number(m[3])];
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && !isRealDate(m[0])) out.push(m[0]);
  }
  return out;
}
