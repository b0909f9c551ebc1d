import type { SourceRecord } from '../extract/extractAll.js';
import { passagesOfRecord, type Passage } from './passagesOf.js';
import { textTerms, type WordMemo } from './textTerms.js';
import { readPassage, readSection, type PassageReading, type SectionReading } from './actionResults.js';
import { completionStrength } from './completionPhrases.js';
import { readVerbs } from '../language/dutchVerbs.js';

/**
 * What the follow-up ranking reads of one file's passages — their terms, the words saying
 * something was done, the results they report — from that file alone. So it is made where the
 * file is read, and kept with the file's result in the cache: a run from the cache does not read
 * every line of every file again. Packed, as a few strings and one array of numbers: a run from
 * the cache reads it back for every file, and many small objects cost more to read and collect.
 */
export interface FilePassages {
  /** The distinct words (terms and stems) of the file's passages, one per line; `data` refers to them by number. */
  words: string;
  /** The headings the passages stand under, one per line. */
  sections: string;
  /** The passages' texts, one per line. */
  texts: string;
  /**
   * The number of headings and of passages. Per heading: adopts (0/1), n, n word numbers (its
   * stems). Then per passage: line, heading + 1 (0: none), FLAG bits, then its terms, verb
   * lemmas and stems, each as n and n word numbers. 16 bits a number when all fit (nearly every
   * file: half the memory, which at 10,000 meetings is 40 MB), else 32.
   */
  data: PackedNumbers;
}

export type PackedNumbers = Uint16Array | Int32Array;

/** The booleans of a reading, and the completion strength (0, 0.5, 1), as bits. */
const FLAG = { notYet: 1, namesMeeting: 2, held: 4, discussed: 8, sent: 16, approves: 32, notAdopted: 64, doneHalf: 128, doneFull: 256 } as const;

/** A file's packed passages as unpacked: what a passage's reading is read from when asked for. */
interface UnpackedFile {
  data: PackedNumbers;
  words: string[];
  sections: { text: string; adopting: boolean; stems: string[] }[];
}

/**
 * One passage with what was read of it, as the ranking uses it. Its reading (verb lemmas, stems)
 * stays packed in its file's data until asked for: the ranking asks for few of them, and a list
 * and a closure per passage were tens of megabytes at 10,000 meetings.
 */
export class ReadPassage {
  private read: PassageReading | undefined;

  constructor(
    readonly passage: Passage,
    /** Its terms; empty when unpacked with a dictionary (then `termIds`). */
    readonly terms: string[],
    /** Its terms as numbers in the dictionary it was unpacked with; null without one. */
    readonly termIds: number[] | null,
    /** completionStrength of its text. */
    readonly done: number,
    readonly notYet: boolean,
    private readonly file: UnpackedFile,
    /** Where its lists of verb lemmas and stems begin in the file's data. */
    private readonly at: number,
    private readonly flags: number,
    private readonly section: number,
  ) {}

  /** Its reading for the promised results, unpacked when first asked for. */
  reading(): PassageReading {
    if (this.read) return this.read;
    const { data, words } = this.file;
    let at = this.at;
    const list = (): string[] => {
      const n = data[at++]!;
      const out = new Array<string>(n);
      for (let k = 0; k < n; k++) out[k] = words[data[at++]!]!;
      return out;
    };
    const lemmas = list();
    const stems = list();
    const section = this.section >= 0 ? this.file.sections[this.section]! : null;
    const flags = this.flags;
    return (this.read = {
      lemmas: new Set(lemmas),
      stems,
      sectionStems: section?.stems ?? [],
      adoptingSection: section?.adopting ?? false,
      notYet: this.notYet,
      namesMeeting: (flags & FLAG.namesMeeting) !== 0,
      held: (flags & FLAG.held) !== 0,
      discussed: (flags & FLAG.discussed) !== 0,
      sent: (flags & FLAG.sent) !== 0,
      approves: (flags & FLAG.approves) !== 0,
      notAdopted: (flags & FLAG.notAdopted) !== 0,
    });
  }
}

const NONE: string[] = [];

/** The passages of a minutes file or document, read; null for other files. `memo`: words already read on this thread. */
export function readFilePassages(record: SourceRecord, memo: WordMemo): FilePassages | null {
  if (record.kind !== 'verslag' && record.kind !== 'stuk') return null;
  const words: string[] = [];
  const index = new Map<string, number>();
  const data: number[] = [];
  // `distinct`: each word once, where it first stands (as a Set of them would give it).
  const lastList: number[] = [];
  let lists = 0;
  const list = (items: Iterable<string>, distinct = false) => {
    const at = data.push(0) - 1;
    lists++;
    for (const w of items) {
      let i = index.get(w);
      if (i === undefined) index.set(w, (i = words.push(w) - 1));
      if (distinct) {
        if (lastList[i] === lists) continue;
        lastList[i] = lists;
      }
      data.push(i);
    }
    data[at] = data.length - at - 1;
  };
  const passages = passagesOfRecord(record);
  const sections: string[] = [];
  const sectionIndex = new Map<string, { at: number; reading: SectionReading }>();
  for (const p of passages) {
    if (p.section === null || sectionIndex.has(p.section)) continue;
    const reading = readSection(p.section, memo);
    sectionIndex.set(p.section, { at: sections.push(p.section) - 1, reading });
  }
  data.push(sections.length, passages.length);
  for (const { reading } of sectionIndex.values()) {
    data.push(reading.adopting ? 1 : 0);
    list(reading.stems);
  }
  const none = readSection(null, memo);
  for (const p of passages) {
    const section = p.section === null ? undefined : sectionIndex.get(p.section);
    // The words and verbs of its text, read once for its terms and its reading.
    const verbs = readVerbs(p.text);
    const r = readPassage(p, memo, section?.reading ?? none, verbs);
    const done = completionStrength(p.text);
    const flags =
      (r.notYet ? FLAG.notYet : 0) | (r.namesMeeting ? FLAG.namesMeeting : 0) | (r.held ? FLAG.held : 0) | (r.discussed ? FLAG.discussed : 0) |
      (r.sent ? FLAG.sent : 0) | (r.approves ? FLAG.approves : 0) | (r.notAdopted ? FLAG.notAdopted : 0) |
      (done === 1 ? FLAG.doneFull : done === 0.5 ? FLAG.doneHalf : 0);
    data.push(p.line, section ? section.at + 1 : 0, flags);
    list(textTerms(p.text, p.date, memo, verbs.lemmas));
    list(r.lemmas);
    list(r.stems, true);
  }
  // Passages and headings are single lines, and words have no line breaks: joined by them.
  return { words: words.join('\n'), sections: sections.join('\n'), texts: passages.map((p) => p.text).join('\n'), data: packNumbers(data) };
}

/** The numbers in 16 bits when they all fit, else in 32 (none is negative). */
function packNumbers(numbers: number[]): PackedNumbers {
  for (const n of numbers) if (n > 0xffff) return Int32Array.from(numbers);
  return Uint16Array.from(numbers);
}

/** Terms numbered across files: each file's words are looked up once, not each time a passage holds them. */
export interface TermDictionary {
  ids: Map<string, number>;
  texts: string[];
}

/**
 * The passages of a file back from what was read of them, with the record's date, body and senders.
 * With a dictionary, the terms come as numbers in it (new ones added).
 */
export function unpackFilePassages(record: SourceRecord, read: FilePassages, dictionary?: TermDictionary): ReadPassage[] {
  if (record.kind !== 'verslag' && record.kind !== 'stuk') return [];
  const date = record.kind === 'verslag' ? record.meeting.date : record.fm.datum;
  const body = record.kind === 'verslag' ? record.meeting.body : null;
  const senders = record.kind === 'stuk' ? record.fm.afzenders : [];
  const { data } = read;
  const words = read.words.split('\n');
  // Counted, not split off an empty string: a heading may be empty.
  const texts = data[1]! ? read.texts.split('\n') : [];
  const headings = data[0]! ? read.sections.split('\n') : [];
  let wordIds: Int32Array | undefined;
  if (dictionary) {
    wordIds = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      let id = dictionary.ids.get(w);
      if (id === undefined) dictionary.ids.set(w, (id = dictionary.texts.push(w) - 1));
      wordIds[k] = id;
    }
  }
  let at = 2;
  // Plain arrays of small integers: cheaper to make than many small typed arrays.
  const idList = (): number[] => {
    const n = data[at++]!;
    const out = new Array<number>(n);
    for (let k = 0; k < n; k++) out[k] = wordIds![data[at++]!]!;
    return out;
  };
  const list = (): string[] => {
    const n = data[at++]!;
    const out = new Array<string>(n);
    for (let k = 0; k < n; k++) out[k] = words[data[at++]!]!;
    return out;
  };
  const sections = headings.map((text) => {
    const adopting = data[at++] === 1;
    return { text, adopting, stems: list() };
  });
  const file: UnpackedFile = { data, words, sections };
  // Skips a list: the passage's lemmas and stems are unpacked when its reading is asked for.
  const skip = () => {
    at += data[at]! + 1;
  };
  return texts.map((text) => {
    const line = data[at++]!;
    const section = data[at++]! - 1;
    const flags = data[at++]!;
    const termIds = wordIds ? idList() : null;
    const terms = wordIds ? NONE : list();
    const readingAt = at;
    skip();
    skip();
    const passage: Passage = { file: record.file, line, text, date, kind: record.kind, body, section: section >= 0 ? sections[section]!.text : null, senders };
    const done = flags & FLAG.doneFull ? 1 : flags & FLAG.doneHalf ? 0.5 : 0;
    return new ReadPassage(passage, terms, termIds, done, (flags & FLAG.notYet) !== 0, file, readingAt, flags, section);
  });
}
