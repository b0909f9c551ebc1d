import type { AgreementKind } from '../schema/registry.js';
import type { OwnerPerson } from '../schema/register.js';
import type { OrganisationIndex } from './organisationIndex.js';
import type { PersonIndex, KnownPerson } from './personIndex.js';
import { ownerShape } from './ownerShape.js';

/** A person named as owner whom nobody confirmed yet: proposed for data/people.yaml, non-public meanwhile. */
export interface UnknownPerson {
  name: string;
  /** The organisation written beside the name ("Martin (Logius)"), when the registry knows it. */
  org: string | null;
}

export interface OwnerResolution {
  /** Organisation codes: of the organisations named, and of the people named. */
  owners: string[];
  /** The people named, as the register shows them (a name only when public). */
  people: OwnerPerson[];
  inferred: boolean;
  /** Written owners that look like a misspelled organisation code: errors. */
  unknown: string[];
  /** Written owners that look like people nobody confirmed yet: warnings. */
  unknownPeople: UnknownPerson[];
  /** The non-public names among the owners, as written: never published, in any form. */
  nonPublic: string[];
}

/** Splits "BZK, VNG en IPO" or "Stas/Dennis" into its names; "Martin (Logius)" stays one. */
export function splitOwners(value: string): string[] {
  return value
    .split(/\s*(?:,|;|\/|&|\ben\b)\s*(?![^(]*\))/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

const PERSON_WITH_ORG = /^(.+?)\s*\(([^()]+)\)$/;

/**
 * Explicit owners always win. Otherwise: the organisations that open a sentence of the text are
 * its owners ("BZK deelt …", "BZK en VNG stellen …"); with none, one written at the end ("… (BZK).",
 * "… – BZK", "Trekker: BZK"); with none, the chair's organisation, since at the LRT a passive
 * agreement ("Vervolgafspraak wordt gepland") falls to the chair. Decisions have no owner
 * unless one is written. An explicit owner may be a person (`people`, from data/people.yaml and
 * the meeting's attendees): the agreement is then owned by the person's organisation. Organisations
 * written before the label ("BZK – Afspraak: …", `leadIn`) own the block, a decision too.
 */
export function resolveOwners(
  kind: AgreementKind,
  explicit: string | undefined,
  text: string,
  chairOrg: string | undefined,
  index: OrganisationIndex,
  people?: PersonIndex,
  leadIn?: string | null,
): OwnerResolution {
  const none = { people: [], unknown: [], unknownPeople: [], nonPublic: [] };
  if (explicit !== undefined) return resolveWritten(explicit, index, people);
  // "BZK – Afspraak: …", "BZK/VNG: Besluit: …": the organisations written before the label own it.
  const before = leadIn ? splitOwners(leadIn).map((n) => index.lookup(n)) : [];
  if (before.length > 0 && before.every((c) => c !== undefined)) return { owners: [...new Set(before as string[])], inferred: true, ...none };
  if (kind === 'besluit') return { owners: [], inferred: false, ...none };
  const owners: string[] = [];
  for (const sentence of splitSentences(text)) {
    for (const code of subjectsOf(sentence, index)) if (!owners.includes(code)) owners.push(code);
  }
  if (owners.length === 0) for (const code of namedAtEnd(text, index)) if (!owners.includes(code)) owners.push(code);
  if (owners.length === 0 && chairOrg) owners.push(chairOrg);
  return { owners, inferred: owners.length > 0, ...none };
}

function resolveWritten(explicit: string, index: OrganisationIndex, people: PersonIndex | undefined): OwnerResolution {
  const r: OwnerResolution = { owners: [], people: [], inferred: false, unknown: [], unknownPeople: [], nonPublic: [] };
  const addOrg = (code: string | null) => code && !r.owners.includes(code) && r.owners.push(code);
  const addKnown = (p: KnownPerson, written: string) => {
    addOrg(p.organisatie);
    r.people.push({ name: p.openbaar ? p.naam : null, organisation: p.organisatie, role: p.rol, public: p.openbaar, confirmed: true });
    if (!p.openbaar) r.nonPublic.push(written);
  };
  const addUnknown = (name: string, org: string | null) => {
    addOrg(org);
    r.people.push({ name: null, organisation: org, role: null, public: false, confirmed: false });
    r.unknownPeople.push({ name, org });
    r.nonPublic.push(name);
  };
  for (const written of splitOwners(explicit)) {
    const code = index.lookup(written);
    if (code) {
      addOrg(code);
      continue;
    }
    const known = people?.lookup(written);
    if (known) {
      addKnown(known, written);
      continue;
    }
    // "Martin (Logius)": a person with the organisation beside the name.
    const m = PERSON_WITH_ORG.exec(written);
    if (m) {
      const org = index.lookup(m[2]!) ?? null;
      if (!org) r.unknown.push(m[2]!);
      const person = people?.lookup(m[1]!);
      const named = index.lookup(m[1]!);
      if (person) addKnown(person, m[1]!);
      else if (named) addOrg(named);
      else if (ownerShape(m[1]!, index) === 'person') addUnknown(m[1]!, org);
      else r.unknown.push(m[1]!);
      continue;
    }
    if (ownerShape(written, index) === 'person') addUnknown(written, null);
    else r.unknown.push(written);
  }
  return r;
}

/** Every organisation that opens a sentence together: "BZK en VNG stellen …", "VNG, IPO en BZK …", "BZK/VNG …", "BZK; VNG". */
function subjectsOf(sentence: string, index: OrganisationIndex): string[] {
  // "BZK; VNG": a semicolon lists owners as a comma does (splitOwners reads it so in "eigenaar:").
  const parts = sentence.split(/\s*(?:,|;|\/|&)\s*|\s+en\s+/);
  const out: string[] = [];
  for (const part of parts) {
    // A part that is only an organisation continues the list; the one with the verb ends it.
    const whole = index.lookup(part.replace(/^(?:de|het)\s+/i, ''));
    if (whole) {
      out.push(whole);
      continue;
    }
    const code = index.subjectOf(part);
    if (code) out.push(code);
    break;
  }
  return out;
}

/**
 * An owner written after the text, when no sentence opens with one: "… wordt opgesteld (BZK).",
 * "… – BZK.", "Trekker: BZK", "(actie: BZK, …)". Only when every name there is an organisation.
 */
function namedAtEnd(text: string, index: OrganisationIndex): string[] {
  const t = text.trim();
  const m =
    /\(([^()]+)\)\s*\.?$/.exec(t) ??
    /\s[–—-]\s*([^–—]+?)\.?$/.exec(t) ??
    /\b(?:trekker|actie|eigenaar|verantwoordelijk|actiehouder)\s*:\s*([^,;.()]+(?:;\s*[^,;.()]+)*)/i.exec(t);
  if (!m) return [];
  const inside = m[1]!.replace(/^\s*(?:trekker|actie|eigenaar|actiehouder)\s*:\s*/i, '').split(/[,;]\s*(?:deadline|termijn|datum)\b/i)[0]!;
  const all = (names: string): string[] => {
    const codes = splitOwners(names).map((n) => index.lookup(n));
    return codes.length > 0 && codes.every((c) => c !== undefined) ? (codes as string[]) : [];
  };
  // "Trekker: BZK; VNG": each part after a semicolon that is only organisations owns it too.
  const [first, ...more] = inside.split(/\s*;\s*/);
  const out = all(first!);
  for (const part of out.length ? more : []) {
    const codes = all(part);
    if (!codes.length) break;
    out.push(...codes);
  }
  return out;
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(])/);
}

/** The organisation in a person as written: "Dhr. Van der Burg (SJenV)" → JenV. */
export function organisationOfPerson(person: string | undefined, index: OrganisationIndex): string | undefined {
  if (!person) return undefined;
  const m = /\(([^)]+)\)\s*$/.exec(person);
  return m ? index.lookup(m[1]!) : index.lookup(person);
}
