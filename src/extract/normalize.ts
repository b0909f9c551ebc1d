/** Folds the variants Word and PDF produce (´ ’ ‘ for ', NBSP for space) so matching sees one form. */
export function normalizeForMatch(s: string): string {
  return s
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u2018\u2019\u00b4\u0060\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"');
}

/** Collapses runs of white space to one space and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
