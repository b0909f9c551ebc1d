import { z } from 'zod';
import { DiagnosticSchema, type Diagnostic } from '../schema/diagnostic.js';
import { SuggestionSchema, type Agreement } from '../schema/register.js';
import type { Organisation } from '../schema/registry.js';
import type { SourceRecord } from '../extract/extractAll.js';
import type { FilePassages } from './filePassages.js';
import { suggestFollowUps } from './suggestFollowUps.js';

/**
 * Keeps a part of the link stage between runs over the same inputs. cli/ gives one that keeps it
 * in the cache under the key of every file of the run, the registry, the tool and the as-of date;
 * a value read back that is not of the part's shape is computed anew. The default keeps nothing.
 */
export type LinkMemo = <T>(part: string, compute: () => T, isShape: (v: unknown) => v is T) => T;

export const computeEachTime: LinkMemo = (_part, compute) => compute();

const KeptSuggestionsSchema = z.object({
  /** Per agreement, in the order given: its proposals. */
  suggestions: z.array(z.array(SuggestionSchema)),
  diagnostics: z.array(DiagnosticSchema),
});
type KeptSuggestions = z.infer<typeof KeptSuggestionsSchema>;

/**
 * suggestFollowUps through the memo: the ranking looks at every passage of every file (its term
 * statistics are global), so it can only be kept whole, for a run whose files are all as before
 * (a check after a build, a build after a check). Same inputs, same agreements in the same order.
 */
export function rememberedSuggestions(
  agreements: Agreement[], records: SourceRecord[], asOf: string, organisations: Organisation[], read: ReadonlyMap<string, FilePassages>, memo: LinkMemo,
): Diagnostic[] {
  let computed = false;
  const kept = memo(
    'vervolgvoorstellen',
    (): KeptSuggestions => {
      computed = true;
      const diagnostics = suggestFollowUps(agreements, records, asOf, organisations, read);
      return { suggestions: agreements.map((a) => a.suggestions), diagnostics };
    },
    (v): v is KeptSuggestions => KeptSuggestionsSchema.safeParse(v).success && (v as KeptSuggestions).suggestions.length === agreements.length,
  );
  if (!computed) agreements.forEach((a, i) => (a.suggestions = kept.suggestions[i]!));
  return kept.diagnostics;
}
