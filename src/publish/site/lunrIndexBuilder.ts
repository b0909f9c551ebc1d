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
 * A lunr index in flat typed arrays: what lunr.Builder computes (postings, idf, BM25 field
 * vectors), without an object per posting or an array per vector (at 10,000 meetings the nested
 * arrays took hundreds of MB). Terms are numbered in order of first occurrence, as lunr numbers
 * them; `toLunrJson` gives exactly lunr's serialisation, the search shards cut it by term.
 */
export interface LunrIndexData {
  fields: LunrField[];
  refs: string[];
  terms: string[];
  /** Field vector k = doc × fields + field is entries [start[k], start[k + 1]), sorted by term number. */
  start: Int32Array;
  /** Each entry's term number. */
  term: Int32Array;
  /** Each entry's score × 1000: lunr's score rounded to 3 decimals is milli[i] / 1000, the same double. */
  milli: Int32Array;
}

// lunr.Builder's BM25 parameters (b and k1 are never changed here).
const B = 0.75;
const K1 = 1.2;

/** An Int32Array that grows as values are appended. */
class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(Math.ceil(this.data.length * 1.5));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export function buildLunrIndex(fields: LunrField[], docs: LunrDoc[], countTerms: (text: string) => CountedTerms): LunrIndexData {
  const termId = new Map<string, number>();
  const terms: string[] = [];
  // Documents with the term, a document counted once for every field it is in (as lunr.idf counts).
  const df: number[] = [];
  const total = new Array<number>(fields.length).fill(0);
  const nf = fields.length;
  const start = new Int32Array(docs.length * nf + 1);
  // Each field's length in terms; per entry its term and count, kept compactly until the idf is known.
  const fieldLength = new Int32Array(docs.length * nf);
  const ids = new IntList();
  const tfs = new IntList();
  docs.forEach((d, di) =>
    fields.forEach((_, fi) => {
      const k = di * nf + fi;
      const c = countTerms(d.values[fi] ?? '');
      total[fi]! += c.length;
      fieldLength[k] = c.length;
      const from = ids.length;
      for (let j = 0; j < c.terms.length; j++) {
        const term = c.terms[j]!;
        let id = termId.get(term);
        if (id === undefined) {
          id = terms.length;
          termId.set(term, id);
          terms.push(term);
          df.push(0);
        }
        df[id]!++;
        ids.push(id);
        tfs.push(c.counts[j]!);
      }
      sortEntries(ids.data, tfs.data, from, ids.length);
      start[k + 1] = ids.length;
    }),
  );
  const term = ids.done();
  const milli = tfs.done();
  const n = docs.length;
  const idf = df.map((d) => Math.log(1 + Math.abs((n - d + 0.5) / (d + 0.5))));
  const average = total.map((t) => t / n);
  for (let di = 0; di < n; di++)
    for (let fi = 0; fi < nf; fi++) {
      const k = di * nf + fi;
      const fieldBoost = fields[fi]!.boost || 1;
      const docBoost = docs[di]!.boost || 1;
      const length = fieldLength[k]!;
      for (let i = start[k]!; i < start[k + 1]!; i++) {
        const tf = milli[i]!;
        // The same expression, in the same order, as lunr.Builder#createFieldVectors: the same doubles.
        let score = (idf[term[i]!]! * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (length / average[fi]!)) + tf);
        score *= fieldBoost;
        score *= docBoost;
        milli[i] = Math.round(score * 1000);
      }
    }
  return { fields, refs: docs.map((d) => d.ref), terms, start, term, milli };
}

// A term number and its count in one double (number × TF_SPAN + count, exact below 2^53), so a
// field's entries sort as plain numbers: a typed array's sort, no comparator, no pairs.
const TF_SPAN = 2 ** 21;

/** Sorts entries [from, to) by term number (a field's terms are distinct), moving their counts along. */
function sortEntries(ids: Int32Array, tfs: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    const keys = new Float64Array(to - from);
    for (let k = 0; k < keys.length; k++) {
      const tf = tfs[from + k]!;
      if (tf < 0 || tf >= TF_SPAN) return sortByComparing(ids, tfs, from, to);
      keys[k] = ids[from + k]! * TF_SPAN + tf;
    }
    keys.sort();
    for (let k = 0; k < keys.length; k++) {
      const id = Math.floor(keys[k]! / TF_SPAN);
      ids[from + k] = id;
      tfs[from + k] = keys[k]! - id * TF_SPAN;
    }
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const id = ids[i]!;
    const tf = tfs[i]!;
    let j = i - 1;
    while (j >= from && ids[j]! > id) {
      ids[j + 1] = ids[j]!;
      tfs[j + 1] = tfs[j]!;
      j--;
    }
    ids[j + 1] = id;
    tfs[j + 1] = tf;
  }
}

/** The same order for a count too large to share a double with its term number (never seen in minutes). */
function sortByComparing(ids: Int32Array, tfs: Int32Array, from: number, to: number): void {
  const order = Array.from({ length: to - from }, (_, i) => from + i).sort((a, b) => ids[a]! - ids[b]!);
  const pairs = order.map((i) => [ids[i]!, tfs[i]!] as const);
  pairs.forEach(([id, tf], k) => {
    ids[from + k] = id;
    tfs[from + k] = tf;
  });
}

/** Field vector (doc, field) as lunr serialises it: [term, score, term, score, …]. */
export function fieldVector(index: LunrIndexData, di: number, fi: number): number[] {
  const k = di * index.fields.length + fi;
  const out: number[] = [];
  for (let i = index.start[k]!; i < index.start[k + 1]!; i++) out.push(index.term[i]!, index.milli[i]! / 1000);
  return out;
}

/** Per term and field, the documents that have it (ascending): lunr's postings, from the vectors. */
export function postingsOf(index: LunrIndexData): number[][][] {
  const postings = index.terms.map(() => index.fields.map((): number[] => []));
  const nf = index.fields.length;
  for (let k = 0; k < index.start.length - 1; k++)
    for (let i = index.start[k]!; i < index.start[k + 1]!; i++) postings[index.term[i]!]![k % nf]!.push(Math.floor(k / nf));
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
    fieldVectors: index.refs.flatMap((ref, di) => index.fields.map((f, fi) => [`${f.name}/${ref}`, fieldVector(index, di, fi)])),
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
