import type { Agreement } from '../../schema/register.js';
import { agreementCard } from './agreementCard.js';
import type { SiteContext } from './siteContext.js';
import { personSlug, personUrl, type PublicPerson } from './personUrl.js';
import { dueSoonView } from './dueSoonView.js';
import { rowCounts, type OwnerPage, type OwnerRow } from './ownerPages.js';

export type { PublicPerson } from './personUrl.js';

const isOpen = (a: Agreement) => a.status === 'open' || a.status === 'loopt';
const owns = (a: Agreement, p: PublicPerson) => a.ownerPeople.some((q) => q.public && q.name === p.name && q.organisation === p.org);

/** Every public person named as an owner, once, in the order first met. Non-public people never get a page. */
export function publicOwnerPeople(ctx: SiteContext): PublicPerson[] {
  const out: PublicPerson[] = [];
  for (const a of ctx.register.agreements)
    for (const q of a.ownerPeople)
      if (q.public && q.name && q.organisation && !out.some((p) => p.name === q.name && p.org === q.organisation))
        out.push({ name: q.name, org: q.organisation, role: q.role });
  return out;
}

const ownedBy = (ctx: SiteContext, p: PublicPerson) => ctx.register.agreements.filter((a) => owns(a, p) && a.kind !== 'besluit');
const head = (ctx: SiteContext, p: PublicPerson) => ({
  code: p.name,
  name: [p.role, ctx.orgName(p.org)].filter(Boolean).join(', '),
  soortLabel: `Persoon bij ${p.org}`,
  url: personUrl(ctx, p),
});

/** A person's row on /eigenaren/ without making the cards of their page: ownerRow(personPage(ctx, p)). */
export function personRowOf(ctx: SiteContext, p: PublicPerson): OwnerRow {
  return { ...head(ctx, p), ...rowCounts(ownedBy(ctx, p)) };
}

/** A public person's page: the same layout as an organisation's, with the agreements they own. */
export function personPage(ctx: SiteContext, p: PublicPerson): OwnerPage {
  const seen = new Set<string>();
  const own = ownedBy(ctx, p);
  const ids = new Set(own.map((a) => a.id));
  const byDeadline = (x: Agreement, y: Agreement) => (x.deadline.date ?? '9999').localeCompare(y.deadline.date ?? '9999') || x.id.localeCompare(y.id);
  const due = dueSoonView(ctx, p.org);
  return {
    title: `${p.name} (${p.org})`,
    code: p.name,
    slug: personSlug(p),
    name: [p.role, ctx.orgName(p.org)].filter(Boolean).join(', '),
    soortLabel: `Persoon bij ${p.org}`,
    url: personUrl(ctx, p),
    overdue: own.filter((a) => isOpen(a) && a.overdue).sort(byDeadline).map((a) => agreementCard(a, ctx, seen)),
    open: own.filter((a) => isOpen(a) && !a.overdue).sort(byDeadline).map((a) => agreementCard(a, ctx, seen)),
    closed: own.filter((a) => !isOpen(a)).reverse().map((a) => agreementCard(a, ctx, seen)),
    documents: [],
    calendarUrl: '',
    dueSoon: { ...due, items: due.items.filter((i) => ids.has(i.id)) },
    nothingOpen: !own.some(isOpen),
    meetings: [],
  };
}
