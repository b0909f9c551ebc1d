import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RegistrySchema, type Registry } from '../schema/registry.js';
import { readPeople } from './readPeople.js';
import { dataFileError } from './dataFileError.js';

const FILES = { organisaties: 'organisations.yaml', organen: 'bodies.yaml', labels: 'labels.yaml' } as const;

/** zod's own messages in Dutch, for mistakes in the data files (the secretariat may edit them). */
export const dutchErrors = { error: z.locales.nl().localeError };

/**
 * Loads data/organisations.yaml, bodies.yaml and labels.yaml: the tables' vocabulary is data;
 * and data/people.yaml when the project (`cwd`) or the data folder has one.
 */
export async function readRegistry(dataDir: string, cwd: string = dataDir): Promise<Registry> {
  const texts: Partial<Record<keyof typeof FILES, string>> = {};
  const load = async (key: keyof typeof FILES) => parse((texts[key] = await readFile(path.join(dataDir, FILES[key]), 'utf8')), { maxAliasCount: 0 });
  const result = RegistrySchema.safeParse(
    {
      organisaties: await load('organisaties'),
      organen: await load('organen'),
      labels: await load('labels'),
    },
    dutchErrors,
  );
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [top, ...rest] = issue.path;
    const key = String(top) as keyof typeof FILES;
    throw dataFileError(path.join(dataDir, FILES[key] ?? ''), texts[key] ?? '', { ...issue, path: rest });
  }
  const personen = await readPeople(cwd, dataDir, result.data.organisaties.map((o) => o.code), dutchErrors);
  return { ...result.data, personen };
}
