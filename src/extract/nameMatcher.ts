import { foldForNames, type Folded } from './foldForNames.js';
import { despace } from './letterSpacing.js';

/** Where a name stands in folded text: [start, end) in `Folded.text`. */
export interface NameHit {
  start: number;
  end: number;
}

export interface NameMatcher {
  /** Every place in the folded text where the name identifies its person. */
  find(folded: Folded): NameHit[];
}

/** Words between given names and surname ("van der Burg", "'t Hart", "d'Ancona"). */
export const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 't', 'ter', 'ten', 'te', 'in', 'op', "d'", 'd', 'von', 'vom', 'zu', 'la', 'le', 'du', 'da', 'dos', 'del', 'di', 'uit', 'aan', "'s", 'vd', 'v.d.']);
/** Forms of address and degrees written before a name ("Mevr. drs. J. Bakker"). */
export const TITLES = new Set(['dhr', 'heer', 'meneer', 'hr', 'mevr', 'mevrouw', 'mw', 'mvr', 'mej', 'mejuffrouw', 'mr', 'mrs', 'ms', 'drs', 'dr', 'ir', 'ing', 'prof', 'ds', 'jhr', 'jkvr', 'bc', 'msc', 'bsc', 'lic']);
/** A surname this long, alone, names its person; a shorter one ("Bos", "de Wit") only with an initial, title or first name. */
export const ALONE_MIN_LETTERS = 6;

interface Split {
  givens: Set<string>;
  initials: Set<string>;
  /** Initials run together without dots ("jp"), as some write them. */
  bareInitials: Set<string>;
  surname: RegExp;
  /** A one-word name that stands for its person alone, however short ("Frank" as an owner). */
  anyLength: boolean;
}

const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;

/** A surname word as a pattern: spaces, apostrophes and hyphens inside it may be written or left out. */
function wordPattern(w: string): string {
  return [...w].map((c) => (c === "'" ? "'?\\s*" : c === '-' ? '\\s*-?\\s*' : c === ' ' ? '\\s*' : esc(c))).join('');
}

/** The name's words, folded, without titles and with a list-order name ("Vries, J. de") turned round. */
export function nameWords(name: string): string[] {
  let n = foldForNames(name.replace(/\([^)]*\)/g, ' ')).text;
  const comma = n.indexOf(',');
  if (comma > 0) n = `${n.slice(comma + 1)} ${n.slice(0, comma)}`;
  const words = n.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  while (words.length > 1 && TITLES.has(words[0]!.replace(/\.$/, ''))) words.shift();
  return words;
}

function splitsOf(words: string[]): { givens: string[]; initials: string[]; surname: string[] }[] {
  const initials: string[] = [];
  let i = 0;
  // "J.", "J.P.", "A.-L.": initials, however many.
  while (i < words.length - 1 && /^([\p{L}]\.-?)+$/u.test(words[i]!)) initials.push(...words[i++]!.replace(/[.-]/g, ''));
  const rest = words.slice(i);
  if (initials.length || rest.length === 1) return [{ givens: [], initials, surname: rest }];
  const particle = rest.findIndex((w, k) => k > 0 && PARTICLES.has(w));
  if (particle > 0) return [{ givens: rest.slice(0, particle), initials, surname: rest.slice(particle) }];
  // No particle: "Jan Peter Balkenende" or "Anna Groot Wassink": every split is a way to write it.
  return rest.slice(1).map((_, k) => ({ givens: rest.slice(0, k + 1), initials, surname: rest.slice(k + 1) }));
}

function splitOf(s: { givens: string[]; initials: string[]; surname: string[] }): Split {
  const givens = new Set(s.givens.flatMap((g) => [g, ...g.split('-')]).filter(Boolean));
  const initials = new Set([...s.initials, ...[...givens].map((g) => g[0]!)]);
  const firstLetters = s.givens.map((g) => g[0]!).join('');
  const bareInitials = new Set([s.initials.join(''), firstLetters, firstLetters.slice(0, 1)].filter(Boolean));
  let k = 0;
  while (k < s.surname.length - 1 && PARTICLES.has(s.surname[k]!)) k++;
  const particles = s.surname.slice(0, k);
  const core = s.surname.slice(k).join(' ');
  // The core, and the parts of a double name ("Gennip-de Vries") or after an apostrophe ("D'Stillekens").
  const cores = new Set([core, ...core.split(/[-']/).filter((p) => letters(p) >= ALONE_MIN_LETTERS)]);
  const particlePattern = particles.length ? `(?:${particles.map(wordPattern).join('\\s*')}\\s*)?` : '';
  const corePattern = [...cores].sort((a, b) => b.length - a.length).map(wordPattern).join('|');
  return { givens, initials, bareInitials, surname: new RegExp(`${particlePattern}(?:${corePattern})`, 'g'), anyLength: false };
}

/**
 * The forms in which a non-public name (Woo art. 5.1.2e) identifies its person: the whole name,
 * initial(s) and surname, title and surname ("Mevr. drs. Bakker"), list order ("Bakker, J.",
 * "Vries, J. de"), the possessive ("Bakkers", "Bakker's"), and the surname alone with or
 * without its particles when it is at least ALONE_MIN_LETTERS long (any length with `alone` for a
 * one-word name: a first name used as the person's name). `lrt check` and the
 * publication gate both use this matcher on text folded by foldForNames, so they cannot disagree.
 */
export function nameMatcher(name: string, opts: { alone?: boolean } = {}): NameMatcher {
  const words = nameWords(name);
  if (letters(words.join('')) < 2) return { find: () => [] };
  // `alone`: a one-word name is how the person is written ("Actie: Frank"), so it is found alone at any length.
  const anyLength = opts.alone === true && words.length === 1;
  const splits = [words, ...umlautSpellings(name).map(nameWords)].flatMap(splitsOf).map((w) => ({ ...splitOf(w), anyLength }));
  return {
    find(f) {
      const hits: NameHit[] = [];
      for (const s of splits) for (const h of findSplit(f, s)) hits.push(h);
      // "J. d e  V r i e s": the name spelled out a letter at a time, found in the joined text, reported where it stands.
      const d = despacedOf(f);
      if (d) for (const s of splits) for (const h of findSplit(d.folded, s)) hits.push({ start: d.back[h.start]!, end: d.back[h.end - 1]! + 1 });
      return merge(hits);
    },
  };
}

/** The folded text with its letter-spaced runs joined, computed once per text for every name asked. */
function despacedOf(f: Folded): NonNullable<Folded['despaced']> | null {
  if (f.despaced !== undefined) return f.despaced;
  const d = despace(f.text);
  const at = f.sourceOffset;
  f.despaced = d && {
    folded: { text: d.text, sourceOffset: at && ((k: number) => at(d.back[k]!)), cuts: new Set([...f.cuts].map((c) => d.forward(c))), despaced: null },
    back: d.back,
  };
  return f.despaced;
}

/**
 * An umlaut is also written out with an e ("Müller" as "Mueller"), and such a name also without
 * it ("Mueller" as "Müller", folded "Muller"): the other spelling, when the name has one.
 */
function umlautSpellings(name: string): string[] {
  const UMLAUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
  const n = name.normalize('NFC');
  if (/[äöüÄÖÜ]/.test(n)) return [n.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT[c]!)];
  if (/ue/i.test(n)) return [n.replace(/(?<=\p{L})ue/gu, 'u')];
  return [];
}

function boundaryBefore(f: Folded, i: number): boolean {
  return i <= 0 || !isWord(f.text[i - 1]) || f.cuts.has(i);
}

function boundaryAfter(f: Folded, i: number): boolean {
  return i >= f.text.length || !isWord(f.text[i]) || f.cuts.has(i);
}

function findSplit(f: Folded, s: Split): NameHit[] {
  const hits: NameHit[] = [];
  const t = f.text;
  s.surname.lastIndex = 0;
  for (let m = s.surname.exec(t); m; m = s.surname.exec(t)) {
    const start = m.index;
    const end = start + m[0].length;
    s.surname.lastIndex = start + 1;
    if (m[0].length === 0 || !boundaryBefore(f, start)) continue;
    // The possessive: "Bakkers", "Bakker's", "De Vries'".
    const possessive = /^'?s/.exec(t.slice(end, end + 2));
    const plainEnd = boundaryAfter(f, end);
    if (!plainEnd && !(possessive && boundaryAfter(f, end + possessive[0].length))) continue;
    const qualifiedFrom = qualifierBefore(f, start, s);
    const listOrder = plainEnd && qualifierAfter(t, end, s);
    if (qualifiedFrom !== null) hits.push({ start: qualifiedFrom, end });
    else if (listOrder || s.anyLength || letters(m[0]) >= ALONE_MIN_LETTERS) hits.push({ start, end });
  }
  return hits;
}

function isQualifier(token: string, s: Split): boolean {
  const bare = token.replace(/\.$/, '');
  if (TITLES.has(bare)) return true;
  if (s.givens.has(token)) return true;
  if (/^(?:\p{L}\.)+$/u.test(token)) {
    const letters = token.replace(/\./g, '');
    // Initials of this person ("J.", "J.P." for Jan): any initials when the declared name has none.
    return s.initials.size === 0 || s.initials.has(letters[0]!);
  }
  return s.bareInitials.has(token);
}

/** Where the initials, titles and first names just before a surname begin, or null when there are none. */
function qualifierBefore(f: Folded, start: number, s: Split): number | null {
  const t = f.text;
  let from: number | null = null;
  let k = start;
  for (let steps = 0; steps < 8; steps++) {
    let j = k;
    while (j > 0 && /[\s-]/.test(t[j - 1]!)) j--;
    const end = j;
    // Titles, initials and first names are short: a bounded look keeps a long word linear.
    while (j > 0 && end - j < 40 && /[\p{L}\p{N}.']/u.test(t[j - 1]!)) j--;
    // Markup inside the word may split it ("Ma<wbr>rie") or glue it to the one before
    // ("tekst</p><p>J."): the longest reading that is a qualifier wins.
    let start = -1;
    for (let c = j; c < end && start < 0; c++) if ((c === j ? boundaryBefore(f, c) : f.cuts.has(c)) && isQualifier(t.slice(c, end), s)) start = c;
    if (start < 0) break;
    from = start;
    k = start;
  }
  return from;
}

/** List order: "Bakker, J.", "Vries, J. de", "Bos, Anna". */
function qualifierAfter(t: string, end: number, s: Split): boolean {
  const m = /^\s*,\s*((?:[\p{L}]+\.?\s*){1,3})/u.exec(t.slice(end, end + 40));
  if (!m) return false;
  const tokens = m[1]!.split(/\s+|(?<=\.)(?=\p{L})/u).filter(Boolean);
  return tokens.some((tok) => isQualifier(tok, s) && !TITLES.has(tok.replace(/\.$/, '')));
}

function merge(hits: NameHit[]): NameHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NameHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) last.end = Math.max(last.end, h.end);
    else out.push({ ...h });
  }
  return out;
}
