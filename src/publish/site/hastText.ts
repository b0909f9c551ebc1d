import type { Nodes } from 'hast';

/** The text content of a rendered node, as a reader would see it. */
export function hastText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => hastText(c as Nodes)).join('');
  return '';
}
