import { describe, expect, it } from 'vitest';
import { run, shippedSources } from '../helpers.js';
import { RegisterSchema, type Agreement } from '../../src/schema/register.js';

/** The register of the real LRT minutes in minutes/ and agreements/, agreement by agreement. */
const files = shippedSources();
const result = run(files, '2026-11-22');
const byId = new Map(result.register.agreements.map((a) => [a.id, a]));
const get = (id: string): Agreement => {
  const a = byId.get(id);
  if (!a) throw new Error(`missing ${id}`);
  return a;
};
const summary = (a: Agreement) => ({
  kind: a.kind,
  agendaItem: a.agendaItem,
  owners: a.owners,
  ownersInferred: a.ownersInferred,
  deadline: a.deadline.moments.map((m) => [m.date, m.text]),
  status: a.status,
  overdue: a.overdue,
  followUps: a.followUps.map((f) => [f.kind, f.date, f.source, f.status]),
});

describe('the register of the shipped LRT minutes', () => {
  it('is clean: no errors, no warnings, valid against its schema', () => {
    expect(result.diagnostics).toEqual([]);
    expect(() => RegisterSchema.parse(result.register)).not.toThrow();
  });

  it('has the three meetings and the letter', () => {
    expect(result.register.meetings.map((m) => [m.id, m.date, m.status, m.adoptedIn])).toEqual([
      ['lrt-2023-02-02', '2023-02-02', 'vastgesteld', null],
      ['lrt-2023-04-21', '2023-04-21', 'vastgesteld', 'lrt-2023-04-25'],
      ['lrt-2023-04-25', '2023-04-25', 'vastgesteld', null],
    ]);
    expect(result.register.documents.map((d) => [d.id, d.carriesOut])).toEqual([['brief-medeoverheden-2023-05', ['lrt-2023-04-25-2']]]);
  });

  it('lists all nine labelled blocks, in meeting order', () => {
    expect(result.register.agreements.map((a) => `${a.id} ${a.kind}`)).toEqual([
      'lrt-2023-02-02-1 afspraak',
      'lrt-2023-02-02-2 afspraak',
      'lrt-2023-02-02-3 besluit',
      'lrt-2023-04-21-1 afspraak',
      'lrt-2023-04-21-2 afspraak',
      'lrt-2023-04-21-3 afspraak',
      'lrt-2023-04-21-4 afspraak',
      'lrt-2023-04-25-1 afspraak',
      'lrt-2023-04-25-2 afspraak',
    ]);
  });

  it('02-02 #1: the consultation "komende week", owned by the chair (JenV), overdue', () => {
    const a = get('lrt-2023-02-02-1');
    expect(a.text).toBe('komende week vindt overleg plaats met aantal vertegenwoordigers van LRT en VB over de cno´s en derdelanders uit Oekraïne.');
    expect(summary(a)).toEqual({
      kind: 'afspraak',
      agendaItem: { number: '2', title: 'Opvangopgave en –aanpak (incl. voorstel bijdrage van betrokken partijen)' },
      owners: ['JenV'], ownersInferred: true,
      deadline: [['2023-02-10', 'komende week']],
      status: 'open', overdue: true, followUps: [],
    });
    expect(a.source).toEqual({ file: 'minutes/2023-02-02-lrt.md', line: a.source.line });
  });

  it('02-02 #2: BZK shares data, already under way (NB: gebeurt reeds), BO on 15 February', () => {
    expect(summary(get('lrt-2023-02-02-2'))).toEqual({
      kind: 'afspraak',
      agendaItem: { number: '3', title: 'Stand van zaken huisvesting en maatregelenpakket' },
      owners: ['BZK'], ownersInferred: true,
      deadline: [['2023-02-15', 'Op 15 februari']],
      status: 'loopt', overdue: true, followUps: [],
    });
  });

  it('02-02 #3: the decision on the housing package: no owner, no deadline, taken', () => {
    expect(summary(get('lrt-2023-02-02-3'))).toEqual({
      kind: 'besluit',
      agendaItem: { number: '3', title: 'Stand van zaken huisvesting en maatregelenpakket' },
      owners: [], ownersInferred: false, deadline: [], status: 'afgerond', overdue: false, followUps: [],
    });
  });

  it('21-04 #1: the follow-up meeting on the letter, held on 25-04 (status update)', () => {
    expect(summary(get('lrt-2023-04-21-1'))).toEqual({
      kind: 'afspraak',
      agendaItem: { number: null, title: 'Verzending stukken en vervolg TK-brief' },
      owners: ['JenV'], ownersInferred: true, deadline: [], status: 'afgerond', overdue: false,
      followUps: [['voortgang', '2023-04-25', 'agreements/2023-04-25-lrt-2023-04-21-1.md', 'afgerond']],
    });
  });

  it('21-04 #2: the minutes of 6 April amended, by the secretariat (explicit), adopted on 25-04', () => {
    expect(summary(get('lrt-2023-04-21-2'))).toEqual({
      kind: 'afspraak',
      agendaItem: { number: null, title: 'Concept verslag LRT 6 april 2023' },
      owners: ['Secretariaat'], ownersInferred: false, deadline: [], status: 'afgerond', overdue: false,
      followUps: [['voortgang', '2023-04-25', 'agreements/2023-04-25-lrt-2023-04-21-2.md', 'afgerond']],
    });
  });

  it('21-04 #3 and #4: reactions to the council of ministers, information by JenV: open, no deadline', () => {
    expect(summary(get('lrt-2023-04-21-3'))).toMatchObject({
      agendaItem: { number: '2', title: 'MPP, Capaciteitsbesluit COA en taakstelling huisvesting 2023-II' },
      owners: ['JenV'], ownersInferred: true, deadline: [], status: 'open', overdue: false, followUps: [],
    });
    expect(summary(get('lrt-2023-04-21-4'))).toMatchObject({
      agendaItem: { number: '3', title: 'W.v.t.t.k.' },
      owners: ['JenV'], ownersInferred: true, deadline: [], status: 'open', overdue: false, followUps: [],
    });
  });

  it('25-04 #1: governance and PRT on the agenda of "de LRT van juni": end of June 2023, overdue', () => {
    const a = get('lrt-2023-04-25-1');
    expect(summary(a)).toEqual({
      kind: 'afspraak',
      agendaItem: { number: '2', title: 'MPP, Capaciteitsbesluit COA en taakstelling huisvesting 2023-II' },
      owners: ['JenV'], ownersInferred: true,
      deadline: [['2023-06-30', 'de LRT van juni']],
      status: 'open', overdue: true, followUps: [],
    });
    expect(a.deadline.moments[0]!.note).toMatch(/juni 2023/);
  });

  it('25-04 #2: two moments (MPP letter tomorrow, letter to co-governments early next week), carried out by the letter', () => {
    const a = get('lrt-2023-04-25-2');
    expect(summary(a)).toEqual({
      kind: 'afspraak',
      agendaItem: { number: '2', title: 'MPP, Capaciteitsbesluit COA en taakstelling huisvesting 2023-II' },
      owners: ['JenV'], ownersInferred: true,
      deadline: [['2023-04-26', 'morgen (26-04-2023)'], ['2023-05-02', 'begin volgende week']],
      status: 'afgerond', overdue: false,
      followUps: [['stuk', null, 'agreements/2023-05-brief-medeoverheden.md', 'afgerond']],
    });
    expect(a.deadline.date).toBe('2023-04-26');
  });

  it('as of a date before the follow-ups, the reviewers see what was open then', () => {
    const then = run(files, '2023-04-24');
    const open = then.register.agreements.filter((a) => a.overdue).map((a) => a.id);
    expect(open).toEqual(['lrt-2023-02-02-1', 'lrt-2023-02-02-2']);
    const statusOn = (asOf: string, id: string) => run(files, asOf).register.agreements.find((a) => a.id === id)!.status;
    expect(statusOn('2023-04-24', 'lrt-2023-04-21-1')).toBe('open');
    expect(then.register.agreements.find((a) => a.id === 'lrt-2023-04-21-1')!.followUps).toEqual([]);
    expect(statusOn('2023-04-25', 'lrt-2023-04-21-1')).toBe('afgerond');
  });
});
