// /assets/lrt.css: the parts in site/_css/, joined by .eleventy.js; this template only prints them.
export const data = {
  permalink: '/assets/lrt.css',
  eleventyExcludeFromCollections: true,
};

export function render(d) {
  return d.stylesheet;
}
