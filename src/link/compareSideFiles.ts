import type { Diagnostic } from '../schema/diagnostic.js';
import type { SourceRecord } from '../extract/extractAll.js';
import type { DocumentRecord, StatusUpdateRecord } from '../extract/extractSideFiles.js';
import type { ConfirmationRecord } from '../extract/extractConfirmation.js';
import { diagnostic } from '../diagnostics/diagnostic.js';

/**
 * What a change does to the published files in agreements/: a document keeps its id (agreements
 * and the site link to it), and a status update that was published stays in an agreement's
 * history. A file still there whose front matter no longer reads is left to its own errors.
 */
export function compareSideFiles(base: SourceRecord[], current: SourceRecord[], stillThere: Set<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const docs = (rs: SourceRecord[]) => rs.filter((r): r is DocumentRecord => r.kind === 'stuk');
  const updates = (rs: SourceRecord[]) => rs.filter((r): r is StatusUpdateRecord => r.kind === 'voortgang');

  const curDocIds = new Set(docs(current).map((d) => d.fm.id));
  const curDocByFile = new Map(docs(current).map((d) => [d.file, d]));
  for (const d of docs(base)) {
    if (curDocIds.has(d.fm.id)) continue;
    const now = curDocByFile.get(d.file);
    if (now) out.push(diagnostic('document-id-changed', now.file, now.source.frontmatter!.positionOf(['id']), { old: d.fm.id, new: now.fm.id }));
    else if (!stillThere.has(d.file)) out.push(diagnostic('document-removed', d.file, undefined, { id: d.fm.id, agreements: d.fm.voert_uit.join(', ') }));
  }

  // The same update: the same agreement on the same date, in whatever file.
  const key = (u: StatusUpdateRecord) => `${u.agreementId}\0${u.date}`;
  const curUpdates = new Set(updates(current).map(key));
  const curUpdateByFile = new Map(updates(current).map((u) => [u.file, u]));
  for (const u of updates(base)) {
    if (curUpdates.has(key(u))) continue;
    const now = curUpdateByFile.get(u.file);
    if (!now && stillThere.has(u.file)) continue;
    out.push(
      diagnostic('status-update-removed', u.file, now ? now.refAt : undefined, { agreement: u.agreementId, date: u.date, status: u.status ?? '' }),
    );
  }
  // A confirmed agreement was published under its id: it stays, as a labelled block does.
  const confirmations = (rs: SourceRecord[]) => rs.filter((r): r is ConfirmationRecord => r.kind === 'bevestiging');
  const curConfirmed = new Set(confirmations(current).flatMap((c) => c.items.map((i) => i.id)));
  const curConfirmationByFile = new Map(confirmations(current).map((c) => [c.file, c]));
  for (const c of confirmations(base)) {
    const now = curConfirmationByFile.get(c.file);
    if (!now && stillThere.has(c.file)) continue;
    for (const item of c.items)
      if (!curConfirmed.has(item.id))
        out.push(diagnostic('confirmation-removed', c.file, now ? now.meetingAt : undefined, { id: item.id, text: item.quote.length > 90 ? `${item.quote.slice(0, 88).trimEnd()}…` : item.quote }));
  }
  return out;
}
