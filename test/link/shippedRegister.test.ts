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

  it('has the four meetings and the letter', () => {
    expect(result.register.meetings.map((m) => [m.id, m.date, m.status, m.adoptedIn])).toEqual([
      ['lrt-2022-09-16', '2022-09-16', 'vastgesteld', null],
      ['lrt-2023-02-02', '2023-02-02', 'vastgesteld', null],
      ['lrt-2023-04-21', '2023-04-21', 'vastgesteld', 'lrt-2023-04-25'],
      ['lrt-2023-04-25', '2023-04-25', 'vastgesteld', null],
    ]);
    expect(result.register.documents.map((d) => [d.id, d.carriesOut])).toEqual([['brief-medeoverheden-2023-05', ['lrt-2023-04-25-2']]]);
  });

  it('lists the nine confirmed sentences of 16-09-2022 and all nine labelled blocks, in meeting order', () => {
    expect(result.register.agreements.map((a) => `${a.id} ${a.kind}`)).toEqual([
      'lrt-2022-09-16-1 afspraak',
      'lrt-2022-09-16-2 afspraak',
      'lrt-2022-09-16-3 afspraak',
      'lrt-2022-09-16-4 afspraak',
      'lrt-2022-09-16-5 afspraak',
      'lrt-2022-09-16-6 afspraak',
      'lrt-2022-09-16-7 afspraak',
      'lrt-2022-09-16-8 afspraak',
      'lrt-2022-09-16-9 besluit',
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
    expect(open).toEqual(['lrt-2022-09-16-4', 'lrt-2023-02-02-1', 'lrt-2023-02-02-2']);
    const statusOn = (asOf: string, id: string) => run(files, asOf).register.agreements.find((a) => a.id === id)!.status;
    expect(statusOn('2023-04-24', 'lrt-2023-04-21-1')).toBe('open');
    expect(then.register.agreements.find((a) => a.id === 'lrt-2023-04-21-1')!.followUps).toEqual([]);
    expect(statusOn('2023-04-25', 'lrt-2023-04-21-1')).toBe('afgerond');
  });
  describe('16-09-2022: no labels in the adopted minutes, every commitment confirmed in agreements/', () => {
    const confirmation = 'agreements/2022-09-16-lrt-bevestigingen.md';
    const item2 = { number: '2', title: 'Bestuurlijke afspraken' };
    const item3 = { number: '3', title: 'Huisvesting vergunninghouders' };
    /** The line of the minutes a sentence stands on, read from the shipped file itself. */
    const minutesText = new TextDecoder().decode(files.find((f) => f.path === 'minutes/2022-09-16-lrt.md')!.bytes);
    const lineOf = (start: string) => minutesText.split('\n').findIndex((l) => l.includes(start)) + 1;
    const check = (id: string, text: string, expected: ReturnType<typeof summary>) => {
      const a = get(id);
      expect(a.text).toBe(text);
      expect(summary(a)).toEqual(expected);
      expect(a.label).toBe(a.kind === 'besluit' ? 'Besluit' : 'Afspraak');
      expect(a.confirmed).toEqual({ note: 'zonder label in het verslag, bevestigd door het secretariaat', file: confirmation, line: a.confirmed!.line });
      expect(a.source).toEqual({ file: 'minutes/2022-09-16-lrt.md', line: lineOf(text.slice(0, 40)) });
      expect(a.idWritten).toBe(true);
    };
    const open = { status: 'open' as const, overdue: false, followUps: [] as ReturnType<typeof summary>['followUps'] };

    it('#1: JenV works the questions on governance into its design', () =>
      check('lrt-2022-09-16-1', 'Deze vragen worden door JenV verwerkt bij de daadwerkelijke vormgeving van de governance.', {
        kind: 'afspraak', agendaItem: item2, owners: ['JenV'], ownersInferred: false, deadline: [], ...open,
      }));
    it('#2: IPO and the CdK\'s write an A4 on the role of the PRT\'s, for the next HLRT and LRT (no date known)', () =>
      check('lrt-2022-09-16-2', 'Voor de volgende HLRT en LRT wordt door IPO/CdK’s een A4 uitgewerkt met de rol en functiebeschrijving van de PRT’s in algemene zin, waaruit ook blijkt hoe zij zich verhouden t.o.v. de veiligheidsregio’s.', {
        kind: 'afspraak', agendaItem: item2, owners: ['IPO', 'CdK'], ownersInferred: false, deadline: [], ...open,
      }));
    it('#3: IPO and the CdK\'s draft a letter on the role of the PRT in the new statutory task', () =>
      check('lrt-2022-09-16-3', 'Vanuit IPO en de CdK’s wordt een brief opgesteld met een voorstel voor de rol van de PRT in de nieuwe wettelijke taak die gemeenten krijgen op het gebied van asielopvang.', {
        kind: 'afspraak', agendaItem: item2, owners: ['IPO', 'CdK'], ownersInferred: false, deadline: [], ...open,
      }));
    it('#4: the letter to the CdK\'s early in the week of 19 September, by the chair (MBZK), overdue', () =>
      check('lrt-2022-09-16-4', 'Begin van de week van 19 september wordt aan de CdK’s een brief verstuurd met de verzoeken om snel een volgende PRT te organiseren en erop toe te zien dat via de PRT de coördinatie, afstemming en monitoring plaatsvindt om de tweede helft van 2022 20.000 vergunninghouders te huisvesten.', {
        kind: 'afspraak', agendaItem: item3, owners: ['BZK'], ownersInferred: false,
        deadline: [['2022-09-19', '19 september'], ['2022-12-31', 'om de tweede helft van 2022']],
        status: 'open', overdue: true, followUps: [],
      }));
    it('#5: the Rijk joins the next PRT\'s at senior official level, owned by the chair (MBZK)', () =>
      check('lrt-2022-09-16-5', 'Het Rijk zal hoogambtelijk aansluiten bij de eerstvolgende PRT’s om het belang van de 20.000 en de beschikbare ondersteuningsmogelijkheden toe te lichten.', {
        kind: 'afspraak', agendaItem: item3, owners: ['BZK'], ownersInferred: false, deadline: [], ...open,
      }));
    it('#6: MVRO talks bilaterally with the provinces behind schedule', () =>
      check('lrt-2022-09-16-6', 'MVRO zal bilateraal in gesprek gaan met provincies die niet op schema liggen met huisvesting van 20.000 vergunninghouders.', {
        kind: 'afspraak', agendaItem: item3, owners: ['VRO'], ownersInferred: false, deadline: [], ...open,
      }));
    it('#7: JenV looks into reintroducing the large-family scheme', () =>
      check('lrt-2022-09-16-7', 'JenV gaat bezien of en hoe dit mogelijk is.', {
        kind: 'afspraak', agendaItem: item3, owners: ['JenV'], ownersInferred: false, deadline: [], ...open,
      }));
    it('#8: the letter to the CdK\'s is amended with the remarks, by the chair (MBZK)', () =>
      check('lrt-2022-09-16-8', 'De brief aan CdK’s wordt met inachtneming van opmerkingen aangepast.', {
        kind: 'afspraak', agendaItem: item3, owners: ['BZK'], ownersInferred: false, deadline: [], ...open,
      }));
    it('#9: the mandate of the HLRT on sending the letter on the 2023-I task: a decision, no owner, taken', () =>
      check('lrt-2022-09-16-9', 'De HLRT is gemandateerd om te besluiten over de verzending van de brief over de taakstelling 2023-I.', {
        kind: 'besluit', agendaItem: item3, owners: [], ownersInferred: false, deadline: [], status: 'afgerond', overdue: false, followUps: [],
      }));
    it('the labelled blocks of the other meetings carry no confirmation mark', () => {
      expect(result.register.agreements.filter((a) => a.confirmed).map((a) => a.meeting.id)).toEqual(Array(9).fill('lrt-2022-09-16'));
    });
  });
});
