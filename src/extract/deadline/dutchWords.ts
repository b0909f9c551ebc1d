/**
 * Dutch word lists and regex fragments, written for the normalised text
 * (lower case, accents stripped, one kind of space, apostrophe and dash).
 */

/** Not preceded / followed by a letter or digit: a word edge that also works next to digits. */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

export const MONTH_NAMES = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;
export const MONTH_PATTERN = `(${MONTH_NAMES.join('|')})`;

export function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name as (typeof MONTH_NAMES)[number]) + 1;
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}

export const WEEKDAY_NAMES = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
export const WEEKDAY_PATTERN = `(${WEEKDAY_NAMES.join('|')})`;

/** ISO weekday number, 1 = maandag. */
export function weekdayNumber(name: string): number {
  return WEEKDAY_NAMES.indexOf(name as (typeof WEEKDAY_NAMES)[number]) + 1;
}

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday - 1] ?? '';
}

const COUNT_WORDS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8,
  negen: 9, tien: 10, elf: 11, twaalf: 12, veertien: 14,
};
export const COUNT_PATTERN = `(\\d{1,3}|${Object.keys(COUNT_WORDS).join('|')})`;

export function countValue(word: string): number {
  return COUNT_WORDS[word] ?? Number(word);
}

const ORDINALS: Record<string, number> = {
  eerste: 1, '1e': 1, '1ste': 1, tweede: 2, '2e': 2, '2de': 2,
  derde: 3, '3e': 3, '3de': 3, vierde: 4, '4e': 4, '4de': 4,
};
export const ORDINAL_PATTERN = `(${Object.keys(ORDINALS).join('|')})`;

export function ordinalValue(word: string): number {
  return ORDINALS[word] ?? 0;
}

/**
 * A year: "2023" or "'23". A 2023 glued to a footnote marker ("20231") still reads
 * as 2023: the lookahead lets one or two trailing digits stay outside the match.
 */
export const YEAR_PATTERN = "((?<!\\d)20\\d{2}(?=\\d{0,2}(?!\\d))|'\\d{2}(?!\\d))";

export function yearValue(written: string): number {
  return written.startsWith("'") ? 2000 + Number(written.slice(1)) : Number(written);
}
