import { describe, expect, it } from 'vitest';
import { formatSpread, median, ratio, spread, verdict } from './stats.js';

describe('median and range of alternated rounds', () => {
  it('takes the middle value of an odd count, whatever the order of the rounds', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([9, 1, 5, 7, 3])).toBe(5);
  });

  it('takes the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('does not reorder the values it is given', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
  });

  it('refuses an empty list instead of answering NaN', () => {
    expect(() => median([])).toThrow();
  });

  it('reports the range next to the median', () => {
    expect(spread([12.5, 11.0, 14.0])).toEqual({ median: 12.5, min: 11.0, max: 14.0, n: 3 });
  });

  it('prints one run without a range and several with it', () => {
    expect(formatSpread(spread([1234]), 1 / 1000)).toBe('1.23');
    expect(formatSpread(spread([1000, 1500, 2000]), 1 / 1000)).toBe('1.50 (1.00–2.00)');
  });

  it('rounds ratios to two decimals', () => {
    expect(ratio(2, 3)).toBe(0.67);
    expect(ratio(15, 10)).toBe(1.5);
  });
});

describe('targets', () => {
  const target = { name: 'coldBuildVsFloor', limit: 1.5, atMeetings: 2000 };

  it('is met at the limit itself and missed above it', () => {
    expect(verdict({ ...target, value: 1.5 }, 2000)).toBe('met');
    expect(verdict({ ...target, value: 1.51 }, 2000)).toBe('missed');
  });

  it('says so when measured at another size than the target is set at', () => {
    expect(verdict({ ...target, value: 3 }, 200)).toBe('missed (target set at 2,000 meetings, measured at 200)');
  });
});
