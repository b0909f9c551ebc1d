import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT, registry, run } from '../helpers.js';
import type { RawSource } from '../../src/read/readSources.js';
import { rankFollowUps } from '../../src/link/suggestFollowUps.js';

/** Where a follow-up is reported: a file and the start of the line; null: the agreement has none. */
export type Truth = Record<string, { bestand: string; begint: string } | null>;

export function readTruth(dir: string): Truth {
  return parse(readFileSync(path.join(ROOT, dir, 'verwacht.yaml'), 'utf8')) as Truth;
}

export interface Outcome {
  id: string;
  expected: string | null;
  /** The best passage above the threshold, if any, and its score. */
  proposed: string | null;
  score: number | null;
  correct: boolean;
  /** The best passage overall (also below the threshold) is the expected one. */
  rankedFirst: boolean;
}

/** Runs the pipeline on the sources (no status updates: nothing confirmed) and compares the best proposal per agreement with the truth. */
export function evaluate(sources: RawSource[], truth: Truth, asOf: string): Outcome[] {
  const r = run(sources, asOf);
  const ranked = rankFollowUps(r.register.agreements, r.records, asOf, registry().organisaties);
  return Object.entries(truth).map(([id, t]) => {
    const list = ranked.get(id) ?? [];
    const best = list[0];
    const matches = (p: { file: string; text: string } | undefined) => !!t && !!p && p.file === t.bestand && p.text.startsWith(t.begint);
    // What the register proposes (threshold, and a passage that fits another agreement better left out).
    const first = r.register.agreements.find((a) => a.id === id)?.suggestions[0];
    const above = first ? list.find((x) => x.passage.file === first.source.file && x.passage.line === first.source.line) : undefined;
    return {
      id,
      expected: t ? `${t.bestand}: ${t.begint}` : null,
      proposed: above ? `${above.passage.file}:${above.passage.line}: ${above.passage.text.slice(0, 60)}` : null,
      score: above ? Math.round(above.score * 100) / 100 : best ? Math.round(best.score * 100) / 100 : null,
      correct: t ? matches(above?.passage) : !above,
      rankedFirst: t ? matches(best?.passage) : true,
    };
  });
}

/** Precision: proposals (best above the threshold) that are right; recall: follow-ups in the truth proposed first. */
export function precisionRecall(outcomes: Outcome[]): { precision: number; recall: number; proposed: number; expected: number; right: number } {
  const proposed = outcomes.filter((o) => o.proposed).length;
  const right = outcomes.filter((o) => o.proposed && o.correct).length;
  const expected = outcomes.filter((o) => o.expected).length;
  return { precision: proposed ? right / proposed : 1, recall: expected ? right / expected : 1, proposed, expected, right };
}
