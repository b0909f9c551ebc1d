import type { Agreement } from '../../schema/register.js';
import { agreementCard, type AgreementCard } from './agreementCard.js';
import { STATUS_LABEL } from './dutchLabels.js';
import { ownerCodes } from './ownerPages.js';
import type { SiteContext } from './siteContext.js';
import { ownerSlug } from './urls.js';

/**
 * The list pages' filters as plain links (no JavaScript needed): each list (afspraken, besluiten,
 * openstaand) filtered per owner, status and year is a page of its own, e.g. /open/eigenaar/jenv/.
 */
export type ListKey = 'afspraken' | 'besluiten' | 'open';
export type Dimension = 'eigenaar' | 'status' | 'jaar';

export interface FilterLink {
  label: string;
  url: string;
  count: number;
  current: boolean;
}

export interface FilterGroup {
  dimension: Dimension;
  label: string;
  links: FilterLink[];
}

/** The filter links above a list page (none current) or a filter page (its own current). */
export interface FilterNav {
  list: ListKey;
  allUrl: string;
  groups: FilterGroup[];
}

export interface FilterPage {
  /** Unique per page: the path below the site, for the incremental build. */
  key: string;
  url: string;
  title: string;
  listTitle: string;
  listUrl: string;
  /** The section of the menu the page belongs to. */
  section: 'afspraken' | 'besluiten' | 'open';
  nav: FilterNav;
  agreements: AgreementCard[];
}

const DIMENSION_LABEL: Record<Dimension, string> = { eigenaar: 'Eigenaar', status: 'Status', jaar: 'Jaar' };
const LIST_TITLE: Record<ListKey, string> = { afspraken: 'Alle afspraken en besluiten', besluiten: 'Besluiten', open: 'Openstaande afspraken' };
const STATUS_ORDER = ['open', 'loopt', 'afgerond', 'vervallen', 'te-laat'] as const;
const statusLabel = (s: string) => (s === 'te-laat' ? 'Termijn verstreken' : STATUS_LABEL[s as Agreement['status']]);

const isLive = (a: Agreement) => a.status === 'open' || a.status === 'loopt';

function listOf(ctx: SiteContext, list: ListKey): Agreement[] {
  const all = ctx.register.agreements;
  if (list === 'besluiten') return all.filter((a) => a.kind === 'besluit');
  if (list === 'open') return all.filter(isLive);
  return all;
}

interface Value {
  dimension: Dimension;
  value: string;
  label: string;
  slug: string;
  test: (a: Agreement) => boolean;
}

/** The values a list can be filtered on: every party (for lists with owners), the statuses and years that occur. */
function valuesOf(ctx: SiteContext, list: ListKey, items: Agreement[]): Value[] {
  const owners = list === 'besluiten' ? [...new Set(items.flatMap((a) => a.owners))] : ownerCodes(ctx);
  const statuses = STATUS_ORDER.filter((s) => items.some((a) => (s === 'te-laat' ? a.overdue : a.status === s)));
  const years = [...new Set(items.map((a) => a.meeting.date.slice(0, 4)))].sort().reverse();
  return [
    ...owners.map((code) => ({ dimension: 'eigenaar' as const, value: code, label: code, slug: ownerSlug(code), test: (a: Agreement) => a.owners.includes(code) })),
    ...statuses.map((s) => ({
      dimension: 'status' as const,
      value: s,
      label: statusLabel(s),
      slug: s,
      test: (a: Agreement) => (s === 'te-laat' ? a.overdue : a.status === s),
    })),
    ...years.map((y) => ({ dimension: 'jaar' as const, value: y, label: y, slug: y, test: (a: Agreement) => a.meeting.date.startsWith(y) })),
  ];
}

const LIST_URL = (ctx: SiteContext, list: ListKey) => (list === 'afspraken' ? ctx.urls.agreements : list === 'besluiten' ? ctx.urls.decisions : ctx.urls.open);

/** How many of the list's items each value keeps: the same on every page of the list, so counted once. */
function countsOf(items: Agreement[], values: Value[]): Map<Value, number> {
  return new Map(values.map((v) => [v, items.filter(v.test).length]));
}

function navOf(ctx: SiteContext, list: ListKey, counts: Map<Value, number>, values: Value[], current: Value | null): FilterNav {
  const base = LIST_URL(ctx, list);
  const groups = (['eigenaar', 'status', 'jaar'] as const)
    .map((dimension) => ({
      dimension,
      label: DIMENSION_LABEL[dimension],
      links: values
        .filter((v) => v.dimension === dimension)
        .map((v) => ({ label: v.label, url: `${base}${v.dimension}/${v.slug}/`, count: counts.get(v)!, current: v === current })),
    }))
    .filter((g) => g.links.length > 0);
  return { list, allUrl: base, groups };
}

/** The filter links above each list page. */
export function filterNavs(ctx: SiteContext): Record<ListKey, FilterNav> {
  const out = {} as Record<ListKey, FilterNav>;
  for (const list of ['afspraken', 'besluiten', 'open'] as const) {
    const items = listOf(ctx, list);
    const values = valuesOf(ctx, list, items);
    out[list] = navOf(ctx, list, countsOf(items, values), values, null);
  }
  return out;
}

/** How many filter pages there are, and a way to make those of [from, to): the build makes them in slices. */
export function filterPageSource(ctx: SiteContext): {
  count: number;
  make(from: number, to: number): FilterPage[];
  /** What page i prints besides its cards' agreements: its key, its navigation and its agreements in order (no cards made). */
  inputs(i: number): { key: string; nav: FilterNav; agreements: Agreement[] };
  /** Page i's key alone. */
  keyAt(i: number): string;
} {
  const specs = (['afspraken', 'besluiten', 'open'] as const).flatMap((list) => {
    const items = listOf(ctx, list);
    const values = valuesOf(ctx, list, items);
    const counts = countsOf(items, values);
    return values.map((v) => ({ list, items, values, counts, v }));
  });
  const keyAt = (i: number) => {
    const { list, v } = specs[i]!;
    return `${list}/${v.dimension}/${v.slug}`;
  };
  const inputs = (i: number) => {
    const { list, items, values, counts, v } = specs[i]!;
    const chosen = items.filter(v.test);
    // Newest first, as the lists themselves; the open list by deadline, overdue first.
    const ordered = list === 'open'
      ? [...chosen].sort((x, y) => Number(y.overdue) - Number(x.overdue) || (x.deadline.date ?? '9999').localeCompare(y.deadline.date ?? '9999'))
      : [...chosen].reverse();
    return { key: keyAt(i), nav: navOf(ctx, list, counts, values, v), agreements: ordered };
  };
  return {
    count: specs.length,
    inputs,
    keyAt,
    make: (from, to) =>
      specs.slice(from, to).map(({ list, v }, k) => {
        const seen = new Set<string>();
        const base = LIST_URL(ctx, list);
        const { key, nav, agreements } = inputs(from + k);
        const what = v.dimension === 'eigenaar' ? `eigenaar ${v.label}` : v.dimension === 'status' ? `status ${v.label.toLowerCase()}` : v.label;
        return {
          key,
          url: `${base}${v.dimension}/${v.slug}/`,
          title: `${LIST_TITLE[list]}: ${what}`,
          listTitle: LIST_TITLE[list],
          listUrl: base,
          section: list,
          nav,
          agreements: agreements.map((a) => agreementCard(a, ctx, seen)),
        };
      }),
  };
}
