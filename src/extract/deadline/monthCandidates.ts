import { addMonths, isoDate, monthEnd, monthOf, yearOf } from './calendar.js';
import type { Candidate, CandidateFields, ScanContext } from './candidate.js';
import { B, E, MONTH_PATTERN, YEAR_PATTERN, monthName, monthNumber, yearValue } from './dutchWords.js';
import { inferYear } from './inferYear.js';
import { phrase, scan } from './scan.js';

const MODIFIER =
  '(?:(?:(?:aan\\s+)?het\\s+)?(begin|start|eind|einde|ultimo|medio|midden|half|halverwege)\\s+(?:van\\s+)?(?:de\\s+maand\\s+)?)?';
/** "eind mei", "begin juni 2023", "medio juni", and a bare "juni" (needs a preposition). */
const MONTH = phrase(
  `${B}${MODIFIER}(?:de\\s+maand\\s+)?${MONTH_PATTERN}(?:\\s+(?:van\\s+)?${YEAR_PATTERN})?(?![\\p{L}])`,
);
/** Month abbreviations chrono and MONTH_PATTERN lack, or that are also words ("jan"): only with a modifier or a year. */
const ABBREVIATIONS: Record<string, number> = { jan: 1, feb: 2, febr: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 };
const ABBREVIATION = `(${Object.keys(ABBREVIATIONS).join('|')})\\.?`;
/** "eind mrt", "medio sept.", "begin okt. 2025", "mrt 2025". */
const MONTH_ABBREVIATED = phrase(
  `${B}(?:${MODIFIER.slice(0, -1)}${ABBREVIATION}(?:\\s+(?:van\\s+)?${YEAR_PATTERN})?|()${ABBREVIATION}\\s+${YEAR_PATTERN})(?![\\p{L}])`,
);
/** "1 febr.", "1 febr. 2025": the one day-and-month abbreviation chrono does not read. */
const DAY_FEBR = phrase(`${B}(\\d{1,2})\\s+febr\\.?(?:\\s+${YEAR_PATTERN})?(?![\\p{L}])`);
/** "1e juli", which chrono reads as just "juli". */
const ORDINAL_DAY = phrase(`${B}(\\d{1,2})(?:e|ste|de)\\s+${MONTH_PATTERN}(?:\\s+${YEAR_PATTERN})?(?![\\p{L}])`);
/** "deze maand", "eind volgende maand", "het eind van de maand". */
const RELATIVE_MONTH = phrase(`${B}${MODIFIER}(?:de\\s+)?(deze|volgende|komende|lopende)\\s+maand${E}`);
const END_OF_MONTH = phrase(`${B}(?:het\\s+)?(?:eind|einde)\\s+van\\s+de\\s+maand${E}`);

/** The day a modifier picks in a month: begin = 7, medio = 15, otherwise the last day. */
function dayIn(modifier: string | undefined, year: number, month: number): { date: string; note: string } {
  const name = monthName(month);
  if (modifier === 'begin' || modifier === 'start') {
    return { date: isoDate(year, month, 7) as string, note: `7 ${name}: begin van de maand` };
  }
  if (modifier && ['medio', 'midden', 'half', 'halverwege'].includes(modifier)) {
    return { date: isoDate(year, month, 15) as string, note: `15 ${name}: midden van de maand` };
  }
  return { date: monthEnd(year, month), note: `laatste dag van ${name}` };
}

function fields(date: string | null, note: string | null, needsPrefix: boolean, literal = false): CandidateFields | null {
  if (!date) return null;
  return { date, ...(note ? { note } : {}), own: true, literal, needsPrefix, takesPrefix: true };
}

/** Every phrase above holds a month's name or "maand". */
const NEEDED = new RegExp(`${MONTH_PATTERN}|maand|${ABBREVIATION}`);

/** Month phrases; years are inferred as the next (or a just-past) occurrence. */
export function monthCandidates(text: string, ctx: ScanContext): Candidate[] {
  if (!NEEDED.test(text)) return [];
  return [
    ...scan(text, MONTH, (m) => {
      const month = monthNumber(m[2] ?? '');
      const resolve = (year: number) => dayIn(m[1], year, month).date;
      const date = m[3] ? resolve(yearValue(m[3])) : inferYear(resolve, ctx, true);
      if (!date) return null;
      return fields(date, dayIn(m[1], yearOf(date), month).note, !m[1]);
    }),
    ...scan(text, MONTH_ABBREVIATED, (m) => {
      const modifier = m[1];
      const month = ABBREVIATIONS[m[2] ?? m[5] ?? '']!;
      const year = m[3] ?? m[6];
      const resolve = (y: number) => dayIn(modifier, y, month).date;
      const date = year ? resolve(yearValue(year)) : inferYear(resolve, ctx, true);
      return fields(date, dayIn(modifier, yearOf(date ?? ctx.meetingDate), month).note, false);
    }),
    ...scan(text, DAY_FEBR, (m) => {
      const resolve = (year: number) => isoDate(year, 2, Number(m[1]));
      if (m[2]) return fields(resolve(yearValue(m[2])), null, false, true);
      return fields(inferYear(resolve, ctx, true), 'jaartal afgeleid van de vergaderdatum', false, true);
    }),
    ...scan(text, ORDINAL_DAY, (m) => {
      const month = monthNumber(m[2] ?? '');
      const resolve = (year: number) => isoDate(year, month, Number(m[1]));
      if (m[3]) return fields(resolve(yearValue(m[3])), null, false, true);
      return fields(inferYear(resolve, ctx, true), 'jaartal afgeleid van de vergaderdatum', false, true);
    }),
    ...scan(text, RELATIVE_MONTH, (m) => {
      const ahead = m[2] === 'volgende' || m[2] === 'komende' ? 1 : 0;
      const first = addMonths(`${ctx.meetingDate.slice(0, 7)}-01`, ahead);
      const { date, note } = dayIn(m[1], yearOf(first), monthOf(first));
      return fields(date, `${note} (maand ${ahead ? 'na' : 'van'} de vergadering)`, false);
    }),
    ...scan(text, END_OF_MONTH, () =>
      fields(monthEnd(yearOf(ctx.meetingDate), monthOf(ctx.meetingDate)), 'laatste dag van de maand van de vergadering', false),
    ),
  ];
}
