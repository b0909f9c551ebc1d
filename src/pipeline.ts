import type { RawSource } from './read/readSources.js';
import type { Registry } from './schema/registry.js';
import { prepareTask, readParseExtract, type FileResult, type TaskSettings } from './readParseExtract.js';
import { linkResults, type Executor, type PipelineOptions, type PipelineResult } from './linkResults.js';

export type { FilePublish, FileResult, TaskSettings } from './readParseExtract.js';
export { linkResults, runPipelineWith, type Executor, type PipelineOptions, type PipelineResult } from './linkResults.js';

/** The executor that runs each file here, on this thread. */
export const inlineExecutor: Executor = async (files, settings) => mapFiles(files, settings);

function mapFiles(files: RawSource[], settings: TaskSettings): FileResult[] {
  const task = prepareTask(settings);
  return files.map((f) => readParseExtract(f, task));
}

/**
 * read → parse → extract → link, pure: bytes in, register and diagnostics out. Each file is read
 * on its own (readParseExtract); only linking sees them all (linkResults.ts, which the CLI uses
 * with its own executor, so a run from the cache loads no parser).
 */
export function runPipeline(raw: RawSource[], registry: Registry, asOf: string, generated: string, opts: PipelineOptions = {}): PipelineResult {
  return linkResults(mapFiles(raw, { registry, forSite: opts.forSite ?? true }), registry, asOf, generated);
}
