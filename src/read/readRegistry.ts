import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RegistrySchema, type Registry } from '../schema/registry.js';

const FILES = { organisaties: 'organisations.yaml', organen: 'bodies.yaml', labels: 'labels.yaml' } as const;

/** zod's own messages in Dutch, for mistakes in the data files (the secretariat may edit them). */
export const dutchErrors = { error: z.locales.nl().localeError };

/** Loads data/organisations.yaml, bodies.yaml and labels.yaml: the tables' vocabulary is data. */
export async function readRegistry(dataDir: string): Promise<Registry> {
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
  return result.data;
}
