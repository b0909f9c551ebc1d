/**
 * The figures of a step over alternated rounds: its median and its range. Only the median goes
 * into a ratio; the range shows how much the shared machine moved the runs.
 */
export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Median of the values (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/** a ÷ b rounded to two decimals, as the JSON line carries ratios. */
export function ratio(a: number, b: number): number {
  return Math.round((a / b) * 100) / 100;
}

/** "1.23 (1.10–1.40)", in the unit given by `scale` (e.g. ms → s with 1/1000). */
export function formatSpread(s: Spread, scale = 1, digits = 2): string {
  const f = (v: number) => (v * scale).toFixed(digits);
  return s.n === 1 ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

export interface Target {
  name: string;
  value: number;
  limit: number;
  /** The number of meetings the issue sets the target at. */
  atMeetings: number;
}

/** "met" / "missed" against an upper limit; a figure measured at another size is marked as such. */
export function verdict(t: Target, meetings: number): string {
  const state = t.value <= t.limit ? 'met' : 'missed';
  return meetings === t.atMeetings ? state : `${state} (target set at ${t.atMeetings.toLocaleString('en')} meetings, measured at ${meetings.toLocaleString('en')})`;
}
