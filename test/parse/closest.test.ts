import { describe, expect, it } from 'vitest';
import { closest } from '../../src/parse/closest.js';

describe('closest', () => {
  const ids = ['lrt-2023-02-02-3', 'lrt-2023-04-21-3', 'lrt-2023-04-25-1'];
  it('takes two swapped neighbours as one typo', () => {
    expect(closest('lrt-2023-04-12-3', ids, 2)).toBe('lrt-2023-04-21-3');
    expect(closest('Afpsraak', ['Afspraak', 'Besluit'])).toBe('Afspraak');
  });
  it('suggests nothing when nothing is near', () => {
    expect(closest('lrt-2019-11-30-9', ids, 2)).toBeUndefined();
  });
});
