import { diffLines, type LineOp } from './diffLines.js';

export interface AdoptedEdit {
  /** 1-based line in the current file where the first change stands. */
  line: number;
  change: 'gewijzigd' | 'weggehaald' | 'toegevoegd';
}

/** What `lrt ids` writes: one attribute line with an id, nothing else. */
const ID_LINE = /^\s*[-*+]\s+(id|kenmerk)\s*:\s*\S+$/i;
const ADOPTED_IN_LINE = /^vastgesteld_in\s*:\s*\S+/;

/**
 * The first change between the adopted text and the current one, or null when there is none.
 * Allowed, because they complete rather than change what was adopted: inserted id lines, and
 * an inserted "vastgesteld_in" when the adopted file had none, and lines that only correct a
 * misspelled label (`isLabelFix`, line for line). Line endings, trailing spaces
 * and trailing blank lines are not changes.
 */
export function findAdoptedEdit(
  baseText: string,
  curText: string,
  hadAdoptedIn: boolean,
  isLabelFix: (before: string, after: string) => boolean = () => false,
): AdoptedEdit | null {
  const lines = (t: string) => t.replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n').map((l) => l.trimEnd());
  const base = lines(baseText);
  const cur = lines(curText);
  const ops = diffLines(base, cur);
  // Hunks: runs of deleted and inserted lines between unchanged ones.
  for (let k = 0; k < ops.length; ) {
    if (ops[k]!.kind === 'same') {
      k++;
      continue;
    }
    const hunk: LineOp[] = [];
    while (k < ops.length && ops[k]!.kind !== 'same') hunk.push(ops[k++]!);
    const inserted = hunk.filter((o) => o.kind === 'ins');
    const allowed = (o: LineOp) => ID_LINE.test(cur[o.cur]!) || (!hadAdoptedIn && ADOPTED_IN_LINE.test(cur[o.cur]!));
    const other = inserted.filter((o) => !allowed(o));
    const deleted = hunk.length - inserted.length;
    if (deleted === 0 && other.length === 0) continue;
    const removed = hunk.filter((o) => o.kind !== 'ins');
    // Line for line, each changed line only a corrected label: allowed.
    const pairs = removed.length === other.length;
    const notFix = pairs ? other.filter((o, i) => !isLabelFix(base[removed[i]!.base]!, cur[o.cur]!)) : other;
    if (pairs && notFix.length === 0) continue;
    const clamp = (n: number) => Math.max(1, Math.min(n, cur.length));
    if (deleted > 0 && inserted.length > 0) return { line: clamp((notFix[0] ?? inserted[0]!).cur + 1), change: 'gewijzigd' };
    if (deleted > 0) return { line: clamp(hunk[0]!.cur + 1), change: 'weggehaald' };
    return { line: clamp(other[0]!.cur + 1), change: 'toegevoegd' };
  }
  return null;
}
