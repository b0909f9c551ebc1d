import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';

/** The words lrt import starts its YAML comments with when it proposed a value instead of finding it. */
const PROPOSAL = /^(?:voorstel|niet gevonden|onduidelijk|afgeleid)\b/i;

/**
 * The front-matter values of a concept that lrt import proposed ("datum: 2024-02-08  # voorstel: jaar
 * uit de titel; controleer"): one warning each, at its line, until the secretariat has checked it
 * and removed the comment.
 */
export function importProposals(file: string, text: string): Diagnostic[] {
  const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!fence) return [];
  const out: Diagnostic[] = [];
  fence[1]!.split('\n').forEach((l, i) => {
    // A top-level key, its value (quoted values may hold a "#"), then the comment.
    const m = /^([\p{L}_][\p{L}\p{N}_ -]*):(?:\s+(?:"[^"]*"|'[^']*'|[^#"'\n]*?))?\s+#\s*(.+?)\s*$/u.exec(l);
    if (m && PROPOSAL.test(m[2]!)) out.push(diagnostic('import-proposal', file, { line: i + 2, column: 1 }, { key: m[1]!, comment: m[2]!.replace(/;\s*controleer$/i, '') }));
  });
  return out;
}
