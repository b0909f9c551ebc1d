import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';

export type LockResult = { held: true; release: () => Promise<void> } | { held: false; pid: number | null };

/** Whether a process runs: signal 0 only asks; EPERM means it runs under another user. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function pidIn(file: string): Promise<number | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  const pid = text === null ? NaN : Number(text.trim());
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

/**
 * One build at a time per output folder: a lock file holding the builder's pid, made whole in one
 * step (a link to a file already written, so no one reads it half-written). A lock whose process
 * no longer runs (a build that was killed) is taken over; a live one is not.
 */
export async function takeLock(file: string): Promise<LockResult> {
  const mine = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(mine, `${process.pid}\n`);
  try {
    let holder: number | null = null;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await link(mine, file);
        return { held: true, release: () => release(file) };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST') {
          // No hard links on this file system: an exclusive create instead.
          if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
          try {
            await writeFile(file, `${process.pid}\n`, { flag: 'wx' });
            return { held: true, release: () => release(file) };
          } catch (e2) {
            if ((e2 as NodeJS.ErrnoException).code !== 'EEXIST') throw e2;
          }
        }
      }
      holder = await pidIn(file);
      if (holder !== null && alive(holder)) return { held: false, pid: holder };
      // Stale (or unreadable): moved away under a name of our own first, so two builds that both
      // find it stale cannot both take it; one that moved a fresh lock puts it back.
      const grabbed = `${file}.stale-${process.pid}`;
      if (!(await rename(file, grabbed).then(() => true, () => false))) continue;
      const was = await pidIn(grabbed);
      if (was !== null && was !== holder && alive(was)) {
        await rename(grabbed, file).catch(() => {});
        return { held: false, pid: was };
      }
      await rm(grabbed, { force: true });
    }
    return { held: false, pid: holder };
  } finally {
    await rm(mine, { force: true });
  }
}

async function release(file: string): Promise<void> {
  if ((await pidIn(file)) === process.pid) await rm(file, { force: true });
}
