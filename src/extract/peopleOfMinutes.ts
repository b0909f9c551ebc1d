import type { MinutesFrontmatter } from '../schema/frontmatter.js';
import type { RegisteredPerson } from '../schema/registry.js';
import type { Position } from '../diagnostics/diagnostic.js';
import type { OrganisationIndex } from './organisationIndex.js';
import type { KnownPerson } from './personIndex.js';
import type { NonPublicName } from './extractMinutes.js';

/**
 * The meeting's attendees written as objects ({ naam, organisatie }) are people an owner of that
 * meeting may name. Public exactly as the meeting page shows them: unless `openbaar: false`.
 */
export function attendeePeople(
  fm: MinutesFrontmatter,
  positionOf: (p: (string | number)[]) => Position,
  file: string,
  index: OrganisationIndex,
): KnownPerson[] {
  const out: KnownPerson[] = [];
  for (const key of ['aanwezig', 'afwezig'] as const) {
    fm[key].forEach((a, i) => {
      if (typeof a === 'string' || !a.naam) return;
      const org = index.lookup(a.organisatie ?? a.rol ?? '');
      if (!org) return;
      out.push({ naam: a.naam, schrijfwijzen: [], organisatie: org, openbaar: a.openbaar !== false, rol: a.rol ?? null, file, line: positionOf([key, i, 'naam']).line });
    });
  }
  return out;
}

/** Every non-public person of data/people.yaml, in every spelling listed: one word ("Frank") is found alone. */
export function registeredNonPublic(people: RegisteredPerson[]): NonPublicName[] {
  return people.flatMap(({ person, file, line }) =>
    person.openbaar
      ? []
      : [person.naam, ...person.schrijfwijzen].map((name) => ({ name, org: person.organisatie, file, line, alone: !/\s/.test(name.trim()) })),
  );
}
