import { describe, expect, it } from 'vitest';
import { registry, run } from '../helpers.js';
import { fixtureProject } from './fixtureSources.js';
import { RegisterSchema } from '../../src/schema/register.js';
import { findBody } from '../../src/extract/extractMinutes.js';
import { meetingStub, newMinutes, newMinutesPath } from '../../src/publish/newMinutes.js';
import { parseSource } from '../../src/parse/parseSource.js';
import { findBlocks } from '../../src/extract/findBlocks.js';

const DIR = 'test/fixtures/closure/afdoeningsvoorstel-aangenomen';
const files = fixtureProject(DIR);
const agreement = (asOf: string, id: string) => run(files, asOf).register.agreements.find((a) => a.id === id)!;

describe('closure proposed by the owner, agreed by the table', () => {
  it('a proposal leaves the agreement open until a later Besluit names it', () => {
    const proposed = agreement('2024-03-15', 'prt-gelderland-2024-02-08-1');
    expect(proposed.status).toBe('open');
    expect(proposed.closureProposal).toEqual({
      date: '2024-03-01',
      source: { file: 'agreements/2024-03-01-prt-gelderland-2024-02-08-1.md', line: 2 },
      text: 'Het COA heeft de planning op 28 februari aan de leden van de PRT gestuurd en stelt voor de afspraak af te doen.',
      evidence: 'planning-opvanglocaties-arnhem-2024',
    });
  });

  it('the Besluit that names the id closes it, and the whole path is in its history', () => {
    const done = agreement('2024-04-11', 'prt-gelderland-2024-02-08-1');
    expect([done.status, done.statusSource, done.closureProposal]).toEqual(['afgerond', 'verslag', null]);
    expect(done.followUps.map((f) => [f.date, f.kind, f.relation, f.status ?? null, f.ref])).toEqual([
      ['2024-03-01', 'voortgang', 'afdoeningsvoorstel', null, 'agreements/2024-03-01-prt-gelderland-2024-02-08-1.md'],
      ['2024-04-11', 'vergadering', 'afgedaan', 'afgerond', 'prt-gelderland-2024-04-11-1'],
    ]);
  });

  it('a proposal without document or link is reported, and stays open', () => {
    const r = run(files, '2024-06-01');
    expect(() => RegisterSchema.parse(r.register)).not.toThrow();
    expect(r.diagnostics.filter((d) => d.rule.startsWith('closure')).map((d) => [d.file, d.line, d.rule])).toEqual([
      ['agreements/2024-05-02-prt-gelderland-2024-02-08-2.md', 4, 'closure-evidence-missing'],
    ]);
    const open = r.register.agreements.find((a) => a.id === 'prt-gelderland-2024-02-08-2')!;
    expect([open.status, open.closureProposal?.evidence]).toEqual(['open', null]);
  });

  it('a Besluit that names an id without a proposal before it closes nothing', () => {
    // As of the adoption meeting but with the proposal file left out.
    const r = run(fixtureProject(DIR, (f) => f.endsWith('2024-03-01-prt-gelderland-2024-02-08-1.md')), '2024-06-01');
    const a = r.register.agreements.find((x) => x.id === 'prt-gelderland-2024-02-08-1')!;
    expect([a.status, a.followUps.length]).toEqual(['open', 0]);
  });

  it('lrt new puts every open proposal under "Afdoening van afspraken", as a follow-up note, not among the open ones', () => {
    const body = findBody('PRT Gelderland', registry().organen)!;
    const date = '2024-06-13';
    const file = newMinutesPath(body, date);
    const r = run([...files, meetingStub(body, date, file)], date);
    const made = newMinutes({ body, date, records: r.records.filter((x) => x.file !== file), register: r.register });
    const parsed = parseSource(file, made.text);
    const found = findBlocks(parsed.tree, made.text, registry().labels);
    expect(found.blocks).toEqual([]);
    expect(found.notes.map((n) => [n.ref, n.agendaItem?.heading])).toEqual([['prt-gelderland-2024-02-08-2', '3. Afdoening van afspraken']]);
    expect(made.text).toContain('Afdoeningsvoorstel van 2 mei 2024: De werksessie over de verdeling van flexwoningen heeft op 24 april plaatsgevonden');
    expect(made.text).toContain('"- Besluit: Het afdoeningsvoorstel voor prt-gelderland-2024-02-08-2 wordt aangenomen; de afspraak is afgedaan."');
    // The 11 April minutes are still concept: their adoption is item 2.
    expect(made.text).toMatch(/## 4\. Openstaande afspraken\n\n- Er staan geen afspraken open\./);
    // The agenda in the front matter names the same items as the headings.
    expect(r.diagnostics.filter((d) => d.file === file)).toEqual([]);
  });
});
