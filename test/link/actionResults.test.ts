import { describe, expect, it } from 'vitest';
import { actionResult, agreementActions, followUpMeetingBy, readPassage } from '../../src/link/actionResults.js';
import type { Passage } from '../../src/link/passagesOf.js';

const agreement = (text: string, owners: string[], deadline: string | null = null) => ({
  text,
  owners,
  meeting: { id: 'lrt-2025-03-13', date: '2025-03-13', body: 'LRT' },
  deadline: { date: deadline, text: null, moments: [] },
});
const passage = (text: string, over: Partial<Passage> = {}): Passage => ({
  file: 'minutes/2025-04-10-lrt.md', line: 20, text, date: '2025-04-10', kind: 'verslag', body: 'LRT', section: null, senders: [], ...over,
});
const ctx = { nextMeeting: '2025-04-10', firstAfterDue: '2025-04-10', sharesOwnNoun: true };
const result = (a: ReturnType<typeof agreement>, p: Passage, c = ctx) => actionResult(a, agreementActions(a.text), p, readPassage(p), c);

describe('what an agreement promises, and the passages that report the result', () => {
  it('reads the promise from the verbs and the nouns beside them', () => {
    expect(agreementActions('Het secretariaat past het verslag aan op de genoemde punten.')).toMatchObject({ amends: ['verslag'], meets: [], sends: [], sendsLetter: false });
    expect(agreementActions('Vervolgafspraak wordt gepland om door te spreken over de brief.')).toMatchObject({ meets: ['vervolgafspraak'], meetsWithOthers: false, sendsLetter: false });
    expect(agreementActions('IPO plant een bestuurlijk overleg met de gemeenten.')).toMatchObject({ meets: ['overleg'], meetsWithOthers: true });
    expect(agreementActions('BZK stuurt de gemeenten een brief over de regeling.')).toMatchObject({ sends: ['brief'], sendsLetter: true });
    expect(agreementActions('JenV verzorgt gevraagde informatievoorziening.')).toMatchObject({ amends: [], meets: [], sends: [], sendsLetter: false });
  });

  it('amended minutes: adopted later, also with the verb split ("stelt … vast")', () => {
    const a = agreement('Het secretariaat past het verslag aan op de genoemde punten.', ['Secretariaat']);
    expect(result(a, passage('De voorzitter stelt het aangepaste verslag vast.'))).toBe('vastgesteld-na-aanpassing');
    expect(result(a, passage('Het verslag van 13 maart wordt vastgesteld.'))).toBe('vastgesteld-na-aanpassing');
    expect(result(a, passage('Het verslag kan nog niet worden vastgesteld.'))).toBeNull();
    expect(result(a, passage('De werkagenda wordt vastgesteld.'))).toBeNull();
    // Under the agenda item that adopts minutes, "akkoord" adopts; elsewhere it does not.
    expect(result(a, passage('Het verslag is akkoord.', { section: '2. Vaststellen verslag 13 maart 2025' }))).toBe('vastgesteld-na-aanpassing');
    expect(result(a, passage('Akkoord, met dank aan het secretariaat.', { section: 'Vaststellen aangepast verslag' }))).toBe('vastgesteld-na-aanpassing');
    expect(result(a, passage('Het verslag is akkoord.', { section: '3. Huisvesting' }))).toBeNull();
  });

  it('a planned meeting: reported as held, or the table\'s own next meeting soon after discussing it', () => {
    const own = agreement('Vervolgafspraak wordt gepland om door te spreken over het verdeelbesluit.', ['JenV']);
    expect(result(own, passage('Het overleg over het verdeelbesluit heeft op 2 april plaatsgevonden.'))).toBe('overleg-gehouden');
    expect(result(own, passage('SJenV geeft een toelichting op het verdeelbesluit.', { date: '2025-03-20' }), { ...ctx, nextMeeting: '2025-03-20' })).toBe('volgende-vergadering');
    // Six weeks on, the regular meeting is not the follow-up meeting planned without a date.
    expect(result(own, passage('SJenV geeft een toelichting op het verdeelbesluit.'))).toBeNull();
    expect(followUpMeetingBy(own)).toBe('2025-04-03');
    // With a deadline, the next meeting may be held up to a week after it.
    expect(followUpMeetingBy(agreement('Overleg wordt gepland.', ['JenV'], '2025-04-08'))).toBe('2025-04-15');
    const withOthers = agreement('Volgende week vindt overleg plaats met COA en VNG over het verdeelbesluit.', ['JenV']);
    expect(result(withOthers, passage('SJenV geeft een toelichting op het verdeelbesluit.', { date: '2025-03-20' }), { ...ctx, nextMeeting: '2025-03-20' })).toBeNull();
  });

  it('a letter: a document sent by the agreement\'s owner; another sender\'s letter is not it', () => {
    const a = agreement('BZK stuurt de gemeenten een brief over de regeling.', ['BZK']);
    const doc = (senders: string[]) => passage('Met deze brief informeren wij u over de regeling.', { kind: 'stuk', body: null, date: '2025-04-01', senders, file: 'agreements/brief.md' });
    expect(result(a, doc(['BZK', 'JenV']))).toBe('brief-van-eigenaar');
    expect(result(a, doc(['SZW']))).toBeNull();
    expect(result(agreement('BZK bespreekt de regeling met de gemeenten.', ['BZK']), doc(['BZK']))).toBeNull();
  });

  it('something to deliver: reported as sent, naming the same thing, within months of the deadline', () => {
    const a = agreement('COA stuurt de leden voor 1 april een overzicht van de bezetting.', ['COA'], '2025-04-01');
    expect(result(a, passage('Het COA heeft het overzicht van de bezetting op 28 maart verzonden.'))).toBe('verzonden');
    expect(result(a, passage('Het COA heeft het overzicht van de bezetting van de opvanglocaties op 28 maart aan alle leden verzonden.'))).toBe('verzonden');
    expect(result(a, passage('Het overzicht wordt volgende week verzonden.'))).toBeNull();
    expect(result(a, passage('De cijfers zijn op 28 maart gedeeld.'))).toBeNull();
    expect(result(a, passage('Het COA heeft het overzicht van de bezetting verzonden.', { date: '2025-11-20' }), { ...ctx, firstAfterDue: '2025-04-10' })).toBeNull();
  });

  it('no result without a noun of the agreement in the passage, nor in a progress report', () => {
    const held = agreement('SZW organiseert een werksessie over inburgering.', ['SZW']);
    expect(result(held, passage('De werksessie over inburgering heeft plaatsgevonden.'))).toBe('overleg-gehouden');
    expect(result(held, passage('Het overleg over de begroting heeft plaatsgevonden.'), { ...ctx, sharesOwnNoun: false })).toBeNull();
    const plan = agreement('IPO plant een bestuurlijk overleg met de gemeenten.', ['IPO']);
    expect(result(plan, passage('Het bestuurlijk overleg heeft plaatsgevonden, het verslag volgt nog.'))).toBeNull();
  });

  it('a passage names a meeting when one of its words ends in a meeting word or is "BO"', () => {
    const names = (text: string) => readPassage(passage(text)).namesMeeting;
    expect(names('Het bestuurlijk overleg is gehouden.')).toBe(true);
    expect(names('De vervolgafspraak van het BO, in de werksessie.')).toBe(true);
    expect(names('Het BO is gehouden.')).toBe(true);
    expect(names('De overlegstructuur is besproken.')).toBe(false);
    expect(names('Het boek en de BOA zijn besproken.')).toBe(false);
    expect(names('De Café-vergadering.')).toBe(true);
    expect(names('De vergaderingé.')).toBe(false);
  });
});

