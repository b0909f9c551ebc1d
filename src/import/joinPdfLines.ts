import type { Joined, SourceLine } from './model.js';

/**
 * Joins the lines of one paragraph or bullet, undoing PDF line breaks: one space between lines,
 * runs of spaces collapsed. A hyphen at a line end between two lower-case letters is the PDF's
 * word break ("spreidings-\nwet" → "spreidingswet"), unless two vowels meet, where Dutch writes
 * one ("zee-\neend"); after a capital or a digit it is a compound's ("COA-\nopvang" →
 * "COA-opvang"); "opvang-\nen huisvesting" keeps its space.
 */
export function joinPdfLines(lines: SourceLine[]): Joined {
  let text = '';
  const starts: Joined['starts'] = [];
  for (const l of lines) {
    const part = l.text.replace(/\s+/g, ' ').trim();
    if (!part) continue;
    const joins = text !== '' && /[\p{L}\d]-$/u.test(text) && /^\p{L}/u.test(part) && !/^(?:en|of|tot|en\/of)\b/.test(part);
    if (joins && /\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(part) && !(/[aeiouy]-$/.test(text) && /^[aeiouy]/.test(part))) text = text.slice(0, -1);
    const glue = text === '' || joins ? '' : ' ';
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
