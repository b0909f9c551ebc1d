import type { Diagnostic } from '../schema/diagnostic.js';

/**
 * A diagnostic thrown across a boundary (git, the output folder, a data file, the command line):
 * the catcher prints `diagnostics` as it prints lrt check's, never an Error's bare text.
 */
export class DiagnosticError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(first: Diagnostic, ...more: Diagnostic[]) {
    // The message reads as the diagnostics do, for a catcher that only has an Error's text.
    super(
      [first, ...more].map((d, i) => `${i ? '  ' : ''}${d.file && i ? `${d.file}: ` : ''}${d.message}`).join('\n'),
      first.cause === undefined ? undefined : { cause: first.cause },
    );
    this.diagnostics = [first, ...more];
  }

  get diagnostic(): Diagnostic {
    return this.diagnostics[0]!;
  }
}
