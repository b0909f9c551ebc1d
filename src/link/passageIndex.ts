import type { SourceRecord } from '../extract/extractAll.js';
import type { Passage } from './passagesOf.js';
import type { WordMemo } from './textTerms.js';
import { readFilePassages, unpackFilePassages, type FilePassages, type ReadPassage, type TermDictionary } from './filePassages.js';
import { weightOfIds } from './followUpScore.js';
import { compareDates } from './sortedSearch.js';

/** Every passage the follow-up ranking may propose, in date order, and its terms by number (suggestFollowUps.ts). */
export interface PassageIndex {
  all: ReadPassage[];
  passages: Passage[];
  /** Per passage: its term ids. */
  ids: number[][];
  /** Per term id: its text. */
  texts: string[];
  /** Per term id: how many passages hold it, and its idf. */
  df: Int32Array;
  idfs: Float64Array;
  unknownIdf: number;
  /** A term's id; -1 for one no passage holds. */
  idOf: (t: string) => number;
  idf: (t: string) => number;
  /** Per body (documents under DOCUMENTS), per term id: the passages holding it. */
  postings: Map<string, (number[] | undefined)[]>;
  /** What does not depend on the agreement, per passage. */
  facts: { weight: number; done: number; notYet: boolean; lastDate: string | null }[];
  /** Long terms by their word-final parts ("kamerbrief" under "brief"). */
  bySuffix: Map<string, number[]>;
  /** Per file: its passages. */
  byFile: Map<string, number[]>;
}

/** The passages of every file up to `asOf`, as read with each file (`read`) or read here. */
export function indexPassages(records: SourceRecord[], read: ReadonlyMap<string, FilePassages>, asOf: string, memo: WordMemo): PassageIndex {
  // Terms by number: postings, counts and idf in arrays, candidates' terms as lists of numbers.
  const dictionary: TermDictionary = { ids: new Map(), texts: [] };
  const termId = dictionary.ids;
  const texts = dictionary.texts;
  // In date order, so each body's postings are too and a window of dates is found by bisection.
  // ISO dates: compared as strings, the order localeCompare gave them.
  const all = records
    .flatMap((r) => {
      const fp = read.get(r.file) ?? readFilePassages(r, memo);
      return fp ? unpackFilePassages(r, fp, dictionary) : [];
    })
    .filter((x) => x.passage.date === null || x.passage.date <= asOf)
    .sort((x, y) => compareDates(x.passage.date ?? '9999', y.passage.date ?? '9999'));
  const passages = all.map((x) => x.passage);
  const ids = all.map((x) => x.termIds!);
  const termCount = texts.length;
  const df = new Int32Array(termCount);
  /** The terms in the order the passages first hold them (the dictionary also numbers words that are no term). */
  const termOrder: number[] = [];
  /** Per body (documents under DOCUMENTS), per term id: the passages holding it. */
  const postings = new Map<string, (number[] | undefined)[]>();
  ids.forEach((list, i) => {
    const group = groupOf(passages[i]!);
    const byTerm = postings.get(group) ?? postings.set(group, []).get(group)!;
    for (let k = 0; k < list.length; k++) {
      const id = list[k]!;
      if (df[id]!++ === 0) termOrder.push(id);
      const posting = byTerm[id];
      if (posting) posting.push(i);
      else byTerm[id] = [i];
    }
  });
  const n = Math.max(1, passages.length);
  const idfs = new Float64Array(termCount);
  for (const t of termOrder) idfs[t] = Math.log(1 + n / df[t]!);
  const unknownIdf = Math.log(1 + n);
  // A word the dictionary holds but no passage as a term is unknown too.
  const idOf = (t: string) => {
    const id = termId.get(t);
    return id === undefined || df[id] === 0 ? -1 : id;
  };
  const idf = (t: string) => {
    const id = idOf(t);
    return id < 0 ? unknownIdf : idfs[id]!;
  };
  // What does not depend on the agreement, once per passage.
  const facts = all.map((x, i) => ({ weight: weightOfIds(ids[i]!, idfs), done: x.done, notYet: x.notYet, lastDate: lastDateOf(ids[i]!, texts) }));
  // "kamerbrief" reports on "brief": long terms indexed under their word-final parts.
  const bySuffix = new Map<string, number[]>();
  for (const id of termOrder) {
    const t = texts[id]!;
    if (/^[dv]:/.test(t)) continue;
    for (let k = 3; t.length - k >= 4; k++) {
      const list = bySuffix.get(t.slice(k));
      if (list) list.push(id);
      else bySuffix.set(t.slice(k), [id]);
    }
  }
  const byFile = new Map<string, number[]>();
  passages.forEach((p, i) => {
    const list = byFile.get(p.file);
    if (list) list.push(i);
    else byFile.set(p.file, [i]);
  });
  return { all, passages, ids, texts, df, idfs, unknownIdf, idOf, idf, postings, facts, bySuffix, byFile };
}

export const DOCUMENTS = '\u0000stukken';

/** The latest of a passage's dates: its "d:" terms, which come first. */
function lastDateOf(ids: readonly number[], texts: readonly string[]): string | null {
  let last: string | null = null;
  for (const id of ids) {
    const t = texts[id]!;
    if (!t.startsWith('d:')) break;
    const d = t.slice(2);
    if (last === null || d > last) last = d;
  }
  return last;
}

const groupOf = (p: Passage) => (p.kind === 'stuk' ? DOCUMENTS : (p.body ?? ''));
