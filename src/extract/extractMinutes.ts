import type { Diagnostic } from '../schema/diagnostic.js';
import { unlinkedFields } from './unlinkedFields.js';
import type { Agreement, Meeting, Moment } from '../schema/register.js';
import type { MinutesFrontmatter, Attendee } from '../schema/frontmatter.js';
import { AgreementStatusSchema, type AgreementStatus, type Body, type Registry } from '../schema/registry.js';
import { diagnostic, diagnosticOf, type Position } from '../diagnostics/diagnostic.js';
import type { ParsedSource, SourceText } from '../parse/parseSource.js';
import { findBlocks, type FollowUpNote, type RawBlock } from './findBlocks.js';
import type { OrganisationIndex } from './organisationIndex.js';
import type { LabelMatchers } from './labelMatcher.js';
import { resolveOwners, organisationOfPerson } from './resolveOwners.js';
import { buildPersonIndex, fromRegistry, peopleOfBody } from './personIndex.js';
import { attendeePeople, registeredNonPublic } from './peopleOfMinutes.js';
import { deadlineValueInFile, momentsInFile, type FileDeadlineContext } from './deadline.js';
import { settleDeadline, type OpenDeadline } from './deadline/openDeadline.js';
import { impossibleDates } from './deadline/impossibleDates.js';
import { assignIds } from './assignIds.js';
import { closest } from '../parse/closest.js';
import { normalizeForMatch } from './normalize.js';
import { isRealDate } from '../schema/isoDate.js';
import { unlabelledCommitmentDiagnostics } from './unlabelledCommitments.js';
import { civilServantsInAttendees, civilServantsInText } from './findCivilServants.js';
import { unreadLabels } from './unreadLabels.js';
import { unclosedStrikes } from './unclosedStrikes.js';

export interface NonPublicName {
  name: string;
  org: string;
  file: string;
  line: number;
  /** A one-word name found alone at any length (a person owner's first name: "Frank"). */
  alone?: boolean;
}

export interface MinutesRecord {
  kind: 'verslag';
  file: string;
  meeting: Meeting;
  agreements: Agreement[];
  notes: (FollowUpNote & { file: string; meetingId: string; date: string })[];
  /** "vervolg op" written under a labelled block: resolved against all agreements when linking. */
  followUpRefs: { from: string; ref: string; at: { line: number; column: number } }[];
  /** "vervangt:" / "trekt in:" written under a labelled block: an earlier decision it replaces or withdraws. */
  lifecycleRefs: { from: string; ref: string; key: 'vervangt' | 'trekt in'; at: { line: number; column: number } }[];
  /** Labelled blocks found in the text: compared with the register so nothing is lost. */
  blockCount: number;
  /** Blocks that need an id written into the file, for `lrt ids`. */
  pendingIds: { block: RawBlock; id: string }[];
  nonPublicNames: NonPublicName[];
  /**
   * Label line of each block → the start of the bullet or paragraph it stands in and its label as
   * written ("Afspraak:"), for the rendered page.
   */
  blockHosts: [line: number, host: Position, written: string | null][];
  /** Deadlines that name a meeting ("de volgende LRT"): settled when linking, with every meeting known. */
  openDeadlines: OpenDeadline[];
  source: SourceText;
  diagnostics: Diagnostic[];
}

export interface ExtractContext {
  registry: Registry;
  index: OrganisationIndex;
  /** The registry's label matchers, when built once for many files. */
  matchers?: LabelMatchers;
}

/** The body a front-matter "orgaan" names, by code or alias. */
export function findBody(name: string, bodies: Body[]): Body | undefined {
  const k = normalizeForMatch(name).toLowerCase().trim();
  return bodies.find((b) => b.code.toLowerCase() === k || b.aliassen.some((a) => a.toLowerCase() === k));
}

export function meetingIdOf(fm: MinutesFrontmatter, body: Body): string {
  return fm.id ?? `${body.slug}-${fm.datum}`;
}

/** One minutes file (front matter already validated) to its meeting and agreements. */
export function extractMinutes(source: ParsedSource, fm: MinutesFrontmatter, body: Body, ctx: ExtractContext): MinutesRecord {
  const file = source.file;
  const diagnostics: Diagnostic[] = [];
  const positionOf = source.frontmatter!.positionOf;
  const meetingId = meetingIdOf(fm, body);
  const found = findBlocks(source.tree, source.text, ctx.registry.labels, ctx.matchers?.text);

  for (const a of found.duplicateAttributes) diagnostics.push(diagnostic('attribute-duplicate', file, a.at, { key: a.key }));
  for (const h of found.hints) diagnostics.push(diagnosticOf(h, file, h.at));
  // Nothing lost: every label the independent line scan finds was read as a block or reported.
  for (const s of unreadLabels(source.text, ctx.registry.labels, found.sites, ctx.matchers?.source)) diagnostics.push(diagnostic('label-unread', file, s.at, { label: s.label }));
  // An unclosed "<del>" strikes the rest: said where it opens, so nothing leaves the register unnoticed.
  for (const u of unclosedStrikes(source.tree)) diagnostics.push(diagnostic('strike-unclosed', file, u.at, { tag: u.tag, close: u.tag.replace('<', '</') }));
  // "2024-03-08-lrt.md" with "datum: 2024-03-07": one of the two is wrong, and the register follows the front matter.
  const named = /^(\d{4}-\d{2}-\d{2})(.*)$/.exec(file.split(/[\\/]/).pop()!);
  if (named && named[1] !== fm.datum)
    diagnostics.push(diagnostic('date-filename-mismatch', file, positionOf(['datum']), { fileDate: named[1]!, date: fm.datum, name: fm.datum + named[2]! }));
  checkAgenda(fm, found.agenda, positionOf, file, diagnostics);
  const nonPublicNames = checkAttendees(fm, positionOf, file, ctx.index, diagnostics);
  const attendees = civilServantsInAttendees(fm, positionOf, file, ctx.index);
  diagnostics.push(...attendees.diagnostics);
  const personIndex = buildPersonIndex([...attendeePeople(fm, positionOf, file, ctx.index), ...peopleOfBody(ctx.registry.personen, body.code).map(fromRegistry)]);
  nonPublicNames.push(...registeredNonPublic(ctx.registry.personen));
  // Lines whose owner is a person: the declaration of that person, not a publication of the name.
  const ownerLines = new Set<number>();
  // Only concept minutes: adopted minutes are not edited, so a warning there could not be acted on.
  if (fm.status === 'concept') diagnostics.push(...unlabelledCommitmentDiagnostics(source, found.plain, ctx.index));

  const meeting: Meeting = {
    id: meetingId,
    body: body.code,
    date: fm.datum,
    status: fm.status,
    adoptedIn: fm.vastgesteld_in ?? null,
    chair: fm.voorzitter ?? null,
    present: fm.aanwezig.map(publicAttendee),
    absent: fm.afwezig.map(publicAttendee),
    agenda: fm.agenda,
    organisations: attendingOrganisations(fm, ctx.index),
    documents: fm.stukken.map((d) => ({ title: d.titel, id: d.id ?? null, date: d.datum ?? null, link: d.link ?? null })),
    file,
  };

  const ids = assignIds(found.blocks, meetingId);
  for (const d of ids.problems) diagnostics.push(diagnosticOf(d, file, d.at));
  const chairOrg = organisationOfPerson(fm.voorzitter, ctx.index);
  const dctx: FileDeadlineContext = { meetingDate: fm.datum, body: body.code };
  const openDeadlines: OpenDeadline[] = [];

  const agreements = found.blocks.map((block, i): Agreement => {
    const attr = (k: string) => block.attributes.find((a) => a.key === k);
    for (const a of block.attributes) if (a.value === '') diagnostics.push(diagnostic('attribute-empty', file, a.at, { key: a.key }));
    if (block.text === '') diagnostics.push(diagnostic('block-empty', file, block.at, { label: block.label }));

    const ownerAttr = attr('eigenaar');
    const owners = resolveOwners(block.kind, ownerAttr?.value || undefined, block.text, chairOrg, ctx.index, personIndex, block.leadIn);
    for (const name of owners.unknown)
      diagnostics.push(diagnostic('owner-unknown', file, ownerAttr!.at, { value: name, suggestion: closest(name, ctx.index.codes) ?? '' }));
    for (const p of owners.unknownPeople) diagnostics.push(diagnostic('owner-person-unknown', file, ownerAttr!.at, { value: p.name, org: p.org ?? '' }));
    if (ownerAttr && owners.people.length) ownerLines.add(ownerAttr.at.line);
    for (const name of owners.nonPublic)
      nonPublicNames.push({ name, org: owners.people.find((p) => !p.public)?.organisation ?? '', file, line: ownerAttr!.at.line, alone: true });
    if (block.kind !== 'besluit' && owners.owners.length === 0 && owners.unknown.length === 0 && owners.people.length === 0)
      diagnostics.push(diagnostic('owner-none', file, block.at, { kind: block.label.toLowerCase() }));

    const termijn = attr('termijn');
    const text = momentsInFile(block.text, dctx);
    // "voor 30 februari": the reader passes a date that does not exist by; said, or the deadline is lost unnoticed.
    for (const value of impossibleDates(block.text))
      diagnostics.push(diagnostic('deadline-impossible-date', file, sourceOf(value, block, source.text), { value, kind: block.label.toLowerCase() }));
    let value: NonNullable<OpenDeadline['termijn']> | null = null;
    if (termijn?.value) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(termijn.value) && !isRealDate(termijn.value))
        diagnostics.push(diagnostic('date-invalid', file, termijn.at, { key: 'termijn', value: termijn.value }));
      else value = { value: termijn.value, at: termijn.at, found: deadlineValueInFile(termijn.value, dctx) };
    }
    // A deadline that names a meeting is left open here and settled when linking, with every meeting known.
    let deadline: Agreement['deadline'] = { date: null, text: null, moments: [] };
    if (!Array.isArray(text) || (value?.found && 'input' in value.found)) openDeadlines.push({ agreement: i, text, termijn: value });
    else {
      const settled = settleDeadline(text, value && { value: value.value, at: value.at, moment: value.found as Moment | null }, fm.datum, file, (words) =>
        sourceOf(words, block, source.text),
      );
      diagnostics.push(...settled.diagnostics);
      deadline = settled.deadline;
    }

    const { status, statusSource } = initialStatus(block, ctx.registry, file, diagnostics);
    const ref = attr('vervolg op');
    return {
      id: ids.ids[i]!.id,
      idWritten: ids.ids[i]!.written,
      kind: block.kind,
      label: block.label,
      meeting: { id: meetingId, date: fm.datum, body: body.code },
      agendaItem: block.agendaItem ? { number: block.agendaItem.number, title: block.agendaItem.title } : null,
      text: block.text,
      owners: owners.owners,
      ownersInferred: owners.inferred,
      ownerPeople: owners.people,
      deadline,
      status,
      statusSource,
      overdue: false,
      followUpOf: ref?.value || null,
      followUps: [],
      source: { file, line: block.at.line },
      ...unlinkedFields(),
    };
  });

  diagnostics.push(
    ...civilServantsInText(file, source.text, ctx.index, new Set([...attendees.lines, ...ownerLines]), [
      ...attendees.marked,
      ...personIndex.people.flatMap((p) => [p.naam, ...p.schrijfwijzen].map((name) => ({ name }))),
    ]),
  );

  return {
    kind: 'verslag',
    file,
    meeting,
    agreements,
    followUpRefs: found.blocks.flatMap((b, i) => {
      const ref = b.attributes.find((a) => a.key === 'vervolg op');
      return ref?.value ? [{ from: ids.ids[i]!.id, ref: ref.value, at: ref.at }] : [];
    }),
    lifecycleRefs: found.blocks.flatMap((b, i) =>
      b.attributes.flatMap((a) => ((a.key === 'vervangt' || a.key === 'trekt in') && a.value ? [{ from: ids.ids[i]!.id, ref: a.value, key: a.key, at: a.at }] : [])),
    ),
    notes: found.notes.map((n) => ({ ...n, status: noteStatus(n, file, diagnostics), file, meetingId, date: fm.datum })),
    blockCount: found.blocks.length,
    pendingIds: ids.ids.flatMap((x, i) => (x.written ? [] : [{ block: found.blocks[i]!, id: x.id }])),
    nonPublicNames,
    blockHosts: found.blocks.map((b): [number, Position, string | null] => [b.at.line, b.host, b.written]),
    openDeadlines,
    source,
    diagnostics,
  };
}

/** A written "- status:" as the register reads it (any case); an unknown one is an error, never ignored. */
function writtenStatus(attr: { value: string; at: Position } | null | undefined, file: string, diagnostics: Diagnostic[]): AgreementStatus | null {
  if (!attr?.value) return null;
  const parsed = AgreementStatusSchema.safeParse(attr.value.toLowerCase());
  if (parsed.success) return parsed.data;
  diagnostics.push(diagnostic('status-invalid', file, attr.at, { value: attr.value }));
  return null;
}

/** The status under a follow-up note, read as under a labelled block. */
function noteStatus(n: FollowUpNote, file: string, diagnostics: Diagnostic[]): FollowUpNote['status'] {
  const value = writtenStatus(n.status, file, diagnostics);
  return value && n.status ? { ...n.status, value } : null;
}

function initialStatus(
  block: RawBlock,
  registry: Registry,
  file: string,
  diagnostics: Diagnostic[],
): { status: AgreementStatus; statusSource: Agreement['statusSource'] } {
  const explicit = writtenStatus(block.attributes.find((a) => a.key === 'status'), file, diagnostics);
  if (explicit) return { status: explicit, statusSource: 'verslag' };
  const text = normalizeForMatch(block.text).toLowerCase();
  const phrase = registry.labels.statuszinnen.find((s) => text.includes(s.zin.toLowerCase()));
  if (phrase) return { status: phrase.status, statusSource: 'tekst' };
  return { status: block.kind === 'besluit' ? 'afgerond' : 'open', statusSource: 'standaard' };
}

/** How an attendee appears in public: a non-public name is reduced to its organisation. */
/** The organisations at the table: the chair's and every attendee's that the registry knows, once each. */
function attendingOrganisations(fm: MinutesFrontmatter, index: OrganisationIndex): string[] {
  const codes = new Set<string>();
  const add = (code: string | undefined) => code && codes.add(code);
  add(organisationOfPerson(fm.voorzitter, index));
  for (const a of fm.aanwezig) {
    if (typeof a === 'string') add(organisationOfPerson(a, index));
    else add(index.lookup(a.organisatie ?? a.rol ?? ''));
  }
  return [...codes];
}

/** Where words of a block stand in the source: the first of its lines that holds them, else the label. */
function sourceOf(words: string, block: RawBlock, text: string): Position {
  const lines = text.split('\n');
  for (let l = block.at.line; l <= Math.max(block.endLine, block.at.line) && l <= lines.length; l++) {
    const c = lines[l - 1]!.toLowerCase().indexOf(words.toLowerCase());
    if (c >= 0) return { line: l, column: c + 1 };
  }
  return block.at;
}

export function publicAttendee(a: Attendee): string {
  if (typeof a === 'string') return a;
  const org = a.organisatie ?? a.rol;
  if (a.openbaar === false || !a.naam) return org ? `(${org})` : '(naam niet openbaar)';
  return org ? `${a.naam} (${org})` : a.naam;
}

function checkAttendees(
  fm: MinutesFrontmatter,
  positionOf: (p: (string | number)[], key?: boolean) => { line: number; column: number },
  file: string,
  index: OrganisationIndex,
  diagnostics: Diagnostic[],
): NonPublicName[] {
  const names: NonPublicName[] = [];
  for (const listKey of ['aanwezig', 'afwezig'] as const) {
    fm[listKey].forEach((a, i) => {
      const org = typeof a === 'string' ? /\(([^)]+)\)\s*$/.exec(a)?.[1] : (a.organisatie ?? a.rol);
      if (org && !index.lookup(org)) diagnostics.push(diagnostic('attendee-org-unknown', file, positionOf([listKey, i]), { value: org }));
      if (typeof a !== 'string' && a.openbaar === false && a.naam)
        names.push({ name: a.naam, org: org ?? '', file, line: positionOf([listKey, i, 'naam']).line });
    });
  }
  return names;
}

function checkAgenda(
  fm: MinutesFrontmatter,
  headings: { heading: string; at: { line: number; column: number } }[],
  positionOf: (p: (string | number)[]) => { line: number; column: number },
  file: string,
  diagnostics: Diagnostic[],
): void {
  if (fm.agenda.length === 0) return;
  const norm = (s: string) => normalizeForMatch(s).toLowerCase().replace(/\s+/g, ' ').trim();
  const listed = new Set(fm.agenda.map(norm));
  const present = new Set(headings.map((h) => norm(h.heading)));
  fm.agenda.forEach((item, i) => {
    if (!present.has(norm(item))) diagnostics.push(diagnostic('agenda-heading-missing', file, positionOf(['agenda', i]), { value: item }));
  });
  for (const h of headings) if (!listed.has(norm(h.heading))) diagnostics.push(diagnostic('agenda-heading-extra', file, h.at, { value: h.heading }));
}
