import { describe, expect, test } from 'vitest';
import { buildSiteModel } from '../../../src/publish/site/buildSiteModel.js';
import { openByOwner } from '../../../src/publish/openList.js';
import { registerCsv } from '../../../src/publish/registerCsv.js';
import { registry, run, shippedSources } from '../../helpers.js';
import { EXTRA_TERMS } from './fixtures.js';

const asOf = '2023-05-01';
const result = run(shippedSources(), asOf);
const model = buildSiteModel({ result, registry: registry(), glossaryEntries: EXTRA_TERMS, asOf });

describe('site model of the shipped minutes', () => {
  test('every agreement and decision has a page, every meeting and document too', () => {
    expect(model.agreements.map((a) => a.id)).toEqual(result.register.agreements.map((a) => a.id));
    expect(model.meetings.map((m) => m.url)).toEqual(['/vergaderingen/lrt-2022-09-16/', '/vergaderingen/lrt-2023-02-02/', '/vergaderingen/lrt-2023-04-21/', '/vergaderingen/lrt-2023-04-25/']);
    expect(model.documents.map((d) => d.url)).toEqual(['/stukken/brief-medeoverheden-2023-05/']);
  });

  test('status and overdue come from the register, never recomputed', () => {
    for (const page of model.agreements) {
      const a = result.register.agreements.find((x) => x.id === page.id)!;
      expect([page.status, page.overdue]).toEqual([a.status, a.overdue]);
    }
    expect(model.home.counts.overdue).toBe(result.register.agreements.filter((a) => a.overdue).length);
  });

  test('the reviewers’ list is the open list of lrt open, per owner', () => {
    const groups = openByOwner(result.register, registry().organisaties);
    expect(model.open.groups.map((g) => [g.code, g.agreements.map((a) => a.id)])).toEqual(groups.map((g) => [g.code, g.agreements.map((a) => a.id)]));
    expect(model.open.groups.map((g) => g.code)).toEqual(['BZK', 'JenV', 'CdK', 'IPO', 'VRO']);
    expect(model.open.overdue).toBe(3);
    expect(model.open.asOfLabel).toBe('1 mei 2023');
  });

  test('an agreement page: deadline words, owners, timeline of follow-ups, source line', () => {
    const a = model.agreements.find((x) => x.id === 'lrt-2023-04-25-2')!;
    expect(a.moments.map((m) => [m.dateLabel, m.text])).toEqual([
      ['26 april 2023', 'morgen (26-04-2023)'],
      ['2 mei 2023', 'begin volgende week'],
    ]);
    expect(a.timeline.map((t) => t.kindLabel)).toEqual(['Vergadering', 'Stuk']);
    expect(a.timeline[1]!.url).toBe('/stukken/brief-medeoverheden-2023-05/');
    expect(a.timeline[1]!.dateLabel).toBe('datum onzeker: mei 2023');
    expect(a.source).toEqual({ file: 'minutes/2023-04-25-lrt.md', line: 51, href: null });
    expect(a.anchorUrl).toBe('/vergaderingen/lrt-2023-04-25/#lrt-2023-04-25-2');
    const b = model.agreements.find((x) => x.id === 'lrt-2023-04-21-2')!;
    expect(b.timeline[1]).toMatchObject({ kindLabel: 'Voortgangsbericht', title: 'bron: LRT 25 april 2023', status: 'afgerond' });
  });

  test('a meeting page: adopted in, adopts, anchored blocks, the agenda', () => {
    const m21 = model.meetings.find((m) => m.id === 'lrt-2023-04-21')!;
    const m25 = model.meetings.find((m) => m.id === 'lrt-2023-04-25')!;
    expect(m21.adoptedIn).toEqual({ title: 'LRT 25 april 2023', url: '/vergaderingen/lrt-2023-04-25/' });
    expect(m25.adopts).toEqual([{ title: 'LRT 21 april 2023', url: '/vergaderingen/lrt-2023-04-21/' }]);
    for (const a of m21.blocks) expect(m21.minutesHtml).toContain(`id="${a.id}"`);
    expect(m21.agenda.map((p) => p.text)).toEqual(result.register.meetings.find((m) => m.id === 'lrt-2023-04-21')!.agenda);
    expect(m25.documents).toEqual([{ title: 'Capaciteitsbehoefte asielopvang en taakstelling huisvesting 2023-II', url: '/stukken/brief-medeoverheden-2023-05/', external: false, dateLabel: null }]);
    // A document the front matter names by title only is listed at its meeting, without a link.
    const m21docs = model.meetings.find((m) => m.id === 'lrt-2023-04-21')!.documents;
    expect(m21docs).toContainEqual({ title: 'Concept TK-brief ´Actuele situatie asielketen´', url: null, external: false, dateLabel: null });
  });

  test('exports: the CSV is registerCsv, the JSON the register, calendars per owner', () => {
    const file = (p: string) => model.files.find((f) => f.path === p)!;
    expect(file('data/register.csv').content).toBe(registerCsv(result.register));
    expect(JSON.parse(file('data/register.json').content)).toEqual(result.register);
    expect(model.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['data/termijnen.ics', 'data/termijnen-jenv.ics', 'data/termijnen-secretariaat.ics', 'data/feed.xml', 'data/zoekindex.json', 'data/register.schema.json']),
    );
    expect(model.owners.find((o) => o.code === 'VRO')!.documents).toHaveLength(1);
  });

  test('a base path prefixes every URL', () => {
    const prefixed = buildSiteModel({ result, registry: registry(), glossaryEntries: EXTRA_TERMS, asOf, basePath: '/lrt/' });
    expect(prefixed.site.urls.home).toBe('/lrt/');
    expect(prefixed.meetings[0]!.minutesHtml).not.toMatch(/href="\/(?!lrt\/)/);
    expect(prefixed.agreements[0]!.anchorUrl.startsWith('/lrt/vergaderingen/')).toBe(true);
  });
});
