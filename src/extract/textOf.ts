import type { Nodes } from 'mdast';

const STRIKE_OPEN = /^<(?:del|s|strike)(?:\s[^<>]*)?>$/i;
const STRIKE_CLOSE = /^<\/(?:del|s|strike)\s*>$/i;

/** 1 for an HTML tag that opens struck-through text ("<del>", "<s>", "<strike>"), -1 for one that closes it, else 0. */
export function strikeTag(node: Nodes): 1 | -1 | 0 {
  if (node.type !== 'html') return 0;
  return STRIKE_OPEN.test(node.value) ? 1 : STRIKE_CLOSE.test(node.value) ? -1 : 0;
}

/**
 * Text as readers see it: raw HTML in a minutes file is not part of an agreement's text, and
 * neither is struck-through text ("~~voor 1 april~~ voor 1 mei", or "<del>…</del>" from an HTML
 * export): the secretariat struck it, and reading it would turn "stemt ~~in~~ niet in" around or
 * take the struck deadline. The page still shows it struck, and the name checks still read it
 * (it is published). An unclosed "<del>" strikes to the end, as a browser shows it.
 */
export function textOf(node: Nodes): string {
  let out = '';
  let struck = 0;
  const walk = (n: Nodes) => {
    const tag = strikeTag(n);
    if (tag) struck = Math.max(0, struck + tag);
    else if (n.type === 'html' || n.type === 'delete') return;
    else if ('value' in n && typeof n.value === 'string') out += struck ? '' : n.value;
    else if ('alt' in n && typeof n.alt === 'string') out += struck ? '' : n.alt;
    else if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return out;
}
