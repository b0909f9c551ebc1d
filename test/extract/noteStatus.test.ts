import { describe, expect, it } from 'vitest';
import { repoFile, run, shippedSources } from '../helpers.js';

describe('the status under a follow-up note', () => {
  const r = run([...shippedSources(), repoFile('test/fixtures/notes/status-invalid.md')], '2023-06-15');
  const file = 'test/fixtures/notes/status-invalid.md';

  it('an unknown status is an error at its line, not ignored', () => {
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([`${file}:11:5 status-invalid`]);
    expect(r.diagnostics[0]!.message).toBe('Onbekende status "klaar". Gebruik open, loopt, afgerond of vervallen.');
  });

  it('a known status in capitals counts, as under a labelled block', () => {
    const a = r.register.agreements.find((x) => x.id === 'lrt-2023-02-02-2')!;
    expect(a.followUps.at(-1)).toMatchObject({ source: file, status: 'afgerond' });
    expect(a.status).toBe('afgerond');
    // The note with the unknown status still reaches the history, without a status.
    const b = r.register.agreements.find((x) => x.id === 'lrt-2023-02-02-1')!;
    expect(b.followUps.at(-1)).toMatchObject({ source: file, text: 'lrt-2023-02-02-1 (afspraak LRT 2 februari 2023): Overleg heeft plaatsgevonden.' });
    expect(b.followUps.at(-1)!.status).toBeUndefined();
  });
});
