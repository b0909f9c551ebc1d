import { expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';

/**
 * A deadline in the text that lies before the meeting ("uiterlijk 15 maart 2023" in minutes of
 * March 2024, a year mistyped) made the agreement overdue the day it was agreed, without a word.
 */
const r = run([repoFile('test/extract/fixtures/deadline-in-text-before-meeting.md')], '2024-03-20');

it('a text deadline before the meeting is a warning at its words, with both dates', () => {
  const said = r.diagnostics.filter((d) => d.rule === 'deadline-text-before-meeting');
  expect(said.map((d) => `${d.line}:${d.column}:${d.severity}`)).toEqual(['12:33:warning']);
  expect(said[0]!.message).toContain('"uiterlijk 15 maart 2023" (2023-03-15) ligt vóór de vergaderdatum 2024-03-14');
  expect(said[0]!.message).toContain('- termijn: JJJJ-MM-DD');
});

it('the register keeps what the text says; a termijn under the block wins and silences it', () => {
  expect(r.register.agreements.map((a) => a.deadline.date)).toEqual(['2023-03-15', '2024-04-01', '2024-05-01', '2024-06-30', '2024-03-01']);
});

it('a date without a year just before the meeting is read as recently overdue, as before, without the warning', () => {
  expect(r.diagnostics.filter((d) => d.rule === 'deadline-text-before-meeting' && d.line === 17)).toEqual([]);
});
