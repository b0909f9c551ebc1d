import type { SourceRecord } from '../extract/extractAll.js';
import { passagesOfRecord, type Passage } from './passagesOf.js';
import { textTerms, type WordMemo } from './textTerms.js';
import { readPassage, readSection, type PassageReading, type SectionReading } from './actionResults.js';
import { completionStrength } from './completionPhrases.js';

/**
 * What the follow-up ranking reads of one file's passages — their terms, the words saying
 * something was done, the results they report — from that file alone. So it is made where the
 * file is read, and kept with the file's result in the cache: a run from the cache does not read
 * every line of every file again. A plain value of strings and numbers (the lists index into
 * `words`, so a word the file repeats is stored once).
 */
export interface FilePassages {
  words: string[];
  /** The headings the passages stand under: their text, stems and whether they adopt. */
  sections: { text: string; stems: number[]; adopting: boolean }[];
  passages: PackedPassage[];
}

export interface PackedPassage {
  line: number;
  text: string;
  /** Index into `sections`; -1 when the passage stands under no heading. */
  section: number;
  /** Its terms (textTerms), in their order. */
  terms: number[];
  /** What readPassage found: the lexicon's verbs, the stems of its words (each once), the FLAG bits. */
  lemmas: number[];
  stems: number[];
  flags: number;
}

/** The booleans of a reading, and the completion strength (0, 0.5, 1), as bits. */
const FLAG = { notYet: 1, namesMeeting: 2, held: 4, discussed: 8, sent: 16, approves: 32, notAdopted: 64, doneHalf: 128, doneFull: 256 } as const;

/** One passage with what was read of it, as the ranking uses it. */
export interface ReadPassage {
  passage: Passage;
  terms: string[];
  /** completionStrength of its text. */
  done: number;
  notYet: boolean;
  /** Its reading for the promised results, made when first asked for. */
  reading: () => PassageReading;
}

/** The passages of a minutes file or document, read; null for other files. `memo`: words already read on this thread. */
export function readFilePassages(record: SourceRecord, memo: WordMemo): FilePassages | null {
  if (record.kind !== 'verslag' && record.kind !== 'stuk') return null;
  const words: string[] = [];
  const index = new Map<string, number>();
  const id = (w: string) => {
    let i = index.get(w);
    if (i === undefined) index.set(w, (i = words.push(w) - 1));
    return i;
  };
  const sections: FilePassages['sections'] = [];
  const sectionIndex = new Map<string, { at: number; reading: SectionReading }>();
  const passages = passagesOfRecord(record).map((p): PackedPassage => {
    let section: { at: number; reading: SectionReading } | undefined;
    if (p.section !== null) {
      section = sectionIndex.get(p.section);
      if (!section) {
        const reading = readSection(p.section, memo);
        section = { at: sections.push({ text: p.section, stems: reading.stems.map(id), adopting: reading.adopting }) - 1, reading };
        sectionIndex.set(p.section, section);
      }
    }
    const r = readPassage(p, memo, section?.reading ?? readSection(null, memo));
    const done = completionStrength(p.text);
    const flags =
      (r.notYet ? FLAG.notYet : 0) | (r.namesMeeting ? FLAG.namesMeeting : 0) | (r.held ? FLAG.held : 0) | (r.discussed ? FLAG.discussed : 0) |
      (r.sent ? FLAG.sent : 0) | (r.approves ? FLAG.approves : 0) | (r.notAdopted ? FLAG.notAdopted : 0) |
      (done === 1 ? FLAG.doneFull : done === 0.5 ? FLAG.doneHalf : 0);
    return {
      line: p.line,
      text: p.text,
      section: section?.at ?? -1,
      terms: [...textTerms(p.text, p.date, memo)].map(id),
      lemmas: [...r.lemmas].map(id),
      stems: [...new Set(r.stems)].map(id),
      flags,
    };
  });
  return { words, sections, passages };
}

/** The passages of a file back from what was read of them, with the record's date, body and senders. */
export function unpackFilePassages(record: SourceRecord, read: FilePassages): ReadPassage[] {
  if (record.kind !== 'verslag' && record.kind !== 'stuk') return [];
  const { words } = read;
  const date = record.kind === 'verslag' ? record.meeting.date : record.fm.datum;
  const body = record.kind === 'verslag' ? record.meeting.body : null;
  const senders = record.kind === 'stuk' ? record.fm.afzenders : [];
  const sectionStems = read.sections.map((s) => s.stems.map((i) => words[i]!));
  return read.passages.map((x) => {
    const section = x.section >= 0 ? read.sections[x.section]! : null;
    const passage: Passage = { file: record.file, line: x.line, text: x.text, date, kind: record.kind, body, section: section?.text ?? null, senders };
    const notYet = (x.flags & FLAG.notYet) !== 0;
    let reading: PassageReading | undefined;
    return {
      passage,
      terms: x.terms.map((i) => words[i]!),
      done: x.flags & FLAG.doneFull ? 1 : x.flags & FLAG.doneHalf ? 0.5 : 0,
      notYet,
      reading: () =>
        (reading ??= {
          lemmas: new Set(x.lemmas.map((i) => words[i]!)),
          stems: x.stems.map((i) => words[i]!),
          sectionStems: section ? sectionStems[x.section]! : [],
          adoptingSection: section?.adopting ?? false,
          notYet,
          namesMeeting: (x.flags & FLAG.namesMeeting) !== 0,
          held: (x.flags & FLAG.held) !== 0,
          discussed: (x.flags & FLAG.discussed) !== 0,
          sent: (x.flags & FLAG.sent) !== 0,
          approves: (x.flags & FLAG.approves) !== 0,
          notAdopted: (x.flags & FLAG.notAdopted) !== 0,
        }),
    };
  });
}
