import { describe, expect, it } from 'vitest';
import { lrt, registry, repoFile, run } from '../helpers.js';
import { registerCsv } from '../../src/publish/registerCsv.js';
import { openListMarkdown } from '../../src/publish/openList.js';
import { dueSoonMarkdown } from '../../src/publish/dueSoonList.js';
import { CONFIRMED_NOTE } from '../../src/schema/register.js';

/**
 * Agreements registered through agreements/*-bevestigingen.md carry no label in their adopted
 * minutes; the reviewers' list, the due-soon mail and the CSV say so, as the site does.
 */
describe('confirmed agreements in lrt open and the CSV', () => {
  const result = run(
    [repoFile('minutes/2022-09-16-lrt.md'), repoFile('agreements/2022-09-16-lrt-bevestigingen.md'), repoFile('minutes/2023-02-02-lrt.md')],
    '2022-09-20',
  );
  const confirmed = result.register.agreements.filter((a) => a.confirmed);
  const organisations = registry().organisaties;

  it('the fixture has confirmed agreements and labelled ones', () => {
    expect(confirmed.length).toBe(9);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('the CSV has a bevestiging column: the note and the confirmation file, empty for labelled blocks', () => {
    const [head, ...rows] = registerCsv(result.register).replace(/^\ufeff/, '').trimEnd().split('\r\n');
    const at = head!.split(';').indexOf('bevestiging');
    expect(at).toBeGreaterThan(0);
    for (const a of result.register.agreements) {
      const row = rows.find((r) => r.startsWith(`${a.id};`))!;
      const cell = row.split(';').at(-1);
      if (a.confirmed) expect(cell).toBe(`${CONFIRMED_NOTE} (${a.confirmed.file}:${a.confirmed.line})`);
      else expect(cell).toBe('');
    }
  });

  it('the reviewers\' list marks each confirmed agreement, and only those', () => {
    const md = openListMarkdown(result.register, organisations);
    for (const a of result.register.agreements.filter((x) => x.status === 'open' || x.status === 'loopt')) {
      const line = md.split('\n').find((l) => l.startsWith(`| ${a.id} |`))!;
      expect(line.includes(`_(${CONFIRMED_NOTE})_`), a.id).toBe(Boolean(a.confirmed));
    }
  });

  it('the due-soon list marks them too', () => {
    // The letter to the CdK's, due "begin van de week van 19 september", seen the day after the meeting.
    const early = run([repoFile('minutes/2022-09-16-lrt.md'), repoFile('agreements/2022-09-16-lrt-bevestigingen.md')], '2022-09-17');
    const line = dueSoonMarkdown(early.register, organisations, 7).split('\n').find((l) => l.includes('lrt-2022-09-16-4'));
    expect(line).toContain(`(${CONFIRMED_NOTE})`);
  });

  it('lrt open prints the mark', async () => {
    const r = await lrt(['open', '--as-of', '2022-09-20']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`| lrt-2022-09-16-6 | MVRO zal bilateraal in gesprek gaan`);
    expect(r.out.split('\n').find((l) => l.startsWith('| lrt-2022-09-16-6 |'))).toContain(`_(${CONFIRMED_NOTE})_`);
  }, 120_000);
});
