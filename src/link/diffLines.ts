/** One step of a line diff. `cur` is the 0-based index of the current line at that point. */
export type LineOp =
  | { kind: 'same'; base: number; cur: number }
  | { kind: 'del'; base: number; cur: number }
  | { kind: 'ins'; base: number; cur: number };

/** Above this many cells the middle part is treated as replaced wholesale: still correct, less precise. */
const MAX_CELLS = 4_000_000;

/**
 * A longest-common-subsequence diff of two line lists, in order. Minutes files are a few
 * hundred lines and edits are local, so trimming the common ends leaves a small table.
 */
export function diffLines(base: string[], cur: string[]): LineOp[] {
  let start = 0;
  while (start < base.length && start < cur.length && base[start] === cur[start]) start++;
  let endB = base.length;
  let endC = cur.length;
  while (endB > start && endC > start && base[endB - 1] === cur[endC - 1]) {
    endB--;
    endC--;
  }
  const ops: LineOp[] = [];
  for (let i = 0; i < start; i++) ops.push({ kind: 'same', base: i, cur: i });

  const n = endB - start;
  const m = endC - start;
  if (n * m > MAX_CELLS) {
    for (let i = 0; i < n; i++) ops.push({ kind: 'del', base: start + i, cur: start });
    for (let j = 0; j < m; j++) ops.push({ kind: 'ins', base: endB, cur: start + j });
  } else {
    // lcs[i][j]: length of the LCS of base[start+i..] and cur[start+j..].
    const width = m + 1;
    const lcs = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        lcs[i * width + j] =
          base[start + i] === cur[start + j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && base[start + i] === cur[start + j]) {
        ops.push({ kind: 'same', base: start + i++, cur: start + j++ });
      } else if (j < m && (i === n || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
        ops.push({ kind: 'ins', base: start + i, cur: start + j++ });
      } else {
        ops.push({ kind: 'del', base: start + i++, cur: start + j });
      }
    }
  }
  for (let k = 0; endB + k < base.length; k++) ops.push({ kind: 'same', base: endB + k, cur: endC + k });
  return ops;
}

/** Where base line `line` (1-based) stands in the current file now, or where it stood if removed. */
export function currentLineOf(ops: LineOp[], line: number, curLength: number): number {
  const at = ops.find((o) => o.kind !== 'ins' && o.base === line - 1);
  const cur = at ? at.cur + 1 : curLength;
  return Math.max(1, Math.min(cur, curLength));
}
