import { describe, expect, it } from 'vitest';
import { resolveOwners, splitOwners } from '../../src/extract/resolveOwners.js';
import { buildOrganisationIndex } from '../../src/extract/organisationIndex.js';
import { buildPersonIndex, type KnownPerson } from '../../src/extract/personIndex.js';
import { registry } from '../helpers.js';

const index = buildOrganisationIndex(registry().organisaties);
const person = (naam: string, organisatie: string, openbaar: boolean, schrijfwijzen: string[] = []): KnownPerson => ({
  naam, schrijfwijzen, organisatie, openbaar, rol: null, file: 'data/people.yaml', line: 1,
});
const people = buildPersonIndex([
  person('Martin Jansen', 'VNG', true),
  person('Frank Verbeemen', 'COA', false, ['F.V.']),
  person('Frank de Wit', 'IPO', false),
]);
const resolve = (written: string) => resolveOwners('afspraak', written, '', undefined, index, people);

describe('resolveOwners with people', () => {
  it('splits people on slashes and "en", and keeps "Name (ORG)" whole', () => {
    expect(splitOwners('Stas/Dennis')).toEqual(['Stas', 'Dennis']);
    expect(splitOwners('Martin (VNG, IPO) en COA')).toEqual(['Martin (VNG, IPO)', 'COA']);
  });

  it('a known public person: the organisation as owner, the name in the register', () => {
    expect(resolve('Martin')).toMatchObject({
      owners: ['VNG'],
      people: [{ name: 'Martin Jansen', organisation: 'VNG', public: true, confirmed: true }],
      unknown: [],
      unknownPeople: [],
      nonPublic: [],
    });
    expect(resolve('M. Jansen').people[0]!.name).toBe('Martin Jansen');
  });

  it('a known non-public person: the organisation only, the name withheld and protected as written', () => {
    const r = resolve('F.V., BZK');
    expect(r.owners).toEqual(['COA', 'BZK']);
    expect(r.people).toEqual([{ name: null, organisation: 'COA', role: null, public: false, confirmed: true }]);
    expect(r.nonPublic).toEqual(['F.V.']);
    expect(resolve('Verbeemen, F.').owners).toEqual(['COA']);
  });

  it('a first name two people share is no one in particular: an unknown person', () => {
    const r = resolve('Frank');
    expect(r.owners).toEqual([]);
    expect(r.unknownPeople).toEqual([{ name: 'Frank', org: null }]);
  });

  it('an unknown person beside a known organisation: a warning, owned by the organisation', () => {
    const r = resolve('Karim (VNG)');
    expect(r).toMatchObject({ owners: ['VNG'], unknown: [], unknownPeople: [{ name: 'Karim', org: 'VNG' }], nonPublic: ['Karim'] });
    expect(r.people).toEqual([{ name: null, organisation: 'VNG', role: null, public: false, confirmed: false }]);
  });

  it('a misspelled code is still an error, also beside a name', () => {
    expect(resolve('BZKK').unknown).toEqual(['BZKK']);
    expect(resolve('Karim (VGN)')).toMatchObject({ unknown: ['VGN'], unknownPeople: [{ name: 'Karim', org: null }] });
  });
});
