import { registerCsv } from '../registerCsv.js';
import { jsonSchemas } from '../jsonSchemas.js';
import { atomFeed } from './atomFeed.js';
import { deadlinesIcs } from './deadlinesIcs.js';
import { ownerCalendarName, ownerCodes } from './ownerPages.js';
import type { SearchFile } from './searchShards.js';
import type { SiteContext } from './siteContext.js';
import { changeEvents } from '../../link/changeEvents.js';

export interface ExportFile {
  /** Output path below the site root, e.g. "data/register.json". */
  path: string;
  url: string;
  label: string;
  description: string;
  /** The file itself; lrt build writes it to `path` (src/cli/buildSite.ts) and the page /data/ lists it. */
  content: string;
  bytes: number;
  /** The group it is listed under on /data/; the search's shards ('zoekdelen') are not listed. */
  group: 'register' | 'agenda' | 'feed' | 'zoeken' | 'zoekdelen';
}

function sizeOf(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * The files under /data/ (the register as JSON with its schema and as CSV, calendars, feed, the
 * search index), one at a time, the search made only when its turn comes: the build writes and
 * drops each before the next is made, so the register's JSON, the calendars and the search's
 * shards are never in memory together.
 */
export function* exportFileList(ctx: SiteContext, search: () => { main: string; files: SearchFile[] }): Generator<ExportFile> {
  const file = (name: string, group: ExportFile['group'], label: string, description: string, content: string): ExportFile => ({
    path: `data/${name}`,
    url: ctx.urls.dataFile(name),
    label,
    description,
    content,
    bytes: sizeOf(content),
    group,
  });
  const urlOf = (id: string) => ctx.absolute(ctx.urls.agreement(id));
  const generated = ctx.register.generated;
  const all = ctx.register.agreements.filter((a) => a.kind !== 'besluit');
  const events = changeEvents(ctx.register).filter((e) => e.agreement.kind !== 'besluit');
  // Each owner's agreements and events, in register order, grouped in one pass; each event written once.
  const byOwner = <T>(items: T[], owners: (item: T) => string[]) => {
    const out = new Map<string, T[]>();
    for (const item of items) for (const code of new Set(owners(item))) (out.get(code) ?? out.set(code, []).get(code)!).push(item);
    return out;
  };
  const ownAgreements = byOwner(all, (a) => a.owners);
  const ownEvents = byOwner(events, (e) => e.agreement.owners);
  let memo: WeakMap<object, string> | undefined = new WeakMap<object, string>();
  yield file('register.json', 'register', 'Register (JSON)', 'Alle vergaderingen, stukken en afspraken met status, termijn en vervolg.', JSON.stringify(ctx.register, null, 2) + '\n');
  yield file('register.schema.json', 'register', 'Schema van het register (JSON Schema)', 'Beschrijft elk veld van register.json.', JSON.stringify(jsonSchemas()['register.schema.json'], null, 2) + '\n');
  yield file('register.csv', 'register', 'Register (CSV voor Excel)', 'Eén regel per afspraak; puntkomma als scheidingsteken, UTF-8.', registerCsv(ctx.register));
  yield file('termijnen.ics', 'agenda', 'Alle termijnen (agenda, ICS)', 'Elke termijn als gebeurtenis van een hele dag, om te abonneren in een agenda.', deadlinesIcs(all, { name: 'Termijnen LRT-afspraken', generated, urlOf, events, memo }));
  for (const code of ownerCodes(ctx))
    yield file(
      ownerCalendarName(code),
      'agenda',
      `Termijnen van ${code} (agenda, ICS)`,
      `De termijnen van de afspraken van ${ctx.orgName(code)}.`,
      deadlinesIcs(ownAgreements.get(code) ?? [], { name: `Termijnen LRT-afspraken: ${code}`, generated, urlOf, events: ownEvents.get(code) ?? [], memo }),
    );
  // The calendars' events are let go before the search is made.
  memo = undefined;
  yield file('feed.xml', 'feed', 'Nieuwe verslagen en afspraken (Atom-feed)', 'Voor een feedlezer.', atomFeed(ctx.register, { urls: ctx.urls, absolute: ctx.absolute }));
  const made = search();
  yield file('zoekindex.json', 'zoeken', 'Zoekindex', 'De index die de zoekpagina gebruikt (lunr, Nederlands); de delen die een zoekvraag nodig heeft staan in data/zoeken/.', made.main);
  for (const f of made.files) {
    // Each shard's content is made as it is read: once.
    const content = f.content;
    yield { path: f.path, url: ctx.urls.dataFile(f.path.slice('data/'.length)), label: f.path, description: '', content, bytes: sizeOf(content), group: 'zoekdelen' as const };
  }
}
