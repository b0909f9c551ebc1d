import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { DiagnosticError } from '../diagnostics/diagnosticError.js';

/**
 * A mistake in a data file (data/*.yaml) as a diagnostic: the file, the line and column of the
 * value zod rejected (or of the nearest enclosing value found), zod's Dutch message.
 */
export function dataFileError(file: string, text: string, issue: z.core.$ZodIssue): DiagnosticError {
  const at = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
  return new DiagnosticError(diagnostic('data-invalid', file, positionOf(text, at), { at: at.join('.'), detail: issue.message }));
}

function positionOf(text: string, at: (string | number)[]): Position | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  for (let n = at.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(at.slice(0, n), true);
    if (isNode(node) && node.range) {
      const p = lineCounter.linePos(node.range[0]);
      return { line: p.line, column: p.col };
    }
  }
  return undefined;
}
