import { describe, expect, it } from 'vitest';
import { readVerbs, verbLemmaOf, verbLemmas } from '../../src/language/dutchVerbs.js';

describe('Dutch verbs told by their infinitive', () => {
  it('joins a separable verb split over the clause to its participle and infinitive', () => {
    expect(verbLemmas('Het secretariaat past de werkagenda aan op de opmerkingen van de leden.')).toEqual(['aanpassen']);
    expect(verbLemmas('De aangepaste werkagenda 2024 wordt vastgesteld.')).toEqual(['aanpassen', 'vaststellen']);
    expect(verbLemmas('De leden stellen het verslag vast.')).toEqual(['vaststellen']);
    expect(verbLemmas('De voorzitter stelt het verslag van 12 december vast; de passage is verduidelijkt.')).toEqual(['vaststellen']);
    expect(verbLemmas('Komende week vindt overleg plaats met de VNG.')).toEqual(['plaatsvinden']);
    expect(verbLemmas('Het overleg vond op 3 maart plaats.')).toEqual(['plaatsvinden']);
    expect(verbLemmas('Het bestuurlijk overleg heeft plaatsgevonden.')).toEqual(['plaatsvinden']);
  });

  it('reads "te" infinitives and subordinate clauses', () => {
    expect(verbLemmas('met inachtneming van de nog vast te stellen voorjaarsnota')).toEqual(['vaststellen']);
    expect(verbLemmas('Gevraagd wordt om het verslag aan te passen.')).toEqual(['aanpassen']);
    expect(verbLemmas('VNG vraagt dat het secretariaat de agenda aanpast.')).toEqual(['aanpassen']);
  });

  it('knows weak and strong participles and past forms', () => {
    expect(verbLemmas('Vervolgafspraak wordt gepland om door te spreken over de brief.')).toEqual(['plannen', 'doorspreken']);
    expect(verbLemmas('De brief is verzonden.')).toEqual(['verzenden']);
    expect(verbLemmas('De brief is verstuurd; het overzicht werd gedeeld.')).toEqual(['versturen', 'delen']);
    expect(verbLemmas('Het COA organiseerde een werksessie; SZW heeft de sessie georganiseerd.')).toEqual(['organiseren']);
    expect(verbLemmaOf('aangepaste')).toBe('aanpassen');
    expect(verbLemmaOf('Vastgestelde')).toBe('vaststellen');
    expect(verbLemmaOf('geagendeerd')).toBe('agenderen');
    expect(verbLemmaOf('besproken')).toBe('bespreken');
  });

  it('leaves prepositions and nouns that look like particles alone', () => {
    expect(verbLemmas('In plaats van een brief komt er een notitie.')).toEqual([]);
    expect(verbLemmas('BZK stuurt een brief aan de gemeenten.')).toEqual(['sturen']);
    expect(verbLemmas('De plaats van de bijeenkomst is nog onbekend.')).toEqual([]);
    expect(verbLemmaOf('verslag')).toBeUndefined();
  });

  it('reads a split verb within its clause only: a clause ends at . ; : ! ? ( ) a line break and ", "', () => {
    expect(verbLemmas('Het secretariaat past de agenda, aan de hand van de opmerkingen.')).toEqual([]);
    expect(verbLemmas('Het secretariaat past de agenda,aan')).toEqual(['aanpassen']);
    expect(verbLemmas('Het secretariaat past de agenda\naan')).toEqual([]);
    expect(verbLemmas('Het secretariaat past (de agenda) aan')).toEqual([]);
  });

  it('gives the lower-cased words it read the verbs from, as letter runs of the whole text', () => {
    const texts = ['De aangepaste Werkagenda 2024 wordt vastgesteld; zie § 3.', 'Café-overleg: BZK’s brief (ẞ, 𝐀𝐁) is verzonden, İ', '', '  ,.  '];
    for (const text of texts) {
      const r = readVerbs(text);
      expect(r.lower).toBe(text.toLowerCase());
      expect(r.words).toEqual(text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean));
      expect(r.lemmas).toEqual(verbLemmas(text));
    }
    expect(readVerbs('Café-overleg 𝐀𝐁').words).toEqual(['café', 'overleg', '𝐀𝐁'.toLowerCase()]);
  });
});
