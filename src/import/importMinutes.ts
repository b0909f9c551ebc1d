import type { Registry } from '../schema/registry.js';
import type { DeadlineContext } from '../extract/deadline.js';
import { buildOrganisationIndex, type OrganisationIndex } from '../extract/organisationIndex.js';
import type { Draft, DraftHeader, DraftSection, ImportNote, ImportResult, SourceLine } from './model.js';
import { readPlainText } from './readPlainText.js';
import { findHeader, type Header } from './findHeader.js';
import { segmentBody, isWrapped } from './segmentBody.js';
import { parseDutchDate, parseDayMonth, withYear } from './parseDutchDate.js';
import { inferDate } from './inferDate.js';
import { matchBody, mostMentionedBody } from './matchBody.js';
import { splitAttendees } from './splitAttendees.js';
import { findAbsentees } from './findAbsentees.js';
import { findChair } from './findChair.js';
import { buildSections } from './buildSections.js';
import { lineAt } from './joinPdfLines.js';
import { importNote, type Note } from './noteMessages.js';
import { writeDraft } from './writeDraft.js';
import { provisionalBody } from '../extract/classifySource.js';

export type { ImportResult, ImportCandidate, ImportNote } from './model.js';

/**
 * Plain text of minutes (PDF extraction, a word processor, a Markdown export) to a draft in the
 * project's format, the sentences that read like unlabelled agreements, and notes on what could
 * not be determined. Pure: text and the registry in, values out.
 */
export interface ImportOptions {
  /** The body, as the user named it (lrt import --orgaan): taken as is, no note. */
  orgaan?: string;
  /** The meeting date, as the user gave it (lrt import --datum JJJJ-MM-DD): taken as is, no note. */
  datum?: string;
  /** The input file as the user named it, for the notes (default: fileName). */
  file?: string;
  /** The input file's name: a date in it ("verslag 2024-05-13.pdf") is a proposal when the text has none. */
  fileName?: string;
  /** A last resort the caller knows (the document's creation or modification date): a proposal, never silent. */
  fallbackDate?: { date: string; what: string };
}

export function importMinutes(input: string, registry: Registry, opts: ImportOptions = {}): ImportResult {
  const index = buildOrganisationIndex(registry.organisaties);
  const lines = readPlainText(input);
  const notes: ImportNote[] = [];
  const file = opts.file ?? opts.fileName ?? '';
  // Without a column from the stage: the line's first character, where an editor puts the cursor.
  const firstColumn = (line: number) => 1 + (lines.find((l) => l.line === line)?.text.search(/\S/) ?? 0);
  const note: Note = (where, key, ...params) => {
    const at = typeof where === 'number' ? { line: where, column: Math.max(1, firstColumn(where)) } : where;
    const n = importNote(file, at, key, ...params);
    if (!notes.some((o) => o.line === n.line && o.message === n.message)) notes.push(n);
  };

  const markdown = lines.filter((l) => /^#{1,6}\s+\S/.test(l.text)).length >= 2;
  const header = findHeader(lines, markdown);
  const firstLine = lines.find((l) => l.text.trim())?.line ?? 1;
  const headerText = [header.title?.text ?? '', ...header.fields.filter((f) => f.key === 'orgaan' || f.key === 'overig').map((f) => f.value.text)].join('\n');
  const bodyFromHeader = matchBody(headerText, registry.organen);
  const noHeader = !bodyFromHeader && !header.implicitAttendees && !header.fields.some((f) => f.key === 'aanwezig');
  if (noHeader) note(firstLine, 'no-header');

  const comments: DraftHeader['comments'] = {};
  const datum = opts.datum ?? meetingDate(header, lines, firstLine, note, comments, opts);
  const orgaan = opts.orgaan ?? meetingBody(bodyFromHeader?.code, headerText, input, registry, firstLine, note, comments);

  const units = segmentBody(lines.slice(header.bodyStart), {
    labels: registry.labels,
    markdown,
    wrapped: isWrapped(lines),
    furniture: new Set((header.title ? [header.title.text] : []).filter((t) => t.length >= 10)),
  });
  const dctx: DeadlineContext = { meetingDate: /^\d{4}-\d{2}-\d{2}$/.test(datum) ? datum : '2000-01-01', body: orgaan, meetings: [] };
  // A besluitenlijst records what was decided: its commitment sentences are blocks, not candidates.
  const decisionList = /besluitenlijst/i.test(header.title?.text ?? '');
  const { sections, candidates, people: owners } = buildSections(units, registry, index, dctx, note, { decisionList });
  if (!sections.some((s) => s.heading)) note(firstLine, 'agenda-missing');

  const people = attendees(header, index, noHeader, firstLine, note);
  const absent = absentees(header, sections, note, comments);
  const roles = new Set(registry.organisaties.flatMap((o) => o.rollen.map((r) => r.code.toLowerCase())));
  const chairField = header.fields.find((f) => f.key === 'voorzitter')?.value.text ?? null;
  const bodyText = sections.flatMap((s) => s.content.flatMap((c) => (c.type === 'item' ? [c.text] : []))).join(' ');
  const chair = findChair(chairField, people.raw, bodyText, index, roles);
  if (!chair && !noHeader) note(firstLine, 'chair-missing');
  if (chair?.how === 'sentence') {
    const where = sections.flatMap((s) => s.content).find((c) => c.type === 'item' && c.text.includes(chair.words));
    note(where?.line ?? firstLine, 'chair-inferred', { words: chair.words, chair: chair.chair });
  }
  if (chair?.how === 'proposed') {
    note(people.line, 'chair-proposed', { chair: chair.chair });
    comments.voorzitter = 'voorstel: de eerste aanwezige met een functie; controleer';
  }
  for (const l of lines) {
    const m = /\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+((?:19|20)\d{2}\d{1,2})\b/i.exec(l.text);
    if (m) note(l.line, 'footnote-digit', { value: m[1]! });
  }

  const draft: Draft = {
    header: { orgaan, datum, comments, voorzitter: chair?.chair ?? null, aanwezig: people.list, afwezig: absent },
    sections,
  };
  notes.sort((a, b) => a.line - b.line);
  return { markdown: writeDraft(draft), candidates, notes, people: owners };
}


function meetingDate(
  header: Header,
  lines: SourceLine[],
  firstLine: number,
  note: Note,
  comments: DraftHeader['comments'],
  opts: ImportOptions,
): string {
  const field = header.fields.find((f) => f.key === 'datum');
  const sources = [
    ...(field ? [{ text: field.value.text, line: field.line }] : []),
    ...(header.title ? [{ text: header.title.text, line: header.title.starts[0]?.line ?? firstLine }] : []),
  ];
  for (const s of sources) {
    const d = parseDutchDate(s.text);
    if (!d) continue;
    const rest = s.text.replace(d.text, '').replace(/\d{1,2}[.:]\d{2}/g, '');
    if (s === sources[0] && field && /\d/.test(rest)) {
      note(s.line, 'date-unclear', { value: s.text, date: d.iso });
      comments.datum = `onduidelijk in de bron: "${s.text}"`;
    }
    return d.iso;
  }
  // "Donderdag 8 februari": the year from the title, the file name, a full date in the text, or the file's date.
  for (const s of sources) {
    const dm = parseDayMonth(s.text);
    if (!dm) continue;
    const year = yearNear(header, lines, opts);
    const iso = year ? withYear(dm, year.year) : null;
    if (!iso) continue;
    note(s.line, 'date-year-proposed', { date: iso, words: dm.text, from: year!.from });
    comments.datum = `voorstel: jaar uit ${year!.from}; controleer`;
    return iso;
  }
  const inferred = inferDate(lines);
  if (inferred) {
    note(firstLine, 'date-proposed', { date: inferred.date, words: inferred.words, line: inferred.line });
    comments.datum = `voorstel, afgeleid uit "${inferred.words}" (regel ${inferred.line}); controleer`;
    return inferred.date;
  }
  const fromName = opts.fileName ? parseDutchDate(opts.fileName.replace(/[_]/g, ' ')) ?? compactDate(opts.fileName) : null;
  if (fromName) {
    note(firstLine, 'date-from-file', { date: fromName.iso, what: `de bestandsnaam "${opts.fileName}"` });
    comments.datum = 'voorstel: uit de bestandsnaam; controleer';
    return fromName.iso;
  }
  const inText = lines.slice(0, 80).map((l) => ({ d: parseDutchDate(l.text), line: l.line })).find((x) => x.d);
  if (inText?.d) {
    note(inText.line, 'date-first-in-text', { date: inText.d.iso, words: inText.d.text, line: inText.line });
    comments.datum = `voorstel: de eerste datum in de tekst (regel ${inText.line}); controleer`;
    return inText.d.iso;
  }
  if (opts.fallbackDate) {
    note(firstLine, 'date-from-file', { date: opts.fallbackDate.date, what: opts.fallbackDate.what });
    comments.datum = `voorstel: ${opts.fallbackDate.what}, niet de vergaderdatum; vul die in`;
    return opts.fallbackDate.date;
  }
  note(firstLine, 'date-missing');
  comments.datum = 'niet gevonden: vul de vergaderdatum in';
  return 'JJJJ-MM-DD';
}

/** "20240513" or "2024_05_13" in a file name. */
function compactDate(name: string): { iso: string } | null {
  const m = /(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/.exec(name);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return parseDutchDate(iso) ? { iso } : null;
}

/** The year a yearless meeting date most likely has, and where it was read. */
function yearNear(header: Header, lines: SourceLine[], opts: ImportOptions): { year: number; from: string } | null {
  const y = (t: string | undefined) => (t ? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(t)?.[1] : undefined);
  const title = y(header.title?.text);
  if (title) return { year: +title, from: 'de titel' };
  const name = y(opts.fileName);
  if (name) return { year: +name, from: 'de bestandsnaam' };
  const full = lines.map((l) => parseDutchDate(l.text)).find((d) => d);
  if (full) return { year: +full.iso.slice(0, 4), from: `de datum "${full.text}" in de tekst` };
  if (opts.fallbackDate) return { year: +opts.fallbackDate.date.slice(0, 4), from: opts.fallbackDate.what };
  return null;
}

function meetingBody(
  found: string | undefined,
  headerText: string,
  input: string,
  registry: Registry,
  firstLine: number,
  note: Note,
  comments: DraftHeader['comments'],
): string {
  if (found) return found;
  const proposed = mostMentionedBody(input, registry.organen);
  if (proposed) {
    note(firstLine, 'body-proposed', { body: proposed.body.code, count: proposed.count });
    comments.orgaan = `voorstel: ${proposed.count} keer genoemd in de tekst; controleer`;
    return proposed.body.code;
  }
  const title = headerText.split('\n')[0]?.trim();
  // "Verslag TO Digikoppeling 14 mei 2024": a table not yet known, proposed under the name the title gives.
  const named = title ? nameInTitle(title) : null;
  if (named) {
    note(firstLine, 'body-new', { value: named, slug: provisionalBody(named).slug });
    comments.orgaan = 'voorstel: nieuw overleg, uit de titel; voeg het toe aan data/bodies.yaml of kies een bestaande code';
    return named;
  }
  if (title) note(firstLine, 'body-unknown', { value: title });
  else note(firstLine, 'body-missing', { allowed: registry.organen.map((b) => b.code).slice(0, 4).join(', ') + ', …' });
  comments.orgaan = 'niet gevonden: vul een code uit data/bodies.yaml in';
  return 'ONBEKEND';
}

const TITLE_WORDS = /^(?:verslag|notulen|besluitenlijst|actielijst|conceptverslag|concept|van|de|het|een|overleg|vergadering|bijeenkomst|[-–:,])$/i;

/** What a title names besides "Verslag van de vergadering van" and its date: the table, or null. */
function nameInTitle(title: string): string | null {
  const d = parseDutchDate(title);
  const words = (d ? title.replace(d.text, ' ') : title).replace(/[#*_]/g, ' ').split(/\s+/).filter(Boolean);
  while (words.length && TITLE_WORDS.test(words[0]!)) words.shift();
  while (words.length && (TITLE_WORDS.test(words.at(-1)!) || /^(?:d\.d\.|op|\d.*)$/i.test(words.at(-1)!))) words.pop();
  const name = words.join(' ');
  return name.length >= 2 && name.length <= 60 && /\p{Lu}/u.test(name) ? name : null;
}

function attendees(
  header: Header,
  index: OrganisationIndex,
  noHeader: boolean,
  firstLine: number,
  note: Note,
): { list: string[]; raw: string[]; line: number } {
  const field = header.fields.find((f) => f.key === 'aanwezig');
  const source = field?.value ?? header.implicitAttendees;
  const line = field?.line ?? header.implicitAttendees?.starts[0]?.line ?? firstLine;
  if (!source) {
    if (!noHeader) note(firstLine, 'attendees-missing');
    return { list: [], raw: [], line };
  }
  if (!field) note(line, 'attendees-implicit');
  // "(VNG, voorzitter)": the role is not part of the organisation.
  const list = splitAttendees(source.text).map((a) => a.replace(/\s*,\s*(?:voorzitter|vz)\.?\s*\)/i, ')').replace(/\s*\((?:voorzitter|vz)\.?\)/i, ''));
  for (const a of list) {
    const org = /\(([^)]+)\)\s*$/.exec(a)?.[1];
    if (org && !index.lookup(org)) note(lineOfWord(source, org), 'attendee-org-unknown', { value: org, who: a });
  }
  // Names without an organisation may be civil servants' names, which are never published.
  const bare = list.filter((a) => !/\(/.test(a) && !index.lookup(a) && !SUPPORT.test(a));
  if (bare.length) note(line, 'attendee-no-org', { count: bare.length, names: bare.join(', ') });
  return { list, raw: splitAttendees(source.text), line };
}

/** Attendees that are a function, not a person: kept as written, as in the LRT minutes. */
const SUPPORT = /^(?:secretariaat|ondersteuning|notulist|notulen|verslaglegging|gast(?:en)?|voorzitter|griffie|griffier|secretaris)$/i;

function lineOfWord(joined: { text: string; starts: { offset: number; line: number }[] }, word: string): number {
  const i = joined.text.indexOf(word);
  return lineAt(joined, Math.max(0, i));
}

function absentees(header: Header, sections: DraftSection[], note: Note, comments: DraftHeader['comments']): string[] {
  const field = header.fields.find((f) => f.key === 'afwezig');
  if (field) return splitAttendees(field.value.text);
  for (const s of sections.slice(0, 2)) {
    for (const c of s.content) {
      if (c.type !== 'item' || c.label) continue;
      const found = findAbsentees(c.text);
      if (found) {
        note(c.line, 'absent-inferred', { sentence: found.sentence, names: found.names.join(', ') });
        comments.afwezig = `afgeleid uit regel ${c.line}; controleer`;
        return found.names;
      }
    }
  }
  comments.afwezig = 'niet vermeld in de tekst';
  return [];
}
