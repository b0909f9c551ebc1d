import type { Diagnostic } from '../schema/diagnostic.js';
import type { Agreement, Suggestion } from '../schema/register.js';
import type { Organisation } from '../schema/registry.js';
import type { SourceRecord } from '../extract/extractAll.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { Passage } from './passagesOf.js';
import { textTerms, wordMemo } from './textTerms.js';
import { actionResult, agreementActions, mayReportResult, followUpMeetingBy, resultWindowEnd, RESULT_STRENGTH, type ActionResult } from './actionResults.js';
import type { FilePassages } from './filePassages.js';
import { DOCUMENTS, indexPassages } from './passageIndex.js';
import { namesOwnNoun, namesOwnNounPartly, ownerPattern, scoreParts, weightOf, combine, type AgreementTerms, type Candidate, type ScoreParts } from './followUpScore.js';
import { compareDates, firstAfter, firstAtOrAfter, firstAtOrAfterDate } from './sortedSearch.js';

export { combine, type ScoreParts } from './followUpScore.js';

/** A passage at or above this score is proposed; below it, it is not shown anywhere. */
export const SUGGESTION_THRESHOLD = 0.34;
/** At most this many proposals per agreement, best first. */
export const MAX_SUGGESTIONS = 3;
/** A passage that fits another agreement better is proposed only when it scores at least this share of that. */
const SHARED_PASSAGE = 0.8;
/** A term in more than this share of all passages says nothing about a subject ("LRT", "brief" in a big project). */
const COMMON = 0.2;
/** How far after an agreement its follow-up is looked for: the body's next six meetings, at most a year. */
const HORIZON_MEETINGS = 6;
const HORIZON_DAYS = 366;
/** How many lines before an agreement, under the same heading, tell what it is about. */
const CONTEXT_LINES = 4;

export interface Scored {
  passage: Passage;
  score: number;
  parts: ScoreParts;
  /** The result the passage reports for what the agreement promised (minutes adopted, meeting held, letter sent), if any. */
  result: ActionResult | null;
}

/**
 * For every agreement still open, the passages of its own meeting (after it), later minutes and
 * documents that most likely report on it: shared subject words after Dutch stemming (its own
 * text, and more weakly the agenda item and the lines before it), a named owner, words saying
 * something was done ("is vastgesteld", "heeft plaatsgevonden"), dates after the agreement.
 * Proposed only: they fill `suggestions` and give an information line in `lrt check`; nothing
 * becomes a follow-up until someone confirms it (`vervolg op`, or `lrt bevestig`).
 */
export function suggestFollowUps(
  agreements: Agreement[], records: SourceRecord[], asOf: string, organisations: Organisation[] = [], read: ReadonlyMap<string, FilePassages> = new Map(),
): Diagnostic[] {
  // Only what can be proposed is kept: a passage's best score, when it is proposed for any agreement, is one of those.
  const ranked = rankFollowUps(agreements, records, asOf, organisations, read, SUGGESTION_THRESHOLD);
  // A passage mostly reports on one thing: it is proposed only for the agreements it fits nearly as well as its best.
  // By the passage itself: one object per file and line in a ranking.
  const bestScore = new Map<Passage, number>();
  for (const list of ranked.values()) for (const x of list) bestScore.set(x.passage, Math.max(bestScore.get(x.passage) ?? 0, x.score));
  const diagnostics: Diagnostic[] = [];
  for (const a of agreements) {
    // One per file: a letter or a meeting is one follow-up, however many of its lines fit.
    const files = new Set<string>();
    a.suggestions = (ranked.get(a.id) ?? [])
      .filter((s) => s.score >= SUGGESTION_THRESHOLD && s.score >= SHARED_PASSAGE * bestScore.get(s.passage)!)
      .filter((s) => !files.has(s.passage.file) && !!files.add(s.passage.file))
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

/**
 * Every passage with any subject word in common, scored, best first, per open agreement: the
 * proposals before the threshold. `read`: the files' passages as read where each file was read
 * (readFilePassages); a file not in it is read here. `keepFrom`: lower scores are left out (at
 * 10,000 meetings every candidate kept was tens of megabytes).
 */
export function rankFollowUps(
  agreements: Agreement[], records: SourceRecord[], asOf: string, organisations: Organisation[] = [], read: ReadonlyMap<string, FilePassages> = new Map(),
  keepFrom = 0,
): Map<string, Scored[]> {
  // A labelled block is a commitment of its own, not a report on an earlier one ("vervolg op" links those).
  const blockLines = new Set(agreements.map((a) => `${a.source.file}:${a.source.line}`));
  // A follow-up note ("- vervolg op: …" under it) already reports on the agreement it names.
  for (const r of records) if (r.kind === 'verslag') for (const n of r.notes) blockLines.add(`${r.file}:${n.at.line}`);
  const memo = wordMemo();
  const { all, passages, ids, texts, df, idfs, unknownIdf, idOf, idf, postings, facts, bySuffix, byFile } = indexPassages(records, read, asOf, memo);
  const termCount = texts.length;
  const n = Math.max(1, passages.length);
  const blocked = passages.map((p) => blockLines.has(`${p.file}:${p.line}`));

  const meetingDates = new Map<string, string[]>();
  for (const r of records) {
    if (r.kind !== 'verslag') continue;
    const list = meetingDates.get(r.meeting.body);
    if (list) list.push(r.meeting.date);
    else meetingDates.set(r.meeting.body, [r.meeting.date]);
  }
  for (const list of meetingDates.values()) list.sort();

  // Per term id and per passage, stamped with the agreement at hand: no clearing between agreements.
  const inCore = new Int32Array(termCount);
  const inContext = new Int32Array(termCount);
  const contextStamp = new Int32Array(termCount);
  const contextAt = new Int32Array(termCount);
  const visited = new Int32Array(passages.length);
  const slots = new Int32Array(passages.length);
  let stamps = 0;
  const contextFound: number[] = [];
  // Agreements of the same owners share one pattern.
  const ownerPatterns = new Map<string, RegExp | null>();
  const out = new Map<string, Scored[]>();
  for (const a of agreements) {
    if (a.kind === 'besluit' || (a.status !== 'open' && a.status !== 'loopt')) continue;
    const core = textTerms(a.text, a.meeting.date, memo);
    const own = byFile.get(a.source.file) ?? [];
    const at = own.find((i) => passages[i]!.line === a.source.line);
    const section = at === undefined ? undefined : passages[at]!.section;
    const before = own.filter((i) => passages[i]!.line < a.source.line && passages[i]!.section === section);
    const context = new Set<string>();
    // The lines' terms as read, when read with the agreement's year (dates without one take it).
    const addContext = (t: string) => {
      if (!core.has(t)) context.add(t);
    };
    for (const i of before.slice(-CONTEXT_LINES))
      if (passages[i]!.date === a.meeting.date) for (const id of ids[i]!) addContext(texts[id]!);
      else for (const t of textTerms(passages[i]!.text, a.meeting.date, memo)) addContext(t);
    for (const t of textTerms(a.agendaItem?.title ?? '', a.meeting.date, memo)) addContext(t);
    const ownersKey = a.owners.join('\u0000');
    let owners = ownerPatterns.get(ownersKey);
    if (owners === undefined) ownerPatterns.set(ownersKey, (owners = ownerPattern(a.owners, organisations)));
    const linked = new Set(a.followUps.map((f) => `${f.source}:${f.line}`));
    const actions = agreementActions(a.text, memo);
    const windowEnd = resultWindowEnd(a);
    const meetingBy = followUpMeetingBy(a);
    // Up to the body's sixth meeting after this one, and never more than a year on.
    const dates = meetingDates.get(a.meeting.body) ?? [];
    const later = dates.slice(firstAfter(dates, a.meeting.date));
    const nextMeeting = later[0] ?? null;
    const due = a.deadline.date && a.deadline.date > a.meeting.date ? a.deadline.date : a.meeting.date;
    const firstAfterDue = later.find((d) => d > due) ?? null;
    const yearOn = addDays(a.meeting.date, HORIZON_DAYS);
    const horizon = later[HORIZON_MEETINGS - 1] && later[HORIZON_MEETINGS - 1]! < yearOn ? later[HORIZON_MEETINGS - 1]! : yearOn;
    // Only the body's own minutes (and documents) from the agreement's meeting up to the horizon.
    const eligible = (p: Passage, i: number) =>
      !blocked[i] &&
      (p.kind === 'stuk' || p.body === a.meeting.body) &&
      (p.date === null || p.date <= horizon) &&
      // Its own minutes after it, later meetings, documents of that day or later; another file of the same day is no later meeting.
      (p.file === a.source.file ? p.line > a.source.line : p.date === null || p.date > a.meeting.date || (p.kind === 'stuk' && p.date === a.meeting.date));

    // The first passage dated on or after the agreement's meeting (undated ones last): postings are passage indices in date order.
    const from = firstAtOrAfterDate(passages, a.meeting.date);
    // Per passage: this agreement's stamp once visited, its candidate's place (or -1: not eligible).
    const stamp = ++stamps;
    const candidates: Candidate[] = [];
    const subject: AgreementTerms = { inCore, inContext, stamp, coreIds: [], coreIdf: [], coreText: [] };
    for (const t of core) {
      const id = idOf(t);
      subject.coreIds.push(id);
      subject.coreIdf.push(id < 0 ? unknownIdf : idfs[id]!);
      subject.coreText.push(t);
      if (id >= 0) inCore[id] = stamp;
    }
    for (const t of context) {
      const id = idOf(t);
      if (id >= 0) inContext[id] = stamp;
    }
    // A candidate shares at least one of the agreement's own terms; the words around it only add to that.
    const groups = [postings.get(a.meeting.body), postings.get(DOCUMENTS)];
    const reach = (id: number, partialOf: number) => {
      if (df[id]! > COMMON * n) return;
      for (const g of groups) {
        const list = g?.[id];
        if (!list) continue;
        for (let k = firstAtOrAfter(list, from); k < list.length; k++) {
          const i = list[k]!;
          const date = passages[i]!.date;
          // Past the horizon: done with this body; a document of unknown date (sorted last) may still follow.
          if (date !== null && date > horizon) {
            if (g === groups[1]) continue;
            break;
          }
          visit(i, id, partialOf);
        }
      }
    };
    const visit = (i: number, id: number, partialOf: number) => {
      let c: Candidate;
      if (visited[i] === stamp) {
        const slot = slots[i]!;
        if (slot < 0) return;
        c = candidates[slot]!;
      } else {
        visited[i] = stamp;
        if (!eligible(passages[i]!, i)) {
          slots[i] = -1;
          return;
        }
        slots[i] = candidates.length;
        c = { at: i, shared: [], partial: null };
        candidates.push(c);
      }
      if (partialOf >= 0) {
        if (!c.partial) c.partial = [partialOf];
        else if (!c.partial.includes(partialOf)) c.partial.push(partialOf);
      } else if (c.shared[c.shared.length - 1] !== id) c.shared.push(id);
    };
    for (let k = 0; k < subject.coreIds.length; k++) {
      const id = subject.coreIds[k]!;
      if (id >= 0) reach(id, -1);
      const t = subject.coreText[k]!;
      if (t.length >= 4) for (const longer of bySuffix.get(t) ?? []) reach(longer, k);
    }
    // The words around it only add to a candidate: looked up in its own terms, added in the order of `context`
    // (every candidate is in the window of every term, so this is what walking each term's postings found).
    const contextIds: number[] = [];
    for (const t of context) {
      const id = idOf(t);
      if (id < 0) continue;
      if (df[id]! <= COMMON * n) {
        contextAt[id] = contextIds.push(id) - 1;
        contextStamp[id] = stamp;
      }
    }
    // Each candidate's terms looked up, or each term's postings walked: whichever is shorter. Both add in the order of `context`.
    let viaPostings = 0;
    let viaCandidates = 0;
    if (contextIds.length) {
      for (const id of contextIds) for (const g of groups) if (g?.[id]) viaPostings += g[id].length - firstAtOrAfter(g[id], from);
      for (const c of candidates) viaCandidates += ids[c.at]!.length;
    }
    if (viaPostings && viaPostings < viaCandidates)
      for (const id of contextIds)
        for (const g of groups) {
          const list = g?.[id];
          if (!list) continue;
          for (let k = firstAtOrAfter(list, from); k < list.length; k++) {
            const i = list[k]!;
            if (visited[i] === stamp && slots[i]! >= 0) candidates[slots[i]!]!.shared.push(id);
          }
        }
    else if (viaCandidates)
      for (const c of candidates) {
        const found = contextFound;
        found.length = 0;
        for (const t of ids[c.at]!) if (contextStamp[t] === stamp) found.push(t);
        // By place in `context`: an insertion sort, the lists are short.
        for (let k = 1; k < found.length; k++) {
          const t = found[k]!;
          let j = k - 1;
          for (; j >= 0 && contextAt[found[j]!]! > contextAt[t]!; j--) found[j + 1] = found[j]!;
          found[j + 1] = t;
        }
        for (let k = 0; k < found.length; k++) if (k === 0 || found[k] !== found[k - 1]) c.shared.push(found[k]!);
      }
    const weights = { core: weightOf(core, idf), context: weightOf(context, idf) };
    const scored: Scored[] = [];
    const ctx = { nextMeeting, firstAfterDue, sharesOwnNoun: false, windowEnd, meetingBy };
    for (const c of candidates) {
      const i = c.at;
      const p = passages[i]!;
      if ((linked.size && linked.has(`${p.file}:${p.line}`)) || p.text.includes(a.id)) continue;
      const f = facts[i]!;
      const parts = scoreParts(a, p, f, subject, weights, c, idfs, owners);
      // A noun of the agreement's own text in the passage: a verb, date or owner alone is no subject.
      ctx.sharesOwnNoun = namesOwnNoun(c.shared, subject, texts, owners) || (c.partial !== null && namesOwnNounPartly(c.partial, subject, owners));
      const result = mayReportResult(actions, ctx.sharesOwnNoun) ? actionResult(a, actions, p, all[i]!.reading(), ctx) : null;
      // Shared words and the promised result are two kinds of evidence: either may carry a proposal.
      // A progress report ("nog niet gereed") is a follow-up, but no sign that the agreement was done.
      const words = combine(parts) * (p.file === a.source.file ? 0.6 : 1) * (f.notYet ? 0.5 : 1);
      const score = 1 - (1 - words) * (1 - (result ? RESULT_STRENGTH[result] : 0));
      if (score > 0 && score >= keepFrom) scored.push({ passage: p, score, parts, result });
    }
    scored.sort((x, y) => y.score - x.score || compareDates(x.passage.date ?? '9999', y.passage.date ?? '9999') || x.passage.line - y.passage.line);
    out.set(a.id, scored);
  }
  return out;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

