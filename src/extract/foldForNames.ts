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
  /** The offset in the original of a character of `text` (only when asked for; else null). */
  sourceOffset: ((i: number) => number) | null;
  /**
   * Offsets in `text` where markup was removed: a word may continue across it ("Geheim**houder**")
   * or end at it ("Bakker</p><p>tekst"), so the matcher accepts either.
   */
  cuts: Set<number>;
  /** The text with letter-spaced runs joined ("j a n s e n"), filled in by the name matcher when first asked; null: none. */
  despaced?: { folded: Folded; back: number[] } | null;
}

// Alternatives in order: character references, backslash escapes, %-encoded bytes, tags,
// link targets, inline markup, an ICS line fold, and any non-ASCII character. ASCII text between
// them is only lower-cased, so its length and offsets hold.
const SPECIAL =
  /&(?:amp;)*(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?|\\(?:\r?\n[ \t])?(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[!-/:-@[-`{-~nrtbfN])|(?:%[0-9A-Fa-f]{2})+|<[!/?a-zA-Z][^<>]{0,2000}>|\]\([^()\s]{0,2000}\)|[*_~`[\]]|\r?\n[ \t]|[^\x00-\x7f]/y;
const FIRST = /[&\\%<\]*_~`[\r\n\u0080-\uffff]/g;

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

function decodeEscape(escape: string): string {
  // An ICS line fold may fall between the backslash and what it escapes ("Stam\⏎ , A.").
  const s = escape.replace(/^\\\r?\n[ \t]/, '\\');
  const c = s[1]!;
  if (c === 'u') return s.length > 6 ? String.fromCharCode(parseInt(s.slice(2, 6), 16), parseInt(s.slice(8, 12), 16)) : String.fromCharCode(parseInt(s.slice(2), 16));
  if ('nrtN'.includes(c)) return ' ';
  if ('bf'.includes(c)) return '';
  return c;
}

/** What one special sequence becomes, and whether it was markup (a cut). */
function replacement(s: string, input: string, i: number): { text: string; cut: boolean } {
  const c = s[0]!;
  if (c === '&') {
    const decoded = decodeReference(s);
    return { text: decoded === s ? s.toLowerCase() : foldString(decoded), cut: false };
  }
  if (c === '\\') return { text: foldString(decodeEscape(s)), cut: false };
  if (c === '%') {
    const decoded = decodePercent(s);
    return { text: decoded === s ? s : foldString(decoded), cut: false };
  }
  if (c.charCodeAt(0) < 0x80) return { text: '', cut: true };
  const unit = s.charCodeAt(0);
  // A surrogate pair is folded at its first half; the second half adds nothing.
  if (unit >= 0xdc00 && unit <= 0xdfff && i > 0 && input.charCodeAt(i - 1) >= 0xd800 && input.charCodeAt(i - 1) <= 0xdbff) return { text: '', cut: false };
  return { text: foldChar(String.fromCodePoint(input.codePointAt(i)!)), cut: false };
}

/**
 * The text folded for name matching. `withOffsets` keeps where each folded character came from,
 * for `lrt check` to report an occurrence at its line and column in the original.
 */
export function foldForNames(input: string, withOffsets = false): Folded {
  const cuts = new Set<number>();
  // Each replacement: where it starts in the output and in the input, and both lengths.
  const outAt: number[] = [];
  const inAt: number[] = [];
  const outLen: number[] = [];
  const inLen: number[] = [];
  const parts: string[] = [];
  let delta = 0;
  let last = 0;
  // Scanning for the first character of a special sequence is much faster than trying every
  // alternative of SPECIAL at every position; SPECIAL itself is tried only where one starts.
  FIRST.lastIndex = 0;
  for (let f = FIRST.exec(input); f; f = FIRST.exec(input)) {
    const i = f.index;
    SPECIAL.lastIndex = i;
    const m = SPECIAL.exec(input);
    if (!m) continue;
    const s = m[0];
    const r = replacement(s, input, i);
    if (i > last) parts.push(input.slice(last, i));
    parts.push(r.text);
    if (r.cut) cuts.add(i + delta);
    if (withOffsets) {
      outAt.push(i + delta);
      inAt.push(i);
      outLen.push(r.text.length);
      inLen.push(s.length);
    }
    delta += r.text.length - s.length;
    last = i + s.length;
    FIRST.lastIndex = last;
  }
  parts.push(input.slice(last));
  const replaced = parts.join('');
  // Between replacements the text is ASCII, and replacements are folded already: lower-casing
  // the whole keeps every length.
  const text = replaced.toLowerCase();
  const sourceOffset = withOffsets
    ? (k: number) => {
        let lo = 0;
        let hi = outAt.length - 1;
        let r = -1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          if (outAt[mid]! <= k) {
            r = mid;
            lo = mid + 1;
          } else hi = mid - 1;
        }
        // Several replacements may start at k (removed ones first): the last one holds k.
        if (r < 0) return k;
        if (k < outAt[r]! + outLen[r]!) return inAt[r]!;
        return k - (outAt[r]! + outLen[r]!) + inAt[r]! + inLen[r]!;
      }
    : null;
  return { text, sourceOffset, cuts };
}

function foldString(s: string): string {
  let out = '';
  for (const ch of s) out += ch.charCodeAt(0) < 0x80 ? (/\s/.test(ch) ? ' ' : ch.toLowerCase()) : foldChar(ch);
  return out;
}

/**
 * What the reader's text above leaves out but a page still carries: attribute values of tags
 * (href, title, alt, …), Markdown link targets and autolinks ("<https://…/bakker>"). A name in a
 * URL is published too. Comments are left out: they are never published.
 */
const HIDDEN = /<(?!!--)[!/?a-zA-Z][^<>]{0,2000}>|\]\([^()\s]{0,2000}\)/g;

/** The hidden parts of `input`, each folded like the text, joined by spaces, offsets kept in the original. */
export function foldHidden(input: string, withOffsets = false): Folded {
  const cuts = new Set<number>();
  const bases: { out: number; at: number; f: Folded }[] = [];
  let text = '';
  if (input.includes('<') || input.includes('](')) {
    for (const m of input.matchAll(HIDDEN)) {
      const skip = m[0][0] === '<' ? 1 : 2;
      const inner = m[0].slice(skip, -1);
      // Only what could hold a name: a letter run of two or more.
      if (!/[\p{L}]{2}/u.test(inner)) continue;
      const f = foldForNames(inner, withOffsets);
      text += ' ';
      bases.push({ out: text.length, at: m.index + skip, f });
      cuts.add(text.length);
      for (const c of f.cuts) cuts.add(text.length + c);
      text += f.text;
    }
  }
  const sourceOffset = withOffsets
    ? (k: number) => {
        let b = bases[0]!;
        for (const x of bases) if (x.out <= k) b = x;
        return b.at + b.f.sourceOffset!(k - b.out);
      }
    : null;
  return { text, sourceOffset, cuts };
}
