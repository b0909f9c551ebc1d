import { createHash } from 'node:crypto';
import type { SourceText } from '../../parse/parseSource.js';
import { sourceTree } from './sourceSections.js';
import { renderTree, type RenderedTree, type RenderOptions } from './renderTree.js';

/** One file rendered, with what the rendering depended on beyond its key. */
export interface StoredRender {
  html: string;
  headings: RenderedTree['headings'];
  /** The page's explained terms after rendering (the rendering adds to them). */
  seenAfter: string[];
  /** Every "vervolg op" link asked for, and where it pointed. */
  links: [string, string | null][];
}

/** Rendered minutes kept between builds (the build stores them in its cache). */
export interface RenderMemo {
  get(key: string): StoredRender | undefined;
  set(key: string, value: StoredRender): void;
}


/**
 * renderTree for a whole file, remembered: the same text, marks, terms already explained and
 * links give the same HTML, so a rebuild renders only what changed. Without a memo, or on a
 * miss, the tree is rendered as always.
 */
export function renderSource(source: SourceText, packed: Uint8Array | null, opts: RenderOptions, memo?: RenderMemo): RenderedTree {
  if (!memo) return renderTree(sourceTree(source, packed), opts);
  const h = createHash('sha1');
  for (const part of [
    source.file,
    source.text,
    opts.glossary.key,
    JSON.stringify([...opts.seen]),
    JSON.stringify([...(opts.marks ?? new Map())]),
    opts.headingPrefix ?? '',
    String(opts.topLevel ?? ''),
  ])
    h.update(part).update('\0');
  const key = h.digest('hex');
  const follow = opts.followUpHref ?? (() => null);
  const hit = memo.get(key);
  if (hit && hit.links.every(([ref, href]) => follow(ref) === href)) {
    for (const s of hit.seenAfter) opts.seen.add(s);
    return { html: hit.html, headings: hit.headings };
  }
  const links: [string, string | null][] = [];
  const rendered = renderTree(sourceTree(source, packed), {
    ...opts,
    followUpHref: (ref) => {
      const href = follow(ref);
      links.push([ref, href]);
      return href;
    },
  });
  memo.set(key, { html: rendered.html, headings: rendered.headings, seenAfter: [...opts.seen], links });
  return rendered;
}
