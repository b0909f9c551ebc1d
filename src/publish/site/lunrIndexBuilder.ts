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
  /** vectors[doc][field]: [term, score, term, score, …] sorted by term number. */
  vectors: number[][][];
}

// lunr.Builder's BM25 parameters (b and k1 are never changed here).
const B = 0.75;
const K1 = 1.2;

export function buildLunrIndex(fields: LunrField[], docs: LunrDoc[], countTerms: (text: string) => CountedTerms): LunrIndexData {
  const termId = new Map<string, number>();
  const terms: string[] = [];
  // Documents with the term, a document counted once for every field it is in (as lunr.idf counts).
  const df: number[] = [];
  const total = new Array<number>(fields.length).fill(0);
  const counted = docs.map((d) =>
    fields.map((_, fi) => {
      const c = countTerms(d.values[fi] ?? '');
      total[fi]! += c.length;
      for (const [term] of c.terms) {
        let id = termId.get(term);
        if (id === undefined) {
          id = terms.length;
          termId.set(term, id);
          terms.push(term);
          df.push(0);
        }
        df[id]!++;
      }
      return c;
    }),
  );
  const n = docs.length;
  const idf = df.map((d) => Math.log(1 + Math.abs((n - d + 0.5) / (d + 0.5))));
  const average = total.map((t) => t / n);
  const vectors = counted.map((perField, di) =>
    perField.map((c, fi) => {
      const size = c.terms.length;
      if (!size) return [];
      const fieldBoost = fields[fi]!.boost || 1;
      const docBoost = docs[di]!.boost || 1;
      const ids = new Int32Array(size);
      const scores = new Float64Array(size);
      c.terms.forEach(([term, tf], i) => {
        const id = termId.get(term)!;
        // The same expression, in the same order, as lunr.Builder#createFieldVectors: the same doubles.
        let score = (idf[id]! * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (c.length / average[fi]!)) + tf);
        score *= fieldBoost;
        score *= docBoost;
        ids[i] = id;
        scores[i] = Math.round(score * 1000) / 1000;
      });
      const order = Array.from({ length: size }, (_, i) => i).sort((a, b) => ids[a]! - ids[b]!);
      const out = new Array<number>(size * 2);
      order.forEach((i, k) => {
        out[2 * k] = ids[i]!;
        out[2 * k + 1] = scores[i]!;
      });
      return out;
    }),
  );
  return { fields, refs: docs.map((d) => d.ref), terms, vectors };
}

/** Per term and field, the documents that have it (ascending): lunr's postings, from the vectors. */
export function postingsOf(index: LunrIndexData): number[][][] {
  const postings = index.terms.map(() => index.fields.map((): number[] => []));
  index.vectors.forEach((perField, di) =>
    perField.forEach((v, fi) => {
      for (let i = 0; i < v.length; i += 2) postings[v[i]!]![fi]!.push(di);
    }),
  );
  return postings;
}

type Posting = Record<string, unknown>;

/**
 * lunr.Index#toJSON of this index, with the empty fields of each posting left out (see
 * compactIndex in searchIndex.ts): byte for byte what lunr's builder gives.
 */
export function toLunrJson(index: LunrIndexData, version: string, pipeline: string[]): object {
  const postings = postingsOf(index);
  const order = index.terms.map((_, i) => i).sort((a, b) => (index.terms[a]! < index.terms[b]! ? -1 : index.terms[a]! > index.terms[b]! ? 1 : 0));
  return {
    version,
    fields: index.fields.map((f) => f.name),
    fieldVectors: index.refs.flatMap((ref, di) => index.fields.map((f, fi) => [`${f.name}/${ref}`, index.vectors[di]![fi]!])),
    invertedIndex: order.map((id) => [index.terms[id]!, postingJson(index, postings, id)]),
    pipeline,
  };
}

/** One term's posting as lunr writes it (empty fields left out). */
function postingJson(index: LunrIndexData, postings: number[][][], id: number): Posting {
  const posting: Posting = { _index: id };
  index.fields.forEach((f, fi) => {
    const docs = postings[id]![fi]!;
    if (!docs.length) return;
    const byDoc: Record<string, object> = {};
    for (const di of docs) byDoc[index.refs[di]!] = {};
    posting[f.name] = byDoc;
  });
  return posting;
}
