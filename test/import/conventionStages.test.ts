import { describe, expect, it } from 'vitest';
import { registry } from '../helpers.js';
import { readPlainText } from '../../src/import/readPlainText.js';
import { alignedTableAt } from '../../src/import/alignedTable.js';
import { sentenceBlocks } from '../../src/import/sentenceBlocks.js';
import { labelIntro, opensLabelledBlock, recognizeLabel, tidyEmphasis } from '../../src/import/findLabelledBlocks.js';
import { findActionTable } from '../../src/import/findActionTable.js';
import { buildOrganisationIndex } from '../../src/extract/organisationIndex.js';
import { importMinutes } from '../../src/import/importMinutes.js';

/** The stages issue 14 point 4 added to the importer, one convention at a time. */
const labels = registry().labels;
const index = buildOrganisationIndex(registry().organisaties);

describe('recognizeLabel: the label words come from data/labels.yaml through the label matcher', () => {
  const rl = (t: string) => {
    const m = recognizeLabel(t, labels);
    return m && [m.label, m.text, m.who];
  };
  it.each([
    [':pushpin: **Actiepunt:** IPO maakt een overzicht.', ['Actiepunt', 'IPO maakt een overzicht.', null]],
    ['📌 Actiepunt: COA deelt de planning.', ['Actiepunt', 'COA deelt de planning.', null]],
    ['→ Actie: VNG plant een gesprek.', ['Actiepunt', 'VNG plant een gesprek.', null]],
    ['Het secretariaat stelt een handreiking op. **Actiepunt**', ['Actiepunt', 'Het secretariaat stelt een handreiking op.', null]],
    ['<actiepunt COA> De lijst delen met de wethouders.', ['Actiepunt', 'De lijst delen met de wethouders.', 'COA']],
    ['<Actiepunt: BZK vraagt bij de corporaties na hoeveel woningen vrijkomen.>', ['Actiepunt', 'BZK vraagt bij de corporaties na hoeveel woningen vrijkomen.', null]],
    ['Actiepunt voor IPO: de termijnen in kaart brengen.', ['Actiepunt', 'de termijnen in kaart brengen.', 'IPO']],
    ['Actie COA de bewoners informeren.', ['Actiepunt', 'de bewoners informeren.', 'COA']],
    ['Toezegging JenV informeert de stuurgroep voor 1 november.', ['Toezegging', 'JenV informeert de stuurgroep voor 1 november.', null]],
    ['Beslissing: de noodopvang blijft open.', ['Besluit', 'de noodopvang blijft open.', null]],
    ['Vervolgactie: VNG inventariseert de gemeenten.', ['Afspraak', 'VNG inventariseert de gemeenten.', null]],
    ['Conclusie: de verdeelsleutel blijft van kracht.', ['Besluit', 'de verdeelsleutel blijft van kracht.', null]],
    ['****Besluit:**** De monitor verschijnt per kwartaal.', ['Besluit', 'De monitor verschijnt per kwartaal.', null]],
    ['**Actiepunt:** **COA** levert de **cijfers** aan.', ['Actiepunt', '**COA** levert de **cijfers** aan.', null]],
  ])('%s', (text, want) => expect(rl(text)).toEqual(want));
  it('leaves ordinary sentences alone', () => {
    expect(rl('Besluit tot sluiting wordt uitgesteld.')).toBeNull();
    expect(rl('Zie: de actielijst in de bijlage voor acties.')).toBeNull();
    expect(rl('Actief burgerschap is een thema.')).toBeNull();
  });
  it('never leaves emphasis without text or partner', () => {
    expect(tidyEmphasis('COA** levert de cijfers aan.')).toBe('COA levert de cijfers aan.');
    expect(tidyEmphasis('** ** De monitor.')).toBe('De monitor.');
  });
});

describe('labelIntro and opensLabelledBlock: a label over the lines below, and lines that start a block', () => {
  it('reads a bare label, a bold one, a compound word, a plural written with (en), and a label with a topic', () => {
    expect(labelIntro('**Besluiten:**', labels)).toEqual({ label: 'Besluiten', single: false });
    expect(labelIntro('Vervolgafspraken', labels)).toEqual({ label: 'Vervolgafspraken', single: false });
    expect(labelIntro('Actiepunt(en):', labels)).toEqual({ label: 'Actiepunten', single: false });
    expect(labelIntro('Conclusie:', labels)).toEqual({ label: 'Besluit', single: false });
    expect(labelIntro('Toezegging onderwijshuisvesting', labels)).toEqual({ label: 'Toezegging', single: true });
    expect(labelIntro('Besluit tot sluiting wordt uitgesteld', labels)).toBeNull();
    expect(labelIntro('De werkgroep besluit', labels)).toBeNull();
  });
  it('a line with a label opens a block; a sentence that only mentions one does not', () => {
    expect(opensLabelledBlock('Actiepunt voor IPO: de termijnen in kaart brengen.', labels)).toBe(true);
    expect(opensLabelledBlock('Actie COA de bewoners informeren.', labels)).toBe(true);
    expect(opensLabelledBlock('Afgesproken wordt dat IPO een overzicht maakt.', labels)).toBe(true);
    expect(opensLabelledBlock('actie wordt later ondernomen.', labels)).toBe(false);
  });
});

describe('alignedTableAt: an action list laid out with spaces, as PDF text tools write it', () => {
  const text = [
    'Nr   Actie                                  Naam           Status',
    '1    Overzicht van locaties delen met        IPO            Open',
    '     de gemeenten in de regio',
    '2    Evaluatie agenderen                     secretariaat   Loopt',
    '',
    'Daarna gaat de tekst verder.',
  ].join('\n');
  it('one row per action, wrapped cells joined under their column; the table ends at the blank line', () => {
    const t = alignedTableAt(readPlainText(text), 0)!;
    expect(t.next).toBe(4);
    const actions = findActionTable(t.rows).actions!;
    expect(actions.map((a) => [a.text, a.who, a.status, a.line])).toEqual([
      ['Overzicht van locaties delen met de gemeenten in de regio', 'IPO', 'Open', 2],
      ['Evaluatie agenderen', 'secretariaat', 'Loopt', 4],
    ]);
  });
  it('a line of prose with wide gaps is no table', () => {
    expect(alignedTableAt(readPlainText('De werkgroep   bespreekt   het plan'), 0)).toBeNull();
  });
  it('with the action text first, a line only under it goes on with the row above', () => {
    const t = alignedTableAt(readPlainText('Actie                          Wie    Wanneer\nCijfers aanleveren over de     COA    1 juni\nbezetting\n'), 0)!;
    expect(findActionTable(t.rows).actions!.map((a) => a.text)).toEqual(['Cijfers aanleveren over de bezetting']);
  });
});

describe('findActionTable: other headers', () => {
  it('"Data / Actie / Voor" with an unnamed status column', () => {
    const rows = readPlainText('| Data | Actie | Voor | |\n|---|---|---|---|\n| 25-04-2024 | Reactie op de brief | VNG | afgerond |');
    expect(findActionTable(rows).actions!.map((a) => [a.text, a.who, a.when, a.status])).toEqual([['Reactie op de brief', 'VNG', '25-04-2024', 'afgerond']]);
  });
});

describe('sentenceBlocks: the blocks inside a paragraph end with their sentence', () => {
  const pieces = (t: string, decisionList = false) =>
    sentenceBlocks(t, labels, index, decisionList).map((p) => (p.type === 'plain' ? `plain: ${p.text}` : `${p.match.label} (${p.match.who ?? '-'}): ${p.match.text}`));
  it('a label after a sentence, and the sentence after it stays plain', () => {
    expect(pieces("De leden bespreken de verdeling. Conclusie: de sleutel blijft. De voorzitter dankt iedereen.")).toEqual([
      'plain: De leden bespreken de verdeling.',
      'Besluit (-): de sleutel blijft.',
      'plain: De voorzitter dankt iedereen.',
    ]);
  });
  it('"waarvoor wordt afgesproken dat het secretariaat …": the owner is who the agreement names', () => {
    expect(pieces('VNG wijst op het tekort, waarvoor wordt afgesproken dat het secretariaat een bijeenkomst organiseert.')).toEqual([
      'Afspraak (secretariaat): VNG wijst op het tekort, waarvoor wordt afgesproken dat het secretariaat een bijeenkomst organiseert.',
    ]);
  });
  it('promises as the main verb, with the promiser before or after the verb', () => {
    expect(pieces('Op de vraag van IPO komt JenV erop terug in de volgende LRT.')).toEqual(['Toezegging (JenV): Op de vraag van IPO komt JenV erop terug in de volgende LRT.']);
    expect(pieces('VNG merkt op dat eerder is toegezegd dat de gemeenten worden geïnformeerd.')).toEqual([
      'plain: VNG merkt op dat eerder is toegezegd dat de gemeenten worden geïnformeerd.',
    ]);
  });
  it('a council formula is a decision; in a besluitenlijst a commitment sentence is a block, elsewhere plain', () => {
    expect(pieces('De raad besluit de burgemeester te benoemen.')).toEqual(['Besluit (-): De raad besluit de burgemeester te benoemen.']);
    expect(pieces('De minister van Asiel en Migratie zal de vergoeding verhogen.', true)).toEqual(['Afspraak (-): De minister van Asiel en Migratie zal de vergoeding verhogen.']);
    expect(pieces('De minister van Asiel en Migratie zal de vergoeding verhogen.')).toEqual(['plain: De minister van Asiel en Migratie zal de vergoeding verhogen.']);
  });
  it('"d.d." and "o.a." do not end a sentence', () => {
    expect(pieces('Actiepunt: BZK beantwoordt de brief d.d. 12 februari o.a. over de kosten. De brief ging ook naar de Kamer.')).toEqual([
      'Actiepunt (-): BZK beantwoordt de brief d.d. 12 februari o.a. over de kosten.',
      'plain: De brief ging ook naar de Kamer.',
    ]);
  });
});

describe('where a labelled bullet ends in Markdown', () => {
  const md = (body: string) => `# Verslag PRT Utrecht 4 maart 2024\n\nAanwezig: (VNG), (IPO)\n\n## 1. Opening\n\nDe voorzitter opent.\n\n## 2. Locaties\n\n${body}\n`;
  it('an unindented new sentence after it is a paragraph of its own; an indented one belongs to it', () => {
    const apart = importMinutes(md('- Besluit: de PRT stemt in.\nDe notitie telt tien pagina\'s.'), registry()).markdown;
    expect(apart).toContain('- Besluit: de PRT stemt in.\n\nDe notitie telt tien pagina\'s.');
    const together = importMinutes(md('- Besluit: de PRT stemt in.\n  De notitie wordt aangepast.'), registry()).markdown;
    expect(together).toContain('- Besluit: de PRT stemt in. De notitie wordt aangepast.');
  });
  it('a bare "Akkoord." in a besluitenlijst is no block of its own', () => {
    const r = importMinutes('# Besluitenlijst PRT Utrecht 4 maart 2024\n\nAanwezig: (VNG), (IPO)\n\n## 1. Verslag\n\nAkkoord.\n\n## 2. Sluiting\n\nDe voorzitter sluit.\n', registry());
    expect(r.markdown).not.toMatch(/^- Besluit:/m);
  });
});
