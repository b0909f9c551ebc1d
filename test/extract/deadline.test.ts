import { describe, it, expect } from 'vitest';
import { extractMoments, parseDeadlineValue, type DeadlineContext } from '../../src/extract/deadline.js';

type Meetings = DeadlineContext['meetings'];

function ctx(meetingDate: string, meetings: Meetings = [], body = 'LRT'): DeadlineContext {
  return { meetingDate, body, meetings };
}

/** Moments without their notes, for compact expectations. */
function found(text: string, meetingDate: string, meetings: Meetings = []) {
  return extractMoments(text, ctx(meetingDate, meetings)).map(({ date, text: words }) => ({ date, text: words }));
}

/** The single moment's date, or 'none'/'many'. */
function dateOf(text: string, meetingDate: string, meetings: Meetings = []): string | null {
  const moments = extractMoments(text, ctx(meetingDate, meetings));
  if (moments.length !== 1) return moments.length === 0 ? 'none' : `many: ${JSON.stringify(moments)}`;
  return moments[0]!.date;
}

describe('real sentences from the minutes', () => {
  it('merges "morgen (26-04-2023)" and reads "begin volgende week" as the Tuesday after', () => {
    const text =
      'Uitgangspunt is dat de MPP brief morgen (26-04-2023) na de ministerraad verzonden wordt. ' +
      'Voorbehoud is het verloop van het gesprek in de MR rondom de voorjaarsnota. ' +
      'De deelnemers van de LRT worden geïnformeerd zodra MPP brief verzonden wordt. ' +
      'De brief medeoverheden zal begin volgende week verzonden worden, na afstemming met de vertegenwoordigers van de LRT.';
    expect(found(text, '2023-04-25')).toEqual([
      { date: '2023-04-26', text: 'morgen (26-04-2023)' },
      { date: '2023-05-02', text: 'begin volgende week' },
    ]);
    expect(extractMoments(text, ctx('2023-04-25'))[1]?.note).toBe('dinsdag van de week na de vergadering');
  });

  const governance = 'Ten aanzien van de governance en PRT, zal dit geagendeerd worden voor de LRT van juni.';

  it('falls back to the end of the month for "de LRT van juni" without a known June meeting', () => {
    expect(extractMoments(governance, ctx('2023-04-25'))).toEqual([
      { date: '2023-06-30', text: 'de LRT van juni', note: 'geen LRT in juni 2023 bekend; einde van de maand' },
    ]);
  });

  it('uses the known June meeting for "de LRT van juni"', () => {
    const meetings = [
      { body: 'LRT', date: '2023-04-25' },
      { body: 'HLRT', date: '2023-06-01' },
      { body: 'LRT', date: '2023-06-28' },
      { body: 'LRT', date: '2023-06-14' },
    ];
    expect(found(governance, '2023-04-25', meetings)).toEqual([{ date: '2023-06-14', text: 'de LRT van juni' }]);
  });

  it('reads "komende week" as the Friday of next week', () => {
    const text =
      'komende week vindt overleg plaats met aantal vertegenwoordigers van LRT en VB over de cno´s en derdelanders uit Oekraïne.';
    expect(extractMoments(text, ctx('2023-02-02'))).toEqual([
      { date: '2023-02-10', text: 'komende week', note: 'vrijdag van de week na de vergadering' },
    ]);
  });

  it('keeps the prefix in "Op 15 februari"', () => {
    const text =
      'BZK deelt gegevens over achterstanden huisvesting (NB: gebeurt reeds). Op 15 februari (reeds gepland) BO met gedeputeerden.';
    expect(found(text, '2023-02-02')).toEqual([{ date: '2023-02-15', text: 'Op 15 februari' }]);
  });

  it('finds nothing in sentences without a moment', () => {
    expect(found('Vervolgafspraak wordt gepland om door te spreken over de brief.', '2023-04-21')).toEqual([]);
    expect(
      found(
        'Maatregelenpakket huisvesting aangenomen. Commitment voor inzet van benodigde capaciteit van betrokken departementen/organisaties.',
        '2023-02-02',
      ),
    ).toEqual([]);
  });

  it('reads "Op 01-07-2023"', () => {
    expect(found('Op 01-07-2023 stopt formeel de CNO via veiligheidsberaad', '2023-04-25')).toEqual([
      { date: '2023-07-01', text: 'Op 01-07-2023' },
    ]);
  });

  it('keeps "tot tenminste" with the date', () => {
    expect(
      found('het VB om de crisisnoodopvang langer open te laten tot tenminste 1 juli 2023', '2023-02-02'),
    ).toEqual([{ date: '2023-07-01', text: 'tot tenminste 1 juli 2023' }]);
  });
});

describe('absolute dates', () => {
  it.each([
    ['26-04-2023', '2023-04-26'],
    ['1-7-2023', '2023-07-01'],
    ['1 juli 2023', '2023-07-01'],
    ['2023-07-01', '2023-07-01'],
    ['26/04/2023', '2023-04-26'],
    ['dinsdag 2 mei', '2023-05-02'],
    ['1e juli', '2023-07-01'],
  ])('"%s"', (text, date) => {
    expect(found(text, '2023-04-25')).toEqual([{ date, text }]);
  });

  it('infers the year as the next occurrence on/after the meeting', () => {
    expect(dateOf('15 februari', '2023-02-02')).toBe('2023-02-15');
    expect(dateOf('15 januari', '2023-12-20')).toBe('2024-01-15');
    expect(dateOf('25 april', '2023-04-25')).toBe('2023-04-25');
    expect(extractMoments('15 januari', ctx('2023-12-20'))[0]?.note).toBe('jaartal afgeleid van de vergaderdatum');
  });

  it('handles 29 februari', () => {
    expect(dateOf('uiterlijk 29 februari', '2023-04-25')).toBe('2024-02-29');
    expect(dateOf('uiterlijk 29 februari', '2024-02-20')).toBe('2024-02-29');
    expect(found('29 februari 2023', '2023-01-10')).toEqual([]);
    expect(found('30-02-2023 en 2023-02-30', '2023-01-10')).toEqual([]);
  });

  it('reads a year with a glued footnote digit as the year, leaving the digit out', () => {
    expect(found('De CNO sluit op 1 juli 20231 definitief.', '2023-04-25')).toEqual([
      { date: '2023-07-01', text: 'op 1 juli 2023' },
    ]);
    expect(found('uiterlijk eind juni 20231', '2023-04-25')).toEqual([
      { date: '2023-06-30', text: 'uiterlijk eind juni 2023' },
    ]);
  });
});

describe('relative days and weeks', () => {
  it.each([
    ['vandaag', '2023-04-25'],
    ['morgen', '2023-04-26'],
    ['overmorgen', '2023-04-27'],
    ['vrijdag', '2023-04-28'],
    ['dinsdag', '2023-05-02'], // the meeting is on a Tuesday: the next one
    ['komende vrijdag', '2023-04-28'],
    ['vrijdag a.s.', '2023-04-28'],
    ['deze week', '2023-04-28'],
    ['eind van de week', '2023-04-28'],
    ['volgende week', '2023-05-05'],
    ['eind volgende week', '2023-05-05'],
    ['begin komende week', '2023-05-02'],
    ['medio volgende week', '2023-05-03'],
    ['volgende week donderdag', '2023-05-04'],
    ['maandag van volgende week', '2023-05-01'],
    ['binnen twee weken', '2023-05-09'],
    ['over 2 weken', '2023-05-09'],
    ['binnen 14 dagen', '2023-05-09'],
    ['binnen een maand', '2023-05-25'],
    ['binnen 5 werkdagen', '2023-05-02'],
  ])('"%s" from Tuesday 2023-04-25', (text, date) => {
    expect(found(text, '2023-04-25')).toEqual([{ date, text }]);
  });

  it('rolls "begin volgende week" and "volgende week" over the year end', () => {
    // 2023-12-20 is a Wednesday: the Tuesday of the week after is 26 december.
    expect(dateOf('begin volgende week', '2023-12-20')).toBe('2023-12-26');
    expect(dateOf('begin volgende week', '2023-12-27')).toBe('2024-01-02');
    expect(dateOf('volgende week', '2023-12-28')).toBe('2024-01-05');
    expect(dateOf('morgen', '2023-12-31')).toBe('2024-01-01');
  });

  it('clamps "binnen een maand" to the end of a short month, leap year included', () => {
    expect(dateOf('binnen een maand', '2024-01-31')).toBe('2024-02-29');
    expect(dateOf('binnen een maand', '2023-01-31')).toBe('2023-02-28');
  });

  it('explains relative dates in a note', () => {
    expect(extractMoments('morgen', ctx('2023-04-25'))).toEqual([
      { date: '2023-04-26', text: 'morgen', note: 'dag na de vergadering' },
    ]);
    expect(extractMoments('morgen om 10:00 uur', ctx('2023-04-25'))[0]?.note).toBe('dag na de vergadering');
    expect(extractMoments('vrijdag', ctx('2023-04-25'))[0]?.note).toBe('eerstvolgende vrijdag na de vergadering');
    expect(extractMoments('binnen twee weken', ctx('2023-04-25'))[0]?.note).toBe('2 weken na de vergadering');
  });
});

describe('months, seasons, quarters, years', () => {
  it.each([
    ['eind mei', '2023-05-31'],
    ['eind juni 2023', '2023-06-30'],
    ['begin juni', '2023-06-07'],
    ['medio juni', '2023-06-15'],
    ['half juni', '2023-06-15'],
    ['in juni', '2023-06-30'],
    ['uiterlijk juni', '2023-06-30'],
    ['eind deze maand', '2023-04-30'],
    ['volgende maand', '2023-05-31'],
    ['voor de zomer', '2023-07-01'],
    ['vóór het zomerreces', '2023-07-01'],
    ['na de zomer', '2023-09-01'],
    ['na het zomerreces', '2023-09-01'],
    ['in het najaar', '2023-11-30'],
    ['dit najaar', '2023-11-30'],
    ['in het voorjaar van 2024', '2024-05-31'],
    ['dit jaar', '2023-12-31'],
    ['eind dit jaar', '2023-12-31'],
    ['voor het eind van het jaar', '2023-12-31'],
    ['eind 2023', '2023-12-31'],
    ['begin volgend jaar', '2024-01-31'],
    ['in het komend jaar', '2024-12-31'],
    ['in Q3', '2023-09-30'],
    ['in het derde kwartaal', '2023-09-30'],
    ['eind Q4 2023', '2023-12-31'],
    ['dit kwartaal', '2023-06-30'],
    ['in de tweede helft van 2023', '2023-12-31'],
    ['voor de 1e helft 2024', '2024-06-30'],
  ])('"%s" from 2023-04-25', (text, date) => {
    expect(found(text, '2023-04-25')).toEqual([{ date, text }]);
  });

  it('notes how a month phrase was resolved', () => {
    expect(extractMoments('eind mei', ctx('2023-04-25'))).toEqual([
      { date: '2023-05-31', text: 'eind mei', note: 'laatste dag van mei' },
    ]);
    expect(extractMoments('in het najaar', ctx('2023-04-25'))[0]?.note).toBe(
      '30 november: einde van het (meteorologische) najaar',
    );
  });

  it('takes next year for periods already over', () => {
    expect(dateOf('na de zomer', '2023-10-05')).toBe('2024-09-01');
    expect(dateOf('voor de zomer', '2023-08-15')).toBe('2024-07-01');
    expect(dateOf('in juni', '2023-12-20')).toBe('2024-06-30');
    expect(dateOf('eind februari', '2024-02-01')).toBe('2024-02-29');
  });

  it('needs a preposition before a bare month, quarter or half year', () => {
    expect(found('De cijfers van juni en Q3 volgen.', '2023-04-25')).toEqual([]);
    expect(found('De 2e helft 2023 wordt druk.', '2023-04-25')).toEqual([]);
    expect(found('De tweede helft 2023 wordt druk, in de 2e helft 2023 volgt meer.', '2023-04-25')).toEqual([
      { date: '2023-12-31', text: 'in de 2e helft 2023' },
    ]);
  });
});

describe('meetings', () => {
  const meetings: Meetings = [
    { body: 'LRT', date: '2023-04-25' },
    { body: 'LRT', date: '2023-05-23' },
    { body: 'HLRT', date: '2023-05-10' },
    { body: 'PRT', date: '2023-06-06' },
  ];

  it.each([
    ['de volgende LRT', '2023-05-23'],
    ['de eerstvolgende LRT', '2023-05-23'],
    ['de volgende LRT-vergadering', '2023-05-23'],
    ['de volgende vergadering', '2023-05-23'],
    ['het volgende overleg', '2023-05-23'],
    ['de LRT in mei', '2023-05-23'],
    ['de HLRT van mei', '2023-05-10'],
    ['de PRT van juni', '2023-06-06'],
  ])('"%s"', (text, date) => {
    expect(found(`Dit komt terug in ${text}.`, '2023-04-25', meetings)).toEqual([{ date, text }]);
  });

  it('gives a null date for "de volgende LRT" when none is planned', () => {
    expect(extractMoments('bespreken in de volgende LRT', ctx('2023-05-23', meetings))).toEqual([
      { date: null, text: 'de volgende LRT', note: 'nog geen volgende vergadering bekend' },
    ]);
  });

  it('uses the body of the meeting for "de volgende vergadering"', () => {
    const prt = extractMoments('de volgende vergadering', ctx('2023-04-25', meetings, 'PRT'));
    expect(prt.map((m) => m.date)).toEqual(['2023-06-06']);
  });

  it('does not read a past meeting month as a moment', () => {
    expect(found('zoals besproken in de LRT van maart', '2023-04-25', meetings)).toEqual([]);
  });
});

describe('not deadlines', () => {
  it.each([
    'Er zijn 19.000 extra opvangplekken nodig.',
    'Het MPP 2023-I wordt besproken.',
    'Zie Kamerstuk 29 344, nr. 12.',
    'Er is € 20.000 beschikbaar en 3,5 miljoen euro voor 2024.',
    'De voorjaarsnota20231 is verschenen.',
    'In 2023 zijn meer plekken nodig.',
    'Zo snel mogelijk, nu en dan overleg om 10 uur.',
    'de afspraken van augustus 2022',
    'op 8 februari jl. is besloten',
    'afgelopen vrijdag is gesproken',
    'de brief van 12 april',
    'Gisteren en vorige week is dit besproken.',
    'De zomer was zwaar.',
    'binnenkort',
  ])('"%s"', (text) => {
    expect(found(text, '2023-04-25')).toEqual([]);
  });

  it('keeps a passed date that a deadline word marks as a deadline', () => {
    expect(found('dit had uiterlijk 1 april 2023 moeten gebeuren', '2023-04-25')).toEqual([
      { date: '2023-04-01', text: 'uiterlijk 1 april 2023' },
    ]);
  });
});

describe('text handling', () => {
  it('matches across non-breaking spaces and line breaks, returning the original words', () => {
    expect(found('De brief volgt begin\u00a0volgende\nweek.', '2023-04-25')).toEqual([
      { date: '2023-05-02', text: 'begin\u00a0volgende\nweek' },
    ]);
  });

  it('accepts vóór with and without accent, also decomposed', () => {
    expect(found('Vóór 1 juni, voor 2 juni en vo\u0301o\u0301r 3 juni.', '2023-04-25')).toEqual([
      { date: '2023-06-01', text: 'Vóór 1 juni' },
      { date: '2023-06-02', text: 'voor 2 juni' },
      { date: '2023-06-03', text: 'vo\u0301o\u0301r 3 juni' },
    ]);
  });

  it('is not confused by typographic apostrophes', () => {
    expect(found('De cno’s en PRT´s sluiten eind juni ’23.', '2023-04-25')).toEqual([
      { date: '2023-06-30', text: 'eind juni ’23' },
    ]);
  });

  it('returns several moments in text order, each once', () => {
    expect(found('Morgen een concept, uiterlijk 1 juni het besluit; morgen ook de brief.', '2023-04-25')).toEqual([
      { date: '2023-04-26', text: 'Morgen' },
      { date: '2023-06-01', text: 'uiterlijk 1 juni' },
    ]);
  });

  it('merges a weekday and its date written side by side', () => {
    expect(found('op dinsdag, 2 mei', '2023-04-25')).toEqual([{ date: '2023-05-02', text: 'op dinsdag, 2 mei' }]);
  });
});

describe('parseDeadlineValue', () => {
  const c = ctx('2023-04-25');

  it('accepts an ISO date and rejects one that does not exist', () => {
    expect(parseDeadlineValue('2023-06-30', c)).toEqual({ date: '2023-06-30', text: '2023-06-30' });
    expect(parseDeadlineValue('2023-02-30', c)).toBeNull();
  });

  it('resolves Dutch phrases like the text extractor', () => {
    expect(parseDeadlineValue('de LRT van juni', c)).toEqual({
      date: '2023-06-30',
      text: 'de LRT van juni',
      note: 'geen LRT in juni 2023 bekend; einde van de maand',
    });
    expect(parseDeadlineValue('de LRT van juni', ctx('2023-04-25', [{ body: 'LRT', date: '2023-06-14' }]))?.date).toBe(
      '2023-06-14',
    );
    expect(parseDeadlineValue('begin volgende week', c)?.date).toBe('2023-05-02');
    expect(parseDeadlineValue(' uiterlijk 1 juni ', c)).toEqual({
      date: '2023-06-01',
      text: 'uiterlijk 1 juni',
      note: 'jaartal afgeleid van de vergaderdatum',
    });
  });

  it('treats a bare period name as a deadline', () => {
    expect(parseDeadlineValue('juni', c)?.date).toBe('2023-06-30');
    expect(parseDeadlineValue('Q3', c)?.date).toBe('2023-09-30');
  });

  it('returns null when no moment is named', () => {
    expect(parseDeadlineValue('binnenkort', c)).toBeNull();
    expect(parseDeadlineValue('', c)).toBeNull();
  });

  it('returns a null date for a named but unresolvable meeting', () => {
    expect(parseDeadlineValue('de volgende LRT', c)).toEqual({
      date: null,
      text: 'de volgende LRT',
      note: 'nog geen volgende vergadering bekend',
    });
  });
});

describe('parseDeadlineValue reads the whole value or nothing', () => {
  const ctx = { meetingDate: '2026-12-03', body: 'LRT', meetings: [] };
  it('refuses a value of which only a part is a moment', () => {
    expect(parseDeadlineValue('vijftien januari 2027', ctx)).toBeNull();
    expect(parseDeadlineValue('31 februari 2027', ctx)).toBeNull();
  });
  it('keeps joining words and a closing full stop', () => {
    expect(parseDeadlineValue('uiterlijk 1 juni', ctx)?.date).toBe('2027-06-01');
    expect(parseDeadlineValue('1 juni 2027.', ctx)?.date).toBe('2027-06-01');
  });
});
