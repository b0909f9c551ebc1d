import type { OrganisationIndex } from '../extract/organisationIndex.js';
import type { DeadlineContext } from '../extract/deadline.js';
import { readOwnersAndDeadline, type ProposedPerson } from './readOwnersAndDeadline.js';
import { yamlScalar } from './yamlScalar.js';
import type { RegisteredPerson } from '../schema/registry.js';
import { buildPersonIndex, fromRegistry } from '../extract/personIndex.js';

/**
 * The people a draft names as owners ("- eigenaar: Frank", "- eigenaar: Martin (VNG)") that
 * data/people.yaml does not know yet, once each, in order: what the secretariat is asked to confirm.
 */
export function proposedPeople(markdown: string, index: OrganisationIndex, known: RegisteredPerson[], dctx: DeadlineContext): ProposedPerson[] {
  const people = buildPersonIndex(known.map(fromRegistry));
  const out: ProposedPerson[] = [];
  for (const m of markdown.matchAll(/^\s*- eigenaar: (.+)$/gm)) {
    for (const p of readOwnersAndDeadline(m[1]!, '', index, dctx).people) {
      if (people.lookup(p.name)) continue;
      const same = out.find((q) => q.name === p.name);
      if (!same) out.push({ ...p });
      else if (!same.org && p.org) same.org = p.org;
    }
  }
  return out;
}

/** The entries to add to data/people.yaml, non-public, with a comment where the organisation is still to be filled in. */
export function peopleSnippet(people: ProposedPerson[]): string {
  return people
    .map((p) => `- { naam: ${/,/.test(p.name) ? JSON.stringify(p.name) : yamlScalar(p.name)}, organisatie: ${p.org ?? 'CODE'}, openbaar: false }${p.org ? '' : '  # vul de organisatie in'}`)
    .join('\n');
}
