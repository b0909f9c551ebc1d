import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lrt, ROOT, scratchWith } from '../helpers.js';
import { filesUnder, readableForms } from './readableForms.js';

/**
 * Owners can be people (issue 14), and a person is not public unless marked so (Woo art. 5.1.2e).
 * A scratch project with test/fixtures/owners/people.yaml as data/people.yaml and the owner
 * fixtures as minutes: `lrt build` succeeds, a public person's name is on the site, and no name of
 * a non-public or unconfirmed person is in any file it writes (HTML, register JSON, CSV, ICS,
 * feed, search index), in any form. Writing such a name elsewhere stops the build.
 */
const fixture = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/owners', name), 'utf8');
const CASES = ['known-public-person', 'known-non-public-person', 'unknown-person-with-org', 'bare-unknown-first-name', 'slash-separated-people', 'attendee-as-owner'];

/** Each fixture as one meeting of its own: the same table, a day apart. */
function minutes(): Record<string, string> {
  return Object.fromEntries(
    CASES.map((c, i) => {
      const date = `2024-03-${String(11 + i).padStart(2, '0')}`;
      return [`minutes/${date}-${c}.md`, fixture(`${c}.md`).replaceAll('2024-03-12', date)];
    }),
  );
}

/** Every name and spelling of a person whose name must not be published, as whole words. */
const WITHHELD = ['Frank', 'Verbeemen', 'F.V.', 'Ilse', 'Okkerman', 'Karim', 'Ruud', 'Stas', 'Dennis', 'Sanne', 'Hoekstra'];
const word = (n: string) => new RegExp(`(?<![\\p{L}])${n.toLowerCase().replace(/\./g, '\\.')}(?![\\p{L}])`, 'u');

const project = (extra: Record<string, string> = {}) =>
  scratchWith({ 'data/people.yaml': fixture('people.yaml'), ...minutes(), ...extra }, 'lrt-eigenaar-');

describe('people as owners in the built site', () => {
  it('public names are shown, the others appear in no file of the output in any form', async () => {
    const dir = project();
    const r = await lrt(['build', '--as-of', '2024-03-20', '-o', '_site'], dir);
    expect(r.code, r.err).toBe(0);
    const files = filesUnder(path.join(dir, '_site'));
    expect(files.map((f) => path.extname(f))).toEqual(expect.arrayContaining(['.html', '.json', '.csv', '.ics', '.xml']));
    expect(files.some((f) => /zoek|search|index.*\.json/.test(path.basename(f)))).toBe(true);

    const hits: string[] = [];
    for (const f of files) {
      const forms = readableForms(readFileSync(f, 'latin1')).concat(readableForms(readFileSync(f, 'utf8')));
      for (const n of WITHHELD) if (forms.some((t) => word(n).test(t))) hits.push(`${path.relative(dir, f)}: ${n}`);
    }
    expect(hits).toEqual([]);

    // The organisation is shown for every person; the name only for the public ones.
    const register = JSON.parse(readFileSync(path.join(dir, '_site/data/register.json'), 'utf8'));
    const owners = Object.fromEntries(register.agreements.map((a: { meeting: { date: string }; id: string; owners: string[] }) => [a.id, a.owners]));
    expect(owners['prt-utrecht-2024-03-11-1']).toEqual(['VNG']);
    expect(owners['prt-utrecht-2024-03-12-1']).toEqual(['COA']);
    expect(owners['prt-utrecht-2024-03-13-1']).toEqual(['VNG']);
    expect(owners['prt-utrecht-2024-03-14-1']).toEqual([]);
    const page = (id: string) => readFileSync(path.join(dir, '_site/afspraken', id, 'index.html'), 'utf8').replace(/<[^>]*>/g, '');
    expect(page('prt-utrecht-2024-03-11-1')).toContain('Martin Jansen');
    expect(page('prt-utrecht-2024-03-16-2')).toContain('Joost Prins');
    expect(page('prt-utrecht-2024-03-14-1')).toContain('eigenaar onbekend (persoon, naam niet openbaar)');
    expect(readFileSync(path.join(dir, '_site/data/register.csv'), 'utf8')).toContain('Martin Jansen (VNG)');

    // A page per public person, under their organisation's; none for anyone else.
    const personPages = filesUnder(path.join(dir, '_site/eigenaren'))
      .map((f) => path.relative(path.join(dir, '_site/eigenaren'), f).split(path.sep))
      .filter((parts) => parts.length === 3)
      .map((parts) => parts.slice(0, 2).join('/'));
    expect(personPages.sort()).toEqual(['coa/joost-prins', 'vng/martin-jansen']);
    const martin = readFileSync(path.join(dir, '_site/eigenaren/vng/martin-jansen/index.html'), 'utf8');
    expect(martin).toContain('prt-utrecht-2024-03-11-1');
    expect(martin).not.toContain('prt-utrecht-2024-03-13-1');
    expect(page('prt-utrecht-2024-03-11-1')).toContain('Martin Jansen, voorzitter werkgroep');
    // The public name is searchable: it is among the search index's terms.
    const terms = filesUnder(path.join(dir, '_site/data/zoeken')).map((f) => readFileSync(f, 'utf8').toLowerCase());
    expect(terms.some((t) => t.includes('martin'))).toBe(true);
  });

  const LEAKS: [string, Record<string, string>][] = [
    ['a known non-public person by surname in the text', { 'minutes/2024-03-12-known-non-public-person.md': fixture('known-non-public-person.md').replace('Het COA levert', 'Verbeemen levert') }],
    ['a known non-public person by first name in an agenda item', { 'minutes/2024-03-12-known-non-public-person.md': fixture('known-non-public-person.md').replaceAll('1. Huisvesting statushouders', '1. Huisvesting statushouders (toelichting Frank)') }],
    ['an unconfirmed owner by name in the text', { 'minutes/2024-03-14-bare-unknown-first-name.md': fixture('bare-unknown-first-name.md').replaceAll('2024-03-12', '2024-03-14').replace('De planning', 'Ruud zegt: de planning') }],
  ];

  it.each(LEAKS)('%s: check reports it and the build stops, writing nothing', async (_how, files) => {
    const dir = project(files);
    const check = await lrt(['check'], dir);
    expect(check.code).toBe(1);
    expect(check.out + check.err).toContain('[name-not-public]');
    const r = await lrt(['build', '--as-of', '2024-03-20', '-o', '_site'], dir);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, '_site'))).toBe(false);
  });
});
