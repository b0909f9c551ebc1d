import type { Labels } from '../schema/registry.js';
import type { SourceLine, Unit } from './model.js';
import { headingAt } from './findHeading.js';
import { joinPdfLines } from './joinPdfLines.js';
import { labelIntro, opensLabelledBlock } from './findLabelledBlocks.js';
import { alignedTableAt } from './alignedTable.js';

export interface SegmentOptions {
  /** data/labels.yaml: the words that open a labelled block, for "Besluiten:" alone and label lines. */
  labels: Labels;
  /** The input uses Markdown "#" headings. */
  markdown: boolean;
  /** Lines to drop wherever they recur: a running page header such as the title. */
  furniture: Set<string>;
  /**
   * Lines are broken inside sentences (PDF text). Otherwise, in plain text, each line is a
   * paragraph of its own, as a word processor's "save as text" writes them.
   */
  wrapped: boolean;
}

/** Whether the text breaks lines inside sentences: a line without end punctuation followed by one in lower case. */
export function isWrapped(lines: SourceLine[]): boolean {
  let count = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!.text.trim();
    const b = lines[k + 1]!.text.trim();
    if (a && b && !TERMINAL.test(a) && /^\p{Ll}/u.test(b)) count++;
  }
  return count >= 2;
}

const BULLET = /^\s*(?:[•●○◦▪▫■□·‣⁃∙*+–-]|o(?=\s+\p{L})|\uf0b7)\s+(.*)$/u;
const NUMBERED = /^\s*(\d{1,2}|[a-z])[.)]\s+(.*)$/;
const TERMINAL = /[.!?:;)>]["'’”]?$/;
/** A line ending on one of these words cannot end a sentence: after a blank line the text goes on. */
const OPEN_END = /\b(?:de|het|een|van|voor|met|en|of|aan|op|in|om|te|door|bij|naar|over|tot|dat|die|als|zoals|tussen|tegen|rond|rondom|inclusief|incl\.|waar|wat|zijn|is|wordt|worden)$/i;

/**
 * The body of the minutes as units: headings, bullets and paragraphs with PDF line breaks
 * undone, tables, and label lists ("Besluiten:"). A line that continues a sentence (hanging
 * indent, a stray blank line inside a bullet) joins the unit before it.
 */
export function segmentBody(lines: SourceLine[], options: SegmentOptions): Unit[] {
  const units: Unit[] = [];
  const opens = (t: string) => opensLabelledBlock(t, options.labels) || COUNCIL.test(t);

  let current: { bullet: boolean; number: string | null; lines: SourceLine[]; quote: boolean; labelled: boolean } | null = null;
  let table: SourceLine[] | null = null;
  /** The label of a "Besluiten:" list the next items belong to, and how many it has had. */
  let listLabel: string | null = null;
  let listItems = 0;
  /** The label announced covers one item only ("Toezegging onderwijshuisvesting" over a paragraph). */
  let listSingle = false;
  let gap = true;
  let lastNumber: number | null = null;

  const flush = () => {
    if (current) {
      const text = joinPdfLines(current.lines);
      if (text.text) {
        units.push({ type: 'item', bullet: current.bullet, number: current.number, text, line: current.lines[0]!.line, listLabel, ...(current.quote ? { quote: true } : {}) });
        if (listLabel) listItems++;
        if (listLabel && listSingle) listLabel = null;
      }
    }
    if (table) units.push({ type: 'table', rows: table, line: table[0]!.line });
    current = null;
    table = null;
  };
  const ended = () => {
    if (!current) return true;
    const last = current.lines[current.lines.length - 1]!.text.trim();
    return TERMINAL.test(last);
  };

  for (let k = 0; k < lines.length; k++) {
    const quoted = /^\s{0,3}>\s?/.exec(lines[k]!.text);
    const raw = quoted ? lines[k]!.text.slice(quoted[0].length) : lines[k]!.text;
    const t = raw.trim();
    if (!t || options.furniture.has(t)) {
      if (!t) {
        gap = true;
        // A blank line ends a table: the next one is another table.
        if (table) flush();
      }
      continue;
    }
    const isTableRow = t.startsWith('|') || (raw.match(/\t/g)?.length ?? 0) >= 2;
    if (isTableRow) {
      if (current) flush();
      (table ??= []).push({ text: raw, line: lines[k]!.line });
      gap = false;
      continue;
    }
    if (table) flush();
    const aligned = alignedTableAt(lines, k);
    if (aligned) {
      flush();
      units.push({ type: 'table', rows: aligned.rows, line: lines[k]!.line });
      k = aligned.next - 1;
      gap = false;
      continue;
    }

    const intro = labelIntro(t, options.labels) ?? concluding(t);
    if (intro && !(intro.single && (k + 1 >= lines.length || !lines[k + 1]!.text.trim()))) {
      flush();
      listLabel = intro.label;
      listSingle = intro.single;
      listItems = 0;
      gap = false;
      continue;
    }
    const heading = headingAt(lines, k, { lastNumber, markdown: options.markdown, previousEnded: ended() && gap, inList: listLabel !== null && !gap });
    if (heading) {
      flush();
      units.push({ type: 'heading', text: heading.text, line: lines[k]!.line });
      if (heading.number !== null) lastNumber = heading.number;
      listLabel = null;
      k = heading.next - 1;
      gap = false;
      continue;
    }
    const bullet = BULLET.exec(raw);
    const numbered = bullet ? null : NUMBERED.exec(raw);
    if (bullet || numbered) {
      flush();
      const body = bullet ? bullet[1]! : numbered![2]!;
      current = { bullet: true, number: numbered ? numbered[1]! : null, lines: [{ text: body, line: lines[k]!.line }], quote: !!quoted, labelled: opens(body) };
      gap = false;
      continue;
    }
    const continues =
      current !== null &&
      !opens(t) &&
      current.quote === !!quoted &&
      // A labelled block ends with its sentence: a new sentence on a new line is a paragraph of its own.
      !(current.labelled && !options.wrapped && ended() && /^\p{Lu}/u.test(t) && !/^\s/.test(raw)) &&
      (options.wrapped || options.markdown || current.bullet || /^\p{Ll}/u.test(t) || !ended()) &&
      (!gap || /^\p{Ll}/u.test(t) || (!ended() && OPEN_END.test(lastText(current)))) &&
      // In a label list without bullets, each sentence on its own line is its own item.
      !(listLabel && ended() && /^\p{Lu}/u.test(t));
    if (continues) current!.lines.push({ text: t, line: lines[k]!.line });
    else {
      flush();
      // A paragraph after a blank line ends a label list that already has items.
      if (gap && listLabel && listItems > 0) listLabel = null;
      current = { bullet: false, number: null, lines: [{ text: t, line: lines[k]!.line }], quote: !!quoted, labelled: opens(t) };
    }
    gap = false;
  }
  flush();
  return units;
}

/** "De raad besluit unaniem:", "De stuurgroep besluit …": a council's formula opens a decision of its own. */
export const COUNCIL = /^(?:de|het)\s+(?:raad|gemeenteraad|staten|college|commissie|stuurgroep|werkgroep|vergadering|regietafel|prt|lrt|hlrt|overleg|bestuur|algemeen bestuur|dagelijks bestuur)\s+besluit\b/i;

/** "Concluderend spreekt de stuurgroep het volgende af:", "Concluderend geeft de PRT aan:": a list of conclusions follows. */
function concluding(t: string): { label: string; single: boolean } | null {
  if (!/^(?:concluderend|samenvattend|tot slot)\b.*:$/i.test(t)) return null;
  return { label: /\baf:$|afspr/i.test(t) ? 'Afspraken' : 'Besluiten', single: false };
}

function lastText(c: { lines: SourceLine[] }): string {
  return c.lines[c.lines.length - 1]!.text.trim();
}
