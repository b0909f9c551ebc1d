import type { Root, RootContent, List, ListItem, Paragraph, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Text as readers see it: raw HTML in a minutes file is not part of an agreement's text. */
const textOf = (node: Parameters<typeof toString>[0]) => toString(node, { includeHtml: false });
import type { Labels, AgreementKind } from '../schema/registry.js';
import type { Position } from '../diagnostics/diagnostic.js';
import { normalizeForMatch, squash, stripInvisible } from './normalize.js';
import { closest } from '../parse/closest.js';
import type { RuleId } from '../diagnostics/messages.js';

export interface Attribute {
  key: AttributeKey;
  value: string;
  at: Position;
}

export type AttributeKey = 'id' | 'eigenaar' | 'termijn' | 'vervolg op' | 'status' | 'vervangt' | 'trekt in';

/** Spellings people type for each attribute; the first is the documented one. */
export const ATTRIBUTE_SPELLINGS: Record<string, AttributeKey> = {
  id: 'id',
  kenmerk: 'id',
  eigenaar: 'eigenaar',
  eigenaren: 'eigenaar',
  termijn: 'termijn',
  deadline: 'termijn',
  'vervolg op': 'vervolg op',
  'volgt op': 'vervolg op',
  status: 'status',
  // A later Besluit supersedes or withdraws an earlier one (src/link/lifecycleFollowUps).
  vervangt: 'vervangt',
  'trekt in': 'trekt in',
  intrekking: 'trekt in',
};

/** "key: value" where key is one of the spellings above; group 1 the key, group 2 the value. */
export const ATTRIBUTE_LINE = new RegExp(`^\\s*(${Object.keys(ATTRIBUTE_SPELLINGS).join('|')})\\s*:\\s*(.*)$`, 'is');

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

/** Text that looks like a labelled block or an attribute but is not read as one: a warning, so nothing goes missing unseen. */
export interface Hint {
  rule: Extract<RuleId, 'label-colon-missing' | 'label-misplaced' | 'attribute-unknown' | 'attribute-colon-missing'>;
  at: Position;
  params: Record<string, string>;
}

export interface FoundBlocks {
  blocks: RawBlock[];
  notes: FollowUpNote[];
  agenda: AgendaItem[];
  duplicateAttributes: Attribute[];
  hints: Hint[];
  /** Unlabelled paragraphs that are no follow-up note: where an unlabelled commitment may hide. */
  plain: Paragraph[];
}

/** Walks one minutes tree in document order and returns its labelled blocks and follow-up notes. */
export function findBlocks(tree: Root, text: string, labels: Labels): FoundBlocks {
  const labelRe = buildLabelRegex(labels);
  const noColonRe = buildLabelRegex(labels, true);
  const kindOf = new Map(labels.labels.map((l) => [l.label.toLowerCase(), l.soort]));
  // The register shows a label as labels.yaml spells it, however it was typed ("AFSPRAAK:").
  const spelling = new Map(labels.labels.map((l) => [l.label.toLowerCase(), l.label]));
  const lines = text.split('\n');
  const out: FoundBlocks = { blocks: [], notes: [], agenda: [], duplicateAttributes: [], hints: [], plain: [] };
  let current: AgendaItem | null = null;

  const matchText = (raw: string) => {
    // Invisible characters go first: "Af\u00adspraak:" must open a block like "Afspraak:" does.
    const visible = stripInvisible(raw);
    const m = labelRe.exec(normalizeForMatch(visible));
    if (!m) return null;
    const label = m[1] ?? m[2]!;
    return { label: spelling.get(label.toLowerCase()) ?? label, rest: squash(visible.slice(m[0].length)) };
  };
  const matchLabel = (p: Paragraph) => matchText(textOf(p));

  /** "Afspraak BZK deelt …", "Afspraak – BZK deelt …": meant as a label, but without its colon it is not read. */
  const checkColon = (p: Paragraph) => {
    const m = noColonRe.exec(normalizeForMatch(stripInvisible(textOf(p))));
    if (!m) return;
    const sep = m[3]!;
    if (/[-–—]/.test(sep) || /^[\p{Lu}\d(]/u.test(m[4] ?? '')) {
      const label = spelling.get((m[1] ?? m[2]!).toLowerCase())!;
      out.hints.push({ rule: 'label-colon-missing', at: pos(p), params: { label } });
    }
  };
  const misplaced = (raw: string, at: Position, where: string) => {
    const m = matchText(raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
    if (m) out.hints.push({ rule: 'label-misplaced', at, params: { label: m.label, where } });
  };

  /** A labelled paragraph (last block, on this paragraph's line) directly followed by a list of attributes owns them. */
  const ownsAttributes = (p: Paragraph, next: RootContent | undefined): next is List => {
    const last = out.blocks[out.blocks.length - 1];
    if (!last || last.at.line !== pos(p).line || next?.type !== 'list') return false;
    const attrs = next.children.map(attributeOf);
    if (!attrs.every((a): a is Attribute => a !== null)) return false;
    last.attributes = dedupe(attrs, out.duplicateAttributes);
    last.attributeIndent = prefixAt(lines, pos(next));
    return true;
  };

  /**
   * Blocks in a row: the document, a quote, the rest of a plain bullet. Lists not owned by a
   * labelled paragraph go to `onList` (a plain bullet collects "vervolg op" there).
   */
  const visitFlow = (children: RootContent[], onList: (list: List) => void = visitList) => {
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type === 'list') onList(node);
      else visitNode(node);
      if (node.type === 'paragraph' && ownsAttributes(node, children[i + 1])) i++;
    }
  };

  function visitList(list: List): void {
    for (const item of list.children) visitItem(item);
  }

  function visitItem(item: ListItem): void {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') return visitFlow(item.children);
    const labelled = matchLabel(first);
    if (!labelled) {
      checkColon(first);
      // A plain bullet: its sub-bullets are visited; "vervolg op" among them makes it a follow-up note.
      const attrs: Attribute[] = [];
      visitFlow(rest, (sub) => {
        for (const subItem of sub.children) {
          const attr = attributeOf(subItem);
          if (attr) attrs.push(attr);
          else visitItem(subItem);
        }
      });
      const ref = attrs.find((a) => a.key === 'vervolg op');
      if (attrs.length === 0) out.plain.push(first);
      if (ref)
        out.notes.push({
          ref: ref.value,
          refAt: ref.at,
          text: squash(textOf(first)),
          status: attrs.find((a) => a.key === 'status') ?? null,
          at: pos(item),
          agendaItem: current,
        });
      return;
    }
    const nested = rest.filter((c): c is List => c.type === 'list');
    const attrs: Attribute[] = [];
    const extraText: string[] = [];
    for (const sub of nested) {
      for (const subItem of sub.children) {
        const attr = attributeOf(subItem);
        if (attr) attrs.push(attr);
        else if (subItem.children[0]?.type === 'paragraph' && !matchLabel(subItem.children[0])) {
          checkAttributeTypo(subItem, out.hints);
          extraText.push(textOf(subItem));
        } else visitItem(subItem);
      }
    }
    for (const c of rest) if (c.type === 'paragraph') extraText.push(textOf(c));
    out.blocks.push({
      label: labelled.label,
      kind: kindOf.get(labelled.label.toLowerCase()) ?? 'afspraak',
      text: squash([labelled.rest, ...extraText].join(' ')),
      at: pos(item),
      endLine: first.position?.end.line ?? pos(item).line,
      attributeIndent: prefixAt(lines, nested[0] ? pos(nested[0]) : pos(first)),
      attributes: dedupe(attrs, out.duplicateAttributes),
      agendaItem: current,
    });
    // A quote, table or code inside the bullet may hold a label too.
    for (const c of rest) if (c.type !== 'list' && c.type !== 'paragraph') visitNode(c);
  }

  function visitNode(node: RootContent): void {
    if (node.type === 'heading') {
      misplaced(textOf(node), pos(node), 'een kopje');
      if ((node as Heading).depth >= 2) {
        current = agendaItemOf(node as Heading);
        out.agenda.push(current);
      }
      return;
    }
    if (node.type === 'list') return visitList(node);
    if (node.type === 'table') {
      for (const row of node.children) for (const cell of row.children) misplaced(textOf(cell), pos(cell), 'een tabel');
      return;
    }
    if (node.type === 'code') {
      // A fenced block's text starts on the line after its fence; an indented block's on its own line.
      const offset = node.position?.start.offset ?? 0;
      const first = pos(node).line + (/^(```|~~~)/.test(text.slice(offset, offset + 3)) ? 1 : 0);
      node.value.split('\n').forEach((l, i) => misplaced(l, { line: first + i, column: 1 }, 'een codeblok (ingesprongen met vier spaties of tussen ```)'));
      return;
    }
    if (node.type === 'paragraph') {
      const labelled = matchLabel(node);
      if (!labelled) {
        out.plain.push(node);
        return checkColon(node);
      }
      out.blocks.push({
        label: labelled.label,
        kind: kindOf.get(labelled.label.toLowerCase()) ?? 'afspraak',
        text: labelled.rest,
        at: pos(node),
        endLine: node.position?.end.line ?? pos(node).line,
        attributeIndent: prefixAt(lines, pos(node)),
        attributes: [],
        agendaItem: current,
      });
      return;
    }
    if (node.type === 'blockquote') visitFlow(node.children);
  }

  visitFlow(tree.children);
  return out;
}

/**
 * "Afspraak:" at the start, also as Word writes it: “Afspraak:” or ‘Afspraak’: (quotes already
 * folded to " and ' by normalizeForMatch). A quote after the colon is eaten only when one opened
 * before the label, so "Afspraak: "Brief gaat uit"" keeps its own quotes. With `noColon`, the
 * same label followed by a dash or a space instead of the colon: groups 3 (separator) and 4 (the
 * next character).
 */
function buildLabelRegex(labels: Labels, noColon = false): RegExp {
  const alts = [...labels.labels]
    .map((l) => l.label)
    .sort((a, b) => b.length - a.length)
    .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  if (noColon) return new RegExp(`^\\s*(?:["'](${alts})["']?|(${alts}))(\\s*[-–—]\\s*|\\s+)(?=(.))`, 'iu');
  return new RegExp(`^\\s*(?:["'](${alts})["']?\\s*:["']?|(${alts})\\s*:)\\s*`, 'i');
}

function attributeOf(item: ListItem): Attribute | null {
  if (item.children.length !== 1 || item.children[0]?.type !== 'paragraph') return null;
  // Invisible characters are never part of a code, id or date: "\u200blrt-2023-03-01-1" is that id.
  const m = /^\s*([a-zA-Z ]+?)\s*:\s*(.*)$/s.exec(normalizeForMatch(stripInvisible(textOf(item.children[0]))));
  if (!m) return null;
  const key = ATTRIBUTE_SPELLINGS[m[1]!.toLowerCase()];
  return key ? { key, value: squash(m[2]!), at: pos(item.children[0]) } : null;
}

/** "- eigenar: VNG" under a block: close to an attribute name, so most likely a typo that would otherwise vanish into the text. */
function checkAttributeTypo(item: ListItem, hints: Hint[]): void {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return;
  const text = normalizeForMatch(stripInvisible(textOf(first)));
  const m = /^\s*([a-zA-Z ]+?)\s*:/.exec(text);
  if (m) {
    const suggestion = closest(m[1]!, Object.keys(ATTRIBUTE_SPELLINGS));
    if (suggestion) hints.push({ rule: 'attribute-unknown', at: pos(first), params: { key: m[1]!, suggestion } });
    return;
  }
  // "- termijn 2027-02-01": a known attribute without its colon would silently become text.
  const bare = /^\s*(id|eigenaar|eigenaren|termijn|deadline|status|vervolg op|volgt op)\s+\S/i.exec(text);
  if (bare) hints.push({ rule: 'attribute-colon-missing', at: pos(first), params: { key: bare[1]!.toLowerCase() } });
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
  const heading = squash(textOf(h));
  const m = /^(\d+[a-z]?)[.)]?\s+(.*)$/i.exec(heading);
  return { number: m ? m[1]! : null, title: m ? m[2]! : heading, heading, at: pos(h) };
}

function pos(node: { position?: { start: { line: number; column: number } } }): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/**
 * What an attribute line under a node must start with to stay inside the same containers: the
 * text before the node on its line, with list markers blanked ("> " in a quote, "  " under "- ").
 */
function prefixAt(lines: string[], at: Position): string {
  return (lines[at.line - 1] ?? '').slice(0, at.column - 1).replace(/[-*+]|\d+[.)]/g, (m) => ' '.repeat(m.length));
}
