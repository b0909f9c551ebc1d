import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, registry, repoFile, run, source } from '../helpers.js';
import { importMinutes } from '../../src/import/importMinutes.js';
import type { PipelineResult } from '../../src/pipeline.js';

/**
 * Each seed text (the published PDF of an LRT meeting, as text) imported and compared with the
 * minutes the project ships, converted by hand: the same labelled blocks (kind, text, agenda
 * item), agenda, attendees and chair.
 */
/** Copies of shared/seeds, so the tests run on a clean clone. */
const SEEDS_DIR = path.join(ROOT, 'test/fixtures/import/seeds');
const SEEDS = [
  { seed: '000_d6a081a9a5fff943', minutes: 'minutes/2023-04-25-lrt.md' },
  { seed: '001_4023b88c0825bc80', minutes: 'minutes/2023-02-02-lrt.md' },
  { seed: '002_ff8aceeac60de72a', minutes: 'minutes/2023-04-21-lrt.md' },
];
const seedText = (name: string) => readFileSync(`${SEEDS_DIR}/${name}.txt`, 'utf8');

const blocks = (r: PipelineResult) => r.register.agreements.map((a) => ({ kind: a.kind, text: a.text, agendaItem: a.agendaItem }));
const meeting = (r: PipelineResult) => {
  const m = r.register.meetings[0]!;
  return { id: m.id, body: m.body, date: m.date, agenda: m.agenda, present: m.present, absent: m.absent, chair: m.chair };
};

describe('importing the seed minutes', () => {
  for (const { seed, minutes } of SEEDS) {
    describe(seed, () => {
      const imported = importMinutes(seedText(seed), registry());
      const draft = run([source(minutes, imported.markdown)]);
      const shipped = run([repoFile(minutes)]);

      it('gives a draft that lrt check accepts: no errors', () => {
        expect(draft.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      });

      it('has the labelled blocks of the hand-converted minutes: same kinds, texts and agenda items', () => {
        expect(blocks(draft)).toEqual(blocks(shipped));
        expect(blocks(draft).length).toBeGreaterThan(0);
      });

      it('has the same meeting: body, date, agenda, attendees present and absent, chair', () => {
        expect(meeting(draft)).toEqual(meeting(shipped));
      });

      it('writes no ids and marks the draft as a concept', () => {
        expect(imported.markdown).not.toMatch(/- id:/);
        expect(imported.markdown).toMatch(/^status: concept$/m);
      });
    });
  }

  it('000 (25 April 2023): the lost date is proposed from "morgen (26-04-2023)", not filled in silently', () => {
    const r = importMinutes(seedText('000_d6a081a9a5fff943'), registry());
    expect(r.markdown).toContain('datum: 2023-04-25  # voorstel, afgeleid uit "morgen (26-04-2023)" (regel 118); controleer');
    expect(r.notes).toEqual([
      { file: '', line: 1, column: 2, rule: 'import-date-proposed', severity: 'info', message: 'Geen vergaderdatum gevonden. Voorstel: 2023-04-25, afgeleid uit "morgen (26-04-2023)" op regel 118. Controleer "datum" in het kopblok.' },
      { file: '', line: 1, column: 2, rule: 'import-body-proposed', severity: 'info', message: 'De kop noemt geen overleg. Voorstel: LRT (5 keer genoemd in de tekst). Controleer "orgaan" in het kopblok.' },
      { file: '', line: 1, column: 2, rule: 'import-attendees-implicit', severity: 'info', message: 'De lijst bovenaan zonder kop "Aanwezig" is als aanwezigen overgenomen. Controleer "aanwezig" in het kopblok.' },
      { file: '', line: 1, column: 2, rule: 'import-chair-proposed', severity: 'info', message: 'De tekst noemt geen voorzitter. Voorstel: Dhr. Van der Burg (SJenV) (de eerste aanwezige met een functie). Controleer "voorzitter" in het kopblok.' },
    ]);
    expect(r.candidates).toEqual([
      { text: 'Het KCIO inventariseert in welke veiligheidsregio’s CNO openblijft.', line: 73 },
      { text: 'SJenV zal het punt in de MR inbrengen.', line: 91 },
    ]);
  });

  it('001 (2 February 2023): chair from "zit de bijeenkomst voor", absentee from "is verhinderd", no candidates', () => {
    const r = importMinutes(seedText('001_4023b88c0825bc80'), registry());
    expect(r.notes.map((n) => n.line)).toEqual([26, 26]);
    expect(r.notes[1]!.message).toBe('Voorzitter afgeleid uit "De Staatssecretaris van JenV zit de bijeenkomst voor.": Dhr. Van der Burg (SJenV). Controleer "voorzitter" in het kopblok.');
    expect(r.candidates).toEqual([]);
    expect(r.markdown.split('\n').slice(0, 4)).toEqual(['---', 'orgaan: LRT', 'datum: 2023-02-02', 'status: concept']);
  });

  it('002 (21 April 2023): the unnumbered agenda items and the plural absentees', () => {
    const r = importMinutes(seedText('002_ff8aceeac60de72a'), registry());
    expect(r.markdown).toContain('\n## Verzending stukken en vervolg TK-brief\n');
    expect(r.markdown).toContain('afwezig:  # afgeleid uit regel 22; controleer\n  - Minister van VWS\n  - Minister voor PVO\n  - Minister voor VRO\n');
    expect(r.candidates).toEqual([]);
  });

  it('the draft of 000 warns on its unlabelled commitments, as check does for any concept', () => {
    const r = importMinutes(seedText('000_d6a081a9a5fff943'), registry());
    const d = run([source('minutes/2023-04-25-lrt.md', r.markdown)]).diagnostics;
    expect(d.filter((x) => x.rule === 'commitment-unlabelled').map((x) => x.message.match(/"([^"]+)"/)![1])).toEqual([
      'Het KCIO inventariseert in welke veiligheidsregio’s CNO openblijft',
      'SJenV zal het punt in de MR inbrengen',
    ]);
  });

  describe('003: a letter, not minutes', () => {
    const r = importMinutes(seedText('003_2551301b357c8aae'), registry());

    it('still gives a draft that check accepts, and says no meeting header was found', () => {
      expect(r.notes[0]).toEqual({
        file: '',
        line: 1,
        // The seed's first line starts with a space: the note points at its first word.
        column: 2,
        rule: 'import-no-header',
        severity: 'warning',
        message:
          'Geen vergaderkop gevonden (geen overleg, geen aanwezigen in de eerste regels). Is dit wel een verslag? Een brief of ander stuk hoort als stuk (soort: stuk) in het project, niet als verslag.',
      });
      const d = run([source('minutes/2023-04-17-lrt.md', r.markdown)]).diagnostics;
      expect(d.filter((x) => x.severity === 'error')).toEqual([]);
    });

    it('reports the garbled date line and the footnote digit glued to a year', () => {
      expect(r.notes.map((n) => n.message)).toContain('De datum "16 17 april 2023" is niet eenduidig; genomen is 2023-04-17. Controleer "datum" in het kopblok.');
      expect(r.notes).toContainEqual({ file: '', line: 23, column: 1, rule: 'import-footnote-digit', severity: 'warning', message: 'Mogelijk een voetnootcijfer aan een jaartal vast: "20231". Controleer de tekst.' });
    });
  });
});

describe('004 (16 September 2022): no labels, every commitment proposed and confirmed in agreements/', () => {
  const imported = importMinutes(seedText('004_c80f1812e88703a6'), registry());
  const shippedFile = 'minutes/2022-09-16-lrt.md';
  const shipped = run([repoFile(shippedFile), repoFile('agreements/2022-09-16-lrt-bevestigingen.md')]);
  const bodyOf = (md: string) => md.split('\n---\n')[1]!.split('\n').filter((l) => !l.trim().startsWith('<!--'));

  it('gives a draft that lrt check accepts, with the meeting of the shipped minutes (chair MBZK, the Afwezig list)', () => {
    const draft = run([source(shippedFile, imported.markdown)]);
    expect(draft.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(meeting(draft)).toEqual(meeting(shipped));
    expect(meeting(draft).chair).toBe('Mevr. Bruins Slot (MBZK)');
    expect(meeting(draft).absent).toEqual(['Mw. Van Gennip (MSZW)', 'Dhr. Weterings (VNG)', '(DGRVB)']);
  });

  it('the shipped minutes are the draft as imported, the candidate comments left out: text unchanged', () => {
    expect(bodyOf(readFileSync(path.join(ROOT, shippedFile), 'utf8'))).toEqual(bodyOf(imported.markdown));
  });

  it('proposes exactly the nine sentences the secretariat confirmed, and registers no block itself', () => {
    expect(imported.markdown).not.toMatch(/^- (?:Afspraak|Besluit):/m);
    const confirmed = shipped.register.agreements.filter((a) => a.confirmed).map((a) => a.text);
    expect(confirmed).toHaveLength(9);
    expect(imported.candidates.map((c) => c.text)).toEqual(confirmed);
    expect(imported.markdown).toContain('<!-- kandidaat-besluit (bronregel 78): "De HLRT is gemandateerd');
  });
});
