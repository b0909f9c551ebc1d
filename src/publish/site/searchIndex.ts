import { dutchStem } from './dutchLunr.js';
import { indexPipeline, termCounter, type CountedTerms } from './countTerms.js';
import { buildLunrIndex, toLunrJson, type LunrIndexData } from './lunrIndexBuilder.js';
import type { Glossary } from './glossary.js';
import type { Labels } from '../../schema/registry.js';
import type { SearchDoc } from './searchDocuments.js';
import type { SearchAsk } from './searchAsk.js';

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
  /** What a question can ask beyond its words (an owner's open agreements); null without site data. */
  ask: SearchAsk | null;
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

import { SEARCH_FIELDS } from './searchFields.js';

export { SEARCH_FIELDS };

/** Everything search needs, before it is written as one file or as shards. */
export interface SearchData {
  index: LunrIndexData;
  /** lunr's version and search pipeline, as a serialised index names them. */
  version: string;
  pipeline: string[];
  docs: SearchDoc[];
  abbr: SearchIndexFile['abbr'];
  kinds: SearchIndexFile['kinds'];
  ask: SearchAsk | null;
}

/**
 * The lunr index with Dutch stemming, built once at build time, and the documents it points to.
 * Agreements weigh more than passages: they are what people look for. lunr's own builder makes
 * an object per posting; lunrIndexBuilder computes the same index in plain arrays.
 */
export function buildSearchData(
  docs: SearchDoc[],
  glossary: Glossary,
  labels: Labels,
  ask: SearchAsk | null = null,
  kindWords: Record<string, string> = {},
  counted: Iterable<[string, CountedTerms]> | ((text: string) => CountedTerms | undefined) = [],
): SearchData {
  // An empty Dutch index gives the builder's pipeline (to count terms with) and the serialised search pipeline.
  const { pipeline, index: empty } = indexPipeline();
  // Given the passages' counts as a look-up, other texts are remembered only a few thousand at a
  // time: at 10,000 meetings, all counts at once took hundreds of MB.
  const countTerms = termCounter(pipeline, counted, typeof counted === 'function' ? 20_000 : Infinity);
  const index = buildLunrIndex(
    SEARCH_FIELDS,
    docs.map((d, i) => ({
      ref: String(i),
      boost: d.kind === 'stuk' ? 0.6 : d.kind === 'verslag' ? 1 : 2,
      values: [d.indexTitle, d.text, d.ownerWords, d.meanings, d.extra, d.context !== null ? docs[d.context]!.text : ''],
    })),
    countTerms,
  );
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
  // Other words that ask for a kind ("afgesproken", "besloten"), from data/site.yaml.
  for (const [w, kind] of Object.entries(kindWords)) kinds[dutchStem(w)] ??= kind;
  const serialised = empty.toJSON() as unknown as { version: string; pipeline: string[] };
  return { index, version: serialised.version, pipeline: serialised.pipeline, docs, abbr, kinds, ask };
}

/** The documents as the browser shows them; keys kept short. */
export function storedDocs(docs: SearchDoc[]): StoredDoc[] {
  return docs.map((d) => ({ k: d.kind, t: d.title, u: d.url, d: d.date, o: d.owners, s: d.status, l: d.overdue ? 1 : 0, b: d.body, x: d.text, c: d.context }));
}

/** The whole search in one file: lunr's serialised index (compacted), the documents, abbreviations and kinds. */
export function buildSearchIndex(docs: SearchDoc[], glossary: Glossary, labels: Labels, ask: SearchAsk | null = null, kindWords: Record<string, string> = {}): SearchIndexFile {
  const data = buildSearchData(docs, glossary, labels, ask, kindWords);
  return {
    v: 1,
    index: toLunrJson(data.index, data.version, data.pipeline),
    docs: storedDocs(docs),
    abbr: data.abbr,
    kinds: data.kinds,
    ask: data.ask,
  };
}
