import { describe, expect, it } from 'vitest';
import { ownerShape } from '../../src/extract/ownerShape.js';
import { buildOrganisationIndex } from '../../src/extract/organisationIndex.js';
import { registry } from '../helpers.js';

const index = buildOrganisationIndex(registry().organisaties);

describe('ownerShape: a person or a misspelled organisation code', () => {
  it.each(['Frank', 'Stas', 'Dennis', 'Jan de Vries', 'J. Bakker', 'Dhr. Jansen', 'Jean-Pierre', 'Anne-Marie van der Berg', "D'Ancona", 'mevrouw De Vries', 'de heer Jansen', 'Mw. Bakker'])('%s is a person', (w) => {
    expect(ownerShape(w, index)).toBe('person');
  });

  it.each([
    ['BZKK', 'two or more capitals'],
    ['VGN', 'all capitals'],
    ['JnV', 'capitals inside'],
    ['bzk', 'lower case only'],
    ['Aedis', 'one letter off Aedes'],
    ['Nidso', 'two letters swapped in Nidos'],
    ['Gemeente Maastricht', 'an organisation word'],
    ['Woonbond', 'an organisation ending'],
    ['Team 3', 'a digit'],
    ['de huurders', 'no capitalised name'],
  ])('%s is a code (%s)', (w) => {
    expect(ownerShape(w, index)).toBe('code');
  });
});
