import type { Labels } from '../schema/registry.js';
import type { Position } from '../diagnostics/diagnostic.js';
import { normalizeForMatch, stripInvisible } from './normalize.js';

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
export function findLabelSites(text: string, labels: Labels): LabelSite[] {
  const alts = [...labels.labels]
    .map((l) => l.label)
    .sort((a, b) => b.length - a.length)
    .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const spelling = new Map(labels.labels.map((l) => [l.label.toLowerCase(), l.label]));
  const lead = String.raw`(?:[\s*_~\u2022\u2023\u2043\u25a0-\u25ff\u2190-\u21ff\ufe0f\u200d\p{Extended_Pictographic}\p{So}\[]|[-–—](?=\s)|\d{1,3}[.)](?=\s))*`;
  const atStart = new RegExp(`^${lead}["']?(${alts})["']?[*_]*["']?\\s*:`, 'iu');
  const afterSentence = new RegExp(`[.!?;]["')\\]*_]*[ \\t]+[*_"']*(${alts})[*_"']*\\s*:`, 'gu');
  const container = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:>[ \t]*)*)*(?:#{1,6}[ \t]+|\[\^[^\]]*\]:[ \t]*)?/;

  const lines = text.split('\n');
  const out: LabelSite[] = [];
  let i = 0;
  if (/^---[ \t]*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)[ \t]*$/.test(l));
    if (close > 0) i = close + 1;
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
    line = line.replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length));
    const open = line.indexOf('<!--');
    if (open >= 0) {
      inComment = true;
      line = line.slice(0, open);
    }
    const body = line.replace(container, (m) => ' '.repeat(m.length));
    // A table row: each cell opens like a line.
    const cells = /\|/.test(body) ? splitCells(body) : [{ from: 0, text: body }];
    for (const cell of cells) {
      const m = atStart.exec(cell.text);
      if (m) out.push({ at: { line: i + 1, column: cell.from + m[0].search(/\p{L}/u) + 1 }, label: spelling.get(m[1]!.toLowerCase())! });
      for (const s of cell.text.matchAll(afterSentence)) {
        if (!/^\p{Lu}/u.test(s[1]!)) continue;
        out.push({ at: { line: i + 1, column: cell.from + s.index + s[0].indexOf(s[1]!) + 1 }, label: spelling.get(s[1]!.toLowerCase())! });
      }
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
