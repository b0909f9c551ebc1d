import { describe, expect, it } from 'vitest';
import { parseGnuTime } from './runMeasured.js';

describe('reading what GNU time wrote', () => {
  it('takes wall time, user + system CPU time and peak memory from "%e %U %S %M"', () => {
    expect(parseGnuTime('12.50 10.25 1.75 524288\n')).toEqual({ ms: 12500, cpuMs: 12000, rssMB: 512 });
  });

  it('reads the last line when the child failed and GNU time wrote a line above it', () => {
    expect(parseGnuTime('Command exited with non-zero status 1\n0.40 0.30 0.05 2048\n')).toEqual({ ms: 400, cpuMs: 350, rssMB: 2 });
  });

  it('gives up on anything else instead of inventing figures', () => {
    expect(parseGnuTime('')).toBeNull();
    expect(parseGnuTime('Command terminated by signal 9\n')).toBeNull();
  });
});
