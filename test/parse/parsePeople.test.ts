import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePeople } from '../../src/parse/parsePeople.js';
import { dutchErrors } from '../../src/read/readRegistry.js';
import { ROOT, registry } from '../helpers.js';

const codes = registry().organisaties.map((o) => o.code);
const parse = (name: string) => {
  const file = `test/fixtures/owners/${name}`;
  return parsePeople(file, readFileSync(path.join(ROOT, file), 'utf8'), codes, dutchErrors);
};
const at = (r: ReturnType<typeof parse>) => r.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`);

describe('data/people.yaml', () => {
  it('reads each person with the line it starts on, non-public unless marked', () => {
    const r = parse('people.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.people.map((p) => [p.person.naam, p.person.organisatie, p.person.openbaar, p.line])).toEqual([
      ['Martin Jansen', 'VNG', true, 2],
      ['Frank Verbeemen', 'COA', false, 8],
      ['Ilse Okkerman', 'IPO', false, 11],
    ]);
    expect(r.people[2]!.person.overleggen).toEqual(['PRT Utrecht']);
  });

  it('an unknown key: an error at that key, in Dutch', () => {
    const r = parse('bad-people/onbekende-sleutel.yaml');
    expect(at(r)).toEqual(['3:3 people-invalid error']);
    expect(r.diagnostics[0]!.message).toMatch(/^Fout in de personenlijst: persoon 1: .*telefoon/);
    expect(r.people).toEqual([]);
  });

  it('a missing organisation: an error at the person', () => {
    const r = parse('bad-people/organisatie-ontbreekt.yaml');
    expect(at(r)).toEqual(['3:3 people-invalid error']);
    expect(r.diagnostics[0]!.message).toContain('persoon 2 → organisatie');
  });

  it('openbaar: true without a reason: an error at openbaar', () => {
    const r = parse('bad-people/openbaar-zonder-reden.yaml');
    expect(at(r)).toEqual(['3:13 people-invalid error']);
    expect(r.diagnostics[0]!.message).toContain('reden');
  });

  it('an organisation the registry does not know: an error at it, with the likely code', () => {
    const r = parse('bad-people/onbekende-organisatie.yaml');
    expect(at(r)).toEqual(['4:16 people-org-unknown error']);
    expect(r.diagnostics[0]!.message).toContain('Bedoelt u "VNG"?');
  });

  it('a YAML syntax error: at its place', () => {
    const r = parse('bad-people/yaml-fout.yaml');
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics[0]!.rule).toBe('people-invalid');
    expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
  });
});
