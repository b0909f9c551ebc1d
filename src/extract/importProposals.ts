import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';

/** The words lrt import starts its YAML comments with when it proposed a value instead of finding it. */
const PROPOSAL = /^(?:voorstel|niet gevonden|onduidelijk|afgeleid)\b/i;

export interface Proposal {
  key: string;
  comment: string;
  line: number;
}

/**
 * The front-matter values lrt import proposed ("datum: 2024-02-08  # voorstel: jaar uit de titel;
 * controleer"), read from the comments it writes after them.
 */
export function importProposals(text: string): Proposal[] {
  const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!fence) return [];
  const out: Proposal[] = [];
  fence[1]!.split('\n').forEach((l, i) => {
    // A top-level key, its value (quoted values may hold a "#"), then the comment.
    const m = /^([\p{L}_][\p{L}\p{N}_ -]*):(?:\s+(?:"[^"]*"|'[^']*'|[^#"'\n]*?))?\s+#\s*(.+?)\s*$/u.exec(l);
    if (m && PROPOSAL.test(m[2]!)) out.push({ key: m[1]!, comment: m[2]!.replace(/;\s*controleer$/i, ''), line: i + 2 });
  });
  return out;
}

/** One warning per proposed value of a concept, at its line, until it is checked and the comment removed. */
export function importProposalDiagnostics(file: string, proposals: Proposal[]): Diagnostic[] {
  return proposals.map((p) => diagnostic('import-proposal', file, { line: p.line, column: 1 }, { key: p.key, comment: p.comment }));
}
