import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lrt, ROOT, scratchWith } from '../helpers.js';
import { importMinutes } from '../../src/import/importMinutes.js';
import { peopleSnippet } from '../../src/import/proposePeople.js';
import { registry } from '../helpers.js';

/**
 * The importer on a working group's minutes whose actions belong to people: "Actie Frank:",
 * "Actiepunt voor Martin:", "(Actie: Stas/Dennis)", "Actie Karim (VNG):", and a misspelled code.
 * The people are kept as owners and proposed for data/people.yaml, non-public; the draft passes
 * lrt check with warnings only.
 */
const FIXTURE = 'test/fixtures/owners/import/werkgroep-acties-personen.txt';
const text = readFileSync(path.join(ROOT, FIXTURE), 'utf8');

/** What the fixture's actions name, and what the draft must make of them. */
const EXPECTED_OWNERS = ['Frank', 'Martin', 'Stas, Dennis', 'Karim (VNG)', null];

describe('lrt import with people as owners', () => {
  const r = importMinutes(text, registry(), { orgaan: 'PRT Utrecht' });

  it('writes each person as the owner of their action, and leaves a misspelled code out as a comment', () => {
    const owners = [...r.markdown.matchAll(/^- Actiepunt: .*\n(?:  - eigenaar: (.*)\n)?(?:  <!-- (.*) -->\n)?/gm)].map((m) => m[1] ?? null);
    expect(owners).toEqual(EXPECTED_OWNERS);
    expect(r.markdown).toContain('<!-- eigenaar in de bron: BZKK -->');
    const found = owners.filter((o, i) => o === EXPECTED_OWNERS[i]).length;
    expect(`${found}/${EXPECTED_OWNERS.length}`).toBe('5/5');
  });

  it('notes each person and proposes them for data/people.yaml, not public', () => {
    expect(r.notes.filter((n) => n.message.startsWith('Eigenaar "')).map((n) => `${n.line}: ${/"([^"]+)"/.exec(n.message)![1]}`)).toEqual([
      '12: Frank',
      '14: Martin',
      '16: Stas',
      '16: Dennis',
      '18: Karim',
    ]);
    // The importer returns the people it kept as owners, once each: not read back from the draft.
    expect(peopleSnippet(r.people)).toBe(
      [
        '- { naam: Frank, organisatie: CODE, openbaar: false }  # vul de organisatie in',
        '- { naam: Martin, organisatie: CODE, openbaar: false }  # vul de organisatie in',
        '- { naam: Stas, organisatie: CODE, openbaar: false }  # vul de organisatie in',
        '- { naam: Dennis, organisatie: CODE, openbaar: false }  # vul de organisatie in',
        '- { naam: Karim, organisatie: VNG, openbaar: false }',
      ].join('\n'),
    );
  });

  it('does not propose a person data/people.yaml already knows, by a listed spelling too', () => {
    const reg = registry();
    const frank = { naam: 'Frank Mulder', schrijfwijzen: ['Frank'], organisatie: 'VNG', openbaar: false, overleggen: [] };
    const known = importMinutes(text, { ...reg, personen: [{ person: frank, file: 'data/people.yaml', line: 1 }] } as typeof reg, { orgaan: 'PRT Utrecht' });
    expect(known.people.map((p) => p.name)).toEqual(['Martin', 'Stas', 'Dennis', 'Karim']);
  });

  it('gives a draft that passes lrt check without errors; once the people are confirmed, without owner warnings', async () => {
    const dir = scratchWith({ 'import/werkgroep.txt': text, 'minutes/.gitkeep': '' });
    const imported = await lrt(['import', 'import/werkgroep.txt', '--orgaan', 'PRT Utrecht', '-o', 'minutes/2024-03-12-prt-utrecht.md'], dir);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.err).toContain('# Voorstel voor data/people.yaml');
    const check = await lrt(['check'], dir);
    expect(check.code, check.out + check.err).toBe(0);
    expect((check.out + check.err).match(/\[owner-person-unknown\]/g)).toHaveLength(5);

    // The secretariat confirms the proposal (organisations filled in): the warnings go, the names stay withheld.
    const confirmed = scratchWith({
      'minutes/2024-03-12-prt-utrecht.md': readFileSync(path.join(dir, 'minutes/2024-03-12-prt-utrecht.md'), 'utf8'),
      'data/people.yaml': [
        '- { naam: Frank, organisatie: COA, openbaar: false }',
        '- { naam: Martin, organisatie: VNG, openbaar: false }',
        '- { naam: Stas, organisatie: IPO, openbaar: false }',
        '- { naam: Dennis, organisatie: IPO, openbaar: false }',
        '- { naam: Karim, organisatie: VNG, openbaar: false }',
        '',
      ].join('\n'),
    });
    const again = await lrt(['check'], confirmed);
    expect(again.code).toBe(0);
    expect(again.out + again.err).not.toContain('[owner-person-unknown]');
    const reg = await lrt(['register'], confirmed);
    const agreements = JSON.parse(reg.out).agreements as { owners: string[]; ownerPeople: { name: string | null }[] }[];
    expect(agreements.map((a) => a.owners)).toEqual([['COA'], ['VNG'], ['IPO'], ['VNG'], ['JenV']]);
    expect(reg.out).not.toMatch(/Frank|Martin|Stas|Dennis|Karim/);
  });

  it('a folder import writes the proposal beside the drafts', async () => {
    const dir = scratchWith({ 'import/werkgroep.txt': text });
    const r2 = await lrt(['import', 'import', '--orgaan', 'PRT Utrecht', '-o', 'concepten'], dir);
    expect(r2.code, r2.err).toBe(0);
    const proposal = readFileSync(path.join(dir, 'concepten/personen-voorstel.yaml'), 'utf8');
    expect(proposal).toContain('- { naam: Karim, organisatie: VNG, openbaar: false }');
  });

  it('takes "Actie: Frank" on the line after the action, and "Actiepunt voor Martin:" after a sentence on the same line, as the owner of that action', () => {
    const after = importMinutes(readFileSync(path.join(ROOT, 'test/fixtures/owners/import/actie-naam-na-de-actie.txt'), 'utf8'), registry(), { orgaan: 'PRT Utrecht' });
    const actions = [...after.markdown.matchAll(/^- Actiepunt: (.*)\n(?:  - eigenaar: (.*)\n)?/gm)].map((m) => [m[1], m[2] ?? null]);
    expect(actions).toEqual([
      ['De notitie over spreiding wordt aangepast en voor de volgende vergadering rondgestuurd.', 'Frank'],
      ['stuurt de planning rond voor 1 mei.', 'Martin'],
      ['De gemeente meldt dat de locatie in juni opent.', 'Anouk (VNG)'],
    ]);
    // Written out with a title, too.
    const titled = importMinutes(
      'Verslag werkgroep 9 april 2024\n\n1. Notitie\nDe notitie wordt aangepast en rondgestuurd.\nActie: mevrouw De Vries\n',
      registry(),
      { orgaan: 'PRT Utrecht' },
    );
    expect(titled.markdown).toMatch(/^- Actiepunt: De notitie wordt aangepast en rondgestuurd\.\n  - eigenaar: mevrouw De Vries$/m);
    // No action left whose text is only the name.
    expect(after.markdown).not.toMatch(/^- Actiepunt: (?:Frank|Anouk)/m);
    expect(after.people).toEqual([
      { name: 'Frank', org: null },
      { name: 'Martin', org: null },
      { name: 'Anouk', org: 'VNG' },
    ]);
  });
});
