import { dutchIndex, dutchStem } from './dutchLunr.js';
import type { Glossary } from './glossary.js';
import type { Labels } from '../../schema/registry.js';
import type { SearchDoc } from './searchDocuments.js';

/** What the browser shows of a hit; keys kept short because the file travels to phones. */
export interface StoredDoc {
  k: SearchDoc['kind'];
  t: string;
  u: string;
  d: string | null;
  o: string[];
  s: string | null;
  l: 1 | 0;
  b: string | null;
  x: string;
  c: number | null;
}

export interface SearchIndexFile {
  v: 1;
  index: object;
  docs: StoredDoc[];
  /** Abbreviation (lower case) → stems of its meaning, so the passage of a hit on "CNO" can show "crisisnoodopvang". */
  abbr: Record<string, string[]>;
  /** Stem of a label word → the kind it names: "afspraken VNG" asks for agreements about VNG. */
  kinds: Record<string, string>;
}

type Posting = Record<string, unknown>;
interface SerializedIndex {
  fields: string[];
  invertedIndex: [string, Posting][];
}

/**
 * lunr writes every field of every term, mostly empty ("title":{}); leaving the empty ones out
 * saves a quarter of the file. restoreIndex (and its copy in site/assets/search.js) puts them back.
 */
export function compactIndex(index: SerializedIndex): SerializedIndex {
  return {
    ...index,
    invertedIndex: index.invertedIndex.map(([term, posting]) => [
      term,
      Object.fromEntries(Object.entries(posting).filter(([k, v]) => k === '_index' || Object.keys(v as object).length > 0)),
    ]),
  };
}

export function restoreIndex(index: SerializedIndex): SerializedIndex {
  for (const [, posting] of index.invertedIndex) for (const f of index.fields) posting[f] ??= {};
  return index;
}

/**
 * The lunr index with Dutch stemming, built once at build time, and the documents it points to.
 * Agreements weigh more than passages: they are what people look for.
 */
export function buildSearchIndex(docs: SearchDoc[], glossary: Glossary, labels: Labels): SearchIndexFile {
  const index = dutchIndex((b) => {
    b.ref('r');
    b.field('title', { boost: 2 });
    b.field('text', { boost: 1 });
    b.field('owners', { boost: 3 });
    b.field('meanings', { boost: 1 });
    b.field('extra', { boost: 0.5 });
    b.field('context', { boost: 0.3 });
    docs.forEach((d, i) => {
      const context = d.context !== null ? docs[d.context]!.text : '';
      const weight = d.kind === 'stuk' ? 0.6 : d.kind === 'verslag' ? 1 : 2;
      b.add({ r: String(i), title: d.title, text: d.text, owners: d.ownerWords, meanings: d.meanings, extra: d.extra, context }, { boost: weight });
    });
  });
  const abbr: Record<string, string[]> = {};
  for (const [form, term] of glossary.byForm) {
    const stems = term.meaning
      .split(/[\s\-/(),.]+/)
      .filter((w) => w.length > 2)
      .map(dutchStem);
    abbr[form.toLowerCase()] = [...new Set(stems)];
  }
  const kinds: Record<string, string> = {};
  for (const l of labels.labels) kinds[dutchStem(l.label)] = l.soort;
  return {
    v: 1,
    index: compactIndex(index.toJSON() as unknown as SerializedIndex),
    docs: docs.map((d) => ({ k: d.kind, t: d.title, u: d.url, d: d.date, o: d.owners, s: d.status, l: d.overdue ? 1 : 0, b: d.body, x: d.text, c: d.context })),
    abbr,
    kinds,
  };
}
