import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, lrt } from '../helpers.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Secretariaat', '-c', 'user.email=secretariaat@lrt.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
}

const scratchDirs: string[] = [];
afterAll(() => {
  for (const d of scratchDirs) rmSync(d, { recursive: true, force: true });
});

/** A scratch repository in the OS temp dir holding the shipped project files, committed on main. */
function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lrt-git-'));
  scratchDirs.push(dir);
  for (const d of ['data', 'minutes', 'agreements']) cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Verslagen');
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const p = path.join(dir, file);
  writeFileSync(p, change(readFileSync(p, 'utf8')));
}

const lineOf = (dir: string, file: string, needle: string) =>
  readFileSync(path.join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('lrt check --base', () => {
  it('with nothing changed: the same report as without --base, plus what it compared with', async () => {
    const dir = repo();
    const plain = await lrt(['check'], dir);
    const based = await lrt(['check', '--base', 'HEAD'], dir);
    expect(based.code).toBe(0);
    const head = git(dir, 'rev-parse', '--short=7', 'HEAD').trim();
    expect(based.err).toBe(`Vergeleken met HEAD (${head}).\n${plain.err}`);
    expect(based.out).toBe(plain.out);
  });

  it('an edit to adopted minutes fails with the line of the change, also as a GitHub annotation', async () => {
    const dir = repo();
    const file = 'minutes/2023-04-21-lrt.md';
    edit(dir, file, (t) => t.replace('De Ministers van VWS en voor PVO en VRO zijn verhinderd.', 'De Ministers van VWS, PVO en VRO zijn verhinderd.'));
    const line = lineOf(dir, file, 'De Ministers van VWS, PVO');
    const r = await lrt(['check', '--base', 'HEAD'], dir);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe(
      `${file}:${line}:1  Het verslag lrt-2023-04-21 is al vastgesteld; hier is tekst gewijzigd. Wijzigingen gaan via een voortgangsbericht in agreements/ of een correctie in het volgende verslag: zet de tekst terug zoals hij is vastgesteld. Alleen ontbrekende regels "- id:" (lrt ids), een ontbrekend "vastgesteld_in" en het verbeteren van een verschreven label mogen.  [adopted-edited]`,
    );
    expect(r.err).toMatch(/1 fout, 0 waarschuwingen\.$/);
    const gh = await lrt(['check', '--format', 'github', '--base', 'HEAD'], dir);
    expect(gh.out).toMatch(new RegExp(`^::error file=minutes/2023-04-21-lrt\\.md,line=${line},col=1,title=adopted-edited::Het verslag lrt-2023-04-21 is al vastgesteld`));
    // Without --base the file itself is fine: only the comparison finds it.
    expect((await lrt(['check'], dir)).code).toBe(0);
  });

  it('a committed change is compared too: a removed agreement in adopted minutes', async () => {
    const dir = repo();
    git(dir, 'checkout', '-q', '-b', 'verslag');
    edit(dir, 'minutes/2023-04-21-lrt.md', (t) => t.replace('- Afspraak: Reacties worden meegenomen richting ministerraad.\n  - id: lrt-2023-04-21-3\n', ''));
    git(dir, 'commit', '-q', '-am', 'Afspraak weg');
    const r = await lrt(['check', '--base', 'main'], dir);
    expect(r.code).toBe(1);
    const rules = r.out.split('\n').filter((l) => l.endsWith(']')).map((l) => /\[([a-z-]+)\]$/.exec(l)![1]);
    expect(rules).toEqual(['adopted-edited', 'id-removed']);
    expect(r.out).toContain('Afspraak lrt-2023-04-21-3 ("Reacties worden meegenomen richting ministerraad.") is verwijderd');
  });

  it('a new concept minutes file and its ids pass; files added to the base since the branch left it are not "removed"', async () => {
    const dir = repo();
    git(dir, 'checkout', '-q', '-b', 'nieuw-verslag');
    expect((await lrt(['new', 'LRT', '2023-06-14'], dir)).code).toBe(0);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'Verslag LRT 14 juni 2023');
    // Meanwhile on main: another meeting.
    git(dir, 'checkout', '-q', 'main');
    expect((await lrt(['new', 'HLRT', '2023-06-07'], dir)).code).toBe(0);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'Verslag HLRT');
    git(dir, 'checkout', '-q', 'nieuw-verslag');
    const r = await lrt(['check', '--base', 'main'], dir);
    expect(r.out).not.toContain('meeting-removed');
    expect(r.code).toBe(0);
  });

  it('a deleted document in agreements/ fails; a deleted status update warns', async () => {
    const dir = repo();
    rmSync(path.join(dir, 'agreements/2023-05-brief-medeoverheden.md'));
    rmSync(path.join(dir, 'agreements/2023-04-25-lrt-2023-04-21-2.md'));
    const r = await lrt(['check', '--base', 'HEAD'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('agreements/2023-05-brief-medeoverheden.md:1:1  Het stuk brief-medeoverheden-2023-05 is verwijderd.');
    expect(r.out).toContain('[document-removed]');
    expect(r.out).toContain('agreements/2023-04-25-lrt-2023-04-21-2.md:1:1  waarschuwing: Het voortgangsbericht over lrt-2023-04-21-2 van 2023-04-25 (status afgerond) is verwijderd');
    // With the update gone, the follow-up it recorded is proposed again from the 25 April minutes.
    expect(r.out).toContain('minutes/2023-04-25-lrt.md:32:1  ter informatie: Dit lijkt een vervolg op lrt-2023-04-21-2');
    expect(r.err).toMatch(/1 fout, 1 waarschuwing; 1 voorstel ter informatie\.$/);
  });

  it('says in Dutch when the base does not exist or the folder is not a git repository (exit 2)', async () => {
    const dir = repo();
    const missing = await lrt(['check', '--base', 'origin/bestaat-niet'], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('De basis "origin/bestaat-niet" bestaat niet in deze repository.');
    expect(missing.err).toContain('fetch-depth: 0');

    rmSync(path.join(dir, '.git'), { recursive: true, force: true });
    const noRepo = mkdtempSync(path.join(tmpdir(), 'lrt-nogit-'));
    scratchDirs.push(noRepo);
    for (const d of ['data', 'minutes']) cpSync(path.join(dir, d), path.join(noRepo, d), { recursive: true });
    const r = await lrt(['check', '--base', 'main'], noRepo);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^--base werkt alleen in een git-repository/);
  });
});
