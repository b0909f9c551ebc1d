import type { Labels } from '../schema/registry.js';
import type { Position } from '../diagnostics/diagnostic.js';
import { normalizeForMatch, stripInvisible } from './normalize.js';
import { labelMatcher, type LabelMatcher } from './labelMatcher.js';

export interface LabelSite {
  at: Position;
  label: string;
}

/**
 * Every label in a file found line by line, without the Markdown parser: the independent count
 * that extraction is held to. A label counts where a block could open: at the start of a line
 * (after quote and list markers, a heading's #, a footnote's [^n]:, emphasis, quotes, bullets
 * typed as text and emoji), at the start of a table cell, and after the end of a sentence when
 * written with a capital. Front matter and closed HTML comments are skipped; an unclosed comment
 * hides the rest of the file (and is an error of its own).
 */
export function findLabelSites(text: string, labels: Labels, matcher: LabelMatcher = labelMatcher(labels, { markdownSource: true })): LabelSite[] {
  // The same matcher as extraction, on the source (markdownSource): what one finds, the other must have read.
  const container = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:>[ \t]*)*)*(?:#{1,6}[ \t]+|\[\^[^\]]*\]:[ \t]*)?/;

  const lines = text.split('\n');
  const out: LabelSite[] = [];
  let i = 0;
  if (/^---[ \t]*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)[ \t]*$/.test(l));
    if (close > 0) i = close + 1;
    // Unclosed: its own fields ("afspraak: lrt-…" in a status update) are no labels; the text after them still counts.
    else for (i = 1; i < lines.length && /^(?:[a-z_]+:(?:[ \t]|\r?$)|[ \t]+\S)/.test(lines[i]!); ) i++;
  }
  let inComment = false;
  for (; i < lines.length; i++) {
    let line = normalizeForMatch(stripInvisible(lines[i]!));
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) continue;
      line = ' '.repeat(end + 3) + line.slice(end + 3);
      inComment = false;
    }
    if (line.includes('<!--')) {
      line = line.replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length));
      const open = line.indexOf('<!--');
      if (open >= 0) {
        inComment = true;
        line = line.slice(0, open);
      }
    }
    // Every label ends in a colon: a line without one holds none.
    if (!line.includes(':')) continue;
    const body = line.replace(container, (m) => ' '.repeat(m.length));
    // A table row: each cell opens like a line.
    const cells = /\|/.test(body) ? splitCells(body) : [{ from: 0, text: body }];
    for (const cell of cells)
      for (const hit of matcher.hits(cell.text)) {
        // The column of the label's first letter, past a quote or emphasis before it.
        const letter = hit.start + cell.text.slice(hit.start).search(/\p{L}/u);
        out.push({ at: { line: i + 1, column: cell.from + letter + 1 }, label: hit.label });
      }
  }
  return out;
}

function splitCells(line: string): { from: number; text: string }[] {
  const out: { from: number; text: string }[] = [];
  let from = 0;
  for (let k = 0; k <= line.length; k++) {
    if (k === line.length || (line[k] === '|' && line[k - 1] !== '\\')) {
      out.push({ from, text: line.slice(from, k) });
      from = k + 1;
    }
  }
  return out;
}
