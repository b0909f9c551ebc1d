import { LineCounter, parseDocument, visit, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
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
export function parseFrontmatter(file: string, source: string, fenceLine: number): Frontmatter {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true, prettyErrors: true, merge: false });
  const toFile = (offset: number): Position => {
    const p = counter.linePos(offset);
    return { line: p.line + fenceLine, column: p.col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    const at = toFile(err.pos[0]);
    if (err.code === 'DUPLICATE_KEY') {
      const key = /"?([^"]+)"?/.exec(source.slice(err.pos[0], err.pos[1]))?.[1] ?? '';
      diagnostics.push(diagnostic('yaml-duplicate-key', file, at, { key }));
    } else {
      diagnostics.push(diagnostic('yaml-syntax', file, at, { detail: yamlErrorInDutch(err.code, err.message) }));
    }
  }
  let hasAlias = false;
  visit(doc, {
    Alias(_, node) {
      hasAlias = true;
      diagnostics.push(diagnostic('yaml-alias', file, toFile(node.range?.[0] ?? 0)));
    },
  });
  // Aliases are refused outright: no value here needs them, and they are how YAML bombs work.
  const data = doc.errors.length === 0 && !hasAlias ? doc.toJS({ maxAliasCount: 0 }) : null;

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
