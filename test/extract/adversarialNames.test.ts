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
