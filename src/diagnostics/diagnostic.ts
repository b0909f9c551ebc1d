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
    message: entry.message(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? visible(v) : v]))),
  };
}

/**
 * Values quoted from a file into a message: control characters (a terminal escape such as ESC[2J)
 * and bidirectional overrides would act on the reader's terminal or reorder the message, so
 * they are shown as � instead; a line break would split the one-line message, so it becomes a space.
 */
function visible(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

/** Stable order: by file, then line, then column. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
