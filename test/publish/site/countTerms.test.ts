import { describe, expect, test } from 'vitest';
import { indexPipeline, packTerms, termCounter, unpackTerms, type CountedTerms } from '../../../src/publish/site/countTerms.js';
import { searchDocuments } from '../../../src/publish/site/searchDocuments.js';
import { buildSearchData } from '../../../src/publish/site/searchIndex.js';
import { toLunrJson } from '../../../src/publish/site/lunrIndexBuilder.js';
import { siteParts } from '../../../src/publish/site/siteSlices.js';
import { registry, run, source } from '../../helpers.js';
import { generateMinutes } from '../../bench/generateMinutes.js';
import { EXTRA_TERMS, shippedContext, shippedSiteData } from './fixtures.js';

const TEXTS = ['De afspraken over de crisisnoodopvang', 'Gemeenten melden de opvang', 'De afspraken over de crisisnoodopvang', ''];

describe('termCounter', () => {
  test('texts given by a look-up count as the look-up says; others as counted, also after the memory of texts is emptied', () => {
    const { pipeline } = indexPipeline();
    const plain = termCounter(pipeline);
    const given: CountedTerms = { terms: ['x'], counts: [7], length: 7 };
    const asked: string[] = [];
    const looked = termCounter(pipeline, (t) => (asked.push(t), t === 'bekend' ? given : undefined), 1);
    expect(looked('bekend')).toBe(given);
    for (const t of [...TEXTS, ...TEXTS]) expect(looked(t)).toEqual(plain(t));
    // Not remembered: a known text is asked each time.
    looked('bekend');
    expect(asked.filter((t) => t === 'bekend')).toHaveLength(2);
  });
});

describe('packTerms', () => {
  test('gives back the same counts: empty texts, accents and other scripts, a term with a newline', () => {
    const { pipeline } = indexPipeline();
    const count = termCounter(pipeline);
    const counted = [...TEXTS, 'Café Ærø — 東京 emoji 🙂 financiële middelen'].map((t) => count(t));
    for (const list of [counted, [], [{ terms: [], counts: [], length: 0 }], [{ terms: ['een\nterm', 'b'], counts: [2, 1], length: 3 }]] as CountedTerms[][])
      expect(unpackTerms(packTerms(list))).toEqual(list);
    // From a copy at an offset, as a cache entry hands it over.
    const packed = packTerms(counted);
    const copy = new Uint8Array(packed.length + 3);
    copy.set(packed, 3);
    expect(unpackTerms(copy.subarray(3))).toEqual(counted);
  });
});

describe('search index with the passages counted beforehand', () => {
  test('counts given as a look-up build the same index as counts given as pairs, and as none', () => {
    const ctx = shippedContext();
    const docs = searchDocuments(ctx);
    const { pipeline } = indexPipeline();
    const count = termCounter(pipeline);
    const pairs: [string, CountedTerms][] = docs.map((d) => [d.text, count(d.text)]);
    const byText = new Map(pairs);
    const json = (counted?: Iterable<[string, CountedTerms]> | ((t: string) => CountedTerms | undefined)) => {
      const data = buildSearchData(docs, ctx.glossary, ctx.registry.labels, null, {}, counted);
      return JSON.stringify(toLunrJson(data.index, data.version, data.pipeline));
    };
    const none = json();
    expect(json(pairs)).toBe(none);
    expect(json((t) => byText.get(t))).toBe(none);
  });
});

describe('page costs', () => {
  test("an item's page costs 1, a page that lists agreements more, and the overviews count for every agreement", () => {
    const asOf = '2016-01-01';
    const files = generateMinutes(40, 7).map((f) => source(f.path, f.text));
    const parts = siteParts({ result: run(files, asOf), registry: registry(), glossaryEntries: EXTRA_TERMS, asOf, siteData: shippedSiteData() });
    const costs = (name: string) => {
      const c = parts.collections.find((x) => x.name === name)!;
      return Array.from({ length: c.count }, (_, i) => c.cost(i));
    };
    expect(costs('meetings').every((c) => c === 1)).toBe(true);
    expect(costs('agreements').every((c) => c === 1)).toBe(true);
    expect(costs('filters').every((c) => c >= 1)).toBe(true);
    // Some filter page lists at least 15 agreements.
    expect(Math.max(...costs('filters'))).toBeGreaterThan(1);
    expect(parts.overviewCost).toBe(1 + Math.floor(parts.ctx.register.agreements.length / 15));
  });
});
