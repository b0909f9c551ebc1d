import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/**
 * Old minutes as the secretariat has them, written for the tests (invented meetings, realistic
 * Dutch): a PDF of a provincial table with a running header and page numbers, a header table, an
 * action table and a page with a "Besluit" column beside the discussion; and a Word file with a
 * header table, headings, bullets and an action table.
 */

interface Row {
  y: number;
  cells: [number, string][];
  size?: number;
}

function draw(page: PDFPage, font: PDFFont, rows: Row[]): void {
  for (const r of rows) for (const [x, text] of r.cells) page.drawText(text, { x, y: r.y, size: r.size ?? 10, font });
}

function furniture(page: PDFPage, font: PDFFont, n: number, of: number): void {
  draw(page, font, [
    { y: 812, cells: [[50, 'Provincie Utrecht – Provinciale Regietafel']], size: 8 },
    { y: 30, cells: [[270, `Pagina ${n} van ${of}`]], size: 8 },
  ]);
}

export async function prtMinutesPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.setCreationDate(new Date('2024-12-16T09:00:00Z'));

  const p1 = doc.addPage([595, 842]);
  furniture(p1, font, 1, 2);
  draw(p1, font, [
    { y: 770, cells: [[50, 'Verslag Provinciale Regietafel Utrecht']], size: 14 },
    { y: 740, cells: [[50, 'Vergaderdatum en tijd'], [200, '10 december 2024, 10.00 - 12.00 uur']] },
    { y: 725, cells: [[50, 'Locatie'], [200, 'Provinciehuis, Utrecht']] },
    { y: 710, cells: [[50, 'Voorzitter'], [200, 'Dhr. Oosters (CdK)']] },
    { y: 695, cells: [[50, 'Aanwezig'], [200, 'Dhr. Oosters (CdK), (COA), (VNG), (IPO), (JenV),']] },
    { y: 682, cells: [[200, 'secretariaat']] },
    { y: 650, cells: [[50, '1. Opening en mededelingen']], size: 11 },
    { y: 632, cells: [[50, 'De voorzitter opent de vergadering en heet iedereen welkom. Het verslag van 12 november wordt']] },
    { y: 619, cells: [[50, 'ongewijzigd vastgesteld.']] },
    { y: 590, cells: [[50, '2. Huisvesting statushouders']], size: 11 },
    { y: 572, cells: [[50, 'Amersfoort en Veenendaal lopen achter op de taakstelling voor de tweede helft van 2024. COA zal']] },
    { y: 559, cells: [[50, 'voor 20 december een overzicht sturen van de statushouders die langer dan een half jaar wachten.']] },
    { y: 530, cells: [[50, 'Actielijst']], size: 11 },
    { y: 512, cells: [[50, 'Nr'], [80, 'Actie'], [380, 'Naam'], [470, 'Status']] },
    { y: 496, cells: [[50, '1'], [80, 'Overzicht van leegstaande kantoorpanden'], [380, 'IPO'], [470, 'Open']] },
    { y: 483, cells: [[80, 'delen met de gemeenten in de regio']] },
    { y: 467, cells: [[50, '2'], [80, 'Gesprek met corporaties over flexwoningen'], [380, 'VNG'], [470, 'Loopt']] },
    { y: 454, cells: [[80, 'in Foodvalley plannen']] },
  ]);

  const p2 = doc.addPage([595, 842]);
  furniture(p2, font, 2, 2);
  draw(p2, font, [
    { y: 770, cells: [[50, '3. Opvang alleenstaande minderjarigen'], [380, 'Besluit']], size: 11 },
    { y: 752, cells: [[50, 'Nidos meldt dat de kleinschalige opvang in de'], [380, 'De PRT vraagt COA en Nidos']] },
    { y: 739, cells: [[50, 'regio vol is. Gemeenten vragen om een'], [380, 'samen een voorstel voor extra']] },
    { y: 726, cells: [[50, 'gezamenlijke aanpak met de provincie.'], [380, 'plekken te maken.']] },
    { y: 690, cells: [[50, '4. Rondvraag en sluiting']], size: 11 },
    { y: 672, cells: [[50, 'Er zijn geen vragen. De voorzitter sluit de vergadering om 12.00 uur.']] },
  ]);
  return doc.save();
}

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })], width: { size: 3000, type: WidthType.DXA } });

export async function werkgroepMinutesDocx(): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'secretariaat',
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Verslag HLRT')] }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Vergaderdatum', true), cell('Donderdag 8 februari 2024')] }),
              new TableRow({ children: [cell('Voorzitter', true), cell('(JenV)')] }),
              new TableRow({ children: [cell('Aanwezig', true), cell('(JenV), (BZK), (VNG), (IPO), (COA)')] }),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('1. Opening')] }),
          new Paragraph({ children: [new TextRun('De voorzitter opent het overleg. Er zijn geen mededelingen.')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('2. Voorbereiding LRT maart')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('VNG vraagt aandacht voor de financiering van de gemeentelijke opvang.')] }),
          new Paragraph({
            bullet: { level: 0 },
            children: [new TextRun({ text: 'Afspraak: ', bold: true }), new TextRun('BZK stuurt de geannoteerde agenda uiterlijk 1 maart rond.')],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('3. Actiepunten')] }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Nr', true), cell('Actie', true), cell('Wie', true), cell('Wanneer', true)] }),
              new TableRow({ children: [cell('1'), cell('Notitie over de spreiding van amv opstellen'), cell('JenV'), cell('15 maart 2024')] }),
              new TableRow({ children: [cell('2'), cell('Reactie van de provincies bundelen'), cell('IPO'), cell('eind februari')] }),
            ],
          }),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun('')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('4. Sluiting')] }),
          new Paragraph({ children: [new TextRun('De voorzitter sluit het overleg.')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
