import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, lrt, run, source } from '../helpers.js';

/** Adversarial pass (2 December 2026): a label with its owner in brackets, "Afspraak (JenV): …". */
describe('lrt import of a label with the owner in brackets', () => {
  it('writes a labelled bullet with the owner as eigenaar, and the draft checks without errors', async () => {
    const file = path.join(ROOT, 'test/import/fixtures/label-owner-in-brackets.txt');
    const r = await lrt(['import', file]);
    expect(r.out).toContain('- Afspraak: JenV stuurt vóór 1 april een brief aan de gemeenten.\n  - eigenaar: JenV');
    expect(r.out).toContain('- Toezegging: de Kamer wordt voor de zomer geïnformeerd.\n  - eigenaar: JenV');
    const checked = run([source('minutes/2024-03-12-lrt.md', r.out)]);
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(checked.register.agreements.map((a) => `${a.label}/${a.owners.join('+')}/${a.deadline.date}`)).toEqual([
      'Afspraak/JenV/2024-04-01',
      'Toezegging/JenV/2024-07-01',
    ]);
    expect(readFileSync(file, 'utf8')).toContain('Afspraak (JenV):');
  });
});
