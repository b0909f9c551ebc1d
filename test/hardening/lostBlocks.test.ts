import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lrt, registry, repoFile, run, scratchWith, shippedSources, source } from '../helpers.js';
import { BLOCKS, BLOCK_CASES } from './badInputBlockCases.js';
import { CASES } from './badInputCases.js';
import { findLabelSites } from '../../src/extract/findLabelSites.js';
import { nearestLabel } from '../../src/extract/labelMatcher.js';
import type { Agreement } from '../../src/schema/register.js';

/**
 * Issue 10, point 3: nothing lost, by construction. Every label is registered as a block of its
 * own or reported at its line and column (the corpus rows in badInputBlockCases.ts give the
 * rules); here, exactly which blocks each case registers, the misspelling rule both ways, the
 * independent line scan, and `lrt ids` on every new form.
 */
const brief = (a: Agreement) => `${a.kind}/${a.label}/${a.owners.join('+') || '-'}/${a.status}@${a.source.line}`;
const header = (status = 'concept') =>
  ['---', 'orgaan: LRT', 'datum: 2025-02-02', `status: ${status}`, 'voorzitter: Dhr. Van der Burg (SJenV)', '---', '', '## 1. Opening', '', ''].join('\n');

describe('each lost-block case registers exactly these blocks', () => {
  it('has a BLOCKS row for every case and a case for every row', () => {
    expect(Object.keys(BLOCKS).sort()).toEqual(BLOCK_CASES.map((c) => c[0]).sort());
  });

  it.each(Object.entries(BLOCKS))('%s', (name, expected) => {
    const file = `test/fixtures/bad-input/${name}.md`;
    const r = run([repoFile(file)]);
    expect(r.register.agreements.map(brief)).toEqual(expected);
  });
});

describe('a word next to a label, followed by a colon', () => {
  const flagged: [string, string][] = [
    ['Afpsraak', 'Afspraak'],
    ['Afsprak', 'Afspraak'],
    ['Afsrpaak', 'Afspraak'],
    ['Besluiot', 'Besluit'],
    ['Beslut', 'Besluit'],
    ['Besloten', 'Besluit'],
    ['Toezeging', 'Toezegging'],
    ['Actiepnt', 'Actiepunt'],
    ['Aktie', 'Actie'],
    ['Afsprakne', 'Afspraak'],
  ];
  const ordinary = ['Motie', 'Optie', 'Notie', 'Sectie', 'Actor', 'Aanspraak', 'Bespreek', 'Agenda', 'Toelichting', 'Opmerking', 'Aandacht', 'Besluitvorming', 'Afspraakdatum', 'Conclusie'];

  it.each(flagged)('"%s:" is an error that names %s', (word, label) => {
    const r = run([source('m.md', `${header('vastgesteld')}- ${word}: BZK deelt de gegevens.\n`)]);
    expect(r.diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}`)).toEqual(['label-misspelled@10:3']);
    expect(r.diagnostics[0]!.severity).toBe('error');
    expect(r.diagnostics[0]!.message).toContain(`Bedoelt u ${label}?`);
  });

  it.each(ordinary)('"%s:" is an ordinary word: no message, nothing registered', (word) => {
    expect(nearestLabel(word, registry().labels) === null || registry().labels.geen_labels.includes(word)).toBe(true);
    const r = run([source('m.md', `${header('vastgesteld')}- ${word}: de LRT bespreekt de voortgang.\n`)]);
    expect(r.diagnostics).toEqual([]);
    expect(r.register.agreements).toEqual([]);
  });

  it('plural labels are labels: "Besluiten:" and "Afspraken:" register their items', () => {
    const r = run([source('m.md', `${header()}- Besluiten:\n  - De LRT stemt in.\n- Afspraken:\n  - VNG stuurt de lijst.\n  - IPO belt.\n`)]);
    expect(r.register.agreements.map(brief)).toEqual(['besluit/Besluit/-/afgerond@11', 'afspraak/Afspraak/VNG/open@13', 'afspraak/Afspraak/IPO/open@14']);
  });

  it('is only looked for where a label could open a block, not in the middle of a sentence', () => {
    const r = run([source('m.md', `${header()}- De Kamer nam een motie aan over de afsprak: meer locaties.\n`)]);
    expect(r.diagnostics.filter((d) => d.rule === 'label-misspelled')).toEqual([]);
  });
});

describe('the independent line scan (the count check, on every run)', () => {
  it('finds labels at line starts, after sentences, in cells, footnotes and headings; skips front matter and closed comments', () => {
    const text = [
      '---', 'afspraak: lrt-2025-02-02-1', '---', '',
      '- Afspraak: a. Besluit: b.', '> 1. **Toezegging:** c', '| x | Actie: d |', '[^1]: Afspraak: e', '### Besluit: f',
      'tekst <!-- Afspraak: verborgen --> meer', '<!--', 'Afspraak: verborgen', '-->', 'de afspraak: geen blok', '✅ AFSPRAAK: g',
    ].join('\n');
    expect(findLabelSites(text, registry().labels).map((s) => `${s.label}@${s.at.line}:${s.at.column}`)).toEqual([
      'Afspraak@5:3', 'Besluit@5:16', 'Toezegging@6:8', 'Actie@7:7', 'Afspraak@8:7', 'Besluit@9:5', 'Afspraak@15:3',
    ]);
  });

  it('the whole corpus and the shipped minutes: no label left unread except the one case built for it', () => {
    const corpus = run(CASES.map((c) => repoFile(`test/fixtures/bad-input/${c[0]}.md`)));
    expect(corpus.diagnostics.filter((d) => d.rule === 'label-unread').map((d) => `${d.file}:${d.line}`)).toEqual([
      'test/fixtures/bad-input/label-in-attribute-value.md:17',
    ]);
    expect(corpus.diagnostics.filter((d) => d.rule === 'block-lost' || d.rule === 'internal-error')).toEqual([]);
    expect(run(shippedSources()).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('`lrt ids` on the new block forms', () => {
  const body = [
    '- Afspraak: BZK deelt de gegevens. Besluit: De LRT stemt in.',
    '  - eigenaar: VNG',
    '',
    '- Afspraken:',
    '  - IPO inventariseert de locaties.',
    '  - COA meldt de bezetting.',
    '    - status: loopt',
    '',
    'De voorzitter vat samen.',
    'Toezegging: MBZK informeert de Kamer.',
    '',
    '- De LRT bespreekt de huisvesting.',
    '  Actie: VNG stuurt de lijst.  ',
    '  Besluit: De LRT stelt het verslag vast.',
    '',
  ].join('\n');

  it('writes one id per block where it round-trips: a second run writes none, the check is clean', async () => {
    const dir = scratchWith({ 'minutes/2025-02-02-lrt.md': header() + body });
    expect((await lrt(['ids'], dir)).err).toBe('7 kenmerken geschreven.');
    const once = readFileSync(path.join(dir, 'minutes/2025-02-02-lrt.md'), 'utf8');
    expect((await lrt(['ids'], dir)).err).toBe('0 kenmerken geschreven.');
    expect(readFileSync(path.join(dir, 'minutes/2025-02-02-lrt.md'), 'utf8')).toBe(once);
    expect(await lrt(['check'], dir)).toMatchObject({ code: 0, err: '1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen.' });
    // The first block keeps its own attribute; the second's id follows it.
    expect(once).toContain('De LRT stemt in.\n  - id: lrt-2025-02-02-1\n  - eigenaar: VNG\n  - id: lrt-2025-02-02-2\n');
    expect(once).toContain('  - IPO inventariseert de locaties.\n    - id: lrt-2025-02-02-3\n');
    expect(once).toContain('  - COA meldt de bezetting.\n    - id: lrt-2025-02-02-4\n    - status: loopt\n');
    expect(once).toContain('Toezegging: MBZK informeert de Kamer.\n- id: lrt-2025-02-02-5\n');
    expect(once).toContain('  Besluit: De LRT stelt het verslag vast.\n  - id: lrt-2025-02-02-6\n  - id: lrt-2025-02-02-7\n');

    const reg = JSON.parse((await lrt(['register'], dir)).out) as { agreements: Agreement[] };
    expect(reg.agreements.map((a) => `${a.id} ${a.kind} ${a.owners.join('+') || '-'} ${a.status}: ${a.text}`)).toEqual([
      'lrt-2025-02-02-1 afspraak VNG open: BZK deelt de gegevens.',
      'lrt-2025-02-02-2 besluit - afgerond: De LRT stemt in.',
      'lrt-2025-02-02-3 afspraak IPO open: IPO inventariseert de locaties.',
      'lrt-2025-02-02-4 afspraak COA loopt: COA meldt de bezetting.',
      'lrt-2025-02-02-5 toezegging BZK open: MBZK informeert de Kamer.',
      'lrt-2025-02-02-6 afspraak VNG open: VNG stuurt de lijst.',
      'lrt-2025-02-02-7 besluit - afgerond: De LRT stelt het verslag vast.',
    ]);
  });
});
