import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_MARKER } from '../../src/cli/site/outputFolder.js';
import { ROOT } from '../helpers.js';
import { expectNoStack, fingerprint, lrtIn, project } from './safetyHelpers.js';

/** Two builds into one folder at once: one builds, the other is refused in Dutch; never an English ENOTEMPTY. */

/** A process that has ended: its pid is free (the lock it "left" is stale). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.includes('.lrt-'));
}

describe('the build lock', () => {
  test('a second build while the first holds the lock is refused with the Dutch lock message; the first completes', async () => {
    const dir = project();
    let second: Awaited<ReturnType<typeof lrtIn>> | null = null;
    // The first build starts the second once it holds the lock and has its new site ready, and waits for it.
    const first = await lrtIn(dir, ['build'], {
      buildSteps: async (step) => {
        if (step === 'staged') second = await lrtIn(dir, ['build']);
      },
    });
    expect(first.code, first.err).toBe(0);
    expect(second!.code).toBe(1);
    expect(second!.err).toMatch(new RegExp(`Er loopt al een lrt build naar _site \\(proces ${process.pid}\\)`));
    expect(second!.err).toContain('[build-locked]');
    expectNoStack(second!.err);
    expect(existsSync(path.join(dir, '_site', 'index.html'))).toBe(true);
    expect(existsSync(path.join(dir, '_site', SITE_MARKER))).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  test('a lock held by a running process is respected; once that process is gone, its lock is taken over', async () => {
    const dir = project();
    const holder = spawn(process.execPath, ['-e', 'process.stdin.resume()'], { stdio: ['pipe', 'ignore', 'ignore'] });
    const lock = path.join(dir, '._site.lrt-lock');
    writeFileSync(lock, `${holder.pid}\n`);
    const before = fingerprint(dir);
    const refused = await lrtIn(dir, ['build']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`(proces ${holder.pid})`);
    expect(refused.err).toContain('._site.lrt-lock');
    expect(fingerprint(dir)).toEqual(before);
    const gone = new Promise((resolve) => holder.on('exit', resolve));
    holder.stdin!.end();
    await gone;
    const taken = await lrtIn(dir, ['build']);
    expect(taken.code, taken.err).toBe(0);
    expect(existsSync(path.join(dir, '_site', 'index.html'))).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  test('a stale lock of a dead pid, or an unreadable one, is taken over', async () => {
    for (const content of [`${deadPid()}\n`, '', 'geen pid\n']) {
      const dir = project();
      writeFileSync(path.join(dir, '._site.lrt-lock'), content);
      const r = await lrtIn(dir, ['build']);
      expect(r.code, r.err).toBe(0);
      expect(leftovers(dir)).toEqual([]);
    }
  });

  test('two lrt processes at once: each builds or is refused in Dutch, and the site at the end is whole', async () => {
    const dir = project();
    const bin = path.join(ROOT, 'bin', 'lrt.js');
    const runOne = () =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const child = spawn(process.execPath, [bin, 'build', '--as-of', '2024-06-01'], { cwd: dir, env: { ...process.env, LRT_CACHE: 'uit', LRT_THREADS: '1' } });
        let err = '';
        child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
        child.on('close', (code) => resolve({ code, err }));
      });
    const results = await Promise.all([runOne(), runOne()]);
    for (const r of results) {
      expectNoStack(r.err);
      if (r.code !== 0) {
        expect(r.code).toBe(1);
        expect(r.err).toContain('[build-locked]');
      }
    }
    // Whichever way they met, at least one built, and what is there is whole.
    expect(results.some((r) => r.code === 0)).toBe(true);
    expect(existsSync(path.join(dir, '_site', 'index.html'))).toBe(true);
    expect(existsSync(path.join(dir, '_site', SITE_MARKER))).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });
});
