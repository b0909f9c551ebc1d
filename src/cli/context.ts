import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSourcesReport, missingPaths, irregularPaths, type RawSource } from '../read/readSources.js';
import { diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { readRegistry } from '../read/readRegistry.js';
import { runPipelineWith, type PipelineResult } from '../linkResults.js';
import { fileExecutor } from './fileExecutor.js';
import { toolVersion } from './cache/fileCache.js';
import { phaseTimer, type Phase } from './timings.js';
import { formatText, formatGithub } from '../publish/formatDiagnostics.js';
import type { Registry } from '../schema/registry.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { BuildSiteOptions } from './buildSite.js';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_PATHS = ['minutes', 'agreements'];

/** Everything a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
  today: () => string;
  now: () => string;
  /** Environment variables a command may read (CI's repository and commit, the site's base path). */
  env?: Record<string, string | undefined>;
  /** Folder of the cache of parsed files between runs (.cache/lrt); none when not given. */
  cacheDir?: string | null;
  /** Threads to parse with (the number of cores); 1 when not given. */
  threads?: number;
  /** The home folder, never a build's output folder (default: the user's). */
  home?: string | null;
  /**
   * A full garbage collection, where the process offers one (run.ts sets it up). V8 lets garbage
   * pile up to a large share of its multi-gigabyte limit; lrt build drops each slice's view model
   * and Eleventy's pages at known points, and collecting there keeps the peak at what is alive.
   */
  collectGarbage?: () => void;
  /** Test seams of lrt build (see BuildSiteOptions): a step of the site swap, and how site files are written. */
  buildSteps?: BuildSiteOptions['onStep'];
  writeSiteFile?: BuildSiteOptions['writeFile'];
}

export interface Options {
  format?: string;
  'as-of'?: string;
  owner?: string;
  output?: string;
  base?: string;
  json?: boolean;
  /** lrt import: the table the minutes are of, and the meeting date. */
  orgaan?: string;
  datum?: string;
  /** lrt bevestig: the status the confirmation sets. */
  status?: string;
  /** lrt open: only what falls due within this many days. */
  binnen?: string;
}

/** What every command gets: parsed options, the as-of date, the registry, and a way to run the pipeline. */
export interface CommandContext {
  io: Io;
  options: Options;
  positionals: string[];
  asOf: string;
  registry: Registry;
  /** The data files in use: the project's data/ when it has its own, else the tool's. */
  dataDir: string;
  /**
   * Reads the given paths (or minutes/ and agreements/) and runs the pipeline; null if a path is
   * missing. `forSite`: the trees of the files are about to be rendered.
   */
  run(paths?: string[], opts?: { forSite?: boolean }): Promise<PipelineResult | null>;
  /** The pipeline on sources already read (another version from git, a new meeting's stub), with the same cache; `asOf` other than the run's. */
  runSources(raw: RawSource[], opts?: { asOf?: string }): Promise<PipelineResult>;
  /** Prints diagnostics: to stderr as text, or to stdout as GitHub annotations. */
  report(r: PipelineResult, format?: string): void;
  /** The packed tree of a file of the last run that the cache kept instead of the result (for the site: SiteInput.loadTree). */
  loadTree(file: string): Uint8Array | null;
  /** The tool's version: part of every cache key, read once per command. */
  tool: string;
  /** Phase timings on stderr when LRT_TIJDEN is set (docs/performance.md); silent otherwise. */
  phase: Phase;
}

export type Command = (ctx: CommandContext) => Promise<number>;

export async function createContext(io: Io, options: Options, positionals: string[], asOf: string): Promise<CommandContext> {
  const localData = path.join(io.cwd, 'data');
  const dataDir = existsSync(path.join(localData, 'organisations.yaml')) ? localData : path.join(PACKAGE_ROOT, 'data');
  const registry = await readRegistry(dataDir, io.cwd);
  const tool = toolVersion();
  const phase = phaseTimer(!!io.env?.LRT_TIJDEN, io.err);
  const executor = fileExecutor({ cacheDir: io.cacheDir ?? null, threads: io.threads ?? 1, tool, phase });
  const pipeline = (raw: RawSource[], forSite: boolean, on = asOf) =>
    runPipelineWith(executor, raw, registry, on, io.now(), { forSite, memo: executor.linkMemo(raw, registry, on) });
  return {
    io,
    options,
    positionals,
    asOf,
    registry,
    dataDir,
    tool,
    phase,
    async run(paths = positionals, opts = {}) {
      const missing = await missingPaths(paths, io.cwd);
      if (missing.length) {
        io.err(formatText([diagnostic('path-not-found', '', undefined, { paths: missing.join(', ') })]));
        return null;
      }
      // A device or FIFO named on the command line is refused before anything is read: /dev/zero never ends.
      const irregular = await irregularPaths(paths, io.cwd);
      if (irregular.length) {
        io.err(formatText(irregular.map((p) => diagnostic('path-not-regular', '', undefined, { path: p.path, kind: p.kind }))));
        return null;
      }
      const chosen = paths.length ? paths : DEFAULT_PATHS.filter((p) => existsSync(path.join(io.cwd, p)));
      const { sources, skipped } = await readSourcesReport(chosen, io.cwd);
      const r = await pipeline(sources, opts.forSite ?? false);
      phase('gekoppeld (register, vervolgvoorstellen)');
      if (!skipped.length) return r;
      const warnings = skipped.map((s) => diagnostic('file-not-regular', s.path, { line: 1, column: 1 }, { kind: s.kind }));
      return { ...r, diagnostics: sortDiagnostics([...warnings, ...r.diagnostics]) };
    },
    runSources: (raw, opts = {}) => pipeline(raw, false, opts.asOf),
    loadTree: (file) => executor.loadTree(file),
    report(r, format = 'tekst') {
      if (!r.diagnostics.length) return;
      if (format === 'github') io.out(formatGithub(r.diagnostics));
      else io.err(formatText(r.diagnostics, { debug: io.env?.LRT_DEBUG === '1' }));
    },
  };
}

export function hasErrors(r: PipelineResult): boolean {
  return r.diagnostics.some((d) => d.severity === 'error');
}

/** A command's refusal, said as every diagnostic is said (with `after`, e.g. the usage, below it). */
export function tell(io: Io, list: Diagnostic | readonly Diagnostic[], after = ''): void {
  io.err(formatText(Array.isArray(list) ? list : [list as Diagnostic], { debug: io.env?.LRT_DEBUG === '1' }) + (after ? `\n${after}` : ''));
}

export function badFormat(io: Io, format: string, allowed: string): number {
  io.err(formatText([diagnostic('format-unknown', '', undefined, { format, allowed })]));
  return 2;
}
