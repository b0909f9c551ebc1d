import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceRecord } from '../extract/extractAll.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import { foldForNames, foldHidden } from '../extract/foldForNames.js';
import { nameMatcher } from '../extract/nameMatcher.js';
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
  for (const r of records) {
    const position = positionIn(r.source.text);
    const seen = new Set<string>();
    // The text as read, and what links and tags carry besides (a URL is published too).
    for (const folded of [foldForNames(r.source.text, true), foldHidden(r.source.text, true)]) {
      for (const { n, matcher } of wanted) {
        for (const hit of matcher.find(folded)) {
          const at = position(folded.sourceOffset!(hit.start));
          const key = `${at.line}:${at.column}:${n.name}`;
          if (declared.has(`${r.file}:${at.line}`) || seen.has(key)) continue;
          seen.add(key);
          out.push(diagnostic('name-not-public', r.file, at, { value: n.name, where: `${n.file}:${n.line}`, org: n.org || 'organisatie' }));
        }
      }
    }
  }
  return out;
}
