import type { Diagnostic } from '../schema/diagnostic.js';
import type { Labels } from '../schema/registry.js';
import type { ParsedSource } from '../parse/parseSource.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { findBlocks } from './findBlocks.js';
import { findLabelSites } from './findLabelSites.js';

/**
 * Nothing lost, for files that never reach the register (front matter missing or invalid, not
 * UTF-8, too deep to parse): how many labelled blocks they hold, as one error at the first, so
 * the count of what is missing is on screen next to the reason. Without a tree (refused before
 * parsing), the line scan counts them.
 */
export function unregisteredBlocks(source: ParsedSource, labels: Labels): Diagnostic[] {
  // Front matter never closed: the parser reads its fields as text ("afspraak: lrt-…" as a label); the line scan skips them.
  const unclosed = /^---[ \t]*\r?\n/.test(source.text) && !/\n(?:---|\.\.\.)[ \t]*\r?(?:\n|$)/.test(source.text);
  const found =
    source.tree.children.length > 0 && !unclosed
      ? findBlocks(source.tree, source.text, labels).blocks.map((b) => b.at)
      : findLabelSites(source.text, labels).map((s) => ({ line: s.at.line, column: 1 }));
  if (found.length === 0) return [];
  return [diagnostic('blocks-not-registered', source.file, found[0], { count: found.length })];
}
