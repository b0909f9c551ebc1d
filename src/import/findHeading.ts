import type { SourceLine } from './model.js';

export interface HeadingContext {
  /** Number of the last numbered agenda item, so "1." inside an item is not read as a new one. */
  lastNumber: number | null;
  /** The input uses Markdown "#" headings: then only those (and bold lines) are headings. */
  markdown: boolean;
  /** Inside a label list ("Actiepunten:" + numbered lines) a numbered line is an item, not an agenda item. */
  inList?: boolean;
  /** A blank line precedes this one and the text before it ended a sentence: a heading cannot split one. */
  previousEnded: boolean;
}

export interface FoundHeading {
  text: string;
  number: number | null;
  /** Index of the first line after the heading. */
  next: number;
}

const CLOSERS = /^(?:w\.?\s?v\.?\s?t\.?\s?t\.?\s?k\.?|rondvraag|sluiting)/i;
const BULLET = /^\s*(?:[•●○◦▪▫■□·‣⁃∙*+–-]|o(?=\s+\p{L})|\uf0b7)\s+/u;

/**
 * Whether line k opens an agenda item, in the conventions minutes use: "## 3. Titel", "3. Titel",
 * "3) Titel", "Agendapunt 3: Titel", "**Titel**", and an unnumbered short line between blocks
 * ("Verzending stukken en vervolg TK-brief"). Numbers must follow on ("1." in the middle of
 * item 4 is a list, not a heading); a title broken over lines inside parentheses is joined.
 */
export function headingAt(lines: SourceLine[], k: number, ctx: HeadingContext): FoundHeading | null {
  const t = lines[k]!.text.trim();
  const md = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(t);
  if (md) return numbered(clean(md[1]!), k + 1);
  const bold = /^(\*\*|__)([^*_]{2,100})\1\s*:?$/.exec(t);
  if (bold && !/[.;]$/.test(bold[2]!.trim())) return numbered(clean(bold[2]!), k + 1);
  if (ctx.markdown) return null;

  const agendapunt = /^(?:agendapunt|agenda punt|punt)\s+(\d{1,2}[a-z]?)\s*[.:)–-]?\s*(.*)$/i.exec(t);
  if (agendapunt) {
    let title = agendapunt[2]!.trim();
    let next = k + 1;
    if (!title) {
      const j = nextNonBlank(lines, k + 1);
      if (j < 0) return null;
      title = lines[j]!.text.trim();
      next = j + 1;
    }
    return { text: `${agendapunt[1]}. ${stripColon(title)}`, number: parseInt(agendapunt[1]!, 10), next };
  }

  const num = /^(\d{1,2}[a-z]?)(?:[.)]\s*|\s+)(\S.*)$/.exec(t);
  if (num && ctx.inList) return null;
  if (num) {
    const n = parseInt(num[1]!, 10);
    const fits = ctx.lastNumber === null ? n <= 3 : n === ctx.lastNumber + 1 || (n === ctx.lastNumber && /[a-z]$/.test(num[1]!));
    if (!fits) return null;
    const joined = joinParenthesised(lines, k, num[2]!.trim());
    const title = joined.text;
    if (!/^[\p{Lu}(]/u.test(title) && !CLOSERS.test(title)) return null;
    if (title.length > 120 || /[;,|]$/.test(title) || /https?:|\|/.test(title)) return null;
    if (/\.$/.test(title) && title.split(/\s+/).length > 3 && !CLOSERS.test(title)) return null;
    const after = nextNonBlank(lines, joined.next);
    if (after >= 0 && /^\p{Ll}/u.test(lines[after]!.text.trim()) && !BULLET.test(lines[after]!.text)) return null;
    return { text: `${num[1]}. ${stripColon(title)}`, number: n, next: joined.next };
  }

  if (!ctx.previousEnded) return null;
  if (t.length > 90 || t.split(/\s+/).length > 12) return null;
  if (!/^\p{Lu}/u.test(t) && !CLOSERS.test(t)) return null;
  if (/^(?:geen|n\.?v\.?t)\b/i.test(t) || BULLET.test(t)) return null;
  if (/[.,;]$/.test(t) && !CLOSERS.test(t)) return null;
  if (/\([^)]{1,20}\)\s*,/.test(t)) return null; // an attendee list
  const after = nextNonBlank(lines, k + 1);
  if (after < 0) return null;
  const nextText = lines[after]!.text.trim();
  if (/^[\p{Ll}(]/u.test(nextText)) return null;
  if (/\b(?:de|het|een|van|voor|met|en|of|aan|op|in|om|te|door|bij|naar|over|tot|dat|die|uit|als|zijn|is)$/i.test(t)) return null;
  return { text: stripColon(t.replace(/\s+/g, ' ')), number: null, next: k + 1 };
}

function numbered(text: string, next: number): FoundHeading {
  const m = /^(\d{1,2})[a-z]?[.)]?\s/.exec(text);
  return { text: text.replace(/^(\d{1,2}[a-z]?)\)\s/, '$1. '), number: m ? parseInt(m[1]!, 10) : null, next };
}

function clean(s: string): string {
  return stripColon(s.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim());
}

function stripColon(s: string): string {
  return s.replace(/\s*:$/, '').trim();
}

/** "2. Opvangopgave en –aanpak (incl. voorstel bijdrage van betrokken" + "partijen)": one title. */
function joinParenthesised(lines: SourceLine[], k: number, first: string): { text: string; next: number } {
  let text = first.replace(/\s+/g, ' ');
  let next = k + 1;
  const open = (s: string) => (s.match(/\(/g)?.length ?? 0) - (s.match(/\)/g)?.length ?? 0);
  for (let guard = 0; open(text) > 0 && guard < 3; guard++) {
    const j = nextNonBlank(lines, next);
    if (j < 0 || BULLET.test(lines[j]!.text)) break;
    text = `${text} ${lines[j]!.text.trim().replace(/\s+/g, ' ')}`;
    next = j + 1;
  }
  return { text, next };
}

export function nextNonBlank(lines: SourceLine[], from: number): number {
  for (let j = from; j < lines.length; j++) if (lines[j]!.text.trim()) return j;
  return -1;
}
