import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { SiteDataSchema, NO_SITE_DATA, type SiteData } from '../schema/siteData.js';
import { dutchErrors } from './readRegistry.js';
import { dataFileError } from './dataFileError.js';

/** data/site.yaml of the project (or of the tool when the project has none); none at all is allowed. */
export async function readSiteData(dataDir: string): Promise<SiteData> {
  const file = path.join(dataDir, 'site.yaml');
  if (!existsSync(file)) return NO_SITE_DATA;
  const text = await readFile(file, 'utf8');
  const result = SiteDataSchema.safeParse(parse(text, { maxAliasCount: 0 }) ?? {}, dutchErrors);
  if (!result.success) throw dataFileError(file, text, result.error.issues[0]!);
  return result.data;
}
