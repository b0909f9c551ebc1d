import type { Diagnostic } from '../schema/diagnostic.js';
import type { Registry } from '../schema/registry.js';
import { diagnostic, internalError } from '../diagnostics/diagnostic.js';
import type { ParsedSource } from '../parse/parseSource.js';
import { extractMinutes, type ExtractContext, type MinutesRecord } from './extractMinutes.js';
import type { StatusUpdateRecord, DocumentRecord } from './extractSideFiles.js';
import type { ConfirmationRecord } from './extractConfirmation.js';
import { buildOrganisationIndex } from './organisationIndex.js';
import { unregisteredBlocks } from './unregisteredBlocks.js';
import { classifySource, type MinutesCandidate } from './classifySource.js';

export type SourceRecord = MinutesRecord | StatusUpdateRecord | DocumentRecord | ConfirmationRecord;

export interface Extracted {
  records: SourceRecord[];
  diagnostics: Diagnostic[];
}

/** The meetings of a run, for deadlines that name a later meeting ("de LRT van juni"). */
export function meetingsOf(minutes: MinutesCandidate[]): ExtractContext['meetings'] {
  return minutes.map((m) => ({ body: m.body.code, date: m.fm.datum }));
}

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

/** All parsed files to records. Meetings are gathered first so deadlines can name later meetings. */
export function extractAll(parsed: ParsedSource[], registry: Registry): Extracted {
  const diagnostics: Diagnostic[] = [];
  const index = buildOrganisationIndex(registry.organisaties);
  const minutes: MinutesCandidate[] = [];
  const records: SourceRecord[] = [];
  // Files that may be minutes but do not reach the register: their labelled blocks are counted.
  const unregistered: ParsedSource[] = [];

  for (const source of parsed) {
    const c = classifySource(source, registry);
    diagnostics.push(...c.diagnostics);
    if (c.kind === 'verslag') minutes.push(c);
    else if (c.kind === 'bijlage') records.push(c.record);
    else if (c.unregistered) unregistered.push(source);
  }

  const meetings = meetingsOf(minutes);
  for (const m of minutes) {
    const r = extractCandidate(m, { registry, index, meetings });
    diagnostics.push(...r.diagnostics);
    if (r.record) records.push(r.record);
    else unregistered.push(m.source);
  }
  for (const source of unregistered) diagnostics.push(...countUnregistered(source, registry));
  return { records, diagnostics };
}
