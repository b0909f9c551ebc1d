import { createHash } from 'node:crypto';
import type { Agreement, Meeting } from '../../schema/register.js';
import { groupBy, type SiteContext } from './siteContext.js';

/**
 * What a page is made from, as a fingerprint that is cheap to compute: a rebuild makes the view
 * model only of pages whose inputs changed (src/cli/site/incrementalPages.ts), instead of making
 * every page's view model to compare it. Each key names everything its page builder reads beyond
 * the site-wide inputs (`siteKey`): the item's own register value, and what of other items the
 * page prints (their titles, their existence, their cards). Coarse where that costs little: the
 * documents of the register are site-wide. test/cli/site/stalePages.test.ts holds the rebuild to
 * the cold build after edits that reach a page only through another item.
 */
export interface PageInputs {
  /** Everything every page may print besides its items: registry, glossary, site data, documents, addresses. */
  siteKey: string;
  meeting(m: Meeting, previous: Meeting | null, changes: unknown, refs: string[]): string;
  agreement(a: Agreement): string;
  owner(agreements: Agreement[], meetings: Meeting[], extra: unknown): string;
  /** A filter page: its navigation (counts included) and its agreements in order. */
  filter(nav: unknown, agreements: Agreement[]): string;
}

const sha = (parts: string[]) => {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 32);
};

/** A meeting as other pages print it: its link (id) and title (body and date). */
const meetingRef = (m: Meeting | undefined | null) => (m ? `${m.id}|${m.body}|${m.date}` : '-');

export function pageInputs(ctx: SiteContext): PageInputs {
  const siteKey = sha([
    JSON.stringify(ctx.registry),
    ctx.glossary.key,
    JSON.stringify(ctx.siteData),
    JSON.stringify(ctx.register.documents),
    ctx.urls.base,
    ctx.absolute(ctx.urls.base) ?? '',
    ctx.sourceHref('x', 1) ?? '',
    ctx.register.asOf,
  ]);
  const own = new Map<Agreement, string>();
  const agreementKey = (a: Agreement) => {
    let k = own.get(a);
    if (k === undefined) own.set(a, (k = sha([JSON.stringify(a)])));
    return k;
  };
  // A card (agreementCard) prints the agreement and the meeting its best proposed follow-up stands in.
  // Remembered too: an agreement's card is part of the key of its meeting, its owners' pages and every filter page that lists it.
  const cards = new Map<Agreement, string>();
  const card = (a: Agreement) => {
    let c = cards.get(a);
    if (c === undefined) cards.set(a, (c = `${agreementKey(a)}|${meetingRef(a.suggestions[0] ? ctx.meetingByFile.get(a.suggestions[0].source.file) : null)}`));
    return c;
  };
  const has = (id: string | null | undefined) => (id ? `${id}:${ctx.agreementsById.has(id) ? 1 : 0}` : '-');
  const meetings = ctx.register.meetings;
  const byBody = groupBy(meetings, (x) => x.body);
  const adoptedBy = groupBy(meetings, (x) => x.adoptedIn);
  const followed = groupBy(ctx.register.agreements, (a) => a.followUpOf);
  return {
    siteKey,
    meeting(m, previous, changes, refs) {
      const record = ctx.minutesByMeeting.get(m.id);
      const sameBody = byBody.get(m.body)!;
      const at = sameBody.indexOf(m);
      return sha([
        siteKey,
        JSON.stringify(m),
        record ? `${record.file}\0${record.source.text}\0${JSON.stringify(record.blockHosts)}` : '',
        (ctx.agreementsByMeeting.get(m.id) ?? []).map(card).join(','),
        meetingRef(previous),
        meetingRef(at >= 0 ? sameBody[at + 1] : null),
        meetingRef(m.adoptedIn ? ctx.meetingsById.get(m.adoptedIn) : null),
        (adoptedBy.get(m.id) ?? []).map(meetingRef).join(','),
        JSON.stringify(changes),
        // The "vervolg op" links in the minutes: a link only to an agreement that exists.
        refs.map(has).join(','),
      ]);
    },
    agreement(a) {
      return sha([
        siteKey,
        card(a),
        (followed.get(a.id) ?? []).map((x) => x.id).join(','),
        a.followUps.map((f) => `${meetingRef(ctx.meetingByFile.get(f.source))}/${meetingRef(ctx.meetingsById.get(f.ref))}/${has(f.ref)}`).join(','),
        a.suggestions.map((s) => meetingRef(ctx.meetingByFile.get(s.source.file))).join(','),
        [a.followUpOf, a.supersededBy, a.withdrawnBy, ...a.supersedes, ...a.withdraws].map(has).join(','),
      ]);
    },
    owner(agreements, ms, extra) {
      return sha([siteKey, agreements.map(card).join(','), ms.map(meetingRef).join(','), JSON.stringify(extra)]);
    },
    filter(nav, agreements) {
      return sha([siteKey, JSON.stringify(nav), agreements.map(card).join(',')]);
    },
  };
}
