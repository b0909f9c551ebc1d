import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, repoFile } from '../helpers.js';
import type { RawSource } from '../../src/read/readSources.js';

/** The minutes/ and agreements/ of a multi-meeting fixture project, reported as the CLI would name them. */
export function fixtureProject(dir: string, skip: (file: string) => boolean = () => false): RawSource[] {
  return ['minutes', 'agreements'].flatMap((sub) => {
    const abs = path.join(ROOT, dir, sub);
    if (!existsSync(abs)) return [];
    return readdirSync(abs)
      .filter((f) => f.endsWith('.md') && !skip(`${sub}/${f}`))
      .sort()
      .map((f) => ({ ...repoFile(`${dir}/${sub}/${f}`), path: `${sub}/${f}` }));
  });
}
