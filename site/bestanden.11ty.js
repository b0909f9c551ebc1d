// The files under /data/ (register, schema, CSV, calendars, feed, search index), written as
// built by src/publish/site/exportFiles.ts: this template only prints them.
export const data = {
  pagination: { data: 'lrt.files', size: 1, alias: 'item' },
  permalink: (d) => `/${d.item.path}`,
  eleventyExcludeFromCollections: true,
};

export function render(d) {
  return d.item.content;
}
