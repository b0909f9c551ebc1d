import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { RegistrySchema, type Registry } from '../src/schema/registry.js';
import { runPipeline, type PipelineResult } from '../src/pipeline.js';
import type { RawSource } from '../src/read/readSources.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let cached: Registry | undefined;
/** The project's own data files, as the CLI loads them. */
export function registry(): Registry {
  const load = (n: string) => parse(readFileSync(path.join(ROOT, 'data', n), 'utf8'));
  cached ??= RegistrySchema.parse({ organisaties: load('organisations.yaml'), organen: load('bodies.yaml'), labels: load('labels.yaml') });
  return cached;
}

/** A source as the read stage gives it; `name` is the path reported in diagnostics. */
export function source(name: string, text: string | Uint8Array): RawSource {
  return { path: name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text };
}

/** A file from the repository, by path relative to the root, reported under that path. */
export function repoFile(rel: string): RawSource {
  return { path: rel, bytes: new Uint8Array(readFileSync(path.join(ROOT, rel))) };
}

export function run(sources: RawSource[], asOf = '2026-11-22'): PipelineResult {
  return runPipeline(sources, registry(), asOf, '2026-11-22T12:00:00.000Z');
}
