import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RegisteredPerson } from '../schema/registry.js';
import { parsePeople } from '../parse/parsePeople.js';
import { DiagnosticError } from '../diagnostics/diagnosticError.js';

export const PEOPLE_FILE = 'people.yaml';

/**
 * The people of a project: data/people.yaml in the project (cwd) if it has one, else the data
 * folder in use; none is fine. A mistake stops the command with every error at its line:column.
 */
export async function readPeople(cwd: string, dataDir: string, orgCodes: readonly string[], params?: Parameters<typeof parsePeople>[3]): Promise<RegisteredPerson[]> {
  const candidates = [path.join(cwd, 'data', PEOPLE_FILE), path.join(dataDir, PEOPLE_FILE)];
  const file = candidates.find((f) => existsSync(f));
  if (!file) return [];
  const shown = path.relative(cwd, file).split(path.sep).join('/') || file;
  const parsed = parsePeople(shown, await readFile(file, 'utf8'), orgCodes, params);
  const [first, ...more] = parsed.diagnostics;
  if (first) throw new DiagnosticError(first, ...more);
  return parsed.people;
}
