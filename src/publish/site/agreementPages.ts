import type { Agreement, FollowUp } from '../../schema/register.js';
import { formatDateNl } from '../formatDateNl.js';
import { abbreviateText } from './abbreviate.js';
import { agreementCard, type AgreementCard } from './agreementCard.js';
import { RELATION_LABEL } from './followUpView.js';
import { FOLLOW_UP_KIND_LABEL, KIND_LABEL, STATUS_LABEL, STATUS_SOURCE_LABEL, meetingTitle } from './dutchLabels.js';
import type { SiteContext } from './siteContext.js';
import { followUpView, type FollowUpView } from './followUpView.js';

export interface TimelineEntry {
  dateLabel: string;
  kindLabel: string;
  title: string;
  url: string | null;
  textHtml: string;
  status: FollowUp['status'] | null;
  statusLabel: string | null;
  /** Replaced, withdrawn, closure proposed, closure adopted: what the entry did beyond a status. */
  relationLabel?: string | null;
}

export interface AgreementPage extends AgreementCard, FollowUpView {
  title: string;
  label: string;
  statusSourceLabel: string;
  /** Where the status explanation points: the proposed follow-up, when that is all there is. */
  statusSourceUrl: string | null;
  moments: { dateLabel: string | null; text: string; note: string | null }[];
  followUpOf: { id: string; url: string | null } | null;
  followedBy: { id: string; url: string }[];
  timeline: TimelineEntry[];
  source: { file: string; line: number; href: string | null };
}

/** Where a follow-up points and what to call it. */
function followUpEntry(f: FollowUp, ctx: SiteContext, seen: Set<string>): TimelineEntry {
  const base = {
    dateLabel: f.date ? formatDateNl(f.date) : 'datum onbekend',
    kindLabel: FOLLOW_UP_KIND_LABEL[f.kind],
    // A carried-over agreement left as lrt new wrote it: on the agenda, nothing new said.
    textHtml: f.text ? abbreviateText(f.text, ctx.glossary, seen) : 'Stond op de agenda; er is niets nieuws over vermeld.',
    status: f.status ?? null,
    statusLabel: f.status ? STATUS_LABEL[f.status] : null,
    relationLabel: f.relation ? RELATION_LABEL[f.relation] : null,
  };
  if (f.kind === 'stuk') {
    const doc = ctx.register.documents.find((d) => d.id === f.ref);
    // An undated document says when it is from in words ("mei 2023; …"): show the first part.
    const dating = !f.date && doc?.dating ? `datum onzeker: ${doc.dating.split(';')[0]!.trim()}` : base.dateLabel;
    return { ...base, dateLabel: dating, title: doc?.title ?? f.text, url: doc ? ctx.urls.document(doc.id) : null, textHtml: '' };
  }
  const meeting = f.kind === 'vergadering' ? ctx.meetingByFile.get(f.source) : ctx.meetingsById.get(f.ref);
  if (f.kind === 'vergadering') {
    const later = ctx.agreementsById.get(f.ref);
    const url = later ? ctx.urls.agreement(later.id) : meeting ? ctx.urls.meeting(meeting.id) : null;
    return { ...base, title: meeting ? meetingTitle(meeting) : f.source, url };
  }
  return { ...base, title: meeting ? `bron: ${meetingTitle(meeting)}` : `bron: ${f.ref}`, url: meeting ? ctx.urls.meeting(meeting.id) : null };
}

/** Why the status is what it is; with no follow-up but a proposed one, that proposal ("mogelijk afgedaan in …"). */
function statusSource(a: Agreement, card: AgreementCard): { statusSourceLabel: string; statusSourceUrl: string | null } {
  // A decision counts as done when taken; "no follow-up known" would read as a gap.
  if (a.kind === 'besluit' && a.statusSource === 'standaard') return { statusSourceLabel: 'een besluit geldt als afgerond', statusSourceUrl: null };
  // The owner's proposal is the news: "no follow-up known" beside its badge would contradict it.
  if (a.closureProposal) return { statusSourceLabel: 'de eigenaar stelde voor af te doen; de tafel moet nog instemmen', statusSourceUrl: null };
  if (a.statusSource === 'standaard' && card.possiblyDone) return { statusSourceLabel: card.possiblyDone.label, statusSourceUrl: card.possiblyDone.url };
  return { statusSourceLabel: STATUS_SOURCE_LABEL[a.statusSource], statusSourceUrl: null };
}

/**
 * An agreement's page (what, who, when, its status today and everything that followed it), one
 * at a time: the build makes them in slices and drops each slice once rendered.
 */
export function agreementPageBuilder(ctx: SiteContext): (a: Agreement) => AgreementPage {
  const followed = new Map<string, Agreement[]>();
  for (const a of ctx.register.agreements) if (a.followUpOf) followed.set(a.followUpOf, [...(followed.get(a.followUpOf) ?? []), a]);
  return (a): AgreementPage => {
    const seen = new Set<string>();
    const card = agreementCard(a, ctx, seen);
    const made: TimelineEntry = {
      dateLabel: formatDateNl(a.meeting.date),
      kindLabel: 'Vergadering',
      title: `${KIND_LABEL[a.kind]} gemaakt in ${meetingTitle(a.meeting)}`,
      url: card.anchorUrl,
      textHtml: '',
      status: null,
      statusLabel: null,
    };
    return {
      ...card,
      title: `${KIND_LABEL[a.kind]} ${a.id}`,
      label: a.label,
      // A decision counts as done when taken; "no follow-up known" would read as a gap.
      ...statusSource(a, card),
      moments: a.deadline.moments.map((m) => ({ dateLabel: m.date ? formatDateNl(m.date) : null, text: m.text, note: m.note ?? null })),
      followUpOf: a.followUpOf ? { id: a.followUpOf, url: ctx.agreementsById.has(a.followUpOf) ? ctx.urls.agreement(a.followUpOf) : null } : null,
      followedBy: (followed.get(a.id) ?? []).map((x) => ({ id: x.id, url: ctx.urls.agreement(x.id) })),
      timeline: [made, ...a.followUps.map((f) => followUpEntry(f, ctx, seen))],
      source: { file: a.source.file, line: a.source.line, href: ctx.sourceHref(a.source.file, a.source.line) },
      ...followUpView(a, ctx),
    };
  };
}
