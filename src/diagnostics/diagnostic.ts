import type { Diagnostic } from '../schema/diagnostic.js';
import { RULES, type ParamsOf, type Rule, type RuleCall, type RuleId } from './messages.js';

export interface Position {
  line: number;
  column: number;
}

/** The parameters of `rule`, optional when the rule reads none. */
export type RuleParams<R extends RuleId> = {} extends ParamsOf<R> ? [params?: ParamsOf<R>] : [params: ParamsOf<R>];

/** Builds a diagnostic from the catalogue, so no message is written outside it. */
export function diagnostic<R extends RuleId>(rule: R, file: string, at: Position | undefined, ...params: RuleParams<R>): Diagnostic {
  const entry = RULES[rule] as Rule<ParamsOf<R>>;
  const p = Object.fromEntries(Object.entries(params[0] ?? {}).map(([k, v]) => [k, typeof v === 'string' ? visible(v) : v])) as ParamsOf<R>;
  const hint = entry.hint?.(p);
  return {
    file,
    line: Math.max(1, at?.line ?? 1),
    column: Math.max(1, at?.column ?? 1),
    rule,
    severity: entry.severity,
    message: entry.message(p),
    ...(hint ? { hint } : {}),
  };
}

/** The diagnostic for a rule a stage found before it knew the file (a hint, an id problem, a hazard). */
export function diagnosticOf(call: RuleCall, file: string, at: Position | undefined): Diagnostic {
  return (diagnostic as (r: RuleId, f: string, a: Position | undefined, p: unknown) => Diagnostic)(call.rule, file, at, call.params);
}

/**
 * A failure of the program itself on `file`: the secretariat reads a short Dutch line, the
 * maintainers get `cause` (with its stack under LRT_DEBUG=1) instead of losing it.
 */
export function internalError(file: string, cause: unknown, at?: Position): Diagnostic {
  // The stack as text: a file's diagnostics are cached as JSON and cross worker threads, where an Error would lose it.
  return { ...diagnostic('internal-error', file, at), cause: cause instanceof Error ? (cause.stack ?? `${cause.name}: ${cause.message}`) : String(cause) };
}

/** An Error stays one (its stack is the point); anything else thrown is kept as text. */
export function asCause(e: unknown): Error | string {
  return e instanceof Error ? e : String(e);
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
