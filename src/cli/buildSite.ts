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
import { sha, toolVersion } from './cache/fileCache.js';
import { loadRenderMemo } from './site/renderMemoStore.js';
import { phase } from './timings.js';
import { renderInBatches } from './site/renderInBatches.js';
import { planPages, readManifest, takeOver, writeFiles, writeManifest } from './site/incrementalPages.js';
import { releaseTree } from './cache/reviveSource.js';

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
  /** The cache folder (.cache/lrt): rendered minutes and what the last build wrote, so a rebuild renders only what changed. */
  cacheDir?: string | null;
}

export class SiteBuildError extends Error {}

// Pages per Eleventy run: a big site is rendered in a few runs, so memory stays bounded.
const PAGES_PER_BATCH = 8000;

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

  const memo = loadRenderMemo(opts.cacheDir ?? null);
  const model = buildSiteModel({
    result: opts.result,
    registry: opts.registry,
    glossaryEntries: await readGlossaryEntries(),
    asOf: opts.asOf,
    basePath: opts.basePath,
    siteUrl: opts.siteUrl,
    sourceUrl: opts.sourceUrl,
    renderMemo: memo.memo,
  });

  phase('weergavemodel (pagina\'s, zoekindex, exportbestanden)');
  // Pages whose item, site-wide data and templates are as in the last build into this folder are
  // taken from it; Eleventy renders the rest (and every overview).
  const names = opts.result.records.flatMap((r) => (r.kind === 'verslag' ? (r as MinutesRecord).nonPublicNames : []));
  const namesKey = sha(JSON.stringify(names.map((n) => [n.name, n.org])));
  const manifestFile = opts.cacheDir ? path.join(opts.cacheDir, 'v1', 'site', `${sha(out)}.json`) : null;
  const previous = manifestFile && (await stat(out).catch(() => null)) ? await readManifest(manifestFile) : null;
  const plan = await planPages(model, previous, out, namesKey, { packageRoot: PACKAGE_ROOT, tool: toolVersion() });
  phase(`plan: ${plan.reused.length} pagina's ongewijzigd`);

  // Rendered: the trees and the files' contents are not needed any more while Eleventy runs.
  for (const p of opts.result.parsed) releaseTree(p);
  const staging = `${out}.bouw-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    await writeFiles(staging, plan.files);
    plan.files.length = 0;
    for (const f of model.files) f.content = '';
    const results = await renderInBatches({
      siteDir: path.join(PACKAGE_ROOT, 'site'),
      configPath: path.join(PACKAGE_ROOT, '.eleventy.js'),
      staging,
      model,
      paginate: plan.paginate,
      maxPages: PAGES_PER_BATCH,
      overviews: plan.overviews,
      skip: plan.unchangedOverviews,
    });
    const written = await listFiles(staging);
    phase(`Eleventy: ${written.length} bestanden geschreven`);
    await takeOver(out, staging, plan.reused);
    phase(`${plan.reused.length} ongewijzigde pagina's overgenomen`);

    // The Woo gate, file by file: every file written now, and the ones taken over unless they were
    // checked against these same names.
    let bytes = plan.reused.reduce((n, f) => n + f.bytes, 0);
    const toCheck = plan.namesChecked ? written : [...written, ...plan.reused.map((f) => path.join(staging, f.file))];
    const leaks = [];
    const sizes = new Map<string, number>();
    for (const f of toCheck) {
      const rel = path.relative(staging, f).split(path.sep).join('/');
      if (!names.length) {
        sizes.set(rel, (await stat(f)).size);
        continue;
      }
      const buf = await readFile(f);
      sizes.set(rel, buf.byteLength);
      leaks.push(...findNamesInOutput([{ path: rel, text: buf.toString('utf8') }], names));
    }
    for (const f of written) bytes += sizes.get(path.relative(staging, f).split(path.sep).join('/'))!;
    if (leaks.length) {
      const where = leaks.map((l) => `  ${l.path}: naam die in ${l.declaredAt} als niet openbaar is gemarkeerd`).join('\n');
      throw new SiteBuildError(`Site niet gepubliceerd: een niet-openbare naam (Woo) zou op de site komen.\n${where}`);
    }
    await rm(out, { recursive: true, force: true });
    await rename(staging, out);
    if (manifestFile) {
      const manifest = plan.manifest(results, staging);
      for (const page of Object.values(manifest.pages)) if (page[2] < 0) page[2] = sizes.get(page[1]) ?? 0;
      await writeManifest(manifestFile, manifest);
    }
    memo.save();
    phase('Woo-controle, site op zijn plaats, cache bewaard');
    const pages = written.filter((f) => f.endsWith('.html')).length + plan.reused.filter((f) => f.file.endsWith('.html')).length;
    return { pages, bytes };
  } finally {
    if (await stat(staging).catch(() => null)) await rm(staging, { recursive: true, force: true });
  }
}
