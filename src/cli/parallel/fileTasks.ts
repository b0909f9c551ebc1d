import type { Diagnostic } from '../../schema/diagnostic.js';
import type { Registry } from '../../schema/registry.js';
import type { MinutesFrontmatter } from '../../schema/frontmatter.js';
import { diagnostic, internalError } from '../../diagnostics/diagnostic.js';
import { parseSource, type ParsedSource } from '../../parse/parseSource.js';
import { parseFrontmatter } from '../../parse/parseFrontmatter.js';
import { classifySource, type MinutesCandidate } from '../../extract/classifySource.js';
import { countUnregistered, extractCandidate } from '../../extract/extractAll.js';
import type { ExtractContext, MinutesRecord } from '../../extract/extractMinutes.js';
import type { DocumentRecord, StatusUpdateRecord } from '../../extract/extractSideFiles.js';
import type { ConfirmationRecord } from '../../extract/extractConfirmation.js';
import { observeMeetingLookups } from '../../extract/deadline/meetingIndex.js';
import { sectionsOf, type Section } from '../../publish/site/sectionsOf.js';
import { freezeFrontmatter, type FrozenFrontmatter } from '../cache/frozenFrontmatter.js';

type Sourceless<T> = Omit<T, 'source'>;

/**
 * What one file gives before the meetings of the run are known, in a form that survives the
 * cache and the way back from a worker thread: parse and front-matter diagnostics, what the file
 * is, and the passages search shows (so a rebuild needs no tree for them).
 */
export interface FrontEntry {
  parseDiagnostics: Diagnostic[];
  frontmatter: FrozenFrontmatter | null;
  classified:
    | { kind: 'verslag'; fm: MinutesFrontmatter; body: string; diagnostics: Diagnostic[] }
    | { kind: 'bijlage'; record: Sourceless<StatusUpdateRecord> | Sourceless<DocumentRecord> | Sourceless<ConfirmationRecord>; diagnostics: Diagnostic[] }
    | { kind: 'geen'; unregistered: boolean; diagnostics: Diagnostic[]; counted: Diagnostic[] }
    /** The parser itself failed on this file: reported, and the file is left out. */
    | { kind: 'kapot'; diagnostics: Diagnostic[] };
  /** Passages of minutes and documents, computed when the run builds the site; absent otherwise. */
  sections?: Section[] | null;
}

type FrontBijlage = Extract<FrontEntry['classified'], { kind: 'bijlage' }>;

/** One minutes file extracted with the run's meetings known. */
export interface ExtractEntry {
  record: Sourceless<MinutesRecord> | null;
  diagnostics: Diagnostic[];
  /** For a file whose extraction failed: its labelled blocks, counted. */
  counted: Diagnostic[];
  /** Whether a deadline looked up the meetings: if not, the entry holds for any list of them. */
  lookedUp: boolean;
}

export function withoutSource<T extends { source: ParsedSource }>(record: T): Sourceless<T> {
  const { source: _source, ...rest } = record;
  return rest;
}

/** Parse and classify one decoded file; the source stays with the caller for extraction. */
export function frontOf(
  file: string,
  text: string,
  registry: Registry,
  withSections = false,
): { entry: FrontEntry; source: ParsedSource | null; candidate: MinutesCandidate | null } {
  let source: ParsedSource;
  try {
    source = parseSource(file, text);
  } catch (e) {
    // One unreadable file must not stop the others from being checked.
    return {
      entry: { parseDiagnostics: [], frontmatter: null, classified: { kind: 'kapot', diagnostics: [internalError(file, e)] } },
      source: null,
      candidate: null,
    };
  }
  const c = classifySource(source, registry);
  const base = { parseDiagnostics: source.diagnostics, frontmatter: source.frontmatter ? freezeFrontmatter(source.frontmatter) : null };
  if (c.kind === 'verslag')
    return {
      entry: {
        ...base,
        classified: { kind: 'verslag', fm: c.fm, body: c.body.code, diagnostics: c.diagnostics },
        ...(withSections ? { sections: sectionsOf(source.tree) } : {}),
      },
      source,
      candidate: c,
    };
  if (c.kind === 'bijlage')
    return {
      entry: {
        ...base,
        classified: { kind: 'bijlage', record: withoutSource(c.record) as FrontBijlage['record'], diagnostics: c.diagnostics },
        ...(withSections && c.record.kind === 'stuk' ? { sections: sectionsOf(source.tree) } : {}),
      },
      source,
      candidate: null,
    };
  const counted = c.unregistered ? countUnregistered(source, registry) : [];
  return { entry: { ...base, classified: { kind: 'geen', unregistered: c.unregistered, diagnostics: c.diagnostics, counted } }, source, candidate: null };
}

/** Extract one minutes file, noting whether the result depends on the list of meetings. */
export function extractOf(candidate: MinutesCandidate, ctx: ExtractContext, registry: Registry): ExtractEntry {
  const { value, lookedUp } = observeMeetingLookups(() => extractCandidate(candidate, ctx));
  return {
    record: value.record ? withoutSource(value.record) : null,
    diagnostics: value.diagnostics,
    counted: value.record ? [] : countUnregistered(candidate.source, registry),
    lookedUp,
  };
}


/**
 * The meeting a file holds, read from its front matter alone (no Markdown parse): the run's
 * provisional list of meetings, so workers can extract as they parse. The caller compares it
 * with what the full parse says and extracts again where they differ.
 */
export function meetingFromFrontmatter(file: string, text: string, registry: Registry): { body: string; date: string } | null {
  const fence = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  if (!fence) return null;
  try {
    const frontmatter = parseFrontmatter(file, fence[1]!, 1);
    const c = classifySource({ file, text, tree: { type: 'root', children: [] }, frontmatter, diagnostics: [] }, registry);
    return c.kind === 'verslag' ? { body: c.body.code, date: c.fm.datum } : null;
  } catch {
    return null;
  }
}
