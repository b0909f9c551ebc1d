import { parseDocument, visit, isMap, isPair, isScalar, type Document, type Node, type Scalar } from 'yaml';
import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { yamlErrorInDutch } from './yamlErrorInDutch.js';

export interface Frontmatter {
  /** Plain data, or null when the YAML could not be read. */
  data: unknown;
  doc: Document;
  /** Where a value (or, with `key`, its key) stands in the file; the nearest parent if absent. */
  positionOf(path: (string | number)[], key?: boolean): Position;
  diagnostics: Diagnostic[];
}

/**
 * YAML with positions. `fenceLine` is the line of the opening ---; YAML line 1 is the line
 * after it, so every position is shifted by that.
 */
export function parseFrontmatter(file: string, written: string, fenceLine: number): Frontmatter {
  // Word puts non-breaking spaces after "datum:"; YAML does not see them as space. Same length, so positions hold.
  const source = written.replace(/[\u00a0\u2007\u202f]/g, ' ');
  const doc = parseDocument(source, { uniqueKeys: true, merge: false });
  // Own line table: yaml's LineCounter misses line starts after some errors (columns past the line end).
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  const toFile = (offset: number): Position => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1 + fenceLine, column: offset - starts[lo]! + 1 };
  };
  const diagnostics: Diagnostic[] = [];
  let syntaxReported = false;
  for (const err of doc.errors) {
    const at = toFile(err.pos[0]);
    if (err.code === 'DUPLICATE_KEY') {
      // The error marks only the key's first character; the key is the rest of it up to the colon.
      const key = /^["']?([^"':\n]*?)["']?\s*:/.exec(source.slice(err.pos[0]))?.[1]?.trim() ?? '';
      diagnostics.push(diagnostic('yaml-duplicate-key', file, at, { key }));
    } else if (!syntaxReported) {
      // Only the first: after one syntax error the parser reports a cascade that is all the same mistake.
      syntaxReported = true;
      diagnostics.push(diagnostic('yaml-syntax', file, at, { detail: yamlErrorInDutch(err.code) }));
    }
  }
  let refused = false;
  visit(doc, {
    Alias(_, node) {
      // Once per file is enough: a YAML bomb holds dozens.
      if (!refused) diagnostics.push(diagnostic('yaml-alias', file, toFile(node.range?.[0] ?? 0)));
      refused = true;
    },
    Node(_, node) {
      if (isScalar(node)) unwrapTypographicQuotes(node);
      if (!node.tag) return;
      // Tags (!!python/object, !!binary, !!timestamp) are refused like aliases: no value needs them.
      const at = node.range?.[0] ?? 0;
      const bang = source.lastIndexOf('!', at);
      refused = true;
      diagnostics.push(diagnostic('yaml-tag', file, toFile(bang >= 0 && !source.slice(bang, at).includes('\n') ? bang : at)));
    },
  });
  // Aliases are refused outright: no value here needs them, and they are how YAML bombs work.
  // Front matter with no fields at all is an empty map, so the missing fields are reported.
  const data = doc.errors.length === 0 && !refused ? (doc.toJS({ maxAliasCount: 0 }) ?? {}) : null;

  const positionOf = (path: (string | number)[], key = false): Position => {
    let node: unknown = doc.contents;
    let best: Position = { line: fenceLine + 1, column: 1 };
    if (node && (node as Node).range) best = toFile((node as Node).range![0]);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (isMap(node)) {
        const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === seg);
        if (!pair) return best;
        const last = i === path.length - 1;
        const target = last && key ? pair.key : (pair.value ?? pair.key);
        const range = (target as Node | null)?.range ?? (pair.key as Node | null)?.range;
        if (range) best = toFile(range[0]);
        node = pair.value;
      } else if (node && typeof seg === 'number' && 'items' in (node as object)) {
        const item = (node as { items: unknown[] }).items[seg] as Node | undefined;
        if (!item) return best;
        if (item.range) best = toFile(item.range[0]);
        node = item;
      } else return best;
    }
    return best;
  };
  return { data, doc, positionOf, diagnostics };
}

/**
 * Word turns "concept" into “concept”. A plain value wholly inside typographic quotes, with none
 * inside, means what the straight quotes would: the quotes are not part of the value.
 */
function unwrapTypographicQuotes(node: Scalar): void {
  if (node.type !== 'PLAIN' || typeof node.value !== 'string') return;
  const m = /^[\u201c\u201e\u201d]([^\u201c\u201d\u201e]*)[\u201d\u201c]$/.exec(node.value) ?? /^[\u2018\u201a\u2019]([^\u2018\u2019\u201a]*)[\u2019\u2018]$/.exec(node.value);
  if (m) node.value = m[1]!;
}
