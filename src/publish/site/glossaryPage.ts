import type { Glossary, TermCategory } from './glossary.js';

const CATEGORY_LABEL: Record<TermCategory, string> = {
  organisatie: 'Organisatie',
  rol: 'Functie',
  overleg: 'Overleg',
  afkorting: 'Afkorting',
  begrip: 'Begrip',
};

export interface GlossaryGroup {
  letter: string;
  terms: { id: string; term: string; meaning: string; categoryLabel: string; abbreviation: boolean }[];
}

/** The glossary by first letter, for /begrippen/. */
export function glossaryPage(glossary: Glossary): GlossaryGroup[] {
  const groups = new Map<string, GlossaryGroup['terms']>();
  for (const t of glossary.terms) {
    const letter = t.term.normalize('NFD').charAt(0).toUpperCase();
    groups.set(letter, [
      ...(groups.get(letter) ?? []),
      { id: `begrip-${t.slug}`, term: t.term, meaning: t.meaning, categoryLabel: CATEGORY_LABEL[t.category], abbreviation: t.forms.length > 0 },
    ]);
  }
  return [...groups.entries()].map(([letter, terms]) => ({ letter, terms }));
}
