/**
 * Folds the text for matching while remembering, per folded character, where it
 * came from, so a match can be reported as the exact original words.
 */
export interface Normalized {
  /** Lower case, accents stripped ("vóór" → "voor"), every space one ' ', ´’‘ → ', dashes → -. */
  text: string;
  /** Original index where folded character i starts. */
  starts: number[];
  /** Original index just after folded character i. */
  ends: number[];
}

const INVISIBLE = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/u;
const APOSTROPHE = /^['´’‘`′ʼ]$/u;
const DASH = /^[‐‑‒–—−]$/u;

function fold(char: string): string {
  if (INVISIBLE.test(char)) return '';
  if (/^\s$/u.test(char)) return ' ';
  if (APOSTROPHE.test(char)) return "'";
  if (DASH.test(char)) return '-';
  return char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

export function normalize(input: string): Normalized {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of input) {
    const folded = fold(char);
    if (folded === '' && ends.length > 0) {
      // A dropped mark belongs to the character before it.
      ends[ends.length - 1] = index + char.length;
    }
    for (let k = 0; k < folded.length; k++) {
      text += folded[k];
      starts.push(index);
      ends.push(index + char.length);
    }
    index += char.length;
  }
  return { text, starts, ends };
}

/** The original words behind folded span [start, end). */
export function originalSpan(input: string, normalized: Normalized, start: number, end: number): string {
  const from = normalized.starts[start] ?? input.length;
  const to = normalized.ends[end - 1] ?? from;
  return input.slice(from, to);
}
