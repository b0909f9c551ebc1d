/**
 * Dutch deadline extraction for the agreement register.
 *
 * Every moment named in an agreement's text is resolved against the meeting date
 * (M). Dates are YYYY-MM-DD strings, computed in UTC.
 *
 * | Words                                          | Date                                          |
 * |------------------------------------------------|-----------------------------------------------|
 * | 26-04-2023, 1-7-2023, 1 juli 2023, 2023-07-01  | as written (chrono)                           |
 * | 15 februari, 1e juli (no year)                 | next occurrence on/after M ¹                  |
 * | vandaag / morgen / overmorgen                  | M / M+1 / M+2                                 |
 * | vrijdag, komende vrijdag, vrijdag a.s.         | first such weekday after M                    |
 * | deze week, eind van de week                    | vrijdag of M's week                           |
 * | volgende/komende week, eind volgende week      | vrijdag of the week after M                   |
 * | begin / medio volgende week                    | dinsdag / woensdag of the week after M        |
 * | volgende week dinsdag, dinsdag volgende week   | that day of the week after M                  |
 * | binnen/over/na N dagen/weken/maanden/jaar      | M + N (months clamp: 31 jan + 1 = end of feb) |
 * | binnen N werkdagen                             | M + N weekdays (holidays not skipped)         |
 * | begin / medio / eind juni (half, ultimo)       | 7 / 15 / last day of June ¹                   |
 * | in juni, voor juni, uiterlijk juni ²           | last day of June ¹                            |
 * | deze / volgende maand (begin, medio, eind)     | that month, as above                          |
 * | voor de zomer(reces), tot de zomer             | 1 July ³                                      |
 * | na de zomer, na het zomerreces                 | 1 September ³                                 |
 * | in de zomer, deze zomer ²                      | 31 August ³                                   |
 * | voorjaar: voor / in / na                       | 1 March / 31 May / 1 June ³                   |
 * | najaar: voor / in / na                         | 1 September / 30 November / 1 December ³      |
 * | voor de kerst                                  | 24 December ³                                 |
 * | dit jaar, eind (van) dit/het jaar, eind 2023   | 31 December                                   |
 * | begin / medio 2024, begin volgend jaar         | 31 January / 30 June                          |
 * | in de 1e / 2e helft 2023 ²                     | 30 June / 31 December                         |
 * | in Q3, het derde kwartaal ², eind Q3           | last day of the quarter ¹                     |
 * | dit / volgend kwartaal                         | last day of that quarter                      |
 * | de volgende LRT, het volgende overleg          | first meeting of that body after M, else null |
 * | de LRT van/in juni                             | first meeting of that body in June after M,   |
 * |                                                | else the last day of June ¹                   |
 *
 * ¹ Year: the next occurrence on/after M; but a yearless date or period that fell at
 *   most two months before M is read as that past one ("de brief van 12 april").
 * ² Bare period names ("juni", "Q3", "2e helft 2023", "de zomer") are often topics or
 *   labels, so they count only after a preposition: in, voor, uiterlijk, tot, per, ...
 * ³ Year: the next occurrence on/after M.
 *
 * Prefixes never move the date, but are kept in the text: uiterlijk, vóór/voor, tot
 * (en met), t/m, per, op, om, in, rond, tegen, vanaf, m.i.v., with hedges such as
 * "tenminste" ("tot tenminste 1 juli 2023"). Meeting phrases take no prefix: in
 * "voor de LRT van juni", "voor" means "for".
 *
 * Past references are not moments: a date followed by "jl."/"jongstleden", a weekday
 * after "afgelopen"/"vorige", and any date before M unless a deadline word
 * (uiterlijk, voor, tot, t/m, per, tegen) precedes it: that is an overdue deadline.
 * Not read as dates: bare years ("in 2023", "MPP 2023-I"), amounts, numbers such
 * as "19.000" or "Kamerstuk 29 344", times ("om 10 uur"). A footnote digit glued to
 * a year ("juli 20231") is read as 2023 and left out of the text.
 *
 * A "termijn:" value (parseDeadlineValue) is a deadline by definition: there bare
 * period names count and past dates are kept; years are always the next occurrence.
 */
import type { Moment } from '../schema/register.js';
import { absorbPrefix } from './deadline/absorbPrefix.js';
import { isoDate } from './deadline/calendar.js';
import type { Candidate, ScanContext } from './deadline/candidate.js';
import { chronoCandidates } from './deadline/chronoCandidates.js';
import { durationCandidates } from './deadline/durationCandidates.js';
import { mayNameAMeeting, meetingCandidates } from './deadline/meetingCandidates.js';
import { meetingIndex, type MeetingIndex } from './deadline/meetingIndex.js';
import { mergeAppositions } from './deadline/mergeAppositions.js';
import { monthCandidates } from './deadline/monthCandidates.js';
import { normalize, originalSpan, type Normalized } from './deadline/normalize.js';
import { quarterCandidates } from './deadline/quarterCandidates.js';
import { seasonCandidates } from './deadline/seasonCandidates.js';
import { selectCandidates } from './deadline/selectCandidates.js';
import { weekCandidates } from './deadline/weekCandidates.js';
import { yearCandidates } from './deadline/yearCandidates.js';

export interface DeadlineContext {
  /** YYYY-MM-DD, the reference date. */
  meetingDate: string;
  /** Body code of the meeting, e.g. 'LRT'. */
  body: string;
  /** All known meetings (any body), for "de LRT van juni", "de volgende LRT". */
  meetings: { body: string; date: string }[];
}

/** What one file's extraction knows of a deadline: the meeting date and body, not the other meetings. */
export type FileDeadlineContext = Omit<DeadlineContext, 'meetings'>;

/**
 * Moments of a text that may name a meeting ("de volgende LRT", "de LRT van juni"), left open by
 * the file's extraction: the text, how it is read, and every other phrase found in it. Linking
 * finishes them (resolveMoments) once every meeting of the run is known. A plain value.
 */
export interface MeetingReference {
  input: string;
  mode: ScanContext['mode'];
  meetingDate: string;
  body: string;
  /** The phrases that name no meeting, found in the normalised text. */
  others: Candidate[];
}

/** "op 8 februari jl.": the words themselves say the date has passed. */
const PAST_MARK_AFTER = /^\s*(?:jl\.?|j\.l\.|jongstleden|ll\.|laatstleden)(?![\p{L}])/u;
const ISO_VALUE = /^\d{4}-\d{2}-\d{2}$/;

function candidates(text: string, ctx: ScanContext): Candidate[] {
  return [
    ...weekCandidates(text, ctx),
    ...durationCandidates(text, ctx),
    ...monthCandidates(text, ctx),
    ...seasonCandidates(text, ctx),
    ...yearCandidates(text, ctx),
    ...quarterCandidates(text, ctx),
    ...chronoCandidates(text, ctx),
  ];
}

/**
 * The moments of a text as far as one file can tell: final, or, when the text may name a
 * meeting, a reference for linking to resolve.
 */
function scanMoments(input: string, context: FileDeadlineContext, mode: ScanContext['mode']): Moment[] | MeetingReference {
  const ctx: ScanContext = { meetingDate: context.meetingDate, body: context.body, mode };
  const normalized = normalize(input);
  const others = candidates(normalized.text, ctx);
  if (mayNameAMeeting(normalized.text)) return { input, mode, meetingDate: ctx.meetingDate, body: ctx.body, others };
  return chooseMoments(input, normalized, ctx, others);
}

/** A reference's moments, with the meetings of the run known. */
export function resolveMoments(ref: MeetingReference, meetings: MeetingIndex): Moment[] {
  const ctx: ScanContext = { meetingDate: ref.meetingDate, body: ref.body, mode: ref.mode };
  const normalized = normalize(ref.input);
  return chooseMoments(ref.input, normalized, ctx, [...meetingCandidates(normalized.text, ctx, meetings), ...ref.others]);
}

function chooseMoments(input: string, normalized: Normalized, ctx: ScanContext, found: Candidate[]): Moment[] {
  const mode = ctx.mode;
  const text = normalized.text;
  const kept: Candidate[] = [];
  let floor = 0;
  for (const candidate of selectCandidates(found)) {
    const prefix = candidate.takesPrefix
      ? absorbPrefix(text, candidate.start, floor)
      : { start: candidate.start, preposition: false, deadline: false };
    floor = candidate.end;
    if (mode === 'text') {
      if (candidate.needsPrefix && !prefix.preposition) continue;
      if (PAST_MARK_AFTER.test(text.slice(candidate.end))) continue;
      if (candidate.date !== null && candidate.date < ctx.meetingDate && !prefix.deadline) continue;
    }
    kept.push({ ...candidate, start: prefix.start });
  }

  const moments: Moment[] = [];
  const seen = new Set<string>();
  for (const c of mergeAppositions(kept, text)) {
    // The same words naming the same day twice are one moment.
    const key = `${c.date}|${text.slice(c.start, c.end).replace(/\s+/g, ' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const words = originalSpan(input, normalized, c.start, c.end);
    moments.push({ date: c.date, text: words, ...(c.note ? { note: c.note } : {}) });
  }
  return moments;
}

/** Every moment in the text, in text order, no overlaps, de-duplicated (e.g. "morgen (26-04-2023)" is ONE moment with text "morgen (26-04-2023)"). */
export function extractMoments(text: string, ctx: DeadlineContext): Moment[] {
  return settled(scanMoments(text, ctx, 'text'), ctx.meetings);
}

/** The moments of a text in one file: final, or a reference to resolve when linking. */
export function momentsInFile(text: string, ctx: FileDeadlineContext): Moment[] | MeetingReference {
  return scanMoments(text, ctx, 'text');
}

/**
 * The value of an explicit "termijn:" attribute: either YYYY-MM-DD or a Dutch phrase.
 * Returns null if it names no moment (the caller reports an error). A named but
 * unresolvable moment ("de volgende LRT" with none planned) comes back with date null.
 */
export function parseDeadlineValue(value: string, ctx: DeadlineContext): Moment | null {
  const r = deadlineValueInFile(value, ctx);
  return r !== null && 'input' in r ? valueMoment(r.input, resolveMoments(r, meetingIndex(ctx.meetings))) : r;
}

/** A "termijn:" value in one file: the moment, null when it names none, or a reference to resolve when linking. */
export function deadlineValueInFile(value: string, ctx: FileDeadlineContext): Moment | null | MeetingReference {
  const trimmed = value.trim();
  if (ISO_VALUE.test(trimmed)) {
    const [y, m, d] = trimmed.split('-').map(Number);
    return isoDate(y ?? 0, m ?? 0, d ?? 0) ? { date: trimmed, text: trimmed } : null;
  }
  const found = scanMoments(trimmed, ctx, 'value');
  return Array.isArray(found) ? valueMoment(trimmed, found) : found;
}

/** A "termijn:" value's moment from the moments found in it (the value trimmed). */
export function valueMoment(trimmed: string, moments: Moment[]): Moment | null {
  const moment = moments[0];
  if (!moment) return null;
  // The whole value must be the moment: "vijftien januari 2027" is not "januari 2027", and
  // "31 februari 2027" is no date at all. Only joining words may be left over.
  const rest = trimmed.replace(moment.text, ' ').toLowerCase();
  return /[\p{L}\p{N}]/u.test(rest.replace(LEFTOVER_WORDS, ' ')) ? null : moment;
}

function settled(found: Moment[] | MeetingReference, meetings: DeadlineContext['meetings']): Moment[] {
  return Array.isArray(found) ? found : resolveMoments(found, meetingIndex(meetings));
}

const LEFTOVER_WORDS = /(?<![\p{L}])(uiterlijk|uiterst|v[oó]{2}r|voor|tot|en|met|op|per|in|de|het|rond|tegen|tenminste|ten minste|uiterlijk op|graag)(?![\p{L}])/gu;
