import v8 from 'node:v8';
import { dutchIndex, lunr, SEPARATOR } from './dutchLunr.js';
import { SEARCH_FIELDS } from './searchFields.js';

/**
 * A field's terms: each distinct term in order of first occurrence, its count at the same place
 * in `counts` (two lists, not a pair per term: the index of 2,000 meetings has over a million),
 * and the total.
 */
export interface CountedTerms {
  terms: string[];
  counts: number[];
  length: number;
}

const NONE: CountedTerms = { terms: [], counts: [], length: 0 };

/**
 * The terms of a text as lunr makes them when it indexes (lower case, split at SEPARATOR, then
 * the builder's pipeline: trimmed, stop words out, folded, stemmed), counted. Remembered per word
 * and per text: minutes repeat their words, and an agreement's passage is indexed twice (as a
 * passage and as the agreement's context).
 *
 * `known` gives texts counted before (FilePublish.terms): as pairs, remembered with the rest, or
 * as a look-up, asked each time and not remembered here, so the counts need not all be in memory
 * at once. `remember` caps how many other texts are remembered (all by default): past it, the
 * memory is emptied and filled again.
 */
export function termCounter(
  pipeline: lunr.Pipeline,
  known: Iterable<[string, CountedTerms]> | ((text: string) => CountedTerms | undefined) = [],
  remember = Infinity,
): (text: unknown) => CountedTerms {
  const words = new Map<string, string[]>();
  // Texts counted where their file was read (FilePublish.terms): a rebuild counts only what changed.
  const texts = new Map<string, CountedTerms>(typeof known === 'function' ? [] : known);
  const lookUp = typeof known === 'function' ? known : () => undefined;
  return (value) => {
    if (value === null || value === undefined) return NONE;
    const text = String(value);
    const known = texts.get(text) ?? lookUp(text);
    if (known) return known;
    const counts = new Map<string, number>();
    let length = 0;
    for (const word of text.toLowerCase().split(SEPARATOR)) {
      if (!word) continue;
      let out = words.get(word);
      if (!out) words.set(word, (out = pipeline.run([new lunr.Token(word, {})]).map(String)));
      for (const t of out) counts.set(t, (counts.get(t) ?? 0) + 1);
      length += out.length;
    }
    const counted = { terms: [...counts.keys()], counts: [...counts.values()], length };
    if (texts.size >= remember) texts.clear();
    texts.set(text, counted);
    return counted;
  };
}

/** The pipeline lunr's builder runs on every field of the search index (the index's own, built once). */
export function indexPipeline(): { pipeline: lunr.Pipeline; index: lunr.Index } {
  let pipeline: lunr.Pipeline | null = null;
  const index = dutchIndex((b) => {
    b.ref('r');
    for (const f of SEARCH_FIELDS) b.field(f.name, { boost: f.boost });
    pipeline = b.pipeline;
  });
  return { pipeline: pipeline!, index };
}

/**
 * Counted terms as bytes: a file's result keeps its passages' counts this way until the search
 * index is built (a few bytes a term, where the arrays take tens). A rebuild unpacks every file's
 * counts, so the format is plain: a tag byte, the number of counts (uint32), the counts (per text:
 * its distinct terms, its length, then each term's count), then the terms as UTF-8 joined by
 * newlines (a term never holds white space: SEPARATOR splits at it). About four times faster to
 * read back than v8.deserialize of the arrays. A term with a newline, were there one, is packed
 * with v8.serialize under another tag.
 */
const PLAIN = 1;
const SERIALIZED = 2;

export function packTerms(counted: CountedTerms[]): Uint8Array {
  const words: string[] = [];
  const counts: number[] = [counted.length];
  for (const c of counted) {
    counts.push(c.terms.length, c.length);
    for (let j = 0; j < c.terms.length; j++) {
      if (c.terms[j]!.includes('\n')) return Buffer.concat([Uint8Array.of(SERIALIZED), v8.serialize(counted)]);
      words.push(c.terms[j]!);
      counts.push(c.counts[j]!);
    }
  }
  const text = Buffer.from(words.join('\n'), 'utf8');
  const out = new Uint8Array(5 + counts.length * 4 + text.length);
  const view = new DataView(out.buffer);
  out[0] = PLAIN;
  view.setUint32(1, counts.length, true);
  counts.forEach((n, i) => view.setInt32(5 + i * 4, n, true));
  out.set(text, 5 + counts.length * 4);
  return out;
}

export function unpackTerms(bytes: Uint8Array): CountedTerms[] {
  if (bytes[0] === SERIALIZED) return v8.deserialize(bytes.subarray(1)) as CountedTerms[];
  if (bytes[0] !== PLAIN) throw new Error('unpackTerms: not packed by packTerms');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(1, true);
  const end = 5 + n * 4;
  const words = Buffer.from(bytes.buffer, bytes.byteOffset + end, bytes.byteLength - end).toString('utf8').split('\n');
  const out: CountedTerms[] = [];
  let k = 0;
  let w = 0;
  const next = () => view.getInt32(5 + 4 * k++, true);
  const texts = next();
  for (let i = 0; i < texts; i++) {
    const distinct = next();
    const length = next();
    const counts = new Array<number>(distinct);
    for (let j = 0; j < distinct; j++) counts[j] = next();
    out.push({ terms: words.slice(w, (w += distinct)), counts, length });
  }
  return out;
}
