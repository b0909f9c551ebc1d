import { describe, expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';

/**
 * One minutes file with many mistakes, as a hurried secretariat writes it: every mistake is
 * reported, in order, at its line, and the good agreements in it still reach the register.
 */
describe('a minutes file full of mistakes', () => {
  const file = 'test/fixtures/broken/2023-05-10-lrt-vol-fouten.md';
  const result = run([repoFile(file), repoFile('minutes/2023-02-02-lrt.md')]);

  it('reports every mistake in order, with rule, line and column', () => {
    const got = result.diagnostics.filter((d) => d.file === file).map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`);
    expect(got).toEqual(EXPECTED);
  });

  it('speaks Dutch in every message: no English left over from a library', () => {
    for (const d of result.diagnostics) expect(d.message).not.toMatch(/\b(the|must|expected|invalid|should|missing|unknown|received)\b/i);
  });

  it('still registers the other file and the readable blocks of this one', () => {
    expect(result.register.agreements.filter((a) => a.meeting.id === 'lrt-2023-02-02')).toHaveLength(3);
    expect(result.register.agreements.filter((a) => a.meeting.id === 'lrt-2023-05-10').map((a) => a.id)).toEqual(EXPECTED_IDS);
  });
});

const EXPECTED = [
  '9:5 warning attendee-org-unknown', // "Dhr. Jansen (ABC)"
  '15:5 warning agenda-heading-missing', // agenda says "2. Huisvesting vergunninghouders"
  '21:3 error name-not-public', // the non-public name used in the text
  '24:5 error owner-unknown', // eigenaar: BZKK
  '25:1 error block-empty', // "Afspraak:" with nothing after it
  '28:1 warning agenda-heading-extra', // heading "2. Huisvesting"
  '32:5 error date-invalid', // termijn: 2023-02-30
  '33:5 error status-invalid', // status: klaar
  '34:1 error id-duplicate', // second lrt-2023-05-10-3
  '37:5 error followup-unknown', // vervolg op: lrt-2023-02-02-7
  '39:5 error deadline-before-meeting', // termijn: 2022-12-01
  '40:1 warning id-missing', // the Toezegging has no id
  '42:5 error attribute-duplicate', // termijn twice
];
const EXPECTED_IDS = ['lrt-2023-05-10-1', 'lrt-2023-05-10-2', 'lrt-2023-05-10-3', 'lrt-2023-05-10-3', 'lrt-2023-05-10-4', 'lrt-2023-05-10-5'];
