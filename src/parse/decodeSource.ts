import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';

export type Decoded =
  | { ok: true; text: string }
  /** `guess`: the text as it most likely reads (UTF-16, Windows-1252), only to count what would be lost. */
  | { ok: false; diagnostic: Diagnostic; guess?: string };

/** The encodings text arrives in: Word's "Unicode" is UTF-16, older exports Windows-1252. */
export type TextEncoding = 'utf-8' | 'utf-16' | 'windows-1252';

/**
 * Bytes to text in whichever encoding they most likely are: UTF-16 by its byte order mark,
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252 (which reads every byte). The one
 * decoder: lrt import reads old exports with it, and lrt check (below) with it reads what a
 * refused file would have said, to count what would be lost.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const utf16 = utf16Of(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // By table, not TextDecoder('windows-1252'): Node reads that label as Latin-1 and loses Word's ’ and –.
    let text = '';
    for (const b of bytes) text += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    return { text, encoding: 'windows-1252' };
  }
}

/** Windows-1252 differs from Latin-1 in 0x80–0x9F: curly quotes, dashes, €, … as Word writes them. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const utf16Of = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null);

/**
 * Bytes to text. Files come from Word and PDF: a BOM is dropped and CRLF becomes LF (line
 * numbers stay the same); anything that is not UTF-8 text is refused with a message.
 */
export function decodeSource(file: string, bytes: Uint8Array): Decoded {
  // Word's "Unicode" is UTF-16 with a BOM: every other byte is 0, which is not binary content.
  if (utf16Of(bytes)) return { ok: false, diagnostic: diagnostic('file-not-utf8', file, { line: 1, column: 1 }), guess: lines(decodeBytes(bytes).text) };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, diagnostic: diagnostic('file-binary', file, positionOf(bytes, nul)) };
  const decoded = decodeBytes(bytes);
  if (decoded.encoding !== 'utf-8') return { ok: false, diagnostic: diagnostic('file-not-utf8', file, firstInvalidByte(bytes)), guess: lines(decoded.text) };
  const text = lines(decoded.text);
  if (text.trim() === '') return { ok: false, diagnostic: diagnostic('file-empty', file, undefined) };
  return { ok: true, text };
}

/** Every BOM dropped (more than one happens when tools concatenate files) and CRLF or CR as LF. */
function lines(text: string): string {
  return text.replace(/^\ufeff+/, '').replace(/\r\n?/g, '\n');
}

/** Line and column of a byte offset, counting UTF-8 characters and any of LF, CRLF, CR as a line end. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = bom; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80 && b !== 0x0d) column++;
  }
  return { line, column };
}

/** Line and column of the first byte that breaks UTF-8 (as TextDecoder judges it), so the secretariat can find it. */
function firstInvalidByte(bytes: Uint8Array): { line: number; column: number } {
  for (let i = 0; i < bytes.length; ) {
    const len = validSequenceLength(bytes, i);
    if (len === 0) return positionOf(bytes, i);
    i += len;
  }
  return positionOf(bytes, bytes.length);
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0 (Unicode table 3-7: no overlongs, no surrogates, nothing past U+10FFFF). */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
