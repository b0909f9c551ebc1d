import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, lrt } from '../helpers.js';

const SEED_000 = 'test/fixtures/import/seeds/000_d6a081a9a5fff943.txt';
const SEED_001 = 'test/fixtures/import/seeds/001_4023b88c0825bc80.txt';

describe('lrt import', () => {
  it('prints the draft on stdout and what it could not determine on stderr as file:line:column  message  [rule]', async () => {
    const r = await lrt(['import', SEED_000]);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('---\norgaan: LRT  # voorstel: 5 keer genoemd in de tekst; controleer\ndatum: 2023-04-25')).toBe(true);
    expect(r.err.split('\n')).toEqual([
      `${SEED_000}:1:2  ter informatie: Geen vergaderdatum gevonden. Voorstel: 2023-04-25, afgeleid uit "morgen (26-04-2023)" op regel 118. Controleer "datum" in het kopblok.  [import-date-proposed]`,
      `${SEED_000}:1:2  ter informatie: De kop noemt geen overleg. Voorstel: LRT (5 keer genoemd in de tekst). Controleer "orgaan" in het kopblok.  [import-body-proposed]`,
      `${SEED_000}:1:2  ter informatie: De lijst bovenaan zonder kop "Aanwezig" is als aanwezigen overgenomen. Controleer "aanwezig" in het kopblok.  [import-attendees-implicit]`,
      `${SEED_000}:1:2  ter informatie: De tekst noemt geen voorzitter. Voorstel: Dhr. Van der Burg (SJenV) (de eerste aanwezige met een functie). Controleer "voorzitter" in het kopblok.  [import-chair-proposed]`,
      `${SEED_000}:73:1  ter informatie: Mogelijke afspraak zonder label: "Het KCIO inventariseert in welke veiligheidsregio’s CNO openblijft." Is het een afspraak, zet er dan een label voor; zo niet, laat de zin staan.  [import-candidate]`,
      `${SEED_000}:91:1  ter informatie: Mogelijke afspraak zonder label: "SJenV zal het punt in de MR inbrengen." Is het een afspraak, zet er dan een label voor; zo niet, laat de zin staan.  [import-candidate]`,
      'Concept gemaakt: 2 gelabelde blokken, 2 mogelijke afspraken zonder label, 4 aandachtspunten. Controleer het daarna met: lrt check <bestand>',
    ]);
  });

  it('writes the draft with -o, and check accepts it (warnings only), as the secretariat would use it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lrt-import-'));
    cpSync(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true });
    writeFileSync(path.join(dir, 'oud.txt'), readFileSync(path.join(ROOT, SEED_001)));
    const r = await lrt(['import', 'oud.txt', '-o', 'concept.md'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err.split('\n').at(-1)).toBe(
      'Concept geschreven naar concept.md: 3 gelabelde blokken, 0 mogelijke afspraken zonder label, 2 aandachtspunten. Controleer het daarna met: lrt check concept.md',
    );
    const check = await lrt(['check', 'concept.md'], dir);
    expect(check.code).toBe(0);
    // The three blocks without an id are one summary line for the file, not one warning per block.
    expect(check.err.split('\n').at(-1)).toBe('1 bestand gecontroleerd: 0 fouten, 2 waarschuwingen.');
    expect(check.out).toContain('3 blokken zonder kenmerk');
    // The absentees the importer read from a sentence, not a header: a warning at the field until checked.
    expect(check.out + check.err).toContain('concept.md:25:1  waarschuwing: "afwezig" is bij het overnemen voorgesteld, niet in de bron gevonden: afgeleid uit regel 26.');
  });

  it('prints { markdown, candidates, notes, people } with --json', async () => {
    const r = await lrt(['import', SEED_000, '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['markdown', 'candidates', 'notes', 'people']);
    expect(json.people).toEqual([]);
    expect(json.candidates).toEqual([
      { text: 'Het KCIO inventariseert in welke veiligheidsregio’s CNO openblijft.', line: 73 },
      { text: 'SJenV zal het punt in de MR inbrengen.', line: 91 },
    ]);
    expect(json.notes[0]).toEqual({
      file: SEED_000,
      line: 1,
      column: 2,
      rule: 'import-date-proposed',
      severity: 'info',
      message: expect.stringContaining('Geen vergaderdatum gevonden'),
    });
    expect(json.markdown).toContain('- Afspraak: Ten aanzien van de governance en PRT, zal dit geagendeerd worden voor de LRT van juni.\n');
  });

  it('reads a Windows-1252 export and says so', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lrt-import-'));
    cpSync(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true });
    const text = 'Verslag PRT Utrecht 12 maart 2024\nAanwezig: Dhr. X (VNG), secretariaat\n\n1. Opening\n\u2022 Afspraak: VNG levert de cijfers over Oekra\u00efne aan.\n';
    const bytes = Uint8Array.from([...text].map((c) => (c === '\u2022' ? 0x95 : c.charCodeAt(0))));
    writeFileSync(path.join(dir, 'oud.txt'), bytes);
    const r = await lrt(['import', 'oud.txt'], dir);
    expect(r.out).toContain('- Afspraak: VNG levert de cijfers over Oekraïne aan.');
    expect(r.err).toContain('oud.txt:1:1  waarschuwing: Het bestand is geen UTF-8; gelezen als Windows-1252.');
  });

  it('says so, in Dutch, for a missing file or a missing argument', async () => {
    expect(await lrt(['import', 'bestaat-niet.txt'])).toMatchObject({ code: 2, err: 'Niet gevonden: bestaat-niet.txt  [path-not-found]' });
    const none = await lrt(['import']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^Geef een bestand of een map op\.  \[import-arguments-missing\]\nGebruik: lrt import <bestand of map>/);
  });

  it('is in the help', async () => {
    expect((await lrt(['help'])).out).toContain('lrt import <bestand> [-o concept.md] [--json]');
  });
});
