import { describe, expect, it } from 'vitest';
import { agreementPageBuilder } from '../../../src/publish/site/agreementPages.js';
import { shippedContext } from './fixtures.js';
import { source } from '../../helpers.js';

describe('agreement page: the history', () => {
  it('a carried-over agreement left as lrt new wrote it shows it was on the agenda, not its own text again', () => {
    const carried = source(
      'minutes/2023-06-14-lrt.md',
      [
        '---',
        'orgaan: LRT',
        'datum: 2023-06-14',
        'status: concept',
        '---',
        '',
        '## 2. Openstaande afspraken',
        '',
        '- lrt-2023-04-21-3 (afspraak LRT 21 april 2023; eigenaar JenV; geen termijn): Reacties worden meegenomen richting ministerraad.',
        '  - vervolg op: lrt-2023-04-21-3',
        '  - status: open',
        '- lrt-2023-04-21-4 (afspraak LRT 21 april 2023; eigenaar JenV; geen termijn): x',
        '  - vervolg op: lrt-2023-04-21-4',
        '',
      ].join('\n'),
    );
    const ctx = shippedContext('2023-06-15', [carried]);
    const page = (id: string) => agreementPageBuilder(ctx)(ctx.register.agreements.find((a) => a.id === id)!);
    const entry = page('lrt-2023-04-21-3').timeline.at(-1)!;
    expect(entry.textHtml).toBe('Stond op de agenda; er is niets nieuws over vermeld.');
    expect(entry.statusLabel).not.toBeNull();
    // The carried part not as the agreement says: kept whole, nothing written is lost.
    expect(page('lrt-2023-04-21-4').timeline.at(-1)!.textHtml).toContain('geen termijn): x');
  });
});

describe('a confirmed agreement (no label in the adopted minutes) on the site', () => {
  it('its card and its line in the minutes say it was confirmed by the secretariat; a labelled one says nothing of the kind', async () => {
    const { agreementCard } = await import('../../../src/publish/site/agreementCard.js');
    const { blockMeta } = await import('../../../src/publish/site/blockMeta.js');
    const ctx = shippedContext('2023-05-01');
    const confirmed = ctx.register.agreements.find((a) => a.id === 'lrt-2022-09-16-6')!;
    const labelled = ctx.register.agreements.find((a) => a.id === 'lrt-2023-02-02-1')!;
    expect(agreementCard(confirmed, ctx, new Set()).confirmedNote).toBe('zonder label in het verslag, bevestigd door het secretariaat');
    expect(blockMeta(confirmed, ctx)).toContain('zonder label in het verslag, bevestigd door het secretariaat');
    expect(agreementCard(labelled, ctx, new Set()).confirmedNote).toBeNull();
    expect(blockMeta(labelled, ctx)).not.toContain('bevestigd door het secretariaat');
  });
});

describe('a closure proposal and a proposed follow-up on cards and on the agreement page', async () => {
  const { siteContext } = await import('../../../src/publish/site/siteContext.js');
  const { openListPage } = await import('../../../src/publish/site/openListPage.js');
  const { registry, run, shippedSources } = await import('../../helpers.js');
  const { EXTRA_TERMS, shippedSiteData } = await import('./fixtures.js');
  // The follow-up meeting of lrt-2023-04-21-1 not confirmed (only proposed); JenV proposes closing lrt-2023-04-21-4.
  const proposal = source(
    'agreements/2023-05-10-lrt-2023-04-21-4.md',
    '---\nafspraak: lrt-2023-04-21-4\ndatum: 2023-05-10\nstatus: afdoeningsvoorstel\nstuk: brief-medeoverheden-2023-05\n---\n\nDe brief aan de medeoverheden informeert over de voorjaarsnota.\n',
  );
  const sources = [...shippedSources().filter((s) => s.path !== 'agreements/2023-04-25-lrt-2023-04-21-1.md'), proposal];
  const ctx = siteContext({ result: run(sources, '2023-06-01'), registry: registry(), glossaryEntries: EXTRA_TERMS, asOf: '2023-06-01', siteData: shippedSiteData() });
  const page = (id: string) => agreementPageBuilder(ctx)(ctx.register.agreements.find((a) => a.id === id)!);

  it('an open closure proposal is a badge on the card, on /open/ and on the page, with what it means', () => {
    expect(page('lrt-2023-04-21-4').closureProposed).toEqual({ label: 'afdoeningsvoorstel', title: 'De eigenaar stelde op 10 mei 2023 voor deze afspraak af te doen; de tafel moet nog instemmen.' });
    expect(page('lrt-2023-04-21-4').statusSourceLabel).toBe('de eigenaar stelde voor af te doen; de tafel moet nog instemmen');
    const onOpen = openListPage(ctx).groups.flatMap((g) => g.agreements);
    expect(onOpen.filter((c) => c.closureProposed).map((c) => c.id)).toEqual(['lrt-2023-04-21-4']);
    expect(page('lrt-2023-04-21-3').closureProposed).toBeNull();
  });

  it('with only a proposed follow-up the page says "mogelijk afgedaan in …" with the link, not "nog geen vervolg bekend"', () => {
    const p = page('lrt-2023-04-21-1');
    expect(p.statusSourceLabel).toBe('mogelijk afgedaan in LRT 25 april 2023, regel 36');
    expect(p.statusSourceUrl).toBe(ctx.urls.meeting('lrt-2023-04-25'));
    // Nothing proposed, nothing known: the plain words stay.
    expect(page('lrt-2023-04-21-3').statusSourceLabel).toBe('nog geen vervolg bekend');
    expect(page('lrt-2023-04-21-3').statusSourceUrl).toBeNull();
  });
});
