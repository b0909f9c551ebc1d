import type { AgreementKind, Labels } from '../schema/registry.js';
import { labelMatcher } from '../extract/labelMatcher.js';
import { normalizeForMatch } from '../extract/normalize.js';

/** What the start (or end) of a bullet says about its label. */
export interface LabelMatch {
  /** The canonical label to write: Afspraak, Besluit, Toezegging or Actiepunt. */
  label: string;
  kind: AgreementKind;
  /** The text without the label, marker or tag. */
  text: string;
  /** "(Actie: VNG)", "Actie VNG:", "Actiepunt voor IPO:", "<actiepunt COA>": who, as written. */
  who: string | null;
}

const CANONICAL = ['Afspraak', 'Besluit', 'Toezegging', 'Actiepunt'];
/** Emphasis, and what secretariats put before a label: emoji, ":pushpin:" shortcodes, check marks. */
const ICONS = /^(?:\s|:[a-z0-9_+-]{2,30}:|[\p{Extended_Pictographic}\p{So}\ufe0f\u200d\u2190-\u21ff]|[-=]>)+/u;
const WORD = /^(\*\*|__|\*|_)?\s*(\p{L}+)/u;

/**
 * The label words of data/labels.yaml, read by the one label matcher (src/extract/labelMatcher.ts)
 * that `lrt check`, the site and the unregistered-block count use: the importer asks it whether a
 * word is a label instead of building label regexes of its own.
 */
export interface LabelWords {
  /** The label a single word is ("Besluiten" → Besluiten), as labels.yaml spells it, or null. */
  label(word: string): string | null;
  kind(label: string): AgreementKind;
}

export function labelWords(labels: Labels): LabelWords {
  const matcher = labelMatcher(labels);
  const byLabel = new Map(labels.labels.map((l) => [l.label, l.soort]));
  return {
    label: (word) => {
      if (!/^\p{L}+$/u.test(word)) return null;
      // "Conclusie:" is an ordinary word in the register's minutes; in other tables' minutes it states the outcome.
      const conclusion = /^conclusie(s?)$/i.exec(word);
      return matcher.whole(normalizeForMatch(conclusion ? (conclusion[1] ? 'Besluiten' : 'Besluit') : word));
    },
    kind: (label) => byLabel.get(label) ?? 'afspraak',
  };
}

/** "****Besluit:****" → "**Besluit:**", ":pushpin: **Actiepunt:**" → "**Actiepunt:**". */
export function tidyStart(text: string): string {
  // "Actiepunt(en):" is the plural.
  return text.replace(/\*{3,}/g, '**').replace(ICONS, '').replace(/^([*_]{0,2}\p{L}+)\((?:en|s)\)/u, (_, w: string) => `${w}${/t$/.test(w) ? 'en' : 's'}`);
}

/** Emphasis left without text or without its partner: "COA** levert", "**  **". */
export function tidyEmphasis(text: string): string {
  let t = text.replace(/(\*\*|__)\s*\1/g, ' ').replace(/\s{2,}/g, ' ').trim();
  if ((t.match(/\*\*/g)?.length ?? 0) % 2 === 1) t = t.replace(/^\*\*\s*|\s*\*\*$/, '');
  if ((t.match(/\*\*/g)?.length ?? 0) % 2 === 1) t = t.replace(/\*\*/, '');
  return t.trim();
}

/**
 * The label conventions of Dutch minutes, on one bullet or paragraph: "Afspraak: …",
 * "**Besluit:** …", "*Afspraak*: …", "Actiepunt 3: …", "Besluit – …", "<actiepunt> …", "[Besluit] …",
 * "<actiepunt COA> …", "<Actiepunt: … >", "Actie VNG: …", "Actiepunt voor IPO: …", "Actie COA de …",
 * "Toezegging JenV informeert …", "📌 Actiepunt: …", "… (Actie: VNG)", "… **Actiepunt**",
 * "Afgesproken wordt dat …". The label written is the canonical one of the same kind
 * (Afspraken → Afspraak, Actie → Actiepunt, Beslissing → Besluit).
 */
export function recognizeLabel(text: string, labels: Labels): LabelMatch | null {
  const words = labelWords(labels);
  let t = tidyStart(text.trim());
  let who: string | null = null;
  let found: string | null = null;

  // "(Actie: VNG)" or "[actie VNG]" anywhere; a trailing "Actie: VNG." after the last sentence.
  const marker = /\s*[([]\s*(actie|actiepunt|actiehouder|wie)\s*[:–-]?\s*([^)\]]{1,80})[)\]]/i.exec(t);
  if (marker && (words.label(marker[1]!) || /^(?:actiehouder|wie)$/i.test(marker[1]!))) {
    who = marker[2]!.trim();
    t = (t.slice(0, marker.index) + t.slice(marker.index + marker[0].length)).trim();
    found = words.label('Actie') ?? 'Actie';
  } else {
    const trailing = /(?<=[.;!?])\s+(actie|actiehouder)\s*:\s*([^.:;]{1,60})\.?\s*$/i.exec(t);
    if (trailing) {
      who = trailing[2]!.trim();
      t = t.slice(0, trailing.index).trim();
      found = words.label('Actie') ?? 'Actie';
    }
  }

  const tag = tagLabel(t, words);
  if (tag) {
    found = tag.label;
    t = tag.rest;
    who = who ?? tag.who;
  } else {
    const lead = leadingLabel(t, words);
    if (lead) {
      found = lead.label;
      t = lead.rest;
      who = who ?? lead.who;
    } else if (!found) {
      const end = trailingLabel(t, words);
      if (end) {
        found = end.label;
        t = end.rest;
      } else {
        const phrase = phraseLabel(t);
        if (phrase) return { ...phrase, kind: words.kind(phrase.label), label: canonicalLabel(phrase.label, words.kind(phrase.label), labels), who: null };
      }
    }
  }
  if (!found) return null;
  const kind = words.kind(found);
  return { label: canonicalLabel(found, kind, labels), kind, text: tidyEmphasis(t), who };
}

/** "<actiepunt> …", "<actiepunt COA> …", "[Besluit] …", "<Actiepunt: … >", at the end "… <afspraak>". */
function tagLabel(t: string, words: LabelWords): { label: string; rest: string; who: string | null } | null {
  const around = /^<\s*(\p{L}+)\s*:\s*([^<>]+?)\s*>\s*$/u.exec(t);
  if (around && words.label(around[1]!)) return { label: words.label(around[1]!)!, rest: around[2]!, who: null };
  const open = /^[<[]\s*(\p{L}+)(?:\s+([^<>[\]:]{1,40}?))?\s*[>\]]\s*/u.exec(t);
  if (open && words.label(open[1]!)) return { label: words.label(open[1]!)!, rest: t.slice(open[0].length), who: open[2]?.trim() || null };
  const close = /\s*[<[]\s*(\p{L}+)\s*[>\]]$/u.exec(t);
  if (close && words.label(close[1]!)) return { label: words.label(close[1]!)!, rest: t.slice(0, close.index), who: null };
  return null;
}

/** "Afspraak: …", "**Besluit:** …", "*Afspraak*: …", "Actiepunt 3: …", "Besluit – …", "Actie VNG: …", "Toezegging JenV …". */
function leadingLabel(t: string, words: LabelWords): { label: string; rest: string; who: string | null } | null {
  const m = WORD.exec(t);
  const label = m ? words.label(m[2]!) : null;
  if (!m || !label) return null;
  const emph = m[1];
  let after = t.slice(m[0].length);
  const number = /^\s+(?:nr\.?\s*)?\d[\w./-]*/i.exec(after);
  if (number) after = after.slice(number[0].length);
  const e = emph?.replace(/\*/g, '\\*') ?? '';
  const sep = emph ? new RegExp(`^\\s*(?::\\s*${e}|${e}\\s*:?)\\s*`) : /^(?:\s*:|\s+[–-]\s)\s*/;
  const s = sep.exec(after);
  if (s) return { label, rest: after.slice(s[0].length), who: null };
  // "**Besluit: De PRT stemt in.**": the emphasis closes at the end.
  const whole = emph ? /^\s*:\s*/.exec(after) : null;
  if (whole && after.trimEnd().endsWith(emph!)) return { label, rest: after.slice(whole[0].length).trimEnd().slice(0, -emph!.length).trim(), who: null };
  if (emph || number) return null;
  // "Afspraak (JenV): …", "Besluit (LRT): …": who in brackets, then the colon, after any label.
  const bracketed = /^\s*\(([^():]{1,40})\)\s*:\s*/.exec(after);
  if (bracketed) return { label, rest: after.slice(bracketed[0].length), who: bracketed[1]!.trim() };
  const action = /^actie/i.test(label);
  // "Actie VNG: …", "Actiepunt voor Martin: …": who, then the colon.
  const owner = /^\s+(?:voor\s+)?([^:]{1,40}?)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i.exec(after);
  if (owner && action && !/[.!?]/.test(owner[1]!)) return { label, rest: after.slice(owner[0].length), who: owner[1]! };
  // No colon: "Actie COA de bewoners informeren" (who, then the action), "Toezegging JenV informeert …" (a sentence).
  const next = /^\s+(\p{Lu}[\p{L}'’-]*)\s+(?=\S)/u.exec(after);
  if (next && action) return { label, rest: after.slice(next[0].length), who: next[1]! };
  if (next) return { label, rest: after.trimStart(), who: null };
  return null;
}

/** "… rond. **Actiepunt**", "… op. Actiepunt.": a label closing the sentence it labels. */
function trailingLabel(t: string, words: LabelWords): { label: string; rest: string } | null {
  const m = /(?<=[.;!?])\s+(?:\*\*|__|\*|_)?(\p{L}+)(?:\*\*|__|\*|_)?\.?\s*$/u.exec(t);
  const label = m ? words.label(m[1]!) : null;
  return m && label ? { label, rest: t.slice(0, m.index) } : null;
}

/** "Afgesproken wordt dat X" → Afspraak: X; "Besloten wordt om …" keeps its words. */
function phraseLabel(t: string): { label: string; text: string } | null {
  const n = normalizeForMatch(t);
  for (const [word, label] of [
    ['afgesproken', 'Afspraak'],
    ['besloten', 'Besluit'],
  ] as const) {
    const that = new RegExp(`^(?:er\\s+)?(?:(?:wordt|is|werd)\\s+(?:er\\s+)?${word}|${word}\\s+(?:wordt|is|werd))\\s*(?:dat\\s+|:\\s*)`, 'i').exec(n);
    if (that) return { label, text: capitalize(t.slice(that[0].length)) };
    if (new RegExp(`^${word}\\s*:\\s*`, 'i').test(n)) return { label, text: capitalize(t.replace(new RegExp(`^${word}\\s*:\\s*`, 'i'), '')) };
    if (new RegExp(`^(?:er\\s+)?(?:(?:wordt|is|werd)\\s+(?:er\\s+)?${word}|${word}\\s+(?:wordt|is|werd))\\s+(?:om|tot|te)\\b`, 'i').test(n))
      return { label, text: t };
  }
  return null;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The label to write for one found: of the same kind, the canonical label sharing the longest start. */
export function canonicalLabel(found: string, kind: AgreementKind, labels: Labels): string {
  const present = new Set(labels.labels.map((l) => l.label));
  const sameKind = CANONICAL.filter((c) => present.has(c) && labels.labels.find((l) => l.label === c)?.soort === kind);
  if (sameKind.length === 0) return labels.labels.find((l) => l.label.toLowerCase() === found.toLowerCase())?.label ?? found;
  const common = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i]!.toLowerCase() === b[i]!.toLowerCase()) i++;
    return i;
  };
  return [...sameKind].sort((a, b) => common(b, found) - common(a, found))[0]!;
}

/** A heading that announces a label list: "Besluitenlijst", "Actiepunten", "Overzicht actiepunten", "Vervolgafspraken". */
export function headingLabel(heading: string, labels: Labels): string | null {
  const m = /^(?:\d{1,2}[a-z]?\.\s+)?(?:overzicht\s+(?:van\s+)?(?:de\s+)?)?(\p{L}+?)(?:lijst)?\s*:?$/iu.exec(tidyStart(heading.trim()).replace(/\*\*|__/g, ''));
  return m ? labelWords(labels).label(m[1]!) : null;
}

/**
 * A line that only announces the items below it: "Besluiten:", "**Acties**", "Conclusie:",
 * "Vervolgafspraken", "Toezegging onderwijshuisvesting" (a label and a topic in lower case, no
 * sentence). The label, and whether it covers one item (the topic form) or a list.
 */
export function labelIntro(line: string, labels: Labels): { label: string; single: boolean } | null {
  const t = tidyStart(line.trim()).replace(/\*\*|__/g, '').trim();
  const words = labelWords(labels);
  const bare = /^[*_]?\s*(\p{L}+)\s*[*_]?\s*:?$/u.exec(t);
  if (bare && words.label(bare[1]!)) return { label: words.label(bare[1]!)!, single: false };
  const topic = /^(\p{L}+)\s+(\p{Ll}[\p{L}\s'-]{2,60})$/u.exec(t);
  if (topic && words.label(topic[1]!) && topic[2]!.split(/\s+/).length <= 3) return { label: words.label(topic[1]!)!, single: true };
  return null;
}

/** A line that opens a labelled block (so it never continues the paragraph above it). */
export function opensLabelledBlock(line: string, labels: Labels): boolean {
  const t = tidyStart(line.trim());
  if (/^(?:afgesproken|besloten)\s+(?:wordt|is)\b|^(?:er\s+)?(?:wordt|is)\s+(?:afgesproken|besloten)\b/i.test(t)) return true;
  if (tagLabel(t, labelWords(labels))) return true;
  const lead = leadingLabel(t, labelWords(labels));
  return lead !== null && (/^\S+\s*(?:\*\*|__|\*|_)?\s*(?:\d[\w./-]*\s*)?[:\]>]/.test(t) || /^(?:\*\*|__|\*|_)/.test(t) || lead.who !== null || /^\p{L}+\s+voor\s/iu.test(t) || /^\p{L}+\s+\p{Lu}/u.test(t));
}
