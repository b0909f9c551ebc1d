import { describe, expect, it } from 'vitest';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, lrt, scratchProject, scratchWith } from '../helpers.js';
import { RegisterSchema } from '../../src/schema/register.js';

const scratch = (files: Record<string, string>) => scratchWith(files, 'lrt-cli-');

describe('lrt check', () => {
  it('is clean on the shipped minutes and exits 0', async () => {
    const r = await lrt(['check']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('8 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen.');
  });

  it('reports every problem of every file as file:line:column  message  [rule] and exits 1', async () => {
    const r = await lrt(['check', 'test/fixtures/rules/owner-unknown.md', 'test/fixtures/rules/date-invalid.md']);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      'test/fixtures/rules/date-invalid.md:3:8  "datum": de datum 2023-02-30 bestaat niet. Controleer dag en maand.  [date-invalid]',
      `test/fixtures/rules/owner-unknown.md:16:5  Onbekende eigenaar "VNGG". Bedoelt u "VNG"? Gebruik een code uit data/organisations.yaml, gescheiden door komma's.  [owner-unknown]`,
    ]);
    expect(r.err).toBe('2 bestanden gecontroleerd: 2 fouten, 0 waarschuwingen.');
  });

  it('exits 0 with warnings only', async () => {
    const r = await lrt(['check', 'test/fixtures/rules/id-missing.md']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('waarschuwing: 1 blok zonder kenmerk');
  });

  it('prints GitHub annotations with --format github', async () => {
    const r = await lrt(['check', '--format', 'github', 'test/fixtures/rules/owner-unknown.md']);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      `::error file=test/fixtures/rules/owner-unknown.md,line=16,col=5,title=owner-unknown::Onbekende eigenaar "VNGG". Bedoelt u "VNG"? Gebruik een code uit data/organisations.yaml, gescheiden door komma's.`,
    );
  });

  it('says so, in Dutch, for a path that does not exist or an unknown option', async () => {
    expect(await lrt(['check', 'minutes/bestaat-niet.md'])).toMatchObject({ code: 2, err: 'Niet gevonden: minutes/bestaat-niet.md  [path-not-found]' });
    expect((await lrt(['check', '--formaat', 'x'])).code).toBe(2);
    expect((await lrt(['registreer'])).err).toMatch(/^Onbekende opdracht "registreer"/);
  });
});

describe('lrt check on one file of the project', () => {
  it('checks it against the rest of the project and reports only that file', async () => {
    const dir = scratchProject('lrt-one-');
    const file = 'minutes/2023-06-14-lrt.md';
    writeFileSync(
      path.join(dir, file),
      '---\norgaan: LRT\ndatum: 2023-06-14\nstatus: concept\nvoorzitter: Dhr. Van der Burg (SJenV)\n---\n\n## 1. Opening\n\n' +
        '- Het overleg met VB heeft plaatsgevonden.\n  - vervolg op: lrt-2023-02-02-1\n  - status: afgerond\n- Afspraak: VNG deelt de cijfers.\n  - id: lrt-2023-06-14-1\n  - vervolg op: lrt-2023-02-02-99\n',
    );
    const r = await lrt(['check', file], dir);
    expect(r.out.split('\n').map((l) => l.replace(/ {2}.*\[/, ' ['))).toEqual(['minutes/2023-06-14-lrt.md:15:5 [followup-unknown]']);
    expect(r.err).toBe('1 bestand gecontroleerd: 1 fout, 0 waarschuwingen.');
  });
});

describe('lrt register', () => {
  it('prints the JSON register of the shipped minutes, valid against its schema', async () => {
    const r = await lrt(['register', '--as-of', '2026-11-22']);
    expect(r.code).toBe(0);
    const reg = RegisterSchema.parse(JSON.parse(r.out));
    expect(reg.asOf).toBe('2026-11-22');
    expect(reg.agreements).toHaveLength(18);
  });

  it('prints CSV for Excel: BOM, semicolons, CRLF, one row per agreement', async () => {
    const r = await lrt(['register', '--format', 'csv']);
    const lines = r.out.split('\r\n').filter(Boolean);
    expect(r.out.startsWith('\ufeffid;soort;vergadering;datum;orgaan;agendapunt;tekst;')).toBe(true);
    expect(lines).toHaveLength(19);
    expect(lines.find((l) => l.startsWith('lrt-2023-02-02-2;'))).toContain('lrt-2023-02-02-2;afspraak;lrt-2023-02-02;2023-02-02;LRT;3. Stand van zaken huisvesting en maatregelenpakket;');
  });

  it('refuses an impossible --as-of date', async () => {
    expect(await lrt(['register', '--as-of', '2026-02-30'])).toMatchObject({ code: 2 });
  });
});

describe('lrt open', () => {
  it('lists open agreements per owner for the next agenda, overdue marked', async () => {
    const r = await lrt(['open', '--as-of', '2026-11-22']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('13 open, waarvan 4 over de termijn.');
    expect(r.out).toContain('## JenV — Ministerie van Justitie en Veiligheid (6 open, 2 over de termijn)');
    expect(r.out).toContain('| lrt-2023-02-02-2 | BZK deelt gegevens over achterstanden huisvesting (NB: gebeurt reeds).');
  });

  it('takes any spelling of an owner, and refuses an unknown one', async () => {
    const byRole = await lrt(['open', '--owner', 'SJenV']);
    expect(byRole.out).toContain('## JenV — Ministerie van Justitie en Veiligheid (6 open, 2 over de termijn)');
    expect((await lrt(['open', '--owner', 'vng'])).out).toContain('# Openstaande afspraken van VNG');
    expect(await lrt(['open', '--owner', 'BZKK'])).toMatchObject({ code: 2, out: '' });
    expect((await lrt(['open', '--owner', 'BZKK'])).err).toMatch(/^Onbekende eigenaar "BZKK"\. Bedoelt u "BZK"\?/);
  });

  it('answers --help with the help', async () => {
    expect(await lrt(['--help'])).toMatchObject({ code: 0 });
    expect((await lrt(['--help'])).out).toContain('lrt check [paden]');
  });

  it('filters by owner', async () => {
    const r = await lrt(['open', '--owner', 'BZK']);
    expect(r.out).toContain('## BZK');
    expect(r.out).not.toContain('## JenV');
  });
});

describe('lrt ids', () => {
  it('writes missing ids into the file, after which check is clean', async () => {
    const dir = scratch({ 'minutes/2023-06-14-lrt.md': readFileSync(path.join(ROOT, 'test/fixtures/ids/ids-missing.md'), 'utf8') });
    const r = await lrt(['ids'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toBe('4 kenmerken geschreven.');
    const text = readFileSync(path.join(dir, 'minutes/2023-06-14-lrt.md'), 'utf8');
    expect(text).toContain('- Afspraak: BZK deelt de cijfers over achterstanden.\n  - id: lrt-2023-06-14-1\n');
    expect(await lrt(['check'], dir)).toMatchObject({ code: 0, err: '1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen.' });
    expect((await lrt(['ids'], dir)).err).toBe('0 kenmerken geschreven.');
  });
});

describe('the template and the guide', () => {
  it('the template passes check, with only one summary line for the ids not yet written', async () => {
    const dir = scratch({ 'minutes/2026-01-15-lrt.md': readFileSync(path.join(ROOT, 'docs/sjabloon-verslag.md'), 'utf8') });
    const r = await lrt(['check'], dir);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n').filter((l) => l.includes('['));
    expect(lines.map((l) => /\[(.+)\]$/.exec(l)![1])).toEqual(['id-missing']);
    expect(lines[0]).toContain('2 blokken zonder kenmerk');
    expect(lines[0]).toContain('lrt ids');
  });
});

describe('data files of the project', () => {
  it("lrt build explains the project's own terms from its data/begrippen.yaml", async () => {
    const dir = scratchProject('lrt-terms-');
    appendFileSync(path.join(dir, 'data', 'begrippen.yaml'), '- { term: Zwaluwoverleg, betekenis: overleg dat alleen in dit project bestaat, soort: begrip }\n');
    const r = await lrt(['build', '--as-of', '2026-11-22', '-o', '_site'], dir);
    expect(r.code).toBe(0);
    const page = readFileSync(path.join(dir, '_site', 'begrippen', 'index.html'), 'utf8');
    expect(page).toContain('overleg dat alleen in dit project bestaat');
    rmSync(dir, { recursive: true, force: true });
  });

  it('a mistake in a data file is reported in Dutch with the file and the place, exit 2', async () => {
    const dir = scratchProject('lrt-data-');
    writeFileSync(path.join(dir, 'data', 'bodies.yaml'), readFileSync(path.join(dir, 'data', 'bodies.yaml'), 'utf8').replace(/code: LRT/, 'code: 12'));
    const r = await lrt(['check'], dir);
    expect(r.code).toBe(2);
    // The place of the value in the file, as lrt check gives it for minutes.
    expect(r.err).toBe('data/bodies.yaml:2:11  Fout in dit gegevensbestand bij 0.code: Ongeldige invoer: verwacht string, ontving getal  [data-invalid]');
    rmSync(dir, { recursive: true, force: true });
  });
});
