import { describe, expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';

/** Adversarial pass (2 December 2026): owners written as Dutch minutes write them, inferred as the chair's before. */
describe('owners inferred from the text', () => {
  it('several organisations opening a sentence, and an owner in brackets, after a dash or as "Trekker:" at the end', () => {
    const r = run([repoFile('test/extract/fixtures/owners-coordinated-and-at-end.md')]);
    expect(r.register.agreements.map((a) => `${a.source.line}: ${a.owners.join('+')}${a.ownersInferred ? ' (afgeleid)' : ''}`)).toEqual([
      '10: BZK+VNG (afgeleid)',
      '11: VNG+IPO+BZK (afgeleid)',
      '12: BZK+VNG (afgeleid)',
      '13: COA+IND (afgeleid)',
      '14: BZK (afgeleid)',
      '15: COA (afgeleid)',
      '16: VNG (afgeleid)',
      '17: IPO (afgeleid)',
      // No organisation written: the chair's, as before.
      '18: JenV (afgeleid)',
      // The subject of the first sentence; a second clause does not add its subject.
      '19: BZK (afgeleid)',
    ]);
  });
});
