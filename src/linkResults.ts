import type { Diagnostic } from './schema/diagnostic.js';
import type { Register } from './schema/register.js';
import type { Registry } from './schema/registry.js';
import type { RawSource } from './read/readSources.js';
import type { SourceText } from './parse/parseSource.js';
import { thawFrontmatter } from './parse/frozenFrontmatter.js';
import type { SourceRecord } from './extract/extractAll.js';
import { resolveDeadlines } from './link/resolveDeadlines.js';
import { buildRegister } from './link/buildRegister.js';
import type { FilePassages } from './link/filePassages.js';
import { computeEachTime, type LinkMemo } from './link/rememberedSuggestions.js';
import { sortDiagnostics } from './diagnostics/diagnostic.js';
import type { FilePublish, FileResult, TaskSettings } from './readParseExtract.js';

export type { FilePublish, FileResult, TaskSettings } from './readParseExtract.js';
export type { LinkMemo } from './link/rememberedSuggestions.js';

export interface PipelineResult {
  register: Register;
  records: SourceRecord[];
  /** Every file that could be read, in the order given. */
  parsed: SourceText[];
  /** What the site needs of the files it renders, by path (only when the run was for the site). */
  published: Map<string, FilePublish>;
  diagnostics: Diagnostic[];
}

/**
 * Runs readParseExtract over the files, however it likes (on this thread, on worker threads,
 * from a cache), and gives the results in the order of the files. cli/ injects one that caches
 * and uses threads; the default runs each file here.
 */
export type Executor = (files: RawSource[], settings: TaskSettings) => Promise<FileResult[]>;

export interface PipelineOptions {
  /** The site will be built from the result (default true): files carry what it renders. */
  forSite?: boolean;
  /** Keeps what linking computes over all files between runs over the same files (cli/: the cache). */
  memo?: LinkMemo;
}

/**
 * read → parse → extract → link with the map run by `executor` (the CLI's cache and worker
 * threads). This module loads no parser: a run whose files all come from the cache never needs
 * one (the executor loads it for the files it must read). pipeline.ts adds the map on this thread.
 */
export async function runPipelineWith(
  executor: Executor,
  raw: RawSource[],
  registry: Registry,
  asOf: string,
  generated: string,
  opts: PipelineOptions = {},
): Promise<PipelineResult> {
  return linkResults(await executor(raw, { registry, forSite: opts.forSite ?? true }), registry, asOf, generated, opts.memo);
}

/** The link stage over the files' results: sources put back with their records, meeting deadlines resolved, the register built. */
export function linkResults(results: FileResult[], registry: Registry, asOf: string, generated: string, memo: LinkMemo = computeEachTime): PipelineResult {
  const diagnostics: Diagnostic[] = [];
  const parsed: SourceText[] = [];
  const published = new Map<string, FilePublish>();
  const read = new Map<string, FilePassages>();
  const meetings: { body: string; date: string }[] = [];
  // Side files first, then minutes: the order extraction has always given them in.
  const side: SourceRecord[] = [];
  const minutes: SourceRecord[] = [];
  for (const r of results) {
    diagnostics.push(...r.diagnostics);
    if (r.text === null) continue;
    const source: SourceText = {
      file: r.file,
      text: r.text,
      frontmatter: r.frontmatter ? thawFrontmatter(r.frontmatter) : null,
      diagnostics: r.parseDiagnostics,
    };
    parsed.push(source);
    if (r.meeting) meetings.push(r.meeting);
    if (r.record) (r.record.kind === 'verslag' ? minutes : side).push({ ...r.record, source } as SourceRecord);
    if (r.publish) published.set(r.file, r.publish);
    if (r.passages) read.set(r.file, r.passages);
  }
  const resolved = resolveDeadlines([...side, ...minutes], meetings);
  const linked = buildRegister(resolved.records, asOf, generated, registry.organisaties, read, memo);
  return {
    register: linked.register,
    records: resolved.records,
    parsed,
    published,
    diagnostics: sortDiagnostics([...diagnostics, ...resolved.diagnostics, ...linked.diagnostics]),
  };
}
