import { z } from 'zod';

/** The one shape every problem takes, from YAML syntax to a dangling follow-up. */
export const DiagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
