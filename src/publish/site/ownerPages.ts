import type { Agreement } from '../../schema/register.js';
import { agreementCard, type AgreementCard } from './agreementCard.js';
import type { SiteContext } from './siteContext.js';
import { ownerSlug } from './urls.js';
import { dueSoonView, type DueSoon } from './dueSoonView.js';
import { meetingTitle } from './dutchLabels.js';

const SOORT_LABEL: Record<string, string> = {
  rijk: 'Rijk',
  medeoverheid: 'Medeoverheid',
  uitvoering: 'Uitvoeringsorganisatie',
  partner: 'Partner',
  overleg: 'Overleg',
};

export interface OwnerPage {
  /** Due within two weeks of the build date. */
  dueSoon: DueSoon;
  title: string;
  code: string;
  slug: string;
  name: string;
  soortLabel: string;
  url: string;
  overdue: AgreementCard[];
  open: AgreementCard[];
  closed: AgreementCard[];
  /** Documents this organisation sent. */
  documents: { title: string; url: string }[];
  calendarUrl: string;
  /** Nothing open or overdue: the page says so in words. */
  nothingOpen: boolean;
  /** Meetings this organisation attended (newest first). */
  meetings: { title: string; url: string }[];
}

export interface OwnerRow {
  code: string;
  name: string;
  soortLabel: string;
  url: string;
  open: number;
  overdue: number;
  closed: number;
}

const isOpen = (a: Agreement) => a.status === 'open' || a.status === 'loopt';

/** The calendar file of one owner's deadlines. */
export const ownerCalendarName = (code: string) => `termijnen-${ownerSlug(code)}.ics`;

/**
 * Every party: codes that own an agreement, sent a document or sat at the table, in registry
 * order (then any unknown code). An organisation that owes nothing still has its page.
 */
export function ownerCodes(ctx: SiteContext): string[] {
  const used = new Set([
    ...ctx.register.agreements.flatMap((a) => a.owners),
    ...ctx.register.documents.flatMap((d) => d.senders),
    ...ctx.register.meetings.flatMap((m) => m.organisations),
  ]);
  const known = ctx.registry.organisaties.map((o) => o.code).filter((c) => used.has(c));
  return [...known, ...[...used].filter((c) => !known.includes(c)).sort()];
}

/**
 * One owner's page, what it still owes (overdue first) and what it has done: the build makes them
 * in slices and drops each slice once rendered.
 */
/** What an owner's page lists: its agreements, decisions left out. */
const ownedBy = (ctx: SiteContext, code: string) => ctx.register.agreements.filter((a) => a.owners.includes(code) && a.kind !== 'besluit');

const soortLabelOf = (ctx: SiteContext, code: string) => {
  const org = ctx.registry.organisaties.find((o) => o.code === code);
  return org ? (SOORT_LABEL[org.soort] ?? org.soort) : '';
};

export function ownerPage(ctx: SiteContext, code: string): OwnerPage {
  const seen = new Set<string>();
  const own = ownedBy(ctx, code);
  const byDeadline = (x: Agreement, y: Agreement) => (x.deadline.date ?? '9999').localeCompare(y.deadline.date ?? '9999') || x.id.localeCompare(y.id);
  const name = ctx.orgName(code);
  const live = own.filter(isOpen);
  return {
    title: name === code ? code : `${code}: ${name}`,
    code,
    slug: ownerSlug(code),
    name,
    soortLabel: soortLabelOf(ctx, code),
    url: ctx.urls.owner(code),
    overdue: own.filter((a) => isOpen(a) && a.overdue).sort(byDeadline).map((a) => agreementCard(a, ctx, seen)),
    open: own.filter((a) => isOpen(a) && !a.overdue).sort(byDeadline).map((a) => agreementCard(a, ctx, seen)),
    closed: own.filter((a) => !isOpen(a)).reverse().map((a) => agreementCard(a, ctx, seen)),
    documents: ctx.register.documents.filter((d) => d.senders.includes(code)).map((d) => ({ title: d.title, url: ctx.urls.document(d.id) })),
    calendarUrl: ctx.urls.dataFile(ownerCalendarName(code)),
    dueSoon: dueSoonView(ctx, code),
    nothingOpen: live.length === 0,
    meetings: ctx.register.meetings
      .filter((m) => m.organisations.includes(code))
      .reverse()
      .map((m) => ({ title: meetingTitle(m), url: ctx.urls.meeting(m.id) })),
  };
}

/** The counts of a row, from the agreements its page lists: as ownerRow counts the page's cards. */
export function rowCounts(own: Agreement[]): Pick<OwnerRow, 'open' | 'overdue' | 'closed'> {
  const live = own.filter(isOpen);
  return { open: live.length, overdue: live.filter((a) => a.overdue).length, closed: own.length - live.length };
}

/** An owner's row on /eigenaren/ without making the cards of its page: ownerRow(ownerPage(ctx, code)). */
export function ownerRowOf(ctx: SiteContext, code: string): OwnerRow {
  return { code, name: ctx.orgName(code), soortLabel: soortLabelOf(ctx, code), url: ctx.urls.owner(code), ...rowCounts(ownedBy(ctx, code)) };
}

/** An owner's row on the overview at /eigenaren/. */
export function ownerRow(p: OwnerPage): OwnerRow {
  return {
    code: p.code,
    name: p.name,
    soortLabel: p.soortLabel,
    url: p.url,
    open: p.open.length + p.overdue.length,
    overdue: p.overdue.length,
    closed: p.closed.length,
  };
}
