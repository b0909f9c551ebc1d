import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as nl from 'chrono-node/nl';
import { MAY_HOLD_A_DATE, chronoCandidates } from '../../../src/extract/deadline/chronoCandidates.js';
import { normalize } from '../../../src/extract/deadline/normalize.js';
import { WEEKDAY_PATTERN } from '../../../src/extract/deadline/dutchWords.js';
import { generateMinutes } from '../../bench/generateMinutes.js';

const FULL_WEEKDAY = new RegExp(`^${WEEKDAY_PATTERN}(?![\\p{L}])`, 'u');

/** Whether chrono finds what chronoCandidates may keep: a day and month, or a weekday written out. */
function keptByChrono(text: string): boolean {
  const instant = new Date(Date.UTC(2023, 2, 1, 12));
  return nl
    .parse(text, { instant, timezone: 0 }, { forwardDate: true })
    .some((r) => (r.start.isCertain('day') && r.start.isCertain('month')) || (r.start.isCertain('weekday') && FULL_WEEKDAY.test(r.text.trim())));
}

// Words chrono's Dutch parsers react to, fragments of them, and ordinary words around them.
const WORDS = [
  'de', 'het', 'een', 'twee', 'drie', 'tien', 'twaalf', 'half', 'halve', 'paar', 'dit', 'deze', 'komende', 'volgende', 'aankomende',
  'afgelopen', 'vorige', 'over', 'binnen', 'in', 'voor', 'na', 'geleden', 'later', 'uit', 'vanaf', 'nu', 'vandaag', 'morgen', 'morgend',
  'gisteren', 'vanochtend', 'vanavond', 'middag', "'s", 'middags', 'nacht', 'middernacht', 'eerste', 'derde', 'eenendertigste',
  'januari', 'jan.', 'feb', 'mrt', 'mei', 'juni', 'okt.', 'dec', 'maandag', 'ma', 'di.', 'woe', 'vrijdag', 'zat', 'zo', 'dag', 'dagen',
  'week', 'weken', 'maand', 'jaar', 'jr', 'uur', 'u', 'h', 'min', 'sec', 'uren', 'tot', 'om', 'op', 'en', 'bzk', 'deelt', 'brief',
  'vergadering', 'tafel', 'notitie', 'voortgang', 'gemeenten', 'opvang', '(', ',', '-', '+', '.', ':', '/',
];

describe('the test before chrono (MAY_HOLD_A_DATE)', () => {
  it('lets through every text chrono reads a kept date in', () => {
    const examples = [
      '1 juli 2023', '26-04-2023', '2023-07-01', 'vandaag', 'morgen', 'overmorgen', 'gisteren', 'vanavond', 'deze avond',
      'vrijdag', 'volgende dinsdag', 'over twee weken', 'binnen een week', 'drie dagen geleden', 'volgende week', 'komende maand',
      'eerste juli', 'om 10 uur', 'over een half uur', 'binnen een paar dagen',
    ];
    for (const text of examples) if (keptByChrono(text)) expect(MAY_HOLD_A_DATE.test(text), text).toBe(true);
  });

  it('holds for texts of chrono words put together at random', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }), fc.constantFrom(' ', '', '  '), (words, glue) => {
        const text = normalize(words.join(glue)).text;
        if (!MAY_HOLD_A_DATE.test(text)) expect(keptByChrono(text), text).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for every line of generated minutes', () => {
    const files = generateMinutes(40, 7);
    let skipped = 0;
    for (const f of files)
      for (const line of f.text.split('\n')) {
        const text = normalize(line).text;
        if (MAY_HOLD_A_DATE.test(text)) continue;
        skipped++;
        expect(keptByChrono(text), line).toBe(false);
        expect(chronoCandidates(text, { meetingDate: '2023-03-01', body: 'LRT', mode: 'text' })).toEqual([]);
      }
    // Most lines name no date: the test spares chrono most of them.
    expect(skipped).toBeGreaterThan(0);
  });
});
