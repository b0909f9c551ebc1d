import type { Agreement, Meeting, Register } from '../../schema/register.js';
import type { Registry } from '../../schema/registry.js';
import type { FilePublish, PipelineResult } from '../../pipeline.js';
import type { MinutesRecord } from '../../extract/extractMinutes.js';
import type { DocumentRecord, StatusUpdateRecord } from '../../extract/extractSideFiles.js';
import { buildGlossary, type Glossary, type GlossaryEntry } from './glossary.js';
import { siteUrls, type SiteUrls } from './urls.js';
import type { RenderMemo } from './renderMemo.js';
import { NO_SITE_DATA, type SiteData } from '../../schema/siteData.js';

export interface SiteInput {
  result: PipelineResult;
  registry: Registry;
  glossaryEntries: GlossaryEntry[];
  /** The build date: the date the register's status and overdue flags are as of. */
  asOf: string;
  /** Path the site is served under; "/" by default. */
  basePath?: string;
  /** Absolute address of the site ("https://…/"), for links in the feed and calendars. */
  siteUrl?: string | null;
  /** Base address of the source files ("https://github.com/…/blob/main/"), for links to a source line. */
  sourceUrl?: string | null;
  /** data/site.yaml: contact, and the words of a question about what is open. */
  siteData?: SiteData;
  /** Minutes rendered by earlier builds, so a rebuild renders only what changed. */
  renderMemo?: RenderMemo;
  /**
   * The packed trees the build's cache keeps instead of the results (at 10,000 meetings they are
   * hundreds of megabytes), read when a page is rendered; null when it has none for the file.
   */
  loadTree?: (file: string) => Uint8Array | null;
}

/** What every page builder needs, looked up once. */
export interface SiteContext {
  register: Register;
  registry: Registry;
  glossary: Glossary;
  urls: SiteUrls;
  minutes: MinutesRecord[];
  minutesByMeeting: Map<string, MinutesRecord>;
  documents: DocumentRecord[];
  updates: StatusUpdateRecord[];
  agreementsById: Map<string, Agreement>;
  meetingsById: Map<string, Meeting>;
  meetingByFile: Map<string, Meeting>;
  /** Each meeting's agreements, in register order. */
  agreementsByMeeting: Map<string, Agreement[]>;
  renderMemo?: RenderMemo;
  /** What the pipeline kept of each rendered file (its passages, its packed tree unless the cache keeps it), by path. */
  published: Map<string, FilePublish>;
  /** A rendered file's packed tree: the one its result carries, else the one the build's cache kept (SiteInput.loadTree); null: parse the text again. */
  treeOf(file: string): Uint8Array | null;
  siteData: SiteData;
  orgName(code: string): string;
  /** Link to a line of a source file, when the site knows where the sources are published. */
  sourceHref(file: string, line: number): string | null;
  /** A site path as an absolute URL, or null without siteUrl. */
  absolute(path: string): string | null;
}

export function siteContext(input: SiteInput): SiteContext {
  const { result, registry } = input;
  const register = result.register;
  // Only what the register holds on its as-of date: a meeting held later has no page yet.
  const held = new Set(register.meetings.map((m) => m.id));
  const known = new Set(register.documents.map((d) => d.id));
  const minutes = result.records.filter((r): r is MinutesRecord => r.kind === 'verslag' && held.has(r.meeting.id));
  const urls = siteUrls(input.basePath ?? '/');
  const names = new Map(registry.organisaties.map((o) => [o.code, o.naam]));
  const siteUrl = input.siteUrl ? input.siteUrl.replace(/\/?$/, '/') : null;
  const sourceUrl = input.sourceUrl ? input.sourceUrl.replace(/\/?$/, '/') : null;
  return {
    register,
    registry,
    glossary: buildGlossary(registry, input.glossaryEntries),
    urls,
    minutes,
    minutesByMeeting: new Map(minutes.map((m) => [m.meeting.id, m])),
    documents: result.records.filter((r): r is DocumentRecord => r.kind === 'stuk' && known.has(r.fm.id)),
    updates: result.records.filter((r): r is StatusUpdateRecord => r.kind === 'voortgang' && r.date <= register.asOf),
    agreementsById: new Map(register.agreements.map((a) => [a.id, a])),
    meetingsById: new Map(register.meetings.map((m) => [m.id, m])),
    meetingByFile: new Map(register.meetings.map((m) => [m.file, m])),
    agreementsByMeeting: groupBy(register.agreements, (a) => a.meeting.id),
    renderMemo: input.renderMemo,
    published: result.published,
    treeOf: (file) => result.published.get(file)?.tree ?? input.loadTree?.(file) ?? null,
    siteData: input.siteData ?? NO_SITE_DATA,
    orgName: (code) => names.get(code) ?? (code === '—' ? 'Zonder eigenaar' : code),
    sourceHref: (file, line) => (sourceUrl ? `${sourceUrl}${file.split('/').map(encodeURIComponent).join('/')}#L${line}` : null),
    absolute: (path) => (siteUrl ? new URL(path.replace(urls.base, ''), siteUrl).href : null),
  };
}

/** Items by key, each list in the items' order: one pass instead of a filter per key. */
export function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
