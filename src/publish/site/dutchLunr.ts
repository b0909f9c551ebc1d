import { nlLunr as lunr, foldApostrophe, dutchStem } from '../../language/dutchStem.js';

// The stemming itself lives in src/language/, so extraction and linking can use it too.
export { foldApostrophe, dutchStem };

/**
 * Words split at white space, hyphens and slashes ("TK-brief", "LRT/PRT"). site/assets/search.js
 * sets the same separator: index and query must cut words alike.
 */
export const SEPARATOR = /[\s\-/]+/;

export const APOSTROPHE_LABEL = 'lrtApostrof';

const apostrophe: lunr.PipelineFunction = (token) => token.update((s) => foldApostrophe(s));
lunr.Pipeline.registerFunction(apostrophe, APOSTROPHE_LABEL);

const nl = lunr.nl;

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

export { lunr };
