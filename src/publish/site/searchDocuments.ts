import type { AgreementStatus } from '../../schema/registry.js';
import { KIND_LABEL, meetingTitle } from './dutchLabels.js';
import type { Glossary } from './glossary.js';
import { sectionsOfSource } from './sourceSections.js';
import type { SiteContext } from './siteContext.js';
import { shortTitle } from './shortTitle.js';

export type SearchKind = 'afspraak' | 'besluit' | 'toezegging' | 'verslag' | 'stuk' | 'voortgang';

export const SEARCH_KIND_LABEL: Record<SearchKind, string> = {
  afspraak: 'Afspraak',
  besluit: 'Besluit',
  toezegging: 'Toezegging',
  verslag: 'Verslag',
  stuk: 'Stuk',
  voortgang: 'Voortgangsbericht',
};

/** One thing search can find: an agreement, a passage of minutes or a document, or a status update. */
export interface SearchDoc {
  kind: SearchKind;
  /** The title shown: for an agreement its own words, shortened. */
  title: string;
  /** The title as indexed: for an agreement its kind and id, so "lrt-2023-02-02-1" finds it. */
  indexTitle: string;
  url: string;
  date: string | null;
  owners: string[];
  status: AgreementStatus | null;
  overdue: boolean;
  body: string | null;
  text: string;
  /** Indexed, not shown: owners' names and aliases, so "gemeenten" finds VNG's agreements. */
  ownerWords: string;
  /** Indexed, not shown: what the abbreviations in the text stand for (CNO → crisisnoodopvang). */
  meanings: string;
  /** Indexed, not shown: the kind and label, the agenda item. */
  extra: string;
  /** The passage of minutes an agreement stands in (an index into the list), indexed with a low weight. */
  context: number | null;
}

/** The meanings of the abbreviations used in a text: "CNO" makes "crisisnoodopvang" findable. */
export function expansions(text: string, glossary: Glossary): string {
  return expander(glossary)(text);
}

/**
 * expansions for one glossary, its pattern prepared once. The same matches as glossary.pattern,
 * found faster: the forms and the check after them as one expression, the check before them (no
 * letter or digit) by hand on the match, the search going on from the next position when it fails
 * — where the pattern itself would have tried next. A lookbehind at every position of every text
 * of the search index cost as much again.
 */
export function expander(glossary: Glossary): (text: string) => string {
  const pattern = glossary.pattern;
  if (!pattern) return () => '';
  const LEAD = '(?<![\\p{L}\\p{N}])';
  if (!pattern.source.startsWith(LEAD)) return (text) => meaningsOf(text.matchAll(pattern), glossary);
  const forms = new RegExp(pattern.source.slice(LEAD.length), pattern.flags);
  const wordBefore = /[\p{L}\p{N}]$/u;
  return (text) => {
    const found: RegExpExecArray[] = [];
    forms.lastIndex = 0;
    for (let m; (m = forms.exec(text)); ) {
      // A surrogate pair before the match is one character: the two units before it hold it whole.
      if (m.index > 0 && wordBefore.test(text.slice(Math.max(0, m.index - 2), m.index))) forms.lastIndex = m.index + 1;
      else found.push(m);
    }
    return meaningsOf(found, glossary);
  };
}

function meaningsOf(matches: Iterable<RegExpMatchArray>, glossary: Glossary): string {
  const meanings = new Set<string>();
  for (const m of matches) meanings.add(glossary.byForm.get(m[0])!.meaning);
  return [...meanings].join(' ');
}

/** Everything the search page can find, built from the register and the same parsed trees. */
export function searchDocuments(ctx: SiteContext): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const expand = expander(ctx.glossary);
  const ownerWords = (codes: string[]) =>
    codes
      .flatMap((c) => {
        const o = ctx.registry.organisaties.find((x) => x.code === c);
        return o ? [o.code, o.naam, ...o.aliassen, ...o.rollen.flatMap((r) => r.aliassen), ...o.eenheden.flatMap((u) => [u.code, u.naam]), ...o.rollen.map((r) => r.code)] : [c];
      })
      .join(' ');

  // Passages of minutes, remembered by file and line so agreements can point at theirs.
  const passages = new Map<string, { start: number; at: number }[]>();
  for (const rec of ctx.minutes) {
    const m = rec.meeting;
    const list: { start: number; at: number }[] = [];
    for (const s of sectionsOfSource(rec.source, ctx.published.get(rec.file))) {
      if (!s.text) continue;
      list.push({ start: s.startLine, at: docs.length });
      const title = s.title ? `${meetingTitle(m)}: ${s.title}` : meetingTitle(m);
      docs.push({
        kind: 'verslag',
        title,
        indexTitle: title,
        url: s.n ? `${ctx.urls.meeting(m.id)}#punt-${s.n}` : ctx.urls.meeting(m.id),
        date: m.date,
        owners: [],
        status: null,
        overdue: false,
        body: m.body,
        text: s.text,
        ownerWords: '',
        meanings: expand(`${s.title ?? ''} ${s.text}`),
        extra: 'verslag notulen',
        context: null,
      });
    }
    passages.set(rec.file, list);
  }

  for (const a of ctx.register.agreements) {
    const inFile = passages.get(a.source.file) ?? [];
    const passage = [...inFile].reverse().find((p) => p.start <= a.source.line);
    docs.push({
      kind: a.kind,
      title: shortTitle(a.text),
      indexTitle: `${KIND_LABEL[a.kind]} ${a.id}`,
      url: ctx.urls.agreement(a.id),
      date: a.meeting.date,
      owners: a.owners,
      status: a.status,
      overdue: a.overdue,
      body: a.meeting.body,
      text: a.text,
      // A person owner's name is searchable only when public (Woo art. 5.1.2e).
      ownerWords: [ownerWords(a.owners), ...a.ownerPeople.flatMap((p) => (p.public && p.name ? [p.name] : []))].join(' ').trim(),
      meanings: expand(a.text),
      extra: `${a.kind} ${a.label} ${a.agendaItem?.title ?? ''}`,
      context: passage ? passage.at : null,
    });
  }

  for (const d of ctx.documents) {
    for (const s of sectionsOfSource(d.source, ctx.published.get(d.file))) {
      if (!s.text) continue;
      const title = s.title ? `${d.fm.titel}: ${s.title}` : d.fm.titel;
      docs.push({
        kind: 'stuk',
        title,
        indexTitle: title,
        url: s.n ? `${ctx.urls.document(d.fm.id)}#deel-${s.n}` : ctx.urls.document(d.fm.id),
        date: d.fm.datum,
        owners: d.fm.afzenders,
        status: null,
        overdue: false,
        body: null,
        text: s.text,
        ownerWords: ownerWords(d.fm.afzenders),
        meanings: expand(`${s.title ?? ''} ${s.text}`),
        extra: 'stuk brief',
        context: null,
      });
    }
  }

  for (const u of ctx.updates) {
    const a = ctx.agreementsById.get(u.agreementId);
    const title = `Voortgang van ${a ? `${KIND_LABEL[a.kind].toLowerCase()} ` : ''}${u.agreementId}`;
    docs.push({
      kind: 'voortgang',
      title: a ? `Voortgang: ${shortTitle(a.text, 70)}` : title,
      indexTitle: title,
      url: ctx.urls.agreement(u.agreementId),
      date: u.date,
      owners: a?.owners ?? [],
      status: u.status ?? null,
      overdue: false,
      body: a?.meeting.body ?? null,
      text: u.text,
      ownerWords: ownerWords(a?.owners ?? []),
      meanings: expand(u.text),
      extra: 'voortgang voortgangsbericht',
      context: null,
    });
  }
  return docs;
}
