import { normalizeForMatch } from '../extract/normalize.js';

/** Lower-case words without accents or punctuation: what a reader would call "the same words". */
export function wordsOf(text: string): string[] {
  return normalizeForMatch(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The share of the words of `before` that are still in `after` (each word used once). A typo
 * fix keeps nearly all words (a word one or two letters off still counts), an added sentence
 * keeps all of them; a different agreement keeps few. 1 for two empty texts.
 */
export function keptShare(before: string, after: string): number {
  const a = wordsOf(before);
  const pool = wordsOf(after);
  if (a.length === 0) return pool.length === 0 ? 1 : 0;
  let kept = 0;
  for (const w of a) {
    let i = pool.indexOf(w);
    if (i < 0) i = pool.findIndex((p) => nearlyEqual(w, p));
    if (i >= 0) {
      kept++;
      pool.splice(i, 1);
    }
  }
  return kept / a.length;
}

/** Typo distance: one edit for short words, two for long ones; short words must match exactly. */
function nearlyEqual(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return false;
  const max = Math.min(a.length, b.length) <= 6 ? 1 : 2;
  if (Math.abs(a.length - b.length) > max) return false;
  return editDistance(a, b, max) <= max;
}

function editDistance(a: string, b: string, cap: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > cap) return best;
    prev = row;
  }
  return prev[b.length]!;
}
