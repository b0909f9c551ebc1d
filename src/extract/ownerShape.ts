import { distance } from '../parse/closest.js';
import { PARTICLES, TITLES } from './nameMatcher.js';
import type { OrganisationIndex } from './organisationIndex.js';

/** Words that make a written owner an organisation, never a person ("Gemeente Zwolle", "Team Zorg"). */
const ORGANISATION_WORDS =
  /^(?:gemeente|gemeenten|provincie|ministerie|dienst|stichting|vereniging|bureau|raad|agentschap|directie|directoraat|afdeling|team|werkgroep|secretariaat|programma|college|inspectie|autoriteit|kamer|bv|nv|bestuur|platform|overleg|regio|centrum|instituut|organisatie|unit|cluster|sector)$/i;

/** Endings of one-word organisation names ("Woonbond", "Veiligheidsberaad", "Jeugdfonds"): not a person. */
const ORGANISATION_ENDING =
  /^\p{L}{2,}(?:bond|beraad|raad|dienst|bureau|groep|centrum|fonds|bank|punt|platform|team|zorg|bedrijf|organisatie|overleg|federatie|unie|coalitie|alliantie|partners|inspectie|autoriteit|instituut|stichting|vereniging|college|kamer|regio|netwerk)$/iu;

/**
 * What an owner the registry does not know looks like: a `person` ("Frank", "Jan de Vries",
 * "J. Bakker", "Jean-Pierre"), or a `code`: an organisation code written wrong. Told apart by
 * shape, because people are written as capitalised words and codes are not:
 * - a code: a word with two or more capitals ("BZKK", "JnV"), a digit, nothing but lower case
 *   ("bzk"), an organisation word ("Gemeente Zwolle") or ending ("Woonbond"), or one letter off (distance ≤ 1) a known
 *   code, alias or name of four letters or more ("Loguis" for Logius, "Aedis" for Aedes);
 * - a person: one to five words, each a capitalised name ("Frank", "Van"), an initial ("J."),
 *   a title or a particle ("de", "van der"), at least one capitalised name among them.
 * A person the secretariat confirmed in data/people.yaml is found before this is asked.
 */
export function ownerShape(written: string, index: OrganisationIndex): 'person' | 'code' {
  const words = written.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return 'code';
  if (/\d/.test(written)) return 'code';
  let names = 0;
  for (const w of words) {
    if (ORGANISATION_WORDS.test(w.replace(/[.,]$/, '')) || ORGANISATION_ENDING.test(w)) return 'code';
    if (/^(?:\p{Lu}\.-?)+$/u.test(w)) continue; // initials "J." "J.P."
    if (PARTICLES.has(w.toLowerCase()) || TITLES.has(w.toLowerCase().replace(/\.$/, ''))) continue; // "mevrouw", "Dhr."
    // "Jean-Pierre", "D'Ancona": each part one capital at most, then lower case.
    const parts = w.split(/[-'’]/).filter(Boolean);
    if (parts.some((p) => /\p{Lu}.*\p{Lu}/u.test(p))) return 'code';
    if (/^\p{Lu}/u.test(w) && parts.every((p) => /^(?:\p{Lu}\p{Ll}*|\p{Ll}+)$/u.test(p))) {
      names++;
      continue;
    }
    return 'code';
  }
  if (names === 0) return 'code';
  const w = written.toLowerCase();
  if (w.length >= 4 && index.names.some((n) => n.length >= 4 && distance(w, n) <= 1)) return 'code';
  return 'person';
}
