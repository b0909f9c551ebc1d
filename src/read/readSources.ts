import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface RawSource {
  /** Path as the user sees it: relative to the working directory, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

/** Every .md file under the given paths (files or folders), sorted, each read once. */
export async function readSources(paths: string[], cwd: string): Promise<RawSource[]> {
  const files = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const info = await stat(abs).catch(() => null);
    if (!info) continue;
    if (info.isDirectory()) {
      for (const f of await listMarkdown(abs)) files.add(f);
    } else files.add(abs);
  }
  const sorted = [...files].sort();
  return Promise.all(
    sorted.map(async (abs) => ({
      path: path.relative(cwd, abs).split(path.sep).join('/'),
      bytes: new Uint8Array(await readFile(abs)),
    })),
  );
}

async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.name.startsWith('_') && e.name !== 'README.md')
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

/** Paths given on the command line that do not exist, to report rather than ignore. */
export async function missingPaths(paths: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) if (!(await stat(path.resolve(cwd, p)).catch(() => null))) out.push(p);
  return out;
}
