import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registry, run, shippedSources, source } from '../helpers.js';
import { meetingStub, newMinutes, newMinutesPath, yamlScalar } from '../../src/publish/newMinutes.js';
import { findBody } from '../../src/extract/extractMinutes.js';
import { findBlocks } from '../../src/extract/findBlocks.js';
import { parseSource } from '../../src/parse/parseSource.js';


/** As `lrt new` does it: the project plus a stub of the new meeting, as of its date. */
function generate(bodyName: string, date: string, files = shippedSources()) {
  const body = findBody(bodyName, registry().organen)!;
  const file = newMinutesPath(body, date);
  const r = run([...files, meetingStub(body, date, file)], date);
  const result = newMinutes({ body, date, records: r.records.filter((x) => x.file !== file), register: r.register });
  return { ...result, file, register: r.register };
}

describe('lrt new LRT 2023-06-14 from the shipped minutes', () => {
  const made = generate('LRT', '2023-06-14');
  // The eight agreements of 16-09-2022 (confirmed in agreements/; the ninth is a decision) have no follow-up yet.
  const sept = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `lrt-2022-09-16-${n}`);

  it('carries over exactly the agreements open or ongoing on that date', () => {
    expect(made.carried.map((a) => a.id)).toEqual([...sept, 'lrt-2023-02-02-1', 'lrt-2023-02-02-2', 'lrt-2023-04-21-3', 'lrt-2023-04-21-4', 'lrt-2023-04-25-1']);
    // The same set the register gives as of that date: done ones (status updates, the letter) stay out.
    const open = made.register.agreements.filter((a) => a.meeting.body === 'LRT' && (a.status === 'open' || a.status === 'loopt')).map((a) => a.id);
    expect(made.carried.map((a) => a.id)).toEqual(open);
    expect(made.text).not.toContain('lrt-2023-04-21-1');
    expect(made.text).not.toContain('lrt-2023-04-25-2');
  });

  it('marks what is overdue on the meeting date, and what is due at this very meeting', () => {
    const line = (id: string) => made.text.split('\n').find((l) => l.startsWith(`- ${id} `))!;
    expect(line('lrt-2023-02-02-1')).toBe(
      '- lrt-2023-02-02-1 (afspraak LRT 2 februari 2023; eigenaar JenV; termijn 10 februari 2023 “komende week”, **over de termijn**): komende week vindt overleg plaats met aantal vertegenwoordigers van LRT en VB over de cno´s en derdelanders uit Oekraïne.',
    );
    expect(line('lrt-2023-02-02-2')).toContain('eigenaar BZK; termijn 15 februari 2023 “Op 15 februari”, **over de termijn**): BZK deelt gegevens');
    expect(line('lrt-2023-04-21-3')).toContain('geen termijn): Reacties worden meegenomen richting ministerraad.');
    expect(line('lrt-2023-04-25-1')).toContain('termijn 14 juni 2023 “de LRT van juni”, deze vergadering):');
    expect(line('lrt-2023-04-25-1')).not.toContain('over de termijn');
    expect(made.carried.filter((a) => a.overdue).map((a) => a.id)).toEqual(['lrt-2022-09-16-4', 'lrt-2023-02-02-1', 'lrt-2023-02-02-2']);
    expect(line('lrt-2022-09-16-6')).toBe(
      '- lrt-2022-09-16-6 (afspraak LRT 16 september 2022; eigenaar VRO; geen termijn): MVRO zal bilateraal in gesprek gaan met provincies die niet op schema liggen met huisvesting van 20.000 vergunninghouders.',
    );
  });

  it('each carried agreement is a follow-up note, never a new labelled block', () => {
    const parsed = parseSource(made.file, made.text);
    const found = findBlocks(parsed.tree, made.text, registry().labels);
    expect(found.blocks).toEqual([]);
    expect(found.notes.map((n) => [n.ref, n.status?.value])).toEqual([
      ...sept.map((id) => [id, 'open']),
      ['lrt-2023-02-02-1', 'open'],
      ['lrt-2023-02-02-2', 'loopt'],
      ['lrt-2023-04-21-3', 'open'],
      ['lrt-2023-04-21-4', 'open'],
      ['lrt-2023-04-25-1', 'open'],
    ]);
    expect(found.notes.every((n) => n.agendaItem?.heading === '2. Openstaande afspraken')).toBe(true);
  });

  it('fills the front matter from the last LRT: chair and attendees as written, the standard agenda without adoption (every LRT is vastgesteld)', () => {
    const fm = parse(/^---\n([\s\S]*?)\n---\n/.exec(made.text)![1]!);
    expect(fm).toMatchObject({ orgaan: 'LRT', datum: '2023-06-14', status: 'concept', voorzitter: 'Dhr. Van der Burg (SJenV)', afwezig: [], stukken: [] });
    expect(fm.aanwezig).toEqual(made.register.meetings.find((m) => m.id === 'lrt-2023-04-25')!.present);
    expect(fm.agenda).toEqual([
      '1. Opening en mededelingen',
      '2. Openstaande afspraken',
      '3. Titel van het agendapunt',
      'W.v.t.t.k. en sluiting',
    ]);
    expect(made.text).not.toContain('Vaststelling');
    expect(made.text).not.toContain('wordt vastgesteld');
    // Every agenda item of the front matter is a heading of the text, in the same order.
    expect([...made.text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(fm.agenda);
  });

  it('passes check with the shipped files: no errors, no warnings, and the carried notes reach the register', () => {
    const r = run([...shippedSources(), source(made.file, made.text)], '2023-06-14');
    expect(r.diagnostics).toEqual([]);
    const a = r.register.agreements.find((x) => x.id === 'lrt-2023-02-02-2')!;
    expect(a.followUps.at(-1)).toMatchObject({ ref: 'lrt-2023-06-14', source: made.file, status: 'loopt' });
  });
});

describe('lrt new: other cases', () => {
  it('keeps a non-public attendee non-public, as the object it was written as', () => {
    const prev = `---
orgaan: HLRT
datum: 2024-01-10
status: concept
voorzitter: "(DGM)"
aanwezig:
  - "Mevr. Klijnsma (CdK’s)"
  - { naam: Anna Ambtenaar, organisatie: DGM, openbaar: false }
  - "12"
---

- Afspraak: VNG levert de cijfers aan, uiterlijk 2024-01-31.
  - id: hlrt-2024-01-10-1
`;
    const made = generate('hlrt', '2024-02-14', [source('minutes/2024-01-10-hlrt.md', prev)]);
    expect(made.text).toContain('  - { naam: Anna Ambtenaar, organisatie: DGM, openbaar: false }\n');
    expect(made.text).toContain('  - "Mevr. Klijnsma (CdK’s)"\n');
    expect(made.text).toContain('voorzitter: "(DGM)"\n');
    const fm = parse(/^---\n([\s\S]*?)\n---\n/.exec(made.text)![1]!);
    expect(fm.aanwezig).toEqual(['Mevr. Klijnsma (CdK’s)', { naam: 'Anna Ambtenaar', organisatie: 'DGM', openbaar: false }, '12']);
    expect(made.text).toContain('## 2. Vaststelling verslag HLRT 10 januari 2024\n\n- Het verslag van de HLRT van 10 januari 2024 wordt vastgesteld.\n');
    expect(made.text).toContain('## 3. Openstaande afspraken\n');
    expect(made.text).toContain('- hlrt-2024-01-10-1 (afspraak HLRT 10 januari 2024; eigenaar VNG; termijn 31 januari 2024 “uiterlijk 2024-01-31”, **over de termijn**): VNG levert de cijfers aan');
    const r = run([source('minutes/2024-01-10-hlrt.md', prev), source(made.file, made.text)], '2024-02-14');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('proposes to adopt exactly the minutes still in concept, all of them', () => {
    const minutes = (date: string, status: string) =>
      source(`minutes/${date}-hlrt.md`, `---\norgaan: HLRT\ndatum: ${date}\nstatus: ${status}\n---\n\n## 1. Opening\n\n- Geopend.\n`);
    const files = [minutes('2024-01-10', 'vastgesteld'), minutes('2024-02-14', 'concept'), minutes('2024-03-13', 'concept')];
    const made = generate('HLRT', '2024-04-10', files);
    const fm = parse(/^---\n([\s\S]*?)\n---\n/.exec(made.text)![1]!);
    expect(fm.agenda).toEqual([
      '1. Opening en mededelingen',
      '2. Vaststelling verslagen HLRT 14 februari 2024 en 13 maart 2024',
      '3. Openstaande afspraken',
      '4. Titel van het agendapunt',
      'W.v.t.t.k. en sluiting',
    ]);
    expect(made.text).toContain('- De verslagen van de HLRT van 14 februari 2024 en 13 maart 2024 worden vastgesteld.');
    expect(made.text).not.toContain('10 januari');
    expect(run([...files, source(made.file, made.text)], '2024-04-10').diagnostics).toEqual([]);
  });

  it('a first meeting of a body: no previous minutes, nothing open, still a valid file', () => {
    const made = generate('PRT Utrecht', '2024-03-01');
    expect(made.previous).toBeNull();
    expect(made.text).toContain('- Er staan geen afspraken open.');
    expect(made.text).toContain('aanwezig: []');
    expect(made.file).toBe('minutes/2024-03-01-prt-utrecht.md');
    expect(run([...shippedSources(), source(made.file, made.text)]).diagnostics).toEqual([]);
  });

  it('quotes YAML values the way the guide asks, and only when needed', () => {
    expect(yamlScalar('Dhr. Van der Burg (SJenV)')).toBe('Dhr. Van der Burg (SJenV)');
    expect(yamlScalar('(DGM)')).toBe('"(DGM)"');
    expect(yamlScalar('Mevr. Klijnsma (CdK’s)')).toBe('"Mevr. Klijnsma (CdK’s)"');
    expect(yamlScalar('true')).toBe('"true"');
    expect(yamlScalar('Agenda: punt')).toBe('"Agenda: punt"');
    expect(yamlScalar('A, B', true)).toBe('"A, B"');
  });
});
