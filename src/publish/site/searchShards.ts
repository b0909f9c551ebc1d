import type { SearchData } from './searchIndex.js';

export interface SearchFile {
  /** Path below the site root. */
  readonly path: string;
  /** Made anew each time it is read: keep it only as long as it is needed. */
  readonly content: string;
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
  const nf = fields.length;
  const terms = index.terms;

  // Terms in sorted order; cut into shards of about shardBytes of JSON.
  const order = terms.map((_, i) => i).sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
  const firstTerms: string[] = [];
  const firstPositions: number[] = [];
  let size = Infinity;
  // Pairs per term and field (document and score); per term, for the shards' sizes.
  const pairCount = new Int32Array(terms.length * nf);
  for (let k = 0; k < index.start.length - 1; k++) for (let i = index.start[k]!; i < index.start[k + 1]!; i++) pairCount[index.term[i]! * nf + (k % nf)]!++;
  order.forEach((id, pos) => {
    let pairs = 0;
    for (let fi = 0; fi < nf; fi++) pairs += pairCount[id * nf + fi]!;
    const bytes = terms[id]!.length + 8 + pairs * 9;
    if (size + bytes > shardBytes && size > 0) {
      firstTerms.push(terms[id]!);
      firstPositions.push(pos);
      size = 0;
    }
    size += bytes;
  });
  if (!firstTerms.length) {
    firstTerms.push('');
    firstPositions.push(0);
  }

  // Each term's scores per field, documents ascending: lunr's postings and field vectors are both
  // read back from these (site/assets/search-shards.js, joinShards). Flat, by term and field.
  const at = new Int32Array(terms.length * nf + 1);
  for (let j = 0; j < pairCount.length; j++) at[j + 1] = at[j]! + pairCount[j]!;
  const fill = at.slice(0, -1);
  const doc = new Int32Array(at[at.length - 1]!);
  const milli = new Int32Array(doc.length);
  for (let k = 0; k < index.start.length - 1; k++)
    for (let i = index.start[k]!; i < index.start[k + 1]!; i++) {
      const j = fill[index.term[i]! * nf + (k % nf)]!++;
      doc[j] = Math.floor(k / nf);
      milli[j] = index.milli[i]!;
    }
  // [document, score, …] with each document number as the step from the one before: shorter JSON.
  const row = (id: number) => [
    terms[id]!,
    ...fields.map((_, fi) => {
      const out: number[] = [];
      for (let j = at[id * nf + fi]!, prev = 0; j < at[id * nf + fi + 1]!; j++) {
        out.push(doc[j]! - prev, milli[j]! / 1000);
        prev = doc[j]!;
      }
      return out;
    }),
  ];
  // Each file's content is made when it is read, so the build writes one at a time and keeps none.
  const lazy = (path: string, make: () => string): SearchFile => ({
    path,
    get content() {
      return make();
    },
  });
  const shardFiles = firstTerms.map((_, n) => {
    const from = firstPositions[n]!;
    const to = n + 1 < firstPositions.length ? firstPositions[n + 1]! : order.length;
    return lazy(`data/${SHARD_DIR}/termen-${n}.json`, () => JSON.stringify({ p: from, t: order.slice(from, to).map(row) }));
  });

  // Texts for display, in chunks of about chunkBytes: documents [chunkStarts[i], next start).
  const chunkStarts: number[] = [];
  size = Infinity;
  docs.forEach((d, i) => {
    const bytes = d.title.length + d.url.length + d.text.length + 12;
    if (size + bytes > chunkBytes && size > 0) {
      chunkStarts.push(i);
      size = 0;
    }
    size += bytes;
  });
  const chunk = (i: number) => docs.slice(chunkStarts[i], i + 1 < chunkStarts.length ? chunkStarts[i + 1] : docs.length);

  const files: SearchFile[] = [
    ...shardFiles,
    ...chunkStarts.map((_, i) => lazy(`data/${SHARD_DIR}/titels-${i}.json`, () => JSON.stringify(chunk(i).map((d) => [d.title, d.url])))),
    ...chunkStarts.map((_, i) => lazy(`data/${SHARD_DIR}/tekst-${i}.json`, () => JSON.stringify(chunk(i).map((d) => d.text)))),
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
