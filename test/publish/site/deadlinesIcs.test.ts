import { expect, test } from 'vitest';
import { deadlinesIcs } from '../../../src/publish/site/deadlinesIcs.js';
import { shippedContext } from './fixtures.js';
import { changeEvents } from '../../../src/link/changeEvents.js';

const ctx = shippedContext();
const ics = deadlinesIcs(ctx.register.agreements, {
  name: 'Termijnen; test, alles',
  generated: '2023-05-01T10:11:12.345Z',
  urlOf: (id) => `https://lrt.example/afspraken/${id}/`,
});
const lines = ics.split('\r\n');

test('a valid calendar: CRLF, folded at 75 octets, escaped text', () => {
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics).not.toMatch(/[^\r]\n/);
  expect(lines.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
  expect(ics).toContain('X-WR-CALNAME:Termijnen\\; test\\, alles');
  expect(ics).toContain('DTSTAMP:20230501T101112Z');
});

test('one all-day event per dated moment, with the words it came from', () => {
  const unfolded = ics.replace(/\r\n /g, '');
  expect(unfolded.match(/UID:lrt-2023-04-25-2-\d@/g)).toEqual(['UID:lrt-2023-04-25-2-1@', 'UID:lrt-2023-04-25-2-2@']);
  expect(unfolded).toContain('DTSTART;VALUE=DATE:20230426');
  expect(unfolded).toContain('DTEND;VALUE=DATE:20230427');
  expect(unfolded).toContain('DTSTART;VALUE=DATE:20230502');
  expect(unfolded).toContain('Termijn: “begin volgende week”');
  expect(unfolded).toContain('URL:https://lrt.example/afspraken/lrt-2023-04-25-2/');
  // Agreements without a date give no event.
  expect(unfolded).not.toContain('lrt-2023-04-21-3');
});

test('folding never splits a character', () => {
  const long = deadlinesIcs(
    [{ ...ctx.register.agreements.find((a) => a.deadline.date)!, text: 'ë'.repeat(200) }],
    { name: 'x', generated: '2023-05-01T00:00:00Z', urlOf: () => null },
  );
  const unfolded = long.replace(/\r\n /g, '');
  expect(unfolded).toContain('ë'.repeat(79));
  expect(long).not.toContain('\ufffd');
});

test('what is still to do has a reminder a week before; what happened to the agreements comes as events of its own', () => {
  const jenv = ctx.register.agreements.filter((a) => a.kind !== 'besluit' && a.owners.includes('JenV'));
  const events = changeEvents(ctx.register).filter((e) => e.agreement.owners.includes('JenV') && e.agreement.kind !== 'besluit');
  const ics = deadlinesIcs(jenv, { name: 'x', generated: '2026-11-22T12:00:00.000Z', urlOf: () => null, events }).replace(/\r\n /g, '');
  const vevents = ics.split('BEGIN:VEVENT').slice(1);
  // 02-02 #1 (open, overdue) has an alarm; 04-25 #2 (done by the letter) has none.
  const of = (id: string) => vevents.filter((v) => v.includes(`UID:${id}-1@`));
  expect(of('lrt-2023-02-02-1')[0]).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D\r\nDESCRIPTION:Over een week: termijn van lrt-2023-02-02-1 (JenV)\r\nEND:VALARM\r\nEND:VEVENT');
  expect(of('lrt-2023-04-25-2')[0]).not.toContain('VALARM');
  const uids = vevents.map((v) => /UID:([^\r]+)/.exec(v)![1]!).filter((u) => /-(afgesproken|afgedaan|afdoeningsvoorstel|over-de-termijn)-/.test(u));
  expect(uids).toContain('lrt-2023-04-21-1-afgedaan-2023-04-25@lrt-afsprakenregister');
  expect(uids).toContain('lrt-2023-02-02-1-over-de-termijn-2023-02-11@lrt-afsprakenregister');
  expect(uids).toContain('lrt-2023-04-21-1-afgesproken-2023-04-21@lrt-afsprakenregister');
  expect(new Set(uids).size).toBe(uids.length);
  expect(ics).toContain('SUMMARY:[afgerond] JenV: Vervolgafspraak wordt gepland om door te spreken over de brief.');
});
