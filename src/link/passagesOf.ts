import type { SourceRecord } from '../extract/extractAll.js';
import { ATTRIBUTE_LINE } from '../extract/attributes.js';

/** One line of a minutes file or a document that may report on an earlier agreement. */
export interface Passage {
  file: string;
  line: number;
  /** The line as written, without its list marker. */
  text: string;
  /** The meeting's date, or the document's (null when unknown: documents come after what they carry out). */
  date: string | null;
  kind: 'verslag' | 'stuk';
  /** The meeting body, for minutes. */
  body: string | null;
  /** The heading the line stands under, for the words around an agreement. */
  section: string | null;
  /** For a document: the organisation codes of its senders (afzenders); none for minutes. */
  senders: string[];
}

/**
 * Every bullet or paragraph line of the minutes and documents, read from the text itself (the
 * trees may not be at hand in a cached run): headings, attribute lines ("- id: …"), comments,
 * tables and front matter are not passages.
 */
export function passagesOf(records: SourceRecord[]): Passage[] {
  return records.flatMap(passagesOfRecord);
}

/** The passages of one file's record (none for status updates and confirmations). */
export function passagesOfRecord(r: SourceRecord): Passage[] {
  const out: Passage[] = [];
  if (r.kind !== 'verslag' && r.kind !== 'stuk') return out;
  const date = r.kind === 'verslag' ? r.meeting.date : r.fm.datum;
  const body = r.kind === 'verslag' ? r.meeting.body : null;
  const senders = r.kind === 'stuk' ? r.fm.afzenders : [];
  const lines = r.source.text.split(/\r?\n/);
  let i = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    i = 1;
    while (i < lines.length && !/^---\s*$/.test(lines[i]!)) i++;
    i++;
  }
  let section: string | null = null;
  let inComment = false;
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    if (inComment || /^\s*<!--/.test(raw)) {
      inComment = !raw.includes('-->');
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(raw);
    if (heading) {
      section = heading[1]!.trim();
      continue;
    }
    const text = raw.replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s*/, '').replace(/[*_`]/g, '').trim();
    if (text.length < 12 || ATTRIBUTE_LINE.test(text) || /^\|/.test(text) || /^\[\^/.test(text)) continue;
    out.push({ file: r.file, line: i + 1, text, date, kind: r.kind, body, section, senders });
  }
  return out;
}
