import type { AgreementKind, Labels } from '../schema/registry.js';
import { normalizeForMatch } from '../extract/normalize.js';

/** What the start (or end) of a bullet says about its label. */
export interface LabelMatch {
  /** The canonical label to write: Afspraak, Besluit, Toezegging or Actiepunt. */
  label: string;
  kind: AgreementKind;
  /** The text without the label, marker or tag. */
  text: string;
  /** "(Actie: VNG)", "Actie VNG:": who, as written. */
  who: string | null;
}

const CANONICAL = ['Afspraak', 'Besluit', 'Toezegging', 'Actiepunt'];
const EMPH = /^(\*\*|__|\*|_)/;

/**
 * The label conventions of Dutch minutes, on one bullet or paragraph: "Afspraak: …",
 * "**Besluit:** …", "*Afspraak*: …", "Actiepunt 3: …", "Besluit – …", "<actiepunt> …", "[Besluit] …",
 * "Actie VNG: …", "… (Actie: VNG)", "Afgesproken wordt dat …", "Besloten wordt dat …". Labels
 * come from data/labels.yaml; the label written is the canonical one of the same kind
 * (Afspraken → Afspraak, Actie → Actiepunt).
 */
export function recognizeLabel(text: string, labels: Labels): LabelMatch | null {
  const kindOf = new Map(labels.labels.map((l) => [l.label.toLowerCase(), l.soort]));
  const alt = labels.labels
    .map((l) => l.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|');
  let t = text.trim();
  let who: string | null = null;
  let found: string | null = null;

  // "(Actie: VNG)" or "[actie VNG]" anywhere; a trailing "Actie: VNG." after the last sentence.
  const marker = /\s*[([]\s*(?:actie|actiepunt|actiehouder|wie)\s*[:–-]?\s*([^)\]]{1,80})[)\]]/i.exec(t);
  if (marker) {
    who = marker[1]!.trim();
    t = (t.slice(0, marker.index) + t.slice(marker.index + marker[0].length)).trim();
    found = 'actie';
  } else {
    const trailing = /(?<=[.;!?])\s+(?:actie|actiehouder)\s*:\s*([^.:;]{1,60})\.?\s*$/i.exec(t);
    if (trailing) {
      who = trailing[1]!.trim();
      t = t.slice(0, trailing.index).trim();
      found = 'actie';
    }
  }

  // A tag: "<actiepunt> …", "[Besluit] …", or at the end "… <afspraak>".
  const tag = new RegExp(`^[<[]\\s*(${alt})\\s*[>\\]]\\s*|\\s*[<[]\\s*(${alt})\\s*[>\\]]$`, 'i').exec(t);
  if (tag) {
    found = tag[1] ?? tag[2]!;
    t = (t.slice(0, tag.index) + t.slice(tag.index + tag[0].length)).trim();
  } else {
    const lead = leadingLabel(t, alt);
    if (lead) {
      found = lead.label;
      t = lead.rest;
      if (lead.who) who = who ?? lead.who;
    } else {
      const phrase = phraseLabel(t);
      if (phrase) {
        found = phrase.label;
        t = phrase.rest;
      }
    }
  }
  if (!found) return null;
  const kind = kindOf.get(found.toLowerCase()) ?? (found === 'actie' ? 'afspraak' : null);
  if (!kind) return null;
  return { label: canonicalLabel(found, kind, labels), kind, text: t.replace(/^(\*\*|__)\s*/, '').trim(), who };
}

/** "Afspraak: …", "**Besluit:** …", "*Afspraak*: …", "Actiepunt 3: …", "Besluit – …", "Actie VNG: …". */
function leadingLabel(t: string, alt: string): { label: string; rest: string; who: string | null } | null {
  const m = new RegExp(`^(\\*\\*|__|\\*|_)?\\s*(${alt})(?![\\p{L}\\d])(\\s+(?:nr\\.?\\s*)?\\d[\\w./-]*)?`, 'iu').exec(t);
  if (m) {
    const emph = m[1];
    const after = t.slice(m[0].length);
    const e = emph?.replace(/\*/g, '\\*') ?? '';
    const sep = emph ? new RegExp(`^\\s*(?::\\s*${e}|${e}\\s*:?)\\s*`) : /^(?:\s*:|\s+[–-]\s)\s*/;
    const s = sep.exec(after);
    if (s) return { label: m[2]!, rest: after.slice(s[0].length), who: null };
    // "**Besluit: De PRT stemt in.**": the emphasis closes at the end.
    const whole = emph ? /^\s*:\s*/.exec(after) : null;
    if (whole && after.trimEnd().endsWith(emph!)) return { label: m[2]!, rest: after.slice(whole[0].length).trimEnd().slice(0, -emph!.length).trim(), who: null };
  }
  const owner = /^(?:\*\*|__)?\s*(actie|actiepunt)\s+([^:]{1,40}?)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i.exec(t);
  if (owner && !EMPH.test(owner[2]!)) return { label: owner[1]!, rest: t.slice(owner[0].length), who: owner[2]! };
  return null;
}

/** "Afgesproken wordt dat X" → Afspraak: X; "Besloten wordt om …" keeps its words. */
function phraseLabel(t: string): { label: string; rest: string } | null {
  const n = normalizeForMatch(t);
  for (const [word, label] of [
    ['afgesproken', 'Afspraak'],
    ['besloten', 'Besluit'],
  ] as const) {
    const that = new RegExp(`^(?:er\\s+)?(?:(?:wordt|is|werd)\\s+(?:er\\s+)?${word}|${word}\\s+(?:wordt|is|werd))\\s*(?:dat\\s+|:\\s*)`, 'i').exec(n);
    if (that) return { label, rest: capitalize(t.slice(that[0].length)) };
    if (new RegExp(`^${word}\\s*:\\s*`, 'i').test(n)) return { label, rest: capitalize(t.replace(new RegExp(`^${word}\\s*:\\s*`, 'i'), '')) };
    if (new RegExp(`^(?:er\\s+)?(?:(?:wordt|is|werd)\\s+(?:er\\s+)?${word}|${word}\\s+(?:wordt|is|werd))\\s+(?:om|tot|te)\\b`, 'i').test(n))
      return { label, rest: t };
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

/** A heading that announces a label list: "Besluitenlijst", "Actiepunten", "Overzicht actiepunten". */
export function headingLabel(heading: string, labels: Labels): string | null {
  const alt = labels.labels
    .map((l) => l.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|');
  const m = new RegExp(`^(?:\\d{1,2}[a-z]?\\.\\s+)?(?:overzicht\\s+(?:van\\s+)?(?:de\\s+)?)?(${alt})(?:lijst)?$`, 'i').exec(heading.trim());
  return m ? m[1]! : null;
}
