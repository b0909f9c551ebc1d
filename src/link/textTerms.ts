import { dutchStem, isDutchStopWord } from '../language/dutchStem.js';
import { verbLemmaOf, verbLemmas } from '../language/dutchVerbs.js';
import { MONTH_PATTERN, monthNumber } from '../extract/deadline/dutchWords.js';

/**
 * The terms of a text for matching follow-ups: Dutch stems of its words (stop words and
 * numbers left out; short words only as abbreviations, "MR", "VB"), every written date as
 * "d:JJJJ-MM-DD", so "6 april 2023" and "06-04-2023" are one term, and the lexicon's verbs as
 * "v:infinitive", so "past … aan" and "aangepaste" are one term too. `stems`: words already
 * stemmed in this run.
 */
export function textTerms(text: string, yearOf: string | null, stems: Map<string, string> = new Map()): Set<string> {
  const out = new Set<string>();
  for (const d of datesIn(text, yearOf)) out.add(`d:${d}`);
  for (const v of verbLemmas(text)) out.add(`v:${v}`);
  for (const word of text.split(/[^\p{L}\p{N}’'´]+/u)) {
    const w = word.replace(/^[’'´]+/u, '').replace(/[’'´]s?$/u, '');
    if (!w || /\d/.test(w)) continue;
    const abbreviation = w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w);
    if (w.length < 3 && !abbreviation) continue;
    if (!abbreviation && isDutchStopWord(w)) continue;
    if (abbreviation) out.add(w.toLowerCase());
    // A verb form counts once, as its verb: "aangepaste" is "v:aanpassen", not also the stem "aangepast".
    else if (verbLemmaOf(w)) continue;
    else {
      // Stemming is most of the time spent here; the same words come back on every page.
      let stem = stems.get(w);
      if (stem === undefined) stems.set(w, (stem = dutchStem(w)));
      out.add(stem);
    }
  }
  return out;
}

/** Dates written in a text: 26-04-2023, 26/4/2023, 6 april 2023, "28 februari" (in `yearOf`'s year). */
export function datesIn(text: string, yearOf: string | null): string[] {
  const out: string[] = [];
  const pad = (n: string) => n.padStart(2, '0');
  for (const m of text.matchAll(/\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g)) out.push(`${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`);
  for (const m of text.toLowerCase().matchAll(new RegExp(`\\b(\\d{1,2})\\s+${MONTH_PATTERN}\\.?(?:\\s+(\\d{4}))?\\b`, 'g'))) {
    const year = m[3] ?? yearOf?.slice(0, 4);
    if (year) out.push(`${year}-${pad(String(monthNumber(m[2]!)))}-${pad(m[1]!)}`);
  }
  return out.filter((d) => /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(d));
}
