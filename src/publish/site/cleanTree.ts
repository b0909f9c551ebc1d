import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { safeUrl } from './safeUrl.js';

/**
 * A copy of a source tree fit for publishing. The tree is shared with the register, so it is
 * never changed in place. Raw HTML is dropped (never passed through: a minutes file must not
 * carry script onto the site), link targets with other schemes than http(s)/mailto lose their
 * link, images become links (the site loads no outside images), and headings shift so the
 * highest is `topLevel`: the page's own h1 stays the only one and levels never skip.
 */
export function cleanTree(tree: Root, topLevel = 2): Root {
  let minDepth = 6;
  // Every node on the way is copied (shallowly: positions and data are only read downstream), so
  // the source tree stays as it is; a structuredClone of the whole tree cost twice as much.
  const visit = <P extends Parent>(parent: P): P => {
    const kept: RootContent[] = [];
    // Inline "<script>code</script>" parses as html, text, html: the code between goes too.
    let skipUntil: RegExp | null = null;
    for (const node of parent.children as RootContent[]) {
      if (skipUntil) {
        if (node.type === 'html' && skipUntil.test(node.value)) skipUntil = null;
        continue;
      }
      if (node.type === 'html') {
        const open = /<(script|style|textarea|title|noscript|iframe)\b/i.exec(node.value);
        if (open && !new RegExp(`</${open[1]}\\s*>`, 'i').test(node.value)) skipUntil = new RegExp(`</${open[1]}\\s*>`, 'i');
      }
      const replaced = clean(node);
      if (replaced === null) continue;
      if (replaced.type === 'heading') minDepth = Math.min(minDepth, replaced.depth);
      kept.push('children' in replaced ? visit(replaced as Parent) as RootContent : replaced === node ? { ...node } : replaced);
    }
    return { ...parent, children: kept };
  };
  const copy = visit(tree);
  const shift = topLevel - minDepth;
  if (shift) {
    const deepen = (n: Nodes) => {
      if (n.type === 'heading') n.depth = Math.max(1, Math.min(6, n.depth + shift)) as typeof n.depth;
      if ('children' in n) for (const c of n.children) deepen(c);
    };
    deepen(copy);
  }
  return copy;
}

function clean(node: RootContent): RootContent | null {
  switch (node.type) {
    case 'yaml':
    case 'html':
      return null;
    case 'link':
    case 'definition': {
      const url = safeUrl(node.url);
      if (url !== null) return { ...node, url };
      if (node.type === 'definition') return null;
      return { type: 'emphasis', children: node.children, position: node.position };
    }
    case 'image': {
      const url = safeUrl(node.url);
      const text = { type: 'text' as const, value: `[afbeelding${node.alt ? `: ${node.alt}` : ''}]` };
      return url !== null ? { type: 'link', url, children: [text], position: node.position } : text;
    }
    case 'imageReference':
      return { type: 'text', value: `[afbeelding${node.alt ? `: ${node.alt}` : ''}]` };
    default:
      return node;
  }
}
