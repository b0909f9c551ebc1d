import type { Position } from '../diagnostics/diagnostic.js';
import type { RuleCall } from '../diagnostics/messages.js';

export type ParseHazard = RuleCall<'file-too-large' | 'nesting-too-deep' | 'markup-too-dense'> & { at: Position };

/** Opsommingen and citaten nested deeper than this are refused: minutes use three or four levels. */
export const MAX_DEPTH = 100;
/** Emphasis and link characters in one paragraph: micromark resolves them in quadratic time. */
export const MAX_DELIMITERS = 1000;
/**
 * List lines × kilobytes. micromark copies its event list each time a nested list closes, so
 * parse time grows with both: about 2–4 µs per unit, so this bound keeps a file under half a
 * second. A long meeting (500 list lines, 60 kB) is 30 000.
 */
export const MAX_LIST_LINES_TIMES_KB = 120_000;

const MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * Markdown that would make the parser hang or overflow the stack, found by one cheap pass over
 * the lines before parsing. The limits are far beyond any real minutes, so only broken or
 * hostile files meet them; those are refused with a message instead of stalling `lrt check`.
 */
export function findParseHazard(text: string): ParseHazard | null {
  const lines = text.split('\n');
  let listLines = 0;
  let runCount = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const { depth, markers, list } = containerDepth(line);
    if (depth > MAX_DEPTH) return { rule: 'nesting-too-deep', at: { line: i + 1, column: 1 }, params: { depth, max: MAX_DEPTH } };
    if (list) listLines++;
    // A blank line or a new bullet, quote or heading starts new inline content.
    if (line.trim() === '' || markers > 0 || /^\s{0,3}#/.test(line)) {
      runCount = 0;
    }
    runCount += countDelimiters(line);
    // Reported where the limit is crossed: usually the one line a paste went wrong in.
    if (runCount > MAX_DELIMITERS) {
      let count = runCount;
      for (let k = i + 1; k < lines.length && lines[k]!.trim() !== '' && containerDepth(lines[k]!).markers === 0; k++) count += countDelimiters(lines[k]!);
      return { rule: 'markup-too-dense', at: { line: i + 1, column: 1 }, params: { count, max: MAX_DELIMITERS } };
    }
  }
  const kb = Math.ceil(text.length / 1024);
  if (listLines * kb > MAX_LIST_LINES_TIMES_KB) return { rule: 'file-too-large', at: { line: 1, column: 1 }, params: { size: kb, items: listLines } };
  return null;
}

/**
 * An upper bound for how deep a line is nested: the quote and list markers it opens with, plus
 * one level per two columns of indentation before them (a nested list needs at least two).
 */
function containerDepth(line: string): { depth: number; markers: number; list: boolean } {
  let j = 0;
  let indent = 0;
  while (line[j] === ' ' || line[j] === '\t') indent += line[j++] === '\t' ? 4 - (indent % 4) : 1;
  let markers = 0;
  let list = false;
  for (;;) {
    while (line[j] === ' ' || line[j] === '\t') j++;
    if (line[j] === '>') {
      markers++;
      j++;
      continue;
    }
    const m = MARKER.exec(line.slice(j, j + 11));
    if (!m) break;
    markers++;
    list = true;
    j += m[0].length;
  }
  return { depth: markers + Math.floor(indent / 2), markers, list };
}

function countDelimiters(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 42 || c === 95 || c === 91 || c === 93) n++; // * _ [ ]
  }
  return n;
}
