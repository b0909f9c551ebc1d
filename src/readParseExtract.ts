import type { Diagnostic } from './schema/diagnostic.js';
import type { Registry } from './schema/registry.js';
import type { RawSource } from './read/readSources.js';
import { diagnostic, internalError } from './diagnostics/diagnostic.js';
import { decodeSource } from './parse/decodeSource.js';
import { parseSource, type ParsedSource } from './parse/parseSource.js';
import { freezeFrontmatter, type FrozenFrontmatter } from './parse/frozenFrontmatter.js';
import { packTree } from './parse/packedTree.js';
import { classifySource } from './extract/classifySource.js';
import { countUnregistered, extractCandidate, type SourceRecord } from './extract/extractAll.js';
import { buildOrganisationIndex, type OrganisationIndex } from './extract/organisationIndex.js';
import { unregisteredBlocks } from './extract/unregisteredBlocks.js';
import { labelMatchers, type LabelMatchers } from './extract/labelMatcher.js';
import { sectionsOf, type Section } from './publish/site/sectionsOf.js';
import { indexPipeline, packTerms, termCounter, type CountedTerms } from './publish/site/countTerms.js';
import { readFilePassages, type FilePassages } from './link/filePassages.js';
import { wordMemo, type WordMemo } from './link/textTerms.js';

/** A record without its source: the source is put back from the file's result when linking. */
export type FileRecord = SourceRecord extends infer R ? (R extends { source: unknown } ? Omit<R, 'source'> : never) : never;

/** What the site needs of a file it renders (minutes, documents), made where the file is parsed. */
export interface FilePublish {
  /**
   * The file's tree, packed (parse/packedTree.ts): the page is rendered from the tree the register
   * was read from. Null when the executor keeps it elsewhere (the CLI's cache: SiteInput.loadTree).
   */
  tree: Uint8Array | null;
  /** Its passages, for search. */
  sections: Section[];
  /** Each passage's text as the search index counts its terms, packed (countTerms.ts): a rebuild counts only what changed. */
  terms: Uint8Array;
}

/**
 * One file read, parsed, classified and extracted: a plain value (no functions, no class
 * instances), so it can be cached and sent between threads as it is, and it depends on this
 * file's bytes and the registry alone.
 */
export interface FileResult {
  file: string;
  /** The decoded text; null when the bytes are not text or the parser failed on them (reported). */
  text: string | null;
  parseDiagnostics: Diagnostic[];
  frontmatter: FrozenFrontmatter | null;
  /** The meeting of minutes whose front matter holds (also when extraction failed): deadlines that name meetings are resolved against these. */
  meeting: { body: string; date: string } | null;
  record: FileRecord | null;
  /** Every diagnostic of this file alone, in the order the stages made them. */
  diagnostics: Diagnostic[];
  /** What the site needs of this file; only when asked for (forSite), and only for minutes and documents. */
  publish: FilePublish | null;
  /** What the follow-up suggestions read of its passages (minutes and documents): a cached run need not read them again. */
  passages: FilePassages | null;
}

/** What every file of a run is read with. */
export interface TaskSettings {
  registry: Registry;
  /** The site will be built: files carry what it renders (FileResult.publish). */
  forSite: boolean;
}

/** The settings with what is derived from them once per thread, not once per file. */
export interface PreparedTask extends TaskSettings {
  index: OrganisationIndex;
  /** The label matchers, built once per thread. */
  matchers: LabelMatchers;
  /** Counts a text's terms as the search index does (only for the site). */
  countTerms: ((text: string) => CountedTerms) | null;
  /** Words stemmed on this thread, for the passages of every file it reads. */
  words: WordMemo;
}

/**
 * How many passage texts a thread remembers the counted terms of: enough for a file's repeated
 * passages (an agreement is counted as a passage and as context). Unbounded, a worker kept every
 * text of every file it read (and the file's whole text behind each: 130 MB a worker at 10,000 meetings).
 */
const TEXTS_REMEMBERED = 2000;

export function prepareTask(settings: TaskSettings): PreparedTask {
  return {
    ...settings,
    index: buildOrganisationIndex(settings.registry.organisaties),
    matchers: labelMatchers(settings.registry.labels),
    countTerms: settings.forSite ? termCounter(indexPipeline().pipeline, [], TEXTS_REMEMBERED) : null,
    words: wordMemo(),
  };
}

const sourceless = <T extends { source: unknown }>(record: T): Omit<T, 'source'> => {
  const { source: _source, ...rest } = record;
  return rest;
};

/** decode → parse → classify → extract, for one file: the map of the pipeline. */
export function readParseExtract(raw: RawSource, task: PreparedTask): FileResult {
  const file = raw.path;
  const empty = { file, text: null, parseDiagnostics: [], frontmatter: null, meeting: null, record: null, publish: null, passages: null };
  const decoded = decodeSource(file, raw.bytes);
  if (!decoded.ok) {
    // Not UTF-8, but readable as UTF-16 or Windows-1252: say how many blocks are missing because of it.
    const counted = decoded.guess !== undefined ? countGuessed(file, decoded.guess, task.registry) : [];
    return { ...empty, diagnostics: [decoded.diagnostic, ...counted] };
  }
  let source: ParsedSource;
  try {
    source = parseSource(file, decoded.text);
  } catch (e) {
    // One unreadable file must not stop the others from being checked.
    return { ...empty, diagnostics: [internalError(file, e)] };
  }
  const base = {
    file,
    text: source.text,
    parseDiagnostics: source.diagnostics,
    frontmatter: source.frontmatter ? freezeFrontmatter(source.frontmatter) : null,
  };
  const publish = (): FilePublish | null => {
    if (!task.countTerms) return null;
    const sections = sectionsOf(source.tree);
    return { tree: packTree(source.tree), sections, terms: packTerms(sections.map((s) => task.countTerms!(s.text))) };
  };
  const c = classifySource(source, task.registry);
  if (c.kind === 'verslag') {
    const x = extractCandidate(c, { registry: task.registry, index: task.index, matchers: task.matchers });
    return {
      ...base,
      meeting: { body: c.body.code, date: c.fm.datum },
      record: x.record ? (sourceless(x.record) as FileRecord) : null,
      diagnostics: [...c.diagnostics, ...x.diagnostics, ...(x.record ? [] : countUnregistered(source, task.registry))],
      publish: publish(),
      passages: x.record ? readFilePassages(x.record, task.words) : null,
    };
  }
  if (c.kind === 'bijlage')
    return {
      ...base,
      meeting: null,
      record: sourceless(c.record) as FileRecord,
      diagnostics: c.diagnostics,
      publish: c.record.kind === 'stuk' ? publish() : null,
      passages: readFilePassages(c.record, task.words),
    };
  return {
    ...base,
    meeting: null,
    record: null,
    diagnostics: [...c.diagnostics, ...(c.unregistered ? countUnregistered(source, task.registry) : [])],
    publish: null,
    passages: null,
  };
}

/** The labelled blocks in a file that could only be guessed at (UTF-16, Windows-1252), counted. */
function countGuessed(file: string, guess: string, registry: Registry): Diagnostic[] {
  try {
    return unregisteredBlocks(parseSource(file, guess), registry.labels);
  } catch {
    return [];
  }
}
