import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { RegistrySchema, type Registry } from '../src/schema/registry.js';
import { runPipeline, type PipelineResult } from '../src/pipeline.js';
import type { RawSource } from '../src/read/readSources.js';
import { main, type Io } from '../src/cli/main.js';
import { readGlossary } from '../src/read/readGlossary.js';
import type { GlossaryEntry } from '../src/schema/glossary.js';

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

/** The shipped sources in minutes/ and agreements/, as the CLI reads them by default. */
export function shippedSources(): RawSource[] {
  return ['minutes', 'agreements'].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => repoFile(`${dir}/${f}`)),
  );
}

/** Runs the CLI as a user would, in `cwd`, with a fixed clock; returns exit code and output. */
export async function lrt(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { cwd, out: (s) => out.push(s), err: (s) => err.push(s), today: () => '2026-11-22', now: () => '2026-11-22T12:00:00.000Z' };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A scratch project in the OS temp dir: the project's data files and the given files, so commands can write. */
export function scratchWith(files: Record<string, string>, prefix = 'lrt-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A scratch copy of the project's data, minutes and status updates in the OS temp dir. */
export function scratchProject(prefix = 'lrt-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const d of ['data', 'minutes', 'agreements']) cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  return dir;
}

/** The tool's own data/begrippen.yaml, as lrt build reads it for a project without one. */
export function shippedGlossary(): Promise<GlossaryEntry[]> {
  return readGlossary(path.join(ROOT, 'data', 'begrippen.yaml'));
}
