import { expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';

/**
 * A word or an organisation written before the label ("Conclusie: Afspraak: …", "BZK – Afspraak: …")
 * was read by neither extraction nor the line count: the block was lost without a word. The
 * secretariat means the block; an organisation there is its owner.
 */
const r = run([repoFile('test/extract/fixtures/label-after-lead-in.md')], '2024-12-01');

it('a label after a lead-in is a block, the organisation before it its owner', () => {
  expect(r.register.agreements.map((a) => [a.kind, a.text, a.owners.join('+'), a.source.line])).toEqual([
    ['afspraak', 'BZK stuurt de cijfers.', 'BZK', 12],
    ['afspraak', 'de brief gaat naar de gemeenten.', 'BZK', 13],
    ['afspraak', "de regio's melden de locaties.", 'VNG+IPO', 14],
    ['besluit', 'de LRT stemt in met het voorstel.', '', 15],
    ['toezegging', 'SJenV informeert de Kamer.', 'JenV', 16],
    ['afspraak', 'het secretariaat plant het overleg.', 'Secretariaat', 18],
  ]);
});

it('nothing is reported lost; a misspelled label after a lead-in is reported as one', () => {
  expect(r.diagnostics.filter((d) => d.rule !== 'id-missing').map((d) => `${d.rule}@${d.line}:${d.column}`)).toEqual(['label-misspelled@20:14']);
});

it('a label without its colon after a lead-in is reported when a dash or a code follows it; a capitalised noun there is prose', () => {
  const m = run([repoFile('test/extract/fixtures/label-after-lead-in-colon-missing.md')], '2024-12-01');
  expect(m.diagnostics.filter((d) => d.rule === 'label-colon-missing').map((d) => `${d.line}:${d.column}`)).toEqual(['12:3', '13:3']);
  expect(m.register.agreements).toEqual([]);
});
