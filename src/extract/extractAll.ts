import type { Diagnostic } from '../schema/diagnostic.js';
import type { Registry } from '../schema/registry.js';
import { diagnostic, internalError } from '../diagnostics/diagnostic.js';
import type { ParsedSource } from '../parse/parseSource.js';
import { extractMinutes, type ExtractContext, type MinutesRecord } from './extractMinutes.js';
import type { StatusUpdateRecord, DocumentRecord } from './extractSideFiles.js';
import type { ConfirmationRecord } from './extractConfirmation.js';
import { unregisteredBlocks } from './unregisteredBlocks.js';
import type { MinutesCandidate } from './classifySource.js';

export type SourceRecord = MinutesRecord | StatusUpdateRecord | DocumentRecord | ConfirmationRecord;

/** One minutes file to its record; null when extraction failed on it (reported as internal-error). */
export function extractCandidate(m: MinutesCandidate, ctx: ExtractContext): { record: MinutesRecord | null; diagnostics: Diagnostic[] } {
  try {
    const record = extractMinutes(m.source, m.fm, m.body, ctx);
    return { record, diagnostics: record.diagnostics };
  } catch (e) {
    // A bug met by one file must not stop the others from being checked.
    return { record: null, diagnostics: [internalError(m.source.file, e)] };
  }
}

/** The labelled blocks of a file that does not reach the register, counted. */
export function countUnregistered(source: ParsedSource, registry: Registry): Diagnostic[] {
  try {
    return unregisteredBlocks(source, registry.labels);
  } catch {
    // Counting is a courtesy on top of the error already reported for this file.
    return [];
  }
}
