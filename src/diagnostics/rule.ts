/** One entry of the catalogue (messages.ts): its severity, its Dutch text, and how to fix it. */
export type Severity = 'error' | 'warning' | 'info';

export interface Rule<P = never> {
  /** info: a proposal for the secretariat, never a problem (lrt check still exits 0). */
  severity: Severity;
  /** What is wrong and how to fix it, in plain Dutch. */
  message: (p: P) => string;
  /** How to fix it, when the message does not already say so (shown after the message). */
  hint?: (p: P) => string;
}
