// Eleventy 3.1 compiles a Nunjucks template anew for every page it paginates (and the permalink
// too): at thousands of agreement pages that was two thirds of the site build. This overrides the
// njk engine through Eleventy's public API (addExtension on a built-in language, amendLibrary for
// the environment Eleventy configured) with a compile that builds each template once per
// (path, source) and renders it as Eleventy's own Nunjucks engine does, so the output is unchanged.
// The cache is made per call, i.e. per Eleventy run (its configuration function), and goes with it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Eleventy's own Nunjucks (the one its engine configures): the package comes with @11ty/eleventy.
const { Template } = require('nunjucks');

export function nunjucksCompileOnce(eleventyConfig) {
  /** The environment Eleventy made: its options, loaders, filters and shortcodes. */
  let env;
  eleventyConfig.amendLibrary('njk', (made) => {
    env = made;
  });
  /** Render functions by input path, then by source. */
  const compiled = new Map();

  eleventyConfig.addExtension('njk', {
    compileOptions: {
      // The cache is this one, per run; Eleventy's own compile cache is global to the process.
      cache: false,
      // Permalinks are Nunjucks too, as with the built-in engine (a plain path renders as itself).
      permalink: true,
    },
    compile(source, inputPath) {
      // As Eleventy's Nunjucks engine: no path for a template that is not a file.
      const file = !inputPath || inputPath === 'njk' || inputPath === 'md' ? null : inputPath;
      let bySource = compiled.get(file);
      if (!bySource) compiled.set(file, (bySource = new Map()));
      let render = bySource.get(source);
      if (!render) {
        // Compiled on its first render, then kept by the Template for every later one.
        const template = new Template(source, env, file, false);
        render = (data) =>
          new Promise((resolve, reject) => {
            template.render(data, (error, result) => (error ? reject(error) : resolve(result)));
          });
        bySource.set(source, render);
      }
      return render;
    },
  });
}
