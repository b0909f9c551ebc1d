import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, repoFile, run, shippedSources, source } from '../helpers.js';
import { compareWithBase } from '../../src/link/compareWithBase.js';
import { keptShare } from '../../src/link/keptShare.js';
import { RULES } from '../../src/diagnostics/messages.js';

const FILE = 'minutes/2023-06-14-lrt.md';

/** A fixture pair test/fixtures/base/<name>.base.md → <name>.current.md, as one minutes file before and after. */
function compare(name: string) {
  const read = (suffix: string) => readFileSync(path.join(ROOT, 'test/fixtures/base', `${name}.${suffix}.md`), 'utf8');
  const base = run([source(FILE, read('base'))]);
  const current = run([source(FILE, read('current'))]);
  return compareWithBase(base, current);
}

const brief = (list: ReturnType<typeof compare>) => list.map((d) => `${d.line}:${d.column} ${d.rule}`);

describe('compareWithBase: what a change does to what was already published', () => {
  it('a removed id is an error at the place where the block was, saying to set it to vervallen instead', () => {
    const found = compare('removed-id');
    expect(brief(found)).toEqual(['20:1 id-removed']);
    expect(found[0]!.file).toBe(FILE);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.message).toContain('lrt-2023-06-14-2 ("VNG organiseert voor de zomer een bijeenkomst');
    expect(found[0]!.message).toContain('een afspraak verdwijnt nooit uit het register: zet het blok terug en zet het op vervallen met een voortgangsbericht in agreements/');
    // Concept minutes may also carry the status on the block itself.
    expect(found[0]!.message).toContain('"- status: vervallen" onder het blok');
  });

  it('an id that now names something else (other text, other kind) is an error on its id line', () => {
    const found = compare('changed-meaning');
    expect(brief(found)).toEqual(['21:5 id-changed', '23:5 id-changed']);
    expect(found[0]!.message).toContain('had de tekst "VNG organiseert voor de zomer een bijeenkomst met gemeenten over flexwoningen." en zegt nu iets anders');
    expect(found[0]!.message).toContain('haal dan de regel "- id: lrt-2023-06-14-2" weg');
    expect(found[1]!.message).toContain('was een besluit, is nu een afspraak');
    // The typo fix in block 1 ("huisvestingcijfers") is not a change of meaning.
    expect(found.some((d) => d.message.includes('lrt-2023-06-14-1'))).toBe(false);
  });

  it('ids shifted after a block inserted on top: every shifted id is reported, with its old id', () => {
    const found = compare('renumbered');
    expect(brief(found)).toEqual(['19:5 id-renumbered', '21:5 id-renumbered', '23:5 id-renumbered', '25:5 id-renumbered']);
    expect(found[0]!.message).toContain('Kenmerk lrt-2023-06-14-1 hoorde bij een ander blok ("BZK stuurt de huisvestingscijfers');
    expect(found[0]!.message).toContain('dat nu lrt-2023-06-14-2 heet');
    expect(found[1]!.message).toContain('Dit blok had kenmerk lrt-2023-06-14-1 en heeft nu lrt-2023-06-14-2');
    expect(found[1]!.message).toContain('zet "- id: lrt-2023-06-14-1" terug');
    expect(found[3]!.message).toContain('had kenmerk lrt-2023-06-14-3 en heeft nu lrt-2023-06-14-4');
  });

  it('two ids swapped between blocks is a renumbering, not two changed meanings', () => {
    const found = compare('swapped');
    expect(brief(found)).toEqual(['19:5 id-renumbered', '21:5 id-renumbered']);
    expect(found[0]!.message).toContain('had kenmerk lrt-2023-06-14-1 en heeft nu lrt-2023-06-14-2');
    expect(found[1]!.message).toContain('had kenmerk lrt-2023-06-14-2 en heeft nu lrt-2023-06-14-1');
  });

  it('a removed id line is reported on the block, not as a removed agreement', () => {
    const found = compare('id-line-removed');
    expect(brief(found)).toEqual(['20:1 id-line-removed']);
    expect(found[0]!.message).toContain('De regel "- id: lrt-2023-06-14-2" onder dit blok is weggehaald, waardoor het voorlopig lrt-2023-06-14-4 heet');
  });

  it('also when the provisional id happens to equal the old one (the last block lost its id line)', () => {
    const text = readFileSync(path.join(ROOT, 'test/fixtures/base/removed-id.base.md'), 'utf8');
    const base = run([source(FILE, text)]);
    const current = run([source(FILE, text.replace('  - id: lrt-2023-06-14-3\n', ''))]);
    const found = compareWithBase(base, current);
    expect(brief(found)).toEqual(['22:1 id-line-removed']);
    expect(found[0]!.message).toBe('De regel "- id: lrt-2023-06-14-3" onder dit blok is weggehaald. Een kenmerk blijft altijd bij zijn blok: zet de regel "- id: lrt-2023-06-14-3" terug.');
  });

  it('an edit to adopted minutes is an error at the line of the first change', () => {
    const found = compare('adopted-edited');
    expect(brief(found)).toEqual(['18:1 adopted-edited']);
    expect(found[0]!.message).toBe(
      'Het verslag lrt-2023-06-14 is al vastgesteld; hier is tekst gewijzigd. Wijzigingen gaan via een voortgangsbericht in agreements/ of een correctie in het volgende verslag: zet de tekst terug zoals hij is vastgesteld. Alleen ontbrekende regels "- id:" (lrt ids), een ontbrekend "vastgesteld_in" en het verbeteren van een verschreven label mogen.',
    );
  });

  it('adopted minutes that only gain a missing id line (and vastgesteld_in) are fine', () => {
    expect(compare('adopted-id-added')).toEqual([]);
  });

  it('concept minutes may be corrected: typos, added words and bullets, a new block', () => {
    expect(compare('concept-edited')).toEqual([]);
  });

  it('a corrected meeting date changes the meeting id once, not every agreement', () => {
    const found = compare('date-corrected');
    expect(brief(found)).toEqual(['3:8 meeting-id-changed']);
    expect(found[0]!.message).toContain('zet dan "id: lrt-2023-06-14" in het kopblok');
  });

  it('a deleted minutes file is an error on that file, line 1, listing its agreements', () => {
    const base = run([repoFile('minutes/2023-02-02-lrt.md'), repoFile('minutes/2023-04-21-lrt.md')]);
    const current = run([repoFile('minutes/2023-04-21-lrt.md')]);
    const found = compareWithBase(base, current);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'minutes/2023-02-02-lrt.md', line: 1, column: 1, rule: 'meeting-removed', severity: 'error' });
    expect(found[0]!.message).toContain('(lrt-2023-02-02-1, lrt-2023-02-02-2, lrt-2023-02-02-3)');
    expect(found[0]!.message).toContain('het was al vastgesteld');
  });

  it('a renamed file with the same meeting is not a removal', () => {
    const text = readFileSync(path.join(ROOT, 'minutes/2023-04-21-lrt.md'));
    const base = run([source('minutes/2023-04-21-lrt.md', new Uint8Array(text))]);
    const current = run([source('minutes/2023-04-21-LRT-verslag.md', new Uint8Array(text))]);
    expect(compareWithBase(base, current)).toEqual([]);
  });

  it('the shipped minutes and status updates compared with themselves give nothing', () => {
    const r = run(shippedSources());
    // Two status updates, the letter and the confirmations of 16-09-2022.
    expect(r.records.filter((x) => x.kind !== 'verslag').map((x) => x.kind).sort()).toEqual(['bevestiging', 'stuk', 'voortgang', 'voortgang']);
    expect(compareWithBase(r, run(shippedSources()))).toEqual([]);
  });

  it('what changes what was published is an error; a removed status update a warning (a mistaken update may go)', () => {
    for (const rule of ['id-removed', 'id-changed', 'id-renumbered', 'id-line-removed', 'adopted-edited', 'meeting-removed', 'meeting-id-changed', 'document-removed', 'document-id-changed'] as const)
      expect(RULES[rule].severity).toBe('error');
    expect(RULES['status-update-removed'].severity).toBe('warning');
  });
});

describe('compareWithBase: documents and status updates in agreements/', () => {
  const LETTER = 'agreements/2023-05-brief-medeoverheden.md';
  const UPDATE = 'agreements/2023-04-25-lrt-2023-04-21-1.md';
  const without = (file: string) => shippedSources().filter((s) => s.path !== file);
  const replaced = (file: string, change: (text: string) => string, to = file) => [
    ...without(file),
    source(to, change(readFileSync(path.join(ROOT, file), 'utf8'))),
  ];

  it('a removed document is an error on its file, naming the agreements it carried out', () => {
    const found = compareWithBase(run(shippedSources()), run(without(LETTER)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: LETTER, line: 1, column: 1, rule: 'document-removed', severity: 'error' });
    expect(found[0]!.message).toContain('Het stuk brief-medeoverheden-2023-05 is verwijderd');
    expect(found[0]!.message).toContain('de afspraken lrt-2023-04-25-2 verwijzen ernaar');
  });

  it("a document's changed id is an error at its id line; a renamed file with the same id is nothing", () => {
    const changed = replaced(LETTER, (t) => t.replace('id: brief-medeoverheden-2023-05', 'id: brief-medeoverheden-mei'));
    const found = compareWithBase(run(shippedSources()), run(changed));
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([`${LETTER}:3:5 document-id-changed`]);
    expect(found[0]!.message).toContain('zet "id: brief-medeoverheden-2023-05" terug');
    expect(compareWithBase(run(shippedSources()), run(replaced(LETTER, (t) => t, 'agreements/brief-mei-2023.md')))).toEqual([]);
  });

  it('a removed status update is a warning naming the agreement and date; the same update under another name is nothing', () => {
    const found = compareWithBase(run(shippedSources()), run(without(UPDATE)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: UPDATE, line: 1, rule: 'status-update-removed', severity: 'warning' });
    expect(found[0]!.message).toContain('over lrt-2023-04-21-1 van 2023-04-25 (status afgerond)');
    expect(compareWithBase(run(shippedSources()), run(replaced(UPDATE, (t) => t, 'agreements/voortgang-1.md')))).toEqual([]);
    // Pointed at another agreement: the published entry leaves the history; the warning is at "afspraak".
    const moved = compareWithBase(run(shippedSources()), run(replaced(UPDATE, (t) => t.replace('afspraak: lrt-2023-04-21-1', 'afspraak: lrt-2023-04-21-3'))));
    expect(moved.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([`${UPDATE}:2:11 status-update-removed`]);
  });
});

describe('keptShare: when a text still says the same thing', () => {
  it('typo fixes and additions keep the words; a different agreement does not', () => {
    expect(keptShare('Verslag wordt vastgsteld.', 'Verslag wordt vastgesteld.')).toBe(1);
    expect(keptShare('Vervolgafspraak wordt gepland.', 'Vervolgafspraak wordt gepland om door te spreken over de brief.')).toBe(1);
    expect(keptShare('CdK´s vragen aandacht', "CdK's vragen aandacht")).toBe(1);
    expect(keptShare('BZK deelt gegevens over achterstanden huisvesting.', 'COA opent twee nieuwe opvanglocaties in Zeeland.')).toBe(0);
  });
});

describe('compareWithBase: a file that is broken now is not "removed"', () => {
  it('adopted minutes whose front matter no longer reads: the edit is reported, not a removal', () => {
    const text = readFileSync(path.join(ROOT, 'minutes/2023-04-21-lrt.md'), 'utf8');
    const base = run([source('minutes/2023-04-21-lrt.md', text)]);
    const current = run([source('minutes/2023-04-21-lrt.md', text.replace('datum: 2023-04-21', 'datum: 21-04-2023'))]);
    expect(current.diagnostics.map((d) => d.rule)).toEqual(['date-format', 'blocks-not-registered']);
    expect(compareWithBase(base, current).map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual(['minutes/2023-04-21-lrt.md:3 adopted-edited']);
  });
});
