import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { ParsedSource } from '../parse/parseSource.js';
import { diagnostic, type Position } from '../diagnostics/diagnostic.js';
import type { OrganisationIndex } from './organisationIndex.js';
import { findCommitments, type Commitment } from './findCommitments.js';

/** A commitment found in an unlabelled bullet or paragraph, with where its sentence starts. */
export interface UnlabelledCommitment extends Commitment {
  at: Position;
}

/**
 * Sentences that read like an agreement in the paragraphs findBlocks found unlabelled (labelled
 * blocks, their sub-bullets and follow-up notes are already in the register).
 */
export function findUnlabelledCommitments(source: ParsedSource, plain: Paragraph[], index: OrganisationIndex): UnlabelledCommitment[] {
  const out: UnlabelledCommitment[] = [];
  for (const p of plain) {
    const start = p.position?.start;
    const end = p.position?.end;
    if (start?.offset === undefined || end?.offset === undefined) continue;
    const raw = source.text.slice(start.offset, end.offset);
    for (const c of findCommitments(toString(p), index)) out.push({ ...c, at: locate(raw, c.text, start) });
  }
  return out;
}

/** The warnings `lrt check` gives for them. */
export function unlabelledCommitmentDiagnostics(source: ParsedSource, plain: Paragraph[], index: OrganisationIndex): Diagnostic[] {
  return findUnlabelledCommitments(source, plain, index).map((c) =>
    diagnostic('commitment-unlabelled', source.file, c.at, {
      kind: c.kind,
      excerpt: c.text.length > 90 ? `${c.text.slice(0, 88).trimEnd()}…` : c.text.replace(/[.!]$/, ''),
    }),
  );
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
