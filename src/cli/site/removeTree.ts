import { readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { lstat, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Removes a folder and everything in it, as `rm -r` does: the names read in one pass (their kind
 * comes with them, so a symbolic link is removed, never followed), each file unlinked, then the
 * folders deepest first. A rebuild removes the whole old site (8,000 files at 2,000 meetings):
 * this costs a fifth of the CPU of fs.rm, which asks for each entry's kind and goes through the
 * thread pool for every call. Anything unexpected (a folder that filled meanwhile, a file that
 * went) is left to fs.rm, which copes; a folder that is not there is no error.
 */
export async function removeTree(dir: string): Promise<void> {
  try {
    const folders: string[] = [];
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const p = path.join(e.parentPath, e.name);
      if (e.isDirectory()) folders.push(p);
      else unlinkSync(p);
    }
    // A folder's path is longer than its parent's: longest first empties each before its parent.
    folders.sort((a, b) => b.length - a.length);
    for (const f of folders) rmdirSync(f);
    rmdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !(await lstat(dir).catch(() => null))) return;
    await rm(dir, { recursive: true, force: true });
  }
}
