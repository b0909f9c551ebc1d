import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, registry, run, source } from '../helpers.js';
import { importMinutes } from '../../src/import/importMinutes.js';
import { CONV_DIR, caseName, conventionInputs, loadCase, projected } from './conventionFixtures.js';

/**
 * Minutes of other tables, in the conventions Dutch secretariats use: one input file per case in
 * test/fixtures/import/, its expected draft next to it as <case>.draft.md, and below what the
 * importer must report and how `lrt check` then judges the draft.
 */
interface Case {
  /** Notes as "line: start of the message". */
  notes: string[];
  candidates: { text: string; line: number }[];
  /** Errors `lrt check` gives on the draft: the ones the secretariat has to resolve. */
  errors: string[];
  /** Labelled blocks in the register, as "kind owners deadline". */
  blocks: string[];
}

const CASES: Record<string, Case> = {
  'prt-actiepunten-tabel.txt': {
    notes: ['23: Actielijst met 4 actiepunten overgenomen', '26: Termijn "z.s.m." is niet als datum'],
    candidates: [],
    errors: [],
    blocks: ['afspraak VNG 2024-04-15', 'afspraak COA,IPO 2024-04-30', 'afspraak Secretariaat -', 'afspraak IPO -'],
  },
  'hlrt-besluiten-lijst.txt': {
    notes: [],
    candidates: [],
    errors: [],
    blocks: ['besluit - 2023-09-21', 'besluit - -', 'afspraak JenV* 2023-09-14', 'afspraak VNG* -'],
  },
  'actie-markeringen.txt': {
    notes: ['1: Geen voorzitter gevonden'],
    candidates: [],
    errors: [],
    blocks: ['afspraak VNG -', 'afspraak Secretariaat 2023-11-01', 'afspraak IPO -', 'afspraak COA -'],
  },
  'vetgedrukte-labels.md': {
    notes: ['1: Geen voorzitter gevonden'],
    candidates: [],
    errors: [],
    blocks: ['besluit - -', 'afspraak VNG* 2024-03-01', 'toezegging CdK* -'],
  },
  'afgesproken-wordt.txt': {
    notes: ['3: De tekst noemt geen voorzitter. Voorstel: Dhr. Van der Burg (SJenV)'],
    candidates: [],
    errors: [],
    blocks: ['afspraak JenV* 2023-12-01', 'besluit - 2024-01-01', 'afspraak VNG,IPO* -', 'besluit - 2024-02-29'],
  },
  'markdown-export.md': {
    notes: ['28: Actielijst met 3 actiepunten overgenomen'],
    candidates: [],
    errors: [],
    blocks: ['afspraak IPO* -', 'afspraak VNG 2024-07-01', 'afspraak IPO 2024-07-01', 'afspraak COA 2024-06-15'],
  },
  'zonder-datum.txt': {
    notes: ['1: Geen vergaderdatum gevonden', '3: De tekst noemt geen voorzitter'],
    candidates: [],
    errors: ['date-format'],
    blocks: [],
  },
  'onbekende-organisatie.txt': {
    notes: [
      '1: Geen voorzitter gevonden',
      '3: Onbekende organisatie "Woonbond" bij aanwezige "Mevr. Claessens (Woonbond)"',
      '10: Onbekende eigenaar "Gemeente Maastricht"',
      '11: Onbekende eigenaar "Woonbond"',
    ],
    candidates: [],
    // Unknown organisations are left out of "eigenaar" (kept as a comment): the draft has no errors.
    errors: [],
    blocks: ['afspraak - -', 'afspraak IPO -'],
  },
  'onbekend-overleg.txt': {
    // A table not yet known: proposed under the name its title gives, a warning in check, and the draft registers.
    notes: ['1: Het overleg "Bestuurlijk overleg opvang en huisvesting Gelderland-Zuid" staat nog niet in data/bodies.yaml', '1: Geen voorzitter gevonden', '4: Onbekende organisatie "gemeente Nijmegen"'],
    candidates: [],
    errors: [],
    blocks: ['afspraak VNG* -'],
  },
  'actiepunt-tags.txt': {
    notes: ['1: Geen voorzitter gevonden'],
    candidates: [{ text: 'IPO brengt in kaart welke provinciale panden geschikt zijn.', line: 10 }],
    errors: [],
    blocks: ['afspraak Secretariaat* -', 'besluit - -', 'afspraak VNG* 2024-09-01'],
  },
  'agendapunt-koppen.txt': {
    notes: ['1: Geen voorzitter gevonden'],
    candidates: [],
    errors: [],
    blocks: ['afspraak VNG,IPO* -', 'afspraak COA* -'],
  },
  'kandidaten.txt': {
    notes: ['3: De tekst noemt geen voorzitter. Voorstel: Dhr. De Jonge (MVRO)'],
    candidates: [
      { text: 'MVRO zal bilateraal in gesprek gaan met de provincies met de grootste achterstand.', line: 11 },
      { text: 'JenV gaat bezien of de doorstroom uit de COA-opvang kan worden versneld.', line: 13 },
      { text: 'Het voorstel voor een noodverordening wordt door IPO verder uitgewerkt.', line: 14 },
    ],
    errors: [],
    // "zegt toe" as the sentence's main verb is a promise registered as such (issue 14 point 4), not a candidate.
    blocks: ['toezegging JenV 2023-07-01'],
  },
  'pdf-paginas.txt': {
    notes: ['1: Geen voorzitter gevonden', '6: Mogelijk een voetnootcijfer aan een jaartal vast: "20241"'],
    candidates: [],
    errors: [],
    blocks: ['afspraak COA* -'],
  },
  'hlrt-besluitenlijst-kop.txt': {
    notes: [
      '1: Geen voorzitter gevonden',
      '15: "De notitie wordt met de genoemde aanpassingen voorgelegd aan de LRT." staat hier nogmaals (eerder op regel 9)',
      '16: "De begroting van het KCIO voor 2024 wordt goedgekeurd." staat hier nogmaals (eerder op regel 12)',
    ],
    candidates: [],
    errors: [],
    blocks: ['besluit - -', 'besluit - -', 'besluit - 2024-01-31'],
  },
  'markdown-subbullets.md': {
    notes: ['1: Geen voorzitter gevonden', '3: 1 aanwezige zonder organisatie tussen haakjes (Kees Mulder)'],
    candidates: [],
    errors: [],
    blocks: [
      'afspraak IPO 2024-03-31',
      'afspraak VNG 2024-04-15',
      'afspraak Secretariaat 2024-07-01',
      'besluit - -',
      'besluit - 2024-04-10',
      'toezegging CdK 2024-04-30',
    ],
  },
  'actie-regels.txt': {
    notes: ['1: Geen voorzitter gevonden'],
    candidates: [],
    errors: [],
    blocks: ['afspraak COA -', 'afspraak VNG 2024-06-01', 'afspraak Secretariaat -', 'afspraak - -'],
  },
  'word-tekstexport.txt': {
    notes: [],
    candidates: [{ text: 'Het COA zal de PRT vóór de zomer informeren over de nieuwe locaties.', line: 14 }],
    errors: [],
    blocks: ['toezegging CdK* -', 'toezegging VNG* -'],
  },
};

const DIR = path.join(ROOT, 'test/fixtures/import');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');

describe('importing minutes of other tables', () => {
  it('has a case for every fixture and a fixture for every case', () => {
    const inputs = readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f) && !f.endsWith('.draft.md'));
    expect(inputs.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, want] of Object.entries(CASES)) {
    describe(name, () => {
      const r = importMinutes(read(name), registry());
      const checked = run([source('minutes/concept.md', r.markdown)]);

      it('gives the expected draft', () => {
        expect(r.markdown).toBe(read(name.replace(/\.(txt|md)$/, '.draft.md')));
      });

      it('notes what it could not determine, with the line', () => {
        expect(r.notes.length).toBe(want.notes.length);
        r.notes.forEach((n, i) => expect(`${n.line}: ${n.message}`.startsWith(want.notes[i]!), `${n.line}: ${n.message}`).toBe(true));
      });

      it('proposes the unlabelled commitments as candidates, not as blocks', () => {
        expect(r.candidates).toEqual(want.candidates);
      });

      it('gives a draft whose only errors are the ones the secretariat must resolve', () => {
        // A draft whose front matter is invalid cannot register its blocks; that follows from the error itself.
        const errors = checked.diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'blocks-not-registered').map((d) => d.rule);
        expect(errors).toEqual(want.errors);
      });

      it('registers the labelled blocks with their owners and deadlines', () => {
        const got = checked.register.agreements.map(
          (a) => `${a.kind} ${a.owners.length ? a.owners.join(',') + (a.ownersInferred ? '*' : '') : '-'} ${a.deadline.date ?? '-'}`,
        );
        expect(got).toEqual(want.blocks);
      });
    });
  }
});

/**
 * The conventions of Dutch minutes (issue 14 point 4): one fixture per convention in
 * test/fixtures/import-conventions/, named after it, with <case>.expected.json beside it (see
 * conventionFixtures.ts). Labelled blocks must register with their kind, text, owner and status;
 * unlabelled commitments must be proposed as candidates; negatives ("negative-*") neither.
 */
const cases = await Promise.all(conventionInputs().map(loadCase));

describe('the conventions of Dutch minutes, block by block', () => {
  it('has an expectation beside every fixture', () => {
    const expectations = readdirSync(CONV_DIR).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', ''));
    expect(conventionInputs().map(caseName)).toEqual(expectations.sort());
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const { name, want, imported, checked } of cases) {
    describe(name, () => {
      it('gives a draft that lrt check accepts: no errors', () => {
        expect(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}: ${d.rule} ${d.message}`)).toEqual([]);
      });

      it(want.blocks.length ? 'registers each labelled block with its kind, text, owner and status' : 'registers nothing', () => {
        expect(checked.register.agreements.map((a, i) => projected(a, want.blocks[i]))).toEqual(want.blocks);
      });

      it(want.candidates.length ? 'proposes each unlabelled commitment as a candidate' : 'proposes no candidate', () => {
        expect(imported.candidates.map((c, i) => c.text.slice(0, want.candidates[i]?.length ?? c.text.length))).toEqual(want.candidates);
      });

      it('leaves no emphasis markers without text in the draft', () => {
        expect(imported.markdown).not.toMatch(/\*{4}|\*\*\s*\*\*/);
      });
    });
  }
});
