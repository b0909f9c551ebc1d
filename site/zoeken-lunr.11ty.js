// /assets/zoeken-lunr.js: what the search page loads when someone starts to search, in one file
// so that a first query waits for one script, not four: lunr and lunr-languages (stemmer support,
// Dutch) as published, licence headers kept, and what reads the split index and ranks it
// (site/assets/search-shards.js, search-rank.js).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const data = {
  permalink: '/assets/zoeken-lunr.js',
  eleventyExcludeFromCollections: true,
};

export function render() {
  return [
    require.resolve('lunr/lunr.min.js'),
    require.resolve('lunr-languages/lunr.stemmer.support.js'),
    require.resolve('lunr-languages/lunr.nl.js'),
    fileURLToPath(new URL('./assets/search-shards.js', import.meta.url)),
    fileURLToPath(new URL('./assets/search-rank.js', import.meta.url)),
  ]
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n;\n');
}
