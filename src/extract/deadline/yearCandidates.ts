import { isoDate, monthEnd, yearOf } from './calendar.js';
import type { Candidate, CandidateFields, ScanContext } from './candidate.js';
import { B, E, YEAR_PATTERN, yearValue } from './dutchWords.js';
import { phrase, scan } from './scan.js';

const MODIFIER = '(?:(?:het\\s+)?(begin|start|eind|einde|ultimo|medio|midden|halverwege)\\s+(?:van\\s+)?)?';
/** "dit jaar", "eind volgend jaar", "het eind van het jaar". */
const NAMED_YEAR = phrase(
  `${B}${MODIFIER}(dit|(?:het\\s+)?(?:volgende|komende|volgend|komend|lopende)|het)\\s+jaar${E}`,
);
/** "eind 2023", "begin 2024": a bare "2023" is too often a name ("MPP 2023-I", "begroting 2023"). */
const NUMBERED_YEAR = phrase(
  `${B}(?:het\\s+)?(begin|start|eind|einde|ultimo|medio|midden|halverwege)\\s+(?:van\\s+)?${YEAR_PATTERN}`,
);
/** "de 2e helft 2023", "de eerste helft van volgend jaar": a moment only after a preposition. */
const HALF = phrase(
  `${B}(?:de\\s+)?(eerste|1e|1ste|tweede|2e|2de)\\s+(?:helft|half\\s*jaar)\\s+(?:van\\s+)?` +
    `(?:${YEAR_PATTERN}|(dit|het|volgend|komend)\\s+jaar${E})`,
);

function yearPoint(modifier: string | undefined, year: number): { date: string; note: string } {
  if (modifier === 'begin' || modifier === 'start') {
    return { date: monthEnd(year, 1), note: `31 januari: begin van ${year}` };
  }
  if (modifier && ['medio', 'midden', 'halverwege'].includes(modifier)) {
    return { date: monthEnd(year, 6), note: `30 juni: midden van ${year}` };
  }
  return { date: monthEnd(year, 12), note: `laatste dag van ${year}` };
}

function namedYear(word: string, ctx: ScanContext): number {
  const ahead = /volgend|komend/.test(word) ? 1 : 0;
  return yearOf(ctx.meetingDate) + ahead;
}

function own(point: { date: string; note: string }, needsPrefix = false): CandidateFields {
  return { ...point, own: true, literal: false, needsPrefix, takesPrefix: true };
}

/** Every phrase above holds "jaar" or a year. */
const NEEDED = new RegExp(`jaar|${YEAR_PATTERN}`);

/** Whole years and half years. */
export function yearCandidates(text: string, ctx: ScanContext): Candidate[] {
  if (!NEEDED.test(text)) return [];
  return [
    ...scan(text, NAMED_YEAR, (m) => {
      // "het jaar" names this year only with a modifier: "eind van het jaar".
      if (m[2] === 'het' && !m[1]) return null;
      return own(yearPoint(m[1], namedYear(m[2] ?? '', ctx)));
    }),
    ...scan(text, NUMBERED_YEAR, (m) => own(yearPoint(m[1], yearValue(m[2] ?? '')))),
    ...scan(text, HALF, (m) => {
      const year = m[2] ? yearValue(m[2]) : namedYear(m[3] ?? '', ctx);
      const first = /^(eerste|1)/.test(m[1] ?? '');
      const date = first ? isoDate(year, 6, 30) : isoDate(year, 12, 31);
      const note = first ? '30 juni: einde van de eerste jaarhelft' : '31 december: einde van de tweede jaarhelft';
      return own({ date: date as string, note }, true);
    }),
  ];
}
