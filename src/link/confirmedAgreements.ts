import type { Diagnostic } from '../schema/diagnostic.js';
import { unlinkedFields } from '../extract/unlinkedFields.js';
import { CONFIRMED_NOTE, type Agreement, type Moment } from '../schema/register.js';
import { diagnostic, type Position } from '../diagnostics/diagnostic.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import type { ConfirmationRecord, ConfirmedItem } from '../extract/extractConfirmation.js';
import { extractMoments, parseDeadlineValue, type DeadlineContext } from '../extract/deadline.js';
import { normalizeForMatch, squash } from '../extract/normalize.js';

/** Where a quoted sentence stands in a minutes file. */
interface Found {
  text: string;
  line: number;
  column: number;
  count: number;
}

/**
 * The quote in the minutes' text. Whitespace (PDF line breaks), the kind of quote mark and
 * Markdown emphasis do not matter; the front matter is not searched. normalizeForMatch maps
 * character for character, so offsets in the normalised text are offsets in the file.
 */
export function findQuote(text: string, quote: string): Found | null {
  const fence = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const from = fence ? fence[0].length : 0;
  const words = squash(normalizeForMatch(quote)).split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0 || words[0] === '') return null;
  const re = new RegExp(words.join('[\\s*_]+'), 'g');
  const hay = normalizeForMatch(text).slice(from);
  const matches = [...hay.matchAll(re)];
  const m = matches[0];
  if (!m) return null;
  const start = from + m.index;
  const before = text.slice(0, start);
  const nl = before.lastIndexOf('\n');
  return {
    text: squash(text.slice(start, start + m[0].length).replace(/[*_]{2,}/g, '')),
    line: (before.match(/\n/g)?.length ?? 0) + 1,
    column: start - nl,
    count: matches.length,
  };
}

/** The agenda item a line falls under: the nearest heading above it, read as findBlocks reads headings. */
function agendaItemAt(text: string, line: number): Agreement['agendaItem'] {
  const lines = text.split('\n');
  for (let i = line - 1; i >= 0; i--) {
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(lines[i]!);
    if (!h) continue;
    const heading = squash(h[1]!.replace(/[*_]{2,}/g, ''));
    const m = /^(\d+[a-z]?)[.)]?\s+(.*)$/i.exec(heading);
    return { number: m ? m[1]! : null, title: m ? m[2]! : heading };
  }
  return null;
}

/**
 * The agreements the secretariat confirmed in agreements/ for unlabelled sentences of minutes:
 * each found by its quote in the minutes, placed at its line and agenda item, with the deadline
 * read against the meeting date, and marked "zonder label in het verslag, bevestigd door het
 * secretariaat".
 */
export function confirmedAgreements(
  confirmations: ConfirmationRecord[],
  minutes: MinutesRecord[],
): { agreements: Agreement[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const agreements: Agreement[] = [];
  const byMeeting = new Map(minutes.map((m) => [m.meeting.id, m]));
  const meetings = minutes.map((m) => ({ body: m.meeting.body, date: m.meeting.date }));
  for (const c of confirmations) {
    const m = byMeeting.get(c.meetingId);
    if (!m) {
      diagnostics.push(diagnostic('confirmation-meeting-unknown', c.file, c.meetingAt, { value: c.meetingId }));
      continue;
    }
    if (m.meeting.status === 'concept') diagnostics.push(diagnostic('confirmation-concept', c.file, c.meetingAt, { value: c.meetingId }));
    const labelled = new Set(m.agreements.map((a) => a.source.line));
    for (const item of c.items) {
      const a = confirmedAgreement(item, c, m, { meetingDate: m.meeting.date, body: m.meeting.body, meetings }, labelled, diagnostics);
      if (a) agreements.push(a);
    }
  }
  return { agreements, diagnostics };
}

function confirmedAgreement(
  item: ConfirmedItem,
  c: ConfirmationRecord,
  m: MinutesRecord,
  dctx: DeadlineContext,
  labelled: Set<number>,
  diagnostics: Diagnostic[],
): Agreement | null {
  const found = findQuote(m.source.text, item.quote);
  if (!found) {
    diagnostics.push(diagnostic('confirmation-sentence-missing', c.file, item.quoteAt, { file: m.file }));
    return null;
  }
  if (found.count > 1) diagnostics.push(diagnostic('confirmation-sentence-ambiguous', c.file, item.quoteAt, { file: m.file, line: found.line, count: found.count }));
  if (labelled.has(found.line)) {
    diagnostics.push(diagnostic('confirmation-labelled', c.file, item.quoteAt, { file: m.file, line: found.line }));
    return null;
  }
  if (!item.id.startsWith(`${m.meeting.id}-`)) {
    diagnostics.push(diagnostic('confirmation-id-other-meeting', c.file, item.idAt, { value: item.id, meeting: m.meeting.id }));
    return null;
  }
  const moments = deadlineOf(item, found.text, dctx, c.file, diagnostics);
  const first = moments.filter((x) => x.date).sort((x, y) => x.date!.localeCompare(y.date!))[0] ?? null;
  return {
    id: item.id,
    idWritten: true,
    kind: item.kind,
    label: item.label,
    meeting: { id: m.meeting.id, date: m.meeting.date, body: m.meeting.body },
    agendaItem: agendaItemAt(m.source.text, found.line),
    text: found.text,
    owners: item.owners,
    ownersInferred: item.ownersInferred,
    ownerPeople: item.ownerPeople,
    deadline: { date: first?.date ?? null, text: first?.text ?? null, moments },
    status: item.kind === 'besluit' ? 'afgerond' : 'open',
    statusSource: 'standaard',
    overdue: false,
    confirmed: { note: CONFIRMED_NOTE, file: c.file, line: item.idAt.line },
    followUpOf: null,
    followUps: [],
    source: { file: m.file, line: found.line },
    ...unlinkedFields(),
  };
}

function deadlineOf(item: ConfirmedItem, text: string, dctx: DeadlineContext, file: string, diagnostics: Diagnostic[]): Moment[] {
  if (!item.termijn) return extractMoments(text, dctx);
  const at: Position = item.termijn.at;
  const m = parseDeadlineValue(item.termijn.value, dctx);
  if (!m) {
    diagnostics.push(diagnostic('deadline-unreadable', file, at, { value: item.termijn.value }));
    return extractMoments(text, dctx);
  }
  if (m.date && m.date < dctx.meetingDate) diagnostics.push(diagnostic('deadline-before-meeting', file, at, { value: m.date, meeting: dctx.meetingDate }));
  return [m];
}
