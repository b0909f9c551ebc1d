import { isRealDate } from '../schema/isoDate.js';

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, febr: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6, juli: 7, jul: 7,
  augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export interface FoundDate {
  iso: string;
  /** The words as written. */
  text: string;
  index: number;
}

const WRITTEN = new RegExp(`\\b(\\d{1,2})(?:e|ste|de)?\\s+(${Object.keys(MONTHS).join('|')})\\.?\\s+(\\d{4})(?!\\d)`, 'i');
const NUMERIC = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The first full date in a text: "2 februari 2023", "donderdag 2 feb. 2023", "02-02-2023", "2/2/2023", "2023-02-02". */
export function parseDutchDate(text: string): FoundDate | null {
  const found: FoundDate[] = [];
  const w = WRITTEN.exec(text);
  if (w) push(found, +w[3]!, MONTHS[w[2]!.toLowerCase()]!, +w[1]!, w);
  const n = NUMERIC.exec(text);
  if (n) push(found, +n[3]!, +n[2]!, +n[1]!, n);
  const i = ISO.exec(text);
  if (i) push(found, +i[1]!, +i[2]!, +i[3]!, i);
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}

function push(out: FoundDate[], y: number, m: number, d: number, match: RegExpExecArray): void {
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (isRealDate(iso)) out.push({ iso, text: match[0], index: match.index });
}

const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:e|ste|de)?\\s+(${Object.keys(MONTHS).join('|')})\\b\\.?(?!\\s+\\d{4})`, 'i');

/** A day and month without a year ("Donderdag 8 februari"): the caller has to find the year elsewhere. */
export function parseDayMonth(text: string): { day: number; month: number; text: string } | null {
  const m = DAY_MONTH.exec(text);
  return m ? { day: +m[1]!, month: MONTHS[m[2]!.toLowerCase()]!, text: m[0] } : null;
}

/** The date with that day and month in a year, or null if there is none (30 februari). */
export function withYear(dm: { day: number; month: number }, year: number): string | null {
  const iso = `${year}-${String(dm.month).padStart(2, '0')}-${String(dm.day).padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}
