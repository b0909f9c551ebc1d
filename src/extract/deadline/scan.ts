import type { Candidate, CandidateFields } from './candidate.js';

/** Runs a global regex over the text and turns each match into a candidate (or skips it on null). */
export function scan(
  text: string,
  regex: RegExp,
  build: (match: RegExpExecArray) => CandidateFields | null,
): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(regex)) {
    const fields = build(match);
    if (fields) found.push({ start: match.index, end: match.index + match[0].length, ...fields });
  }
  return found;
}

/** Flags for every phrase regex: global, and unicode for \p{L} word edges. */
export function phrase(source: string): RegExp {
  return new RegExp(source, 'gu');
}
