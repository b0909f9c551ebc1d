/** The candidate nearest to `word` by edit distance, if near enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[], maxDistance?: number): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDist = Infinity;
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  return bestDist <= (maxDistance ?? Math.max(1, Math.floor(w.length / 3))) ? best : undefined;
}

/** Edit distance where swapping two neighbouring characters ("04-12" for "04-21") counts as one typo. */
export function distance(a: string, b: string): number {
  // Three rows of the optimal-string-alignment table: the one before last is needed for swaps.
  let before = new Array<number>(b.length + 1).fill(0);
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    before = last;
    last = row;
  }
  return last[b.length]!;
}
