import type { Root, RootContent, ListItem, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { Labels } from '../schema/registry.js';
import type { ParsedSource } from '../parse/parseSource.js';
import { diagnostic, type Position } from '../diagnostics/diagnostic.js';
import type { OrganisationIndex } from './organisationIndex.js';
import { findCommitments, type Commitment } from './findCommitments.js';
import { normalizeForMatch } from './normalize.js';

/** A commitment found in an unlabelled bullet or paragraph, with where its sentence starts. */
export interface UnlabelledCommitment extends Commitment {
  at: Position;
}

/**
 * Sentences in a minutes file that read like an agreement but sit in no labelled block. Labelled
 * blocks (with their sub-bullets) and follow-up notes ("- vervolg op: …" under a bullet) are
 * skipped: they are already in the register.
 */
export function findUnlabelledCommitments(source: ParsedSource, labels: Labels, index: OrganisationIndex): UnlabelledCommitment[] {
  const labelRe = labelPattern(labels);
  const out: UnlabelledCommitment[] = [];
  const isLabelled = (p: Paragraph) => labelRe.test(normalizeForMatch(toString(p)));

  const scan = (p: Paragraph) => {
    const start = p.position?.start;
    const end = p.position?.end;
    if (start?.offset === undefined || end?.offset === undefined) return;
    const raw = source.text.slice(start.offset, end.offset);
    for (const c of findCommitments(toString(p), index)) out.push({ ...c, at: locate(raw, c.text, start) });
  };

  const visitItem = (item: ListItem) => {
    const [first, ...rest] = item.children;
    if (first?.type === 'paragraph') {
      if (isLabelled(first)) return;
      const hasAttributes = rest.some((c) => c.type === 'list' && c.children.some(isAttribute));
      if (hasAttributes) return;
      scan(first);
      rest.forEach(visit);
    } else item.children.forEach(visit);
  };

  const visit = (node: RootContent) => {
    if (node.type === 'paragraph') {
      if (!isLabelled(node)) scan(node);
    } else if (node.type === 'list') node.children.forEach(visitItem);
    else if (node.type === 'blockquote') node.children.forEach(visit);
  };

  (source.tree as Root).children.forEach(visit);
  return out;
}

/** The warnings `lrt check` gives for them. */
export function unlabelledCommitmentDiagnostics(source: ParsedSource, labels: Labels, index: OrganisationIndex): Diagnostic[] {
  return findUnlabelledCommitments(source, labels, index).map((c) =>
    diagnostic('commitment-unlabelled', source.file, c.at, {
      kind: c.kind,
      excerpt: c.text.length > 90 ? `${c.text.slice(0, 88).trimEnd()}…` : c.text.replace(/[.!]$/, ''),
    }),
  );
}

function labelPattern(labels: Labels): RegExp {
  const alts = labels.labels.map((l) => l.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  return new RegExp(`^\\s*(${alts.join('|')})\\s*:`, 'i');
}

function isAttribute(item: ListItem): boolean {
  const p = item.children[0];
  return p?.type === 'paragraph' && /^\s*(id|kenmerk|eigenaar|eigenaren|termijn|deadline|vervolg op|volgt op|status)\s*:/i.test(toString(p));
}

/** Line and column of a sentence inside a paragraph's source, found by its first words. */
function locate(raw: string, sentence: string, start: { line: number; column: number }): Position {
  const words = sentence.split(/\s+/).slice(0, 4).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('[\\s*_`]+')).exec(raw);
  if (!m) return { line: start.line, column: start.column };
  const before = raw.slice(0, m.index);
  const nl = before.lastIndexOf('\n');
  const line = start.line + (before.match(/\n/g)?.length ?? 0);
  return { line, column: nl < 0 ? start.column + m.index : m.index - nl };
}
