import { normalizeForMatch } from './normalize.js';

/** Lower case, typographic quotes and spaces folded; same length as the input, so columns hold. */
export function foldName(s: string): string {
  return normalizeForMatch(s).toLowerCase();
}

/**
 * The forms in which a non-public name (Woo art. 5.1.2e) identifies its person, for text folded
 * with foldName: the whole name, and the surname as a whole word ("De Vries", "J. de Vries",
 * "Mevr. de Vries"). The surname is everything after the first name; short ones ("Bos", "de Wit")
 * are too often ordinary words to flag on their own. The check in `lrt check` and the last gate
 * before publication both use these, so they cannot disagree.
 */
export function namePatterns(name: string): RegExp[] {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const words = foldName(name).trim().split(/\s+/).filter(Boolean);
  if (words.join('').length < 2) return [];
  const whole = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${esc(s)}(?![\\p{L}\\p{N}])`, 'u');
  const out = [whole(words.join(' '))];
  const surname = words.slice(1).join(' ');
  if (words.length >= 2 && surname.replace(/[^\p{L}]/gu, '').length >= 6) out.push(whole(surname));
  return out;
}
