import type { Diagnostic } from '../schema/diagnostic.js';
import type { Agreement, FollowUp, Register } from '../schema/register.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceRecord } from '../extract/extractAll.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import type { StatusUpdateRecord, DocumentRecord } from '../extract/extractSideFiles.js';
import { closest } from '../parse/closest.js';
import { findNameLeaks } from './findNameLeaks.js';
import { carriedNoteText } from './carriedNoteText.js';
import type { ConfirmationRecord } from '../extract/extractConfirmation.js';
import { confirmedAgreements } from './confirmedAgreements.js';
import { lifecycleFollowUps, markLifecycle } from './lifecycleFollowUps.js';
import { adoptionFollowUps, checkClosureProposals, markClosure } from './closureProposals.js';
import { computeEachTime, rememberedSuggestions, type LinkMemo } from './rememberedSuggestions.js';
import type { FilePassages } from './filePassages.js';
import type { Organisation } from '../schema/registry.js';

export interface Linked {
  register: Register;
  diagnostics: Diagnostic[];
}

/**
 * Joins agreements to what came after them (later minutes, status updates, documents), derives
 * status and overdue as of a date, and checks what can only be checked across files.
 */
export function buildRegister(
  records: SourceRecord[], asOf: string, generated: string, organisations: Organisation[] = [],
  /** The files' passages as read with each file (readFilePassages); the others are read here. */
  read: ReadonlyMap<string, FilePassages> = new Map(),
  /** Keeps the follow-up proposals between runs over the same files (cli/'s cache); by default they are computed. */
  memo: LinkMemo = computeEachTime,
): Linked {
  const diagnostics: Diagnostic[] = [];
  // Adopted minutes before drafts: when a draft (status concept, as lrt import writes it) collides
  // with published minutes, the draft is the one that is told, never the published file.
  const minutes = records
    .filter((r): r is MinutesRecord => r.kind === 'verslag')
    .map((m, i) => ({ m, i }))
    .sort((x, y) => Number(x.m.meeting.status === 'concept') - Number(y.m.meeting.status === 'concept') || x.i - y.i)
    .map((x) => x.m);
  const published = new Set(minutes.filter((m) => m.meeting.status === 'vastgesteld').map((m) => m.file));
  const drafts = new Set(minutes.filter((m) => m.meeting.status === 'concept').map((m) => m.file));
  const isDraft = (file: string) => drafts.has(file);
  const updates = records.filter((r): r is StatusUpdateRecord => r.kind === 'voortgang');
  const documents = records.filter((r): r is DocumentRecord => r.kind === 'stuk');
  const confirmations = records.filter((r): r is ConfirmationRecord => r.kind === 'bevestiging');

  const meetingFile = new Map<string, string>();
  for (const m of minutes) {
    const other = meetingFile.get(m.meeting.id);
    if (other && published.has(other) && m.meeting.status === 'concept')
      diagnostics.push(diagnostic('meeting-draft-of-published', m.file, m.source.frontmatter!.positionOf(['datum']), { value: m.meeting.id, other }));
    else if (other) diagnostics.push(diagnostic('meeting-duplicate', m.file, m.source.frontmatter!.positionOf(['datum']), { value: m.meeting.id, other }));
    else meetingFile.set(m.meeting.id, m.file);
  }
  for (const m of minutes) {
    if (m.meeting.adoptedIn && !meetingFile.has(m.meeting.adoptedIn))
      diagnostics.push(diagnostic('meeting-unknown', m.file, m.source.frontmatter!.positionOf(['vastgesteld_in']), { key: 'vastgesteld_in', value: m.meeting.adoptedIn }));
  }

  // Copies, so the records stay as extracted and a rebuild with another as-of date is clean.
  const agreements: Agreement[] = minutes.flatMap((m) => m.agreements.map((a) => ({ ...a, followUps: [] as FollowUp[] })));
  // Unlabelled sentences of adopted minutes, confirmed in agreements/: built here, where the minutes are known.
  const confirmed = confirmedAgreements(confirmations, minutes);
  diagnostics.push(...confirmed.diagnostics);
  agreements.push(...confirmed.agreements);
  const byId = new Map<string, Agreement>();
  for (const a of agreements) {
    const other = byId.get(a.id);
    if (other && published.has(other.source.file) && isDraft(a.source.file))
      diagnostics.push(diagnostic('id-duplicate-in-draft', a.source.file, { line: a.source.line, column: 1 }, { value: a.id, other: `${other.source.file}:${other.source.line}` }));
    else if (other) diagnostics.push(diagnostic('id-duplicate', a.source.file, { line: a.source.line, column: 1 }, { value: a.id, other: `${other.source.file}:${other.source.line}` }));
    else byId.set(a.id, a);
  }
  const ids = [...byId.keys()];
  const target = (ref: string, file: string, at: { line: number; column: number }) => {
    const a = byId.get(ref);
    if (!a) diagnostics.push(diagnostic('followup-unknown', file, at, { value: ref, suggestion: closest(ref, ids, 2) ?? '' }));
    return a;
  };

  for (const m of minutes) {
    for (const r of m.followUpRefs) {
      const from = byId.get(r.from)!;
      if (r.ref === r.from) {
        diagnostics.push(diagnostic('followup-self', m.file, r.at, { value: r.ref }));
        continue;
      }
      target(r.ref, m.file, r.at)?.followUps.push({
        date: m.meeting.date, source: m.file, kind: 'vergadering', ref: r.from, text: `${from.label}: ${from.text}`, line: from.source.line,
      });
    }
    for (const n of m.notes) {
      // Read and checked in extraction (extractMinutes: an unknown status is an error there).
      const status = n.status?.value as FollowUp['status'] | undefined;
      const a = target(n.ref, m.file, n.refAt);
      a?.followUps.push({
        date: n.date, source: m.file, kind: 'vergadering', ref: n.meetingId, text: carriedNoteText(n.text, a), line: n.at.line, ...(status ? { status } : {}),
      });
    }
  }
  for (const u of updates) {
    target(u.agreementId, u.file, u.refAt)?.followUps.push({
      date: u.date, source: u.file, kind: 'voortgang', ref: u.bron ?? u.file, text: u.text, line: u.refAt.line, ...(u.status ? { status: u.status } : {}),
      ...(u.proposal ? { relation: 'afdoeningsvoorstel' as const } : {}),
    });
  }
  for (const d of documents) {
    d.fm.voert_uit.forEach((ref, i) => {
      target(ref, d.file, d.carriesOutAt[i]!)?.followUps.push({
        date: d.fm.datum, source: d.file, kind: 'stuk', ref: d.fm.id, text: d.fm.titel, status: d.fm.status, line: d.carriesOutAt[i]!.line,
      });
    });
  }

  diagnostics.push(...lifecycleFollowUps(minutes, byId, target));
  adoptionFollowUps(minutes, byId);
  diagnostics.push(...checkClosureProposals(updates, documents));

  for (const a of agreements) {
    // The register as it stood on the as-of date: a follow-up dated later (minutes written ahead
    // of their meeting by "lrt new") has not happened yet, for the status nor for the history.
    a.followUps = a.followUps.filter((f) => f.date === null || f.date <= asOf);
    // Undated follow-ups (a document of unknown date) sort last: they are known to come after.
    a.followUps.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999'));
    const last = [...a.followUps].reverse().find((f) => f.status);
    if (last?.status) {
      a.status = last.status;
      a.statusSource = last.kind === 'vergadering' ? 'verslag' : last.kind;
    }
    a.overdue = (a.status === 'open' || a.status === 'loopt') && a.deadline.date !== null && a.deadline.date < asOf;
  }
  markLifecycle(agreements, byId);
  markClosure(agreements, updates);
  diagnostics.push(...rememberedSuggestions(agreements, records, asOf, organisations, read, memo));
  agreements.sort((x, y) => x.meeting.date.localeCompare(y.meeting.date) || x.source.file.localeCompare(y.source.file) || x.source.line - y.source.line);

  // Nothing lost: every labelled block found in a file is in the register.
  const perFile = new Map<string, number>();
  for (const a of agreements) if (!a.confirmed) perFile.set(a.source.file, (perFile.get(a.source.file) ?? 0) + 1);
  for (const m of minutes) {
    const registered = perFile.get(m.file) ?? 0;
    if (registered !== m.blockCount) diagnostics.push(diagnostic('block-lost', m.file, undefined, { found: m.blockCount, registered }));
  }
  diagnostics.push(...findNameLeaks(records));

  // The register as it stood on the as-of date: every file is checked above, but a meeting held
  // later, its agreements and a document dated later were not there yet.
  const register: Register = {
    generated,
    asOf,
    meetings: minutes
      .map((m) => m.meeting)
      .filter((m) => m.date <= asOf)
      .sort((x, y) => x.date.localeCompare(y.date) || x.body.localeCompare(y.body)),
    documents: documents
      .filter((d) => d.fm.datum === null || d.fm.datum <= asOf)
      .map((d) => ({
        id: d.fm.id, title: d.fm.titel, date: d.fm.datum, dating: d.fm.datering ?? null, senders: d.fm.afzenders, carriesOut: d.fm.voert_uit, file: d.file,
      })),
    agreements: agreements.filter((a) => a.meeting.date <= asOf),
  };
  return { register, diagnostics };
}
