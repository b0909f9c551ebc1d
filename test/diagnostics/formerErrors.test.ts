import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, registry } from '../helpers.js';
import { DiagnosticError } from '../../src/diagnostics/diagnosticError.js';
import { DiagnosticSchema } from '../../src/schema/diagnostic.js';
import { internalError } from '../../src/diagnostics/diagnostic.js';
import { formatText } from '../../src/publish/formatDiagnostics.js';
import { readGitBase, GitBaseError } from '../../src/read/readGitBase.js';
import { readRegistry } from '../../src/read/readRegistry.js';
import { readSiteData } from '../../src/read/readSiteData.js';
import { claimSiteOutput, SiteBuildError } from '../../src/cli/buildSite.js';
import { importMinutes } from '../../src/import/importMinutes.js';

/** What was thrown, caught: the test asserts on the value, not on a rejection's text. */
async function caught(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}

describe('every former error type arrives as the one diagnostic value', () => {
  it('a git base outside a repository: GitBaseError carries git-base-not-repository, no file, the cause kept', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lrt-nogit-'));
    const e = await caught(readGitBase('main', ['minutes'], dir));
    expect(e).toBeInstanceOf(GitBaseError);
    expect(e).toBeInstanceOf(DiagnosticError);
    const d = (e as GitBaseError).diagnostic;
    expect(DiagnosticSchema.parse(d)).toEqual(d);
    expect(d).toMatchObject({ rule: 'git-base-not-repository', severity: 'error', file: '', line: 1, column: 1 });
    expect(d.message).toContain(`${dir} is dat niet`);
    // git's own answer is for the maintainers: kept as the cause, not in the message.
    expect(d.cause).toBeInstanceOf(Error);
    expect(d.message).not.toMatch(/fatal|not a git repository/);
  });

  it('an invalid ref: git-base-ref-invalid before git is asked', async () => {
    const e = (await caught(readGitBase('--output=x', ['minutes'], ROOT))) as GitBaseError;
    expect(e.diagnostic).toMatchObject({ rule: 'git-base-ref-invalid', message: '--base: "--output=x" is geen geldige naam van een versie in git.' });
  });

  it('a mistake in data/bodies.yaml: data-invalid at the file, line and column of the value', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lrt-data-'));
    cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
    const bodies = readFileSync(path.join(dir, 'bodies.yaml'), 'utf8').replace('slug: hlrt', 'slug: 7');
    writeFileSync(path.join(dir, 'bodies.yaml'), bodies);
    const lines = bodies.split('\n');
    const line = lines.findIndex((l) => l.includes('slug: 7'));
    const e = (await caught(readRegistry(dir))) as DiagnosticError;
    expect(e).toBeInstanceOf(DiagnosticError);
    // The second body (index 1) on the file's third line; the column of the 7.
    expect(line).toBe(2);
    expect(e.diagnostic).toMatchObject({ file: path.join(dir, 'bodies.yaml'), line: line + 1, column: lines[line]!.indexOf('7') + 1, rule: 'data-invalid', severity: 'error' });
    expect(e.diagnostic.message).toBe('Fout in dit gegevensbestand bij 1.slug: Ongeldige invoer: verwacht string, ontving getal');
  });

  it('a mistake in data/site.yaml: the same rule, at the value', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lrt-site-'));
    writeFileSync(path.join(dir, 'site.yaml'), 'adres: 12\n');
    const e = (await caught(readSiteData(dir))) as DiagnosticError;
    expect(e.diagnostic).toMatchObject({ file: path.join(dir, 'site.yaml'), line: 1, column: 8, rule: 'data-invalid' });
  });

  it('a refused output folder: SiteBuildError carries the refusal as a diagnostic', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lrt-out-'));
    writeFileSync(path.join(dir, 'notities.txt'), 'mijn aantekeningen\n');
    const e = (await caught(claimSiteOutput({ cwd: dir, outDir: 'notities.txt', home: null }))) as SiteBuildError;
    expect(e).toBeInstanceOf(SiteBuildError);
    expect(e.rule).toBe('output-is-file');
    expect(e.diagnostics).toHaveLength(1);
    expect(e.diagnostic).toMatchObject({ rule: 'output-is-file', severity: 'error' });
    expect(formatText(e.diagnostics)).toMatch(/^De uitvoermap notities\.txt is .*\[output-is-file\]$/);
  });

  it('an import note: its own rule id, a severity, the input file, line and column', () => {
    const r = importMinutes('    Brief van de minister aan de tafel\n\nGeachte leden,\n\nHierbij de stand van zaken.\n', registry(), { file: 'brieven/brief.txt' });
    const note = r.notes.find((n) => n.rule === 'import-no-header');
    expect(note).toEqual({
      file: 'brieven/brief.txt',
      line: 1,
      column: 5,
      rule: 'import-no-header',
      severity: 'warning',
      message: expect.stringContaining('Geen vergaderkop gevonden'),
    });
    expect(DiagnosticSchema.parse(note)).toEqual(note);
    expect(r.notes.every((n) => n.file === 'brieven/brief.txt' && n.rule.startsWith('import-'))).toBe(true);
  });

  it('a file the program failed on: internal-error keeps the stack as its cause, shown only when asked', () => {
    const d = internalError('minutes/2024-03-01-lrt.md', new TypeError('cannot read properties of undefined'));
    expect(d).toMatchObject({ rule: 'internal-error', file: 'minutes/2024-03-01-lrt.md', line: 1, column: 1 });
    expect(d.cause).toMatch(/^TypeError: cannot read properties of undefined\n\s+at /);
    expect(formatText([d])).toBe(
      'minutes/2024-03-01-lrt.md:1:1  Dit bestand kon door een fout in het programma niet worden verwerkt. Meld dit aan het beheer, met het bestand erbij.  [internal-error]',
    );
    const debug = formatText([d], { debug: true }).split('\n');
    expect(debug[0]).toBe(formatText([d]));
    expect(debug[1]).toBe('    TypeError: cannot read properties of undefined');
    expect(debug[2]).toMatch(/^\s+at /);
  });
});
