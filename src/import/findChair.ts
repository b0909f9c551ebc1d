import type { OrganisationIndex } from '../extract/organisationIndex.js';
import { splitSentences } from '../extract/findCommitments.js';

export interface Chair {
  chair: string;
  how: 'field' | 'marked' | 'sentence' | 'proposed';
  words: string;
}

const CHAIR_SENTENCE = [
  /^(?:de\s+|het\s+)?(.+?)\s+zit\s+(?:de|het)\s+(?:vergadering|bijeenkomst|overleg|LRT|PRT|HLRT)\b[^.]*\bvoor\b/i,
  /\bonder\s+voorzitterschap\s+van\s+(?:de\s+)?(.+?)(?:[,.]|$)/i,
  /^(?:de\s+|het\s+)?(.+?)\s+(?:opent|leidt)\s+(?:de|het)\s+(?:vergadering|bijeenkomst|overleg)\b/i,
];

/**
 * The chair: the "Voorzitter" field; an attendee marked "(…, voorzitter)"; the one a sentence
 * names ("De Staatssecretaris van JenV zit de bijeenkomst voor"), matched to an attendee by
 * organisation; else, as a proposal, the first attendee with a role code such as "(SJenV)".
 */
export function findChair(field: string | null, attendees: string[], text: string, index: OrganisationIndex, roles: Set<string>): Chair | null {
  const isRole = (a: string) => roles.has((/\(([^)]+)\)\s*$/.exec(a)?.[1] ?? '').toLowerCase());
  if (field) return { chair: field, how: 'field', words: field };
  const marked = attendees.find((a) => /\b(?:voorzitter|vz)\b/i.test(a));
  if (marked) return { chair: marked.replace(/\s*,?\s*\b(?:voorzitter|vz)\b\.?/i, '').replace(/\(\s*\)/, '').trim(), how: 'marked', words: marked };
  for (const s of splitSentences(text)) {
    for (const re of CHAIR_SENTENCE) {
      const m = re.exec(s.text);
      if (!m) continue;
      const org = index.subjectOf(m[1]!) ?? index.lookup(m[1]!);
      if (!org) continue;
      const named = attendees.filter((a) => !a.startsWith('(') && orgOf(a, index) === org);
      const withRole = named.find(isRole);
      const pick = withRole ?? named[0];
      if (pick) return { chair: capitalize(pick), how: 'sentence', words: s.text };
    }
  }
  const first = attendees.find((a) => !a.startsWith('(') && isRole(a));
  return first ? { chair: capitalize(first), how: 'proposed', words: first } : null;
}

function orgOf(a: string, index: OrganisationIndex): string | undefined {
  const m = /\(([^)]+)\)\s*$/.exec(a);
  return m ? index.lookup(m[1]!) : undefined;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
