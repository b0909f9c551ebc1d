import type { AgreementKind, Labels } from '../schema/registry.js';
import type { OrganisationIndex } from '../extract/organisationIndex.js';
import { actorAt, findCommitments, splitSentences } from '../extract/findCommitments.js';
import { normalizeForMatch } from '../extract/normalize.js';
import { recognizeLabel, type LabelMatch } from './findLabelledBlocks.js';
import { COUNCIL } from './segmentBody.js';

/** A stretch of a paragraph: plain text, or a sentence that is a block of its own. */
export type Piece = { type: 'plain'; text: string; start: number } | { type: 'block'; match: LabelMatch; start: number };

/** Agreed now, not reported: "Afgesproken wordt …", "… waarvoor wordt afgesproken dat …", "De partijen spreken af …". */
const AGREED_NOW = /\b(?:afgesproken\s+wordt|wordt\s+(?:er\s+)?afgesproken|spreken\s+af|spreekt\s+af|komen\s+overeen)\b/i;
/** A promise as the main verb: "zegt toe", "doet de toezegging", "komt erop terug". */
const PROMISE_NOW = /\b(?:zegt|zeggen)\s+(?:\S+\s+)?toe\b|\b(?:doet|doen)\s+de\s+toezegging\b|\b(?:komt|komen)\s+(?:\S+\s+){0,3}?(?:er|hier|daar)op\s+terug\b/i;
/** "… wordt als actie uitgezet bij COA", "… als actiepunt belegd bij VNG". */
const ACTION_AT = /\bals\s+actie(?:punt)?\s+(?:uitgezet|belegd|neergelegd)\s+bij\s+(.+?)[.;]?$/i;
const HEDGE = /\b(?:zou|zouden|wellicht|misschien|mogelijk)\b/i;

/**
 * The blocks inside an unlabelled bullet or paragraph, each ending where its sentence ends: a
 * label opening or closing a sentence ("… regio's. Conclusie: de …", "… op. **Actiepunt**"),
 * "Afgesproken wordt …" and "zegt toe" as the sentence's main verb, a council's formula ("De raad
 * besluit …"), "als actie uitgezet bij X"; in a besluitenlijst every commitment sentence. The rest
 * stays plain text, in order. Pure.
 */
export function sentenceBlocks(text: string, labels: Labels, index: OrganisationIndex, decisionList: boolean): Piece[] {
  const out: Piece[] = [];
  let plainFrom: number | null = null;
  const closePlain = (to: number) => {
    if (plainFrom !== null) {
      const t = text.slice(plainFrom, to).trim();
      if (t) out.push({ type: 'plain', text: t, start: plainFrom });
    }
    plainFrom = null;
  };
  for (const s of splitSentences(text)) {
    const m = sentenceBlock(s.text, labels, index, decisionList);
    if (m) {
      closePlain(s.start);
      out.push({ type: 'block', match: m, start: s.start });
    } else plainFrom ??= s.start;
  }
  closePlain(text.length);
  return out;
}

function sentenceBlock(s: string, labels: Labels, index: OrganisationIndex, decisionList: boolean): LabelMatch | null {
  const n = normalizeForMatch(s);
  const label = recognizeLabel(s, labels);
  if (label) return label;
  if (n.endsWith('?') || HEDGE.test(n) || /^(?:indien|als|mocht|wanneer)\b/i.test(n)) return null;
  const action = ACTION_AT.exec(n);
  if (action) return { label: 'Actiepunt', kind: 'afspraak', text: s, who: action[1]!.trim() };
  const agreed = AGREED_NOW.exec(n);
  if (agreed && !/\b(?:zoals|eerder)\b/i.test(n.slice(0, agreed.index))) {
    const after = /\bdat\s+(.*)$/i.exec(n.slice(agreed.index));
    return { label: 'Afspraak', kind: 'afspraak', text: s, who: after ? actorAt(after[1]!, index) : null };
  }
  const promise = PROMISE_NOW.exec(n);
  if (promise && !/\b(?:dat|die|of)\b/i.test(n.slice(0, promise.index).split(/,\s*/).at(-1)!.replace(/^.*\ben\s+/, ''))) {
    // The promiser: the subject before the verb, or after it when the sentence is inverted ("… komt JenV erop terug").
    const inverted = /^(?:\S+\s+){0,1}/.exec(n.slice(promise.index + promise[0].split(/\s+/)[0]!.length).trim());
    const who = actorAt(n, index) ?? (inverted ? actorAt(n.slice(promise.index + promise[0].split(/\s+/)[0]!.length).trim(), index) : null);
    return { label: 'Toezegging', kind: 'toezegging', text: s, who };
  }
  if (COUNCIL.test(n)) return { label: 'Besluit', kind: 'besluit', text: s, who: null };
  if (decisionList) {
    const c = findCommitments(s, index)[0];
    // A bare "Akkoord." records an outcome, not what was decided.
    if (c && c.text === s && !/^akkoord\.?$/i.test(n)) return { label: KIND_LABEL[c.kind], kind: c.kind, text: s, who: null };
  }
  return null;
}

const KIND_LABEL: Record<AgreementKind, string> = { afspraak: 'Afspraak', besluit: 'Besluit', toezegging: 'Toezegging' };
