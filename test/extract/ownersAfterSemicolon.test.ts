import { expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';

/**
 * "Actie: BZK; VNG": a semicolon between owners lost the second (and, in the text, the first too:
 * the chair got it). It lists owners as a comma does, as "eigenaar: BZK; VNG" always read it.
 */
const r = run([repoFile('test/extract/fixtures/owners-after-semicolon.md')], '2024-12-01');

it('every organisation after a semicolon owns the block too', () => {
  expect(r.register.agreements.map((a) => a.owners.join('+'))).toEqual([
    'BZK+VNG',
    'BZK+VNG',
    'BZK+VNG',
    'COA',
    'IPO+VNG',
    'BZK+VNG',
    // A semicolon between two sentences: the first sentence's subject, as before.
    'BZK',
  ]);
});
