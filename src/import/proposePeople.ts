import type { ProposedPerson } from './readOwnersAndDeadline.js';
import { yamlScalar } from './yamlScalar.js';

/** The entries to add to data/people.yaml, non-public, with a comment where the organisation is still to be filled in. */
export function peopleSnippet(people: ProposedPerson[]): string {
  return people
    .map((p) => `- { naam: ${/,/.test(p.name) ? JSON.stringify(p.name) : yamlScalar(p.name)}, organisatie: ${p.org ?? 'CODE'}, openbaar: false }${p.org ? '' : '  # vul de organisatie in'}`)
    .join('\n');
}
