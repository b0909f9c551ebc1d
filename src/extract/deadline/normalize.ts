/**
 * Folds the text for matching while remembering, per folded character, where it
 * came from, so a match can be reported as the exact original words.
 */
export interface Normalized {
  /** Lower case, accents stripped ("vóór" → "voor"), every space one ' ', ´’‘ → ', dashes → -. */
  text: string;
  /** Original index where folded character i starts; null when every character folds to one (i itself). */
  starts: number[] | null;
  /** Original index just after folded character i; null when that is i + 1. */
  ends: number[] | null;
}

const INVISIBLE = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/u;
const APOSTROPHE = /^['´’‘`′ʼ]$/u;
const DASH = /^[‐‑‒–—−]$/u;
const ASCII = /^[\x00-\x7f]*$/;

function fold(char: string): string {
  const code = char.charCodeAt(0);
  // ASCII: only white space, the backtick and capitals change (as the rules below would do them).
  if (code < 0x80) return code === 0x60 ? "'" : /^\s$/.test(char) ? ' ' : char.toLowerCase();
  if (INVISIBLE.test(char)) return '';
  if (/^\s$/u.test(char)) return ' ';
  if (APOSTROPHE.test(char)) return "'";
  if (DASH.test(char)) return '-';
  return char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

export function normalize(input: string): Normalized {
  // Plain ASCII folds character by character, so positions stay where they are.
  if (ASCII.test(input)) return { text: input.replace(/[\t\n\v\f\r]/g, ' ').replace(/`/g, "'").toLowerCase(), starts: null, ends: null };
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
  const n = normalized.text.length;
  const from = (normalized.starts ? normalized.starts[start] : start >= 0 && start < n ? start : undefined) ?? input.length;
  const to = (normalized.ends ? normalized.ends[end - 1] : end - 1 >= 0 && end - 1 < n ? end : undefined) ?? from;
  return input.slice(from, to);
}
