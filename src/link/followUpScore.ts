import type { Agreement } from '../schema/register.js';
import type { Organisation } from '../schema/registry.js';
import type { Passage } from './passagesOf.js';

// How one passage is weighed for one agreement (suggestFollowUps.ts finds the candidates).

/**
 * The agreement's terms a passage holds, as term ids in the order found, and those it holds only
 * as the end of a longer word ("kamerbrief" for "brief"), as places in the agreement's own terms.
 */
export interface Candidate {
  /** The passage's index. */
  at: number;
  shared: number[];
  /** Null while it holds none (most candidates). */
  partial: number[] | null;
}

/** The agreement's own terms and those around it, by term id: what the weighing of a candidate looks up. */
export interface AgreementTerms {
  /** Per term id: `stamp` when it is one of the agreement's own terms. */
  inCore: Int32Array;
  /** Per term id: `stamp` when it is one of the terms around it. */
  inContext: Int32Array;
  stamp: number;
  /** The own terms in order: their ids (-1: in no passage), idf and text. */
  coreIds: number[];
  coreIdf: number[];
  coreText: string[];
}

/** The summed idf of the terms, in their order (the same sum, to the last bit, as before). */
export function weightOf(terms: Iterable<string>, idf: (t: string) => number): number {
  let s = 0;
  for (const t of terms) s += idf(t);
  return s;
}

/** weightOf for term ids, with their idf by id: the same sum in the same order. */
export function weightOfIds(ids: readonly number[], idf: Float64Array): number {
  let s = 0;
  for (let k = 0; k < ids.length; k++) s += idf[ids[k]!]!;
  return s;
}

/** A noun of the agreement's own text among the shared term ids: a verb, date or owner alone is no subject. */
export function namesOwnNoun(shared: number[], at: AgreementTerms, texts: readonly string[], owners: RegExp | null): boolean {
  for (const t of shared) if (at.inCore[t] === at.stamp && isNoun(texts[t]!, owners)) return true;
  return false;
}

/** The same for the own terms held only as the end of a longer word (places in the own terms, all of them own terms). */
export function namesOwnNounPartly(partial: number[], at: AgreementTerms, owners: RegExp | null): boolean {
  for (const k of partial) if (isNoun(at.coreText[k]!, owners)) return true;
  return false;
}

const isNoun = (t: string, owners: RegExp | null) => !t.startsWith('d:') && !t.startsWith('v:') && !owners?.test(t);

/** The parts of a score, for reading why a passage was proposed. */
export interface ScoreParts {
  /** Share of the agreement's own terms (idf-weighted) in the passage; word-final parts count half. */
  own: number;
  /** Share of the terms around the agreement (agenda item, lines before it) in the passage. */
  around: number;
  /** Share of the passage's terms that are the agreement's or around it: long passages that touch everything score low. */
  focus: number;
  owner: number;
  done: number;
  later: number;
}

/**
 * 0..1. The subject (own words most, the words around them less) weighs most, scaled by how much
 * of the passage is about it; then a named owner, words saying something was done, a later date.
 */
export function combine(x: ScoreParts): number {
  // Words saying it was done, a named owner and a later date only count for a passage on the subject.
  const subject = Math.min(1, (0.75 * x.own + 0.25 * x.around) * Math.sqrt(x.focus) * 2.2);
  const evidence = 0.45 + 0.35 * x.done + 0.12 * x.owner + 0.08 * x.later;
  return Math.min(1, subject * evidence);
}

export function scoreParts(
  a: Agreement,
  p: Passage,
  f: { weight: number; done: number; lastDate: string | null; notYet: boolean },
  at: AgreementTerms,
  weights: { core: number; context: number },
  c: Candidate,
  idf: Float64Array,
  owners: RegExp | null,
): ScoreParts {
  let ownOnly = 0;
  let aroundShared = 0;
  for (const t of c.shared) {
    if (at.inCore[t] === at.stamp) ownOnly += idf[t]!;
    if (at.inContext[t] === at.stamp) aroundShared += idf[t]!;
  }
  let partial = 0;
  if (c.partial)
    for (const k of c.partial) {
      const id = at.coreIds[k]!;
      if (id < 0 || !c.shared.includes(id)) partial += at.coreIdf[k]!;
    }
  const ownShared = ownOnly + 0.5 * partial;
  return {
    own: weights.core ? Math.min(1, ownShared / weights.core) : 0,
    // Saturating: the lines around an agreement are many; a few rare ones shared already tell the subject.
    around: weights.context ? aroundShared / (aroundShared + 8) : 0,
    focus: f.weight ? Math.min(1, (ownShared + aroundShared) / f.weight) : 0,
    owner: owners?.test(p.text) ? 1 : 0,
    done: f.done,
    later: f.lastDate !== null && f.lastDate > a.meeting.date ? 1 : 0,
  };
}

/** The ways the minutes name an agreement's owners: code, aliases, roles ("SJenV" for JenV). */
export function ownerPattern(codes: string[], organisations: Organisation[]): RegExp | null {
  const names = codes.flatMap((code) => {
    const o = organisations.find((x) => x.code === code);
    return [code, ...(o ? [...o.aliassen, ...o.rollen.flatMap((r) => [r.code, r.naam])] : [])];
  });
  if (!names.length) return null;
  const escaped = names.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((x, y) => y.length - x.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
