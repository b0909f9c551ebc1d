import type { Code, FootnoteDefinition, Heading, Html, Nodes, Paragraph, Table } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.js';
import type { FoundBlocks, Hint, HintRule } from './blockTypes.js';
import { cleanText, type LabelMatcher } from './labelMatcher.js';
import { paragraphLabels } from './paragraphLabels.js';
import { pos } from './markdownPosition.js';
import { textOf } from './textOf.js';

/**
 * Labels where a block cannot stand: a heading, a table, a code block, a footnote, raw HTML.
 * None of them can carry the bullets under a block (id, eigenaar, termijn, status), so none is
 * registered; each is an error that says how to write it as a bullet, and counts as read for the
 * independent line count.
 */
export interface MisplacedContext {
  matcher: LabelMatcher;
  lines: string[];
  out: FoundBlocks;
}

const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+/;

function report(ctx: MisplacedContext, rule: HintRule, at: Position, params: Record<string, string>): void {
  // The rules scanned here all quote the label and where it stands.
  ctx.out.hints.push({ rule, at, params } as Hint);
  ctx.out.sites.push(at);
}

/** Labels and misspelled labels in one line of text that is no paragraph (a heading, a code line, a cell). */
function scanLine(ctx: MisplacedContext, raw: string, at: Position, rule: HintRule, where: string): boolean {
  const folded = cleanText(raw.replace(BULLET, '')).folded;
  const hits = ctx.matcher.hits(folded);
  for (const h of hits) report(ctx, rule, at, { label: h.label, where });
  for (const m of ctx.matcher.misspellings(folded))
    if (!hits.some((h) => h.start === m.start)) ctx.out.hints.push({ rule: 'label-misspelled', at, params: { word: m.word, label: m.suggestion } });
  return hits.length > 0;
}

export function headingLabels(ctx: MisplacedContext, node: Heading): void {
  scanLine(ctx, textOf(node), pos(node), 'label-misplaced', 'een kopje');
}

/** Every line of a code block, at its own line: a fenced block's text starts on the line after its fence. */
export function codeLabels(ctx: MisplacedContext, node: Code, text: string): void {
  const offset = node.position?.start.offset ?? 0;
  const first = pos(node).line + (/^(```|~~~)/.test(text.slice(offset, offset + 3)) ? 1 : 0);
  node.value.split('\n').forEach((l, i) =>
    scanLine(ctx, l, { line: first + i, column: 1 }, 'label-misplaced', 'een codeblok (ingesprongen met vier spaties of tussen ```)'),
  );
}

/**
 * A cell that opens with a label ("Afspraak: …"), or is a label and nothing else: the first
 * column of an action table ("| Afspraak | BZK deelt … |") or its header ("| Actie | Eigenaar |").
 */
export function tableLabels(ctx: MisplacedContext, node: Table): void {
  for (const row of node.children)
    for (const cell of row.children) {
      const text = textOf(cell);
      if (scanLine(ctx, text, pos(cell), 'label-in-table', 'een tabel')) continue;
      const whole = ctx.matcher.whole(cleanText(text).folded);
      if (whole) report(ctx, 'label-in-table', pos(cell), { label: whole, where: 'een tabel' });
    }
}

/** Every paragraph in a footnote: a label there, at its own line, is reported. */
export function footnoteLabels(ctx: MisplacedContext, node: FootnoteDefinition): void {
  const walk = (n: Nodes) => {
    if (n.type === 'paragraph') {
      const pl = paragraphLabels(n as Paragraph, ctx.lines, ctx.matcher);
      for (const s of pl.segments) report(ctx, 'label-in-footnote', s.at, { label: s.label });
      for (const m of pl.misspellings) ctx.out.hints.push({ rule: 'label-misspelled', at: m.at, params: { word: m.word, label: m.suggestion } });
      return;
    }
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(node);
}

/**
 * Raw HTML. A comment opened and never closed hides everything after it (Markdown ends it only
 * at "-->"), and one that holds a second "<!--" was not closed where it was meant to be: both are
 * errors. A closed comment is deliberate and stays silent; labels in other HTML are reported.
 */
export function htmlLabels(ctx: MisplacedContext, node: Html): void {
  const value = node.value;
  const open = value.indexOf('<!--');
  if (open >= 0 && /^\s*$/.test(value.slice(0, open))) {
    const close = value.indexOf('-->', open + 4);
    const again = value.indexOf('<!--', open + 4);
    if (close < 0 || (again >= 0 && again < close)) report(ctx, 'html-comment-unclosed', pos(node), {});
    return;
  }
  const start = pos(node).line;
  value.split('\n').forEach((l, i) => scanLine(ctx, l.replace(/<[^>]*>/g, ' '), { line: start + i, column: 1 }, 'label-misplaced', 'HTML-code'));
}
