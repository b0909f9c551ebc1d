import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { SiteDataSchema, NO_SITE_DATA, type SiteData } from '../schema/siteData.js';
import { dutchErrors } from './readRegistry.js';

/** data/site.yaml of the project (or of the tool when the project has none); none at all is allowed. */
export async function readSiteData(dataDir: string): Promise<SiteData> {
  const file = path.join(dataDir, 'site.yaml');
  if (!existsSync(file)) return NO_SITE_DATA;
  const result = SiteDataSchema.safeParse(parse(await readFile(file, 'utf8'), { maxAliasCount: 0 }) ?? {}, dutchErrors);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`Fout in ${file}${issue.path.length ? ` bij ${issue.path.join('.')}` : ''}: ${issue.message}`);
  }
  return result.data;
}
