import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';

export type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * Bytes to text. Files come from Word and PDF: a BOM is dropped and CRLF becomes LF (line
 * numbers stay the same); anything that is not UTF-8 text is refused with a message.
 */
export function decodeSource(file: string, bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { ok: false, diagnostic: diagnostic('file-binary', file, undefined) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, diagnostic: diagnostic('file-not-utf8', file, firstInvalidByte(bytes)) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, diagnostic: diagnostic('file-empty', file, undefined) };
  return { ok: true, text };
}

/** Line and column of the first byte that breaks UTF-8, so the secretariat can find it. */
function firstInvalidByte(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return { line, column };
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return { line, column };
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += len - 1;
  }
  return { line, column };
}
