import { dueWithin, windowEnd } from '../../link/dueWithin.js';
import { formatDateNl } from '../formatDateNl.js';
import type { SiteContext } from './siteContext.js';

/** How far ahead an owner's page looks: two weeks, the time between most meetings. */
export const DUE_SOON_DAYS = 14;

export interface DueSoon {
  days: number;
  untilLabel: string;
  items: { id: string; url: string; text: string; dateLabel: string; words: string }[];
}

/** What an owner has due within two weeks of the build date, soonest first. */
export function dueSoonView(ctx: SiteContext, code: string): DueSoon {
  const items = dueWithin(ctx.register, DUE_SOON_DAYS, code).get(code) ?? [];
  return {
    days: DUE_SOON_DAYS,
    untilLabel: formatDateNl(windowEnd(ctx.register.asOf, DUE_SOON_DAYS)),
    items: items
      .filter((i) => i.agreement.kind !== 'besluit')
      .map((i) => ({ id: i.agreement.id, url: ctx.urls.agreement(i.agreement.id), text: i.agreement.text, dateLabel: formatDateNl(i.date), words: i.text })),
  };
}
