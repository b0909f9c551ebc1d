import { addDays, addMonths, addWorkdays } from './calendar.js';
import type { Candidate, ScanContext } from './candidate.js';
import { B, COUNT_PATTERN, E, countValue } from './dutchWords.js';
import { phrase, scan } from './scan.js';

/** "binnen twee weken", "over 14 dagen", "na een maand", "binnen 5 werkdagen". */
const DURATION = phrase(
  `${B}(binnen|over|na)\\s+(?:de\\s+)?(?:(?:komende|eerstvolgende|volgende)\\s+)?${COUNT_PATTERN}\\s+(werkdag(?:en)?|dag(?:en)?|weken|week|maand(?:en)?|jaar|jaren)${E}`,
);
const HALF_YEAR = phrase(`${B}(binnen|over|na)\\s+(?:een\\s+)?(?:half\\s*jaar)${E}`);

function after(ctx: ScanContext, count: number, unit: string): { date: string; label: string } {
  if (unit.startsWith('werkdag')) return { date: addWorkdays(ctx.meetingDate, count), label: count === 1 ? 'werkdag' : 'werkdagen' };
  if (unit.startsWith('dag')) return { date: addDays(ctx.meetingDate, count), label: count === 1 ? 'dag' : 'dagen' };
  if (unit.startsWith('we')) return { date: addDays(ctx.meetingDate, count * 7), label: count === 1 ? 'week' : 'weken' };
  if (unit.startsWith('maand')) return { date: addMonths(ctx.meetingDate, count), label: count === 1 ? 'maand' : 'maanden' };
  return { date: addMonths(ctx.meetingDate, count * 12), label: 'jaar' };
}

/** Every phrase above holds one of these units. */
const NEEDED = /dag|week|weken|maand|jaar/;

/** A span of time counted from the meeting date. */
export function durationCandidates(text: string, ctx: ScanContext): Candidate[] {
  if (!NEEDED.test(text)) return [];
  return [
    ...scan(text, DURATION, (m) => {
      const count = countValue(m[2] ?? '');
      if (!(count > 0)) return null;
      const { date, label } = after(ctx, count, m[3] ?? '');
      return {
        date, note: `${count} ${label} na de vergadering`,
        own: true, literal: false, needsPrefix: false, takesPrefix: true,
      };
    }),
    ...scan(text, HALF_YEAR, () => ({
      date: addMonths(ctx.meetingDate, 6), note: '6 maanden na de vergadering',
      own: true, literal: false, needsPrefix: false, takesPrefix: true,
    })),
  ];
}
