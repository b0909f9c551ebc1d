import { createHash } from 'node:crypto';
import { ownersText } from '../ownersText.js';
import type { Register } from '../../schema/register.js';
import { escapeHtml } from './escapeHtml.js';
import { CHANGE_EVENT_LABEL, KIND_LABEL, STATUS_LABEL, meetingTitle } from './dutchLabels.js';
import { changeEvents } from '../../link/changeEvents.js';
import type { SiteUrls } from './urls.js';

export interface FeedOptions {
  urls: SiteUrls;
  /** A site path as an absolute URL, or null when the site's address is unknown. */
  absolute: (path: string) => string | null;
  max?: number;
}

/** A stable id per entry: the page's address when known, else a name-based UUID of its path. */
function entryId(path: string, absolute: (p: string) => string | null): string {
  const abs = absolute(path);
  if (abs) return abs;
  const h = createHash('sha1').update(`lrt-afsprakenregister:${path}`).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const atomDate = (iso: string | null, fallback: string) => (iso ? `${iso}T00:00:00Z` : fallback);

/** Atom feed of new minutes and agreements, newest first. */
export function atomFeed(register: Register, opts: FeedOptions): string {
  const link = (p: string) => escapeHtml(opts.absolute(p) ?? p);
  type Entry = { path: string; title: string; updated: string; summary: string };
  const perMeeting = new Map<string, number>();
  for (const a of register.agreements) perMeeting.set(a.meeting.id, (perMeeting.get(a.meeting.id) ?? 0) + 1);
  const entries: Entry[] = [
    ...register.meetings.map((m) => ({
      path: opts.urls.meeting(m.id),
      title: `Verslag ${meetingTitle(m)}${m.status === 'concept' ? ' (concept)' : ''}`,
      updated: atomDate(m.date, register.generated),
      summary: `${perMeeting.get(m.id) ?? 0} afspraken en besluiten.`,
    })),
    ...register.agreements.map((a) => {
      const last = [a.meeting.date, ...a.followUps.map((f) => f.date ?? '')].sort().pop()!;
      return {
        path: opts.urls.agreement(a.id),
        title: `${KIND_LABEL[a.kind]} ${a.id} (${STATUS_LABEL[a.status].toLowerCase()})`,
        updated: atomDate(last, register.generated),
        summary: `${a.owners.length || a.ownerPeople.length ? `${ownersText(a)}: ` : ''}${a.text}`,
      };
    }),
    // What happened since: closed, proposed for closure, newly overdue (a made agreement has its own entry above).
    ...changeEvents(register)
      .filter((e) => e.kind !== 'afgesproken')
      .map((e) => ({
        path: `${opts.urls.agreement(e.agreement.id)}#${e.kind}-${e.date}`,
        title: `${KIND_LABEL[e.agreement.kind]} ${e.agreement.id}: ${e.status ? STATUS_LABEL[e.status].toLowerCase() : CHANGE_EVENT_LABEL[e.kind]}`,
        updated: atomDate(e.date, register.generated),
        summary: `${e.agreement.owners.length || e.agreement.ownerPeople.length ? `${ownersText(e.agreement)}: ` : ''}${e.agreement.text}`,
      })),
  ]
    .sort((x, y) => y.updated.localeCompare(x.updated) || x.path.localeCompare(y.path))
    .slice(0, opts.max ?? 200);
  const self = opts.urls.dataFile('feed.xml');
  const updated = entries[0]?.updated ?? register.generated;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    '  <title>LRT: verslagen en afspraken</title>',
    '  <subtitle>Nieuwe verslagen en afspraken van de Landelijke Regietafel Migratie en Integratie</subtitle>',
    `  <id>${escapeHtml(entryId(opts.urls.home, opts.absolute))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${link(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${link(opts.urls.home)}"/>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Secretariaat LRT</name></author>',
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <title>${escapeHtml(e.title)}</title>`,
        `    <id>${escapeHtml(entryId(e.path, opts.absolute))}</id>`,
        `    <link rel="alternate" type="text/html" href="${link(e.path)}"/>`,
        `    <updated>${e.updated}</updated>`,
        `    <summary>${escapeHtml(e.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}
