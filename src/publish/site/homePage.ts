import { formatDateNl } from '../formatDateNl.js';
import { agreementCard, type AgreementCard } from './agreementCard.js';
import { meetingSummary, type MeetingSummary } from './meetingPages.js';
import type { SiteContext } from './siteContext.js';

export interface HomePage {
  asOfLabel: string;
  /** Each open item counted once: overdue, or open or running within its term; together the total. */
  counts: { total: number; open: number; running: number; overdue: number; done: number; decisions: number; meetings: number };
  overdue: AgreementCard[];
  upcoming: AgreementCard[];
  latest: MeetingSummary[];
}

/** What is open and overdue now, what is due next, and the latest meetings. */
export function homePage(ctx: SiteContext): HomePage {
  const all = ctx.register.agreements;
  const live = all.filter((a) => a.status === 'open' || a.status === 'loopt');
  const seen = new Set<string>();
  const byDeadline = (x: (typeof all)[number], y: (typeof all)[number]) => (x.deadline.date ?? '9999').localeCompare(y.deadline.date ?? '9999');
  return {
    asOfLabel: formatDateNl(ctx.register.asOf),
    counts: {
      total: live.length,
      open: live.filter((a) => a.status === 'open' && !a.overdue).length,
      running: live.filter((a) => a.status === 'loopt' && !a.overdue).length,
      overdue: live.filter((a) => a.overdue).length,
      done: all.filter((a) => a.kind !== 'besluit' && a.status === 'afgerond').length,
      decisions: all.filter((a) => a.kind === 'besluit').length,
      meetings: ctx.register.meetings.length,
    },
    overdue: live.filter((a) => a.overdue).sort(byDeadline).map((a) => agreementCard(a, ctx, seen)),
    upcoming: live
      .filter((a) => !a.overdue && a.deadline.date)
      .sort(byDeadline)
      .slice(0, 5)
      .map((a) => agreementCard(a, ctx, seen)),
    latest: [...ctx.register.meetings].reverse().slice(0, 5).map((m) => meetingSummary(m, ctx)),
  };
}
