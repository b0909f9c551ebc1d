import type { Joined, SourceLine } from './model.js';
import { headingAt } from './findHeading.js';
import { joinPdfLines } from './joinPdfLines.js';

export type HeaderKey = 'datum' | 'aanwezig' | 'afwezig' | 'voorzitter' | 'orgaan' | 'agenda' | 'overig';

export interface HeaderField {
  key: HeaderKey;
  /** The word as written: "Vergaderdatum", "Afgemeld". */
  word: string;
  value: Joined;
  line: number;
}

export interface Header {
  /** The title lines before any field ("LRT verslag 2 februari 2023", "# Verslag PRT Utrecht"). */
  title: Joined | null;
  fields: HeaderField[];
  /** Attendees listed at the top without an "Aanwezig" word, as in PDF extractions that lost it. */
  implicitAttendees: Joined | null;
  /** Index of the first line of the body. */
  bodyStart: number;
}

const KEYS: [RegExp, HeaderKey][] = [
  [/vergaderdatum|datum vergadering|datum overleg|datum|d\.d\./, 'datum'],
  [/aanwezig(?:en)?|deelnemers|present/, 'aanwezig'],
  [/met kennisgeving afwezig|afwezig(?:en)?|afgemeld|verhinderd|absent/, 'afwezig'],
  [/voorzitter|vz\./, 'voorzitter'],
  [/overleg|orgaan|vergadering/, 'orgaan'],
  [/agenda/, 'agenda'],
  [/tijd|aanvang|locatie|plaats|kenmerk|onderwerp|notulist|verslaglegging|secretaris|bijlagen?|kopie|ons kenmerk|uw kenmerk/, 'overig'],
];
const KEY_LINE = new RegExp(
  `^\\s*(?:[-*•]\\s+)?(?:\\*\\*|__)?\\s*(${KEYS.map(([r]) => r.source).join('|')})\\s*(?:\\*\\*|__)?\\s*(?::|(?=\\s)|$)\\s*(?:\\*\\*|__)?\\s*(.*)$`,
  'i',
);
const MONTH_NAMES = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** A line that is only a date, weekday first or not, year or not, perhaps with a time after it. */
const DATE_LINE = new RegExp(
  `^(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\\s+)?\\d{1,2}\\s+(?:${MONTH_NAMES})(?:\\s+\\d{4})?\\s*(?:[,|–-]?\\s*(?:van\\s+)?\\d{1,2}[.:]\\d{2}.*)?$`,
  'i',
);
const BULLET = /^\s*(?:[•●○◦▪▫■□·‣⁃∙*+–-]|\uf0b7)\s+(.*)$/u;
const PERSON = /^(?:dhr|mevr|mr|dr|drs|ir|prof|de heer|mevrouw)\b\.?/i;

/**
 * The meeting header: title, fields ("Vergaderdatum …", "Aanwezig: …" with its lines going on
 * over hanging indents and blank lines) and where the body starts. Fields without a colon
 * ("Aanwezig Dhr. …") are read too, as PDF extractions lose the table around them.
 */
export function findHeader(lines: SourceLine[], markdown: boolean): Header {
  const header: Header = { title: null, fields: [], implicitAttendees: null, bodyStart: lines.length };
  const titleLines: SourceLine[] = [];
  let field: { key: HeaderKey; word: string; lines: SourceLine[]; line: number } | null = null;
  let implicit: SourceLine[] | null = null;
  let agendaNumbers = new Set<string>();
  let blankBefore = false;
  /** Lines that got a comma from pushPerson, not from the writer. */
  const ended = new Set<SourceLine>();

  const close = () => {
    if (field) header.fields.push({ key: field.key, word: field.word, value: joinPdfLines(field.lines), line: field.line });
    field = null;
  };

  for (let k = 0; k < lines.length; k++) {
    let raw = lines[k]!.text;
    // A header table from Word ("| **Vergaderdatum** | 8 februari 2024 |"): each row a field, the rule line nothing.
    const row = /^\s*\|(.*)\|\s*$/.exec(raw);
    if (row) {
      const cells = row[1]!.split(/(?<!\\)\|/).map((c) => c.replace(/\*\*|__/g, '').trim());
      if (cells.every((c) => /^:?-{3,}:?$/.test(c))) continue;
      const first = cells[0] ?? '';
      if (cells.length === 2 && first && KEY_LINE.test(first) && KEY_LINE.exec(first)![2] === '') raw = `${first}: ${cells[1]}`;
    }
    const t = raw.trim();
    if (!t) {
      blankBefore = true;
      continue;
    }
    const line = lines[k]!.line;
    const blank = blankBefore;
    blankBefore = false;

    // A Markdown title line.
    const mdTitle = /^#\s+(.*)$/.exec(t);
    if (mdTitle && header.fields.length === 0 && !field && titleLines.length === 0 && !/^\d/.test(mdTitle[1]!)) {
      titleLines.push({ text: mdTitle[1]!, line });
      continue;
    }
    // The agenda listed in the header: its numbered lines are not the body's headings.
    if (field?.key === 'agenda') {
      const n = /^(\d{1,2}[a-z]?)[.)]?\s/.exec(t)?.[1];
      if (n && !agendaNumbers.has(n)) {
        agendaNumbers.add(n);
        continue;
      }
      if (!n && BULLET.test(raw) && !blank) continue;
    }
    const key = KEY_LINE.exec(t);
    // Inside an attendee list, "notulist" alone is an attendee, not a new field.
    const bareWord = key && !key[2] && !/:/.test(t);
    const inList = field && isAttendeeKey(field.key) && (bareWord || (!blank && /,\s*$/.test(field.lines.at(-1)?.text ?? '')));
    if (key && !inList) {
      close();
      const k2 = keyOf(key[1]!);
      field = { key: k2, word: key[1]!, lines: key[2] ? [{ text: key[2], line }] : [], line };
      if (k2 === 'agenda') agendaNumbers = new Set();
      continue;
    }
    if (field && isAttendeeKey(field.key) && continuesList(field.lines, raw, blank)) {
      const b = BULLET.exec(raw);
      pushPerson(field.lines, { text: b ? `${b[1]},` : t, line }, ended);
      continue;
    }
    if (implicit && continuesList(implicit, raw, blank)) {
      pushPerson(implicit, { text: t, line }, ended);
      continue;
    }
    // "Woensdag 20 maart 2024", "Donderdag 8 februari, 14.00 uur" on a line of its own in the header: the meeting date.
    if (DATE_LINE.test(t) && !header.fields.some((f) => f.key === 'datum') && field?.key !== 'datum') {
      close();
      header.fields.push({ key: 'datum', word: '', value: joinPdfLines([{ text: t, line }]), line });
      continue;
    }
    const heading = headingAt(lines, k, { lastNumber: null, markdown, previousEnded: true });
    const hasHeader = header.fields.length > 0 || field !== null || implicit !== null || titleLines.length > 0;
    const startsBody = BULLET.test(raw) || (heading !== null && (heading.number !== null || /^#/.test(t) || hasHeader));
    if (startsBody) {
      header.bodyStart = k;
      break;
    }
    if (!field && header.fields.length === 0 && !implicit && looksLikeAttendees(t)) {
      implicit = [{ text: t, line }];
      continue;
    }
    if (!field && header.fields.length === 0 && !implicit && titleLines.length < 3 && t.length <= 120 && !/[.;]$/.test(t)) {
      titleLines.push({ text: t, line });
      continue;
    }
    // A field word alone ("Vergaderdatum"), its value on the next line, as Word header tables come out.
    if (field && !isAttendeeKey(field.key) && field.key !== 'agenda' && field.lines.length === 0) {
      field.lines.push({ text: t, line });
      continue;
    }
    if (field && !isAttendeeKey(field.key) && !blank && field.key !== 'agenda' && !/[.;]$/.test(field.lines.at(-1)?.text ?? '.')) {
      field.lines.push({ text: t, line });
      continue;
    }
    header.bodyStart = k;
    break;
  }
  close();
  if (titleLines.length) header.title = joinPdfLines(titleLines);
  if (implicit) header.implicitAttendees = joinPdfLines(implicit);
  return header;
}

/**
 * One person per line ("Jan Jansen (VNG)" then "Piet Pietersen (IPO)"): a line ending in ")" ends
 * a person, and in a list without any comma every line is one. A PDF list has commas, and there
 * "Dhr. Van Grootheest" + "(VNG)," is one person broken over two lines.
 */
function pushPerson(list: SourceLine[], l: SourceLine, ended: Set<SourceLine>): void {
  const prev = list.at(-1);
  const written = (x: SourceLine) => (ended.has(x) ? x.text.slice(0, -1) : x.text);
  const perLine = !list.some((x) => written(x).includes(',')) && !/\b(?:dhr|mevr|de heer|mevrouw)\.?\s*$/i.test(prev?.text ?? '');
  if (prev && !/,\s*$/.test(prev.text) && !/^\s*[,)]/.test(l.text) && (/\)\s*$/.test(prev.text) || perLine)) {
    prev.text = `${prev.text.trimEnd()},`;
    ended.add(prev);
  }
  list.push(l);
}


function keyOf(word: string): HeaderKey {
  const w = word.toLowerCase();
  return KEYS.find(([r]) => new RegExp(`^(?:${r.source})$`).test(w))?.[1] ?? 'overig';
}

function isAttendeeKey(k: HeaderKey): boolean {
  return k === 'aanwezig' || k === 'afwezig';
}

/** "Dhr. Van der Burg (SJenV), Dhr De Reus (IPO), Mevr." or " (DGM),  (BZK),": a list of people. */
export function looksLikeAttendees(t: string): boolean {
  const parens = t.match(/\([^)]{1,25}\)/g)?.length ?? 0;
  return (parens >= 2 && /,/.test(t)) || (PERSON.test(t) && /\(|,/.test(t));
}

/** Whether a line goes on with an attendee list: after a comma, in lower case, or itself a list of people. */
function continuesList(so: SourceLine[], raw: string, blank: boolean): boolean {
  const t = raw.trim();
  const prev = so.at(-1)?.text.trim() ?? '';
  if (BULLET.test(raw)) return so.length === 0 || /,$/.test(prev) || !blank;
  if (so.length === 0) return !blank;
  if (/[,(]$|\b(?:en|Dhr|Mevr|dhr|mevr)\.?$/.test(prev)) return true;
  if (/^\p{Ll}/u.test(t) && !/\.\s*$/.test(prev)) return true;
  if (looksLikeAttendees(t) || /^\(?[^()]{0,40}\)/.test(t)) return true;
  return !blank && t.split(/\s+/).length <= 8 && !/[.;:]$/.test(t);
}
