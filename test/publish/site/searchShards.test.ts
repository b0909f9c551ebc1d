import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import { dutchIndex } from '../../../src/publish/site/dutchLunr.js';
import { searchDocuments, type SearchDoc } from '../../../src/publish/site/searchDocuments.js';
import { buildSearchData, buildSearchIndex, compactIndex, SEARCH_FIELDS } from '../../../src/publish/site/searchIndex.js';
import { searchShards } from '../../../src/publish/site/searchShards.js';
import { siteContext } from '../../../src/publish/site/siteContext.js';
import { generateMinutes } from '../../bench/generateMinutes.js';
import { registry, ROOT, run, source } from '../../helpers.js';
import { EXTRA_TERMS, shippedContext, shippedSiteData } from './fixtures.js';
import { searchAsk } from '../../../src/publish/site/searchAsk.js';
// @ts-expect-error: an Eleventy template in plain JavaScript, without types
import { render as lunrBundle } from '../../../site/zoeken-lunr.11ty.js';

/** The browser's scripts in a fresh global, as the search page loads them: its own, then lunr's in one (zoeken-lunr.11ty.js). */
function browserScripts() {
  const sandbox: Record<string, unknown> = { console };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  const file = path.join(ROOT, 'site/assets/search-engine.js');
  vm.runInContext(readFileSync(file, 'utf8'), sandbox, { filename: file });
  vm.runInContext(lunrBundle(), sandbox, { filename: 'zoeken-lunr.js' });
  return sandbox as { lunr: any; lrtZoeken: any };
}

const { lunr, lrtZoeken: engine } = browserScripts();
engine.setUp(lunr);

/** What lunr's own builder makes of the same documents: the index the project shipped before. */
function lunrBuilt(docs: SearchDoc[]): object {
  const index = dutchIndex((b) => {
    b.ref('r');
    for (const f of SEARCH_FIELDS) b.field(f.name, { boost: f.boost });
    docs.forEach((d, i) => {
      const context = d.context !== null ? docs[d.context]!.text : '';
      const weight = d.kind === 'stuk' ? 0.6 : d.kind === 'verslag' ? 1 : 2;
      b.add({ r: String(i), title: d.indexTitle, text: d.text, owners: d.ownerWords, meanings: d.meanings, extra: d.extra, context }, { boost: weight });
    });
  });
  return compactIndex(index.toJSON() as never);
}

const generated = (() => {
  const files = generateMinutes(40, 7).map((f) => source(f.path, f.text));
  return siteContext({ result: run(files, '2016-01-01'), registry: registry(), glossaryEntries: EXTRA_TERMS, asOf: '2016-01-01', siteData: shippedSiteData() });
})();
const corpora = { 'the shipped minutes': shippedContext(), 'generated minutes': generated };

const QUERIES = [
  'crisisnoodopvang',
  'afspraken VNG',
  'afspraken',
  'besluit',
  'huisvesting vergunninghouders',
  'de crisisnoodopvang',
  'CNO',
  'cno´s',
  'gemeente',
  'huisv',
  'brief medeoverheden',
  'opvang oekraïne',
  'maatregelenpakket',
  'xyzzy',
  'BZK',
  'binnenlandse zaken',
  'Voortgang',
  '2023',
  'de het een',
  'wat moet VNG nog doen',
  'open afspraken JenV',
  'wat hebben we afgesproken over crisisnoodopvang',
  'nog open BZK huisvesting',
];

describe.each(Object.entries(corpora))('search in shards, %s', (_, ctx) => {
  const docs = searchDocuments(ctx);
  const ask = searchAsk(ctx);
  const kindWords = ctx.siteData.zoeken.soort_woorden;
  const whole = JSON.parse(JSON.stringify(buildSearchIndex(docs, ctx.glossary, ctx.registry.labels, ask, kindWords)));
  const full = { index: lunr.Index.load(engine.restoreIndex(structuredClone(whole.index))), docs: whole.docs, abbr: whole.abbr, kinds: whole.kinds, ask: whole.ask };
  // Small shards and chunks, so a query needs several of each.
  const split = searchShards(buildSearchData(docs, ctx.glossary, ctx.registry.labels, ask, kindWords), { shardBytes: 1500, chunkBytes: 600 });
  const main = JSON.parse(split.main);
  const file = (p: string) => JSON.parse(split.files.find((f) => f.path === `data/zoeken/${p}`)!.content);

  test('the index is the one lunr itself builds from the same documents, byte for byte', () => {
    expect(JSON.stringify(whole.index)).toBe(JSON.stringify(lunrBuilt(docs)));
  });

  test('there are many shards and chunks, every term in exactly one shard', () => {
    expect(main.shards.length).toBeGreaterThan(5);
    expect(main.chunks.length).toBeGreaterThan(5);
    const terms = main.shards.flatMap((_: string, n: number) => file(`termen-${n}.json`).t.map((t: [string]) => t[0]));
    expect(terms).toEqual(whole.index.invertedIndex.map((t: [string]) => t[0]));
  });

  const loadAll = () => {
    const all: Record<number, unknown> = {};
    main.shards.forEach((_: string, n: number) => (all[n] = file(`termen-${n}.json`)));
    return all;
  };
  const joined = { index: lunr.Index.load(engine.restoreIndex(engine.joinShards(main, loadAll()))), docs: engine.expandDocs(main), abbr: main.abbr, kinds: main.kinds, ask: main.ask };
  const aboutOf = (q: string) => engine.aboutWords(lunr, { kinds: main.kinds, ask: main.ask }, engine.queryWords(lunr, q), engine.ownerAsked(lunr, { ask: main.ask }, q));

  test.each(QUERIES)('"%s": the shards its words fall in rank exactly as all shards together, and find what the whole index finds', (q) => {
    const shards: Record<number, unknown> = {};
    const words = aboutOf(q);
    for (const n of engine.shardsFor(lunr, main, words)) shards[n] = file(`termen-${n}.json`);
    expect(Object.keys(shards).length).toBeLessThanOrEqual(words.length * 3);
    const data = { ...joined, index: lunr.Index.load(engine.restoreIndex(engine.joinShards(main, shards))) };
    const got = engine.query(lunr, data, q);
    expect(got).toEqual(engine.query(lunr, joined, q));
    // Terms are numbered differently in the shards, so scores may differ in the last bit: ties can swap.
    const whole = engine.query(lunr, full, q);
    expect(got.kind).toBe(whole.kind);
    expect([...got.hits].sort()).toEqual([...whole.hits].sort());
  });

  // What the page shows: the first results (a page, or two) that pass the filters, and how many pass.
  const FILTERS: Record<string, object> = { none: {}, kind: { soort: 'afspraak' }, 'overdue, year': { status: 'te-laat', jaar: '2023' }, body: { overleg: 'LRT' } };
  test.each(QUERIES)('"%s": ranked lazily, the first pages are those lunr gives when it ranks every hit', (q) => {
    const shards: Record<number, unknown> = {};
    const words = aboutOf(q);
    for (const n of engine.shardsFor(lunr, main, words)) shards[n] = file(`termen-${n}.json`);
    const whole = engine.query(lunr, { ...joined, index: lunr.Index.load(engine.restoreIndex(engine.joinShards(main, shards))) }, q);
    const ranked = engine.rankedQuery(lunr, { main, docs: joined.docs, kinds: main.kinds, shards }, q);
    expect([ranked.words, ranked.kind, ranked.owner]).toEqual([whole.words, whole.kind, whole.owner]);
    for (const f of Object.values(FILTERS)) {
      const ok = (i: number) => engine.passes(joined.docs[i], f);
      const passing = whole.hits.filter(ok);
      // Small pages too, so that most hits are left out of a page even in a small corpus.
      for (const limit of [1, 3, 10, 20, 40]) {
        const page = ranked.page(Object.keys(f).length ? ok : null, limit);
        expect([page.count, page.total, page.ids()]).toEqual([passing.length, whole.hits.length, passing.slice(0, limit)]);
        expect(page.likely).toEqual(expect.arrayContaining(page.ids()));
      }
    }
  });

  test('a query of more words than the lazy ranking takes is ranked by lunr whole, the same', () => {
    const q = [...new Set(whole.index.invertedIndex.map((t: [string]) => t[0]).filter((t: string) => /^[a-z]{5,}$/.test(t)))].slice(0, 40).join(' ');
    expect(engine.queryWords(lunr, q).length).toBeGreaterThan(31);
    const ranked = engine.rankedQuery(lunr, { main, docs: joined.docs, kinds: main.kinds, shards: loadAll() }, q);
    const hits = engine.query(lunr, joined, q).hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(ranked.page(null, 20).ids()).toEqual(hits.slice(0, 20));
  });

  test('documents: what filters need comes with zoekindex.json, titles and texts with their chunk', () => {
    const expanded = engine.expandDocs(main);
    main.chunks.forEach((_: number, n: number) => {
      engine.fillTitles(main, expanded, n, file(`titels-${n}.json`));
      engine.fillTexts(main, expanded, n, file(`tekst-${n}.json`));
    });
    // The passage an agreement stands in (c) is not shown by the page, so it does not travel.
    expect(expanded).toEqual(whole.docs.map((d: object) => ({ ...d, c: null })));
    expect(engine.chunkOf(main, whole.docs.length - 1)).toBe(main.chunks.length - 1);
  });
});

describe('search files', () => {
  test('zoekindex.json carries no texts: those come in chunks, with the results shown', () => {
    const ctx = shippedContext();
    const docs = searchDocuments(ctx);
    const split = searchShards(buildSearchData(docs, ctx.glossary, ctx.registry.labels));
    for (const d of docs.slice(0, 20)) expect(split.main).not.toContain(d.text.slice(0, 40));
  });
});
