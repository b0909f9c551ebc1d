import type { Nodes, Root } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.js';
import { pos } from './markdownPosition.js';
import { strikeTag } from './textOf.js';

export interface UnclosedStrike {
  /** The tag as written ("<del>"). */
  tag: string;
  at: Position;
}

/** Nodes whose children are text: a strike tag opened there is closed there, or strikes the rest. */
const PHRASING_HOSTS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Every "<del>", "<s>" or "<strike>" that is never closed: textOf strikes everything after it (to
 * the end of the paragraph), so the text, owner and deadline after it left the register without a
 * word. Inside a paragraph the closing tag must follow in the same paragraph; a tag on a line of
 * its own must be closed by a later one beside it (what it meant to strike is unclear otherwise).
 */
export function unclosedStrikes(tree: Root): UnclosedStrike[] {
  const out: UnclosedStrike[] = [];
  /** Tags opened in a run of nodes read in order, closed ones taken off. */
  const run = () => {
    const open: Nodes[] = [];
    return {
      see(n: Nodes) {
        const tag = strikeTag(n);
        if (tag === 1) open.push(n);
        else if (tag === -1) open.pop();
      },
      end() {
        for (const n of open) out.push({ tag: (n as { value: string }).value.replace(/\s.*$/s, '').replace(/>?$/, '>'), at: pos(n) });
      },
    };
  };
  const inline = (n: Nodes, r: ReturnType<typeof run>) => {
    r.see(n);
    if ('children' in n) for (const c of n.children as Nodes[]) inline(c, r);
  };
  const flow = (n: Nodes) => {
    if (PHRASING_HOSTS.has(n.type)) {
      const r = run();
      inline(n, r);
      r.end();
      return;
    }
    if (!('children' in n)) return;
    const r = run();
    for (const c of n.children as Nodes[]) {
      r.see(c);
      flow(c);
    }
    r.end();
  };
  flow(tree);
  return out;
}
