import { monthEnd } from './calendar.js';
import type { Candidate, CandidateFields, ScanContext } from './candidate.js';
import { B, E, MONTH_PATTERN, YEAR_PATTERN, monthName, monthNumber, yearValue } from './dutchWords.js';
import { inferYear } from './inferYear.js';
import { phrase, scan } from './scan.js';
import type { MeetingIndex } from './meetingIndex.js';

const GENERIC = '(vergadering|overleg|bijeenkomst|regietafel)';

function escape(code: string): string {
  return code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the (normalised) text may name a meeting, whatever the run's body codes: "de
 * (eerst)volgende …" or "de/het … van/in (de maand) <maand>". A file's extraction leaves such a
 * text's moments open (a reference), and linking resolves them once every meeting is known; the
 * test is wider than the phrases themselves, so no meeting phrase of any run is missed.
 */
const MAY_NAME_A_MEETING = new RegExp(
  `${B}(?:de|het)\\s+(?:(?:eerst)?(?:volgende|komende)\\s|.+?\\s(?:van|in)\\s+(?:de\\s+maand\\s+)?${MONTH_PATTERN})`,
  'u',
);

export function mayNameAMeeting(text: string): boolean {
  return MAY_NAME_A_MEETING.test(text);
}

/** Body codes as written in the context, keyed by their normalised spelling. */
function bodyCodes(ctx: ScanContext, index: MeetingIndex): Map<string, string> {
  const codes = new Map<string, string>();
  for (const code of [ctx.body, ...index.codes]) {
    const key = code.trim().toLowerCase();
    if (key && !codes.has(key)) codes.set(key, code.trim());
  }
  return codes;
}

function phrasesFor(keys: string[], index: MeetingIndex): { next: RegExp; inMonth: RegExp } {
  const alternatives = keys.sort((a, b) => b.length - a.length).map(escape).join('|');
  let made = index.phrases.get(alternatives);
  if (!made) {
    const body = `(?:(${alternatives})(?:[-\\s]?(?:vergadering|overleg|bijeenkomst))?|${GENERIC})`;
    made = {
      next: phrase(`${B}(?:de|het)\\s+(?:eerst)?(?:volgende|komende)\\s+${body}${E}`),
      inMonth: phrase(
        `${B}(?:de|het)\\s+${body}\\s+(?:van|in)\\s+(?:de\\s+maand\\s+)?${MONTH_PATTERN}(?:\\s+${YEAR_PATTERN})?(?![\\p{L}])`,
      ),
    };
    index.phrases.set(alternatives, made);
  }
  return made;
}

function fields(date: string | null, note: string): CandidateFields {
  return { date, note, own: true, literal: false, needsPrefix: false, takesPrefix: false };
}

/**
 * "de (eerst)volgende LRT", "het volgende overleg", "de LRT van juni", "de HLRT in mei 2023",
 * against the meetings of the run (linking calls this, once they are all known).
 */
export function meetingCandidates(text: string, ctx: ScanContext, index: MeetingIndex): Candidate[] {
  const codes = bodyCodes(ctx, index);
  if (codes.size === 0) return [];
  const { next, inMonth } = phrasesFor([...codes.keys()], index);
  const later = (code: string) => (index.byBody.get(code) ?? []).filter((m) => m.date > ctx.meetingDate);
  const display = (written: string | undefined) => codes.get(written ?? '') ?? ctx.body;
  const codeOf = (written: string | undefined) => written ?? ctx.body.trim().toLowerCase();

  return [
    ...scan(text, next, (m) => {
      const found = later(codeOf(m[1]))[0];
      if (!found) return fields(null, 'nog geen volgende vergadering bekend');
      return fields(found.date, `eerstvolgende ${display(m[1])} na de vergadering`);
    }),
    ...scan(text, inMonth, (m) => {
      const month = monthNumber(m[3] ?? '');
      const end = m[4]
        ? monthEnd(yearValue(m[4]), month)
        : inferYear((year) => monthEnd(year, month), ctx, true);
      if (!end) return null;
      const prefix = end.slice(0, 7);
      const label = `${display(m[1])} in ${monthName(month)} ${end.slice(0, 4)}`;
      const found = later(codeOf(m[1])).find((meeting) => meeting.date.startsWith(prefix));
      if (found) return fields(found.date, `eerste ${label}`);
      // A month already over is a past meeting referred to, not a moment; the caller drops it.
      return fields(end, `geen ${label} bekend; einde van de maand`);
    }),
  ];
}
