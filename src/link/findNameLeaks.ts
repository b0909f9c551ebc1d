import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceRecord } from '../extract/extractAll.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import { foldName, namePatterns } from '../extract/namePatterns.js';

/**
 * A name marked not public (Woo art. 5.1.2e) may stand only where it is declared. Anywhere else,
 * in any file, it would be published, so each occurrence is an error at its line: the whole name,
 * or the surname alone, which names the person just as well.
 */
export function findNameLeaks(records: SourceRecord[]): Diagnostic[] {
  const names = records.flatMap((r) => (r.kind === 'verslag' ? (r as MinutesRecord).nonPublicNames : []));
  if (names.length === 0) return [];
  const out: Diagnostic[] = [];
  const declared = new Set(names.map((n) => `${n.file}:${n.line}`));
  const wanted = names.map((n) => ({ n, patterns: namePatterns(n.name) }));
  for (const r of records) {
    const lines = r.source.text.split('\n');
    lines.forEach((raw, i) => {
      if (declared.has(`${r.file}:${i + 1}`)) return;
      const line = foldName(raw);
      for (const { n, patterns } of wanted) {
        const at = patterns.map((p) => p.exec(line)?.index ?? -1).find((x) => x >= 0) ?? -1;
        if (at >= 0)
          out.push(diagnostic('name-not-public', r.file, { line: i + 1, column: at + 1 }, { value: n.name, where: `${n.file}:${n.line}`, org: n.org || 'organisatie' }));
      }
    });
  }
  return out;
}
