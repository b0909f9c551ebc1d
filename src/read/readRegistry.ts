import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RegistrySchema, type Registry } from '../schema/registry.js';
import { readPeople } from './readPeople.js';

const FILES = { organisaties: 'organisations.yaml', organen: 'bodies.yaml', labels: 'labels.yaml' } as const;

/** zod's own messages in Dutch, for mistakes in the data files (the secretariat may edit them). */
export const dutchErrors = { error: z.locales.nl().localeError };

/**
 * Loads data/organisations.yaml, bodies.yaml and labels.yaml: the tables' vocabulary is data;
 * and data/people.yaml when the project (`cwd`) or the data folder has one.
 */
export async function readRegistry(dataDir: string, cwd: string = dataDir): Promise<Registry> {
  const load = async (name: string) => parse(await readFile(path.join(dataDir, name), 'utf8'), { maxAliasCount: 0 });
  const result = RegistrySchema.safeParse(
    {
      organisaties: await load(FILES.organisaties),
      organen: await load(FILES.organen),
      labels: await load(FILES.labels),
    },
    dutchErrors,
  );
  if (!result.success) {
    const [top, ...rest] = result.error.issues[0]!.path.map(String);
    const file = path.join(dataDir, FILES[top as keyof typeof FILES] ?? '');
    throw new Error(`Fout in ${file}${rest.length ? ` bij ${rest.join('.')}` : ''}: ${result.error.issues[0]!.message}`);
  }
  const personen = await readPeople(cwd, dataDir, result.data.organisaties.map((o) => o.code), dutchErrors);
  return { ...result.data, personen };
}
