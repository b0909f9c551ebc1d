import type { Rule } from '../rule.js';

/** Owners who are people: data/people.yaml and person owners. */
export const peopleRules = {
  // ---- owners can be people (issue 14 point 3): data/people.yaml and person owners
  'people-invalid': {
    severity: 'error',
    message: (p: { detail: string }) => `Fout in de personenlijst: ${p.detail}`,
  },
  'people-org-unknown': {
    severity: 'error',
    message: (p: { value: string; who: string; suggestion?: string }) =>
      `Onbekende organisatie "${p.value}" bij ${p.who} in de personenlijst.${p.suggestion ? ` Bedoelt u "${p.suggestion}"?` : ''} Een persoon hoort bij een organisatie uit data/organisations.yaml: gebruik haar code of voeg de organisatie daar toe.`,
  },
  'owner-person-unknown': {
    severity: 'warning',
    message: (p: { value: string; org?: string }) =>
      `Eigenaar "${p.value}" lijkt een persoon die nog niet bekend is${p.org ? ` (bij ${p.org})` : ''}. ` +
      `De afspraak telt mee${p.org ? ` met eigenaar ${p.org}` : ' zonder organisatie (eigenaar onbekend)'}; de naam wordt niet gepubliceerd. ` +
      `Bevestig de persoon in data/people.yaml: - { naam: ${p.value}, organisatie: ${p.org || 'CODE'}, openbaar: false }` +
      ` (of, is "${p.value}" een organisatie: voeg die toe aan data/organisations.yaml).`,
  },
} satisfies Record<string, Rule<any>>;
