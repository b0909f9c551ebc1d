import type { Joined, SourceLine } from './model.js';

/**
 * Joins the lines of one paragraph or bullet, undoing PDF line breaks: one space between lines,
 * runs of spaces collapsed. A hyphen at a line end stays a hyphen in a compound ("COA-\nopvang"
 * → "COA-opvang"), but "opvang-\nen huisvesting" keeps its space.
 */
export function joinPdfLines(lines: SourceLine[]): Joined {
  let text = '';
  const starts: Joined['starts'] = [];
  for (const l of lines) {
    const part = l.text.replace(/\s+/g, ' ').trim();
    if (!part) continue;
    const glue = text === '' ? '' : /[\p{L}\d]-$/u.test(text) && /^\p{L}/u.test(part) && !/^(?:en|of|tot|en\/of)\b/.test(part) ? '' : ' ';
    starts.push({ offset: text.length + glue.length, line: l.line });
    text += glue + part;
  }
  return { text, starts };
}

/** The input line where an offset of joined text comes from. */
export function lineAt(joined: Joined, offset: number): number {
  let line = joined.starts[0]?.line ?? 1;
  for (const s of joined.starts) if (s.offset <= offset) line = s.line;
  return line;
}
