import type { Organisation } from '../schema/registry.js';
import { normalizeForMatch } from './normalize.js';

/** What a personal name written next to a code means (Woo art. 5.1.2e). */
export type PersonKind = 'ambtelijk' | 'openbaar';

export interface OrganisationIndex {
  /** The registry code for a code, alias, role or unit as written ("CdK´s", "SJenV", "DGM"), or undefined. */
  lookup(name: string): string | undefined;
  /** Every code, for suggestions. */
  codes: string[];
  /** Every code, alias, role and unit as a lookup key (lower case): what a misspelled code is near. */
  names: string[];
  /** The organisation a sentence opens with ("BZK deelt …", "De Staatssecretaris van JenV zal …"). */
  subjectOf(sentence: string): string | undefined;
  /** A role is public, a civil-service unit or an organisation with `personen: ambtelijk` is staff; else undefined. */
  personOf(name: string): PersonKind | undefined;
  /** Every word of every code and name in the registry, lower case: such words are not personal names. */
  words: Set<string>;
}

/** How many names an index remembers the key of. */
const MEMO_SIZE = 50_000;

function key(s: string): string {
  return normalizeForMatch(s).toLowerCase().replace(/['\s.]+/g, ' ').trim();
}

export function buildOrganisationIndex(orgs: Organisation[]): OrganisationIndex {
  const byKey = new Map<string, string>();
  const kinds = new Map<string, PersonKind>();
  const words = new Set<string>();
  const add = (name: string, code: string, kind?: PersonKind) => {
    const k = key(name);
    for (const w of k.split(/[\s-]+/)) if (w) words.add(w);
    if (k && kind && !kinds.has(k)) kinds.set(k, kind);
    if (k && !byKey.has(k)) byKey.set(k, code);
  };
  // Codes, roles and units first: they win over aliases that happen to collide.
  for (const o of orgs) add(o.code, o.code, o.personen);
  for (const o of orgs) for (const r of o.rollen) add(r.code, o.code, 'openbaar');
  for (const o of orgs) for (const u of o.eenheden) add(u.code, o.code, 'ambtelijk');
  for (const o of orgs) {
    for (const r of o.rollen) for (const a of [r.naam, ...r.aliassen]) add(a, o.code, 'openbaar');
    for (const u of o.eenheden) for (const a of [u.naam, ...u.aliassen]) add(a, o.code, 'ambtelijk');
    for (const a of [o.naam, ...o.aliassen]) add(a, o.code, o.personen);
  }
  // Longest names first, so "Staatssecretaris van JenV" wins over "Staatssecretaris".
  const names = [...byKey.keys()].sort((a, b) => b.length - a.length);

  // The key as written, then without a possessive or plural s ("CdK's", "VNG's"): the first known wins.
  // The same names are asked for again and again (every phrase a commitment's actor may be, on every
  // line): each answered once, in a memo of this index that is emptied when it grows large.
  const memo = new Map<string, string | null>();
  const known = (name: string): string | undefined => {
    let k = memo.get(name);
    if (k === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      memo.set(name, (k = knownKey(name) ?? null));
    }
    return k ?? undefined;
  };
  const knownKey = (name: string): string | undefined => {
    const k = key(name);
    if (byKey.has(k)) return k;
    if (!k.endsWith('s')) return undefined;
    for (const v of [k.replace(/ s$/, ''), k.slice(0, -1)]) if (byKey.has(v)) return v;
    return undefined;
  };
  const lookup = (name: string) => {
    const k = known(name);
    return k === undefined ? undefined : byKey.get(k);
  };
  const personOf = (name: string) => {
    const k = known(name);
    return k === undefined ? undefined : kinds.get(k);
  };

  const subjectOf = (sentence: string) => {
    const s = key(sentence.replace(/^[\s(•*-]+/, '')).replace(/^(de|het) /, '');
    for (const n of names) {
      if (s.startsWith(n) && /^($| )/.test(s.slice(n.length))) return byKey.get(n);
    }
    return undefined;
  };

  return { lookup, codes: orgs.map((o) => o.code), names, subjectOf, personOf, words };
}
