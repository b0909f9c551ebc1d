import type { SourceLine } from './model.js';

/** Header words of an action list's columns, as PDF text tools lay them out in runs of spaces. */
const TEXT_COLUMN = /^(?:(?:omschrijving\s+)?(?:actie|actiepunt|afspraak|besluit|toezegging)(?:\s+omschrijving)?|omschrijving|wat|onderwerp)$/i;
const OTHER_COLUMN = /^(?:nr\.?|no\.?|nummer|#|wie|naam|eigenaar|status|stand van zaken|door|voor|actiehouder|trekker|verantwoordelijke?|wanneer|termijn|deadline|datum|data|gereed|uiterlijk|planning)$/i;

interface Chunk {
  at: number;
  text: string;
}

function chunks(line: string): Chunk[] {
  const out: Chunk[] = [];
  for (const m of line.replace(/\t/g, '    ').matchAll(/\S+(?: \S+)*/g)) out.push({ at: m.index, text: m[0] });
  return out;
}

/**
 * An action list laid out with runs of spaces, as `pdftotext -layout` and similar tools write a
 * PDF table ("Nr   Actie   Naam   Status", a wrapped cell going on under its column on the next
 * line): the rows as Markdown table lines, one per row with its wrapped lines joined, and the
 * index of the first line after it. Null when line k is no such header.
 */
export function alignedTableAt(lines: SourceLine[], k: number): { rows: SourceLine[]; next: number } | null {
  const head = chunks(lines[k]!.text);
  if (head.length < 3 || !head.some((c) => TEXT_COLUMN.test(c.text)) || !head.every((c) => TEXT_COLUMN.test(c.text) || OTHER_COLUMN.test(c.text))) return null;
  const column = (at: number) => {
    let best = 0;
    head.forEach((h, i) => {
      if (at >= h.at - 2) best = i;
    });
    return best;
  };
  const rows: { cells: string[]; line: number }[] = [];
  let j = k + 1;
  for (; j < lines.length; j++) {
    const raw = lines[j]!.text;
    if (!raw.trim()) break;
    const cs = chunks(raw);
    const cells = head.map(() => '');
    for (const c of cs) {
      const i = column(c.at);
      cells[i] = cells[i] ? `${cells[i]} ${c.text}` : c.text;
    }
    // A line with nothing under the first column continues the row above: its cells are wrapped.
    // With the action text in the first column, a line with text under that column only goes on with it.
    const textFirst = TEXT_COLUMN.test(head[0]!.text) && cs.every((c) => column(c.at) === 0);
    const wrapped = rows.length > 0 && (cs[0]!.at >= head[1]!.at - 2 || textFirst);
    if (wrapped) rows.at(-1)!.cells.forEach((_, i) => (rows.at(-1)!.cells[i] = [rows.at(-1)!.cells[i], cells[i]].filter(Boolean).join(' ')));
    else rows.push({ cells, line: lines[j]!.line });
  }
  if (rows.length === 0) return null;
  const md = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return { rows: [{ text: md(head.map((h) => h.text)), line: lines[k]!.line }, ...rows.map((r) => ({ text: md(r.cells), line: r.line }))], next: j };
}
