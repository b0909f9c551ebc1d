import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSourcesReport } from '../../src/read/readSources.js';
import { readGitBase } from '../../src/read/readGitBase.js';
import { ROOT } from '../helpers.js';
import { expectNoStack, lrtIn, project } from '../cli/safetyHelpers.js';

/**
 * What is read: minutes whatever the case of their extension (.MD from Windows, .Md), in every
 * place files are listed; and never a device, FIFO or socket, which would never end (/dev/zero)
 * or wait forever (a FIFO nobody writes).
 */

const fixture = (name: string) => path.join(ROOT, 'test/fixtures/safety', name);

/** A project whose minutes are the two fixtures with upper- and mixed-case extensions, ids removed (for lrt ids). */
function caseProject(): string {
  const dir = project();
  execFileSync('rm', [path.join(dir, 'minutes/2024-03-01-lrt.md')]);
  copyFileSync(fixture('upper-case-extension.MD'), path.join(dir, 'minutes/2024-03-01-lrt.MD'));
  copyFileSync(fixture('mixed-case-extension.Md'), path.join(dir, 'minutes/2024-04-05-lrt.Md'));
  writeFileSync(path.join(dir, 'minutes/README.MD'), '# Uitleg\n\nGeen verslag.\n');
  return dir;
}

describe('minutes with .MD or .Md', () => {
  test('are read from a folder (a README.MD is not)', async () => {
    const dir = caseProject();
    const { sources, skipped } = await readSourcesReport(['minutes'], dir);
    expect(sources.map((s) => s.path)).toEqual(['minutes/2024-03-01-lrt.MD', 'minutes/2024-04-05-lrt.Md']);
    expect(skipped).toEqual([]);
  });

  test('are checked, registered, built and given ids', async () => {
    const dir = caseProject();
    const check = await lrtIn(dir, ['check']);
    expect(check.code, check.err).toBe(0);
    expect(check.err).toContain('2 bestanden gecontroleerd');
    const reg = await lrtIn(dir, ['register']);
    expect(JSON.parse(reg.out).agreements.map((a: { id: string }) => a.id)).toEqual(['lrt-2024-03-01-1', 'lrt-2024-03-01-2', 'lrt-2024-04-05-1', 'lrt-2024-04-05-2']);
    const build = await lrtIn(dir, ['build']);
    expect(build.code, build.err).toBe(0);
    expect(build.err).toContain('uit 2 vergaderingen');
    const file = path.join(dir, 'minutes/2024-04-05-lrt.Md');
    writeFileSync(file, (await import('node:fs')).readFileSync(file, 'utf8').replace('  - id: lrt-2024-04-05-2\n', ''));
    const ids = await lrtIn(dir, ['ids']);
    expect(ids.out).toContain('minutes/2024-04-05-lrt.Md:');
    expect((await import('node:fs')).readFileSync(file, 'utf8')).toContain('  - id: lrt-2024-04-05-2');
  });

  test('are found in the base of lrt check --base, and their removal is reported', async () => {
    const dir = caseProject();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=S', '-c', 'user.email=s@lrt.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'Verslagen');
    const base = await readGitBase('main', ['minutes'], dir);
    expect(base.sources.map((s) => s.path)).toEqual(['minutes/2024-03-01-lrt.MD', 'minutes/2024-04-05-lrt.Md']);
    git('rm', '-q', 'minutes/2024-04-05-lrt.Md');
    const r = await lrtIn(dir, ['check', '--base', 'main']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('[meeting-removed]');
  });
});

describe('paths that are not regular files', () => {
  test('lrt check /dev/zero is refused at once, in Dutch, exit 2', async () => {
    const dir = project();
    const r = await lrtIn(dir, ['check', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('/dev/zero is een apparaat, geen gewoon bestand of map, en wordt niet gelezen. Geef een Markdown-bestand (.md) of een map met verslagen op.  [path-not-regular]');
  });

  test('a FIFO and a socket named on the command line are refused; lrt build too', async () => {
    const dir = project();
    execFileSync('mkfifo', [path.join(dir, 'minutes/pijp.md')]);
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'minutes/socket.md'), resolve));
    try {
      const fifo = await lrtIn(dir, ['check', 'minutes/pijp.md']);
      expect(fifo.code).toBe(2);
      expect(fifo.err).toContain('minutes/pijp.md is een FIFO (named pipe), geen gewoon bestand of map');
      const sock = await lrtIn(dir, ['register', 'minutes/socket.md']);
      expect(sock.code).toBe(2);
      expect(sock.err).toContain('minutes/socket.md is een socket');
      // In the folder they are skipped with a warning; the real minutes are read, and the site is built.
      const check = await lrtIn(dir, ['check']);
      expect(check.code, check.err).toBe(0);
      expect(check.out).toContain('minutes/pijp.md:1:1  waarschuwing: Overgeslagen: dit is geen gewoon bestand maar een FIFO (named pipe).');
      expect(check.out).toContain('minutes/socket.md:1:1  waarschuwing: Overgeslagen: dit is geen gewoon bestand maar een socket.');
      expectNoStack(check.out + check.err);
      const build = await lrtIn(dir, ['build']);
      expect(build.code, build.err).toBe(0);
      expect(build.err).toContain('uit 1 vergaderingen');
    } finally {
      server.close();
    }
  });

  test('a link to minutes is read as those minutes; a link to a device or to nothing is skipped with a warning', async () => {
    const dir = project();
    mkdirSync(path.join(dir, 'elders'));
    copyFileSync(fixture('mixed-case-extension.Md'), path.join(dir, 'elders/verslag.md'));
    symlinkSync(path.join(dir, 'elders/verslag.md'), path.join(dir, 'minutes/2024-04-05-lrt.md'));
    symlinkSync('/dev/zero', path.join(dir, 'minutes/nul.md'));
    symlinkSync(path.join(dir, 'weg.md'), path.join(dir, 'minutes/weg.md'));
    const { sources, skipped } = await readSourcesReport(['minutes'], dir);
    expect(sources.map((s) => s.path)).toEqual(['minutes/2024-03-01-lrt.md', 'minutes/2024-04-05-lrt.md']);
    expect(skipped).toEqual([
      { path: 'minutes/nul.md', kind: 'een apparaat' },
      { path: 'minutes/weg.md', kind: 'een verwijzing naar een bestand dat niet bestaat' },
    ]);
  });
});
