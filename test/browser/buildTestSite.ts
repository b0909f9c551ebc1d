import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../../src/cli/buildSite.js';
import { registry, ROOT, run, shippedGlossary, shippedSources } from '../helpers.js';
import { readSiteData } from '../../src/read/readSiteData.js';

/** The date the browser tests look from: some agreements overdue, one still open within its term. */
export const TEST_AS_OF = '2023-05-01';


/**
 * Builds the site from the shipped minutes (and the shipped data/site.yaml) into a fresh
 * temporary folder, as of `asOf`; `siteUrl` plays the site's address.
 */
export async function buildTestSite(asOf = TEST_AS_OF, siteUrl: string | null = null): Promise<{ dir: string; pages: number; bytes: number; result: ReturnType<typeof run>; remove: () => Promise<void> }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lrt-site-'));
  const result = run(shippedSources(), asOf);
  const siteData = await readSiteData(path.join(ROOT, 'data'));
  const out = await buildSite({ cwd: tmp, outDir: '_site', result, registry: registry(), glossaryEntries: await shippedGlossary(), asOf, siteData, siteUrl });
  return { dir: path.join(tmp, '_site'), ...out, result, remove: () => rm(tmp, { recursive: true, force: true }) };
}
