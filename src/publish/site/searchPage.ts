import { STATUS_LABEL } from './dutchLabels.js';
import { SEARCH_KIND_LABEL, type SearchDoc } from './searchDocuments.js';
import type { SiteContext } from './siteContext.js';
import { ownerCodes } from './ownerPages.js';

export interface Option {
  value: string;
  label: string;
}

export interface SearchPage {
  indexUrl: string;
  /** lunr, lunr.nl and search-rank.js in one script (site/zoeken-lunr.11ty.js). */
  lunrUrl: string;
  filters: { owners: Option[]; statuses: Option[]; kinds: Option[]; bodies: Option[]; years: Option[] };
}

/** The search form's choices, only those that occur: a filter that can never match only confuses. */
export function searchPage(ctx: SiteContext, docs: SearchDoc[]): SearchPage {
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  // Every party has a place in the filter, also one that owns nothing (yet).
  const owners = uniq([...docs.flatMap((d) => d.owners), ...ownerCodes(ctx)]);
  const order = ctx.registry.organisaties.map((o) => o.code);
  owners.sort((a, b) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999) || a.localeCompare(b));
  const statuses = uniq(docs.map((d) => d.status)) as (keyof typeof STATUS_LABEL)[];
  const kinds = uniq(docs.map((d) => d.kind)) as SearchDoc['kind'][];
  return {
    indexUrl: ctx.urls.dataFile('zoekindex.json'),
    lunrUrl: ctx.urls.asset('zoeken-lunr.js'),
    filters: {
      owners: owners.map((c) => ({ value: c, label: `${c}${ctx.orgName(c) !== c ? ` (${ctx.orgName(c)})` : ''}` })),
      statuses: [
        ...(['open', 'loopt', 'afgerond', 'vervallen'] as const).filter((s) => statuses.includes(s)).map((s) => ({ value: s, label: STATUS_LABEL[s] })),
        ...(docs.some((d) => d.overdue) ? [{ value: 'te-laat', label: 'Termijn verstreken' }] : []),
      ],
      kinds: (Object.keys(SEARCH_KIND_LABEL) as SearchDoc['kind'][]).filter((k) => kinds.includes(k)).map((k) => ({ value: k, label: SEARCH_KIND_LABEL[k] })),
      bodies: uniq(docs.map((d) => d.body)).map((b) => ({ value: b, label: b })),
      years: uniq(docs.map((d) => d.date?.slice(0, 4) ?? null))
        .sort()
        .reverse()
        .map((y) => ({ value: y, label: y })),
    },
  };
}
