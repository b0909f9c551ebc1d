import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findErrno, ioErrorInDutch } from '../../src/cli/ioErrorInDutch.js';
import { ROOT } from '../helpers.js';
import { expectNoStack, fingerprint, lrtIn, project, scratchDir } from './safetyHelpers.js';

/**
 * A full disk, a read-only disk, no permission: lrt says what happened and where, in Dutch,
 * exits 1, prints no stack trace, and leaves the old site and the sources as they were. The
 * errors are injected where the build writes (the tests run as root, for whom permissions are not
 * enforced); where this machine lets root mount a tmpfs, also on a real full and read-only disk.
 */

/** An error as node:fs gives it. */
function errno(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, ${syscall} '${file}'`), { code, syscall, path: file, errno: -1 });
}

const CASES = [
  { code: 'ENOSPC', rule: 'io-no-space', words: 'De schijf is vol' },
  { code: 'EDQUOT', rule: 'io-no-space', words: 'quotum' },
  { code: 'EROFS', rule: 'io-read-only', words: 'alleen gelezen' },
  { code: 'EACCES', rule: 'io-permission', words: 'Geen toestemming om' },
  { code: 'EPERM', rule: 'io-permission', words: 'Geen toestemming om' },
  { code: 'EIO', rule: 'io-device', words: 'lees- of schrijffout' },
];

describe('lrt build when writing fails', () => {
  test.each(CASES)('$code while writing the site: Dutch, with the path, exit 1, the old site and the sources untouched', async ({ code, rule, words }) => {
    const dir = project();
    expect((await lrtIn(dir, ['build'])).code).toBe(0);
    const before = fingerprint(dir);
    let failed = '';
    const r = await lrtIn(dir, ['build'], {
      writeSiteFile: async (file) => {
        failed = file;
        throw errno(code, 'open', file);
      },
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain(words);
    expect(r.err).toContain(`[${rule}]`);
    // The path as it would be in the site, not the build's own working folder.
    const shown = path.relative(dir, failed).replace(/^\._site\.lrt-new-\d+/, '_site');
    expect(shown.startsWith('_site/')).toBe(true);
    expect(r.err).toContain(shown);
    expect(r.err).toContain('De vorige site is niet aangeraakt.');
    expectNoStack(r.err);
    expect(fingerprint(dir)).toEqual(before);
  });

  test('an error Eleventy wraps (originalError, cause) is found and said in Dutch', () => {
    const inner = errno('ENOSPC', 'write', '/srv/.site.lrt-new-12/vergaderingen/index.html');
    const wrapped = Object.assign(new Error('Having trouble writing to "x" from "y"'), { originalError: Object.assign(new Error('wrapper'), { cause: inner }) });
    expect(findErrno(wrapped)).toBe(inner);
    expect(ioErrorInDutch(wrapped, '/srv')).toBe(
      'De schijf is vol (of het quotum is op): site/vergaderingen/index.html kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw.  [io-no-space]',
    );
    expect(ioErrorInDutch(new Error('iets anders'), '/srv')).toBeNull();
    // A read that is refused says "lezen".
    expect(ioErrorInDutch(errno('EACCES', 'open', '/srv/minutes/a.md'), '/srv')).toContain('Geen toestemming om minutes/a.md te lezen');
  });
});

/** Whether root may mount a tmpfs here (a container may forbid it); the injected tests above run everywhere. */
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = scratchDir('lrt-mount-');
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  return ok;
}

const MOUNT = canMount();

function mounted(options: string): { dir: string; done: () => void } {
  const dir = scratchDir('lrt-schijf-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return { dir, done: () => spawnSync('umount', [dir]) };
}

function lrtProcess(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'lrt.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, LRT_CACHE: 'uit', LRT_THREADS: '1' } });
  return { code: r.status, err: r.stderr };
}

describe.skipIf(!MOUNT)('on a real disk (tmpfs, as root)', () => {
  test('a full disk: io-no-space naming the output folder, exit 1, no stack trace, nothing left behind', () => {
    const dir = project();
    const disk = mounted('size=64k');
    try {
      const r = lrtProcess(dir, ['build', '--as-of', '2024-06-01', '-o', path.join(disk.dir, 'site')]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('[io-no-space]');
      expect(r.err).toContain(disk.dir);
      expectNoStack(r.err);
      expect(existsSync(path.join(disk.dir, 'site'))).toBe(false);
    } finally {
      disk.done();
    }
  });

  test('a read-only disk: io-read-only naming the folder, for lrt build and for lrt ids writing into minutes', () => {
    const dir = project();
    const disk = mounted('ro,size=64k');
    try {
      const r = lrtProcess(dir, ['build', '--as-of', '2024-06-01', '-o', path.join(disk.dir, 'site')]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('[io-read-only]');
      expect(r.err).toContain(disk.dir);
      expectNoStack(r.err);
    } finally {
      disk.done();
    }
    // Minutes on a read-only disk: lrt ids cannot write the ids and says so.
    const ro = scratchDir('lrt-ro-');
    mkdirSync(path.join(ro, 'minutes'));
    const text = readFileSync(path.join(dir, 'minutes/2024-03-01-lrt.md'), 'utf8').replace(/\n {2}- id: lrt-2024-03-01-\d/g, '');
    writeFileSync(path.join(ro, 'minutes/2024-03-01-lrt.md'), text);
    const minutes = path.join(ro, 'minutes');
    expect(spawnSync('mount', ['--bind', minutes, minutes]).status).toBe(0);
    expect(spawnSync('mount', ['-o', 'remount,ro,bind', minutes]).status).toBe(0);
    try {
      const ids = lrtProcess(ro, ['ids']);
      expect(ids.code).toBe(1);
      expect(ids.err).toContain('minutes/2024-03-01-lrt.md staat op een schijf die alleen gelezen kan worden');
      expectNoStack(ids.err);
      expect(readFileSync(path.join(ro, 'minutes/2024-03-01-lrt.md'), 'utf8')).toBe(text);
    } finally {
      spawnSync('umount', [minutes]);
    }
  });
});
