import type { Agreement } from '../schema/register.js';

/** Said of a person owner whose name is not public, or who is not confirmed yet (Woo art. 5.1.2e). */
export const NAME_WITHHELD = 'persoon, naam niet openbaar';
/** Said when a person owns an agreement and their organisation is not known yet. */
export const OWNER_UNKNOWN = 'eigenaar onbekend';

/** The public names of the people who own an agreement for this organisation ("Martin Jansen, voorzitter werkgroep"). */
export function publicPeopleOf(a: Agreement, code: string): string[] {
  return (a.ownerPeople ?? []).filter((p) => p.public && p.name && p.organisation === code).map((p) => (p.role ? `${p.name}, ${p.role}` : p.name!));
}

/** People who own the agreement without a known organisation: what lists say instead of an owner, or null. */
export function ownerlessPeopleNote(a: Agreement): string | null {
  const people = (a.ownerPeople ?? []).filter((p) => p.organisation === null);
  if (people.length === 0) return null;
  const named = people.filter((p) => p.public && p.name).map((p) => p.name!);
  const withheld = people.length - named.length;
  return `${OWNER_UNKNOWN} (${[...named, ...(withheld ? [withheld > 1 ? `${withheld} personen, namen niet openbaar` : NAME_WITHHELD] : [])].join(', ')})`;
}

/** Owners as one line of text (ICS, feeds, exports): "VNG (Martin Jansen), COA", or what stands in for them. */
export function ownersText(a: Agreement, none = 'geen eigenaar'): string {
  const parts = a.owners.map((c) => {
    const names = publicPeopleOf(a, c);
    return names.length ? `${c} (${names.join('; ')})` : c;
  });
  const note = ownerlessPeopleNote(a);
  if (note) parts.push(note);
  return parts.length ? parts.join(', ') : none;
}

/** The person owners for the CSV: public names with their organisation, the others as "persoon, naam niet openbaar". */
export function ownerPeopleCell(a: Agreement): string {
  return (a.ownerPeople ?? [])
    .map((p) => `${p.public && p.name ? p.name : NAME_WITHHELD}${p.organisation ? ` (${p.organisation})` : ''}${p.confirmed ? '' : ' [onbevestigd]'}`)
    .join(', ');
}
