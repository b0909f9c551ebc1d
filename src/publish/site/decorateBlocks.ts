import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { hastText } from './hastText.js';
import { escapeHtml } from './escapeHtml.js';
// The sub-bullets that carry an agreement's attributes, spelled as findBlocks accepts them.
import { ATTRIBUTE_LINE, ATTRIBUTE_SPELLINGS } from '../../extract/attributes.js';

/** How one agreement or decision is marked where it stands in the minutes. */
export interface BlockMark {
  /**
   * "line:column" where the bullet or paragraph extraction found the block in starts: the element
   * that shows it. Absent for an agreement linking found (a confirmed commitment): shown with the
   * element its line is in.
   */
  host?: string;
  id: string;
  className: string[];
  /**
   * The label as extraction read it in the text, through its colon ("Afspraak:"), set in bold where
   * the element's text opens with it; null where the text has no label of its own (an item under
   * "Afspraken:", an agreement linking found).
   */
  written: string | null;
  /** Trusted HTML (built with escapeHtml) shown under the block: id, status, owners, link. */
  metaHtml: string;
  /** Further blocks in the same bullet or paragraph: each gets its own line, anchored at its id. */
  more?: BlockMark[];
}


function isElement(n: RootContent | ElementContent | undefined, ...tags: string[]): n is Element {
  return !!n && n.type === 'element' && tags.includes(n.tagName);
}

/** A list whose every item is "key: value": bookkeeping for the register, not text for readers. */
function attributeList(n: RootContent | ElementContent | undefined): { key: string; value: string }[] | null {
  if (!isElement(n, 'ul', 'ol')) return null;
  const items = n.children.filter((c): c is Element => isElement(c, 'li'));
  if (items.length === 0) return null;
  const attrs = items.map((li) => ATTRIBUTE_LINE.exec(hastText(li).trim()));
  if (attrs.some((m) => !m)) return null;
  return attrs.map((m) => ({ key: ATTRIBUTE_SPELLINGS[m![1]!.toLowerCase()] ?? m![1]!.toLowerCase(), value: m![2]!.trim() }));
}

/**
 * The attribute bullets a labelled paragraph owns when a later bullet list runs on in the same
 * Markdown list ("- id: …", blank line, "- Tekst"): taken out, the rest of the list kept.
 */
function dropLeadingAttributes(n: RootContent | ElementContent | undefined): void {
  if (!isElement(n, 'ul', 'ol')) return;
  const kids = n.children;
  let k = 0;
  for (; k < kids.length; k++) {
    const c = kids[k]!;
    if (c.type === 'text' && !c.value.trim()) continue;
    if (!isElement(c, 'li') || !ATTRIBUTE_LINE.test(hastText(c).trim())) break;
  }
  n.children = kids.slice(k);
}

function raw(html: string): ElementContent {
  return { type: 'raw', value: html } as unknown as ElementContent;
}

/**
 * Sets the label extraction read in bold where the element's text opens with it: the first text
 * of the element (or of its first paragraph, in a loose list). A label inside emphasis or after a
 * check mark ("✅ Afspraak:") stays as written.
 */
function boldLabel(el: Element, written: string | null): void {
  if (!written) return;
  const first = el.children.find((c) => c.type === 'text' || c.type === 'element');
  const target = first?.type === 'element' && first.tagName === 'p' ? first : el;
  const i = target.children.findIndex((c) => c.type === 'text' && c.value.trim() !== '');
  const text = target.children[i];
  if (!text || text.type !== 'text') return;
  const lead = text.value.length - text.value.trimStart().length;
  if (!text.value.startsWith(written, lead)) return;
  target.children.splice(
    i,
    1,
    ...(lead ? [{ type: 'text' as const, value: text.value.slice(0, lead) }] : []),
    { type: 'element', tagName: 'strong', properties: { className: ['blok__label'] }, children: [{ type: 'text', value: written }] },
    { type: 'text', value: text.value.slice(lead + written.length) },
  );
}

/** The mark of an element: by where it starts, else (an agreement linking found) by its line. */
function markOf(n: Element, marks: Map<string, BlockMark>, used: Set<string>): [string, BlockMark] | undefined {
  const start = n.position?.start;
  if (!start) return undefined;
  for (const key of [`${start.line}:${start.column}`, String(start.line)]) {
    const mark = used.has(key) ? undefined : marks.get(key);
    if (mark) return [key, mark];
  }
  return undefined;
}

/** The register lines under a block: its own, then one per further block in the same bullet or paragraph. */
function metaLines(mark: BlockMark): string {
  const more = (mark.more ?? []).map((m) => `<p class="blok__meta" id="${escapeHtml(m.id)}">${m.metaHtml}</p>`);
  return [`<p class="blok__meta">${mark.metaHtml}</p>`, ...more].join('');
}

/**
 * Marks keyed by the element that shows them: "line:column" of the element extraction found the
 * block in, or, for an agreement without one, the line of the element its label's line is in (the
 * paragraph, or the bullet it opens). Blocks that end up on one element are merged, in source order.
 */
function marksByElement(tree: HastRoot, marks: Map<number, BlockMark>): Map<string, BlockMark> {
  const starts = new Set<number>();
  const paragraphs: { start: number; end: number }[] = [];
  const collect = (n: HastRoot | Element) => {
    for (const c of n.children as (RootContent | ElementContent)[]) {
      if (c.type !== 'element') continue;
      if ((c.tagName === 'p' || c.tagName === 'li') && c.position) {
        starts.add(c.position.start.line);
        if (c.tagName === 'p') paragraphs.push({ start: c.position.start.line, end: c.position.end.line });
      }
      collect(c);
    }
  };
  collect(tree);
  const out = new Map<string, BlockMark>();
  for (const [line, mark] of [...marks].sort((a, b) => a[0] - b[0])) {
    const host = mark.host ?? String(starts.has(line) ? line : (paragraphs.find((p) => p.start < line && line <= p.end)?.start ?? line));
    const first = out.get(host);
    if (first) first.more = [...(first.more ?? []), mark, ...(mark.more ?? [])];
    else out.set(host, { ...mark });
  }
  return out;
}

/**
 * Marks agreements and decisions in rendered minutes: each gets its id as anchor, a class, and a
 * line with its register data in place of the attribute bullets. Other attribute bullets
 * ("vervolg op: …" under a plain remark) become a readable line with a link.
 */
export function decorateBlocks(tree: HastRoot, given: Map<number, BlockMark>, followUpHref: (ref: string) => string | null): void {
  const marks = marksByElement(tree, given);
  const used = new Set<string>();
  const notesMeta = (attrs: { key: string; value: string }[]) =>
    attrs
      .map(({ key, value }) => {
        if (key === 'vervolg op') {
          const href = followUpHref(value);
          return `Vervolg op ${href ? `<a href="${escapeHtml(href)}">${escapeHtml(value)}</a>` : escapeHtml(value)}`;
        }
        return `${escapeHtml(key)}: ${escapeHtml(value)}`;
      })
      .join(' · ');

  const walk = (parent: HastRoot | Element) => {
    const children = parent.children as (RootContent | ElementContent)[];
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type !== 'element') continue;
      const found = node.tagName === 'li' || node.tagName === 'p' ? markOf(node, marks, used) : undefined;
      if (found) {
        const [key, mark] = found;
        used.add(key);
        boldLabel(node, mark.written);
        if (node.tagName === 'li') {
          node.children = node.children.filter((c) => !attributeList(c));
          walk(node);
          node.properties = { ...node.properties, id: mark.id, className: mark.className };
          node.children.push(raw(metaLines(mark)));
        } else {
          // A labelled paragraph owns the attribute list right after it.
          let j = i + 1;
          while (children[j]?.type === 'text' && !(children[j] as { value: string }).value.trim()) j++;
          if (attributeList(children[j])) children.splice(i + 1, j - i);
          else dropLeadingAttributes(children[j]);
          children[i] = {
            type: 'element',
            tagName: 'div',
            properties: { id: mark.id, className: mark.className },
            children: [node, raw(metaLines(mark))],
          };
        }
        continue;
      }
      if (node.tagName === 'li') {
        const idx = node.children.findIndex((c) => attributeList(c));
        if (idx >= 0) node.children[idx] = raw(`<p class="blok__meta">${notesMeta(attributeList(node.children[idx])!)}</p>`);
      }
      walk(node);
    }
  };
  walk(tree);
}
