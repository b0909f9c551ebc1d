import type { Agreement, FollowUpRelation } from '../../schema/register.js';
import { formatDateNl } from '../formatDateNl.js';
import { CLOSURE_PROPOSED, LIFECYCLE_LABEL, POSSIBLY_DONE, meetingTitle } from './dutchLabels.js';
import type { SiteContext } from './siteContext.js';

/** What a follow-up did, as the timeline names it. */
export const RELATION_LABEL: Record<FollowUpRelation, string> = {
  vervangen: 'vervangen door een later besluit',
  ingetrokken: 'ingetrokken door een later besluit',
  afdoeningsvoorstel: 'afdoeningsvoorstel van de eigenaar',
  afgedaan: 'afdoeningsvoorstel aangenomen',
};

interface IdLink {
  id: string;
  url: string | null;
}

/** What the agreement page shows of an agreement's lifecycle, its open closure proposal and the proposed follow-ups. */
export interface FollowUpView {
  lifecycle: { label: string; by: IdLink } | null;
  replaces: { label: string; ids: IdLink[] }[];
  closureProposal: { dateLabel: string; text: string; evidence: string | null; evidenceUrl: string | null; source: string } | null;
  suggestions: { text: string; file: string; line: number; score: string; href: string | null; meetingUrl: string | null }[];
}

/** The lifecycle label a card shows instead of the bare status: "Vervangen", "Ingetrokken". */
export function lifecycleStatusLabel(a: Agreement): string | null {
  if (a.supersededBy) return LIFECYCLE_LABEL.vervangen;
  if (a.withdrawnBy) return LIFECYCLE_LABEL.ingetrokken;
  return null;
}

/** The badge beside the status while the owner's closure proposal awaits the table: its word and, on hover, what it means. */
export function closureBadge(a: Agreement): { label: string; title: string } | null {
  const p = a.closureProposal;
  if (!p) return null;
  return { label: CLOSURE_PROPOSED, title: `De eigenaar stelde op ${formatDateNl(p.date)} voor deze afspraak af te doen; de tafel moet nog instemmen.` };
}

/** "mogelijk afgedaan in LRT 25 april 2023, regel 32": the best proposal, linked to its meeting. */
export function possiblyDone(a: Agreement, ctx: SiteContext): { label: string; url: string | null } | null {
  const s = a.suggestions[0];
  if (!s) return null;
  const meeting = ctx.meetingByFile.get(s.source.file);
  const doc = ctx.register.documents.find((d) => d.file === s.source.file);
  const where = meeting ? meetingTitle(meeting) : (doc?.title ?? s.source.file);
  return {
    label: `${POSSIBLY_DONE} ${where}, regel ${s.source.line}`,
    url: meeting ? ctx.urls.meeting(meeting.id) : doc ? ctx.urls.document(doc.id) : null,
  };
}

export function followUpView(a: Agreement, ctx: SiteContext): FollowUpView {
  const link = (id: string): IdLink => ({ id, url: ctx.agreementsById.has(id) ? ctx.urls.agreement(id) : null });
  const by = a.supersededBy ?? a.withdrawnBy;
  const p = a.closureProposal;
  const doc = p?.evidence ? ctx.register.documents.find((d) => d.id === p.evidence) : undefined;
  return {
    lifecycle: by ? { label: a.supersededBy ? LIFECYCLE_LABEL.vervangenDoor : LIFECYCLE_LABEL.ingetrokkenDoor, by: link(by) } : null,
    replaces: [
      ...(a.supersedes.length ? [{ label: LIFECYCLE_LABEL.vervangt, ids: a.supersedes.map(link) }] : []),
      ...(a.withdraws.length ? [{ label: LIFECYCLE_LABEL.trektIn, ids: a.withdraws.map(link) }] : []),
    ],
    closureProposal: p
      ? {
          dateLabel: formatDateNl(p.date),
          text: p.text,
          evidence: doc?.title ?? p.evidence,
          // Only a document of the project or a web address becomes a link; anything else is shown as text.
          evidenceUrl: doc ? ctx.urls.document(doc.id) : p.evidence && /^https?:\/\//.test(p.evidence) ? p.evidence : null,
          source: `${p.source.file}:${p.source.line}`,
        }
      : null,
    suggestions: a.suggestions.map((s) => {
      const meeting = ctx.meetingByFile.get(s.source.file);
      return {
        text: s.text,
        file: s.source.file,
        line: s.source.line,
        score: s.score.toFixed(2).replace('.', ','),
        href: ctx.sourceHref(s.source.file, s.source.line),
        meetingUrl: meeting ? ctx.urls.meeting(meeting.id) : null,
      };
    }),
  };
}
