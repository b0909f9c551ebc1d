import { expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';

/**
 * "minutes/2024-03-08-lrt.md" with "datum: 2024-03-07": one of the two is wrong, and nothing said so.
 * A warning at "datum:" names both dates and both ways to fix it; the register follows the front matter.
 */
const dir = 'test/extract/fixtures/date-filename-mismatch/minutes';
const r = run([repoFile(`${dir}/2024-03-08-lrt.md`), repoFile(`${dir}/2024-04-11-lrt.md`)], '2024-12-01');

it('a file name whose date differs from datum is a warning at datum, with both dates', () => {
  const said = r.diagnostics.map((d) => `${d.file.split('/').pop()}:${d.line}:${d.column} ${d.rule} ${d.severity}`);
  expect(said).toEqual(['2024-03-08-lrt.md:3:8 date-filename-mismatch warning']);
  const message = r.diagnostics[0]!.message;
  expect(message).toContain('2024-03-08');
  expect(message).toContain('2024-03-07');
  expect(message).toContain('2024-03-07-lrt.md');
});

it('the register follows the front matter', () => {
  expect(r.register.meetings.map((m) => m.date)).toEqual(['2024-03-07', '2024-04-11']);
});
