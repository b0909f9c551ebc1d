import v8 from 'node:v8';
import { dutchIndex, lunr, SEPARATOR } from './dutchLunr.js';
import { SEARCH_FIELDS } from './searchFields.js';

/** A field's terms: each distinct term with its count, in order of first occurrence, and the total. */
export interface CountedTerms {
  terms: [string, number][];
  length: number;
}

const NONE: CountedTerms = { terms: [], length: 0 };

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
    const counted = { terms: [...counts], length };
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
 * index is built (a few bytes a term, where the arrays take tens).
 */
export function packTerms(counted: CountedTerms[]): Uint8Array {
  return v8.serialize(counted);
}

export function unpackTerms(bytes: Uint8Array): CountedTerms[] {
  return v8.deserialize(bytes) as CountedTerms[];
}
