import type { Diagnostic } from '../schema/diagnostic.js';
import { RULES, type RuleId } from './messages.js';

export interface Position {
  line: number;
  column: number;
}

/** Builds a diagnostic from the catalogue, so no message is written outside it. */
export function diagnostic(
  rule: RuleId,
  file: string,
  at: Position | undefined,
  params: Record<string, string | number> = {},
): Diagnostic {
  const entry = RULES[rule];
  return {
    file,
    line: Math.max(1, at?.line ?? 1),
    column: Math.max(1, at?.column ?? 1),
    rule,
    severity: entry.severity,
    message: entry.message(params),
  };
}

/** Stable order: by file, then line, then column. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
