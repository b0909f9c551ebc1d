import { expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';

/**
 * A date that does not exist ("voor 30 februari") was passed by the deadline reader: the agreement
 * silently had no deadline. It is said where it stands, and any other moment in the text still counts.
 */
const r = run([repoFile('test/extract/fixtures/deadline-impossible-date.md')], '2023-06-01');

it('an impossible date is a warning at the date, with what to do', () => {
  const said = r.diagnostics.filter((d) => d.rule === 'deadline-impossible-date');
  expect(said.map((d) => `${d.line}:${d.column}`)).toEqual(['12:29', '13:33', '14:36', '16:41']);
  expect(said.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
  expect(said[0]!.message).toContain('"30 februari" is geen bestaande datum');
  expect(said[0]!.message).toContain('- termijn: JJJJ-MM-DD');
});

it('a real date beside it, and 29 February of a leap year, are still read', () => {
  expect(r.register.agreements.map((a) => a.deadline.date)).toEqual([null, null, '2023-03-01', '2024-02-29', null]);
});

it('nothing else is said', () => {
  expect(r.diagnostics.filter((d) => !['id-missing', 'deadline-impossible-date'].includes(d.rule))).toEqual([]);
});
