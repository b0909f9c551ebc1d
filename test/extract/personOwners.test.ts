import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePeople } from '../../src/parse/parsePeople.js';
import { runPipeline } from '../../src/pipeline.js';
import { ROOT, registry, repoFile } from '../helpers.js';

/**
 * Owners can be people (issue 14): each fixture in test/fixtures/owners/ through the whole
 * pipeline, with the people of test/fixtures/owners/people.yaml as the project's data/people.yaml.
 */
const PEOPLE = 'test/fixtures/owners/people.yaml';
const people = parsePeople(PEOPLE, readFileSync(path.join(ROOT, PEOPLE), 'utf8'), registry().organisaties.map((o) => o.code)).people;
const withPeople = { ...registry(), personen: people };

function run(name: string) {
  const r = runPipeline([repoFile(`test/fixtures/owners/${name}.md`)], withPeople, '2024-03-20', '2024-03-20T12:00:00.000Z');
  return {
    diagnostics: r.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`),
    messages: r.diagnostics.map((d) => d.message),
    agreements: r.register.agreements,
  };
}

describe('owners that are people', () => {
  it('a known public person: owned by the organisation, the name in the register', () => {
    const r = run('known-public-person');
    expect(r.diagnostics).toEqual([]);
    expect(r.agreements[0]!.owners).toEqual(['VNG']);
    expect(r.agreements[0]!.ownerPeople).toEqual([{ name: 'Martin Jansen', organisation: 'VNG', role: 'voorzitter werkgroep', public: true, confirmed: true }]);
  });

  it('a known non-public person, by first name and by initial: the organisation only, no name anywhere in the register', () => {
    const r = run('known-non-public-person');
    expect(r.diagnostics).toEqual([]);
    expect(r.agreements.map((a) => a.owners)).toEqual([['COA'], ['IPO']]);
    expect(r.agreements.map((a) => a.ownerPeople)).toEqual([
      [{ name: null, organisation: 'COA', role: null, public: false, confirmed: true }],
      [{ name: null, organisation: 'IPO', role: null, public: false, confirmed: true }],
    ]);
    expect(JSON.stringify(r.agreements)).not.toMatch(/Frank|Verbeemen|Okkerman/i);
  });

  it('an unknown person with the organisation in brackets: a warning that proposes the entry, owned by the organisation', () => {
    const r = run('unknown-person-with-org');
    expect(r.diagnostics).toEqual(['18:5 owner-person-unknown warning']);
    expect(r.messages[0]).toContain('- { naam: Karim, organisatie: VNG, openbaar: false }');
    expect(r.agreements[0]!.owners).toEqual(['VNG']);
    expect(r.agreements[0]!.ownerPeople).toEqual([{ name: null, organisation: 'VNG', role: null, public: false, confirmed: false }]);
  });

  it('a bare unknown first name: a warning, registered without an organisation, the name withheld', () => {
    const r = run('bare-unknown-first-name');
    expect(r.diagnostics).toEqual(['18:5 owner-person-unknown warning']);
    expect(r.agreements).toHaveLength(1);
    expect(r.agreements[0]!.owners).toEqual([]);
    expect(r.agreements[0]!.ownerPeople).toEqual([{ name: null, organisation: null, role: null, public: false, confirmed: false }]);
  });

  it('people separated by a slash: one warning each, both in the register', () => {
    const r = run('slash-separated-people');
    expect(r.diagnostics).toEqual(['18:5 owner-person-unknown warning', '18:5 owner-person-unknown warning']);
    expect(r.messages.map((m) => /"(\w+)"/.exec(m)![1])).toEqual(['Stas', 'Dennis']);
    expect(r.agreements[0]!.ownerPeople).toHaveLength(2);
  });

  it('a misspelled organisation code stays an error, with the likely code', () => {
    const r = run('misspelled-org-code');
    expect(r.diagnostics).toEqual(['18:5 owner-unknown error', '21:5 owner-unknown error']);
    expect(r.messages).toEqual([expect.stringContaining('Bedoelt u "Aedes"?'), expect.stringContaining('Bedoelt u "VNG"?')]);
  });

  it('a person owner named elsewhere in the text is a name that would be published: name-not-public at the name', () => {
    const r = run('person-owner-named-in-text');
    expect(r.diagnostics).toEqual([
      '16:1 name-not-public error',
      '16:83 name-not-public error',
      '23:5 owner-person-unknown warning',
    ]);
  });

  it('attendees written as objects are people the owners of that meeting may name', () => {
    const r = run('attendee-as-owner');
    expect(r.diagnostics).toEqual([]);
    expect(r.agreements.map((a) => [a.owners, a.ownerPeople.map((p) => p.name)])).toEqual([
      [['VNG'], [null]],
      [['COA'], ['Joost Prins']],
    ]);
  });
});
