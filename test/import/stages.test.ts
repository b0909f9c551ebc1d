import { describe, expect, it } from 'vitest';
import { registry } from '../helpers.js';
import { splitAttendees } from '../../src/import/splitAttendees.js';
import { parseDutchDate } from '../../src/import/parseDutchDate.js';
import { joinPdfLines, lineAt } from '../../src/import/joinPdfLines.js';
import { headingAt } from '../../src/import/findHeading.js';
import { recognizeLabel, canonicalLabel, headingLabel } from '../../src/import/findLabelledBlocks.js';
import { findActionTable } from '../../src/import/findActionTable.js';
import { readOwnersAndDeadline } from '../../src/import/readOwnersAndDeadline.js';
import { yamlScalar } from '../../src/import/yamlScalar.js';
import { decodeBytes as decodeText } from '../../src/parse/decodeSource.js';
import { inferDate } from '../../src/import/inferDate.js';
import { findAbsentees } from '../../src/import/findAbsentees.js';
import { matchBody } from '../../src/import/matchBody.js';
import { readPlainText } from '../../src/import/readPlainText.js';
import { isWrapped } from '../../src/import/segmentBody.js';
import { importMinutes } from '../../src/import/importMinutes.js';
import { buildOrganisationIndex } from '../../src/extract/organisationIndex.js';

const lines = (text: string) => readPlainText(text);
const index = buildOrganisationIndex(registry().organisaties);
const dctx = { meetingDate: '2024-03-12', body: 'PRT Utrecht', meetings: [] };

describe('splitAttendees', () => {
  it('splits on commas and where a new person follows a closing parenthesis; removed names stay', () => {
    expect(splitAttendees('dhr. Van der Burg (SJenV) Mevr. Klijnsma (CdK’s), Dhr De Reus (IPO),  (DGVB),  (DGM), secretariaat, ondersteuning.')).toEqual([
      'dhr. Van der Burg (SJenV)',
      'Mevr. Klijnsma (CdK’s)',
      'Dhr De Reus (IPO)',
      '(DGVB)',
      '(DGM)',
      'secretariaat',
      'ondersteuning',
    ]);
  });
  it('keeps commas inside parentheses and splits "en" before a person', () => {
    expect(splitAttendees('Dhr. X (VNG, voorzitter); Mevr. Y (IPO) en Dhr. Z (COA) (BZK)')).toEqual(['Dhr. X (VNG, voorzitter)', 'Mevr. Y (IPO)', 'Dhr. Z (COA)', '(BZK)']);
  });
});

describe('parseDutchDate', () => {
  it.each([
    ['Vergaderdatum 2 februari 2023', '2023-02-02'],
    ['donderdag 7 sept. 2023', '2023-09-07'],
    ['Datum: 12-03-2024', '2024-03-12'],
    ['1/7/2023', '2023-07-01'],
    ['2023-04-25', '2023-04-25'],
    ['16 17 april 2023', '2023-04-17'],
  ])('%s → %s', (text, iso) => expect(parseDutchDate(text)?.iso).toBe(iso));
  it('refuses a date that does not exist', () => expect(parseDutchDate('30 februari 2023')).toBeNull());
});

describe('joinPdfLines', () => {
  it('undoes line breaks, keeps a compound hyphen, keeps the space in "opvang- en huisvesting", and maps offsets to lines', () => {
    const j = joinPdfLines([
      { text: 'in de COA-', line: 4 },
      { text: 'opvang  terecht. De opvang-', line: 5 },
      { text: 'en huisvestingslocaties', line: 6 },
    ]);
    expect(j.text).toBe('in de COA-opvang terecht. De opvang- en huisvestingslocaties');
    expect(lineAt(j, j.text.indexOf('terecht'))).toBe(5);
    expect(lineAt(j, j.text.indexOf('huisvestings'))).toBe(6);
  });

  it('undoes a word broken by the PDF, but not where two vowels meet or the part before is a capital or a digit', () => {
    const joined = (a: string, b: string) => joinPdfLines([{ text: a, line: 1 }, { text: b, line: 2 }]).text;
    expect(joined('de ambitie van de spreidings-', 'wet per 2024')).toBe('de ambitie van de spreidingswet per 2024');
    expect(joined('Huidige reguliere opvang-', 'plekken op 1-4-2023')).toBe('Huidige reguliere opvangplekken op 1-4-2023');
    expect(joined('een zee-', 'eend')).toBe('een zee-eend');
    expect(joined('in de COA-', 'opvang')).toBe('in de COA-opvang');
    expect(joined('de 2024-', 'cijfers')).toBe('de 2024-cijfers');
    const j = joinPdfLines([{ text: 'de spreidings-', line: 7 }, { text: 'wet komt er', line: 8 }]);
    expect(lineAt(j, j.text.indexOf('komt'))).toBe(8);
  });
});

describe('headingAt', () => {
  const at = (text: string, ctx: Partial<Parameters<typeof headingAt>[2]> = {}) =>
    headingAt(lines(text), 0, { lastNumber: null, markdown: false, previousEnded: true, ...ctx })?.text ?? null;
  it('reads numbered, "Agendapunt" and Markdown headings', () => {
    expect(at('1. OPENING EN MEDEDELINGEN\n• x')).toBe('1. OPENING EN MEDEDELINGEN');
    expect(at('3) Rondvraag\n• x', { lastNumber: 2 })).toBe('3. Rondvraag');
    expect(at('Agendapunt 3: Huisvesting\n• x', { lastNumber: 2 })).toBe('3. Huisvesting');
    expect(at('## 2. Opvang\n- x', { markdown: true })).toBe('2. Opvang');
  });
  it('joins a title broken inside parentheses', () => {
    expect(at('2. Opvangopgave en –aanpak (incl. voorstel bijdrage van betrokken\n\npartijen)\n• x', { lastNumber: 1 })).toBe(
      '2. Opvangopgave en –aanpak (incl. voorstel bijdrage van betrokken partijen)',
    );
  });
  it('does not read a numbered line that breaks the sequence, ends a sentence or goes on in lower case', () => {
    expect(at('1. Het krijgen van grip op de asielinstroom door inzet in Europa;', { lastNumber: 1 })).toBeNull();
    expect(at('5. Opening\n• x', { lastNumber: 1 })).toBeNull();
    expect(at('2. Betere sturing op het realiseren van\nvoldoende opvang', { lastNumber: 1 })).toBeNull();
  });
  it('reads an unnumbered short line between blocks, not one inside a sentence', () => {
    expect(at('Verzending stukken en vervolg TK-brief\n• VNG, VB en IPO spreken zorg uit.')).toBe('Verzending stukken en vervolg TK-brief');
    expect(at('Verzending stukken\n• x', { previousEnded: false })).toBeNull();
    expect(at('Geen opmerkingen\n• x')).toBeNull();
    expect(at('De bestuurlijke afstemming over de opvang van ontheemden uit\nOekraïne ligt bij het VB.')).toBeNull();
  });
});

describe('recognizeLabel', () => {
  const labels = registry().labels;
  const rl = (t: string) => {
    const m = recognizeLabel(t, labels);
    return m && [m.label, m.text, m.who];
  };
  it.each([
    ['Afspraak: BZK deelt gegevens.', ['Afspraak', 'BZK deelt gegevens.', null]],
    ['**Besluit:** De PRT stemt in.', ['Besluit', 'De PRT stemt in.', null]],
    ['**Besluit**: De PRT stemt in.', ['Besluit', 'De PRT stemt in.', null]],
    ['**Besluit: De PRT stemt in.**', ['Besluit', 'De PRT stemt in.', null]],
    ['*Afspraak*: VNG levert aan.', ['Afspraak', 'VNG levert aan.', null]],
    ['__Toezegging__: De CdK neemt het mee.', ['Toezegging', 'De CdK neemt het mee.', null]],
    ['AFSPRAKEN: VNG levert aan.', ['Afspraak', 'VNG levert aan.', null]],
    ['Actiepunt 3: Secretariaat plant een overleg.', ['Actiepunt', 'Secretariaat plant een overleg.', null]],
    ['Besluit – De agenda wordt vastgesteld.', ['Besluit', 'De agenda wordt vastgesteld.', null]],
    ['Actie VNG: overzicht van locaties aanleveren.', ['Actiepunt', 'overzicht van locaties aanleveren.', 'VNG']],
    ['Gemeenten leveren een overzicht aan (Actie: VNG, voor 1 mei).', ['Actiepunt', 'Gemeenten leveren een overzicht aan.', 'VNG, voor 1 mei']],
    ['De cijfers worden gedeeld. Actie: COA.', ['Actiepunt', 'De cijfers worden gedeeld.', 'COA']],
    ['<actiepunt> Het secretariaat stuurt de presentatie rond.', ['Actiepunt', 'Het secretariaat stuurt de presentatie rond.', null]],
    ['Gemeenten leveren capaciteit aan. <afspraak>', ['Afspraak', 'Gemeenten leveren capaciteit aan.', null]],
    ['[Besluit] De PRT stemt in.', ['Besluit', 'De PRT stemt in.', null]],
    ['Afgesproken wordt dat JenV een voorstel doet.', ['Afspraak', 'JenV een voorstel doet.', null]],
    ['Besloten wordt dat de regeling blijft.', ['Besluit', 'De regeling blijft.', null]],
    ['Besloten wordt om de werkgroep op te heffen.', ['Besluit', 'Besloten wordt om de werkgroep op te heffen.', null]],
  ])('%s', (text, want) => expect(rl(text)).toEqual(want));
  it('leaves text without a label alone, also when a label word opens it without a separator', () => {
    expect(rl('Besluit tot sluiting wordt uitgesteld.')).toBeNull();
    expect(rl('VNG spreekt zorg uit (NB: gebeurt reeds).')).toBeNull();
  });
  it('writes the canonical label of the same kind; a heading can announce a label list', () => {
    expect(canonicalLabel('Actie', 'afspraak', labels)).toBe('Actiepunt');
    expect(canonicalLabel('Afspraken', 'afspraak', labels)).toBe('Afspraak');
    expect(canonicalLabel('Toezeggingen', 'toezegging', labels)).toBe('Toezegging');
    expect(headingLabel('Besluitenlijst', labels)).toBe('Besluiten');
    expect(headingLabel('5. Actiepunten', labels)).toBe('Actiepunten');
    expect(headingLabel('Actuele ontwikkelingen', labels)).toBeNull();
  });
});

describe('findActionTable', () => {
  it('reads a tab-separated action list and a Markdown one; keeps any other table as it is', () => {
    const tab = findActionTable([
      { text: 'Nr\tActie\tWie\tWanneer', line: 1 },
      { text: '1\tLocaties aanleveren\tVNG\t15-04-2024', line: 2 },
    ]);
    expect(tab.actions).toEqual([{ text: 'Locaties aanleveren', who: 'VNG', when: '15-04-2024', status: '', line: 2 }]);
    const md = findActionTable([
      { text: '| Actiepunt | Actiehouder | Status |', line: 3 },
      { text: '|---|---|---|', line: 4 },
      { text: '| Cijfers delen | COA | afgerond |', line: 5 },
    ]);
    expect(md.actions).toEqual([{ text: 'Cijfers delen', who: 'COA', when: '', status: 'afgerond', line: 5 }]);
    const other = findActionTable([
      { text: '| Provincie | Plekken |', line: 1 },
      { text: '| Utrecht | 4.793 |', line: 2 },
    ]);
    expect(other).toEqual({ actions: null, label: '', markdown: ['| Provincie | Plekken |', '| --- | --- |', '| Utrecht | 4.793 |'] });
    const decisions = findActionTable([
      { text: '| Nr | Besluit |', line: 1 },
      { text: '| 1 | De PRT stemt in. |', line: 2 },
    ]);
    expect(decisions.label).toBe('besluit');
    expect(decisions.actions).toEqual([{ text: 'De PRT stemt in.', who: '', when: '', status: '', line: 2 }]);
  });
});

describe('readOwnersAndDeadline', () => {
  it('keeps a person with the organisation in brackets, leaves unknown organisations out of "eigenaar", reads a deadline among the owners', () => {
    expect(readOwnersAndDeadline('Dhr. Jansen (VNG), voor 1 mei', '', index, dctx)).toMatchObject({
      owners: ['VNG'],
      people: [{ name: 'Dhr. Jansen', org: 'VNG' }],
      written: ['Dhr. Jansen (VNG)'],
      termijn: 'voor 1 mei',
      unknown: [],
    });
    expect(readOwnersAndDeadline('COA en IPO', 'eind april', index, dctx)).toMatchObject({ written: ['COA', 'IPO'], termijn: 'eind april' });
    expect(readOwnersAndDeadline('Woonbond, secretariaat', 'z.s.m.', index, dctx)).toMatchObject({
      written: ['Secretariaat'],
      unknown: ['Woonbond'],
      termijn: null,
      unreadable: 'z.s.m.',
    });
    expect(readOwnersAndDeadline('n.v.t.', '-', index, dctx)).toMatchObject({ written: [], termijn: null, unreadable: null });
  });
});

describe('the header', () => {
  it('finds the body by code, name, alias or province, the longest name winning', () => {
    const bodies = registry().organen;
    expect(matchBody('Verslag HLRT 30 november', bodies)?.code).toBe('HLRT');
    expect(matchBody('LRT verslag 2 februari 2023', bodies)?.code).toBe('LRT');
    expect(matchBody('Verslag PRT-Utrecht', bodies)?.code).toBe('PRT Utrecht');
    expect(matchBody('Provinciale Regietafel Noord-Holland', bodies)?.code).toBe('PRT Noord-Holland');
    expect(matchBody('Regietafel Migratie Zeeland', bodies)?.code).toBe('PRT Zeeland');
    expect(matchBody('Bestuurlijk overleg huisvesting', bodies)).toBeUndefined();
  });
  it('proposes a lost date from "morgen (26-04-2023)"', () => {
    expect(inferDate(lines('a\nDe brief gaat morgen (26-04-2023) uit.'))).toEqual({ date: '2023-04-25', words: 'morgen (26-04-2023)', line: 2 });
  });
  it('reads absentees from the opening, plural roles expanded', () => {
    expect(findAbsentees('Welkom. De Ministers van VWS en voor PVO en VRO zijn verhinderd.')?.names).toEqual(['Minister van VWS', 'Minister voor PVO', 'Minister voor VRO']);
    expect(findAbsentees('Mevr. Jansen (VNG) heeft zich afgemeld.')?.names).toEqual(['Mevr. Jansen (VNG)']);
    expect(findAbsentees('De agenda wordt vastgesteld.')).toBeNull();
  });
});

describe('reading the text', () => {
  it('drops page numbers but keeps line numbers; folds NBSP and CRLF', () => {
    expect(readPlainText('a\r\nPagina 1 van 2\r\n- 3 -\r\nb\u00a0c')).toEqual([
      { text: 'a', line: 1 },
      { text: '', line: 2 },
      { text: '', line: 3 },
      { text: 'b c', line: 4 },
    ]);
  });
  it('tells PDF text (lines broken inside sentences) from one paragraph per line', () => {
    expect(isWrapped(lines('De brief wordt\nverzonden. Het COA\nmeldt dit.'))).toBe(true);
    expect(isWrapped(lines('De brief wordt verzonden.\nHet COA meldt dit.'))).toBe(false);
  });
  it('decodes Windows-1252 and UTF-16 exports', () => {
    expect(decodeText(new Uint8Array([0x4f, 0x65, 0x6b, 0x72, 0x61, 0xef, 0x6e, 0x65, 0x92, 0x73]))).toEqual({ text: 'Oekraïne’s', encoding: 'windows-1252' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xeb, 0x00]))).toEqual({ text: 'Aë', encoding: 'utf-16' });
    expect(decodeText(new TextEncoder().encode('CdK’s')).encoding).toBe('utf-8');
  });
});

describe('writing the draft', () => {
  it('quotes YAML values as the guide asks and escapes text Markdown would misread', () => {
    expect(yamlScalar('(DGM)')).toBe('"(DGM)"');
    expect(yamlScalar('Mevr. Klijnsma (CdK’s)')).toBe('"Mevr. Klijnsma (CdK’s)"');
    expect(yamlScalar('1. Opening en mededelingen')).toBe('1. Opening en mededelingen');
    expect(yamlScalar('2023')).toBe('"2023"');
    expect(yamlScalar('Agenda: punt')).toBe('"Agenda: punt"');
    const r = importMinutes('Verslag LRT 1 maart 2024\nAanwezig: Dhr. X (VNG), secretariaat\n\n1. Opening\n\n3. Het verslag wordt vastgesteld.\n\n> 50 gemeenten lopen achter.\n', registry());
    expect(r.markdown).toContain('\n- 3\\. Het verslag wordt vastgesteld.\n');
    expect(r.markdown).toContain('\n\\> 50 gemeenten lopen achter.\n');
  });
  it('never crashes on empty or odd input', () => {
    for (const input of ['', '\n\n', '•', '1.', '| a |', 'Afspraak:', '((((', 'Aanwezig:']) {
      const r = importMinutes(input, registry());
      expect(r.markdown.startsWith('---\norgaan: ')).toBe(true);
    }
  });
});
