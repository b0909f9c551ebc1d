import type { Root } from 'mdast';
import type { ParsedSource } from '../../parse/parseSource.js';
import type { FrontEntry } from '../parallel/fileTasks.js';
import { thawFrontmatter } from './frozenFrontmatter.js';

/**
 * A ParsedSource rebuilt from a cache entry. The tree is given, or made when something asks for
 * it: read back from a worker's serialised copy, or parsed again from the same text with the same
 * parser (a cache hit), so the register and the page still come from one reading of the file.
 * A made tree is not kept: a site renders each file once, and thousands of trees held at once
 * were most of a big build's memory. A run that renders nothing (lrt check) can make none.
 */
const releases = new WeakMap<ParsedSource, () => void>();

/** Lets go of what a revived source keeps to make its tree (a worker's serialised copy): once the pages are rendered. */
export function releaseTree(source: ParsedSource): void {
  releases.get(source)?.();
}

export function reviveSource(file: string, text: string, entry: FrontEntry, tree: Root | (() => Root) | null): ParsedSource {
  const revived = {
    file,
    text,
    frontmatter: entry.frontmatter ? thawFrontmatter(entry.frontmatter) : null,
    diagnostics: entry.parseDiagnostics,
  } as ParsedSource;
  let known = typeof tree === 'function' ? undefined : (tree ?? undefined);
  let make = typeof tree === 'function' ? tree : null;
  Object.defineProperty(revived, 'tree', {
    enumerable: true,
    get: () => {
      if (known) return known;
      if (!make) throw new Error(`Interne fout: de boom van ${file} is gevraagd in een run die niets (meer) weergeeft`);
      return make();
    },
    set: (t: Root) => {
      known = t;
    },
  });
  releases.set(revived, () => {
    known = undefined;
    make = null;
  });
  return revived;
}
