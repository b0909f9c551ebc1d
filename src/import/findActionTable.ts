import type { SourceLine } from './model.js';

export interface ActionRow {
  text: string;
  who: string;
  when: string;
  status: string;
  line: number;
}

export interface ParsedTable {
  /** The rows as actions, when the header has an action column and a who or when column, or a decision column. */
  actions: ActionRow[] | null;
  /** The header of the text column ("Actie", "Besluit", "Toezegging"): the label the rows take. */
  label: string;
  /** Otherwise the table as Markdown, to keep it as it is. */
  markdown: string[];
}

const COLUMNS: [keyof Omit<ActionRow, 'line'> | 'nr', RegExp][] = [
  ['nr', /^(?:nr\.?|#|no\.?|nummer|volgnummer)$/],
  ['who', /wie|eigenaar|verantwoordelijk|actiehouder|trekker|uitvoerder|belegd bij|^naam$|^voor$|^door$/],
  ['when', /wanneer|termijn|deadline|gereed|planning|uiterlijk|streefdatum|datum|^data$/],
  ['status', /status|stand van zaken|voortgang/],
  ['text', /actie|omschrijving|^wat$|afspra|taak|onderwerp|toezegging|besluit/],
];

const STATUS_WORD = /^(?:open|openstaand|nieuw|loopt|lopend|in behandeling|in uitvoering|gestart|afgerond|gereed|klaar|afgehandeld|done|voltooid|vervallen|ingetrokken|[✓✔])$/i;

/**
 * A table of actions, as word processors and Markdown exports write them ("| Nr | Actie | Wie |
 * Wanneer |", or tab-separated): one action per row with its owner, deadline and status columns.
 * A "Besluit" or "Toezegging" column makes the rows decisions or promises.
 */
export function findActionTable(rows: SourceLine[]): ParsedTable {
  const cells = rows
    .map((r) => ({ cells: splitRow(r.text), line: r.line }))
    .filter((r) => !r.cells.every((c) => /^:?-{2,}:?$/.test(c) || c === ''));
  const header = cells[0]?.cells.map((c) => c.replace(/\*\*|__/g, '').trim().toLowerCase()) ?? [];
  const col: Partial<Record<string, number>> = {};
  header.forEach((h, i) => {
    const hit = COLUMNS.find(([key, re]) => re.test(h) && col[key] === undefined);
    if (hit) col[hit[0]] = i;
  });
  // A column without a header whose cells are status words ("open", "afgerond") is the status column.
  if (col.status === undefined) {
    const unnamed = header.findIndex((h, i) => h === '' && cells.slice(1).some((r) => r.cells[i]) && cells.slice(1).every((r) => !r.cells[i] || STATUS_WORD.test(r.cells[i]!.trim())));
    if (unnamed >= 0) col.status = unnamed;
  }
  const markdown = toMarkdown(cells.map((c) => c.cells));
  const label = col.text === undefined ? '' : header[col.text]!;
  const decisions = /besluit/.test(label);
  if (col.text === undefined || (!decisions && col.who === undefined && col.when === undefined)) return { actions: null, markdown, label };
  const get = (r: string[], k: string) => (col[k] === undefined ? '' : (r[col[k]!] ?? '').trim());
  const actions = cells
    .slice(1)
    .map((r) => ({ text: get(r.cells, 'text'), who: get(r.cells, 'who'), when: get(r.cells, 'when'), status: get(r.cells, 'status'), line: r.line }))
    .filter((a) => a.text !== '');
  return { actions, markdown, label };
}

function splitRow(text: string): string[] {
  const t = text.trim();
  if (t.startsWith('|')) {
    const parts = t.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);
    return parts.map((p) => p.trim());
  }
  return t.split(/\t+/).map((p) => p.trim());
}

function toMarkdown(rows: string[][]): string[] {
  if (rows.length === 0) return [];
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => (r[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
}
