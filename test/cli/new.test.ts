import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, lrt } from '../helpers.js';

const scratchDirs: string[] = [];
afterAll(() => {
  for (const d of scratchDirs) rmSync(d, { recursive: true, force: true });
});

/** A scratch copy of the project's data, minutes and status updates. */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lrt-new-'));
  scratchDirs.push(dir);
  for (const d of ['data', 'minutes', 'agreements']) cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  return dir;
}

describe('lrt new', () => {
  it('writes minutes/<date>-<body>.md with the open agreements, and check passes on it', async () => {
    const dir = project();
    const r = await lrt(['new', 'LRT', '2023-06-14'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'Geschreven: minutes/2023-06-14-lrt.md; 13 openstaande afspraken overgenomen, waarvan 3 over de termijn; aanwezigen uit het verslag van 25 april 2023. Vul het verslag aan en voer daarna "lrt check" uit.\n' +
        'Sinds de vorige vergadering: 0 afgerond of vervallen, 0 voorgesteld om af te doen, 0 over de termijn geraakt, 0 nieuw afgesproken.',
    );
    const text = readFileSync(path.join(dir, 'minutes/2023-06-14-lrt.md'), 'utf8');
    expect(text).toContain('## 2. Openstaande afspraken\n\n- lrt-2022-09-16-1 (afspraak LRT 16 september 2022;');
    expect(text).toContain('\n- lrt-2023-02-02-1 (afspraak LRT 2 februari 2023;');
    expect(text).toContain('  - vervolg op: lrt-2023-04-25-1\n  - status: open\n');
    expect(await lrt(['check'], dir)).toMatchObject({ code: 0, err: '9 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen.' });
  });

  it('what the secretariat writes under a carried agreement becomes its follow-up, and a new block gets an id', async () => {
    const dir = project();
    await lrt(['new', 'LRT', '2023-06-14'], dir);
    const file = path.join(dir, 'minutes/2023-06-14-lrt.md');
    const text = readFileSync(file, 'utf8')
      .replace(
        'derdelanders uit Oekraïne.\n  - vervolg op: lrt-2023-02-02-1\n  - status: open',
        'derdelanders uit Oekraïne. Het overleg heeft plaatsgevonden.\n  - vervolg op: lrt-2023-02-02-1\n  - status: afgerond',
      )
      .replace('- Korte samenvatting van wat er is besproken.', '- Afspraak: IPO inventariseert de knelpunten bij de PRT’s.');
    writeFileSync(file, text);
    expect((await lrt(['check'], dir)).out).toContain('voorlopig lrt-2023-06-14-1');
    expect((await lrt(['ids'], dir)).code).toBe(0);
    expect(await lrt(['check'], dir)).toMatchObject({ code: 0, err: '9 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen.' });
    const reg = JSON.parse((await lrt(['register', '--as-of', '2023-06-15'], dir)).out);
    const a = reg.agreements.find((x: { id: string }) => x.id === 'lrt-2023-02-02-1');
    expect(a.status).toBe('afgerond');
    // The history keeps what was said, not the agreement's text again; one left as written says nothing new.
    expect(a.followUps.at(-1)).toMatchObject({ ref: 'lrt-2023-06-14', text: 'Het overleg heeft plaatsgevonden.', status: 'afgerond' });
    const untouched = reg.agreements.find((x: { id: string }) => x.id === 'lrt-2023-02-02-2');
    expect(untouched.followUps.at(-1)).toMatchObject({ ref: 'lrt-2023-06-14', text: '', status: 'loopt' });
    expect(reg.agreements.map((x: { id: string }) => x.id)).toContain('lrt-2023-06-14-1');
  });

  it('never overwrites, and refuses a second file for the same meeting', async () => {
    const dir = project();
    expect((await lrt(['new', 'LRT', '2023-06-14'], dir)).code).toBe(0);
    const again = await lrt(['new', 'LRT', '2023-06-14'], dir);
    expect(again.code).toBe(2);
    expect(again.err).toBe('minutes/2023-06-14-lrt.md bestaat al. "lrt new" overschrijft nooit een bestaand verslag; kies een andere naam met -o of haal het bestaande bestand eerst weg.  [new-file-exists]');
    const other = await lrt(['new', 'LRT', '2023-04-25', '-o', 'minutes/ander.md'], dir);
    expect(other).toMatchObject({ code: 2, err: 'minutes/2023-04-25-lrt.md:1:1  Er is al een verslag van de LRT van 25 april 2023.  [new-meeting-exists]' });
    expect(existsSync(path.join(dir, 'minutes/ander.md'))).toBe(false);
  });

  it('writes where -o says, or to standard output with -o -; a body name may have spaces', async () => {
    const dir = project();
    expect((await lrt(['new', 'LRT', '2023-06-14', '-o', 'concept/juni.md'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'concept/juni.md'), 'utf8')).toMatch(/^---\n# Gemaakt met "lrt new"/);
    const r = await lrt(['new', 'PRT', 'Utrecht', '2024-03-01', '-o', '-'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('orgaan: PRT Utrecht\ndatum: 2024-03-01\nstatus: concept\n');
    expect(existsSync(path.join(dir, 'minutes/2024-03-01-prt-utrecht.md'))).toBe(false);
  });

  it('refuses, in Dutch with exit 2, a date that does not exist, an unknown body, or missing arguments', async () => {
    const dir = project();
    const date = await lrt(['new', 'LRT', '2023-02-30'], dir);
    expect(date.code).toBe(2);
    expect(date.err).toMatch(/^"2023-02-30" is geen bestaande datum in de vorm JJJJ-MM-DD/);
    expect((await lrt(['new', 'LRT', '14-06-2023'], dir)).code).toBe(2);
    const body = await lrt(['new', 'LTR', '2023-06-14'], dir);
    expect(body.code).toBe(2);
    expect(body.err).toMatch(/^Onbekend overleg "LTR"\. Kies uit: LRT, HLRT, PRT Drenthe/);
    const none = await lrt(['new'], dir);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Gebruik: lrt new <orgaan> <datum> [-o bestand]');
  });
});
