import { parse } from 'yaml';
import type { Agreement, Meeting, Register } from '../schema/register.js';
import type { Body } from '../schema/registry.js';
import type { SourceRecord } from '../extract/extractAll.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import type { RawSource } from '../read/readSources.js';
import { formatDateNl } from './formatDateNl.js';
import { carriedNoteLine } from '../link/carriedNoteText.js';
import { changeEvents, changesBetween, type ChangesSince } from '../link/changeEvents.js';
import { CHANGE_LABEL } from './site/dutchLabels.js';

export interface NewMinutesInput {
  body: Body;
  /** The new meeting's date, JJJJ-MM-DD. */
  date: string;
  /** Every record of the project (the new meeting's stub may be among them; it is ignored). */
  records: SourceRecord[];
  /** The register as of the new meeting's date: status and overdue as they stand then. */
  register: Register;
}

export interface NewMinutes {
  text: string;
  /** The last earlier meeting of this body, whose attendees were copied. */
  previous: Meeting | null;
  carried: Agreement[];
  /** What changed to the body's agreements since its last meeting, up to the new date. */
  changes: ChangesSince;
}


/** The default file of a new meeting: minutes/<date>-<body slug>.md. */
export function newMinutesPath(body: Body, date: string): string {
  return `minutes/${date}-${body.slug}.md`;
}

/**
 * A minimal file for the new meeting, run through the pipeline with the others so that
 * "de LRT van juni" in earlier minutes resolves to this meeting, as it will once it exists.
 */
export function meetingStub(body: Body, date: string, file: string): RawSource {
  return { path: file, bytes: new TextEncoder().encode(`---\norgaan: ${yamlScalar(body.code)}\ndatum: ${date}\nstatus: concept\n---\n`) };
}

/**
 * The next meeting's minutes: front matter from the last meeting of the body (chair, attendees
 * as written, so a non-public name stays non-public), the standard agenda, and every agreement
 * of the body still open or ongoing on that date, carried over as an unlabelled bullet with
 * "vervolg op": what the secretariat writes there becomes the agreement's next follow-up, and
 * the carried text cannot become a new labelled block because the bullet starts with the id.
 */
export function newMinutes(input: NewMinutesInput): NewMinutes {
  const { body, date } = input;
  const earlier = input.records
    .filter((r): r is MinutesRecord => r.kind === 'verslag' && r.meeting.body === body.code && r.meeting.date < date)
    .sort((a, b) => a.meeting.date.localeCompare(b.meeting.date));
  const previous = earlier[earlier.length - 1] ?? null;
  const carried = input.register.agreements.filter(
    (a) => a.meeting.body === body.code && a.meeting.date < date && (a.status === 'open' || a.status === 'loopt'),
  );
  // An open closure proposal goes on the agenda for the table to decide, not among the open ones.
  const proposed = carried.filter((a) => a.closureProposal);
  const stillOpen = carried.filter((a) => !a.closureProposal);

  // Only minutes still in concept are adopted; minutes already marked vastgesteld are not
  // proposed again, and without any the agenda has no adoption item.
  const adoptDates = earlier.filter((r) => r.meeting.status === 'concept').map((r) => formatDateNl(r.meeting.date));
  const adoption: [string, string][] = adoptDates.length
    ? [[
        `Vaststelling ${adoptDates.length > 1 ? 'verslagen' : 'verslag'} ${body.code} ${joinNl(adoptDates)}`,
        adoptDates.length > 1
          ? `- De verslagen van de ${body.code} van ${joinNl(adoptDates)} worden vastgesteld.`
          : `- Het verslag van de ${body.code} van ${adoptDates[0]} wordt vastgesteld.`,
      ]]
    : [];
  const extra = proposed.length ? 1 : 0;
  const changes = changesBetween(changeEvents(input.register), body.code, previous?.meeting.date ?? null, date);
  const sections: [string, string[]][] = [
    ['1. Opening en mededelingen', ['- De voorzitter opent de vergadering.']],
    ...adoption.map(([title, line], i): [string, string[]] => [`${i + 2}. ${title}`, [line]]),
    ...(proposed.length ? [[`${adoption.length + 2}. Afdoening van afspraken`, proposed.flatMap((a) => closureItem(a, date))] as [string, string[]]] : []),
    [`${adoption.length + extra + 2}. Openstaande afspraken`, [...(stillOpen.length ? stillOpen.flatMap((a) => carriedItem(a, date)) : ['- Er staan geen afspraken open.']), ...changesComment(changes, previous?.meeting ?? null)]],
    [`${adoption.length + extra + 3}. Titel van het agendapunt`, ['- Korte samenvatting van wat er is besproken.']],
    ['W.v.t.t.k. en sluiting', ['- Geen opmerkingen.']],
  ];

  const raw = (previous?.source.frontmatter?.data ?? {}) as { aanwezig?: unknown[] };
  const fm = [
    '---',
    previous
      ? `# Gemaakt met "lrt new" uit het verslag van ${formatDateNl(previous.meeting.date)} (${previous.file}).`
      : '# Gemaakt met "lrt new". Zie docs/handleiding-secretariaat.md.',
    `orgaan: ${yamlScalar(body.code)}`,
    `datum: ${date}`,
    'status: concept',
    ...(previous?.meeting.chair ? [`voorzitter: ${yamlScalar(previous.meeting.chair)}`] : []),
    ...attendeeLines(raw.aanwezig ?? [], previous !== null),
    'afwezig: []',
    'agenda:',
    ...sections.map(([heading]) => `  - ${yamlScalar(heading)}`),
    'stukken: []',
    '---',
  ];

  const text = [...fm, ...sections.flatMap(([heading, lines]) => ['', `## ${heading}`, '', ...lines]), ''].join('\n');
  return { text, previous: previous?.meeting ?? null, carried, changes };
}

/** One carried-over agreement: where it came from, owners, deadline, then its text. */
function carriedItem(a: Agreement, date: string): string[] {
  const owners = a.owners.length ? `eigenaar ${a.owners.join(', ')}` : 'geen eigenaar';
  let deadline = 'geen termijn';
  if (a.deadline.date) {
    const words = a.deadline.text && a.deadline.text !== a.deadline.date ? ` “${a.deadline.text}”` : '';
    deadline = `termijn ${formatDateNl(a.deadline.date)}${words}${a.deadline.date === date ? ', deze vergadering' : ''}`;
  } else if (a.deadline.moments[0]) deadline = `termijn “${a.deadline.moments[0].text}”`;
  if (a.overdue) deadline += ', **over de termijn**';
  return [
    `- ${carriedNoteLine(a.id, `${a.label.toLowerCase()} ${a.meeting.body} ${formatDateNl(a.meeting.date)}; ${owners}; ${deadline}`, escapeMarkdown(a.text))}`,
    `  - vervolg op: ${a.id}`,
    `  - status: ${a.status}`,
    ...possiblyDoneComments(a),
  ];
}

/**
 * A proposal to close: the carried-over note with the owner's explanation and evidence after it (so
 * the history of this meeting keeps what was proposed), and, as a comment, the Besluit that adopts it.
 */
function closureItem(a: Agreement, date: string): string[] {
  const p = a.closureProposal!;
  const [first, ...rest] = carriedItem(a, date);
  const evidence = p.evidence ? ` Onderbouwing: ${p.evidence}.` : '';
  return [
    `${first} Afdoeningsvoorstel van ${formatDateNl(p.date)}: ${escapeMarkdown(p.text)}${evidence}`,
    ...rest,
    `  <!-- Stemt de tafel in, schrijf dan hieronder: "- Besluit: Het afdoeningsvoorstel voor ${a.id} wordt aangenomen; de afspraak is afgedaan." -->`,
  ];
}

/** "Sinds de vorige vergadering", for the secretariat and the chair: a comment, so it is not published. */
function changesComment(c: ChangesSince, previous: Meeting | null): string[] {
  const groups = (['closed', 'proposed', 'overdue', 'agreed'] as const).map(
    (k) => `   ${CHANGE_LABEL[k]} (${c[k].length})${c[k].length ? `: ${c[k].map((e) => e.agreement.id).join(', ')}` : ''}`,
  );
  return ['', `<!-- Sinds de vorige vergadering${previous ? ` (${formatDateNl(previous.date)})` : ''}:`, ...groups, '-->'];
}

/** Proposed follow-ups, as comments beside the carried agreement: not published, not registered. */
function possiblyDoneComments(a: Agreement): string[] {
  return a.suggestions.map(
    (s) =>
      `  <!-- Mogelijk afgedaan in ${s.source.file}:${s.source.line} (score ${s.score.toFixed(2).replace('.', ',')}): “${s.text.replace(/--/g, '–')}”. Klopt dat, voer dan uit: lrt bevestig ${a.id} ${s.source.file}:${s.source.line} -->`,
  );
}

function attendeeLines(list: unknown[], fromPrevious: boolean): string[] {
  if (list.length === 0) return ['aanwezig: []'];
  return [
    ...(fromPrevious ? ['# De aanwezigen van de vorige vergadering: pas aan wie er deze keer was.'] : []),
    'aanwezig:',
    ...list.map((a) => `  - ${attendee(a)}`),
  ];
}

/** An attendee as it was written: a string, or the object form (so openbaar: false stays). */
function attendee(a: unknown): string {
  if (typeof a === 'string') return yamlScalar(a);
  if (a && typeof a === 'object') {
    const parts = Object.entries(a as Record<string, unknown>).map(([k, v]) => `${k}: ${typeof v === 'string' ? yamlScalar(v, true) : String(v)}`);
    return `{ ${parts.join(', ')} }`;
  }
  return yamlScalar(String(a));
}

/**
 * A YAML scalar as the guide asks people to write it: plain when that reads back as the same
 * string, double-quoted when it starts with "(" or holds ’ ´ or anything YAML would misread.
 */
export function yamlScalar(s: string, inFlow = false): string {
  const risky = /^[\s(\-?:,[\]{}#&*!|>'"%@`]/.test(s) || /[’´‘"\\]|:\s|\s#|:$|\s$/.test(s) || (inFlow && /[,[\]{}]/.test(s));
  let same = false;
  try {
    same = parse(s) === s;
  } catch {
    same = false;
  }
  return !risky && same ? s : JSON.stringify(s);
}

/** The carried text is plain text; characters Markdown would read as markup are escaped. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<~]/g, (c) => `\\${c}`);
}

function joinNl(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
