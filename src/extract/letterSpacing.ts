/**
 * Letter-spaced writing ("J a n s e n", "J. d e  V r i e s"): a name spelled out a letter at a time
 * is still the name, and reads as one to anyone. Three or more single letters with spaces between
 * are one run; a single space joins its letters, a wider one stays a word break, and a capital after
 * a small letter starts a new word ("d e V r i e s" → "de Vries"). Ordinary text holds no such run.
 */
const RUN = /(?<![\p{L}\p{N}.'’-])\p{L}(?![\p{L}\p{N}.'’])(?:[ \t]+\p{L}(?![\p{L}\p{N}.'’])){2,}/gu;

export interface Despaced {
  /** The text with each run written as words. */
  text: string;
  /** Index in the original of character i of `text` (i = text.length: the original's length). */
  back: number[];
  /** Index in `text` of character i of the original (a removed space: the next kept character). */
  forward(i: number): number;
}

/** The text with its letter-spaced runs joined, or null when it has none (almost always). */
export function despace(input: string): Despaced | null {
  RUN.lastIndex = 0;
  if (!RUN.test(input)) return null;
  RUN.lastIndex = 0;
  let text = '';
  const back: number[] = [];
  let last = 0;
  const keep = (from: number, to: number) => {
    for (let i = from; i < to; i++) back.push(i);
    text += input.slice(from, to);
  };
  for (const m of input.matchAll(RUN)) {
    keep(last, m.index);
    const run = m[0];
    for (let k = 0; k < run.length; k++) {
      const c = run[k]!;
      if (c !== ' ' && c !== '\t') {
        back.push(m.index + k);
        text += c;
        continue;
      }
      let j = k;
      while (run[j + 1] === ' ' || run[j + 1] === '\t') j++;
      const prev = run[k - 1]!;
      const next = run[j + 1]!;
      // A wider gap, or a capital after a small letter, is a word break.
      if (j > k || (/\p{Ll}/u.test(prev) && /\p{Lu}/u.test(next))) {
        back.push(m.index + k);
        text += ' ';
      }
      k = j;
    }
    last = m.index + run.length;
  }
  keep(last, input.length);
  back.push(input.length);
  const forward = (i: number): number => {
    let lo = 0;
    let hi = back.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (back[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { text, back, forward };
}
