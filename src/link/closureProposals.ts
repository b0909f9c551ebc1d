import type { Diagnostic } from '../schema/diagnostic.js';
import type { Agreement } from '../schema/register.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import type { DocumentRecord, StatusUpdateRecord } from '../extract/extractSideFiles.js';
import { diagnostic } from '../diagnostics/diagnostic.js';

/** Ids as `lrt ids` writes them ("lrt-2023-04-21-3", "prt-utrecht-2024-03-07-1"), anywhere in a text. */
const ID_IN_TEXT = /\b[a-z][a-z0-9-]*-\d{4}-\d{2}-\d{2}-\d+\b/g;

/**
 * A closure proposed by the owner (status: afdoeningsvoorstel) is adopted by a later Besluit that
 * names the agreement's id, in its text or with "vervolg op": the agreement becomes afgerond from
 * that meeting on. A Besluit that names an id with no proposal before it changes nothing here.
 */
export function adoptionFollowUps(minutes: MinutesRecord[], byId: Map<string, Agreement>): void {
  for (const m of minutes) {
    for (const decision of m.agreements) {
      if (decision.kind !== 'besluit') continue;
      const named = new Set([...(decision.text.match(ID_IN_TEXT) ?? []), ...(decision.followUpOf ? [decision.followUpOf] : [])]);
      named.delete(decision.id);
      for (const id of named) {
        const a = byId.get(id);
        if (!a?.followUps.some((f) => f.relation === 'afdoeningsvoorstel' && f.date !== null && f.date <= m.meeting.date)) continue;
        // "vervolg op" already put the Besluit in the history: that entry now also closes it.
        const written = a.followUps.find((f) => f.kind === 'vergadering' && f.ref === decision.id);
        if (written) Object.assign(written, { status: 'afgerond', relation: 'afgedaan' });
        else
          a.followUps.push({
            date: m.meeting.date, source: m.file, kind: 'vergadering', ref: decision.id, text: `${decision.label}: ${decision.text}`,
            status: 'afgerond', line: decision.source.line, relation: 'afgedaan',
          });
      }
    }
  }
}

/**
 * After the as-of cut and the status: the proposal still waiting for the table, if any (none once
 * a later follow-up closed the agreement or the table adopted it).
 */
export function markClosure(agreements: Agreement[], updates: StatusUpdateRecord[]): void {
  const evidence = new Map(updates.map((u) => [u.file, u.proposal?.evidence ?? null]));
  for (const a of agreements) {
    const at = a.followUps.map((f) => f.relation).lastIndexOf('afdoeningsvoorstel');
    if (at < 0 || a.status === 'afgerond' || a.status === 'vervallen') continue;
    if (a.followUps.slice(at + 1).some((f) => f.relation === 'afgedaan' || f.status === 'afgerond' || f.status === 'vervallen')) continue;
    const p = a.followUps[at]!;
    a.closureProposal = { date: p.date!, source: { file: p.source, line: p.line }, text: p.text, evidence: evidence.get(p.source) ?? null };
  }
}

/** A proposal says what shows the work is done: a document of the project or a link. */
export function checkClosureProposals(updates: StatusUpdateRecord[], documents: DocumentRecord[]): Diagnostic[] {
  const ids = new Set(documents.map((d) => d.fm.id));
  const out: Diagnostic[] = [];
  for (const u of updates) {
    if (!u.proposal) continue;
    const e = u.proposal.evidence;
    if (e === null) out.push(diagnostic('closure-evidence-missing', u.file, u.proposal.at, { id: u.agreementId }));
    else if (!/^https?:\/\//.test(e) && !ids.has(e)) out.push(diagnostic('closure-document-unknown', u.file, u.proposal.at, { value: e }));
  }
  return out;
}
