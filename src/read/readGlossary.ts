import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { GlossaryEntrySchema, type GlossaryEntry } from '../schema/glossary.js';
import { dutchErrors } from './readRegistry.js';

/** data/begrippen.yaml: the terms the site explains. Like the other data files, a project may bring its own. */
export async function readGlossary(file: string): Promise<GlossaryEntry[]> {
  const result = GlossaryEntrySchema.array().safeParse(parse(await readFile(file, 'utf8'), { maxAliasCount: 0 }), dutchErrors);
  if (!result.success) {
    const first = result.error.issues[0]!;
    throw new Error(`Fout in ${file}${first.path.length ? ` bij ${first.path.join('.')}` : ''}: ${first.message}`);
  }
  return result.data;
}
