import type { Root } from 'mdast';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { cleanTree } from './cleanTree.js';
import { decorateBlocks, type BlockMark } from './decorateBlocks.js';
import { abbreviateHast } from './abbreviate.js';
import { hastText } from './hastText.js';
import type { Glossary } from './glossary.js';

export interface RenderOptions {
  glossary: Glossary;
  /** Terms already explained on this page. */
  seen: Set<string>;
  /** Agreements and decisions of this file, by the line they start on. */
  marks?: Map<number, BlockMark>;
  /** Where "vervolg op: <id>" points. */
  followUpHref?: (ref: string) => string | null;
  /** Prefix of the anchors of section headings: "punt" gives #punt-1, #punt-2, … */
  headingPrefix?: string;
  /** Level of the file's highest heading on the page (2 by default; 3 under a page section). */
  topLevel?: number;
}

export interface RenderedTree {
  html: string;
  /** The sections' headings in order, with their anchors, for a table of contents. */
  headings: { id: string; text: string; depth: number }[];
}

/**
 * One source tree (the same tree the register was read from) to safe HTML. Safety comes from
 * cleanTree and from never allowing raw HTML into the output: the only raw nodes are the
 * block marks this project builds itself.
 */
export function renderTree(tree: Root, opts: RenderOptions): RenderedTree {
  const topLevel = opts.topLevel ?? 2;
  const hast = toHast(cleanTree(tree, topLevel), {
    clobberPrefix: 'noot-',
    footnoteLabel: 'Voetnoten',
    footnoteLabelProperties: { className: ['voetnoten__kop'] },
    footnoteLabelTagName: `h${topLevel}`,
    footnoteBackLabel: (i: number) => `Terug naar verwijzing ${i + 1}`,
  }) as HastRoot;

  const headings: RenderedTree['headings'] = [];
  let n = 0;
  let tables = 0;
  const prefix = opts.headingPrefix ?? 'punt';
  const children = hast.children as (RootContent | ElementContent)[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'element') continue;
    if (/^h[1-6]$/.test(node.tagName)) {
      const id = `${prefix}-${++n}`;
      node.properties = { ...node.properties, id };
      headings.push({ id, text: hastText(node).trim(), depth: Number(node.tagName[1]) });
    }
  }
  // Tables scroll on their own on a phone; a scrolling region must be reachable by keyboard.
  const wrapTables = (parent: HastRoot | Element) => {
    parent.children.forEach((c, i) => {
      if (c.type !== 'element') return;
      if (c.tagName === 'table') {
        for (const th of findAll(c, 'th')) th.properties = { ...th.properties, scope: 'col' };
        (parent.children as ElementContent[])[i] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['tabel'], role: 'region', ariaLabel: `Tabel ${++tables}`, tabIndex: 0 },
          children: [c],
        };
      } else wrapTables(c);
    });
  };
  wrapTables(hast);
  decorateBlocks(hast, opts.marks ?? new Map(), opts.followUpHref ?? (() => null));
  abbreviateHast(hast, opts.glossary, opts.seen);
  // Raw nodes here are only the marks built above with escapeHtml; Markdown HTML never got this far.
  return { html: toHtml(hast, { allowDangerousHtml: true }), headings };
}

function findAll(el: Element, tag: string): Element[] {
  const out: Element[] = [];
  for (const c of el.children) if (c.type === 'element') (c.tagName === tag ? out.push(c) : out.push(...findAll(c, tag)));
  return out;
}
