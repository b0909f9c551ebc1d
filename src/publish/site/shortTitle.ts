/**
 * A result's title in the agreement's own words, shortened: whole words up to about `max`
 * characters, then "…". The full text stays on the agreement's page.
 */
export function shortTitle(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:.(–-]+$/, '')} …`;
}
