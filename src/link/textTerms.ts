import { dutchStem, isDutchStopWord } from '../language/dutchStem.js';
import { verbLemmaOf, verbLemmas } from '../language/dutchVerbs.js';
import { MONTH_PATTERN, monthNumber } from '../extract/deadline/dutchWords.js';

/**
 * Words already read in one run: the same words come back on every page, and stemming and the
 * stop-word test are most of the time spent on a text. Made by the caller, per run.
 */
export interface WordMemo {
  /** A written word → the term it gives (null: none, a stop word, a number or a verb form). */
  terms: Map<string, string | null>;
  /** A word → its Dutch stem. */
  stems: Map<string, string>;
}

export const wordMemo = (): WordMemo => ({ terms: new Map(), stems: new Map() });

/** The Dutch stem of a word, stemmed once per run. */
export function stemOf(word: string, memo: WordMemo): string {
  let stem = memo.stems.get(word);
  if (stem === undefined) memo.stems.set(word, (stem = dutchStem(word)));
  return stem;
}

const WORD_SPLIT = /[^\p{L}\p{N}’'´]+/u;

/**
 * The terms of a text for matching follow-ups: Dutch stems of its words (stop words and
 * numbers left out; short words only as abbreviations, "MR", "VB"), every written date as
 * "d:JJJJ-MM-DD", so "6 april 2023" and "06-04-2023" are one term, and the lexicon's verbs as
 * "v:infinitive", so "past … aan" and "aangepaste" are one term too. In that order: the dates first.
 * `lemmas`: verbLemmas of the text, when the caller has read them already.
 */
export function textTerms(text: string, yearOf: string | null, memo: WordMemo = wordMemo(), lemmas: string[] = verbLemmas(text)): Set<string> {
  const out = new Set<string>();
  for (const d of datesIn(text, yearOf)) out.add(`d:${d}`);
  for (const v of lemmas) out.add(`v:${v}`);
  for (const word of text.split(WORD_SPLIT)) {
    if (!word) continue;
    let term = memo.terms.get(word);
    if (term === undefined) memo.terms.set(word, (term = termOf(word, memo)));
    if (term !== null) out.add(term);
  }
  return out;
}

/** The term one written word gives, if any. */
function termOf(word: string, memo: WordMemo): string | null {
  const w = word.replace(/^[’'´]+/u, '').replace(/[’'´]s?$/u, '');
  if (!w || /\d/.test(w)) return null;
  const abbreviation = w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w);
  if (w.length < 3 && !abbreviation) return null;
  if (abbreviation) return w.toLowerCase();
  if (isDutchStopWord(w)) return null;
  // A verb form counts once, as its verb: "aangepaste" is "v:aanpassen", not also the stem "aangepast".
  if (verbLemmaOf(w)) return null;
  return stemOf(w, memo);
}

const NUMERIC_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g;
const WRITTEN_DATE = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_PATTERN}\\.?(?:\\s+(\\d{4}))?\\b`, 'g');
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Dates written in a text: 26-04-2023, 26/4/2023, 6 april 2023, "28 februari" (in `yearOf`'s year). */
export function datesIn(text: string, yearOf: string | null): string[] {
  // Every date has a digit; most lines have none.
  if (!/\d/.test(text)) return [];
  const out: string[] = [];
  const pad = (n: string) => n.padStart(2, '0');
  for (const m of text.matchAll(NUMERIC_DATE)) out.push(`${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`);
  for (const m of text.toLowerCase().matchAll(WRITTEN_DATE)) {
    const year = m[3] ?? yearOf?.slice(0, 4);
    if (year) out.push(`${year}-${pad(String(monthNumber(m[2]!)))}-${pad(m[1]!)}`);
  }
  return out.filter((d) => ISO_DATE.test(d));
}
