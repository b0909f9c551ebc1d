import { toString } from 'mdast-util-to-string';

/** Text as readers see it: raw HTML in a minutes file is not part of an agreement's text. */
export const textOf = (node: Parameters<typeof toString>[0]): string => toString(node, { includeHtml: false });
