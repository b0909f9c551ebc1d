import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { decodeBytes } from '../parse/decodeSource.js';
import { layoutPdf, type PdfPage } from '../import/pdfLayout.js';
import { htmlToText } from '../import/htmlToText.js';

export type DocumentKind = 'pdf' | 'docx' | 'html' | 'tekst';

export interface ReadDocument {
  kind: DocumentKind;
  text: string;
  /** The encoding a text file was read in, when it was not UTF-8. */
  encoding: 'utf-8' | 'utf-16' | 'windows-1252';
  /** The document's own creation date (PDF, Word), else the file's modification date: a last-resort proposal. */
  fileDate: { date: string; what: string };
  /** Word's remarks on what it could not convert. */
  warnings: string[];
}

/** The extensions lrt import reads. */
export const IMPORTABLE = ['.pdf', '.docx', '.html', '.htm', '.md', '.markdown', '.txt'];

export function kindOf(file: string): DocumentKind | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown' || ext === '.txt' || ext === '') return 'tekst';
  return null;
}

/** A file of old minutes as text the importer reads: PDF by position, Word via mammoth, HTML and text as they are. */
export async function readDocument(file: string): Promise<ReadDocument> {
  const bytes = new Uint8Array(await readFile(file));
  const mtime = (await stat(file)).mtime.toISOString().slice(0, 10);
  const modified = { date: mtime, what: `de wijzigingsdatum van het bestand (${mtime})` };
  const kind = kindOf(file) ?? 'tekst';
  if (kind === 'pdf') {
    const { pages, created } = await readPdf(bytes);
    return { kind, text: layoutPdf(pages), encoding: 'utf-8', fileDate: created ? { date: created, what: `de aanmaakdatum van de PDF (${created})` } : modified, warnings: [] };
  }
  if (kind === 'docx') {
    const mammoth = (await import('mammoth')).default;
    const r = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const created = docxCreated(bytes);
    return {
      kind,
      text: htmlToText(r.value),
      encoding: 'utf-8',
      fileDate: created ? { date: created, what: `de aanmaakdatum van het Word-bestand (${created})` } : modified,
      warnings: r.messages.filter((m) => m.type === 'error').map((m) => m.message),
    };
  }
  const decoded = decodeBytes(bytes);
  return { kind, text: kind === 'html' ? htmlToText(decoded.text) : decoded.text, encoding: decoded.encoding, fileDate: modified, warnings: [] };
}

async function readPdf(bytes: Uint8Array): Promise<{ pages: PdfPage[]; created: string | null }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fonts = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, standardFontDataUrl: fonts, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push({
        width: view.width,
        height: view.height,
        items: content.items.flatMap((it) =>
          'str' in it ? [{ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height || Math.abs(it.transform[3] as number) }] : [],
        ),
      });
    }
    const info = (await doc.getMetadata()).info as { CreationDate?: string };
    const m = /^D:(\d{4})(\d{2})(\d{2})/.exec(info.CreationDate ?? '');
    return { pages, created: m ? `${m[1]}-${m[2]}-${m[3]}` : null };
  } finally {
    await doc.destroy();
  }
}

/** dcterms:created from docProps/core.xml, found in the zip without unpacking it (stored or not, the date is plain text only when stored). */
function docxCreated(bytes: Uint8Array): string | null {
  const text = Buffer.from(bytes).toString('latin1');
  const m = /<dcterms:created[^>]*>(\d{4}-\d{2}-\d{2})/.exec(text);
  return m ? m[1]! : null;
}
