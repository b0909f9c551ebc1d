import type { Agreement, FollowUp, Meeting } from '../../schema/register.js';
import type { AgreementKind, AgreementStatus } from '../../schema/registry.js';
import { formatDateNl } from '../formatDateNl.js';

export const STATUS_LABEL: Record<AgreementStatus, string> = {
  open: 'Open',
  loopt: 'Loopt',
  afgerond: 'Afgerond',
  vervallen: 'Vervallen',
};

/** A decision's lifecycle (vervangt: / trekt in:), shown instead of or beside its status. */
export const LIFECYCLE_LABEL = {
  vervangen: 'Vervangen',
  ingetrokken: 'Ingetrokken',
  vervangenDoor: 'Vervangen door',
  ingetrokkenDoor: 'Ingetrokken door',
  vervangt: 'Vervangt',
  trektIn: 'Trekt in',
} as const;

/** Before the place of a proposed follow-up on the reviewers' list. */
export const POSSIBLY_DONE = 'mogelijk afgedaan in';

/** The badge of an agreement whose owner proposed closure (status: afdoeningsvoorstel) that the table has not adopted yet. */
export const CLOSURE_PROPOSED = 'afdoeningsvoorstel';

/** The groups of "Sinds de vorige vergadering", on the meeting page and in lrt new. */
export const CHANGE_LABEL = {
  closed: 'Afgerond of vervallen',
  proposed: 'Voorgesteld om af te doen',
  overdue: 'Termijn verstreken',
  agreed: 'Nieuw afgesproken',
} as const;

/** One change event, in the feed and the calendars. */
export const CHANGE_EVENT_LABEL = {
  afgesproken: 'afgesproken',
  afgedaan: 'afgedaan',
  afdoeningsvoorstel: 'afdoeningsvoorstel',
  'over-de-termijn': 'termijn verstreken',
} as const;

export const KIND_LABEL: Record<AgreementKind, string> = {
  afspraak: 'Afspraak',
  besluit: 'Besluit',
  toezegging: 'Toezegging',
};

/** Plural forms for headings and counts. */
export const KIND_PLURAL: Record<AgreementKind, string> = {
  afspraak: 'Afspraken',
  besluit: 'Besluiten',
  toezegging: 'Toezeggingen',
};

export const STATUS_SOURCE_LABEL: Record<Agreement['statusSource'], string> = {
  standaard: 'nog geen vervolg bekend',
  tekst: 'afgeleid uit de tekst, bijvoorbeeld “gebeurt reeds”',
  verslag: 'vastgelegd in een verslag',
  voortgang: 'volgens een voortgangsbericht',
  stuk: 'volgens een stuk dat de afspraak uitvoert',
};

export const FOLLOW_UP_KIND_LABEL: Record<FollowUp['kind'], string> = {
  vergadering: 'Vergadering',
  voortgang: 'Voortgangsbericht',
  stuk: 'Stuk',
};

/** "LRT 21 april 2023": how a meeting is named everywhere on the site. */
export function meetingTitle(m: Pick<Meeting, 'body' | 'date'>): string {
  return `${m.body} ${formatDateNl(m.date)}`;
}

/** "1 afspraak", "3 afspraken". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
