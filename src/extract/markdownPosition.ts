import type { Position } from '../diagnostics/diagnostic.js';

/** Where a node starts (1-based line and column). */
export function pos(node: { position?: { start: { line: number; column: number } } }): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** The line a node ends on. */
export function endLineOf(node: { position?: { end: { line: number } } }, fallback: number): number {
  return node.position?.end.line ?? fallback;
}

/**
 * What an attribute line under a node must start with to stay inside the same containers: the
 * text before the node on its line, with list markers blanked ("> " in a quote, "  " under "- ").
 */
export function prefixAt(lines: string[], at: Position): string {
  return (lines[at.line - 1] ?? '').slice(0, at.column - 1).replace(/[-*+]|\d+[.)]/g, (m) => ' '.repeat(m.length));
}
