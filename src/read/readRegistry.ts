import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { RegistrySchema, type Registry } from '../schema/registry.js';

/** Loads data/organisations.yaml, bodies.yaml and labels.yaml: the tables' vocabulary is data. */
export async function readRegistry(dataDir: string): Promise<Registry> {
  const load = async (name: string) => parse(await readFile(path.join(dataDir, name), 'utf8'), { maxAliasCount: 0 });
  const result = RegistrySchema.safeParse({
    organisaties: await load('organisations.yaml'),
    organen: await load('bodies.yaml'),
    labels: await load('labels.yaml'),
  });
  if (!result.success) {
    const first = result.error.issues[0]!;
    throw new Error(`Fout in ${dataDir}: ${first.path.join('.')}: ${first.message}`);
  }
  return result.data;
}
