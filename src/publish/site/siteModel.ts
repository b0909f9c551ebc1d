import { formatDateNl } from '../formatDateNl.js';
import { agreementPages, type AgreementPage } from './agreementPages.js';
import type { AgreementCard } from './agreementCard.js';
import { decisionsPage, type DecisionGroup } from './decisionsPage.js';
import { documentPages, type DocumentPage } from './documentPages.js';
import { meetingTitle } from './dutchLabels.js';
import { exportFiles, type ExportFile } from './exportFiles.js';
import { glossaryPage, type GlossaryGroup } from './glossaryPage.js';
import { homePage, type HomePage } from './homePage.js';
import { meetingPages, meetingYears, type MeetingPage, type MeetingYear } from './meetingPages.js';
import { openListPage, type OpenListPage } from './openListPage.js';
import { ownerPages, ownerRows, type OwnerPage, type OwnerRow } from './ownerPages.js';
import { searchDocuments } from './searchDocuments.js';
import { buildSearchData } from './searchIndex.js';
import { searchShards } from './searchShards.js';
import { searchPage, type SearchPage } from './searchPage.js';
import { groupBy, siteContext, type SiteContext, type SiteInput } from './siteContext.js';
import type { SiteUrls } from './urls.js';

export interface NavItem {
  key: string;
  label: string;
  url: string;
}

export interface SiteMeta {
  name: string;
  fullName: string;
  asOf: string;
  asOfLabel: string;
  generatedLabel: string;
  urls: Omit<SiteUrls, 'meeting' | 'agreement' | 'owner' | 'document' | 'dataFile' | 'asset'>;
  nav: NavItem[];
  feedUrl: string;
  cssUrl: string;
  printCssUrl: string;
  searchEngineUrl: string;
  searchScriptUrl: string;
  /** The reviewers' list's address as printed on paper: absolute when the site's address is known. */
  openListAddress: string;
}

/** Everything the templates print: one object, given to Eleventy as global data `lrt`. */
export interface SiteModel {
  site: SiteMeta;
  home: HomePage;
  meetings: MeetingPage[];
  meetingYears: MeetingYear[];
  agreements: AgreementPage[];
  /** On /afspraken/: each meeting's agreements as cards (the pages are cards and more). */
  agreementsByMeeting: { title: string; url: string; agreements: AgreementCard[] }[];
  owners: OwnerPage[];
  ownerRows: OwnerRow[];
  open: OpenListPage;
  decisions: DecisionGroup[];
  documents: DocumentPage[];
  glossary: GlossaryGroup[];
  search: SearchPage;
  files: ExportFile[];
}

/** The pure half of the build: pipeline result in, every page's view model and every export out. */
export function buildSiteModel(input: SiteInput): SiteModel {
  const ctx = siteContext(input);
  const u = ctx.urls;
  const docs = searchDocuments(ctx);
  const agreements = agreementPages(ctx);
  const owners = ownerPages(ctx);
  const agreementsOf = groupBy(agreements, (a) => a.meeting.id);
  return {
    site: siteMeta(ctx),
    home: homePage(ctx),
    meetings: meetingPages(ctx),
    meetingYears: meetingYears(ctx),
    agreements,
    agreementsByMeeting: [...ctx.register.meetings].reverse().map((m) => ({
      title: meetingTitle(m),
      url: u.meeting(m.id),
      agreements: agreementsOf.get(m.id) ?? [],
    })),
    owners,
    ownerRows: ownerRows(owners),
    open: openListPage(ctx),
    decisions: decisionsPage(ctx),
    documents: documentPages(ctx),
    glossary: glossaryPage(ctx.glossary),
    search: searchPage(ctx, docs),
    files: exportFiles(ctx, searchShards(buildSearchData(docs, ctx.glossary, ctx.registry.labels))),
  };
}

/** The site-wide data every page prints (header, navigation, footer). */
export function siteMeta(ctx: SiteContext): SiteMeta {
  const u = ctx.urls;
  return {
    name: 'LRT-afspraken',
    fullName: 'Landelijke Regietafel Migratie en Integratie',
    asOf: ctx.register.asOf,
    asOfLabel: formatDateNl(ctx.register.asOf),
    generatedLabel: formatDateNl(ctx.register.generated.slice(0, 10)),
    urls: {
      base: u.base,
      home: u.home,
      meetings: u.meetings,
      agreements: u.agreements,
      owners: u.owners,
      open: u.open,
      decisions: u.decisions,
      documents: u.documents,
      glossary: u.glossary,
      search: u.search,
      accessibility: u.accessibility,
      data: u.data,
    },
    nav: [
      { key: 'home', label: 'Overzicht', url: u.home },
      { key: 'vergaderingen', label: 'Vergaderingen', url: u.meetings },
      { key: 'afspraken', label: 'Afspraken', url: u.agreements },
      { key: 'open', label: 'Openstaand', url: u.open },
      { key: 'besluiten', label: 'Besluiten', url: u.decisions },
      { key: 'eigenaren', label: 'Eigenaren', url: u.owners },
      { key: 'stukken', label: 'Stukken', url: u.documents },
      { key: 'zoeken', label: 'Zoeken', url: u.search },
    ],
    feedUrl: u.dataFile('feed.xml'),
    cssUrl: u.asset('lrt.css'),
    printCssUrl: u.asset('print.css'),
    searchEngineUrl: u.asset('search-engine.js'),
    searchScriptUrl: u.asset('search.js'),
    openListAddress: ctx.absolute(u.open) ?? u.open,
  };
}
