import type { Diagnostic } from '../schema/diagnostic.js';
import type { MinutesFrontmatter } from '../schema/frontmatter.js';
import { diagnostic, type Position } from '../diagnostics/diagnostic.js';
import type { OrganisationIndex } from './organisationIndex.js';
import { foldForNames } from './foldForNames.js';
import { nameMatcher, PARTICLES, TITLES } from './nameMatcher.js';
import { despace } from './letterSpacing.js';

/**
 * Woo art. 5.1.2e: a personal name next to a civil-service unit ("Mevr. drs. J. Bakker (DGM)")
 * is a civil servant's name and is never published. Which codes are units or staff and which are
 * public roles is data (data/organisations.yaml: eenheden, personen, rollen). A name with a unit
 * must be marked in the front matter (`openbaar: false`, or `openbaar: true` with a `reden`);
 * written anywhere else with a unit, it is an error at its line.
 */

/** Capitalised words that open a unit, a function or a sentence, not a name ("Directie", "Toelichting"). */
const NOT_NAMES = new Set(
  (
    'directeur directeur-generaal dg plv plaatsvervangend plaatsvervangende minister ministerie staatssecretaris secretaris secretariaat ' +
    'voorzitter woordvoerder adviseur medewerker medewerkers beleidsmedewerker programmadirecteur projectleider coördinator coordinator ' +
    'hoofd afdeling directie team unit cluster programma programmateam werkgroep taskforce departement dienst namens vanuit door via ook ' +
    'en of met ondersteuning notulist notulen collega collega’s vertegenwoordiger vertegenwoordiging delegatie ambtenaar ambtenaren ' +
    'ambtelijk ambtelijke tweede eerste kamer kamerbrief brief notitie nota presentatie toelichting stand raad ministerraad rijk ' +
    'rijksoverheid gemeente gemeenten provincie provincies nederland opvang asiel migratie huisvesting overleg bestuurlijk bestuurlijke ' +
    'zie mede daarnaast tot slot verder afspraak besluit actiepunt toezegging actie nb ps de het een deze dit die wij zij hij zij ' +
    'ministers staatssecretarissen bewindspersonen directeuren burgemeesters wethouders gedeputeerden commissarissen voorzitters ' +
    'vervolgens daarna tenslotte voorts bovendien echter kortom dus wel tevens eveneens aansluitend inmiddels'
  ).split(' '),
);

/** Words that name a unit: "Directie Migratiebeleid (DGM)" is a unit's name, not a person's. */
const UNIT_NOUNS = new Set(
  'directie afdeling team unit cluster programma programmateam werkgroep taskforce dienst ministerie departement bureau sectie staf stafafdeling projectteam'.split(' '),
);

/**
 * Civil-service functions: a name beside one is a civil servant's, whichever organisation it
 * serves ("J. de Vries, directeur Opvang", "programmadirecteur Karel Appel"). Public offices
 * (minister, burgemeester, voorzitter) are not among them.
 */
const FUNCTION_WORD =
  '(?:directeur-generaal|directeur|directrice|dg|secretaris-generaal|sg|programmadirecteur|programmamanager|beleidsmedewerk(?:er|ster)|' +
  'beleidsadvise(?:ur|use)|advise(?:ur|use)|raadadviseur|project(?:leider|leidster)|programma(?:leider|leidster)|co[öo]rdinat(?:or|rice)|' +
  'afdelingshoofd|clusterhoofd|team(?:leider|leidster)|teamhoofd|hoofd|woordvoer(?:der|ster)|medewerk(?:er|ster)|ambtenaar|jurist|manager|' +
  'kwartiermaker|accountmanager|ambtelijk[ \\t]+secretaris)(?![\\p{L}-])';
const CIVIL_FUNCTION = `(?:(?:plv\\.?|plaatsvervangend(?:e)?|waarnemend(?:e)?|senior|strategisch|juridisch)[ \\t]+)?${FUNCTION_WORD}`;
/** "Bakker, directeur Opvang", "J. Smit – beleidsmedewerker", "Evers (woordvoerder)": the function after the name. */
const FUNCTION_AFTER_NAME = new RegExp(`(?:,[ \\t]*|[ \\t]+[-–—][ \\t]+|[ \\t]*\\((?=[^()]*\\)))(?:de[ \\t]+)?(${CIVIL_FUNCTION})`, 'giu');
/** "programmadirecteur Karel Appel licht toe": the function before the name. */
const FUNCTION_BEFORE_NAME = new RegExp(`(?<![\\p{L}-])(${CIVIL_FUNCTION})[ \\t]+(?=\\p{Lu}|(?:dhr|mevr|mw|mr|drs|dr|ir)\\.?[ \\t])`, 'giu');
/** A table cell that opens with a function: "beleidsmedewerker DGM". */
const FUNCTION_AT_START = new RegExp(`^${CIVIL_FUNCTION}`, 'iu');
/** "Namens DGVB meldt Sanne Bakker", "Vanuit BZK: J. Smit": a unit, at most one verb, then the name. */
const UNIT_BEFORE_NAME = /(?<![\p{L}])(?:[Nn]amens|[Vv]anuit)[ \t]+(\p{L}[\p{L}’'-]{1,30})[ \t]*[:,]?[ \t]+(?:(?!(?:mevrouw|meneer|mevr|dhr|mw)\b)\p{Ll}+[ \t]+){0,3}(?=\p{Lu}|(?:dhr|mevr|mw|mr|drs|dr|ir|mevrouw|meneer|de heer)\.?[ \t])/gu;

const CODE = /\(([^()\n]{1,60})\)/g;
const UNIT_AFTER_NAME = /(?:,[ \t]*|[ \t]+(?:van|namens|bij)[ \t]+|[ \t]+[-–—][ \t]+|[ \t]*\[)(\p{L}[\p{L}’'-]{1,20})(?![\p{L}])/gu;
/** Cheap test before an organisation index is built: a bracket, or a capitalised word before a unit-like word after "," "van" "–" "[". */
const MAY_NAME_UNIT = /\(|\p{Lu}\p{Ll}+(?:,[ \t]*|[ \t]+(?:van|namens|bij|[-–—])[ \t]+|[ \t]*\[)\p{Lu}|namens|vanuit/iu;
const MAY_NAME_FUNCTION = new RegExp(FUNCTION_WORD, 'iu');
export const mayNameCivilServant = (text: string) => MAY_NAME_UNIT.test(text) || MAY_NAME_FUNCTION.test(text);
const LIST_MARKER = /^(?:[-*+>•]|\d+[.)])$/;

export interface MarkedPerson {
  name: string;
}

/** Words of a public office: "Minister van BZK", "burgemeester van Amsterdam" is public, whatever code follows. */
const PUBLIC_OFFICE = /^(?:minister|staatssecretaris|burgemeester|wethouder|gedeputeerde|commissaris|cdk|voorzitter)$/i;

/**
 * What a part of a bracket or an attendee entry says about the people in it: a code, or a code
 * after a function ("directeur DGM", "namens JenV").
 */
function kindOfPart(part: string, index: OrganisationIndex): { kind: 'openbaar' | 'ambtelijk'; code: string } | null {
  const whole = index.personOf(part);
  if (whole) return { kind: whole, code: part };
  const words = part.split(/\s+/);
  if (words.length < 2) return null;
  if (words.some((w) => PUBLIC_OFFICE.test(w) || index.personOf(w) === 'openbaar')) return { kind: 'openbaar', code: part };
  const unit = words.find((w) => index.personOf(w) === 'ambtelijk');
  return unit ? { kind: 'ambtelijk', code: unit } : null;
}

/** The unit in "(…)" whose people are civil servants, unless a public role stands beside it. */
function civilUnit(inside: string, index: OrganisationIndex): string | null {
  const parts = inside.split(/\s*[/,;]\s*|\s+en\s+/).map((p) => p.trim()).filter(Boolean);
  const kinds = parts.map((p) => kindOfPart(p, index));
  if (kinds.some((k) => k?.kind === 'openbaar')) return null;
  return kinds.find((k) => k?.kind === 'ambtelijk')?.code ?? null;
}

/**
 * An attendee entry that names its unit another way than "Name (UNIT)": "Jan de Vries, DGM",
 * "Karel Appel – BZK", "Sanne Smits [DGM]", "DGM (Marie Curie)", "Mevr. Klaassen, namens JenV".
 * Every entry is a person, so a unit in one part and a name in another is a civil servant.
 */
function unitInEntry(entry: string, index: OrganisationIndex): string | null {
  const parts = entry.split(/\s*(?:[,;:()[\]/|]|\s[-–—]\s)\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  let unit: string | null = null;
  let person = false;
  for (const part of parts) {
    const k = kindOfPart(part, index);
    if (k?.kind === 'openbaar') return null;
    if (k) unit ??= k.code;
    else if (personBefore(part, part.length, index, true) >= 0) person = true;
  }
  return person ? unit : null;
}

const isTitle = (t: string) => TITLES.has(t.toLowerCase().replace(/\.$/, ''));
const isInitials = (t: string, anyCase: boolean) => (anyCase ? /^(?:\p{L}\.-?)+$/u : /^(?:\p{Lu}\.-?)+$/u).test(t);
const isCapitalised = (t: string) => /^\p{Lu}[\p{L}'’-]*$/u.test(t);

/**
 * Where the personal name just before `end` in `text` starts, or -1 when the words there are no
 * name: titles, initials, particles and capitalised words that are not unit or function words.
 * `listEntry`: an attendee or chair entry, where every entry is a person.
 */
export function personBefore(text: string, end: number, index: OrganisationIndex, listEntry: boolean): number {
  // A name is a few words: looking back a bounded stretch keeps a long line with many
  // parentheses linear. A word cut by the window's edge is left out.
  const from = Math.max(0, end - 200);
  const tokens = [...text.slice(from, end).matchAll(/\S+/g)].map((m) => ({ t: m[0], at: from + m.index }));
  if (from > 0 && tokens.length && tokens[0]!.at === from && /\S/.test(text[from - 1]!)) tokens.shift();
  const run: { t: string; at: number; kind: 'title' | 'initials' | 'particle' | 'word' }[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    let t = tokens[i]!.t;
    // List order, "Bakker, J. (DGM)": the comma after the surname belongs to the name.
    if (t.endsWith(',') && run.length && run.every((r) => r.kind === 'initials')) t = t.slice(0, -1);
    const kind = isTitle(t) ? 'title' : isInitials(t, listEntry) ? 'initials' : PARTICLES.has(t.toLowerCase()) ? 'particle' : isCapitalised(t) || (listEntry && /^\p{L}[\p{L}'’-]*$/u.test(t)) ? 'word' : null;
    if (!kind) break;
    run.unshift({ t, at: tokens[i]!.at, kind });
  }
  while (run.length && run[0]!.kind === 'particle') run.shift();
  if (!run.length || run[run.length - 1]!.kind === 'particle') return -1;
  if (run.some((r) => UNIT_NOUNS.has(r.t.toLowerCase()))) return -1;
  const names = run.filter((r) => r.kind === 'word' && !NOT_NAMES.has(r.t.toLowerCase()) && !index.words.has(r.t.toLowerCase().replace(/[’']/g, "'")));
  if (!names.length) return -1;
  const qualified = run.some((r) => r.kind === 'title' || r.kind === 'initials');
  // "ondersteuning (DGM)" in a list of attendees is a function; "j. bakker (DGM)" a person.
  if (!qualified && !names.some((r) => isCapitalised(r.t))) return -1;
  const prev = tokens[tokens.findIndex((x) => x.at === run[0]!.at) - 1]?.t;
  const sentenceStart = prev === undefined || LIST_MARKER.test(prev) || /[.!?]$/.test(prev);
  return listEntry || qualified || names.length >= 2 || !sentenceStart ? run[0]!.at : -1;
}

function isMarked(text: string, marked: MarkedPerson[]): boolean {
  if (marked.length === 0) return false;
  const folded = foldForNames(text);
  return marked.some((m) => nameMatcher(m.name).find(folded).length > 0);
}

/** Every "Name (UNIT)" in the text, on lines not in `skip`, as an error at the name. */
export function civilServantsInText(file: string, text: string, index: OrganisationIndex, skip: Set<number>, marked: MarkedPerson[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Most minutes name no function and no "namens": one pass over the whole text spares a pass per line.
  const functions = MAY_NAME_FUNCTION.test(text);
  const namens = /[Nn]amens|[Vv]anuit/.test(text);
  // One name, one error: "Jan Jansen (DG Migratie)" is a unit and a function at once.
  const reported = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    if (skip.has(i + 1)) return;
    // "J a n s e n (DGM)": a letter-spaced name is read as the name it spells, reported where it stands.
    const d = despace(raw);
    const line = d ? d.text : raw;
    const column = (c: number) => (d ? d.back[c]! : c) + 1;
    const report = (start: number, make: (at: Position) => Diagnostic) => {
      const at = { line: i + 1, column: column(start) };
      if (reported.has(`${at.line}:${at.column}`)) return;
      reported.add(`${at.line}:${at.column}`);
      out.push(make(at));
    };
    for (const m of line.includes('(') ? line.matchAll(CODE) : []) {
      const unit = civilUnit(m[1]!, index);
      if (!unit) continue;
      const start = personBefore(line, m.index, index, false);
      if (start < 0 || isMarked(line.slice(start, m.index), marked)) continue;
      report(start, (at) => diagnostic('name-civil-servant', file, at, { unit, what: whatIs(unit, index) }));
    }
    // "Ellen Evers, DGM", "Dhr. Bakker van DGM", "Mevr. Groen [BZK]": the unit after a comma, dash, bracket or "van".
    for (const m of line.matchAll(UNIT_AFTER_NAME)) {
      const unit = m[1]!;
      if (index.personOf(unit) !== 'ambtelijk') continue;
      const start = personBefore(line, m.index, index, false);
      if (start < 0 || isMarked(line.slice(start, m.index), marked)) continue;
      report(start, (at) => diagnostic('name-civil-servant', file, at, { unit, what: whatIs(unit, index) }));
    }
    // "J. de Vries, directeur Opvang", "Evers (woordvoerder)": a civil-service function after the name.
    for (const m of functions ? line.matchAll(FUNCTION_AFTER_NAME) : []) {
      if (isOffice(line, m.index + m[0].length)) continue;
      const before = personBefore(line, m.index, index, false);
      const start = before >= 0 ? before : surnameBeforeComma(line, m.index, index);
      if (start < 0 || isMarked(line.slice(start, m.index), marked)) continue;
      report(start, (at) => diagnostic('name-civil-function', file, at, { role: m[1]!.toLowerCase() }));
    }
    // "programmadirecteur Karel Appel", "namens DGVB meldt Sanne Bakker": the name after the function or unit.
    for (const m of functions ? line.matchAll(FUNCTION_BEFORE_NAME) : []) {
      const start = personAfter(line, m.index + m[0].length, index);
      if (start < 0 || isMarked(line.slice(start), marked)) continue;
      report(start, (at) => diagnostic('name-civil-function', file, at, { role: m[1]!.toLowerCase() }));
    }
    for (const m of namens ? line.matchAll(UNIT_BEFORE_NAME) : []) {
      const unit = m[1]!;
      if (index.personOf(unit) !== 'ambtelijk') continue;
      const start = personAfter(line, m.index + m[0].length, index);
      if (start < 0 || isMarked(line.slice(start), marked)) continue;
      report(start, (at) => diagnostic('name-civil-servant', file, at, { unit, what: whatIs(unit, index) }));
    }
    // "| J. de Vries | DGM |", "| Jan de Vries | beleidsmedewerker |": a name in the cell before a unit or function.
    if (line.trimStart().startsWith('|')) {
      const cells = [...line.matchAll(/[^|]+/g)].map((c) => ({ text: c[0], at: c.index }));
      cells.slice(0, -1).forEach((cell, k) => {
        const next = cells[k + 1]!.text.trim();
        const unit = next.split(/[\s,/;]+/).find((w) => index.personOf(w) === 'ambtelijk');
        const role = FUNCTION_AT_START.exec(next)?.[0];
        if ((!unit && !role) || next.split(/[\s,/;]+/).some((w) => PUBLIC_OFFICE.test(w) || index.personOf(w) === 'openbaar')) return;
        const name = cell.text.trimEnd();
        // A cell is a name only when it plainly is one: a title, initials or a particle between
        // capitalised words ("Jan de Vries"). "Regionale Aanpak | BZK" in an action table is a subject.
        const words = name.trim().split(/\s+/);
        const plain = words.some((w) => isTitle(w) || isInitials(w, false)) || words.some((w, j) => j > 0 && j < words.length - 1 && PARTICLES.has(w) && isCapitalised(words[0]!));
        const start = plain ? personBefore(name.trimStart(), name.trimStart().length, index, false) : -1;
        if (start < 0 || isMarked(name, marked)) return;
        const from = cell.at + (name.length - name.trimStart().length) + start;
        if (role) report(from, (at) => diagnostic('name-civil-function', file, at, { role: role.toLowerCase() }));
        else report(from, (at) => diagnostic('name-civil-servant', file, at, { unit: unit!, what: whatIs(unit!, index) }));
      });
    }
  });
  return out;
}

/** "- Bakker, directeur Opvang": one capitalised word opening the sentence, then a comma and a function, is a surname. */
function surnameBeforeComma(line: string, at: number, index: OrganisationIndex): number {
  // An apposition closes: "Bakker, directeur Opvang, licht toe"; "Vervolgens, directeur DGM meldt" does not.
  if (line[at] !== ',' || !/^,(?:[^,;:!?]*,|[ \t]*\S+(?:[ \t]+\S+){0,2}[ \t]*$)/.test(line.slice(at))) return -1;
  const m = /(?:^|^[ \t]*(?:[-*+•]|\d+[.)])[ \t]+|[.!?][ \t]+)(\p{Lu}[\p{Ll}’'-]+)$/u.exec(line.slice(0, at));
  if (!m) return -1;
  const word = m[1]!.toLowerCase();
  return NOT_NAMES.has(word) || index.words.has(word) ? -1 : at - m[1]!.length;
}

/** "Jan de Vries, beleidsmedewerker", "programmadirecteur K. Appel": an attendee named with a civil-service function. */
function functionInEntry(entry: string, index: OrganisationIndex): string | null {
  if (entry.split(/[(),;/]/).some((p) => kindOfPart(p.trim(), index)?.kind === 'openbaar')) return null;
  for (const m of entry.matchAll(FUNCTION_AFTER_NAME))
    if (!isOffice(entry, m.index + m[0].length) && personBefore(entry, m.index, index, true) >= 0) return m[1]!.toLowerCase();
  for (const m of entry.matchAll(FUNCTION_BEFORE_NAME)) if (personAfter(entry, m.index + m[0].length, index) >= 0) return m[1]!.toLowerCase();
  return null;
}

/** "directeur van de Minister van BZK", "adviseur van de burgemeester": a function that serves a public office names none. */
const isOffice = (line: string, at: number) => /^[ \t]+(?:van|bij)[ \t]+(?:de[ \t]+)?(?:minister|staatssecretaris|burgemeester|commissaris)/i.test(line.slice(at));

/**
 * Where a personal name that starts at `from` starts, or -1. It must stand out as a name on its
 * own (a title, initials, or two name words): "directeur Migratiebeleid" is a unit, not a person.
 */
function personAfter(line: string, from: number, index: OrganisationIndex): number {
  let end = from;
  for (const m of line.slice(from).matchAll(/\S+/g)) {
    const word = m[0].replace(/[,.;:!?)\]]+$/, '');
    const nameLike = isTitle(word) || isInitials(word, false) || PARTICLES.has(word.toLowerCase()) || isCapitalised(word);
    if (!nameLike || !word) break;
    end = from + m.index + word.length;
    if (word.length < m[0].length && !isTitle(word) && !isInitials(word + '.', false)) break;
  }
  if (end === from) return -1;
  const start = personBefore(line.slice(from, end), end - from, index, false);
  return start < 0 ? -1 : from + start;
}

function whatIs(unit: string, index: OrganisationIndex): string {
  return index.codes.some((c) => c.toLowerCase() === unit.toLowerCase()) ? 'de ambtelijke organisatie' : 'een ambtelijk onderdeel';
}

/**
 * The chair and the attendees: "Name (UNIT)" as text, or { naam, organisatie: UNIT } without a
 * marking. Returns the lines it judged (the text scan leaves them alone) and the people marked.
 */
export function civilServantsInAttendees(
  fm: MinutesFrontmatter,
  positionOf: (p: (string | number)[]) => Position,
  file: string,
  index: OrganisationIndex,
): { diagnostics: Diagnostic[]; lines: Set<number>; marked: MarkedPerson[] } {
  const diagnostics: Diagnostic[] = [];
  const lines = new Set<number>();
  const marked: MarkedPerson[] = [];
  const asText = (written: string, path: (string | number)[]) => {
    const at = positionOf(path);
    lines.add(at.line);
    // "P. d e  W i t, DGM": a letter-spaced name is judged as the name it spells.
    const s = despace(written)?.text ?? written;
    const m = /\(([^()]{1,60})\)\s*$/.exec(s);
    const inBrackets = m ? civilUnit(m[1]!, index) : null;
    const unit = m && inBrackets && personBefore(s, m.index, index, true) >= 0 ? inBrackets : unitInEntry(s, index);
    if (unit) return void diagnostics.push(diagnostic('name-civil-servant', file, at, { unit, what: whatIs(unit, index) }));
    const role = functionInEntry(s, index);
    if (role) diagnostics.push(diagnostic('name-civil-function', file, at, { role }));
  };
  if (fm.voorzitter) asText(fm.voorzitter, ['voorzitter']);
  for (const key of ['aanwezig', 'afwezig'] as const) {
    fm[key].forEach((a, i) => {
      if (typeof a === 'string') return asText(a, [key, i]);
      lines.add(positionOf([key, i]).line);
      if (!a.naam) return;
      if (a.rol && index.personOf(a.rol) === 'openbaar') return;
      const unit = [a.rol, a.organisatie].find((c) => c && index.personOf(c) === 'ambtelijk');
      if (a.openbaar === false || (a.openbaar === true && a.reden)) marked.push({ name: a.naam });
      if (!unit || a.openbaar === false || (a.openbaar === true && a.reden)) return;
      if (a.openbaar === true) diagnostics.push(diagnostic('name-public-reason-missing', file, positionOf([key, i, 'openbaar']), { unit, what: whatIs(unit, index) }));
      else diagnostics.push(diagnostic('name-civil-servant', file, positionOf([key, i, 'naam']), { unit, what: whatIs(unit, index) }));
    });
  }
  return { diagnostics, lines, marked };
}
