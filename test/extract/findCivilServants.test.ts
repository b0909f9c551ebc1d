import { describe, expect, it } from 'vitest';
import { buildOrganisationIndex } from '../../src/extract/organisationIndex.js';
import { civilServantsInText, personBefore } from '../../src/extract/findCivilServants.js';
import { registry } from '../helpers.js';

const index = buildOrganisationIndex(registry().organisaties);
const flagged = (line: string) => civilServantsInText('x.md', line, index, new Set(), []).map((d) => `${d.rule}@${d.column}`);

describe('which codes make a name a civil servant’s (data/organisations.yaml)', () => {
  it('units and ministries are staff, roles and CdK are public, VNG and IPO are not judged', () => {
    expect(['DGM', 'DGVB', 'DGRVB', 'DGOBDR', 'JenV', 'BZK', 'SZW', 'IND', 'Directoraat-Generaal Migratie'].map((c) => index.personOf(c))).toEqual(Array(9).fill('ambtelijk'));
    expect(['SJenV', 'MBZK', 'MVRO', 'MSZW', 'CdK', 'CdK’s', 'Staatssecretaris van JenV', 'Minister van BZK'].map((c) => index.personOf(c))).toEqual(Array(8).fill('openbaar'));
    expect(['VNG', 'IPO', 'VB', 'COA', 'onbekend'].map((c) => index.personOf(c))).toEqual(Array(5).fill(undefined));
  });

  it('units still resolve to their organisation as owners', () => {
    expect(['DGM', 'DGVB', 'DGRVB', 'DGOBDR', 'Minister van BZK', 'de Staatssecretaris'].map((c) => index.lookup(c))).toEqual(['JenV', 'VRO', 'RVB', 'BZK', 'BZK', 'JenV']);
  });
});

describe('a personal name before a civil-service unit in the text', () => {
  it.each([
    ['- J. Bakker (DGM) licht toe.', 3],
    ['- Mevr. drs. J. Bakker (DGM) licht toe.', 3],
    ['- Toelichting door Jan Bakker (DGVB).', 20],
    ['- Bakker, J. (DGM) licht toe.', 3],
    ['- Jan Bakker (DGM/JenV) licht toe.', 3],
    ['- Het rapport van Bakker (JenV) wordt besproken.', 19],
    ['- Actie: Frank (DGM) belt IPO.', 10],
  ])('%j is an error at column %i', (line, column) => {
    expect(flagged(line)).toEqual([`name-civil-servant@${column}`]);
  });

  it.each([
    '- (DGM) licht toe.',
    '- Dhr. De Jonge (MVRO) licht toe.',
    '- Dhr. Van der Burg (SJenV, DGM) licht toe.',
    '- Mevr. Mulder (VNG) licht toe.',
    '- Toelichting (DGM) op de cijfers.',
    '- Directie Migratiebeleid (DGM) licht toe.',
    '- Het voorstel van de Directie Migratiebeleid (DGM) wordt besproken.',
    '- De Kamerbrief (JenV) gaat naar de Kamer.',
    '- Minister van BZK (BZK) is verhinderd.',
    '- BZK (DGOBDR) stuurt de brief.',
    '- BGM Margo Mulder (Goes) is nieuw.',
  ])('%j is not', (line) => {
    expect(flagged(line)).toEqual([]);
  });

  it('an attendee entry is a person whenever it holds a name', () => {
    expect(personBefore('ondersteuning (DGM)', 14, index, true)).toBe(-1);
    expect(personBefore('j. bakker (DGM)', 10, index, true)).toBe(0);
  });
});
