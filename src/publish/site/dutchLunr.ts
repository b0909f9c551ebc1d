import lunr from 'lunr';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// lunr-languages are CommonJS plug-ins that extend the lunr object they are given.
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.nl.js')(lunr);

/**
 * Words split at white space, hyphens and slashes ("TK-brief", "LRT/PRT"). site/assets/search.js
 * sets the same separator: index and query must cut words alike.
 */
export const SEPARATOR = /[\s\-/]+/;

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

export const APOSTROPHE_LABEL = 'lrtApostrof';

const apostrophe: lunr.PipelineFunction = (token) => token.update((s) => foldApostrophe(s));
lunr.Pipeline.registerFunction(apostrophe, APOSTROPHE_LABEL);

type NlLunr = typeof lunr & { nl: lunr.Builder.Plugin & { stemmer: lunr.PipelineFunction } };
const nl = (lunr as NlLunr).nl;

/** A lunr builder set up for Dutch: nl stop words and stemmer, with the apostrophe fold first. */
export function dutchIndex(configure: (builder: lunr.Builder) => void): lunr.Index {
  const previous = lunr.tokenizer.separator;
  lunr.tokenizer.separator = SEPARATOR;
  try {
    return lunr(function () {
      this.use(nl);
      this.pipeline.before(nl.stemmer, apostrophe);
      this.searchPipeline.before(nl.stemmer, apostrophe);
      configure(this);
    });
  } finally {
    lunr.tokenizer.separator = previous;
  }
}

/** The stem a word is indexed under, for the search expansions of abbreviations. */
export function dutchStem(word: string): string {
  const token = new lunr.Token(foldApostrophe(word.toLowerCase()), {});
  return String(nl.stemmer(token, 0, [token]) ?? token);
}

export { lunr };
