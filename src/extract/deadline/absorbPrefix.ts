/** Words before a date that keep its meaning and belong to the moment's text. */
const PREPOSITIONS = [
  'met ingang van', 'in de loop van', 'tot en met', 'uiterlijk', 'omstreeks', 'm.i.v.',
  'vanaf', 'tegen', 'voor', 't/m', 'tot', 'per', 'rond', 'op', 'om', 'in',
];
/** Hedges between the preposition and the date: "tot tenminste 1 juli". */
const QUALIFIERS = [
  'in ieder geval', 'in elk geval', 'bij voorkeur', 'ten minste', 'tenminste', 'minimaal',
  'liefst', 'zeker', 'ongeveer', 'circa', 'ca.', 'nog', 'pas', 'al',
];
/** Words that make a date a deadline even when it already lies before the meeting. */
const DEADLINE_WORDS = new Set(['uiterlijk', 'voor', 'tot', 'tot en met', 't/m', 'per', 'tegen']);

function alternation(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const WORD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation([...PREPOSITIONS, ...QUALIFIERS])})\\s+$`, 'u');
const PREPOSITION = new RegExp(`^(?:${alternation(PREPOSITIONS)})$`, 'u');

export interface Prefix {
  start: number;
  /** A preposition was found, so a bare period name ("in juni") counts as a moment. */
  preposition: boolean;
  /** A deadline word was found ("uiterlijk", "voor", "tot", "per"). */
  deadline: boolean;
}

/** Extends a match leftwards over prefix words, never past `floor` (the previous moment's end). */
export function absorbPrefix(text: string, start: number, floor: number): Prefix {
  const prefix: Prefix = { start, preposition: false, deadline: false };
  for (;;) {
    const match = WORD_BEFORE.exec(text.slice(0, prefix.start));
    if (!match || match.index < floor) return prefix;
    const word = (match[1] ?? '').replace(/\s+/g, ' ');
    prefix.start = match.index;
    if (PREPOSITION.test(word)) prefix.preposition = true;
    if (DEADLINE_WORDS.has(word)) prefix.deadline = true;
  }
}
