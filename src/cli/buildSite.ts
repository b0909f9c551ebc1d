import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import { siteParts, type ExportMeta, type OverviewModel } from '../publish/site/siteSlices.js';
import type { SiteInput } from '../publish/site/siteContext.js';
import { findNamesInOutput } from '../publish/site/findNamesInOutput.js';
import { sha, toolVersion } from './cache/fileCache.js';
import { loadRenderMemo } from './site/renderMemoStore.js';
import { silent, type Phase } from './timings.js';
import { renderRun } from './site/renderRun.js';
import { removeTree } from './site/removeTree.js';
import { planPages, readManifest, takeOver, writeManifest, type CollectionName } from './site/incrementalPages.js';
import { claimOutput, siblings, SITE_MARKER, SITE_MARKER_TEXT, type Claim, type Refusal } from './site/outputFolder.js';
import type { RuleCall } from '../diagnostics/messages.js';
import { diagnostic, diagnosticOf } from '../diagnostics/diagnostic.js';
import { DiagnosticError } from '../diagnostics/diagnosticError.js';

/** The package root: templates and .eleventy.js come with the tool, not from the caller's folder. */
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What the view model needs (SiteInput, without the memo: the build keeps that itself), and where to write. */
export interface BuildSiteOptions extends Omit<SiteInput, 'renderMemo'> {
  cwd: string;
  /** Output folder, relative to cwd (e.g. "_site"); replaced as a whole when the build succeeds. */
  outDir: string;
  /** The cache folder (.cache/lrt): rendered minutes and what the last build wrote, so a rebuild renders only what changed. */
  cacheDir?: string | null;
  /** The output folder already checked and locked by the caller (claimSiteOutput); else buildSite does it. */
  claim?: Claim;
  /** The home folder, never an output folder (default: the user's). */
  home?: string | null;
  /**
   * Test seam: called at each step of putting the new site in place, with the paths involved; a
   * test checks the folder there, or throws to stop the build as a kill would.
   */
  onStep?: (step: SwapStep, paths: { out: string; staging: string; old: string }) => void | Promise<void>;
  /** A full garbage collection between the slices of the site (Io.collectGarbage); none by default. */
  collectGarbage?: () => void;
  /** Test seam: how files of /data/ and the marker are written (default node:fs); a test makes it fail as a full disk does. */
  writeFile?: (file: string, data: string | Uint8Array) => Promise<void>;
  /** The tool's version (CommandContext.tool): names the render memo, and a new one renders every page; read from the disk when not given. */
  tool?: string;
  /** Phase timings (LRT_TIJDEN); silent when not given. */
  phase?: Phase;
}

/** The steps of replacing the site: each leaves either the old site or the new one whole at the output path (or aside). */
export type SwapStep = 'staged' | 'old-moved-aside' | 'new-in-place' | 'old-removed';

/**
 * The build refused or stopped for a reason the user can act on: its diagnostics say why. The
 * output folder's refusals name the folder in the message, so they have no file.
 */
export class SiteBuildError extends DiagnosticError {
  get rule(): string {
    return this.diagnostic.rule;
  }
}

const refusalError = (r: Refusal) => new SiteBuildError(diagnosticOf({ rule: r.rule, params: r.params } as RuleCall, '', undefined));

/**
 * Checks that the output folder may be replaced (not a file, not the project or its sources, not
 * a folder lrt did not build) and takes the build lock for it; throws a SiteBuildError otherwise.
 * lrt build calls this before the pipeline, so a refusal comes at once.
 */
export function claimSiteOutput(opts: { cwd: string; outDir: string; cacheDir?: string | null; home?: string | null }): Promise<Claim> {
  const out = path.resolve(opts.cwd, opts.outDir);
  const manifest = opts.cacheDir ? manifestPath(opts.cacheDir, out) : null;
  return claimOutput(
    out,
    opts.outDir,
    { project: path.resolve(opts.cwd), home: opts.home === undefined ? os.homedir() : opts.home, cacheDir: opts.cacheDir ?? null, recorded: manifest !== null && existsSync(manifest) },
    refusalError,
  );
}

/** Where the cache records the pages of the last build into `out`: proof that lrt built it, also before the marker existed. */
const manifestPath = (cacheDir: string, out: string) => path.join(cacheDir, 'v1', 'site', `${sha(out)}.json`);

// Pages per Eleventy run: Eleventy holds every page of a run until it ends, and each run's view
// models are made for it; a big site is rendered in several runs, so memory stays bounded. A page
// that lists agreements counts for more (PageCollection.cost). At 10,000 meetings, 4000 a run
// took the build over 1.3 GB; 2500 keeps the runs under 1 GB.
const PAGES_PER_RUN = 2500;

/** Heap in use (MB) below which the build leaves collecting to V8 (see releaseMemory). */
const GC_FROM_HEAP_MB = 256;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Builds the site from a pipeline result: view models (pure), Eleventy into a staging folder,
 * the Woo check on every file written, and only then the staging folder becomes `outDir`.
 * A build that would publish a non-public name fails and leaves the old site in place.
 */
export async function buildSite(opts: BuildSiteOptions): Promise<{ pages: number; bytes: number }> {
  if (opts.result.register.asOf !== opts.asOf)
    throw new SiteBuildError(diagnostic('build-as-of-mismatch', '', undefined, { register: opts.result.register.asOf, site: opts.asOf }));
  const out = path.resolve(opts.cwd, opts.outDir);
  const claim = opts.claim ?? (await claimSiteOutput(opts));
  try {
    return await buildInto(out, opts);
  } finally {
    if (!opts.claim) await claim.release();
  }
}

async function buildInto(out: string, opts: BuildSiteOptions): Promise<{ pages: number; bytes: number }> {
  const write = opts.writeFile ?? ((file: string, data: string | Uint8Array) => writeFile(file, data));
  const step = opts.onStep ?? (() => {});
  // A full collection costs about a tenth of a second even on a small heap: below
  // GC_FROM_HEAP_MB V8's own collections keep the heap small enough (a rebuild at 2,000 meetings
  // stays under 200 MB), above it the build collects at its known points (10,000 meetings).
  let gcMs = 0;
  let gcN = 0;
  const releaseMemory = () => {
    if (!opts.collectGarbage || v8.getHeapStatistics().used_heap_size < GC_FROM_HEAP_MB * 1e6) return;
    const t = performance.now();
    opts.collectGarbage();
    gcMs += performance.now() - t;
    gcN++;
  };
  const phase = opts.phase ?? silent;
  const tool = opts.tool ?? toolVersion();

  const memo = loadRenderMemo(opts.cacheDir ?? null, tool);
  const parts = siteParts({
    result: opts.result,
    registry: opts.registry,
    glossaryEntries: opts.glossaryEntries,
    asOf: opts.asOf,
    basePath: opts.basePath,
    siteUrl: opts.siteUrl,
    sourceUrl: opts.sourceUrl,
    siteData: opts.siteData,
    renderMemo: memo.memo,
    loadTree: opts.loadTree,
  }, releaseMemory);
  const { ctx } = parts;

  // Pages whose item, site-wide data and templates are as in the last build into this folder are
  // taken from it; Eleventy renders the rest.
  // Every file's non-public names, also of meetings after the as-of date: none may appear anywhere.
  const names = opts.result.records.flatMap((r) => (r.kind === 'verslag' ? r.nonPublicNames : []));
  const namesKey = sha(JSON.stringify(names.map((n) => [n.name, n.org])));
  const manifestFile = opts.cacheDir ? manifestPath(opts.cacheDir, out) : null;
  const previous = manifestFile && (await stat(out).catch(() => null)) ? await readManifest(manifestFile) : null;
  const plan = await planPages(parts.site, previous, out, namesKey, { packageRoot: PACKAGE_ROOT, tool });
  phase('model en plan van de site');

  // A fresh folder beside the output (same disk, so the swap is a rename), named for this process.
  const { staging, old } = siblings(out);
  let saved = false;
  let movedAside = false;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  try {
    // 1. The files of /data/, each written and let go before the next is made; first the garbage
    //    of reading and parsing is collected, so the register's JSON does not come on top of it.
    releaseMemory();
    const files: ExportMeta[] = [];
    const dirs = new Set<string>();
    let group = '';
    for (const f of parts.files()) {
      if (f.group !== group) phase(`/data/ tot ${(group = f.group)}`);
      const { content, ...meta } = f;
      files.push(meta);
      if (!plan.file(f)) continue;
      const file = path.join(staging, f.path);
      if (!dirs.has(path.dirname(file))) await mkdir(path.dirname(file), { recursive: true });
      dirs.add(path.dirname(file));
      await write(file, content);
    }
    releaseMemory();
    phase(`${files.length} bestanden onder /data/ (exportbestanden, zoekindex)`);

    // 2. Eleventy in runs of at most PAGES_PER_RUN pages, each run's view models made just
    //    before it and dropped after it; the first run also renders the overviews.
    const run = async (model: unknown, paginate: Partial<Record<CollectionName, unknown[]>>, ignore: string[]) => {
      const results = await renderRun({
        siteDir: path.join(PACKAGE_ROOT, 'site'),
        configPath: path.join(PACKAGE_ROOT, '.eleventy.js'),
        staging,
        model,
        paginate: { meetings: [], agreements: [], owners: [], documents: [], filters: [], ...paginate },
        ignore,
      });
      plan.rendered(results, staging);
      releaseMemory();
    };
    let overview: OverviewModel | null = parts.overviews(files);
    const firstIgnore = plan.unchangedOverviews((k) => (overview as Record<string, unknown>)[k]);
    let batch: Partial<Record<CollectionName, unknown[]>> = { documents: plan.items('documents', overview.documents) };
    let size = batch.documents!.length + (firstIgnore.length < plan.overviews.length ? parts.overviewCost : 0);
    const flush = async () => {
      await run(overview ?? { site: parts.site }, batch, overview ? firstIgnore : plan.overviews);
      overview = null;
      batch = {};
      size = 0;
    };
    // Only pages whose inputs changed are made: the rest are taken over without a view model.
    for (const c of parts.collections) {
      const chosen = plan.select(c);
      for (let from = 0; from < chosen.length; ) {
        // As many pages as fit in the run, at least one.
        let to = from + 1;
        let cost = c.cost(chosen[from]!);
        for (let next; to < chosen.length && size + cost + (next = c.cost(chosen[to]!)) <= PAGES_PER_RUN; to++) cost += next;
        const indexes = chosen.slice(from, to);
        const asked = new Map<number, string[]>();
        const items = c.makeAt(indexes, (i, ref) => (asked.get(i) ?? asked.set(i, []).get(i)!).push(ref));
        plan.made(c, indexes, asked);
        (batch[c.name] ??= []).push(...items);
        size += cost;
        from = to;
        // Full: the rest of this collection comes in the next run.
        if (to < chosen.length || size >= PAGES_PER_RUN) await flush();
      }
    }
    if (size || overview) await flush();
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
      // One line for the refusal, then each page of the site (in the staging folder) where the name stands.
      throw new SiteBuildError(
        diagnostic('site-name-not-public', '', undefined, { count: leaks.length }),
        ...leaks.map((l) => diagnostic('site-name-not-public-at', l.path, undefined, { declaredAt: l.declaredAt })),
      );
    }
    // The swap: the new site marked as lrt's, the old one moved aside, the new one renamed into
    // place, and only then the old one removed. Killed between any two steps, the output path holds
    // a whole site, or it is empty and the old site waits beside it (the next build puts it back).
    await write(path.join(staging, SITE_MARKER), SITE_MARKER_TEXT);
    const paths = { out, staging, old };
    await step('staged', paths);
    const hadOld = !!(await stat(out).catch(() => null));
    if (hadOld) {
      await rename(out, old);
      movedAside = true;
      await step('old-moved-aside', paths);
    }
    await rename(staging, out);
    movedAside = false;
    await step('new-in-place', paths);
    if (hadOld) await removeTree(old);
    await step('old-removed', paths);
    if (manifestFile) {
      const manifest = plan.manifest();
      for (const page of Object.values(manifest.pages)) if (page[2] < 0) page[2] = sizes.get(page[1]) ?? 0;
      await writeManifest(manifestFile, manifest);
    }
    memo.save();
    saved = true;
    phase(`Woo-controle, site op zijn plaats, cache bewaard (gc ${gcN}× ${Math.round(gcMs)} ms)`);
    const pages = written.filter((f) => f.endsWith('.html')).length + plan.reused.filter((f) => f.file.endsWith('.html')).length;
    return { pages, bytes };
  } finally {
    if (!saved) memo.discard();
    // Cleaning up must not hide why the build failed (a full disk may fail the cleanup too).
    try {
      if (movedAside && !(await stat(out).catch(() => null))) await rename(old, out);
      if (await stat(staging).catch(() => null)) await rm(staging, { recursive: true, force: true });
    } catch {
      // What is left is cleared by the next build, under its lock.
    }
  }
}
