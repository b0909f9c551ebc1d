/**
 * Words in a later passage that say something was done: "is vastgesteld", "heeft plaatsgevonden",
 * "is verzonden". Strong ones report a result; weak ones only that the matter was taken up
 * ("geeft een toelichting op"). Matched on lower-cased text with accents kept.
 */
const STRONG: RegExp[] = [
  /\b(?:is|zijn|wordt|worden|werd|werden)\s+(?:\S+\s+){0,3}?(?:vastgesteld|verzonden|verstuurd|gestuurd|toegezonden|aangeboden|gedeeld|opgeleverd|afgerond|gepubliceerd|aangenomen|ondertekend|ingediend|uitgevoerd|gerealiseerd|georganiseerd|gehouden|geïnformeerd)\b/,
  /\b(?:heeft|hebben|had|hadden)\s+(?:\S+\s+){0,14}?(?:plaatsgevonden|verzonden|verstuurd|gestuurd|toegezonden|aangeboden|gedeeld|opgeleverd|afgerond|gepubliceerd|georganiseerd|gehouden|geïnformeerd|ingediend)\b/,
  /\b(?:vond|vonden)\s+(?:\S+\s+){0,4}?plaats\b/,
  /\bis\s+(?:gereed|klaar|rond)\b/,
];

const WEAK: RegExp[] = [
  /\b(?:geeft|gaf|geven)\s+(?:\S+\s+){0,3}?toelichting\b/,
  /\b(?:licht|lichten)\s+(?:\S+\s+){0,6}?toe\b/,
  /\b(?:is|zijn|wordt|worden)\s+(?:\S+\s+){0,3}?(?:besproken|geagendeerd|toegelicht|meegenomen)\b/,
];

/** 1 for a reported result, 0.5 for a matter taken up, 0 otherwise. */
export function completionStrength(text: string): number {
  const t = text.toLowerCase();
  if (STRONG.some((r) => r.test(t))) return 1;
  if (WEAK.some((r) => r.test(t))) return 0.5;
  return 0;
}

/** Words saying the matter is not done yet: "is nog in bespreking", "nog niet gereed", "volgt later". */
const NOT_YET = /\bnog\s+(?:niet|in\s+(?:bespreking|voorbereiding|behandeling|uitvoering)|bezig|steeds\s+niet)\b|\bvolgt\s+(?:later|nog)\b|\b(?:is|wordt|zijn|worden)\s+(?:\S+\s+){0,2}?(?:vertraagd|uitgesteld)\b/;

/** Whether a passage says the matter it reports on is still open: a progress report, not a result. */
export function saysNotYet(text: string): boolean {
  return NOT_YET.test(text.toLowerCase());
}
