import { expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';
import { RegistrySchema } from '../../src/schema/registry.js';

/**
 * "DG Migratie" is how the minutes write DGM, a unit of JenV: units had no aliases, so it owned
 * nothing (the chair's organisation got the agreement) and a name beside it went unchecked. Units
 * take `aliassen` in data/organisations.yaml, as organisations and roles do: data, not code.
 */
const r = run([repoFile('test/extract/fixtures/unit-alias-dg-migratie.md')], '2024-12-01');

it('a unit written by its alias owns the agreement as its organisation', () => {
  expect(r.register.agreements.map((a) => [a.owners.join('+'), a.ownersInferred])).toEqual([
    ['JenV', true],
    ['JenV', false],
    ['BZK+JenV', true],
  ]);
});

it('a name beside the alias is a civil servant', () => {
  expect(r.diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}`)).toEqual(['name-civil-servant@19:20']);
});

it('a unit without aliassen still reads as before', () => {
  const orgs = [{ code: 'X', naam: 'X', soort: 'rijk', eenheden: [{ code: 'DGX', naam: 'Directoraat X' }] }];
  expect(RegistrySchema.shape.organisaties.parse(orgs)[0]!.eenheden[0]!.aliassen).toEqual([]);
});
