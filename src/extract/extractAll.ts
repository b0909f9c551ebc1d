import type { Diagnostic } from '../schema/diagnostic.js';
import type { Registry } from '../schema/registry.js';
import {
  MinutesFrontmatterSchema,
  StatusUpdateFrontmatterSchema,
  DocumentFrontmatterSchema,
  type MinutesFrontmatter,
} from '../schema/frontmatter.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedSource } from '../parse/parseSource.js';
import { validateFrontmatter } from '../parse/validateFrontmatter.js';
import { extractMinutes, findBody, type MinutesRecord } from './extractMinutes.js';
import { extractStatusUpdate, extractDocument, type StatusUpdateRecord, type DocumentRecord } from './extractSideFiles.js';
import { buildOrganisationIndex } from './organisationIndex.js';
import { unregisteredBlocks } from './unregisteredBlocks.js';
import type { Body } from '../schema/registry.js';

export type SourceRecord = MinutesRecord | StatusUpdateRecord | DocumentRecord;

export interface Extracted {
  records: SourceRecord[];
  diagnostics: Diagnostic[];
}

/**
 * Which kind of file this is follows from its front matter: "orgaan" makes minutes, "afspraak"
 * a status update, "soort: stuk" a document.
 */
function kindOf(data: unknown): 'verslag' | 'voortgang' | 'stuk' | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  if (d.soort === 'stuk') return 'stuk';
  if ('afspraak' in d || d.soort === 'voortgang') return 'voortgang';
  if ('orgaan' in d || 'datum' in d || 'aanwezig' in d || 'status' in d) return 'verslag';
  return null;
}

/** All parsed files to records. Meetings are gathered first so deadlines can name later meetings. */
export function extractAll(parsed: ParsedSource[], registry: Registry): Extracted {
  const diagnostics: Diagnostic[] = [];
  const index = buildOrganisationIndex(registry.organisaties);
  const minutes: { source: ParsedSource; fm: MinutesFrontmatter; body: Body }[] = [];
  const records: SourceRecord[] = [];
  // Files that may be minutes but do not reach the register: their labelled blocks are counted.
  const unregistered: ParsedSource[] = [];

  for (const source of parsed) {
    diagnostics.push(...source.diagnostics);
    const fm = source.frontmatter;
    if (!fm || fm.data === null) {
      unregistered.push(source);
      continue;
    }
    // Front matter that is a list or a bare text: say what it must be, whatever the file is.
    const isObject = typeof fm.data === 'object' && !Array.isArray(fm.data);
    const kind = kindOf(fm.data) ?? (source.file.includes('minutes/') || !isObject ? 'verslag' : null);
    if (kind === null) {
      diagnostics.push(diagnostic('file-kind-unknown', source.file, fm.positionOf([])));
      unregistered.push(source);
      continue;
    }
    if (kind === 'verslag') {
      const v = validateFrontmatter(MinutesFrontmatterSchema, fm, source.file);
      diagnostics.push(...v.diagnostics);
      if (!v.ok) {
        unregistered.push(source);
        continue;
      }
      const body = findBody(v.value.orgaan, registry.organen);
      if (!body) {
        diagnostics.push(
          diagnostic('body-unknown', source.file, fm.positionOf(['orgaan']), {
            value: v.value.orgaan,
            allowed: registry.organen.map((b) => b.code).join(', '),
          }),
        );
        unregistered.push(source);
        continue;
      }
      minutes.push({ source, fm: v.value, body });
    } else if (kind === 'voortgang') {
      const v = validateFrontmatter(StatusUpdateFrontmatterSchema, fm, source.file);
      diagnostics.push(...v.diagnostics);
      if (v.ok) records.push(extractStatusUpdate(source, v.value));
    } else {
      const v = validateFrontmatter(DocumentFrontmatterSchema, fm, source.file);
      diagnostics.push(...v.diagnostics);
      if (v.ok) records.push(extractDocument(source, v.value));
    }
  }

  const meetings = minutes.map((m) => ({ body: m.body.code, date: m.fm.datum }));
  for (const m of minutes) {
    let record: MinutesRecord;
    try {
      record = extractMinutes(m.source, m.fm, m.body, { registry, index, meetings });
    } catch {
      // A bug met by one file must not stop the others from being checked.
      diagnostics.push(diagnostic('internal-error', m.source.file, undefined));
      unregistered.push(m.source);
      continue;
    }
    diagnostics.push(...record.diagnostics);
    records.push(record);
  }
  for (const source of unregistered) {
    try {
      diagnostics.push(...unregisteredBlocks(source, registry.labels));
    } catch {
      // Counting is a courtesy on top of the error already reported for this file.
    }
  }
  return { records, diagnostics };
}
