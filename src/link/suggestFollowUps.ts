import type { Diagnostic } from '../schema/diagnostic.js';
import type { Agreement, Suggestion } from '../schema/register.js';
import type { Organisation } from '../schema/registry.js';
import type { SourceRecord } from '../extract/extractAll.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { passagesOf, type Passage } from './passagesOf.js';
import { textTerms, datesIn } from './textTerms.js';
import { completionStrength } from './completionPhrases.js';

/** A passage at or above this score is proposed; below it, it is not shown anywhere. */
export const SUGGESTION_THRESHOLD = 0.34;
/** At most this many proposals per agreement, best first. */
export const MAX_SUGGESTIONS = 3;
/** A passage that fits another agreement better is proposed only when it scores at least this share of that. */
const SHARED_PASSAGE = 0.8;
const key = (s: Scored) => `${s.passage.file}:${s.passage.line}`;
/** A term in more than this share of all passages says nothing about a subject ("LRT", "brief" in a big project). */
const COMMON = 0.2;
/** How many lines before an agreement, under the same heading, tell what it is about. */
const CONTEXT_LINES = 4;

export interface Scored {
  passage: Passage;
  score: number;
  parts: ScoreParts;
}

/**
 * For every agreement still open, the passages of its own meeting (after it), later minutes and
 * documents that most likely report on it: shared subject words after Dutch stemming (its own
 * text, and more weakly the agenda item and the lines before it), a named owner, words saying
 * something was done ("is vastgesteld", "heeft plaatsgevonden"), dates after the agreement.
 * Proposed only: they fill `suggestions` and give an information line in `lrt check`; nothing
 * becomes a follow-up until someone confirms it (`vervolg op`, or `lrt bevestig`).
 */
export function suggestFollowUps(agreements: Agreement[], records: SourceRecord[], asOf: string, organisations: Organisation[] = []): Diagnostic[] {
  const ranked = rankFollowUps(agreements, records, asOf, organisations);
  // A passage mostly reports on one thing: it is proposed only for the agreements it fits nearly as well as its best.
  const bestScore = new Map<string, number>();
  for (const list of ranked.values()) for (const x of list) bestScore.set(key(x), Math.max(bestScore.get(key(x)) ?? 0, x.score));
  const diagnostics: Diagnostic[] = [];
  for (const a of agreements) {
    a.suggestions = (ranked.get(a.id) ?? [])
      .filter((s) => s.score >= SUGGESTION_THRESHOLD && s.score >= SHARED_PASSAGE * bestScore.get(key(s))!)
      .slice(0, MAX_SUGGESTIONS)
      .map((s): Suggestion => ({ source: { file: s.passage.file, line: s.passage.line }, text: s.passage.text, score: Math.round(s.score * 100) / 100 }));
    const best = a.suggestions[0];
    if (best)
      diagnostics.push(
        diagnostic('followup-suggested', best.source.file, { line: best.source.line, column: 1 }, {
          id: a.id, text: a.text.length > 70 ? `${a.text.slice(0, 67)}…` : a.text, score: best.score.toFixed(2).replace('.', ','), where: `${best.source.file}:${best.source.line}`,
        }),
      );
  }
  return diagnostics;
}

/** Every passage with any subject word in common, scored, best first, per open agreement: the proposals before the threshold. */
export function rankFollowUps(agreements: Agreement[], records: SourceRecord[], asOf: string, organisations: Organisation[] = []): Map<string, Scored[]> {
  const passages = passagesOf(records).filter((p) => p.date === null || p.date <= asOf);
  const terms = passages.map((p) => textTerms(p.text, p.date));
  const postings = new Map<string, number[]>();
  terms.forEach((set, i) => {
    for (const t of set) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const n = Math.max(1, passages.length);
  const idf = (t: string) => Math.log(1 + n / (postings.get(t)?.length ?? 1));
  // "kamerbrief" reports on "brief": long terms indexed under their word-final parts.
  const bySuffix = new Map<string, string[]>();
  for (const t of postings.keys()) {
    if (t.startsWith('d:')) continue;
    for (let k = 3; t.length - k >= 4; k++) bySuffix.set(t.slice(k), [...(bySuffix.get(t.slice(k)) ?? []), t]);
  }
  const byFile = new Map<string, Passage[]>();
  for (const p of passages) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);

  const out = new Map<string, Scored[]>();
  for (const a of agreements) {
    if (a.kind === 'besluit' || (a.status !== 'open' && a.status !== 'loopt')) continue;
    const core = textTerms(a.text, a.meeting.date);
    const before = (byFile.get(a.source.file) ?? []).filter((p) => p.line < a.source.line && p.section === (byFile.get(a.source.file) ?? []).find((q) => q.line === a.source.line)?.section);
    const context = new Set<string>();
    for (const p of [...before.slice(-CONTEXT_LINES).map((x) => x.text), a.agendaItem?.title ?? '']) for (const t of textTerms(p, a.meeting.date)) if (!core.has(t)) context.add(t);
    const owners = ownerPattern(a.owners, organisations);
    const linked = new Set(a.followUps.map((f) => `${f.source}:${f.line}`));

    const candidates = new Map<number, { shared: Set<string>; partial: Set<string> }>();
    const reach = (t: string, partialOf: string | null) => {
      const list = postings.get(t);
      if (!list || list.length > COMMON * n) return;
      for (const i of list) {
        const c = candidates.get(i) ?? { shared: new Set<string>(), partial: new Set<string>() };
        if (partialOf) c.partial.add(partialOf);
        else c.shared.add(t);
        candidates.set(i, c);
      }
    };
    for (const t of [...core, ...context]) {
      reach(t, null);
      if (core.has(t) && t.length >= 4) for (const longer of bySuffix.get(t) ?? []) reach(longer, t);
    }

    const scored: Scored[] = [];
    for (const [i, c] of candidates) {
      const p = passages[i]!;
      const sameFile = p.file === a.source.file;
      if (sameFile && p.line <= a.source.line) continue;
      if (p.date !== null && p.date < a.meeting.date) continue;
      if (linked.has(`${p.file}:${p.line}`) || p.text.includes(a.id)) continue;
      const parts = scoreParts(a, p, terms[i]!, core, context, c, idf, owners);
      const score = combine(parts) * (sameFile ? 0.6 : 1);
      if (score > 0) scored.push({ passage: p, score, parts });
    }
    scored.sort((x, y) => y.score - x.score || (x.passage.date ?? '9999').localeCompare(y.passage.date ?? '9999') || x.passage.line - y.passage.line);
    out.set(a.id, scored);
  }
  return out;
}

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

function scoreParts(
  a: Agreement,
  p: Passage,
  pTerms: Set<string>,
  core: Set<string>,
  context: Set<string>,
  c: { shared: Set<string>; partial: Set<string> },
  idf: (t: string) => number,
  owners: RegExp | null,
): ScoreParts {
  const weight = (set: Iterable<string>) => [...set].reduce((s, t) => s + idf(t), 0);
  const ownShared = weight([...c.shared].filter((t) => core.has(t))) + 0.5 * weight([...c.partial].filter((t) => !c.shared.has(t)));
  const aroundShared = weight([...c.shared].filter((t) => context.has(t)));
  const coreWeight = weight(core);
  const contextWeight = weight(context);
  const passageWeight = weight(pTerms);
  return {
    own: coreWeight ? Math.min(1, ownShared / coreWeight) : 0,
    // Saturating: the lines around an agreement are many; a few rare ones shared already tell the subject.
    around: contextWeight ? aroundShared / (aroundShared + 8) : 0,
    focus: passageWeight ? Math.min(1, (ownShared + aroundShared) / passageWeight) : 0,
    owner: owners?.test(p.text) ? 1 : 0,
    done: completionStrength(p.text),
    later: datesIn(p.text, p.date).some((d) => d > a.meeting.date) ? 1 : 0,
  };
}

/** The ways the minutes name an agreement's owners: code, aliases, roles ("SJenV" for JenV). */
function ownerPattern(codes: string[], organisations: Organisation[]): RegExp | null {
  const names = codes.flatMap((code) => {
    const o = organisations.find((x) => x.code === code);
    return [code, ...(o ? [...o.aliassen, ...o.rollen.flatMap((r) => [r.code, r.naam])] : [])];
  });
  if (!names.length) return null;
  const escaped = names.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((x, y) => y.length - x.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
