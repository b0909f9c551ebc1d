import { isoDate } from './calendar.js';
import type { Candidate, ScanContext } from './candidate.js';
import { B, YEAR_PATTERN, yearValue } from './dutchWords.js';
import { inferYear } from './inferYear.js';
import { phrase, scan } from './scan.js';

type Point = [month: number, day: number, note: string];

/**
 * Per season: the moment "voor" (its start), "na" (the day after) and "in" (its
 * last day) point at. Seasons are meteorological; the summer starts with the
 * parliamentary summer recess, early July.
 */
const SEASONS: Record<string, { before: Point; after: Point; during: Point }> = {
  zomer: {
    before: [7, 1, '1 juli: begin van de zomer(reces)'],
    after: [9, 1, '1 september: na de zomer(reces)'],
    during: [8, 31, '31 augustus: einde van de zomer'],
  },
  voorjaar: {
    before: [3, 1, '1 maart: begin van het voorjaar'],
    after: [6, 1, '1 juni: na het voorjaar'],
    during: [5, 31, '31 mei: einde van het voorjaar'],
  },
  najaar: {
    before: [9, 1, '1 september: begin van het najaar'],
    after: [12, 1, '1 december: na het najaar'],
    during: [11, 30, '30 november: einde van het (meteorologische) najaar'],
  },
};

const SEASON = phrase(
  `${B}(?:(voor|voor\\s+aanvang\\s+van|tot|na|na\\s+afloop\\s+van|direct\\s+na|in|tijdens|gedurende)\\s+)?` +
    '(?:(het|de|dit|deze|komend|komende|volgend|volgende|aankomend|aankomende)\\s+)?' +
    `(zomer(?:reces|vakantie|periode)?|voorjaar|najaar)(?:\\s+(?:van\\s+)?${YEAR_PATTERN})?(?![\\p{L}])`,
);
const CHRISTMAS = phrase(`${B}voor\\s+(?:de\\s+)?kerst(?:reces|vakantie|mis)?(?:\\s+${YEAR_PATTERN})?(?![\\p{L}])`);

/** Every phrase above holds one of these words (voorjaar and najaar end in "jaar"). */
const NEEDED = /zomer|jaar|kerst/;

/** A determiner like "dit najaar" already makes it a moment; "de zomer" alone may be a topic. */
const POINTING = new Set(['dit', 'deze', 'komend', 'komende', 'volgend', 'volgende', 'aankomend', 'aankomende']);

export function seasonCandidates(text: string, ctx: ScanContext): Candidate[] {
  if (!NEEDED.test(text)) return [];
  return [
    ...scan(text, SEASON, (m) => {
      const season = SEASONS[m[3]?.startsWith('zomer') ? 'zomer' : (m[3] ?? '')];
      if (!season) return null;
      const preposition = m[1] ?? '';
      const [month, day, note] = preposition.startsWith('voor') || preposition === 'tot'
        ? season.before
        : preposition.endsWith('na') || preposition.startsWith('na')
          ? season.after
          : season.during;
      const resolve = (year: number) => isoDate(year, month, day);
      const date = m[4] ? resolve(yearValue(m[4])) : inferYear(resolve, ctx, false);
      return {
        date, note, own: true, literal: false,
        needsPrefix: !preposition && !POINTING.has(m[2] ?? ''),
        takesPrefix: true,
      };
    }),
    ...scan(text, CHRISTMAS, (m) => {
      const resolve = (year: number) => isoDate(year, 12, 24);
      return {
        date: m[1] ? resolve(yearValue(m[1])) : inferYear(resolve, ctx, false),
        note: '24 december: vóór de kerst',
        own: true, literal: false, needsPrefix: false, takesPrefix: true,
      };
    }),
  ];
}
