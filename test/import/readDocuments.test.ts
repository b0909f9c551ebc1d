import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, lrt, registry, run, source } from '../helpers.js';
import { layoutPdf, type PdfItem } from '../../src/import/pdfLayout.js';
import { htmlToText } from '../../src/import/htmlToText.js';
import { importMinutes } from '../../src/import/importMinutes.js';
import { prtMinutesPdf, werkgroepMinutesDocx } from './documentFixtures.js';

const item = (x: number, y: number, str: string, size = 10): PdfItem => ({ str, x, y, width: str.length * size * 0.5, height: size });

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lrt-import-docs-'));
  cpSync(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true });
  return dir;
}

const registered = (dir: string, file: string) => {
  const r = run([source(file, readFileSync(path.join(dir, file), 'utf8'))]);
  return { errors: r.diagnostics.filter((d) => d.severity === 'error'), agreements: r.register.agreements, meetings: r.register.meetings };
};

describe('PDF text by position (layoutPdf)', () => {
  it('leaves out a running header and page numbers, keeps wide gaps as tabs and paragraphs apart', () => {
    const page = (n: number, body: PdfItem[]) => ({ width: 595, height: 842, items: [item(50, 812, 'Provincie Utrecht – Regietafel', 8), item(270, 30, `Pagina ${n} van 2`, 8), ...body] });
    const text = layoutPdf([
      page(1, [item(50, 740, 'Vergaderdatum en tijd'), item(200, 740, '10 december 2024'), item(50, 700, '1. Opening'), item(50, 687, 'De voorzitter opent.')]),
      page(2, [item(50, 770, '2. Sluiting'), item(50, 757, 'De voorzitter sluit.')]),
    ]);
    expect(text).toBe('Vergaderdatum en tijd\t10 december 2024\n\n1. Opening\nDe voorzitter opent.\n\n2. Sluiting\nDe voorzitter sluit.\n');
  });

  it('puts a wrapped table cell back on its row', () => {
    const text = layoutPdf([
      {
        width: 595, height: 842,
        items: [
          item(50, 700, 'Nr'), item(80, 700, 'Actie'), item(380, 700, 'Naam'), item(470, 700, 'Status'),
          item(50, 684, '1'), item(80, 684, 'Lijst met panden'), item(380, 684, 'IPO'), item(470, 684, 'Open'),
          item(80, 671, 'rondsturen'),
          item(50, 655, '2'), item(80, 655, 'Overleg plannen'), item(380, 655, 'VNG'), item(470, 655, 'Loopt'),
        ],
      },
    ]);
    expect(text.split('\n').slice(0, 3)).toEqual(['Nr\tActie\tNaam\tStatus', '1\tLijst met panden rondsturen\tIPO\tOpen', '2\tOverleg plannen\tVNG\tLoopt']);
  });

  it('writes a "Besluit" column after the discussion beside it, labelled, instead of line by line', () => {
    const text = layoutPdf([
      {
        width: 595, height: 842,
        items: [
          item(50, 770, '3. Opvang amv'), item(380, 770, 'Besluit'),
          item(50, 752, 'Nidos meldt dat de opvang'), item(380, 752, 'De PRT vraagt COA'),
          item(50, 739, 'vol is.'), item(380, 739, 'een voorstel te maken.'),
        ],
      },
    ]);
    expect(text).toBe('3. Opvang amv\nNidos meldt dat de opvang\nvol is.\n\nBesluit: De PRT vraagt COA\neen voorstel te maken.\n');
  });
});

describe('HTML and Word text (htmlToText)', () => {
  it('keeps headings, lists, bold and tables; drops scripts and styles; decodes entities', () => {
    const html =
      '<html><head><title>x</title><style>p{}</style></head><body><h1>Verslag</h1><p>Eerste &amp; enige alinea.</p>' +
      '<ul><li>punt één</li><li><strong>Besluit:</strong> akkoord</li></ul><ol><li>a</li><li>b</li></ol>' +
      '<table><tr><th>Actie</th><th>Wie</th></tr><tr><td>Lijst | delen</td><td>BZK</td></tr></table><script>alert(1)</script></body></html>';
    expect(htmlToText(html)).toBe(
      '# Verslag\n\nEerste & enige alinea.\n\n- punt één\n- **Besluit:** akkoord\n\n1. a\n2. b\n\n| Actie | Wie |\n| --- | --- |\n| Lijst \\| delen | BZK |\n',
    );
  });
});

describe('the meeting date in the header layouts of other tables', () => {
  const body = '\n\n1. Opening\nDe voorzitter opent.\n\n2. Rondvraag\nGeen.\n';
  const cases: [string, string, string][] = [
    ['a PDF column beside "Vergaderdatum en tijd"', 'Verslag PRT Utrecht\nVergaderdatum en tijd\t10 december 2024, 10.00 - 12.00 uur\nLocatie\tUtrecht', '2024-12-10'],
    ['"Vergaderdatum" and the date on separate lines', 'Verslag PRT Utrecht\nVergaderdatum\n10 december 2024\nLocatie\nProvinciehuis', '2024-12-10'],
    ['"Datum 20 mei 2014"', 'Verslag PRT Utrecht\nDatum 20 mei 2014\nAanwezig: Dhr. Oosters (CdK)', '2014-05-20'],
    ['weekday first, with a year', 'Verslag PRT Utrecht\nWoensdag 20 maart 2024\nAanwezig: Dhr. Oosters (CdK)', '2024-03-20'],
    ['a "Vergaderdatum en -tijd" table cell', 'Verslag PRT Utrecht\n\n| Vergaderdatum en -tijd | 10 december 2024, 14.00 uur |\n|---|---|\n| Locatie | Utrecht |', '2024-12-10'],
    ['a Word header table with bold field names', '# Verslag HLRT\n\n| **Vergaderdatum** | Donderdag 8 februari 2024 |\n| --- | --- |\n| **Aanwezig** | (JenV), (BZK) |', '2024-02-08'],
    ['a heading sentence', 'Besluitenlijst van de vergadering van de PRT Utrecht van 10 januari 2025', '2025-01-10'],
    ['the date in the title before a publication date', 'Verslag PRT Utrecht 7 maart 2024\nGepubliceerd op 2 april 2024\nAanwezig: Dhr. Oosters (CdK)', '2024-03-07'],
  ];
  for (const [what, header, date] of cases)
    it(what, () => {
      const r = importMinutes(header + body, registry());
      expect(/^datum: (\S+)$/m.exec(r.markdown)?.[1]).toBe(date);
    });

  it('weekday first without a year: the year from the title, as a proposal with a warning in check', () => {
    const r = importMinutes(`Verslag PRT Utrecht 2024\nDonderdag 8 februari\nAanwezig: Dhr. Oosters (CdK)${body}`, registry());
    expect(r.markdown).toContain('datum: 2024-02-08  # voorstel: jaar uit de titel; controleer');
    const check = run([source('minutes/2024-02-08-prt-utrecht.md', r.markdown)]).diagnostics;
    expect(check.filter((d) => d.severity === 'error')).toEqual([]);
    expect(check.filter((d) => d.rule === 'import-proposal').map((d) => d.line)).toEqual([3]);
  });

  it('no date anywhere: the date the caller knows of the file, as a proposal, never silently; --datum wins', () => {
    const text = `Verslag PRT Utrecht\nAanwezig: Dhr. Oosters (CdK)${body}`;
    const r = importMinutes(text, registry(), { fallbackDate: { date: '2024-06-03', what: 'de aanmaakdatum van de PDF (2024-06-03)' } });
    expect(r.markdown).toContain('datum: 2024-06-03  # voorstel: de aanmaakdatum van de PDF (2024-06-03), niet de vergaderdatum; vul die in');
    expect(r.notes[0]!.message).toContain('lrt import --datum JJJJ-MM-DD');
    expect(importMinutes(text, registry(), { datum: '2024-05-30', fallbackDate: { date: '2024-06-03', what: 'x' } }).markdown).toMatch(/^datum: 2024-05-30$/m);
    expect(importMinutes(text, registry(), { fileName: 'verslag PRT 2024-05-29.pdf' }).markdown).toContain('datum: 2024-05-29  # voorstel: uit de bestandsnaam; controleer');
  });
});

describe('lrt import on PDF, Word, a folder', () => {
  it('a PDF: header and page numbers gone, the action table as actiepunten with owner and status, the Besluit column a decision', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'prt-utrecht.pdf'), await prtMinutesPdf());
    const r = await lrt(['import', 'prt-utrecht.pdf', '-o', 'concept.md'], dir);
    expect(r.code).toBe(0);
    const draft = readFileSync(path.join(dir, 'concept.md'), 'utf8');
    expect(draft).not.toMatch(/Pagina \d van 2|Provincie Utrecht – Provinciale Regietafel/);
    expect(draft).toMatch(/^datum: 2024-12-10$/m);
    const reg = registered(dir, 'concept.md');
    expect(reg.errors).toEqual([]);
    expect(reg.agreements.map((a) => [a.label, a.text, a.owners, a.status, a.agendaItem?.title])).toEqual([
      ['Actiepunt', 'Overzicht van leegstaande kantoorpanden delen met de gemeenten in de regio', ['IPO'], 'open', 'Actielijst'],
      ['Actiepunt', 'Gesprek met corporaties over flexwoningen in Foodvalley plannen', ['VNG'], 'loopt', 'Actielijst'],
      ['Besluit', 'De PRT vraagt COA en Nidos samen een voorstel voor extra plekken te maken.', [], 'afgerond', 'Opvang alleenstaande minderjarigen'],
    ]);
    expect(r.err).toContain('Mogelijke afspraak zonder label: "COA zal voor 20 december een overzicht sturen');
  }, 120_000);

  it('a Word file: the header table read as fields, the labelled bullet and the action table registered', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'hlrt.docx'), await werkgroepMinutesDocx());
    const r = await lrt(['import', 'hlrt.docx', '-o', 'concept.md'], dir);
    expect(r.code).toBe(0);
    const reg = registered(dir, 'concept.md');
    expect(reg.errors).toEqual([]);
    expect(reg.meetings.map((m) => [m.id, m.chair, m.present])).toEqual([['hlrt-2024-02-08', '(JenV)', ['(JenV)', '(BZK)', '(VNG)', '(IPO)', '(COA)']]]);
    expect(reg.agreements.map((a) => [a.label, a.text, a.owners, a.deadline.date])).toEqual([
      ['Afspraak', 'BZK stuurt de geannoteerde agenda uiterlijk 1 maart rond.', ['BZK'], '2024-03-01'],
      ['Actiepunt', 'Notitie over de spreiding van amv opstellen', ['JenV'], '2024-03-15'],
      ['Actiepunt', 'Reactie van de provincies bundelen', ['IPO'], '2024-02-29'],
    ]);
  }, 120_000);

  it('a folder: one draft per file, progress, a summary table, and every draft passes check without errors', async () => {
    const dir = project();
    const input = path.join(dir, 'oud');
    mkdirSync(input);
    writeFileSync(path.join(input, 'prt-utrecht.pdf'), await prtMinutesPdf());
    writeFileSync(path.join(input, 'hlrt.docx'), await werkgroepMinutesDocx());
    writeFileSync(
      path.join(input, 'to-digikoppeling.html'),
      '<h1>Verslag TO Digikoppeling</h1><p>Datum 14 mei 2024</p><h2>1. Opening</h2><p>De voorzitter opent.</p><h2>2. Aansluitingen</h2><ul><li>Actiepunt: Logius stuurt de planning rond.</li></ul>',
    );
    writeFileSync(path.join(input, 'notities.txt'), 'Verslag PRT Zeeland\nVergaderdatum: 3 juni 2024\n\n1. Opening\nDe voorzitter opent.\n\n2. Afspraken\n- Afspraak: IPO deelt de cijfers.\n');
    writeFileSync(path.join(input, 'plaatje.png'), new Uint8Array([137, 80, 78, 71]));
    const r = await lrt(['import', 'oud', '-o', 'concepten'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toContain('[#####---------------] 1/4 oud/hlrt.docx');
    expect(r.err).toContain('[####################] 4/4 oud/to-digikoppeling.html');
    const rows = r.out.split('\n');
    expect(rows[0]).toBe('| bestand | concept | datum | orgaan | blokken | kandidaten | aandachtspunten |');
    expect(rows.slice(2).map((l) => l.split(' | ').slice(0, 5))).toEqual([
      ['| oud/hlrt.docx', 'concepten/2024-02-08-hlrt.md', '2024-02-08', 'HLRT', '3'],
      ['| oud/notities.txt', 'concepten/2024-06-03-prt-zeeland.md', '2024-06-03', 'PRT Zeeland', '1'],
      ['| oud/prt-utrecht.pdf', 'concepten/2024-12-10-prt-utrecht.md', '2024-12-10', 'PRT Utrecht', '3'],
      ['| oud/to-digikoppeling.html', 'concepten/2024-05-14-to-digikoppeling.md', '2024-05-14', 'TO Digikoppeling', '1'],
    ]);
    expect(readdirSync(path.join(dir, 'concepten')).sort()).toHaveLength(4);
    const check = await lrt(['check', 'concepten'], dir);
    expect(check.code).toBe(0);
    expect(check.err.split('\n').at(-1)).toMatch(/^4 bestanden gecontroleerd: 0 fouten, \d+ waarschuwingen\.$/);
    expect(check.out + check.err).toContain('body-unknown-concept');
  }, 240_000);

  it('--orgaan names a table not yet known: it is added to data/bodies.yaml and the draft registers at once', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'to.txt'), 'Verslag\nDatum 14 mei 2024\n\n1. Opening\nDe voorzitter opent.\n\n2. Aansluitingen\n- Actiepunt: VNG stuurt de planning rond.\n');
    const r = await lrt(['import', 'to.txt', '-o', 'concept.md', '--orgaan', 'TO Digikoppeling'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Nieuw overleg toegevoegd aan data/bodies.yaml: TO Digikoppeling (kenmerken beginnen met "to-digikoppeling-")');
    expect(readFileSync(path.join(dir, 'data/bodies.yaml'), 'utf8')).toMatch(/\n- \{ code: TO Digikoppeling, naam: TO Digikoppeling, slug: to-digikoppeling \}\n$/);
    const check = await lrt(['check', 'concept.md'], dir);
    expect(check.code).toBe(0);
    expect(check.out + check.err).not.toContain('body-unknown');
    const reg = await lrt(['register', 'concept.md'], dir);
    expect(JSON.parse(reg.out).agreements.map((a: { id: string }) => a.id)).toEqual(['to-digikoppeling-2024-05-14-1']);
    // A second import of the same table adds nothing.
    await lrt(['import', 'to.txt', '-o', 'concept2.md', '--orgaan', 'TO Digikoppeling'], dir);
    expect(readFileSync(path.join(dir, 'data/bodies.yaml'), 'utf8').match(/TO Digikoppeling/g)).toHaveLength(2);
    expect(existsSync(path.join(dir, 'concept2.md'))).toBe(true);
  }, 120_000);
});
