import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../../src/cli/buildSite.js';
import { registry, run, shippedGlossary, shippedSources } from '../helpers.js';

/** The date the browser tests look from: some agreements overdue, one still open within its term. */
export const TEST_AS_OF = '2023-05-01';


/** Builds the site from the shipped minutes into a fresh temporary folder. */
export async function buildTestSite(): Promise<{ dir: string; pages: number; bytes: number; result: ReturnType<typeof run>; remove: () => Promise<void> }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lrt-site-'));
  const result = run(shippedSources(), TEST_AS_OF);
  const out = await buildSite({ cwd: tmp, outDir: '_site', result, registry: registry(), glossaryEntries: await shippedGlossary(), asOf: TEST_AS_OF });
  return { dir: path.join(tmp, '_site'), ...out, result, remove: () => rm(tmp, { recursive: true, force: true }) };
}
