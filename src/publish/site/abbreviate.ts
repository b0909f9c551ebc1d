import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import type { Glossary, Term } from './glossary.js';
import { escapeHtml } from './escapeHtml.js';

export type Piece = string | { form: string; term: Term };

/**
 * Splits text at the abbreviations of the glossary. Only the first use of a term on a page is
 * marked (`seen` is per page): every later "JenV" underlined again would be noise.
 */
export function splitAbbreviations(text: string, glossary: Glossary, seen: Set<string>): Piece[] {
  if (!glossary.pattern) return [text];
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(glossary.pattern)) {
    const term = glossary.byForm.get(m[0])!;
    if (seen.has(term.term)) continue;
    seen.add(term.term);
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ form: m[0], term });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Plain text to escaped HTML with its abbreviations marked. */
export function abbreviateText(text: string, glossary: Glossary, seen: Set<string>): string {
  return splitAbbreviations(text, glossary, seen)
    .map((p) => (typeof p === 'string' ? escapeHtml(p) : `<abbr title="${escapeHtml(p.term.meaning)}">${escapeHtml(p.form)}</abbr>`))
    .join('');
}

const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style']);

/** The same marking inside a rendered tree, in document order, leaving links and code alone. */
export function abbreviateHast(tree: HastRoot | Element, glossary: Glossary, seen: Set<string>): void {
  const walk = (parent: HastRoot | Element) => {
    const next: (ElementContent | HastRoot['children'][number])[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        for (const p of splitAbbreviations(child.value, glossary, seen)) {
          if (typeof p === 'string') next.push({ type: 'text', value: p } satisfies Text);
          else next.push({ type: 'element', tagName: 'abbr', properties: { title: p.term.meaning }, children: [{ type: 'text', value: p.form }] });
        }
        continue;
      }
      if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
      next.push(child);
    }
    parent.children = next as typeof parent.children;
  };
  walk(tree);
}
