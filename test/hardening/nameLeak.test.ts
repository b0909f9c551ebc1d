import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lrt, scratchWith } from '../helpers.js';
import { filesUnder, readableForms } from './readableForms.js';

/**
 * Woo art. 5.1.2e: a name marked `openbaar: false` is never published. A scratch project declares
 * such names in minutes; `lrt build` must succeed and no file it writes (HTML, JSON, CSV, ICS,
 * feed, search index) may contain them in any form. Every way of writing such a name elsewhere in
 * the sources must stop the build before anything is written.
 */

const SECRET = [
  { naam: 'Pieter Geheimhouder', org: 'DGM' },
  { naam: 'Anna-Lies Verborgenhuys', org: 'BZK' },
  { naam: 'Karel D’Stillekens', org: 'VNG' },
];

const MINUTES = `---
orgaan: LRT
datum: 2024-05-14
status: concept
voorzitter: Dhr. Van der Burg (SJenV)
aanwezig:
  - Dhr. Van der Burg (SJenV)
  - { naam: ${SECRET[0]!.naam}, organisatie: ${SECRET[0]!.org}, openbaar: false }
  - { naam: ${SECRET[1]!.naam}, organisatie: ${SECRET[1]!.org}, openbaar: false }
afwezig:
  - { naam: "${SECRET[2]!.naam}", organisatie: ${SECRET[2]!.org}, openbaar: false }
agenda:
  - 1. Opening en mededelingen
  - 2. Huisvesting
stukken:
  - { titel: Kamerbrief huisvesting, link: "https://www.rijksoverheid.nl/documenten" }
---

## 1. Opening en mededelingen

- (DGM) licht de stand van zaken toe.

## 2. Huisvesting

- Afspraak: BZK deelt de gegevens over achterstanden voor 1 juni 2024.
  - id: lrt-2024-05-14-1
- Besluit: Het maatregelenpakket wordt aangenomen.
  - id: lrt-2024-05-14-2
- Toezegging: SJenV informeert de Kamer voor de zomer.
  - id: lrt-2024-05-14-3
`;

const UPDATE = `---
afspraak: lrt-2024-05-14-1
datum: 2024-05-28
status: afgerond
bron: lrt-2024-06-11
---

(DGM) heeft de gegevens op 27 mei rondgestuurd.
`;

const project = (files: Record<string, string>) => scratchWith(files, 'lrt-woo-');

/** The name, its surname and its initial form: any of them names the person. */
function needles(naam: string): string[] {
  const n = naam.replace(/[’‘´`]/g, "'").toLowerCase();
  const parts = n.split(/\s+/);
  const surname = parts.slice(1).join(' ');
  return [n, surname, `${parts[0]![0]}. ${surname}`];
}

describe('non-public names in the built site', () => {
  it('appear in no file of the output, in any form, while the minutes that declare them are published', async () => {
    const dir = project({ 'minutes/2024-05-14-lrt.md': MINUTES, 'agreements/2024-05-28-lrt-2024-05-14-1.md': UPDATE });
    const r = await lrt(['build', '--as-of', '2024-06-01', '-o', '_site'], dir);
    expect(r.code, r.err).toBe(0);
    const files = filesUnder(path.join(dir, '_site'));
    expect(files.length).toBeGreaterThan(10);
    expect(files.map((f) => path.extname(f))).toEqual(expect.arrayContaining(['.html', '.json', '.csv', '.ics', '.xml']));
    // The meeting is there, with the organisations of the people whose names are withheld.
    const meeting = readFileSync(path.join(dir, '_site', 'vergaderingen', 'lrt-2024-05-14', 'index.html'), 'utf8').replace(/<[^>]*>/g, '');
    expect(meeting).toContain('(DGM)');
    expect(meeting).toContain('(BZK)');

    const hits: string[] = [];
    for (const f of files) {
      const forms = readableForms(readFileSync(f, 'latin1')).concat(readableForms(readFileSync(f, 'utf8')));
      for (const s of SECRET) for (const n of needles(s.naam)) if (forms.some((t) => t.includes(n))) hits.push(`${path.relative(dir, f)}: ${n}`);
    }
    expect(hits).toEqual([]);
  });

  /** Ways the secretariat might still write a withheld name; each must stop the build before output exists. */
  const LEAKS: [string, Record<string, string>][] = [
    ['in the text of an agreement', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('BZK deelt de gegevens', 'Pieter Geheimhouder deelt de gegevens') }],
    ['in a plain bullet', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('(DGM) licht', 'Pieter Geheimhouder (DGM) licht') }],
    ['in upper case', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('(DGM) licht', 'PIETER GEHEIMHOUDER licht') }],
    ['with a non-breaking space', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('(DGM) licht', 'Pieter\u00a0Geheimhouder licht') }],
    ['split by bold markup', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('(DGM) licht', 'Pieter **Geheimhouder** licht') }],
    ['wrapped over two lines', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('- (DGM) licht de stand van zaken toe.', '- Toelichting door Pieter\n  Geheimhouder over de stand van zaken.') }],
    ['with a straight apostrophe for the curly one', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('(DGM) licht', "Karel D'Stillekens licht") }],
    ['in an agenda title', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('2. Huisvesting\n---', '2. Huisvesting (Anna-Lies Verborgenhuys)\n---').replace('## 2. Huisvesting', '## 2. Huisvesting (Anna-Lies Verborgenhuys)') }],
    ['as the chair', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('voorzitter: Dhr. Van der Burg (SJenV)', 'voorzitter: Pieter Geheimhouder (DGM)') }],
    ['as a public attendee as well', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('  - Dhr. Van der Burg (SJenV)\n  - {', '  - Dhr. Van der Burg (SJenV)\n  - Anna-Lies Verborgenhuys (BZK)\n  - {') }],
    ['in a document title', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('titel: Kamerbrief huisvesting', 'titel: Notitie van Pieter Geheimhouder') }],
    ['in a status update', { 'minutes/2024-05-14-lrt.md': MINUTES, 'agreements/2024-05-28-lrt-2024-05-14-1.md': UPDATE.replace('(DGM) heeft', 'Pieter Geheimhouder heeft') }],
    ['by surname only', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('(DGM) licht', 'Geheimhouder licht') }],
    ['by initial and surname', { 'minutes/2024-05-14-lrt.md': MINUTES.replace('(DGM) licht', 'P. Geheimhouder licht') }],
  ];

  it.each(LEAKS)('written %s: the build stops and writes nothing', async (_how, files) => {
    const dir = project(files);
    const r = await lrt(['build', '--as-of', '2024-06-01', '-o', '_site'], dir);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, '_site'))).toBe(false);
    // Build logs may be public: the message points at the place, without repeating the name.
    expect(r.err).toMatch(/niet[- ]openbaar/);
  });
});
