import { formatDateNl } from '../formatDateNl.js';
import type { AgreementCard } from './agreementCard.js';
import type { AgreementPage } from './agreementPages.js';
import type { DecisionGroup } from './decisionsPage.js';
import type { DocumentPage } from './documentPages.js';
import type { ExportFile } from './exportFiles.js';
import type { GlossaryGroup } from './glossaryPage.js';
import type { HomePage } from './homePage.js';
import type { DocumentRef, MeetingPage, MeetingYear } from './meetingPages.js';
import type { FilterNav, FilterPage, ListKey } from './filterPages.js';
import type { OpenListPage } from './openListPage.js';
import type { OwnerPage, OwnerRow } from './ownerPages.js';
import type { SearchPage } from './searchPage.js';
import type { SiteContext } from './siteContext.js';
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
  /** The reviewers' list's address as printed on paper: only when the site's address is known. */
  openListAddress: string | null;
  /** The secretariat's contact (data/site.yaml), for the footer and the accessibility statement. */
  contact: { name: string; email: string | null; mailto: string | null; form: string | null } | null;
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
  /** The filters above the list pages (afspraken, besluiten, open) as links, one page per filter. */
  filterNavs: Record<ListKey, FilterNav>;
  filters?: FilterPage[];
  /** Documents named in minutes that the project does not hold (only a title, perhaps a link). */
  meetingDocuments: (DocumentRef & { meeting: { title: string; url: string } })[];
  glossary: GlossaryGroup[];
  search: SearchPage;
  files: ExportFile[];
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
    openListAddress: ctx.absolute(u.open),
    contact: ctx.siteData.contact
      ? {
          name: ctx.siteData.contact.naam,
          email: ctx.siteData.contact.email,
          mailto: ctx.siteData.contact.email ? `mailto:${ctx.siteData.contact.email}` : null,
          form: ctx.siteData.contact.formulier,
        }
      : null,
  };
}
