import { z } from 'zod';

/** One row of data/begrippen.yaml: a term the site explains where it occurs. */
export const GlossaryEntrySchema = z
  .object({
    term: z.string().min(1),
    betekenis: z.string().min(1),
    soort: z.enum(['afkorting', 'begrip']),
    varianten: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
