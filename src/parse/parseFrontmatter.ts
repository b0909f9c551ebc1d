import { parseDocument, visit, isMap, isPair, isScalar, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { positionIn } from './positionIn.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic, diagnosticOf, type Position } from '../diagnostics/diagnostic.js';
import type { RuleCall } from '../diagnostics/messages.js';
import { yamlErrorInDutch } from './yamlErrorInDutch.js';

export interface Frontmatter {
  /** Plain data, or null when the YAML could not be read. */
  data: unknown;
  /** Where a value (or, with `key`, its key) stands in the file; the nearest parent if absent. */
  positionOf(path: (string | number)[], key?: boolean): Position;
  diagnostics: Diagnostic[];
}

/** Front matter is a few dozen fields; these bounds are far beyond any real minutes. */
export const MAX_FRONTMATTER_BYTES = 32 * 1024;
/** Keys and list items together (an attendee with naam/organisatie/openbaar is four). */
export const MAX_FRONTMATTER_ENTRIES = 2000;

/**
 * Whether the front matter opening `text` is past MAX_FRONTMATTER_BYTES, found by one scan for the
 * closing fence: the Markdown parser takes about 0.1 ms a front-matter line, so 100,000 pasted
 * lines must not reach it.
 */
export function oversizedFrontmatter(text: string): boolean {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return false;
  let at = open[0].length;
  while (at < text.length) {
    const eol = text.indexOf('\n', at);
    const end = eol < 0 ? text.length : eol;
    if (/^---[ \t]*\r?$/.test(text.slice(at, Math.min(end, at + 16)))) break;
    at = end + 1;
    if (at - open[0].length > MAX_FRONTMATTER_BYTES) return true;
  }
  return false;
}

/**
 * YAML with positions. `fenceLine` is the line of the opening ---; YAML line 1 is the line
 * after it, so every position is shifted by that.
 */
export function parseFrontmatter(file: string, written: string, fenceLine: number): Frontmatter {
  // Word puts non-breaking spaces after "datum:"; YAML does not see them as space. Same length, so positions hold.
  const source = written.replace(/[\u00a0\u2007\u202f]/g, ' ');
  // Refused before the YAML parser sees it: its cost grows with the size, and nothing real comes near.
  if (source.length > MAX_FRONTMATTER_BYTES) return refusedFrontmatter(file, fenceLine, 'frontmatter-too-large', { max: MAX_FRONTMATTER_BYTES / 1024 });
  // Duplicate keys are found below with one set per map: yaml's own check compares each key with
  // every earlier one, quadratic in the number of keys.
  const doc = parseDocument(source, { uniqueKeys: false, merge: false });
  // Own line table: yaml's LineCounter misses line starts after some errors (columns past the line end).
  const toFile: (offset: number) => Position = positionIn(source, fenceLine + 1);
  const diagnostics: Diagnostic[] = [];
  let syntaxReported = false;
  for (const err of doc.errors) {
    // Only the first: after one syntax error the parser reports a cascade that is all the same mistake.
    if (syntaxReported) break;
    syntaxReported = true;
    diagnostics.push(diagnostic('yaml-syntax', file, toFile(err.pos[0]), { detail: yamlErrorInDutch(err.code) }));
  }
  let refused = false;
  let entries = 0;
  let duplicate = false;
  // A tag (!!python/object, !!binary, !!timestamp) is refused like an alias: no value needs one.
  const refuseTag = (node: Node) => {
    if (!node.tag) return;
    const at = node.range?.[0] ?? 0;
    const bang = source.lastIndexOf('!', at);
    refused = true;
    diagnostics.push(diagnostic('yaml-tag', file, toFile(bang >= 0 && !source.slice(bang, at).includes('\n') ? bang : at)));
  };
  visit(doc, {
    Map(_, node) {
      refuseTag(node);
      entries += node.items.length;
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        if (!seen.has(pair.key.value)) seen.add(pair.key.value);
        else {
          duplicate = true;
          diagnostics.push(diagnostic('yaml-duplicate-key', file, toFile(pair.key.range?.[0] ?? 0), { key: String(pair.key.value) }));
        }
      }
    },
    Seq(_, node) {
      refuseTag(node);
      entries += node.items.length;
    },
    Alias(_, node) {
      // Once per file is enough: a YAML bomb holds dozens.
      if (!refused) diagnostics.push(diagnostic('yaml-alias', file, toFile(node.range?.[0] ?? 0)));
      refused = true;
    },
    Scalar(_, node) {
      unwrapTypographicQuotes(node);
      refuseTag(node);
    },
  });
  // Aliases are refused outright: no value here needs them, and they are how YAML bombs work.
  // Front matter with no fields at all is an empty map, so the missing fields are reported.
  if (entries > MAX_FRONTMATTER_ENTRIES) return refusedFrontmatter(file, fenceLine, 'frontmatter-too-many-entries', { count: entries, max: MAX_FRONTMATTER_ENTRIES });
  const data = doc.errors.length === 0 && !refused && !duplicate ? (doc.toJS({ maxAliasCount: 0 }) ?? {}) : null;

  // Each map's pairs by key, made when first asked: a lookup per key of a long map must not scan
  // the map each time (10,000 unknown keys took seconds, quadratically).
  const byKey = new WeakMap<YAMLMap, Map<unknown, Pair>>();
  const pairOf = (map: YAMLMap, seg: string | number): Pair | undefined => {
    let index = byKey.get(map);
    if (!index) {
      index = new Map();
      for (const it of map.items) if (isPair(it) && isScalar(it.key) && !index.has(it.key.value)) index.set(it.key.value, it);
      byKey.set(map, index);
    }
    return index.get(seg);
  };

  const positionOf = (path: (string | number)[], key = false): Position => {
    let node: unknown = doc.contents;
    let best: Position = { line: fenceLine + 1, column: 1 };
    if (node && (node as Node).range) best = toFile((node as Node).range![0]);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (isMap(node)) {
        const pair = pairOf(node, seg!);
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
  return { data, positionOf, diagnostics };
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

/** Front matter not read at all: one error at the opening fence, and no data to validate. */
function refusedFrontmatter(file: string, fenceLine: number, rule: 'frontmatter-too-large' | 'frontmatter-too-many-entries', params: { count?: number; max: number }): Frontmatter {
  const at = { line: fenceLine, column: 1 };
  return { data: null, positionOf: () => at, diagnostics: [diagnosticOf({ rule, params } as RuleCall, file, at)] };
}
