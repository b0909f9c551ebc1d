import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';

export type Decoded =
  | { ok: true; text: string }
  /** `guess`: the text as it most likely reads (UTF-16, Windows-1252), only to count what would be lost. */
  | { ok: false; diagnostic: Diagnostic; guess?: string };

/**
 * Bytes to text. Files come from Word and PDF: a BOM is dropped and CRLF becomes LF (line
 * numbers stay the same); anything that is not UTF-8 text is refused with a message.
 */
export function decodeSource(file: string, bytes: Uint8Array): Decoded {
  // Word's "Unicode" is UTF-16 with a BOM: every other byte is 0, which is not binary content.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) return { ok: false, diagnostic: diagnostic('file-not-utf8', file, { line: 1, column: 1 }), guess: lenient(utf16, bytes) };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, diagnostic: diagnostic('file-binary', file, positionOf(bytes, nul)) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, diagnostic: diagnostic('file-not-utf8', file, firstInvalidByte(bytes)), guess: lenient('windows-1252', bytes) };
  }
  // More than one BOM happens when tools concatenate files.
  text = text.replace(/^\ufeff+/, '');
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, diagnostic: diagnostic('file-empty', file, undefined) };
  return { ok: true, text };
}

function lenient(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes).replace(/^\ufeff+/, '').replace(/\r\n?/g, '\n');
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
