import type { AgreementKind, Labels } from '../schema/registry.js';
import { distance } from '../parse/closest.js';
import { ATTRIBUTE_SPELLINGS } from './attributes.js';
import { normalizeForMatch, HAS_INVISIBLE } from './normalize.js';

/** A label read in a text: where it starts and where its text starts, as labels.yaml spells it. */
export interface LabelHit {
  /** Where the run of bullets, emoji and spaces before the label starts. */
  boundary: number;
  start: number;
  end: number;
  label: string;
  kind: AgreementKind;
  /** For a plural ("Afspraken"): the singular each item of its list is registered under. */
  singular: string | null;
  /** The label as written, from its first letter through its colon ("afspraak :"): the part the page sets in bold. */
  written: { start: number; end: number };
  /** Words before the label, ended by a colon or dash ("Conclusie: Afspraak:", "BZK – Afspraak:"): where they stand. */
  leadIn: { start: number; end: number } | null;
}

/** A word next to a label, followed by a colon, where a label may stand: most likely a typo. */
export interface Misspelling {
  start: number;
  word: string;
  suggestion: string;
}

/** A text with invisible characters taken out, quotes and spaces folded, and where each character came from. */
export interface CleanText {
  /** Invisible characters removed: what the register keeps as text. */
  visible: string;
  /** `visible` with quotes and spaces folded: what labels are matched in (same length). */
  folded: string;
  /** Index in the raw text of character i of `visible` (i = visible.length: the raw text's length). */
  rawIndex(i: number): number;
}

const same = (i: number) => i;

export function cleanText(raw: string): CleanText {
  // Most texts hold no invisible character: then every index is its own.
  if (!HAS_INVISIBLE.test(raw)) return { visible: raw, folded: normalizeForMatch(raw), rawIndex: same };
  let visible = '';
  const rawIndex: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (HAS_INVISIBLE.test(raw[i]!)) continue;
    visible += raw[i];
    rawIndex.push(i);
  }
  rawIndex.push(raw.length);
  return { visible, folded: normalizeForMatch(visible), rawIndex: (i) => rawIndex[i]! };
}

/** Numbering typed as text before a label: "3.2", "3.2.1.", "a)", "b.", "(1)", "(b)", "[2]". */
const OUTLINE = String.raw`(?:\d{1,3}(?:\.\d{1,3})+\.?|\(?\p{Ll}\)|\p{Ll}\.|\(\d{1,3}\)|\[\d{1,3}\])(?=\s)`;
/**
 * What may stand before a label where it opens a block: spaces, emphasis, bullets typed as text
 * (•, –, "2."), check marks and emoji ("✅ Afspraak:").
 */
const DECORATION = new RegExp(String.raw`(?:${OUTLINE}|[\s*_~>\u2022\u2023\u2043\u25a0-\u25ff\u2190-\u21ff\ufe0f\u200d\p{Extended_Pictographic}\p{So}]|[-–—](?=\s)|\d{1,3}[.)](?=\s))*`, 'uy');
/** In Markdown source, also the bracket of a footnote or link around the label ("[Afspraak: …]"). */
const SOURCE_DECORATION = new RegExp(String.raw`(?:${OUTLINE}|[\s*_~>\u2022\u2023\u2043\u25a0-\u25ff\u2190-\u21ff\ufe0f\u200d\p{Extended_Pictographic}\p{So}\[]|[-–—](?=\s)|\d{1,3}[.)](?=\s))*`, 'uy');
/** Where a new sentence starts inside a paragraph: after . ! ? or ; and any closing quote or bracket. */
const SENTENCE_END = /[.!?;]["')\]*_]*[ \t]+/g;
/**
 * A word or organisation put before the label, up to four words ended by a colon or a dash:
 * "Conclusie: Afspraak: …", "BZK – Afspraak: …". The secretariat still means the block; the
 * words are captured (group 1) so an organisation there can own it.
 */
const LEAD_IN = /(\p{L}[\p{L}\p{N}'’&.,/-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’&.,/-]*){0,3}?)[*_]*(?:[ \t]*:|[ \t]+[-–—])[*_]*[ \t]+/uy;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface LabelMatcher {
  /** Every label that opens a block in this text: at its start, at the start of a line, or after a sentence. */
  hits(folded: string): LabelHit[];
  /** A label at the very start of the text ("Afspraak: …"), quotes and bullets allowed before it. */
  atStart(folded: string): LabelHit | null;
  /** Misspelled labels ("Afpsraak:") where a label could open a block. */
  misspellings(folded: string): Misspelling[];
  /** "Afspraak BZK deelt …", "Afspraak – …": a label without its colon at the start; the label. */
  colonMissing(folded: string): string | null;
  /** The whole text is a label, without colon ("| Afspraak | BZK deelt … |"). */
  whole(folded: string): string | null;
}

export interface LabelMatcherOptions {
  /**
   * The text is Markdown source, not the text of a parsed node (findLabelSites' line scan):
   * emphasis may stand between a label and its colon ("**Afspraak**:"), and a bracket before it.
   */
  markdownSource?: boolean;
}

/** The two matchers extraction uses, built once per run (or thread) rather than per file: in parsed text, and in the source's lines. */
export interface LabelMatchers {
  text: LabelMatcher;
  source: LabelMatcher;
}

export const labelMatchers = (labels: Labels): LabelMatchers => ({ text: labelMatcher(labels), source: labelMatcher(labels, { markdownSource: true }) });

/** The one way labels are recognised, built from data/labels.yaml: extraction, the line scan and the count check use it. */
export function labelMatcher(labels: Labels, options: LabelMatcherOptions = {}): LabelMatcher {
  const alts = [...labels.labels]
    .map((l) => l.label)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  // "Afspraak:", "Afspraak :", and as Word writes it: “Afspraak:” or ‘Afspraak’: (quotes folded to " and ').
  const afterLabel = options.markdownSource ? `["']?[*_]*["']?\\s*:` : `\\s*:`;
  const label = new RegExp(`(?:["'](${alts})["']?${options.markdownSource ? '[*_]*["\']?' : ''}\\s*:["']?|(${alts})(?:\\s*/\\s*(?:${alts}))*${afterLabel})\\s*`, 'iuy');
  const decoration = options.markdownSource ? SOURCE_DECORATION : DECORATION;
  const noColon = new RegExp(`^\\s*(?:["'](${alts})["']?|(${alts}))(\\s*[-–—]\\s*|\\s+)(?=(.))`, 'iu');
  const wholeRe = new RegExp(`^[\\s*_"']*(${alts})[\\s*_"']*$`, 'iu');
  const word = /["']?(\p{L}[\p{L}'-]{2,24})["']?\s*:/uy;
  const byLower = new Map(labels.labels.map((l) => [l.label.toLowerCase(), l]));
  const notLabels = new Set([...labels.geen_labels, ...Object.keys(ATTRIBUTE_SPELLINGS)].map((w) => w.toLowerCase()));
  const canonical = (s: string) => byLower.get(s.toLowerCase())!;

  const boundaries = (t: string): { at: number; sentence: boolean }[] => {
    const out = [{ at: 0, sentence: false }];
    for (let i = 0; i < t.length; i++) if (t[i] === '\n') out.push({ at: i + 1, sentence: false });
    for (const m of t.matchAll(SENTENCE_END)) out.push({ at: m.index + m[0].length, sentence: true });
    return out.sort((a, b) => a.at - b.at || Number(a.sentence) - Number(b.sentence));
  };
  const skip = (t: string, at: number) => {
    decoration.lastIndex = at;
    return at + (decoration.exec(t)?.[0].length ?? 0);
  };
  const startsUpper = (t: string, at: number) => /^["']?\p{Lu}/u.test(t.slice(at, at + 2));
  const labelAt = (t: string, boundary: number, start: number, leadIn: LabelHit['leadIn']): LabelHit | null => {
    label.lastIndex = start;
    const m = label.exec(t);
    if (!m) return null;
    const word = m[1] ?? m[2]!;
    const l = canonical(word);
    // A quoted label ("'Afspraak':") has its letters one after the quote; its colon follows the word.
    const first = start + (m[1] !== undefined ? 1 : 0);
    const written = { start: first, end: t.indexOf(':', first + word.length) + 1 };
    return { boundary, start, end: start + m[0].length, label: l.label, kind: l.soort, singular: l.enkelvoud ?? null, written, leadIn };
  };
  const hitAt = (t: string, boundary: number, sentence: boolean): LabelHit | null => {
    const start = skip(t, boundary);
    if (sentence && !startsUpper(t, start)) return null;
    const direct = labelAt(t, boundary, start, null);
    if (direct) return direct;
    // "Conclusie: Afspraak: …", "BZK – Afspraak: …": the label after a few words of lead-in.
    LEAD_IN.lastIndex = start;
    const lead = LEAD_IN.exec(t);
    if (!lead) return null;
    return labelAt(t, boundary, skip(t, start + lead[0].length), { start, end: start + lead[1]!.length });
  };

  return {
    hits(t) {
      const out: LabelHit[] = [];
      // A label ends in a colon: none after a boundary, no label there (most paragraphs hold none).
      const lastColon = t.lastIndexOf(':');
      if (lastColon < 0) return out;
      let from = 0;
      for (const b of boundaries(t)) {
        if (b.at > lastColon) break;
        if (b.at < from) continue;
        const hit = hitAt(t, b.at, b.sentence);
        if (hit) {
          out.push(hit);
          from = hit.end;
        }
      }
      return out;
    },
    atStart(t) {
      return hitAt(t, 0, false);
    },
    misspellings(t) {
      const out: Misspelling[] = [];
      // A misspelled label, too, is read only before a colon.
      const lastColon = t.lastIndexOf(':');
      if (lastColon < 0) return out;
      for (const b of boundaries(t)) {
        if (b.at > lastColon) break;
        const first = skip(t, b.at);
        if (b.sentence && !startsUpper(t, first)) continue;
        // At the boundary, and after a lead-in ("Conclusie: Afpsraak: …"), as a label is read there too.
        LEAD_IN.lastIndex = first;
        const lead = LEAD_IN.exec(t);
        for (const start of lead ? [first, skip(t, first + lead[0].length)] : [first]) {
          word.lastIndex = start;
          const m = word.exec(t);
          if (!m || byLower.has(m[1]!.toLowerCase()) || notLabels.has(m[1]!.toLowerCase())) continue;
          const suggestion = nearestLabel(m[1]!, labels);
          if (suggestion && !out.some((o) => o.start === start)) out.push({ start, word: m[1]!, suggestion });
        }
      }
      return out;
    },
    colonMissing(t) {
      const at = (s: string, afterLeadIn: boolean): string | null => {
        const m = noColon.exec(s);
        if (!m) return null;
        // "Actiepunt voor BZK: …", "Actie van VNG: …": an owner between label and colon.
        const owner = /^(?:voor|van|door|namens)\s+[^:.\n]{1,40}:/iu.test(s.slice(m.index + m[0].length));
        const dash = /[-–—]/.test(m[3]!);
        // After a lead-in a capitalised noun is ordinary prose ("Bespreking: Besluit Spreidingswet
        // wordt …"): only a dash or an organisation's code ("Afspraak BZK …") shows a label there.
        const next = afterLeadIn ? /^\p{Lu}[\p{L}’']*\p{Lu}/u.test(s.slice(m.index + m[0].length)) : /^[\p{Lu}\d(]/u.test(m[4] ?? '');
        if (!dash && !next && !owner) return null;
        return canonical(m[1] ?? m[2]!).label;
      };
      const direct = at(t, false);
      if (direct) return direct;
      // "Conclusie: Afspraak BZK stuurt …": after a lead-in, as a label with its colon is read there.
      LEAD_IN.lastIndex = skip(t, 0);
      const lead = LEAD_IN.exec(t);
      // An organisation's code as the lead-in ("VNG – Besluit De LRT …") reads as the start of a line.
      const code = lead && /^\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*$/u.test(lead[1]!);
      return lead ? at(t.slice(lead.index + lead[0].length), !code) : null;
    },
    whole(t) {
      const m = wholeRe.exec(t);
      return m ? canonical(m[1]!).label : null;
    },
  };
}

/**
 * The label a word is a typo of: within 2 edits of a label of seven letters or more, within 1 of
 * a shorter one ("Actie": "Motie" and "Optie" are two edits away and ordinary words). A plural
 * is suggested as its singular, so "Besloten" (two edits from "Besluiten") suggests "Besluit".
 */
export function nearestLabel(word: string, labels: Labels): string | null {
  const w = word.toLowerCase();
  let best: { label: string; d: number; plural: boolean } | null = null;
  for (const l of labels.labels) {
    const d = distance(w, l.label.toLowerCase());
    if (d === 0 || d > (l.label.length >= 7 ? 2 : 1)) continue;
    const plural = l.enkelvoud !== undefined;
    // A plural is suggested as its singular: "Besloten:" reads as one decision, "Besluit:".
    if (!best || d < best.d || (d === best.d && best.plural && !plural)) best = { label: l.enkelvoud ?? l.label, d, plural };
  }
  return best?.label ?? null;
}
