import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateMinutes } from './generateMinutes.js';

/** Writes the generated minutes and status updates under `dir` (emptied first); returns the file count. */
export async function writeCorpus(dir: string, meetings: number, seed = 42): Promise<{ files: number; bytes: number; minutes: string[] }> {
  await rm(dir, { recursive: true, force: true });
  const files = generateMinutes(meetings, seed);
  const made = new Set<string>();
  let bytes = 0;
  for (const f of files) {
    const abs = path.join(dir, f.path);
    const parent = path.dirname(abs);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await writeFile(abs, f.text);
    bytes += Buffer.byteLength(f.text);
  }
  return { files: files.length, bytes, minutes: files.filter((f) => f.path.startsWith('minutes/')).map((f) => f.path) };
}

/**
 * The edit of the rebuild: one sentence added to the first bullet of one minutes file, as a
 * secretary correcting a concept would. Ids, dates and agreements stay as they were.
 */
export async function changeOneMinutes(dir: string, file: string): Promise<void> {
  const abs = path.join(dir, file);
  const text = await readFile(abs, 'utf8');
  const at = text.indexOf('\n- ', text.indexOf('\n## '));
  const end = text.indexOf('\n', at + 1);
  await writeFile(abs, `${text.slice(0, end)} Na afloop is de presentatie rondgestuurd.${text.slice(end)}`);
}
