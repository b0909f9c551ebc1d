import type { AgreementKind } from '../schema/registry.js';
import type { OrganisationIndex } from './organisationIndex.js';

export interface OwnerResolution {
  owners: string[];
  inferred: boolean;
  unknown: string[];
}

/** Splits "BZK, VNG en IPO" into its names. */
export function splitOwners(value: string): string[] {
  return value
    .split(/\s*(?:,|;|\/|&|\ben\b)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Explicit owners always win. Otherwise: the organisation that opens a sentence of the text is
 * its owner ("BZK deelt …"); with none, the chair's organisation, since at the LRT a passive
 * agreement ("Vervolgafspraak wordt gepland") falls to the chair. Decisions have no owner
 * unless one is written.
 */
export function resolveOwners(
  kind: AgreementKind,
  explicit: string | undefined,
  text: string,
  chairOrg: string | undefined,
  index: OrganisationIndex,
): OwnerResolution {
  if (explicit !== undefined) {
    const owners: string[] = [];
    const unknown: string[] = [];
    for (const name of splitOwners(explicit)) {
      const code = index.lookup(name);
      if (code) owners.includes(code) || owners.push(code);
      else unknown.push(name);
    }
    return { owners, inferred: false, unknown };
  }
  if (kind === 'besluit') return { owners: [], inferred: false, unknown: [] };
  const owners: string[] = [];
  for (const sentence of splitSentences(text)) {
    const code = index.subjectOf(sentence);
    if (code && !owners.includes(code)) owners.push(code);
  }
  if (owners.length === 0 && chairOrg) owners.push(chairOrg);
  return { owners, inferred: owners.length > 0, unknown: [] };
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
