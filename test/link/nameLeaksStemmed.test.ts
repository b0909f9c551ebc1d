import { describe, expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';
import { findNamesInOutput } from '../../src/publish/site/findNamesInOutput.js';
import { dutchStem } from '../../src/language/dutchStem.js';

/**
 * Adversarial pass (2 December 2026): the search index keeps words stemmed, so "Zonnevelden" is
 * published as "zonneveld", the name; the gate refused the build while check was green.
 */
describe('a word the search index stems to a non-public name', () => {
  const file = 'test/link/fixtures/name-stemmed-by-search-index.md';
  const r = run([repoFile(file)]);
  const names = r.records.flatMap((x) => (x.kind === 'verslag' ? x.nonPublicNames : []));

  it('is reported by check where the gate would refuse the index; a word with another stem is not', () => {
    expect(r.diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}`)).toEqual(['name-not-public@14:6']);
    for (const word of ['Zonnevelden', 'zonneveldje', 'Zonneveldweg']) {
      const gate = findNamesInOutput([{ path: 'data/zoeken/termen-0.json', text: JSON.stringify([dutchStem(word)]) }], names).length > 0;
      expect(gate, word).toBe(word === 'Zonnevelden');
    }
  });
});
