import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { PipelineResult } from '../pipeline.js';
import type { Registry } from '../schema/registry.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import { buildSiteModel } from '../publish/site/siteModel.js';
import { GlossaryEntrySchema } from '../publish/site/glossary.js';
import { findNamesInOutput } from '../publish/site/findNamesInOutput.js';

/** The package root: templates and .eleventy.js come with the tool, not from the caller's folder. */
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BuildSiteOptions {
  cwd: string;
  /** Output folder, relative to cwd (e.g. "_site"); replaced as a whole when the build succeeds. */
  outDir: string;
  result: PipelineResult;
  registry: Registry;
  /** The build date; must be the date the register was built as of. */
  asOf: string;
  /** Path the site is served under ("/" by default, "/lrt/" on a project page). */
  basePath?: string;
  /** Absolute address of the site, for links in the feed and calendars. */
  siteUrl?: string | null;
  /** Base address of the sources ("https://github.com/org/repo/blob/main/"), for links to a source line. */
  sourceUrl?: string | null;
}

export class SiteBuildError extends Error {}

interface EleventyApi {
  write(): Promise<unknown>;
  disableLogger(): void;
}
type EleventyClass = new (
  input: string,
  output: string,
  options: { configPath: string; quietMode: boolean; config: (cfg: { addGlobalData(name: string, value: unknown): void }) => void },
) => EleventyApi;

// Eleventy ships no type declarations; a specifier typed as string keeps tsc from asking for them.
const ELEVENTY: string = '@11ty/eleventy';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** An output folder we may replace: never the working folder itself or one of its parents. */
function assertReplaceable(out: string, cwd: string): void {
  const rel = path.relative(out, cwd);
  if (rel === '' || !rel.startsWith('..')) throw new SiteBuildError(`Uitvoermap ${out} bevat de werkmap; kies een eigen map zoals _site.`);
}

export async function readGlossaryEntries(file = path.join(PACKAGE_ROOT, 'data', 'begrippen.yaml')) {
  return z.array(GlossaryEntrySchema).parse(parse(await readFile(file, 'utf8')));
}

/**
 * Builds the site from a pipeline result: view models (pure), Eleventy into a staging folder,
 * the Woo check on every file written, and only then the staging folder becomes `outDir`.
 * A build that would publish a non-public name fails and leaves the old site in place.
 */
export async function buildSite(opts: BuildSiteOptions): Promise<{ pages: number; bytes: number }> {
  if (opts.result.register.asOf !== opts.asOf)
    throw new SiteBuildError(`Het register is opgebouwd per ${opts.result.register.asOf}, de site per ${opts.asOf}: bouw beide per dezelfde datum.`);
  const out = path.resolve(opts.cwd, opts.outDir);
  assertReplaceable(out, path.resolve(opts.cwd));

  const model = buildSiteModel({
    result: opts.result,
    registry: opts.registry,
    glossaryEntries: await readGlossaryEntries(),
    asOf: opts.asOf,
    basePath: opts.basePath,
    siteUrl: opts.siteUrl,
    sourceUrl: opts.sourceUrl,
  });

  const staging = `${out}.bouw-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    const { default: Eleventy } = (await import(ELEVENTY)) as { default: EleventyClass };
    const eleventy = new Eleventy(path.join(PACKAGE_ROOT, 'site'), staging, {
      configPath: path.join(PACKAGE_ROOT, '.eleventy.js'),
      quietMode: true,
      config: (cfg) => cfg.addGlobalData('lrt', model),
    });
    // The caller reports pages and sizes; Eleventy's own summary line would only interleave.
    eleventy.disableLogger();
    await eleventy.write();

    const files = await listFiles(staging);
    const names = opts.result.records.flatMap((r) => (r.kind === 'verslag' ? (r as MinutesRecord).nonPublicNames : []));
    let bytes = 0;
    const texts: { path: string; text: string }[] = [];
    for (const f of files) {
      const buf = await readFile(f);
      bytes += buf.byteLength;
      texts.push({ path: path.relative(staging, f).split(path.sep).join('/'), text: buf.toString('utf8') });
    }
    const leaks = findNamesInOutput(texts, names);
    if (leaks.length) {
      const where = leaks.map((l) => `  ${l.path}: naam die in ${l.declaredAt} als niet openbaar is gemarkeerd`).join('\n');
      throw new SiteBuildError(`Site niet gepubliceerd: een niet-openbare naam (Woo) zou op de site komen.\n${where}`);
    }
    await rm(out, { recursive: true, force: true });
    await rename(staging, out);
    return { pages: files.filter((f) => f.endsWith('.html')).length, bytes };
  } finally {
    if (await stat(staging).catch(() => null)) await rm(staging, { recursive: true, force: true });
  }
}
