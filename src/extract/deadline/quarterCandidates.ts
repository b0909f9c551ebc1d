import { monthOf, quarterEnd, yearOf } from './calendar.js';
import type { Candidate, ScanContext } from './candidate.js';
import { B, E, ORDINAL_PATTERN, YEAR_PATTERN, ordinalValue, yearValue } from './dutchWords.js';
import { inferYear } from './inferYear.js';
import { phrase, scan } from './scan.js';

const END = '(?:(?:het\\s+)?(eind|einde|ultimo)\\s+(?:van\\s+)?)?';
const YEAR_TAIL = `(?:\\s+(?:van\\s+)?(?:${YEAR_PATTERN}|(dit|het|volgend|komend)\\s+jaar${E}))?`;
/** "het derde kwartaal (van 2023)". */
const ORDINAL_QUARTER = phrase(`${B}${END}(?:het\\s+)?${ORDINAL_PATTERN}\\s+kwartaal${YEAR_TAIL}(?![\\p{L}])`);
/** "Q3", "Q3 2023". */
const Q_QUARTER = phrase(`${B}${END}q([1-4])(?!\\d)(?:[\\s-]+${YEAR_PATTERN})?(?![\\p{L}])`);
/** "dit kwartaal", "eind volgend kwartaal". */
const RELATIVE_QUARTER = phrase(`${B}${END}(?:het\\s+)?(dit|huidige|lopende|volgend|komend|volgende|komende)\\s+kwartaal${E}`);

const NAMES = ['', 'eerste', 'tweede', 'derde', 'vierde'];

function resolveQuarter(quarter: number, year: string | undefined, named: string | undefined, ctx: ScanContext): string | null {
  if (year) return quarterEnd(yearValue(year), quarter);
  if (named) return quarterEnd(yearOf(ctx.meetingDate) + (/volgend|komend/.test(named) ? 1 : 0), quarter);
  return inferYear((y) => quarterEnd(y, quarter), ctx, true);
}

function fields(date: string | null, quarter: number, endWord: string | undefined) {
  if (!date) return null;
  return {
    date, note: `laatste dag van het ${NAMES[quarter]} kwartaal`,
    own: true, literal: false, needsPrefix: !endWord, takesPrefix: true,
  };
}

/** Every phrase above holds "kwartaal" or "q" and its number. */
const NEEDED = /kwartaal|q[1-4]/;

/** Quarters end on their last day; "Q3" alone is often a label, so it needs a preposition or "eind". */
export function quarterCandidates(text: string, ctx: ScanContext): Candidate[] {
  if (!NEEDED.test(text)) return [];
  return [
    ...scan(text, ORDINAL_QUARTER, (m) => {
      const quarter = ordinalValue(m[2] ?? '');
      return fields(resolveQuarter(quarter, m[3], m[4], ctx), quarter, m[1]);
    }),
    ...scan(text, Q_QUARTER, (m) => {
      const quarter = Number(m[2]);
      return fields(resolveQuarter(quarter, m[3], undefined, ctx), quarter, m[1]);
    }),
    ...scan(text, RELATIVE_QUARTER, (m) => {
      const current = Math.ceil(monthOf(ctx.meetingDate) / 3);
      const ahead = /volgend|komend/.test(m[2] ?? '') ? 1 : 0;
      const index = yearOf(ctx.meetingDate) * 4 + current - 1 + ahead;
      const quarter = (index % 4) + 1;
      const found = fields(quarterEnd(Math.floor(index / 4), quarter), quarter, 'eind');
      return found && { ...found, needsPrefix: false };
    }),
  ];
}
