import { describe, expect, it } from 'vitest';
import { lrt } from '../helpers.js';
import { run, shippedSources } from '../helpers.js';
import { dueWithin } from '../../src/link/dueWithin.js';
import { dueSoonView } from '../../src/publish/site/dueSoonView.js';
import { siteContext } from '../../src/publish/site/siteContext.js';
import { registry } from '../helpers.js';

describe('due soon: lrt open --binnen N, and the owner page', () => {
  it('lists per owner what falls due within N days of the as-of date, ready to mail', async () => {
    const r = await lrt(['open', '--binnen', '14', '--as-of', '2023-02-02']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        '# Termijnen binnen 14 dagen, per eigenaar: 2 februari 2023 tot en met 16 februari 2023',
        '',
        '## BZK — Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (1)',
        '',
        "Beste collega's van BZK, deze afspraken van de LRT lopen binnenkort af:",
        '',
        '- **15 februari 2023** (“Op 15 februari”) — lrt-2023-02-02-2, afspraak LRT 2 februari 2023: BZK deelt gegevens over achterstanden huisvesting (NB: gebeurt reeds). Op 15 februari (reeds gepland) BO met gedeputeerden.',
        '',
        '## JenV — Ministerie van Justitie en Veiligheid (1)',
        '',
        "Beste collega's van JenV, deze afspraken van de LRT lopen binnenkort af:",
        '',
        '- **10 februari 2023** (“komende week”) — lrt-2023-02-02-1, afspraak LRT 2 februari 2023: komende week vindt overleg plaats met aantal vertegenwoordigers van LRT en VB over de cno´s en derdelanders uit Oekraïne.',
        '',
      ].join('\n'),
    );
    const week = await lrt(['open', '--binnen', '8', '--owner', 'SJenV', '--as-of', '2023-02-02']);
    expect(week.out.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(1);
    expect((await lrt(['open', '--binnen', '5', '--as-of', '2023-02-02'])).out).toContain('Geen openstaande afspraken met een termijn in deze 5 dagen.');
    const bad = await lrt(['open', '--binnen', 'twee weken']);
    expect([bad.code, bad.err]).toEqual([2, '--binnen "twee weken": geef een aantal dagen, bijvoorbeeld --binnen 14.  [open-within-invalid]']);
  }, 120_000);

  it('leaves out what is done, and what is already overdue', () => {
    const reg = run(shippedSources(), '2023-04-25').register;
    // The MPP letter is due tomorrow and early next week, but the letter of May carried it out.
    expect([...dueWithin(reg, 14).values()].flat().map((i) => i.agreement.id)).toEqual([]);
    const early = run(shippedSources(), '2023-02-11').register;
    expect([...dueWithin(early, 14).entries()].map(([c, l]) => [c, l.map((i) => i.agreement.id)])).toEqual([['BZK', ['lrt-2023-02-02-2']]]);
  });

  it('the owner page shows the same two weeks', async () => {
    const result = run(shippedSources(), '2023-02-11');
    const ctx = siteContext({ result, registry: registry(), glossaryEntries: [], asOf: '2023-02-11' });
    const view = dueSoonView(ctx, 'BZK');
    expect([view.days, view.untilLabel, view.items.map((i) => [i.id, i.dateLabel, i.words])]).toEqual([14, '25 februari 2023', [['lrt-2023-02-02-2', '15 februari 2023', 'Op 15 februari']]]);
    expect(dueSoonView(ctx, 'VNG').items).toEqual([]);
  });
});
