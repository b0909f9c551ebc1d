/**
 * HTML (mammoth's rendering of a Word file, or a saved web page) to the plain Markdown-like text
 * the importer reads: headings as "#", paragraphs apart, list items as "- " or "1. ", bold kept as
 * "**", tables kept as Markdown tables (one row per line), scripts, styles and images dropped.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  const lists: ('ul' | 'ol')[] = [];
  const counters: number[] = [];
  let table: string[][] | null = null;
  let row: string[] | null = null;
  let cell: string | null = null;
  let skip = 0;

  const flush = () => {
    const t = line.replace(/[ \t]+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  const write = (s: string) => {
    if (cell !== null) cell += s;
    else line += s;
  };

  const re = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>|([^<]+)/g;
  for (const m of html.matchAll(re)) {
    if (m[4] !== undefined) {
      if (!skip) write(decodeEntities(m[4]).replace(/\s+/g, ' '));
      continue;
    }
    if (!m[2]) continue;
    const close = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'head' || tag === 'title') {
      skip += close ? -1 : 1;
      skip = Math.max(0, skip);
      continue;
    }
    if (skip) continue;
    switch (tag) {
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
        if (cell !== null) break;
        flush();
        if (!close) line = `${'#'.repeat(Number(tag[1]))} `;
        else out.push('');
        break;
      case 'p': case 'div':
        if (cell !== null) {
          if (close) cell += ' ';
          break;
        }
        flush();
        if (close && lists.length === 0) out.push('');
        break;
      case 'br':
        if (cell !== null) cell += ' ';
        else flush();
        break;
      case 'ul': case 'ol':
        flush();
        if (close) {
          lists.pop();
          counters.pop();
          if (lists.length === 0) out.push('');
        } else {
          lists.push(tag);
          counters.push(0);
        }
        break;
      case 'li':
        if (cell !== null) {
          if (!close) cell += ' ';
          break;
        }
        flush();
        if (!close) {
          const depth = Math.max(0, lists.length - 1);
          const kind = lists.at(-1) ?? 'ul';
          if (kind === 'ol') counters[counters.length - 1]! += 1;
          line = `${'  '.repeat(depth)}${kind === 'ol' ? `${counters.at(-1)}.` : '-'} `;
        }
        break;
      case 'strong': case 'b':
        write('**');
        break;
      case 'table':
        flush();
        if (!close) table = [];
        else if (table) {
          out.push(...markdownTable(table), '');
          table = null;
        }
        break;
      case 'tr':
        if (!close) row = [];
        else if (row && table) {
          table.push(row);
          row = null;
        }
        break;
      case 'td': case 'th':
        if (!close) cell = '';
        else if (cell !== null) {
          row?.push(cell.replace(/\*\*\s*\*\*/g, '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|'));
          cell = null;
        }
        break;
      default:
        break;
    }
  }
  flush();
  return `${out.join('\n').replace(/\*\*(\s*)\*\*/g, '$1').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

function markdownTable(rows: string[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length), 1);
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
  const line = (r: string[]) => `| ${pad(r).join(' | ')} |`;
  if (rows.length === 0) return [];
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euro: '€', hellip: '…', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}
