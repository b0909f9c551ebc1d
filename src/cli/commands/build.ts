import { ruleMessage } from '../../diagnostics/messages.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { hasErrors, PACKAGE_ROOT, tell, type Command } from '../context.js';
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { buildSite, claimSiteOutput, SiteBuildError } from '../buildSite.js';
import { ioErrorInDutch } from '../ioErrorInDutch.js';
import type { Claim } from '../site/outputFolder.js';
import { formatText, summary } from '../../publish/formatDiagnostics.js';
import { readGlossary } from '../../read/readGlossary.js';
import { readSiteData } from '../../read/readSiteData.js';

/** The project's own begrippen.yaml beside its other data files, else the tool's. */
const glossaryFile = (dataDir: string) =>
  existsSync(path.join(dataDir, 'begrippen.yaml')) ? path.join(dataDir, 'begrippen.yaml') : path.join(PACKAGE_ROOT, 'data', 'begrippen.yaml');

/**
 * lrt build: the register and the site in _site/ (or -o). Errors in the sources stop the build:
 * a site with agreements missing, or a name that must not be published, is worse than none.
 */
export const build: Command = async (ctx) => {
  const out = ctx.options.output ?? '_site';
  // The output folder is checked and locked first: a refusal must not wait for the whole pipeline.
  let claim: Claim;
  try {
    claim = await claimSiteOutput({ cwd: ctx.io.cwd, outDir: out, cacheDir: ctx.io.cacheDir ?? null, home: ctx.io.home });
  } catch (e) {
    return fail(ctx, e, out);
  }
  try {
    return await buildWith(ctx, out, claim);
  } catch (e) {
    return fail(ctx, e, out);
  } finally {
    await claim.release().catch(() => {});
  }
};

/** A refusal or a failure the user can act on, in Dutch, exit 1; anything else is a bug and goes up. */
function fail(ctx: Parameters<Command>[0], e: unknown, out: string): number {
  if (e instanceof SiteBuildError) {
    ctx.io.err(formatText(e.diagnostics, { debug: ctx.io.env?.LRT_DEBUG === '1' }));
    return 1;
  }
  const io = ioErrorInDutch(e, ctx.io.cwd, 'De vorige site is niet aangeraakt.', out);
  if (io) {
    ctx.io.err(io);
    return 1;
  }
  throw e;
}

async function buildWith(ctx: Parameters<Command>[0], out: string, claim: Claim): Promise<number> {
  const r = await ctx.run(undefined, { forSite: true });
  if (!r) return 2;
  ctx.report(r);
  const files = new Set([...r.parsed.map((p) => p.file), ...r.diagnostics.map((d) => d.file)]).size;
  ctx.io.err(summary(r.diagnostics, files));
  if (hasErrors(r)) {
    tell(ctx.io, diagnostic('build-stopped', '', undefined));
    return 1;
  }
  const env = ctx.io.env ?? {};
  const sourceUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/` : null;
  {
    const siteData = await readSiteData(ctx.dataDir);
    const { pages, bytes } = await buildSite({
      cwd: ctx.io.cwd,
      outDir: out,
      result: r,
      registry: ctx.registry,
      glossaryEntries: await readGlossary(glossaryFile(ctx.dataDir)),
      asOf: ctx.asOf,
      basePath: env.LRT_BASE_PATH || undefined,
      // The address in data/site.yaml; LRT_SITE_URL (a preview, another host) goes first.
      siteUrl: env.LRT_SITE_URL || siteData.adres,
      siteData,
      sourceUrl,
      cacheDir: ctx.io.cacheDir ?? null,
      loadTree: ctx.loadTree,
      claim,
      onStep: ctx.io.buildSteps,
      writeFile: ctx.io.writeSiteFile,
      collectGarbage: ctx.io.collectGarbage,
      tool: ctx.tool,
      phase: ctx.phase,
    });
    ctx.io.err(
      ruleMessage('done-build', {
        out, pages, kb: new Intl.NumberFormat('nl-NL').format(Math.round(bytes / 1024)),
        agreements: r.register.agreements.length, meetings: r.register.meetings.length, asOf: ctx.asOf,
      }),
    );
    return 0;
  }
}
