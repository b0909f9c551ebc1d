import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { GlossaryEntrySchema, type GlossaryEntry } from '../schema/glossary.js';
import { dutchErrors } from './readRegistry.js';
import { dataFileError } from './dataFileError.js';

/** data/begrippen.yaml: the terms the site explains. Like the other data files, a project may bring its own. */
export async function readGlossary(file: string): Promise<GlossaryEntry[]> {
  const text = await readFile(file, 'utf8');
  const result = GlossaryEntrySchema.array().safeParse(parse(text, { maxAliasCount: 0 }), dutchErrors);
  if (!result.success) throw dataFileError(file, text, result.error.issues[0]!);
  return result.data;
}
