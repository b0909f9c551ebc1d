import type { Meeting } from '../../schema/register.js';
import { formatDateNl } from '../formatDateNl.js';
import { abbreviateText } from './abbreviate.js';
import { agreementCard, type AgreementCard } from './agreementCard.js';
import { blockMarks } from './blockMeta.js';
import { meetingTitle } from './dutchLabels.js';
import { renderSource } from './renderMemo.js';
import { groupBy, type SiteContext } from './siteContext.js';
import { meetingChangesBuilder, type MeetingChanges } from './meetingChangesView.js';

export interface LinkRef {
  title: string;
  url: string;
}

/** A document named at a meeting: a page of its own when the project holds it, else its link, else only its title. */
export interface DocumentRef {
  title: string;
  url: string | null;
  external: boolean;
  dateLabel: string | null;
}

export interface MeetingPage {
  /** What changed to the body's agreements since its previous meeting. */
  changes: MeetingChanges;
  id: string;
  url: string;
  title: string;
  bodyName: string;
  dateLabel: string;
  year: string;
  concept: boolean;
  adoptedIn: LinkRef | null;
  /** Minutes of earlier meetings adopted in this one. */
  adopts: LinkRef[];
  chairHtml: string | null;
  presentHtml: string[];
  absentHtml: string[];
  agenda: { id: string; text: string }[];
  blocks: AgreementCard[];
  documents: DocumentRef[];
  minutesHtml: string;
  previous: LinkRef | null;
  next: LinkRef | null;
  source: { file: string; href: string | null };
}

export interface MeetingSummary extends LinkRef {
  id: string;
  dateLabel: string;
  concept: boolean;
  agreements: number;
  decisions: number;
}

export interface MeetingYear {
  year: string;
  meetings: MeetingSummary[];
}

export const meetingLink = (m: Meeting, ctx: SiteContext): LinkRef => ({ title: meetingTitle(m), url: ctx.urls.meeting(m.id) });

export function meetingSummary(m: Meeting, ctx: SiteContext): MeetingSummary {
  const own = ctx.agreementsByMeeting.get(m.id) ?? [];
  return {
    ...meetingLink(m, ctx),
    id: m.id,
    dateLabel: formatDateNl(m.date),
    concept: m.status === 'concept',
    agreements: own.filter((a) => a.kind !== 'besluit').length,
    decisions: own.filter((a) => a.kind === 'besluit').length,
  };
}

/** Every meeting, newest year first, for /vergaderingen/. */
export function meetingYears(ctx: SiteContext): MeetingYear[] {
  const years = new Map<string, MeetingSummary[]>();
  for (const m of [...ctx.register.meetings].reverse()) {
    const y = m.date.slice(0, 4);
    years.set(y, [...(years.get(y) ?? []), meetingSummary(m, ctx)]);
  }
  return [...years.entries()].map(([year, meetings]) => ({ year, meetings }));
}

/**
 * A meeting's page (the minutes rendered from the tree the register was read from), one at a
 * time: the build makes them in slices and drops each slice once rendered.
 */
export function meetingPageBuilder(
  ctx: SiteContext,
  changesOf: (m: Meeting, previous: Meeting | null) => MeetingChanges = meetingChangesBuilder(ctx),
): (m: Meeting, asked?: (ref: string) => void) => MeetingPage {
  const meetings = ctx.register.meetings;
  const byBody = groupBy(meetings, (x) => x.body);
  const adoptedBy = groupBy(meetings, (x) => x.adoptedIn);
  // `asked` hears every "vervolg op" the minutes link to: the page changes when one comes to exist or goes.
  return (m, asked) => {
    const record = ctx.minutesByMeeting.get(m.id);
    const seen = new Set<string>();
    const agreements = ctx.agreementsByMeeting.get(m.id) ?? [];
    const sameBody = byBody.get(m.body)!;
    const at = sameBody.indexOf(m);
    const adopter = m.adoptedIn ? ctx.meetingsById.get(m.adoptedIn) : undefined;
    const chairHtml = m.chair ? abbreviateText(m.chair, ctx.glossary, seen) : null;
    const presentHtml = m.present.map((p) => abbreviateText(p, ctx.glossary, seen));
    const absentHtml = m.absent.map((p) => abbreviateText(p, ctx.glossary, seen));
    const rendered = record
      ? renderSource(record.source, ctx.treeOf(record.file), {
          glossary: ctx.glossary,
          seen,
          marks: blockMarks(agreements, ctx, record.blockHosts),
          followUpHref: (ref) => {
            asked?.(ref);
            return ctx.agreementsById.has(ref) ? ctx.urls.agreement(ref) : null;
          },
          headingPrefix: 'punt',
          topLevel: 3,
        }, ctx.renderMemo)
      : { html: '', headings: [] };
    const ids = new Set(agreements.map((a) => a.id));
    return {
      id: m.id,
      url: ctx.urls.meeting(m.id),
      title: meetingTitle(m),
      bodyName: ctx.registry.organen.find((b) => b.code === m.body)?.naam ?? m.body,
      dateLabel: formatDateNl(m.date),
      year: m.date.slice(0, 4),
      concept: m.status === 'concept',
      adoptedIn: adopter ? meetingLink(adopter, ctx) : m.adoptedIn ? { title: m.adoptedIn, url: '' } : null,
      adopts: (adoptedBy.get(m.id) ?? []).map((x) => meetingLink(x, ctx)),
      chairHtml,
      presentHtml,
      absentHtml,
      agenda: rendered.headings.map((h) => ({ id: h.id, text: h.text })),
      blocks: agreements.map((a) => agreementCard(a, ctx, new Set(seen))),
      documents: meetingDocuments(m, ctx, ids),
      minutesHtml: rendered.html,
      previous: at > 0 ? meetingLink(sameBody[at - 1]!, ctx) : null,
      next: at >= 0 && at < sameBody.length - 1 ? meetingLink(sameBody[at + 1]!, ctx) : null,
      source: { file: m.file, href: ctx.sourceHref(m.file, 1) },
      changes: changesOf(m, at > 0 ? sameBody[at - 1]! : null),
    };
  };
}

/**
 * The documents of a meeting: those its front matter lists (only a title is required) and those
 * in the project that carried out one of its agreements, each once.
 */
export function meetingDocuments(m: Meeting, ctx: SiteContext, ids: Set<string>): DocumentRef[] {
  const held = new Set(ctx.register.documents.map((d) => d.id));
  const listed: DocumentRef[] = m.documents.map((d) => ({
    title: d.title,
    url: d.id && held.has(d.id) ? ctx.urls.document(d.id) : d.link,
    external: !(d.id && held.has(d.id)) && d.link !== null,
    dateLabel: d.date ? formatDateNl(d.date) : null,
  }));
  const named = new Set(m.documents.map((d) => d.id).filter(Boolean));
  const carried: DocumentRef[] = ctx.register.documents
    .filter((d) => !named.has(d.id) && d.carriesOut.some((id) => ids.has(id)))
    .map((d) => ({ title: d.title, url: ctx.urls.document(d.id), external: false, dateLabel: d.date ? formatDateNl(d.date) : null }));
  return [...listed, ...carried];
}

/** For /stukken/: documents named in minutes that the project does not hold, with their meeting. */
export function listedOnlyDocuments(ctx: SiteContext): (DocumentRef & { meeting: LinkRef })[] {
  const held = new Set(ctx.register.documents.map((d) => d.id));
  return [...ctx.register.meetings].reverse().flatMap((m) =>
    m.documents
      .filter((d) => !(d.id && held.has(d.id)))
      .map((d) => ({ title: d.title, url: d.link, external: d.link !== null, dateLabel: d.date ? formatDateNl(d.date) : null, meeting: meetingLink(m, ctx) })),
  );
}
