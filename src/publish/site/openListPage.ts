import { openByOwner } from '../openList.js';
import { formatDateNl } from '../formatDateNl.js';
import { agreementCard, type AgreementCard } from './agreementCard.js';
import type { SiteContext } from './siteContext.js';

export interface OpenGroup {
  code: string;
  name: string;
  url: string | null;
  overdue: number;
  agreements: AgreementCard[];
}

export interface OpenListPage {
  asOfLabel: string;
  total: number;
  overdue: number;
  groups: OpenGroup[];
}

/**
 * The reviewers' list: open and ongoing agreements per owner as of the build date, grouped as
 * `lrt open` groups them, so the site and the Markdown for the agenda agree.
 */
export function openListPage(ctx: SiteContext): OpenListPage {
  const groups = openByOwner(ctx.register, ctx.registry.organisaties);
  const ids = new Set(groups.flatMap((g) => g.agreements.map((a) => a.id)));
  const late = new Set(groups.flatMap((g) => g.agreements.filter((a) => a.overdue).map((a) => a.id)));
  return {
    asOfLabel: formatDateNl(ctx.register.asOf),
    total: ids.size,
    overdue: late.size,
    groups: groups.map((g) => {
      const seen = new Set<string>();
      return {
        code: g.code,
        name: g.name,
        url: g.code === '—' ? null : ctx.urls.owner(g.code),
        overdue: g.overdue,
        agreements: g.agreements.map((a) => agreementCard(a, ctx, seen)),
      };
    }),
  };
}
