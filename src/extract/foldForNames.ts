import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/**
 * Text as a reader sees it, reduced to the letters that identify a person, so one matcher finds a
 * name however it was typed or encoded: in a minutes file (`lrt check`) and in every file of the
 * built site (the publication gate). Decoded: HTML character references (also double-escaped,
 * "&amp;uuml;"), JSON/JS escapes (\u00fc, \n), Markdown and ICS backslash escapes, %-encoding.
 * Removed: tags, Markdown inline markup (* _ ~ ` [ ] and link targets), ICS line folds (a line
 * break and one space, which may fall inside a word), format and invisible
 * characters (zero-width space, soft hyphen, joiners, BOM, direction marks). Folded: NFKD with the
 * diacritics dropped (é → e, ü → u, decomposed letters too), ligatures and full-width forms,
 * letters without a decomposition (ß, ø, ł, æ …), Cyrillic and Greek letters that look Latin,
 * case, every kind of space, apostrophe and dash.
 */
export interface Folded {
  text: string;
  /** For each character of `text`, its offset in the original (only when asked for). */
  at: Int32Array | null;
  /**
   * Offsets in `text` where markup was removed: a word may continue across it ("Geheim**houder**")
   * or end at it ("Bakker</p><p>tekst"), so the matcher accepts either.
   */
  cuts: Set<number>;
}

// Alternatives in order: character references, backslash escapes, %-encoded bytes, tags,
// link targets, inline markup, an ICS line fold, ASCII white space, and any non-ASCII character.
const SPECIAL =
  /&(?:amp;)*(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?|\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[!-/:-@[-`{-~nrtbfN])|(?:%[0-9A-Fa-f]{2})+|<[!/?a-zA-Z][^<>]{0,2000}>|\]\([^()\s]{0,2000}\)|[*_~`[\]]|\r?\n[ \t]|[ \t\n\r\f\v]+|[^\x00-\x7f]/g;

const SPACE = /[\s\u2800]/u;
/** Takes no room on screen: format characters, fillers and variation selectors. */
const INVISIBLE = /[\p{Cf}\p{M}\u115f\u1160\u3164\uffa0\u17b4\u17b5]/u;
const APOSTROPHE = /[\u2018\u2019\u201a\u201b\u00b4\u0060\u2032\u02bc\u02bb\u02b9\u02c8\uff07]/;
const DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u00ad]/;

/** Letters NFKD leaves alone, and Cyrillic and Greek letters drawn like Latin ones. */
const LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'n', ĸ: 'k', ȷ: 'j',
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ζ: 'z',
};

/** One code point as the matcher sees it: "", one or a few ASCII characters, or itself when it is no letter we know. */
export function foldChar(ch: string): string {
  if (ch === '\u00ad' || INVISIBLE.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (APOSTROPHE.test(ch)) return "'";
  if (DASH.test(ch)) return '-';
  let out = '';
  for (const c of ch.normalize('NFKD').toLowerCase()) {
    if (INVISIBLE.test(c)) continue;
    out += LETTERS[c] ?? c;
  }
  return out;
}

function decodeReference(ref: string): string {
  let body = ref.replace(/^&(?:amp;)*/, '');
  const semicolon = body.endsWith(';');
  if (semicolon) body = body.slice(0, -1);
  if (body[0] === '#') {
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    // As browsers read them: NUL, surrogates and out-of-range values show as U+FFFD.
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
  }
  const named = decodeNamedCharacterReference(body);
  // Without ";" browsers still read the Latin-1 names ("&uuml"); longer names need it.
  if (named !== false && (semicolon || named.codePointAt(0)! <= 0xff)) return named;
  return ref;
}

function decodePercent(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function decodeEscape(s: string): string {
  const c = s[1]!;
  if (c === 'u') return s.length > 6 ? String.fromCharCode(parseInt(s.slice(2, 6), 16), parseInt(s.slice(8, 12), 16)) : String.fromCharCode(parseInt(s.slice(2), 16));
  if ('nrtN'.includes(c)) return ' ';
  if ('bf'.includes(c)) return '';
  return c;
}

/** The text folded for name matching; `withOffsets` keeps, per folded character, where it came from. */
export function foldForNames(input: string, withOffsets = false): Folded {
  let text = '';
  const at: number[] | null = withOffsets ? [] : null;
  const cuts = new Set<number>();
  const emit = (s: string, from: number, plain: boolean) => {
    text += s;
    if (at) for (let k = 0; k < s.length; k++) at.push(plain ? from + k : from);
  };
  let last = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(input); m; m = SPECIAL.exec(input)) {
    const i = m.index;
    if (i > last) emit(input.slice(last, i).toLowerCase(), last, true);
    const s = m[0];
    const c = s[0]!;
    if (c === '&') {
      const decoded = decodeReference(s);
      if (decoded === s) emit(s.toLowerCase(), i, true);
      else emit(foldString(decoded), i, false);
    } else if (c === '\\') emit(foldString(decodeEscape(s)), i, false);
    else if (c === '%') {
      const decoded = decodePercent(s);
      if (decoded === s) emit(s.toLowerCase(), i, true);
      else emit(foldString(decoded), i, false);
    } else if (c === '<' || c === ']' || c === '[' || c === '*' || c === '_' || c === '~' || c === '`' || /^\r?\n[ \t]$/.test(s)) cuts.add(text.length);
    else if (c.charCodeAt(0) < 0x80) emit(' ', i, false);
    else {
      // A surrogate pair: the regex saw one half; fold the whole code point.
      const cp = input.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      emit(foldChar(ch), i, false);
      if (ch.length === 2) SPECIAL.lastIndex = i + 2;
    }
    last = SPECIAL.lastIndex;
  }
  if (last < input.length) emit(input.slice(last).toLowerCase(), last, true);
  return { text, at: at ? Int32Array.from(at) : null, cuts };
}

function foldString(s: string): string {
  let out = '';
  for (const ch of s) out += ch.charCodeAt(0) < 0x80 ? (/\s/.test(ch) ? ' ' : ch.toLowerCase()) : foldChar(ch);
  return out;
}
