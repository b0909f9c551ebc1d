import { describe, expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';
import { findNamesInOutput } from '../../src/publish/site/findNamesInOutput.js';

/** Adversarial pass (2 December 2026): spellings of a non-public name nobody tried before. */
const rules = (file: string) => run([repoFile(file)]).diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}`);

describe('a non-public name with an umlaut, written the other way', () => {
  const file = 'test/extract/fixtures/name-umlaut-written-with-e.md';

  it('"Müller" written "Mueller" and "Kuehne" written "Kühne" are found by check, in the agenda, text and heading', () => {
    expect(rules(file)).toEqual([
      'name-not-public@12:20',
      'name-not-public@17:6',
      'name-not-public@18:3',
      'name-not-public@20:19',
      'name-not-public@22:3',
    ]);
  });

  it('and by the publication gate', () => {
    const names = run([repoFile(file)]).records.flatMap((x) => (x.kind === 'verslag' ? x.nonPublicNames : []));
    for (const text of ['<p>Toelichting Mueller</p>', '{"t":"Mueller-Smit"}', '<li>Mevr. K&uuml;hne</li>'])
      expect(findNamesInOutput([{ path: 'x.html', text }], names), text).toHaveLength(1);
  });
});

describe('a civil servant named with the unit after a comma, dash, "van" or in square brackets', () => {
  it('in the attendees and the text: an error at each, public office holders and partners left alone', () => {
    expect(rules('test/extract/fixtures/civil-servant-unit-after-comma-or-dash.md').filter((r) => !r.startsWith('attendee-org-unknown'))).toEqual([
      'name-civil-servant@8:5',
      'name-civil-servant@9:5',
      'name-civil-servant@10:5',
      'name-civil-servant@11:5',
      'name-civil-servant@12:5',
      'name-civil-servant@13:5',
      'name-civil-servant@23:3',
      'name-civil-servant@24:20',
      'name-civil-servant@25:3',
    ]);
  });

  it('in a status update without brackets', () => {
    expect(rules('test/extract/fixtures/civil-servant-status-update/agreements/2024-03-20-lrt-2024-03-07-1.md')).toContain('name-civil-servant@7:28');
  });
});

describe('a non-public name inside a URL or an attribute', () => {
  const file = 'test/extract/fixtures/name-in-link-target-and-autolink.md';

  it('check finds it in a link target, an e-mail and web autolink and an image title; not in a comment', () => {
    expect(rules(file)).toEqual([
      'name-not-public@14:42',
      'name-not-public@15:15',
      'name-not-public@15:62',
      'name-not-public@16:43',
    ]);
  });

  it('the publication gate finds it in an href, src or title, as check does', () => {
    const names = run([repoFile(file)]).records.flatMap((x) => (x.kind === 'verslag' ? x.nonPublicNames : []));
    for (const text of ['<a href="https://example.nl/docs/zonneveld-notitie.pdf">het stuk</a>', '<a href="mailto:g.zonneveld@example.nl">mail</a>', '<img src="x.png" title="Mevr. Zonneveld">'])
      expect(findNamesInOutput([{ path: 'x.html', text }], names), text).toHaveLength(1);
    expect(findNamesInOutput([{ path: 'x.html', text: '<a href="/vergaderingen/lrt-2024-04-01/" class="kaart">Opening</a>' }], names)).toEqual([]);
  });
});

describe('a civil servant named by a function, or after "namens" and a unit', () => {
  it('an error at each name (a feminine function too; after "namens", a title or up to three words); a function without a name, a public office and a sentence opener are left alone', () => {
    expect(rules('test/extract/fixtures/civil-servant-named-by-function.md').filter((r) => r.startsWith('name-'))).toEqual([
      'name-civil-function@8:5',
      'name-civil-function@9:5',
      'name-civil-function@10:5',
      'name-civil-servant@20:21',
      'name-civil-function@21:6',
      'name-civil-function@22:22',
      'name-civil-function@23:3',
      'name-civil-function@24:3',
      'name-civil-servant@25:15',
      'name-civil-function@35:3',
      'name-civil-function@36:3',
      'name-civil-servant@37:20',
      'name-civil-servant@38:25',
    ]);
  });
});

describe('a civil servant in a table, the unit or function in the next cell', () => {
  it('an error at a plain name (title, initials, particle); subjects of an action table and public offices left alone', () => {
    expect(rules('test/extract/fixtures/civil-servant-in-table.md').filter((r) => r.startsWith('name-'))).toEqual([
      'name-civil-function@14:3',
      'name-civil-servant@15:3',
      'name-civil-function@16:3',
    ]);
  });
});
