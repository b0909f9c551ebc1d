import type { Root, RootContent, List, ListItem, Paragraph, Heading } from 'mdast';
import type { Labels, AgreementKind } from '../schema/registry.js';
import type { Position } from '../diagnostics/diagnostic.js';
import type { AgendaItem, Attribute, FoundBlocks } from './blockTypes.js';
import { attributeOf, checkAttributeTypo, groupAttributes } from './attributes.js';
import { labelMatcher, type LabelMatcher } from './labelMatcher.js';
import { paragraphLabels, type ParagraphLabels, type Segment } from './paragraphLabels.js';
import { codeLabels, footnoteLabels, headingLabels, htmlLabels, tableLabels, type MisplacedContext } from './misplacedLabels.js';
import { pos, endLineOf, prefixAt } from './markdownPosition.js';
import { squash } from './normalize.js';
import { textOf } from './textOf.js';

export type { Attribute, AttributeKey, AgendaItem, RawBlock, FollowUpNote, Hint, FoundBlocks } from './blockTypes.js';

/** Where a bullet's or paragraph's blocks live: their start, the line ids go after, their attribute indentation. */
interface Host {
  at: Position;
  endLine: number;
  indent: string;
}

/** The plural a bullet stands under ("- Afspraken:"): each item is a block with the singular label. */
interface PluralOf {
  label: string;
  kind: AgreementKind;
}

/**
 * Walks one minutes tree in document order and returns its labelled blocks and follow-up notes.
 * A paragraph may hold several blocks (a label after a line break or after a sentence), each
 * registered on its own; each item under a plural label ("Afspraken:") is a block of its own.
 */
export function findBlocks(tree: Root, text: string, labels: Labels, matcher: LabelMatcher = labelMatcher(labels)): FoundBlocks {
  const lines = text.split('\n');
  const out: FoundBlocks = { blocks: [], notes: [], agenda: [], duplicateAttributes: [], hints: [], plain: [], sites: [] };
  const ctx: MisplacedContext = { matcher, lines, out };
  let current: AgendaItem | null = null;

  /** Labels in a paragraph; misspelled labels are reported wherever they stand. */
  const labelsOf = (p: Paragraph, read: ParagraphLabels = paragraphLabels(p, lines, matcher)): ParagraphLabels => {
    const pl = read;
    for (const m of pl.misspellings) out.hints.push({ rule: 'label-misspelled', at: m.at, params: { word: m.word, label: m.suggestion } });
    // A struck label was read, and left out on purpose: said, so a struck agreement is never lost unnoticed.
    for (const s of pl.struck) {
      out.hints.push({ rule: 'label-struck', at: s.at, params: { label: s.label } });
      out.sites.push(s.at);
    }
    return pl;
  };

  /**
   * The blocks of one bullet or paragraph. The attribute list under it is split per block (see
   * groupAttributes); an id `lrt ids` writes for a later block goes after the attributes already
   * there, so the n-th block's group starts with the n-th id.
   */
  const emit = (parts: { seg: Segment; extra: string[] }[], attrs: Attribute[], host: Host) => {
    const groups = groupAttributes(attrs, parts.length, out.duplicateAttributes);
    const lastAttrLine = attrs.reduce((m, a) => Math.max(m, a.endLine), host.endLine);
    parts.forEach(({ seg, extra }, i) => {
      const group = groups[i]!;
      out.blocks.push({
        label: seg.label,
        kind: seg.kind,
        text: squash([seg.rest, ...extra].join(' ')),
        at: seg.at,
        endLine: i === 0 ? host.endLine : group.length ? group[0]!.at.line - 1 : lastAttrLine,
        attributeIndent: host.indent,
        attributes: group,
        agendaItem: current,
        host: host.at,
        written: seg.written,
        ...(seg.leadIn ? { leadIn: seg.leadIn } : {}),
      });
      out.sites.push(seg.at);
    });
  };

  /** "Afspraken:" (nothing after it, or an introduction ending in a colon) with a list of items under or after it. */
  const isPluralHead = (pl: ParagraphLabels, list: RootContent | undefined): boolean =>
    pl.segments.length === 1 &&
    pl.segments[0]!.singular !== null &&
    (pl.segments[0]!.rest === '' || pl.segments[0]!.rest.endsWith(':')) &&
    list?.type === 'list' &&
    // Attribute bullets first ("- id: …") make it one block with its own attributes, as always.
    list.children[0] !== undefined &&
    attributeOf(list.children[0]) === null;

  /** Each item of a plural's list is a block; an attribute there belongs to no one item. */
  const visitPluralItems = (seg: Segment, lists: List[]) => {
    out.sites.push(seg.at);
    for (const list of lists)
      for (const si of list.children) {
        const attr = attributeOf(si);
        if (attr) out.hints.push({ rule: 'attribute-under-plural', at: attr.at, params: { key: attr.key, label: seg.label, singular: seg.singular! } });
        else visitItem(si, { label: seg.singular!, kind: seg.kind });
      }
  };

  /** A paragraph in a row of blocks; true when it owned the attribute list after it. */
  const visitParagraph = (p: Paragraph, next: RootContent | undefined): boolean => {
    const pl = labelsOf(p);
    if (pl.segments.length === 0) {
      if (pl.colonMissing) out.hints.push({ rule: 'label-colon-missing', at: pos(p), params: { label: pl.colonMissing } });
      else if (pl.misspellings.length === 0) out.plain.push(p);
      return false;
    }
    if (isPluralHead(pl, next)) {
      visitPluralItems(pl.segments[0]!, [next as List]);
      return true;
    }
    // The attribute bullets right after it are its own, also when a later bullet list runs on in
    // the same Markdown list (no blank line ends a list): "- id: …" then, after a blank, "- Tekst".
    const items = next?.type === 'list' ? next.children : [];
    const attrs: Attribute[] = [];
    for (const si of items) {
      const a = attributeOf(si);
      if (!a) break;
      attrs.push(a);
    }
    const segs = pl.lead === '' ? [{ ...pl.segments[0]!, at: pos(p) }, ...pl.segments.slice(1)] : pl.segments;
    emit(
      segs.map((seg) => ({ seg, extra: [] })),
      attrs,
      { at: pos(p), endLine: endLineOf(p, pos(p).line), indent: prefixAt(lines, attrs.length ? pos(next!) : pos(p)) },
    );
    for (const si of items.slice(attrs.length)) if (attrs.length > 0) visitItem(si);
    return attrs.length > 0;
  };

  /**
   * Blocks in a row: the document, a quote, the rest of a plain bullet. Lists not owned by a
   * labelled paragraph go to `onList` (a plain bullet collects "vervolg op" there).
   */
  const visitFlow = (children: RootContent[], onList: (list: List) => void = visitList) => {
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type === 'list') onList(node);
      else if (node.type === 'paragraph') {
        if (visitParagraph(node, children[i + 1])) i++;
      } else visitNode(node);
    }
  };

  function visitList(list: List): void {
    for (const item of list.children) visitItem(item);
  }

  /** `read`: the labels of its first paragraph, when the caller has read them already. */
  function visitItem(item: ListItem, plural: PluralOf | null = null, read?: ParagraphLabels): void {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') return visitFlow(item.children);
    const pl = labelsOf(first, read);
    // Under a plural, the item's own text is a block with the singular label.
    const segs: Segment[] =
      plural && pl.lead ? [{ label: plural.label, kind: plural.kind, singular: null, rest: pl.lead, at: pos(item), written: null }, ...pl.segments] : pl.segments;
    if (segs.length === 0) return visitPlainItem(item, first, pl);
    const nested = rest.filter((c): c is List => c.type === 'list');
    if (!plural && isPluralHead(pl, nested[0])) {
      visitPluralItems(segs[0]!, nested);
      for (const c of rest) if (c.type !== 'list') visitNode(c);
      return;
    }

    const attrs: Attribute[] = [];
    const subTexts: string[] = [];
    for (const sub of nested)
      for (const si of sub.children) {
        const attr = attributeOf(si);
        const sub = attr || si.children[0]?.type !== 'paragraph' ? null : paragraphLabels(si.children[0], lines, matcher);
        if (attr) attrs.push(attr);
        else if (sub && sub.segments.length === 0) {
          labelsOf(si.children[0] as Paragraph, sub);
          checkAttributeTypo(si, out.hints);
          subTexts.push(textOf(si));
        } else visitItem(si, null, sub ?? undefined);
      }
    // "- [x] Afspraak: …": a tick is no status; said, unless the status under it says the same.
    if (item.checked === true && !attrs.some((a) => a.key === 'status' && a.value.trim().toLowerCase() === 'afgerond'))
      out.hints.push({ rule: 'task-ticked', at: pos(item), params: { label: segs[0]!.label } });
    // The first label right at the bullet is reported at the bullet, as it always was.
    const parts = segs.map((seg, i) => ({ seg: i === 0 && (pl.lead === '' || plural) ? { ...seg, at: pos(item) } : seg, extra: [] as string[] }));
    parts[parts.length - 1]!.extra.push(...subTexts);
    // Later paragraphs of the bullet: their text continues the block before; a label in them opens a new one.
    for (const c of rest) {
      if (c.type !== 'paragraph') continue;
      const q = labelsOf(c);
      if (q.lead) parts[parts.length - 1]!.extra.push(q.lead);
      for (const seg of q.segments) parts.push({ seg, extra: [] });
    }
    emit(parts, attrs, { at: pos(item), endLine: endLineOf(first, pos(item).line), indent: prefixAt(lines, nested[0] ? pos(nested[0]) : pos(first)) });
    // A quote, table or code inside the bullet may hold a label too.
    for (const c of rest) if (c.type !== 'list' && c.type !== 'paragraph') visitNode(c);
  }

  /** A bullet without a label: its sub-bullets are visited; "vervolg op" among them makes it a follow-up note. */
  function visitPlainItem(item: ListItem, first: Paragraph, pl: ParagraphLabels): void {
    if (pl.colonMissing) out.hints.push({ rule: 'label-colon-missing', at: pos(first), params: { label: pl.colonMissing } });
    const attrs: Attribute[] = [];
    visitFlow(item.children.slice(1), (sub) => {
      for (const subItem of sub.children) {
        const attr = attributeOf(subItem);
        if (attr) attrs.push(attr);
        else visitItem(subItem);
      }
    });
    const ref = attrs.find((a) => a.key === 'vervolg op');
    if (attrs.length === 0 && !pl.colonMissing && pl.misspellings.length === 0) out.plain.push(first);
    if (ref)
      out.notes.push({
        ref: ref.value,
        refAt: ref.at,
        text: pl.text,
        status: attrs.find((a) => a.key === 'status') ?? null,
        at: pos(item),
        agendaItem: current,
      });
  }

  function visitNode(node: RootContent): void {
    switch (node.type) {
      case 'heading':
        headingLabels(ctx, node);
        if ((node as Heading).depth >= 2) {
          current = agendaItemOf(node as Heading);
          out.agenda.push(current);
        }
        return;
      case 'list':
        return visitList(node);
      case 'table':
        return tableLabels(ctx, node);
      case 'code':
        return codeLabels(ctx, node, text);
      case 'paragraph':
        visitParagraph(node, undefined);
        return;
      case 'blockquote':
        return visitFlow(node.children);
      case 'footnoteDefinition':
        return footnoteLabels(ctx, node);
      case 'html':
        return htmlLabels(ctx, node);
      default:
        return;
    }
  }

  visitFlow(tree.children);
  return out;
}

function agendaItemOf(h: Heading): AgendaItem {
  const heading = squash(textOf(h));
  const m = /^(\d+[a-z]?)[.)]?\s+(.*)$/i.exec(heading);
  return { number: m ? m[1]! : null, title: m ? m[2]! : heading, heading, at: pos(h) };
}
