import type { RegisteredPerson } from '../schema/registry.js';
import { foldForNames } from './foldForNames.js';
import { nameMatcher, nameWords, TITLES } from './nameMatcher.js';

/** A person an owner can name: from data/people.yaml, or an attendee of the meeting written as an object. */
export interface KnownPerson {
  naam: string;
  schrijfwijzen: string[];
  organisatie: string;
  openbaar: boolean;
  rol: string | null;
  /** Where the person was declared: data/people.yaml or the minutes' front matter. */
  file: string;
  line: number;
}

export interface PersonIndex {
  /** The person an owner as written ("Frank", "F. de Boer", "Boer, F. de") names, or undefined. */
  lookup(written: string): KnownPerson | undefined;
  people: KnownPerson[];
}

export function fromRegistry(r: RegisteredPerson): KnownPerson {
  const p = r.person;
  return { naam: p.naam, schrijfwijzen: p.schrijfwijzen, organisatie: p.organisatie, openbaar: p.openbaar, rol: p.rol ?? null, file: r.file, line: r.line };
}

/** The people of data/people.yaml that sit at this body's table (no `overleggen`: every table). */
export function peopleOfBody(people: RegisteredPerson[], body: string): RegisteredPerson[] {
  const b = body.toLowerCase();
  return people.filter((r) => r.person.overleggen.length === 0 || r.person.overleggen.some((o) => o.toLowerCase() === b));
}

const key = (s: string) => foldForNames(s).text.replace(/[\s.'-]+/g, ' ').trim();

/**
 * Owners name people as working groups write them: the whole name, a listed spelling, any form
 * the name matcher knows ("F. de Boer", "Boer, F. de"), or the first name alone ("Frank") when no
 * other person of the index has it. Earlier people win (the meeting's attendees come first).
 */
export function buildPersonIndex(people: KnownPerson[]): PersonIndex {
  const exact = new Map<string, KnownPerson>();
  const firstNames = new Map<string, KnownPerson[]>();
  const matchers = people.map((p) => ({ p, m: nameMatcher(p.naam) }));
  for (const p of people) {
    for (const s of [p.naam, ...p.schrijfwijzen]) if (!exact.has(key(s))) exact.set(key(s), p);
    const words = nameWords(p.naam);
    const first = words[0];
    if (words.length > 1 && first && !/\.$/.test(first) && !TITLES.has(first)) {
      const list = firstNames.get(first) ?? [];
      if (!list.some((q) => q.naam === p.naam && q.organisatie === p.organisatie)) list.push(p);
      firstNames.set(first, list);
    }
  }
  return {
    people,
    lookup(written) {
      const k = key(written);
      if (!k) return undefined;
      const hit = exact.get(k);
      if (hit) return hit;
      const folded = foldForNames(written);
      const whole = folded.text.replace(/[\s.,]+$/, '').length;
      for (const { p, m } of matchers) if (m.find(folded).some((h) => h.start === 0 && h.end >= whole)) return p;
      const byFirst = firstNames.get(k);
      return byFirst?.length === 1 ? byFirst[0] : undefined;
    },
  };
}
