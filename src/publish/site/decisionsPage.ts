import { agreementCard, type AgreementCard } from './agreementCard.js';
import { meetingTitle } from './dutchLabels.js';
import type { SiteContext } from './siteContext.js';

export interface DecisionGroup {
  meeting: { title: string; url: string };
  decisions: AgreementCard[];
}

/** All decisions of the table, newest meeting first. */
export function decisionsPage(ctx: SiteContext): DecisionGroup[] {
  const seen = new Set<string>();
  return [...ctx.register.meetings]
    .reverse()
    .map((m) => ({
      meeting: { title: meetingTitle(m), url: ctx.urls.meeting(m.id) },
      decisions: (ctx.agreementsByMeeting.get(m.id) ?? []).filter((a) => a.kind === 'besluit').map((a) => agreementCard(a, ctx, seen)),
    }))
    .filter((g) => g.decisions.length > 0);
}
