import type { Root, RootContent, List, ListItem, Paragraph, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Labels, AgreementKind } from '../schema/registry.js';
import type { Position } from '../diagnostics/diagnostic.js';
import { normalizeForMatch, squash } from './normalize.js';

export interface Attribute {
  key: AttributeKey;
  value: string;
  at: Position;
}

export type AttributeKey = 'id' | 'eigenaar' | 'termijn' | 'vervolg op' | 'status';

/** Spellings people type for each attribute; the first is the documented one. */
const ATTRIBUTE_SPELLINGS: Record<string, AttributeKey> = {
  id: 'id',
  kenmerk: 'id',
  eigenaar: 'eigenaar',
  eigenaren: 'eigenaar',
  termijn: 'termijn',
  deadline: 'termijn',
  'vervolg op': 'vervolg op',
  'volgt op': 'vervolg op',
  status: 'status',
};

export interface AgendaItem {
  number: string | null;
  title: string;
  heading: string;
  at: Position;
}

export interface RawBlock {
  label: string;
  kind: AgreementKind;
  text: string;
  at: Position;
  /** Where the block's first paragraph ends: `lrt ids` writes the id line after it. */
  endLine: number;
  /** Indentation for an attribute line of this block, and whether it already has an attribute list. */
  attributeIndent: string;
  attributes: Attribute[];
  agendaItem: AgendaItem | null;
}

/** An unlabelled bullet that follows up an earlier agreement ("- vervolg op: lrt-…" below it). */
export interface FollowUpNote {
  ref: string;
  refAt: Position;
  text: string;
  status: Attribute | null;
  at: Position;
  agendaItem: AgendaItem | null;
}

export interface FoundBlocks {
  blocks: RawBlock[];
  notes: FollowUpNote[];
  agenda: AgendaItem[];
  duplicateAttributes: Attribute[];
}

/** Walks one minutes tree in document order and returns its labelled blocks and follow-up notes. */
export function findBlocks(tree: Root, text: string, labels: Labels): FoundBlocks {
  const labelRe = buildLabelRegex(labels);
  const kindOf = new Map(labels.labels.map((l) => [l.label.toLowerCase(), l.soort]));
  const lines = text.split('\n');
  const out: FoundBlocks = { blocks: [], notes: [], agenda: [], duplicateAttributes: [] };
  let current: AgendaItem | null = null;

  const matchLabel = (p: Paragraph) => {
    const m = labelRe.exec(normalizeForMatch(toString(p)));
    if (!m) return null;
    return { label: m[1]!, rest: squash(toString(p).slice(m[0].length)) };
  };

  const visitList = (list: List) => {
    for (const item of list.children) visitItem(item);
  };

  const visitItem = (item: ListItem) => {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') {
      for (const child of item.children) visitNode(child);
      return;
    }
    const labelled = matchLabel(first);
    const nested = rest.filter((c): c is List => c.type === 'list');
    const attrs: Attribute[] = [];
    const extraText: string[] = [];
    for (const sub of nested) {
      for (const subItem of sub.children) {
        const attr = attributeOf(subItem);
        if (attr) attrs.push(attr);
        else if (labelled && subItem.children[0]?.type === 'paragraph' && !matchLabel(subItem.children[0])) extraText.push(toString(subItem));
        else visitItem(subItem);
      }
    }
    for (const c of rest) if (c.type === 'paragraph' && labelled) extraText.push(toString(c));
    if (labelled) {
      out.blocks.push({
        label: labelled.label,
        kind: kindOf.get(labelled.label.toLowerCase()) ?? 'afspraak',
        text: squash([labelled.rest, ...extraText].join(' ')),
        at: pos(item),
        endLine: first.position?.end.line ?? pos(item).line,
        attributeIndent: nested[0] ? indentOf(lines, nested[0]) : ' '.repeat(contentColumn(lines, item)),
        attributes: dedupe(attrs, out.duplicateAttributes),
        agendaItem: current,
      });
      return;
    }
    const ref = attrs.find((a) => a.key === 'vervolg op');
    if (ref) {
      out.notes.push({
        ref: ref.value,
        refAt: ref.at,
        text: squash(toString(first)),
        status: attrs.find((a) => a.key === 'status') ?? null,
        at: pos(item),
        agendaItem: current,
      });
    }
  };

  const visitNode = (node: RootContent) => {
    if (node.type === 'heading') {
      if ((node as Heading).depth >= 2) {
        current = agendaItemOf(node as Heading);
        out.agenda.push(current);
      }
      return;
    }
    if (node.type === 'list') return visitList(node);
    if (node.type === 'paragraph') {
      const labelled = matchLabel(node);
      if (labelled)
        out.blocks.push({
          label: labelled.label,
          kind: kindOf.get(labelled.label.toLowerCase()) ?? 'afspraak',
          text: labelled.rest,
          at: pos(node),
          endLine: node.position?.end.line ?? pos(node).line,
          attributeIndent: '',
          attributes: [],
          agendaItem: current,
        });
      return;
    }
    if (node.type === 'blockquote') for (const c of node.children) visitNode(c);
  };

  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    visitNode(node);
    // A labelled paragraph followed directly by a list of attributes owns those attributes.
    const last = out.blocks[out.blocks.length - 1];
    const next = children[i + 1];
    if (node.type === 'paragraph' && last && last.at.line === pos(node).line && next?.type === 'list') {
      const attrs = next.children.map(attributeOf);
      if (attrs.every((a): a is Attribute => a !== null)) {
        last.attributes = dedupe(attrs, out.duplicateAttributes);
        last.attributeIndent = indentOf(lines, next);
        i++;
      }
    }
  }
  return out;
}

function buildLabelRegex(labels: Labels): RegExp {
  const alts = [...labels.labels]
    .map((l) => l.label)
    .sort((a, b) => b.length - a.length)
    .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\s*(${alts.join('|')})\\s*:\\s*`, 'i');
}

function attributeOf(item: ListItem): Attribute | null {
  if (item.children.length !== 1 || item.children[0]?.type !== 'paragraph') return null;
  const m = /^\s*([a-zA-Z ]+?)\s*:\s*(.*)$/s.exec(normalizeForMatch(toString(item.children[0])));
  if (!m) return null;
  const key = ATTRIBUTE_SPELLINGS[m[1]!.toLowerCase()];
  return key ? { key, value: squash(m[2]!), at: pos(item.children[0]) } : null;
}

function dedupe(attrs: Attribute[], duplicates: Attribute[]): Attribute[] {
  const seen = new Set<string>();
  const kept: Attribute[] = [];
  for (const a of attrs) {
    if (seen.has(a.key)) duplicates.push(a);
    else {
      seen.add(a.key);
      kept.push(a);
    }
  }
  return kept;
}

function agendaItemOf(h: Heading): AgendaItem {
  const heading = squash(toString(h));
  const m = /^(\d+[a-z]?)[.)]?\s+(.*)$/i.exec(heading);
  return { number: m ? m[1]! : null, title: m ? m[2]! : heading, heading, at: pos(h) };
}

function pos(node: { position?: { start: { line: number; column: number } } }): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function indentOf(lines: string[], node: List): string {
  const line = lines[(node.position?.start.line ?? 1) - 1] ?? '';
  return /^\s*/.exec(line)![0];
}

/** The column where a list item's content starts ("- " → 2), which is where nested bullets go. */
function contentColumn(lines: string[], item: ListItem): number {
  const line = lines[(item.position?.start.line ?? 1) - 1] ?? '';
  const m = /^(\s*(?:[-*+]|\d+[.)])\s+)/.exec(line);
  return m ? m[1]!.length : 2;
}
