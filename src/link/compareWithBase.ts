import type { Diagnostic } from '../schema/diagnostic.js';
import type { Agreement } from '../schema/register.js';
import type { SourceRecord } from '../extract/extractAll.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import type { SourceText } from '../parse/parseSource.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { keptShare } from './keptShare.js';
import { diffLines, currentLineOf } from './diffLines.js';
import { findAdoptedEdit } from './findAdoptedEdit.js';
import { isLabelFix } from './isLabelFix.js';
import type { Labels } from '../schema/registry.js';
import { compareSideFiles } from './compareSideFiles.js';

/**
 * Below this share of its words kept, an agreement's text says something else: the id now
 * names another agreement. Typo fixes, added words and a reworded half stay above it.
 */
export const SAME_TEXT = 0.5;
/** Both ways at least this share: the same block, found under another id. */
const MOVED_TEXT = 0.75;

interface Side {
  records: SourceRecord[];
  /** Every file that could be read, also those whose front matter is broken. */
  parsed?: SourceText[];
  diagnostics?: Diagnostic[];
}

/**
 * What a change does to what was already published. The base is the register as it stands
 * (the main branch); everything that was published there stays findable under the same id:
 * ids are not removed, reused or renumbered, meetings and documents are not deleted, adopted
 * minutes are not edited, status updates stay in the history. Lines point into the current files (line 1 of a file that is gone).
 */
export function compareWithBase(base: Side, current: Side, labels?: Labels): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Correcting a misspelled label is what label-misspelled asks for, also in adopted minutes.
  const labelFix = (before: string, after: string) => (labels ? isLabelFix(before, after, labels) : false);
  const baseMinutes = minutesOf(base);
  const curMinutes = minutesOf(current);
  const curByMeeting = new Map(curMinutes.map((m) => [m.meeting.id, m]));
  const curByFile = new Map(curMinutes.map((m) => [m.file, m]));
  const baseMeetingIds = new Set(baseMinutes.map((m) => m.meeting.id));
  // A file that is still there but no longer reads as minutes is broken, not removed: its own errors say why.
  const curText = new Map((current.parsed ?? []).map((p) => [p.file, p.text]));
  const stillThere = new Set([...curText.keys(), ...(current.diagnostics ?? []).map((d) => d.file)]);

  /** Base meeting id → its minutes now (same meeting id, or else the same file). */
  const pairs = new Map<string, MinutesRecord>();
  for (const b of baseMinutes) {
    const byFile = curByFile.get(b.file);
    const c = curByMeeting.get(b.meeting.id) ?? (byFile && !baseMeetingIds.has(byFile.meeting.id) ? byFile : undefined);
    if (!c && stillThere.has(b.file)) {
      const text = curText.get(b.file);
      const edit = b.meeting.status === 'vastgesteld' && text !== undefined ? findAdoptedEdit(b.source.text, text, b.meeting.adoptedIn !== null, labelFix) : null;
      if (edit) out.push(diagnostic('adopted-edited', b.file, { line: edit.line, column: 1 }, { meeting: b.meeting.id, change: edit.change }));
      continue;
    }
    if (!c) {
      const ids = b.agreements.filter((a) => a.idWritten).map((a) => a.id);
      out.push(diagnostic('meeting-removed', b.file, undefined, { meeting: b.meeting.id, ids: ids.join(', '), adopted: b.meeting.status === 'vastgesteld' ? 'ja' : '' }));
      continue;
    }
    pairs.set(b.meeting.id, c);
    if (c.meeting.id !== b.meeting.id) {
      const fm = c.source.frontmatter!;
      const hasId = typeof fm.data === 'object' && fm.data !== null && 'id' in fm.data;
      out.push(diagnostic('meeting-id-changed', c.file, fm.positionOf([hasId ? 'id' : 'datum']), { old: b.meeting.id, new: c.meeting.id }));
    }
    if (b.meeting.status === 'vastgesteld') {
      const edit = findAdoptedEdit(b.source.text, c.source.text, b.meeting.adoptedIn !== null, labelFix);
      if (edit) out.push(diagnostic('adopted-edited', c.file, { line: edit.line, column: 1 }, { meeting: b.meeting.id, change: edit.change }));
    }
  }

  out.push(...compareIds(baseMinutes, curMinutes, pairs));
  out.push(...compareSideFiles(base.records, current.records, stillThere));
  return out;
}

function minutesOf(side: Side): MinutesRecord[] {
  return side.records.filter((r): r is MinutesRecord => r.kind === 'verslag');
}

/** Ids: every published id still names the same agreement, in the same meeting. */
function compareIds(baseMinutes: MinutesRecord[], curMinutes: MinutesRecord[], pairs: Map<string, MinutesRecord>): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Only written ids are published for good; a provisional id may still move.
  const published = baseMinutes.filter((m) => pairs.has(m.meeting.id)).flatMap((m) => m.agreements.filter((a) => a.idWritten));
  const baseById = new Map(published.map((a) => [a.id, a]));
  const current = curMinutes.flatMap((m) => m.agreements.map((a) => ({ a, m })));
  const curById = new Map<string, Agreement>();
  for (const { a } of current) if (a.idWritten && !curById.has(a.id)) curById.set(a.id, a);

  const inMeeting = (b: Agreement, c: Agreement) => pairs.get(b.meeting.id)?.meeting.id === c.meeting.id;
  const same = (b: Agreement, c: Agreement | undefined) => !!c && b.kind === c.kind && inMeeting(b, c) && keptShare(b.text, c.text) >= SAME_TEXT;
  const moved = (b: Agreement, c: Agreement) =>
    b.kind === c.kind && inMeeting(b, c) && keptShare(b.text, c.text) >= MOVED_TEXT && keptShare(c.text, b.text) >= MOVED_TEXT;
  const accounted = new Set<string>();
  /** A published agreement whose own id no longer holds it, that `c` looks like. */
  const foundElsewhere = (c: Agreement) =>
    published
      .filter((b) => (b.id !== c.id || !c.idWritten) && !accounted.has(b.id) && !same(b, curById.get(b.id)) && moved(b, c))
      .sort((x, y) => keptShare(y.text, c.text) - keptShare(x.text, c.text))[0];

  const movedTo = new Map<string, string>();
  const plan: { c: Agreement; m: MinutesRecord; was?: Agreement }[] = [];
  for (const { a: c, m } of current) {
    const own = baseById.get(c.id);
    if (c.idWritten && own && curById.get(c.id) === c && same(own, c)) {
      accounted.add(c.id);
      continue;
    }
    const was = foundElsewhere(c);
    if (was) {
      accounted.add(was.id);
      movedTo.set(was.id, c.id);
    }
    plan.push({ c, m, ...(was ? { was } : {}) });
  }

  for (const { c, m, was } of plan) {
    const at = idLineOf(m, c);
    if (!c.idWritten) {
      if (was) out.push(diagnostic('id-line-removed', m.file, { line: c.source.line, column: 1 }, { id: was.id, provisional: c.id === was.id ? '' : c.id }));
      continue;
    }
    if (curById.get(c.id) !== c) continue; // a second block with this id: id-duplicate says so
    if (was) {
      out.push(diagnostic('id-renumbered', m.file, at, { id: c.id, old: was.id, other: '', text: '' }));
      continue;
    }
    const b = baseById.get(c.id);
    if (!b) continue; // a new id for a new block
    accounted.add(b.id);
    const elsewhere = movedTo.get(b.id);
    if (elsewhere) {
      out.push(diagnostic('id-renumbered', m.file, at, { id: c.id, old: '', other: elsewhere, text: excerpt(b.text) }));
      continue;
    }
    out.push(
      diagnostic('id-changed', m.file, at, {
        id: c.id,
        kindBefore: b.kind !== c.kind ? b.kind : '',
        kindAfter: b.kind !== c.kind ? c.kind : '',
        meetingBefore: inMeeting(b, c) ? '' : b.meeting.id,
        meetingAfter: inMeeting(b, c) ? '' : c.meeting.id,
        textBefore: keptShare(b.text, c.text) < SAME_TEXT ? excerpt(b.text) : '',
      }),
    );
  }

  for (const b of published) {
    if (accounted.has(b.id) || curById.has(b.id)) continue;
    const now = pairs.get(b.meeting.id)!;
    const baseMinutesOfB = baseMinutes.find((x) => x.meeting.id === b.meeting.id)!;
    const line = currentLineOf(diffLines(baseMinutesOfB.source.text.split('\n'), now.source.text.split('\n')), b.source.line, now.source.text.split('\n').length);
    out.push(
      diagnostic('id-removed', now.file, { line, column: 1 }, {
        id: b.id,
        label: b.label,
        text: excerpt(b.text),
        concept: now.meeting.status === 'concept' ? 'ja' : '',
      }),
    );
  }
  return out;
}

/** The "- id:" line of a block, where an annotation belongs; the block's own line otherwise. */
function idLineOf(m: MinutesRecord, a: Agreement): { line: number; column: number } {
  const lines = m.source.text.split('\n');
  const re = new RegExp(`^(\\s*[-*+]\\s+)(id|kenmerk)\\s*:\\s*${a.id.replace(/[-]/g, '\\-')}\\s*$`, 'i');
  for (let i = a.source.line - 1; i < Math.min(lines.length, a.source.line + 40); i++) {
    const hit = re.exec(lines[i]!);
    if (hit) return { line: i + 1, column: hit[1]!.length + 1 };
  }
  return { line: a.source.line, column: 1 };
}

function excerpt(text: string): string {
  return text.length > 90 ? `${text.slice(0, 88).trimEnd()}…` : text;
}
