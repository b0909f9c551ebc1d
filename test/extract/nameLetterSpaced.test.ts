import { expect, it } from 'vitest';
import { repoFile, run, shippedSources } from '../helpers.js';
import { findNamesInOutput } from '../../src/publish/site/findNamesInOutput.js';

/**
 * A name written a letter at a time ("J. d e  V r i e s", "J a n s e n") reads as the name to anyone,
 * but slipped through both name checks: the non-public names "in any spelling" and the civil
 * servant beside a unit. Both read it now, at the place it starts; ordinary text is left alone.
 */
const file = 'test/extract/fixtures/name-letter-spaced.md';
const r = run([repoFile(file)], '2024-12-01');
const said = r.diagnostics.filter((d) => d.rule !== 'id-missing').map((d) => `${d.rule}@${d.line}:${d.column}`);

it('a non-public name spelled out is found by check where it starts', () => {
  expect(said.filter((s) => s.startsWith('name-not-public'))).toEqual(['name-not-public@16:34', 'name-not-public@18:44']);
});

it('a letter-spaced name beside a unit is a civil servant, in the attendees and the text', () => {
  expect(said.filter((s) => s.startsWith('name-civil-servant'))).toEqual(['name-civil-servant@9:5', 'name-civil-servant@20:13', 'name-civil-servant@24:3']);
});

it('nothing else is said: "bijlage a b c en d" is no name', () => {
  expect(said.filter((s) => !s.startsWith('name-'))).toEqual([]);
});

it('the publication gate finds the spelled-out name too', () => {
  const names = r.records.flatMap((x) => (x.kind === 'verslag' ? x.nonPublicNames : []));
  for (const text of ['<p>J. d e  V r i e s belt</p>', '{"t":"A n n a  B a k k e r"}'])
    expect(findNamesInOutput([{ path: 'x.html', text }], names), text).toHaveLength(1);
  expect(findNamesInOutput([{ path: 'x.html', text: '<p>zie bijlage a b c en d</p>' }], names)).toHaveLength(0);
});

it('the shipped minutes still check as before: no name reported', () => {
  expect(run(shippedSources()).diagnostics.filter((d) => d.rule.startsWith('name-'))).toEqual([]);
});
