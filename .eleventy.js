// Eleventy 3 configuration of the published site. The data comes from the pipeline: `lrt build`
// (src/cli/buildSite.ts) passes the view model as global data `lrt`, so no Markdown is parsed here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nunjucksCompileOnce } from './site/_config/nunjucksCompileOnce.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export default function (eleventyConfig) {
  nunjucksCompileOnce(eleventyConfig);
  // Autoescape: every value printed is text unless a template says `| safe` for HTML this
  // project rendered itself (the minutes, through renderTree).
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.setQuietMode(true);

  eleventyConfig.addPassthroughCopy({ [path.join(here, 'site', 'assets')]: 'assets' });
  // The search runs on lunr and lunr-languages as published (MIT and MPL-1.1; licence headers
  // kept), served in one file with the search's own code by site/zoeken-lunr.11ty.js.

  // The stylesheet is kept in parts (site/_css/, one concern each, in name order) and served as
  // one file, /assets/lrt.css, by site/stijl.11ty.js.
  const cssDir = path.join(here, 'site', '_css');
  eleventyConfig.addGlobalData('stylesheet', () =>
    readdirSync(cssDir)
      .filter((f) => f.endsWith('.css'))
      .sort()
      .map((f) => readFileSync(path.join(cssDir, f), 'utf8'))
      .join('\n'),
  );
  eleventyConfig.addWatchTarget(cssDir);

  // Thousands with a dot, as Dutch readers expect ("1.234 bytes").
  eleventyConfig.addFilter('getal', (n) => new Intl.NumberFormat('nl-NL').format(n));
  eleventyConfig.addFilter('grootte', (bytes) =>
    bytes < 1024 ? `${bytes} bytes` : `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(bytes / 1024)} kB`,
  );

  return {
    // Input and output are given by buildSite (site/ of this package, and the staging folder).
    dir: { includes: '_includes' },
    templateFormats: ['njk', '11ty.js'],
    htmlTemplateEngine: 'njk',
  };
}
