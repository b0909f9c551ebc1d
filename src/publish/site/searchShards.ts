import type { SearchData } from './searchIndex.js';

export interface SearchFile {
  /** Path below the site root. */
  path: string;
  content: string;
}

/** Where the shards and text chunks go, below data/. */
export const SHARD_DIR = 'zoeken';

const KIND_LETTER: Record<string, string> = { afspraak: 'a', besluit: 'b', toezegging: 't', verslag: 'v', stuk: 's', voortgang: 'g' };
const STATUS_LETTER: Record<string, string> = { open: 'o', loopt: 'l', afgerond: 'a', vervallen: 'v' };

/**
 * The search split so a first query loads little (the target: no more than Pagefind):
 *
 * - data/zoekindex.json, loaded when someone starts to search: lunr's fields and pipeline, the
 *   first term of every shard and the first document of every text chunk, and per document only
 *   what filtering and ordering need (kind, date, body, owners, status), compactly;
 * - data/zoeken/termen-N.json: the index cut into ranges of terms. A shard holds, per term and
 *   field, the documents with the term and the term's score in each (lunr's postings and field
 *   vectors in one), so the shards a query's words fall in, joined, are a lunr index that ranks
 *   those words exactly as all shards together do;
 * - data/zoeken/titels-N.json: titles and addresses of a range of documents, loaded first for
 *   the results on screen, so their titles show before their passages;
 * - data/zoeken/tekst-N.json: the texts of the same range, for the passages.
 *
 * Terms are numbered in sorted order, so joining shards in order keeps every vector sorted.
 */
export function searchShards(data: SearchData, opts: { shardBytes?: number; chunkBytes?: number } = {}): { main: string; files: SearchFile[] } {
  const shardBytes = opts.shardBytes ?? 48_000;
  const chunkBytes = opts.chunkBytes ?? 12_000;
  const { index, docs } = data;
  const fields = index.fields.map((f) => f.name);

  // Terms in sorted order; cut into shards of about shardBytes of JSON.
  const order = index.terms.map((_, i) => i).sort((a, b) => (index.terms[a]! < index.terms[b]! ? -1 : index.terms[a]! > index.terms[b]! ? 1 : 0));
  const firstTerms: string[] = [];
  const firstPositions: number[] = [];
  let size = Infinity;
  // Pairs per term (document and field), for the shards' sizes.
  const pairCount = new Int32Array(index.terms.length);
  for (const perField of index.vectors) for (const v of perField) for (let i = 0; i < v.length; i += 2) pairCount[v[i]!]!++;
  order.forEach((id, pos) => {
    const pairs = pairCount[id]!;
    const bytes = index.terms[id]!.length + 8 + pairs * 9;
    if (size + bytes > shardBytes && size > 0) {
      firstTerms.push(index.terms[id]!);
      firstPositions.push(pos);
      size = 0;
    }
    size += bytes;
  });
  if (!firstTerms.length) {
    firstTerms.push('');
    firstPositions.push(0);
  }

  // Each term's scores per field, [document, score, …] in document order: lunr's postings and
  // field vectors are both read back from these (site/assets/search-shards.js, joinShards).
  const scores: number[][][] = index.terms.map(() => fields.map(() => []));
  index.vectors.forEach((perField, di) =>
    perField.forEach((v, fi) => {
      for (let i = 0; i < v.length; i += 2) scores[v[i]!]![fi]!.push(di, v[i + 1]!);
    }),
  );
  const shardFiles = firstTerms.map((_, n) => {
    const from = firstPositions[n]!;
    const to = n + 1 < firstPositions.length ? firstPositions[n + 1]! : order.length;
    const t = order.slice(from, to).map((id) => [index.terms[id]!, ...scores[id]!.map(deltaDocs)]);
    return { path: `data/${SHARD_DIR}/termen-${n}.json`, content: JSON.stringify({ p: from, t }) };
  });

  // Texts for display, in chunks of about chunkBytes.
  const chunkStarts: number[] = [];
  const chunks: [string, string, string][][] = [];
  size = Infinity;
  docs.forEach((d, i) => {
    const row: [string, string, string] = [d.title, d.url, d.text];
    const bytes = d.title.length + d.url.length + d.text.length + 12;
    if (size + bytes > chunkBytes && size > 0) {
      chunkStarts.push(i);
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]!.push(row);
    size += bytes;
  });

  const files: SearchFile[] = [
    ...shardFiles,
    ...chunks.map((c, i) => ({ path: `data/${SHARD_DIR}/titels-${i}.json`, content: JSON.stringify(c.map((r) => [r[0], r[1]])) })),
    ...chunks.map((c, i) => ({ path: `data/${SHARD_DIR}/tekst-${i}.json`, content: JSON.stringify(c.map((r) => r[2])) })),
  ];
  const main = {
    v: 2,
    version: data.version,
    fields,
    pipeline: data.pipeline,
    shards: firstTerms,
    chunks: chunkStarts,
    docs: docMeta(data),
    abbr: data.abbr,
    kinds: data.kinds,
    ask: data.ask,
  };
  return { main: JSON.stringify(main), files };
}

/** [document, score, …] with each document number as the step from the one before: shorter JSON. */
function deltaDocs(pairs: number[]): number[] {
  const out = pairs.slice();
  for (let i = pairs.length - 2; i >= 2; i -= 2) out[i] = pairs[i]! - pairs[i - 2]!;
  return out;
}

/** Runs of equal values as [value, count, value, count, …]: documents come grouped by meeting. */
function runs(values: number[]): number[] {
  const out: number[] = [];
  for (const v of values) {
    if (out.length && out[out.length - 2] === v) out[out.length - 1]!++;
    else out.push(v, 1);
  }
  return out;
}

function table(values: (string | null)[]): { names: string[]; at: number[] } {
  const names: string[] = [];
  const index = new Map<string, number>();
  const at = values.map((v) => {
    if (v === null) return -1;
    let i = index.get(v);
    if (i === undefined) index.set(v, (i = names.push(v) - 1));
    return i;
  });
  return { names, at };
}

/** One character per table entry (0, 1, … then on through Unicode), so a list of codes is a short string. */
const code = (i: number) => String.fromCharCode(48 + i);

/**
 * What filtering and ordering need of every document, read back by site/assets/search-shards.js
 * (expandDocs): kind as one letter; status as one letter, upper case when the deadline has
 * passed; body as one character from a table; owners as characters from a table, documents
 * separated by commas; date as runs over a table (documents come grouped by meeting).
 */
function docMeta(data: SearchData): object {
  const docs = data.docs;
  const dates = table(docs.map((d) => d.date));
  const bodies = table(docs.map((d) => d.body));
  const owners = table(docs.flatMap((d) => d.owners));
  const ownerAt = new Map(owners.names.map((n, i) => [n, i]));
  return {
    k: docs.map((d) => KIND_LETTER[d.kind] ?? '?').join(''),
    s: docs.map((d) => (d.status ? (d.overdue ? STATUS_LETTER[d.status]!.toUpperCase() : STATUS_LETTER[d.status]) : d.overdue ? '!' : '-')).join(''),
    dates: dates.names,
    d: runs(dates.at),
    bodies: bodies.names,
    b: bodies.at.map((i) => (i < 0 ? '-' : code(i))).join(''),
    owners: owners.names,
    o: docs.map((d) => d.owners.map((o) => code(ownerAt.get(o)!)).join('')).join(','),
  };
}
