import type { Nodes, Paragraph } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.js';
import type { AgreementKind } from '../schema/registry.js';
import { cleanText, type LabelMatcher } from './labelMatcher.js';
import { squash } from './normalize.js';
import { pos } from './markdownPosition.js';
import { strikeTag, textOf } from './textOf.js';

/** One labelled block inside a paragraph: the paragraph may hold several ("Afspraak: … Besluit: …"). */
export interface Segment {
  label: string;
  kind: AgreementKind;
  singular: string | null;
  /** The block's text: from after the label's colon to the next label. */
  rest: string;
  /** Where the label stands in the source. */
  at: Position;
  /** The label as the text writes it, through its colon ("Afspraak:"); null for an item under a plural, which has none. */
  written: string | null;
  /** Words written before the label ("BZK" in "BZK – Afspraak: …"), null when it opens the text. */
  leadIn?: string | null;
}

export interface ParagraphLabels {
  /** Text before the first label ("De LRT bespreekt het punt." before "Afspraak: …" on the next line). */
  lead: string;
  segments: Segment[];
  misspellings: { word: string; suggestion: string; at: Position }[];
  /** A label without its colon at the start of the paragraph ("Afspraak BZK deelt …"). */
  colonMissing: string | null;
  /** The paragraph's text as readers see it, line breaks kept as spaces. */
  text: string;
  /** Labels in struck-through text ("~~Afspraak: …~~"): not read as blocks, reported where they stand. */
  struck: { label: string; at: Position }[];
}

interface Piece {
  from: number;
  value: string;
  start: Position;
}

/**
 * The paragraph's text as readers see it (raw HTML left out, a line break as a newline) and the
 * source position each piece of it came from, so a label inside the paragraph can be reported
 * and registered at its own line and column.
 */
function inlineText(p: Paragraph): { text: string; pieces: Piece[]; struck: { text: string; at: Position }[] } {
  let text = '';
  const pieces: Piece[] = [];
  const struck: { text: string; at: Position }[] = [];
  // Inside "<del>…</del>" (an HTML export's strike-through): the text struck since the tag.
  let open: { text: string; at: Position } | null = null;
  let depth = 0;
  const walk = (n: Nodes) => {
    // Struck-through text is left out as textOf leaves it out: the secretariat struck it.
    if (n.type === 'delete') {
      struck.push({ text: n.children.map(textOf).join(''), at: pos(n) });
      return;
    }
    const tag = strikeTag(n);
    if (tag === 1 && depth++ === 0) open = { text: '', at: pos(n) };
    if (tag === -1 && depth > 0 && --depth === 0) {
      struck.push(open!);
      open = null;
    }
    if (tag) return;
    // Raw HTML is left out, but "<br>" is the line break Word and web forms write.
    if (n.type === 'html' && !/^<br\s*\/?>$/i.test(n.value)) return;
    if (n.type === 'break' || n.type === 'html') {
      text += '\n';
      return;
    }
    const value = 'value' in n && typeof n.value === 'string' ? n.value : n.type === 'image' ? (n.alt ?? '') : null;
    if (value !== null) {
      if (open) open.text += value;
      else {
        pieces.push({ from: text.length, value, start: pos(n) });
        text += value;
      }
      return;
    }
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(p);
  if (open) struck.push(open);
  return { text, pieces, struck };
}

/** The labels in a paragraph, each with the position of its own label in the source. */
export function paragraphLabels(p: Paragraph, lines: string[], matcher: LabelMatcher): ParagraphLabels {
  const { text, pieces, struck } = inlineText(p);
  const clean = cleanText(text);
  const positionOf = (i: number, word: string): Position => locate(clean.rawIndex(i), word, pieces, lines, pos(p));
  const hits = matcher.hits(clean.folded);
  const segments = hits.map((h, k): Segment => ({
    label: h.label,
    kind: h.kind,
    singular: h.singular,
    rest: squash(clean.visible.slice(h.end, hits[k + 1]?.boundary ?? clean.visible.length)),
    at: positionOf(h.start, clean.visible.slice(h.start, h.start + h.label.length)),
    // From the text as written (invisible characters included), as the rendered page holds it.
    written: text.slice(clean.rawIndex(h.written.start), clean.rawIndex(h.written.end - 1) + 1),
    leadIn: h.leadIn ? squash(clean.visible.slice(h.leadIn.start, h.leadIn.end)) : null,
  }));
  const misspellings = matcher
    .misspellings(clean.folded)
    .filter((m) => !hits.some((h) => h.start === m.start))
    .map((m) => ({ word: m.word, suggestion: m.suggestion, at: positionOf(m.start, m.word) }));
  const all = squash(clean.visible);
  return {
    lead: hits.length ? squash(clean.visible.slice(0, hits[0]!.boundary)) : all,
    segments,
    misspellings,
    colonMissing: hits.length ? null : matcher.colonMissing(clean.folded),
    text: all,
    struck: struck.flatMap((s) => matcher.hits(cleanText(s.text).folded).map((h) => ({ label: h.label, at: s.at }))),
  };
}

/**
 * The source position of a character of the paragraph's text. Within a text node the column is
 * counted from the node's start; after a line break inside it (the continuation's indentation is
 * not in the text) and where escapes or entities make the source longer, the word is looked up
 * on its source line.
 */
function locate(rawIndex: number, word: string, pieces: Piece[], lines: string[], fallback: Position): Position {
  let piece: Piece | undefined;
  for (let i = pieces.length - 1; i >= 0 && !piece; i--) if (pieces[i]!.from <= rawIndex) piece = pieces[i];
  if (!piece) return fallback;
  const k = rawIndex - piece.from;
  const before = piece.value.slice(0, k);
  const newlines = before.split('\n').length - 1;
  const line = piece.start.line + newlines;
  const guess = newlines === 0 ? piece.start.column + k : 1;
  const source = (lines[line - 1] ?? '').toLowerCase();
  const found = source.indexOf(word.toLowerCase(), guess - 1);
  if (found >= 0) return { line, column: found + 1 };
  const anywhere = source.indexOf(word.toLowerCase());
  return { line, column: anywhere >= 0 ? anywhere + 1 : guess };
}
