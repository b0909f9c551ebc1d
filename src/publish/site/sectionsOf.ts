import type { Nodes, Root } from 'mdast';
import { cleanTree } from './cleanTree.js';
import { ATTRIBUTE_LINE } from '../../extract/attributes.js';

export interface Section {
  /** 0 for text before the first heading, else the heading's number (matches renderTree's anchors). */
  n: number;
  title: string | null;
  startLine: number;
  text: string;
}


/** Readable text of a node, without the attribute bullets ("- id: lrt-…") under agreements. */
function plain(node: Nodes): string {
  if ('value' in node && node.type !== 'yaml' && node.type !== 'html') return node.value;
  if (!('children' in node)) return '';
  // Each child's text once: computing it again to test for attributes doubles the work per level.
  const texts = node.children.map((c) => plain(c as Nodes));
  if (node.type === 'list' && texts.every((t) => ATTRIBUTE_LINE.test(t))) return '';
  const sep = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' ? '' : ' ';
  return texts.join(sep);
}

/** A file's text cut at its headings: the passages search shows and links to. */
export function sectionsOf(tree: Root): Section[] {
  const clean = cleanTree(tree);
  const out: Section[] = [{ n: 0, title: null, startLine: 1, text: '' }];
  let n = 0;
  for (const node of clean.children) {
    if (node.type === 'heading') {
      out.push({ n: ++n, title: plain(node).replace(/\s+/g, ' ').trim(), startLine: node.position?.start.line ?? 1, text: '' });
      continue;
    }
    const cur = out[out.length - 1]!;
    cur.text += ` ${plain(node)}`;
  }
  for (const s of out) s.text = s.text.replace(/\s+/g, ' ').trim();
  return out.filter((s) => s.text || s.title);
}
