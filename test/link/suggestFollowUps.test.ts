import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, repoFile, run, shippedSources } from '../helpers.js';
import { fixtureProject } from './fixtureSources.js';
import { evaluate, precisionRecall, readTruth, type Outcome, type Truth } from './followUpEvaluation.js';
import { RegisterSchema } from '../../src/schema/register.js';

const CASES = readdirSync(path.join(ROOT, 'test/fixtures/followups')).map((d) => `test/fixtures/followups/${d}`);

/** The shipped minutes without agreements/: nothing confirmed, so every follow-up must be found. */
const shippedMinutes = () => readdirSync(path.join(ROOT, 'minutes')).filter((f) => f.endsWith('.md')).sort().map((f) => repoFile(`minutes/${f}`));
/** The letter of May 2023 kept as a document, with its "voert_uit" taken away. */
function letterWithoutLink() {
  const doc = repoFile('agreements/2023-05-brief-medeoverheden.md');
  const text = new TextDecoder().decode(doc.bytes);
  expect(text).toContain('voert_uit: [lrt-2023-04-25-2]');
  return { ...doc, bytes: new TextEncoder().encode(text.replace('voert_uit: [lrt-2023-04-25-2]', 'voert_uit: []')) };
}
/** What agreements/ records for the shipped minutes: two status updates and the letter. */
const SHIPPED_TRUTH: Truth = {
  'lrt-2023-02-02-1': null,
  'lrt-2023-02-02-2': null,
  'lrt-2023-04-21-1': { bestand: 'minutes/2023-04-25-lrt.md', begint: 'SJenV geeft een toelichting op de aangepaste concept' },
  'lrt-2023-04-21-2': { bestand: 'minutes/2023-04-25-lrt.md', begint: 'Het verslag LRT 21-04-2023 en het aangepaste verslag' },
  'lrt-2023-04-21-3': null,
  'lrt-2023-04-21-4': null,
  'lrt-2023-04-25-1': null,
  'lrt-2023-04-25-2': { bestand: 'agreements/2023-05-brief-medeoverheden.md', begint: '' },
};

const line = (o: Outcome) => `${o.correct ? 'goed' : 'FOUT'}  ${o.rankedFirst ? 'eerste' : '------'}  ${o.id}  score ${o.score ?? '-'}  ${o.proposed ?? '(geen voorstel)'}`;

describe('follow-ups proposed, never registered', () => {
  it('on the multi-meeting fixtures: precision and recall above their floors, every expected follow-up ranked first', () => {
    const outcomes = CASES.flatMap((dir) => evaluate(fixtureProject(dir), readTruth(dir), '2026-11-22'));
    const pr = precisionRecall(outcomes);
    console.log(`Vervolgvoorstellen op ${CASES.length} fixtures: precisie ${pr.precision.toFixed(2)} (${pr.right}/${pr.proposed}), recall ${pr.recall.toFixed(2)} (${pr.right}/${pr.expected})\n${outcomes.map(line).join('\n')}`);
    expect(outcomes.length).toBeGreaterThanOrEqual(10);
    expect(pr.precision).toBeGreaterThanOrEqual(0.9);
    expect(pr.recall).toBeGreaterThanOrEqual(0.9);
    expect(outcomes.filter((o) => o.expected && !o.rankedFirst)).toEqual([]);
  });

  it('on the shipped minutes with agreements/ removed: what agreements/ records is ranked first, nothing proposed where the seeds show no follow-up', () => {
    const outcomes = evaluate([...shippedMinutes(), letterWithoutLink()], SHIPPED_TRUTH, '2026-11-22');
    console.log(`Gepubliceerde verslagen zonder agreements/:\n${outcomes.map(line).join('\n')}`);
    expect(outcomes.filter((o) => o.expected && !o.rankedFirst)).toEqual([]);
    expect(outcomes.filter((o) => !o.expected && o.proposed)).toEqual([]);
    // Each follow-up agreements/ records is proposed, above the threshold: the amended minutes adopted,
    // the follow-up meeting held as the LRT four days later, the letter by its owner.
    expect(outcomes.filter((o) => !o.correct)).toEqual([]);
  });

  it('in one project holding all fixtures and the shipped minutes (scores depend on the whole corpus): still above the floors', () => {
    const all = [...CASES.flatMap((dir) => fixtureProject(dir).map((f) => ({ ...f, path: f.path.replace(/^(minutes|agreements)\//, `$1/${path.basename(dir)}-`) }))), ...shippedMinutes(), letterWithoutLink()];
    const rename = (t: Truth, dir: string): Truth =>
      Object.fromEntries(Object.entries(t).map(([id, v]) => [id, v && { ...v, bestand: v.bestand.replace(/^(minutes|agreements)\//, `$1/${path.basename(dir)}-`) }]));
    const truth: Truth = Object.assign({}, SHIPPED_TRUTH, ...CASES.map((dir) => rename(readTruth(dir), dir)));
    const outcomes = evaluate(all, truth, '2026-11-22');
    const pr = precisionRecall(outcomes);
    console.log(`Alles in één project: precisie ${pr.precision.toFixed(2)} (${pr.right}/${pr.proposed}), recall ${pr.recall.toFixed(2)} (${pr.right}/${pr.expected})\n${outcomes.map(line).join('\n')}`);
    expect(pr.precision).toBeGreaterThanOrEqual(0.9);
    expect(pr.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('puts proposals in the register and in lrt check, and changes no status', () => {
    const r = run(shippedMinutes(), '2026-11-22');
    expect(() => RegisterSchema.parse(r.register)).not.toThrow();
    const a = r.register.agreements.find((x) => x.id === 'lrt-2023-04-21-2')!;
    expect([a.status, a.followUps]).toEqual(['open', []]);
    expect(a.suggestions[0]).toMatchObject({ source: { file: 'minutes/2023-04-25-lrt.md', line: 32 }, text: 'Het verslag LRT 21-04-2023 en het aangepaste verslag LRT 06-04-2023 worden vastgesteld.' });
    const info = r.diagnostics.filter((d) => d.rule === 'followup-suggested');
    // The follow-up meeting (lrt-2023-04-21-1) is the LRT of 25 April itself; the letter is not in this run.
    expect(info.map((d) => [d.severity, d.file, d.line]).sort()).toEqual([['info', 'minutes/2023-04-25-lrt.md', 32], ['info', 'minutes/2023-04-25-lrt.md', 36]]);
    const amended = info.find((d) => d.line === 32)!;
    expect(amended.message).toContain('Dit lijkt een vervolg op lrt-2023-04-21-2');
    expect(amended.message).toContain('lrt bevestig lrt-2023-04-21-2 minutes/2023-04-25-lrt.md:32');
    expect(info.find((d) => d.line === 36)!.message).toContain('Dit lijkt een vervolg op lrt-2023-04-21-1');
  });

  it('proposes nothing for what agreements/ already confirmed: the shipped project stays without proposals', () => {
    const r = run(shippedSources(), '2026-11-22');
    expect(r.register.agreements.flatMap((a) => a.suggestions)).toEqual([]);
  });
});
