import type { Organisation } from '../schema/registry.js';
import { normalizeForMatch } from './normalize.js';

export interface OrganisationIndex {
  /** The registry code for a code, alias or role as written ("CdK´s", "SJenV"), or undefined. */
  lookup(name: string): string | undefined;
  /** Every code, for suggestions. */
  codes: string[];
  /** The organisation a sentence opens with ("BZK deelt …", "De Staatssecretaris van JenV zal …"). */
  subjectOf(sentence: string): string | undefined;
}

function key(s: string): string {
  return normalizeForMatch(s).toLowerCase().replace(/['\s.]+/g, ' ').trim();
}

export function buildOrganisationIndex(orgs: Organisation[]): OrganisationIndex {
  const byKey = new Map<string, string>();
  const add = (name: string, code: string) => {
    const k = key(name);
    if (k && !byKey.has(k)) byKey.set(k, code);
  };
  // Codes and roles first: they win over aliases that happen to collide.
  for (const o of orgs) add(o.code, o.code);
  for (const o of orgs) for (const r of o.rollen) add(r.code, o.code);
  for (const o of orgs) for (const a of [o.naam, ...o.aliassen, ...o.rollen.map((r) => r.naam)]) add(a, o.code);
  // Longest names first, so "Staatssecretaris van JenV" wins over "Staatssecretaris".
  const names = [...byKey.keys()].sort((a, b) => b.length - a.length);

  const lookup = (name: string) => {
    const k = key(name);
    return byKey.get(k) ?? byKey.get(k.replace(/ s$/, '')) ?? byKey.get(k.replace(/s$/, ''));
  };

  const subjectOf = (sentence: string) => {
    const s = key(sentence.replace(/^[\s(•*-]+/, '')).replace(/^(de|het) /, '');
    for (const n of names) {
      if (s.startsWith(n) && /^($| )/.test(s.slice(n.length))) return byKey.get(n);
    }
    return undefined;
  };

  return { lookup, codes: orgs.map((o) => o.code), subjectOf };
}
