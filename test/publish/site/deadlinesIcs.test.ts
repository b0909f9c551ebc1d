import { expect, test } from 'vitest';
import { deadlinesIcs } from '../../../src/publish/site/deadlinesIcs.js';
import { shippedContext } from './fixtures.js';

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
