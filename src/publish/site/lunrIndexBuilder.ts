import type { CountedTerms } from './countTerms.js';

export interface LunrField {
  name: string;
  boost: number;
}

export interface LunrDoc {
  ref: string;
  boost: number;
  /** One value per field, in field order. */
  values: string[];
}

/**
 * A lunr index in plain arrays: what lunr.Builder computes (postings, idf, BM25 field vectors),
 * without an object per posting. Terms are numbered in order of first occurrence, as lunr numbers
 * them; `toLunrJson` gives exactly lunr's serialisation, the search shards cut it by term.
 */
export interface LunrIndexData {
  fields: LunrField[];
  refs: string[];
  terms: string[];
  /** postings[term][field]: positions (in `refs`) of the documents with the term in that field, ascending. */
  postings: number[][][];
  /** vectors[doc][field]: [term, score, term, score, …] sorted by term number. */
  vectors: number[][][];
}

// lunr.Builder's BM25 parameters (b and k1 are never changed here).
const B = 0.75;
const K1 = 1.2;

export function buildLunrIndex(fields: LunrField[], docs: LunrDoc[], countTerms: (text: string) => CountedTerms): LunrIndexData {
  const termId = new Map<string, number>();
  const terms: string[] = [];
  const postings: number[][][] = [];
  const total = new Array<number>(fields.length).fill(0);
  const counted = docs.map((d, di) =>
    fields.map((_, fi) => {
      const c = countTerms(d.values[fi] ?? '');
      total[fi]! += c.length;
      for (const [term] of c.terms) {
        let id = termId.get(term);
        if (id === undefined) {
          id = terms.length;
          termId.set(term, id);
          terms.push(term);
          postings.push(fields.map(() => []));
        }
        postings[id]![fi]!.push(di);
      }
      return c;
    }),
  );
  // lunr.idf: a document counts once for every field the term is in.
  const n = docs.length;
  const idf = postings.map((p) => {
    const df = p.reduce((sum, list) => sum + list.length, 0);
    return Math.log(1 + Math.abs((n - df + 0.5) / (df + 0.5)));
  });
  const average = total.map((t) => t / n);
  const vectors = counted.map((perField, di) =>
    perField.map((c, fi) => {
      const pairs: [number, number][] = [];
      const fieldBoost = fields[fi]!.boost || 1;
      const docBoost = docs[di]!.boost || 1;
      for (const [term, tf] of c.terms) {
        const id = termId.get(term)!;
        // The same expression, in the same order, as lunr.Builder#createFieldVectors: the same doubles.
        let score = (idf[id]! * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (c.length / average[fi]!)) + tf);
        score *= fieldBoost;
        score *= docBoost;
        pairs.push([id, Math.round(score * 1000) / 1000]);
      }
      pairs.sort((a, b) => a[0] - b[0]);
      return pairs.flat();
    }),
  );
  return { fields, refs: docs.map((d) => d.ref), terms, postings, vectors };
}

type Posting = Record<string, unknown>;

/**
 * lunr.Index#toJSON of this index, with the empty fields of each posting left out (see
 * compactIndex in searchIndex.ts): byte for byte what lunr's builder gives.
 */
export function toLunrJson(index: LunrIndexData, version: string, pipeline: string[]): object {
  const order = index.terms.map((_, i) => i).sort((a, b) => (index.terms[a]! < index.terms[b]! ? -1 : index.terms[a]! > index.terms[b]! ? 1 : 0));
  return {
    version,
    fields: index.fields.map((f) => f.name),
    fieldVectors: index.refs.flatMap((ref, di) => index.fields.map((f, fi) => [`${f.name}/${ref}`, index.vectors[di]![fi]!])),
    invertedIndex: order.map((id) => [index.terms[id]!, postingJson(index, id, id)]),
    pipeline,
  };
}

/** One term's posting as lunr writes it (empty fields left out), under the term number `as`. */
export function postingJson(index: LunrIndexData, id: number, as: number): Posting {
  const posting: Posting = { _index: as };
  index.fields.forEach((f, fi) => {
    const docs = index.postings[id]![fi]!;
    if (!docs.length) return;
    const byDoc: Record<string, object> = {};
    for (const di of docs) byDoc[index.refs[di]!] = {};
    posting[f.name] = byDoc;
  });
  return posting;
}
