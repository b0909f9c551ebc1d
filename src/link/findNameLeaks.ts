import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceRecord } from '../extract/extractAll.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import { normalizeForMatch } from '../extract/normalize.js';

/**
 * A name marked not public (Woo art. 5.1.2e) may stand only where it is declared. Anywhere else,
 * in any file, it would be published, so each occurrence is an error at its line.
 */
export function findNameLeaks(records: SourceRecord[]): Diagnostic[] {
  const names = records.flatMap((r) => (r.kind === 'verslag' ? (r as MinutesRecord).nonPublicNames : []));
  if (names.length === 0) return [];
  const out: Diagnostic[] = [];
  const declared = new Set(names.map((n) => `${n.file}:${n.line}`));
  for (const r of records) {
    const lines = r.source.text.split('\n');
    lines.forEach((raw, i) => {
      if (declared.has(`${r.file}:${i + 1}`)) return;
      const line = normalizeForMatch(raw).toLowerCase();
      for (const n of names) {
        const col = line.indexOf(normalizeForMatch(n.name).toLowerCase());
        if (col >= 0)
          out.push(diagnostic('name-not-public', r.file, { line: i + 1, column: col + 1 }, { value: n.name, where: `${n.file}:${n.line}`, org: n.org || 'organisatie' }));
      }
    });
  }
  return out;
}
