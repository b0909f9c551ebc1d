import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceRecord } from '../extract/extractAll.js';
import type { MinutesRecord, NonPublicName } from '../extract/extractMinutes.js';
import { foldForNames, foldHidden } from '../extract/foldForNames.js';
import { ALONE_MIN_LETTERS, nameMatcher, nameWords, type NameHit } from '../extract/nameMatcher.js';
import { dutchStem } from '../language/dutchStem.js';
import { positionIn } from '../parse/positionIn.js';
import { distinctNames } from '../extract/distinctNames.js';

/**
 * A name marked not public (Woo art. 5.1.2e) may stand only where it is declared. Anywhere else,
 * in any file and in any form the publication gate would find (nameMatcher on foldForNames), it
 * is an error at the place where the occurrence starts in the original text.
 */
export function findNameLeaks(records: SourceRecord[]): Diagnostic[] {
  const all = records.flatMap((r) => (r.kind === 'verslag' ? (r as MinutesRecord).nonPublicNames : []));
  if (all.length === 0) return [];
  const out: Diagnostic[] = [];
  const declared = new Set(all.map((n) => `${n.file}:${n.line}`));
  const wanted = distinctNames(all).map((n) => ({ n, matcher: nameMatcher(n.name, { alone: n.alone }) }));
  const stems = stemTargets(wanted.map((w) => w.n));
  for (const r of records) {
    const position = positionIn(r.source.text);
    const seen = new Set<string>();
    // The text as read, and what links and tags carry besides (a URL is published too).
    const text = foldForNames(r.source.text, true);
    const covered: NameHit[] = [];
    for (const folded of [text, foldHidden(r.source.text, true)]) {
      for (const { n, matcher } of wanted) {
        for (const hit of matcher.find(folded)) {
          if (folded === text) covered.push(hit);
          const at = position(folded.sourceOffset!(hit.start));
          const key = `${at.line}:${at.column}:${n.name}`;
          if (declared.has(`${r.file}:${at.line}`) || seen.has(key)) continue;
          seen.add(key);
          out.push(diagnostic('name-not-public', r.file, at, { value: n.name, where: `${n.file}:${n.line}`, org: n.org || 'organisatie' }));
        }
      }
    }
    // A longer word the search index stems to the name ("Zonnevelden" → "zonneveld"): the gate would find it.
    for (const m of stems ? text.text.matchAll(stems.longer) : []) {
      const n = stems!.targets.get(dutchStem(m[0]));
      if (!n || covered.some((h) => h.start <= m.index && m.index < h.end)) continue;
      const at = position(text.sourceOffset!(m.index));
      if (declared.has(`${r.file}:${at.line}`)) continue;
      out.push(diagnostic('name-not-public', r.file, at, { value: n.name, where: `${n.file}:${n.line}`, org: n.org || 'organisatie' }));
    }
  }
  return out;
}

/** The surnames a word can stem to in the search index: at least ALONE_MIN_LETTERS long, or a one-word name found alone. */
function stemTargets(names: NonPublicName[]): { targets: Map<string, NonPublicName>; longer: RegExp } | null {
  const targets = new Map<string, NonPublicName>();
  for (const n of names) {
    const words = nameWords(n.name);
    const last = words[words.length - 1] ?? '';
    if (/^\p{L}+$/u.test(last) && (last.length >= ALONE_MIN_LETTERS || (n.alone && words.length === 1))) targets.set(last, n);
  }
  if (targets.size === 0) return null;
  return { targets, longer: new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...targets.keys()].join('|')})\\p{L}+`, 'gu') };
}
