import type { Frontmatter } from './parseFrontmatter.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { Position } from '../diagnostics/diagnostic.js';

/**
 * Front matter as a plain value (a file's result, cached and sent between threads): the data, its
 * diagnostics, and the position of every value and key it holds.
 */
export interface FrozenFrontmatter {
  data: unknown;
  diagnostics: Diagnostic[];
  /** [path as JSON, 1 for the key's position / 0 for the value's, line, column] */
  positions: [string, 0 | 1, number, number][];
}

// Front matter is a few dozen values; deeper paths are never asked for.
const MAX_DEPTH = 4;

export function freezeFrontmatter(fm: Frontmatter): FrozenFrontmatter {
  const positions: FrozenFrontmatter['positions'] = [];
  const add = (path: (string | number)[]) => {
    const v = fm.positionOf(path, false);
    const p = JSON.stringify(path);
    positions.push([p, 0, v.line, v.column]);
    if (path.length) {
      const k = fm.positionOf(path, true);
      positions.push([p, 1, k.line, k.column]);
    }
  };
  const walk = (value: unknown, path: (string | number)[]) => {
    add(path);
    if (path.length >= MAX_DEPTH || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(fm.data, []);
  return { data: fm.data, diagnostics: fm.diagnostics, positions };
}

/**
 * The front matter back, answering positionOf as the original did: the exact position of a path
 * it holds, else that of the nearest parent it holds.
 */
export function thawFrontmatter(frozen: FrozenFrontmatter): Frontmatter {
  const values = new Map<string, Position>();
  const keys = new Map<string, Position>();
  for (const [p, isKey, line, column] of frozen.positions) (isKey ? keys : values).set(p, { line, column });
  const root = values.get('[]') ?? { line: 1, column: 1 };
  const positionOf = (path: (string | number)[], key = false): Position => {
    const exact = (key ? keys : values).get(JSON.stringify(path));
    if (exact) return exact;
    for (let n = path.length - 1; n > 0; n--) {
      const parent = values.get(JSON.stringify(path.slice(0, n)));
      if (parent) return parent;
    }
    return root;
  };
  return { data: frozen.data, positionOf, diagnostics: frozen.diagnostics };
}
