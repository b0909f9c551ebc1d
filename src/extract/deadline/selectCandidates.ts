import type { Candidate } from './candidate.js';

/**
 * Keeps the longest phrases, so "begin volgende week" beats chrono's "volgende week"
 * and "de LRT van juni" beats "juni"; on equal length our own rules beat chrono.
 * Returns non-overlapping candidates in text order.
 */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || Number(b.own) - Number(a.own) || a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    if (chosen.every((c) => candidate.end <= c.start || candidate.start >= c.end)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
