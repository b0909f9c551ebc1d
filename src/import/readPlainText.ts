import type { SourceLine } from './model.js';

/** "Pagina 2 van 5", "- 3 -", a bare page number: page furniture, not minutes. */
const PAGE_FURNITURE = /^\s*(?:(?:pagina|blz\.?|page)\s*\d+(?:\s*(?:van|\/|of)\s*\d+)?|-\s*\d{1,3}\s*-|\d{1,3})\s*$/i;

/**
 * Text as PDF extraction or a word processor gives it, as numbered lines: line endings and
 * white-space variants folded, page numbers dropped. Line numbers stay those of the input.
 */
export function readPlainText(input: string): SourceLine[] {
  const text = input
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u00ad]/g, '');
  return text.split('\n').flatMap((raw, i) => {
    // A form feed is a page break inside a line: keep the line, lose the break.
    const t = raw.replace(/\f/g, ' ').replace(/\s+$/, '');
    return PAGE_FURNITURE.test(t) ? [{ text: '', line: i + 1 }] : [{ text: t, line: i + 1 }];
  });
}
