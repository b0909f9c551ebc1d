import { agreementCard } from './agreementCard.js';
import { agreementPageBuilder } from './agreementPages.js';
import { decisionsPage } from './decisionsPage.js';
import { documentPages } from './documentPages.js';
import { meetingTitle } from './dutchLabels.js';
import { exportFileList, type ExportFile } from './exportFiles.js';
import { glossaryPage } from './glossaryPage.js';
import { homePage } from './homePage.js';
import { listedOnlyDocuments, meetingPageBuilder, meetingYears } from './meetingPages.js';
import { openListPage } from './openListPage.js';
import { ownerCodes, ownerPage, ownerRowOf } from './ownerPages.js';
import { personPage, personRowOf, publicOwnerPeople } from './personPages.js';
import { searchDocuments, type SearchDoc } from './searchDocuments.js';
import { buildSearchData } from './searchIndex.js';
import { unpackTerms, type CountedTerms } from './countTerms.js';
import { searchAsk } from './searchAsk.js';
import { filterNavs, filterPageSource } from './filterPages.js';
import { searchShards } from './searchShards.js';
import { searchPage, type SearchPage } from './searchPage.js';
import { meetingChangesBuilder } from './meetingChangesView.js';
import { pageInputs } from './pageInputs.js';
import { ownerSlug } from './urls.js';
import { personSlug } from './personUrl.js';
import { groupBy, siteContext, type SiteContext, type SiteInput } from './siteContext.js';
import { siteMeta, type SiteMeta, type SiteModel } from './siteModel.js';
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { DiagnosticError } from '../../diagnostics/diagnosticError.js';

/** A file of /data/ as the page /data/ lists it: what it is, not what it holds. */
export type ExportMeta = Omit<ExportFile, 'content'>;

/** What the overviews (every page that is not one per item) print: the model without the pages per item. */
export type OverviewModel = Omit<SiteModel, 'meetings' | 'agreements' | 'owners' | 'files'> & { files: ExportMeta[] };

/** How many agreements listed on a page (a card each) take about as much of an Eleventy run as one item's page. */
const LISTED_PER_PAGE = 15;

/** Pages made per item, in slices: how many there are, and the view models of items [from, to). */
export interface PageCollection {
  name: 'meetings' | 'agreements' | 'owners' | 'filters';
  count: number;
  make(from: number, to: number): unknown[];
  /** Page i's id, as its permalink names it (the build's manifest keys pages by it). */
  id(i: number): string;
  /**
   * The fingerprint of what page i is made from (pageInputs.ts), without making it. `refs`: the
   * agreements it linked to when it was last made (meetings: its "vervolg op" links).
   */
  inputKey(i: number, refs: string[]): string;
  /** The pages at these indexes; `asked` hears each agreement a page links to by id, for inputKey's refs. */
  makeAt(indexes: number[], asked?: (i: number, ref: string) => void): unknown[];
  /**
   * What page i takes of an Eleventy run, in ordinary pages (an item's page is 1): a page that
   * lists agreements weighs by how many, so the build's runs stay about the same size in memory.
   */
  cost(i: number): number;
}

/**
 * The site's view model in parts, each made when the build needs it and dropped once
 * written, so a big site is never in memory whole: the files of /data/ one at a time (the search
 * last), then the overviews (with the agreements as cards only), then the pages per item in
 * slices. buildSiteModel puts the same parts together whole (for tests and small sites).
 */
export interface SiteParts {
  ctx: SiteContext;
  site: SiteMeta;
  /** The files of /data/, one at a time; the search is made when its turn comes. */
  files(): Generator<ExportFile>;
  /** The overviews' model; after files() has run (the search page's filters come from the search). */
  overviews(files: ExportMeta[]): OverviewModel;
  /** What the overviews take of an Eleventy run, in ordinary pages (see PageCollection.cost). */
  overviewCost: number;
  collections: PageCollection[];
}

/**
 * `settle` is called between the steps that leave much garbage behind (the search's stages):
 * the build collects it there (Io.collectGarbage).
 */
export function siteParts(input: SiteInput, settle: () => void = () => {}): SiteParts {
  const ctx = siteContext(input);
  let search: SearchPage | null = null;
  const meetings = ctx.register.meetings;
  const agreements = ctx.register.agreements;
  const codes = ownerCodes(ctx);
  // Public people who own agreements have a page beside their organisation's (non-public people never).
  const people = publicOwnerPeople(ctx);
  const ownerItem = (i: number) => (i < codes.length ? ownerPage(ctx, codes[i]!) : personPage(ctx, people[i - codes.length]!));
  const changesOf = meetingChangesBuilder(ctx);
  const meetingPage = meetingPageBuilder(ctx, changesOf);
  const agreementPage = agreementPageBuilder(ctx);
  const filters = filterPageSource(ctx);
  const inputs = pageInputs(ctx);
  // Each meeting's previous meeting of the same body (the pages link it and list the changes since).
  const previous = new Map<(typeof meetings)[number], (typeof meetings)[number] | null>();
  for (const list of groupBy(meetings, (m) => m.body).values()) list.forEach((m, k) => previous.set(m, k > 0 ? list[k - 1]! : null));
  // What an owner's page may print of the agreements, a superset: those of its code in any case (as
  // dueWithin matches owners), the ownerless ones, and for a person those they own.
  const mayShow = (code: string, person?: { name: string; org: string }) =>
    agreements.filter(
      (a) =>
        !a.owners.length ||
        a.owners.some((c) => c.toLowerCase() === code.toLowerCase()) ||
        (person && a.ownerPeople.some((q) => q.name === person.name && q.organisation === person.org)),
    );
  const ownerKey = (i: number) => {
    if (i < codes.length) return inputs.owner(mayShow(codes[i]!), meetings.filter((m) => m.organisations.includes(codes[i]!)), codes[i]);
    const p = people[i - codes.length]!;
    return inputs.owner(mayShow(p.org, p), [], p);
  };
  const byIndex = <T>(make: (i: number) => T) => (indexes: number[]) => indexes.map(make);
  // An agreement listed on a page weighs about a fifteenth of an item's page (measured at 10,000 meetings).
  const listing = (agreementsShown: number) => 1 + Math.floor(agreementsShown / LISTED_PER_PAGE);
  return {
    ctx,
    site: siteMeta(ctx),
    files: () =>
      exportFileList(ctx, () => {
        settle();
        let docs: SearchDoc[] | null = searchDocuments(ctx);
        search = searchPage(ctx, docs);
        settle();
        const data = buildSearchData(docs, ctx.glossary, ctx.registry.labels, searchAsk(ctx), ctx.siteData.zoeken.soort_woorden, countedPassages(ctx));
        docs = null;
        settle();
        return searchShards(data);
      }),
    overviews(files) {
      if (!search) throw new DiagnosticError(diagnostic('internal-search-before-index', '', undefined));
      return {
        site: siteMeta(ctx),
        home: homePage(ctx),
        meetingYears: meetingYears(ctx),
        // Cards as agreementPages makes them (a fresh set of explained terms per agreement).
        agreementsByMeeting: [...meetings].reverse().map((m) => ({
          title: meetingTitle(m),
          url: ctx.urls.meeting(m.id),
          agreements: (ctx.agreementsByMeeting.get(m.id) ?? []).map((a) => agreementCard(a, ctx, new Set())),
        })),
        // A row counts what an owner's page lists, without making its cards.
        ownerRows: [...codes.map((code) => ownerRowOf(ctx, code)), ...people.map((p) => personRowOf(ctx, p))],
        open: openListPage(ctx),
        decisions: decisionsPage(ctx),
        documents: documentPages(ctx),
        meetingDocuments: listedOnlyDocuments(ctx),
        filterNavs: filterNavs(ctx),
        glossary: glossaryPage(ctx.glossary),
        search,
        files,
      };
    },
    overviewCost: listing(agreements.length),
    collections: [
      {
        name: 'owners',
        cost: (i) => listing(i < codes.length ? mayShow(codes[i]!).length : mayShow(people[i - codes.length]!.org, people[i - codes.length]!).length),
        count: codes.length + people.length,
        make: (from, to) => Array.from({ length: to - from }, (_, k) => ownerItem(from + k)),
        id: (i) => (i < codes.length ? ownerSlug(codes[i]!) : personSlug(people[i - codes.length]!)),
        inputKey: ownerKey,
        makeAt: byIndex(ownerItem),
      },
      {
        name: 'meetings',
        count: meetings.length,
        make: (from, to) => meetings.slice(from, to).map((m) => meetingPage(m)),
        id: (i) => meetings[i]!.id,
        inputKey: (i, refs) => {
          const m = meetings[i]!;
          const before = previous.get(m) ?? null;
          return inputs.meeting(m, before, changesOf(m, before), refs);
        },
        makeAt: (indexes, asked) => indexes.map((i) => meetingPage(meetings[i]!, asked && ((ref) => asked(i, ref)))),
        cost: () => 1,
      },
      {
        name: 'agreements',
        count: agreements.length,
        make: (from, to) => agreements.slice(from, to).map(agreementPage),
        id: (i) => agreements[i]!.id,
        inputKey: (i) => inputs.agreement(agreements[i]!),
        makeAt: byIndex((i) => agreementPage(agreements[i]!)),
        cost: () => 1,
      },
      {
        name: 'filters',
        count: filters.count,
        make: filters.make,
        id: filters.keyAt,
        inputKey: (i) => {
          const { nav, agreements: shown } = filters.inputs(i);
          return inputs.filter(nav, shown);
        },
        makeAt: byIndex((i) => filters.make(i, i + 1)[0]!),
        cost: (i) => listing(filters.inputs(i).agreements.length),
      },
    ],
  };
}

/**
 * The passages' terms as counted where each file was read: the search index counts only the
 * rest. A look-up, not a list: each file's counts are unpacked when its passages are asked for
 * (the index asks in file order; an agreement's context is a passage of its own file), and only
 * the last few files' are kept.
 */
function countedPassages(ctx: SiteContext): (text: string) => CountedTerms | undefined {
  const at = new Map<string, { file: Uint8Array; i: number }>();
  for (const p of ctx.published.values()) p.sections.forEach((s, i) => at.set(s.text, { file: p.terms, i }));
  const unpacked = new Map<Uint8Array, CountedTerms[]>();
  return (text) => {
    const where = at.get(text);
    if (!where) return undefined;
    let terms = unpacked.get(where.file);
    if (!terms) {
      if (unpacked.size >= 8) unpacked.delete(unpacked.keys().next().value!);
      unpacked.set(where.file, (terms = unpackTerms(where.file)));
    }
    return terms[where.i];
  };
}
