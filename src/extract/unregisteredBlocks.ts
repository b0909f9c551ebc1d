import type { Diagnostic } from '../schema/diagnostic.js';
import type { Labels } from '../schema/registry.js';
import type { ParsedSource } from '../parse/parseSource.js';
import { diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { findBlocks } from './findBlocks.js';
import { normalizeForMatch, stripInvisible } from './normalize.js';

/**
 * Nothing lost, for files that never reach the register (front matter missing or invalid, not
 * UTF-8, too deep to parse): how many labelled blocks they hold, as one error at the first, so
 * the count of what is missing is on screen next to the reason.
 */
export function unregisteredBlocks(source: ParsedSource, labels: Labels): Diagnostic[] {
  const found = source.tree.children.length > 0 ? findBlocks(source.tree, source.text, labels).blocks.map((b) => b.at) : labelLines(source.text, labels);
  if (found.length === 0) return [];
  return [diagnostic('blocks-not-registered', source.file, found[0], { count: found.length })];
}

/** Without a tree (the file was refused before parsing): lines that open with a label, bullets and quotes allowed. */
function labelLines(text: string, labels: Labels): Position[] {
  const alts = labels.labels.map((l) => l.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const re = new RegExp(`^[\\s>]*(?:(?:[-*+]|\\d+[.)])\\s+)*[*_]*["']?(?:${alts})["']?[*_]*\\s*:`, 'i');
  const out: Position[] = [];
  text.split('\n').forEach((line, i) => {
    if (re.test(normalizeForMatch(stripInvisible(line)))) out.push({ line: i + 1, column: 1 });
  });
  return out;
}
