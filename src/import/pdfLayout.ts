/** One run of text on a PDF page, as pdfjs gives it: x and y of its baseline start (y up), its width and font height. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

interface Cell {
  x: number;
  end: number;
  text: string;
}

interface Line {
  y: number;
  height: number;
  cells: Cell[];
}

/** Labels a right-hand column can carry as its heading: its text becomes blocks with that label. */
const COLUMN_LABEL = /^(besluit(?:en)?|afspra(?:ak|ken)|actie(?:s|punten?)?|toezegging(?:en)?|conclusie)$/i;
/** A bare page number or "Pagina 2 van 5" in a header or footer. */
const PAGE_NUMBER = /^(?:(?:pagina|blz\.?|page)\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:van|\/|of)\s*\d{1,3})?$/i;

/**
 * The text of a PDF from the positions of its text runs: lines rebuilt by height, wide gaps kept
 * as tabs (so table cells and "Vergaderdatum en tijd ⇥ 10 december 2024" stay apart), headers,
 * footers and page numbers left out, blank lines where the page has a paragraph gap, and a
 * right-hand "Besluit" / "Afspraak" column written after the discussion it stands beside instead
 * of interleaved with it line by line.
 */
export function layoutPdf(pages: PdfPage[]): string {
  const perPage = pages.map((p) => linesOf(p));
  const furniture = repeatedFurniture(pages, perPage);
  const out: string[] = [];
  pages.forEach((p, i) => {
    const lines = perPage[i]!.filter((l) => !isFurniture(l, p, furniture));
    // A page break is a paragraph break only where a sentence ended: otherwise the text runs on.
    const last = out.filter((l) => l.trim()).at(-1) ?? '';
    if (out.length && /[.!?:;)]$/.test(last.trim())) out.push('');
    out.push(...writePage(lines));
  });
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * A table row whose cells wrap: the next line has text only under some columns (not the first),
 * so it goes on the row above, cell by cell, instead of standing as a line of its own.
 */
function mergeWrappedRows(lines: Line[]): Line[] {
  const out: Line[] = [];
  let columns: number[] | null = null;
  for (const l of lines) {
    const prev = out.at(-1);
    if (l.cells.length >= 3) columns = l.cells.map((c) => c.x);
    const step = prev ? prev.y - l.y : Infinity;
    const under = (c: Cell) => columns!.findIndex((x) => Math.abs(x - c.x) < 8);
    if (
      prev && columns && prev.cells.length >= 3 && step <= 1.6 * l.height &&
      l.cells.every((c) => under(c) > 0) && l.cells[0]!.x > columns[0]! + 8
    ) {
      const cells = prev.cells.map((c) => ({ ...c }));
      for (const c of l.cells) {
        const target = cells.find((p) => Math.abs(p.x - columns![under(c)]!) < 8);
        if (target) target.text = `${target.text} ${c.text}`;
        else cells.push(c);
      }
      cells.sort((a, b) => a.x - b.x);
      // The merged row keeps the y of its last line, so the next wrapped line is measured from it.
      out[out.length - 1] = { y: l.y, height: prev.height, cells };
      continue;
    }
    if (l.cells.length < 3 && !(l.cells.length >= 1 && columns && l.cells.every((c) => under(c) >= 0))) columns = null;
    out.push(l);
  }
  return out;
}

function linesOf(page: PdfPage): Line[] {
  const items = page.items.filter((it) => it.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; height: number; items: PdfItem[] }[] = [];
  for (const it of items) {
    const h = Math.max(it.height, 1);
    const line = lines.find((l) => Math.abs(l.y - it.y) <= Math.max(2, 0.4 * Math.min(h, l.height)));
    if (line) line.items.push(it);
    else lines.push({ y: it.y, height: h, items: [it] });
  }
  return mergeWrappedRows(
    lines.sort((a, b) => b.y - a.y).map((l) => ({ y: l.y, height: l.height, cells: cellsOf(l.items.sort((a, b) => a.x - b.x), l.height) })),
  );
}

/** Runs on one line to cells: a gap wider than about two letters starts a new cell. */
function cellsOf(items: PdfItem[], height: number): Cell[] {
  const cells: Cell[] = [];
  for (const it of items) {
    const last = cells.at(-1);
    const gap = last ? it.x - last.end : Infinity;
    if (last && gap <= Math.max(10, 1.2 * height)) {
      const space = gap > 0.12 * height && !/\s$/.test(last.text) && !/^\s/.test(it.str) ? ' ' : '';
      last.text += space + it.str;
      last.end = Math.max(last.end, it.x + it.width);
    } else cells.push({ x: it.x, end: it.x + it.width, text: it.str });
  }
  return cells.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() }));
}

const lineText = (l: Line) => l.cells.map((c) => c.text).join('\t');
const shape = (t: string) => t.replace(/\d+/g, '#').toLowerCase();

/** Lines in the top or bottom margin whose text (numbers aside) comes back on other pages. */
function repeatedFurniture(pages: PdfPage[], perPage: Line[][]): Set<string> {
  const count = new Map<string, number>();
  pages.forEach((p, i) => {
    const seen = new Set<string>();
    for (const l of perPage[i]!) if (inMargin(l, p)) seen.add(shape(lineText(l)));
    for (const s of seen) count.set(s, (count.get(s) ?? 0) + 1);
  });
  return new Set([...count].filter(([, n]) => n >= 2).map(([s]) => s));
}

function inMargin(l: Line, p: PdfPage): boolean {
  return l.y > p.height * 0.92 || l.y < p.height * 0.08;
}

function isFurniture(l: Line, p: PdfPage, repeated: Set<string>): boolean {
  if (!inMargin(l, p)) return false;
  const t = lineText(l);
  return repeated.has(shape(t)) || PAGE_NUMBER.test(t.replace(/\t/g, ' ').trim());
}

/** A page's lines as text, with its two-column part (if any) written column by column. */
function writePage(lines: Line[]): string[] {
  const split = columnSplit(lines);
  if (!split) return withParagraphs(lines).map((x) => (x ? lineText(x) : ''));
  const out: string[] = [];
  const before = lines.slice(0, split.from);
  out.push(...withParagraphs(before).map((x) => (x ? lineText(x) : '')));
  // The heading line itself: its left part ("3. Opvang …") is the agenda item; the right one only names the column.
  const head = lines[split.from]!.cells.filter((c) => c.x < split.x - 5);
  if (head.length) out.push('', head.map((c) => c.text).join('\t'));
  // Bands: stretches of lines without a paragraph gap; each band's left text, then its right text.
  for (const band of bands(lines.slice(split.from + 1))) {
    const left: Line[] = [];
    const right: string[] = [];
    for (const l of band) {
      const l2 = { ...l, cells: l.cells.filter((c) => c.x < split.x - 5) };
      // The column's heading repeated over the next agenda item ("2. … ⇥ Besluit") only names the column.
      const r = l.cells.filter((c) => c.x >= split.x - 5 && !COLUMN_LABEL.test(c.text)).map((c) => c.text);
      if (l2.cells.length) left.push(l2);
      if (r.length) right.push(r.join(' '));
    }
    out.push(...left.map(lineText));
    if (right.length) {
      out.push('');
      const text = right.join('\n');
      out.push(...(new RegExp(`^${split.label}\\s*:`, 'i').test(text) ? text : `${split.label}: ${text}`).split('\n'));
    }
    out.push('');
  }
  return out;
}

/** A heading line "… ⇥ Besluit" over a right-hand column: where it starts and the label it gives. */
function columnSplit(lines: Line[]): { from: number; x: number; label: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const cells = lines[i]!.cells;
    if (cells.length !== 2) continue;
    const m = COLUMN_LABEL.exec(cells[1]!.text);
    if (!m) continue;
    const x = cells[1]!.x;
    // The column must go on: later lines with text starting near that x.
    const below = lines.slice(i + 1).filter((l) => l.cells.some((c) => Math.abs(c.x - x) < 15)).length;
    if (below < 1) continue;
    const word = m[1]!.toLowerCase();
    const label = /^besluit/.test(word) ? 'Besluit' : /^afspra/.test(word) ? 'Afspraak' : /^toezegging/.test(word) ? 'Toezegging' : /^conclusie/.test(word) ? 'Conclusie' : 'Actie';
    return { from: i, x, label };
  }
  return null;
}

function spacing(lines: Line[]): number {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  // The lower quartile: the usual step between lines of one paragraph, whatever the headings add.
  return gaps[Math.floor((gaps.length - 1) / 4)] ?? 12;
}

/** Lines with null where the page leaves a paragraph gap (more than one and a half lines). */
function withParagraphs(lines: Line[]): (Line | null)[] {
  const step = spacing(lines);
  const out: (Line | null)[] = [];
  lines.forEach((l, i) => {
    // Rows of one table stay together, however high a wrapped row made the gap.
    const tableRows = l.cells.length >= 3 && lines[i - 1] !== undefined && lines[i - 1]!.cells.length >= 3;
    if (i > 0 && !tableRows && lines[i - 1]!.y - l.y > step * 1.5) out.push(null);
    out.push(l);
  });
  return out;
}

function bands(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  let band: Line[] = [];
  for (const l of withParagraphs(lines)) {
    if (l === null) {
      if (band.length) out.push(band);
      band = [];
    } else band.push(l);
  }
  if (band.length) out.push(band);
  return out;
}
