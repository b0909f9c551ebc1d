/** Any character normalizeForMatch folds: most texts hold none, and are returned as they are. */
const FOLDED = /[\u00a0\u2007\u202f\u2018\u2019\u00b4\u0060\u2032\u201c\u201d\u201e\uff1a\ufe55]/;

/** Folds the variants Word and PDF produce (´ ’ ‘ for ', NBSP for space) so matching sees one form. */
export function normalizeForMatch(s: string): string {
  if (!FOLDED.test(s)) return s;
  return s
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u2018\u2019\u00b4\u0060\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    // A full-width colon (East Asian input, some PDFs) is a colon.
    .replace(/[\uff1a\ufe55]/g, ':');
}

/** White space squash would change: a run of two, or any white space other than a plain space. */
const UNSQUASHED = /\s\s|[^\S ]/;

/** Collapses runs of white space to one space and trims. */
export function squash(s: string): string {
  return UNSQUASHED.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

/**
 * Characters that take no room on screen: zero-width space and joiners' neighbours, word joiner,
 * soft hyphen, a stray BOM, direction marks. PDF and Word leave them inside words ("Af\u00adspraak"),
 * where they break matching while the reader sees nothing.
 */
export const INVISIBLE = /[\u00ad\u200b\u200e\u200f\u2060\ufeff]/g;
/** The same characters, for a test (no global state). */
export const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

export function stripInvisible(s: string): string {
  return HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s;
}
