import { parseDutchDate } from './parseDutchDate.js';
import type { SourceLine } from './model.js';

const RELATIVE: Record<string, number> = { vandaag: 0, morgen: 1, overmorgen: 2, gisteren: -1 };

/**
 * A meeting date the text implies when its header lost it: "morgen (26-04-2023)" puts the meeting
 * on 25 April 2023. Only a proposal: the caller says where it came from.
 */
export function inferDate(lines: SourceLine[]): { date: string; words: string; line: number } | null {
  for (const l of lines) {
    const m = /\b(vandaag|morgen|overmorgen|gisteren)\s*\(([^)]{6,25})\)/i.exec(l.text);
    if (!m) continue;
    const d = parseDutchDate(m[2]!);
    if (!d) continue;
    const date = new Date(`${d.iso}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - RELATIVE[m[1]!.toLowerCase()]!);
    return { date: date.toISOString().slice(0, 10), words: m[0], line: l.line };
  }
  return null;
}
