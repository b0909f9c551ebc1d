import { z } from 'zod';

/**
 * The one shape every problem takes, from YAML syntax to a dangling follow-up, an import note,
 * a refused build or a git base that cannot be read.
 */
export const DiagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  /** How to fix it, when the message does not say so itself; printed after the message. */
  hint: z.string().optional(),
  /**
   * What went wrong inside, for the maintainers: never shown to the secretariat, printed (with its
   * stack) only under LRT_DEBUG=1. Not part of the JSON output.
   */
  cause: z.union([z.instanceof(Error), z.string()]).optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
