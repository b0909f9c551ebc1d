import type { Nodes } from 'mdast';

/**
 * Text as readers see it: raw HTML in a minutes file is not part of an agreement's text, and
 * neither is struck-through text ("~~voor 1 april~~ voor 1 mei"): the secretariat struck it, and
 * reading it would turn "stemt ~~in~~ niet in" around or take the struck deadline. The page still
 * shows it struck, and the name checks still read it (it is published).
 */
export function textOf(node: Nodes): string {
  if (node.type === 'html' || node.type === 'delete') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}
