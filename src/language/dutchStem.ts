import lunr from 'lunr';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// lunr-languages are CommonJS plug-ins that extend the lunr object they are given: loaded once
// here, for the site's search index and for the follow-ups found between minutes alike.
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.nl.js')(lunr);

export type NlLunr = typeof lunr & { nl: lunr.Builder.Plugin & { stemmer: lunr.PipelineFunction; stopWordFilter: lunr.PipelineFunction } };
/** lunr with the Dutch plug-in (stop words and the Snowball stemmer) registered on it. */
export const nlLunr = lunr as NlLunr;

/**
 * "CNO’s", "PRT´s", "cno’" → "cno", "prt": the possessive and plural apostrophes of the minutes,
 * and accents, folded before stemming. The same function, under the same name, is registered
 * in site/assets/search.js, because a loaded index names its pipeline functions.
 */
export function foldApostrophe(word: string): string {
  return word
    .replace(/['\u2018\u2019\u00b4`\u2032]\s*s?$/u, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The stem a word is indexed under: lower case, apostrophe and accents folded, Dutch Snowball. */
export function dutchStem(word: string): string {
  const token = new lunr.Token(foldApostrophe(word.toLowerCase()), {});
  return String(nlLunr.nl.stemmer(token, 0, [token]) ?? token);
}

/** Whether lunr-languages counts the word as a Dutch stop word ("de", "het", "wordt", …). */
export function isDutchStopWord(word: string): boolean {
  const token = new lunr.Token(word.toLowerCase(), {});
  return nlLunr.nl.stopWordFilter(token, 0, [token]) === undefined;
}
