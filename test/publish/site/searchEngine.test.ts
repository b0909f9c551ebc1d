import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import { foldApostrophe } from '../../../src/publish/site/dutchLunr.js';
import { searchDocuments } from '../../../src/publish/site/searchDocuments.js';
import { buildSearchIndex } from '../../../src/publish/site/searchIndex.js';
import { ROOT } from '../../helpers.js';
import { shippedContext } from './fixtures.js';
import { searchAsk } from '../../../src/publish/site/searchAsk.js';

const require = createRequire(import.meta.url);

/** The browser's scripts, as the search page loads them, in a fresh global of their own. */
function browserScripts() {
  const sandbox: Record<string, unknown> = { console };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  for (const file of [
    require.resolve('lunr/lunr.min.js'),
    require.resolve('lunr-languages/lunr.stemmer.support.js'),
    require.resolve('lunr-languages/lunr.nl.js'),
    path.join(ROOT, 'site/assets/search-engine.js'),
  ])
    vm.runInContext(readFileSync(file, 'utf8'), sandbox, { filename: file });
  return sandbox as { lunr: any; lrtZoeken: any };
}

const { lunr, lrtZoeken: engine } = browserScripts();
engine.setUp(lunr);
const ctx = shippedContext();
const file = JSON.parse(JSON.stringify(buildSearchIndex(searchDocuments(ctx), ctx.glossary, ctx.registry.labels, searchAsk(ctx), ctx.siteData.zoeken.soort_woorden)));
const data = { index: lunr.Index.load(engine.restoreIndex(file.index)), docs: file.docs, abbr: file.abbr, kinds: file.kinds, ask: file.ask };
const urls = (q: string) => engine.query(lunr, data, q).hits.map((i: number) => file.docs[i].u);

describe('search-engine.js, as the browser runs it', () => {
  test('folds words exactly as the build does', () => {
    for (const w of ['cno´s', 'CNO’s', 'prt´', "vr's", 'oekraïne', 'één', 'ministerraad', 'cdk`s'])
      expect(engine.fold(w)).toBe(foldApostrophe(w));
  });

  test('"crisisnoodopvang" finds the agreement about the cno´s first', () => {
    expect(urls('crisisnoodopvang')[0]).toBe('/afspraken/lrt-2023-02-02-1/');
  });

  test('"afspraken VNG": agreements first, those where VNG speaks among them', () => {
    const r = engine.query(lunr, data, 'afspraken VNG');
    expect(r.kind).toBe('afspraak');
    const first = r.hits.slice(0, 4).map((i: number) => file.docs[i]);
    expect(first.every((d: { k: string }) => d.k === 'afspraak')).toBe(true);
    expect(first.map((d: { u: string }) => d.u)).toContain('/afspraken/lrt-2023-04-21-4/');
  });

  test('"afspraken" alone lists the agreements, newest first', () => {
    const r = urls('afspraken');
    // 8 labelled afspraken and the 8 confirmed ones of 16-09-2022.
    expect(r).toHaveLength(16);
    expect(r[0]).toMatch(/lrt-2023-04-25-/);
    expect(r.at(-1)).toMatch(/lrt-2022-09-16-/);
  });

  test('stop words do not empty a query; unknown words give nothing', () => {
    expect(urls('de crisisnoodopvang')[0]).toBe('/afspraken/lrt-2023-02-02-1/');
    expect(urls('xyzzy')).toEqual([]);
  });

  test('filters on owner, status (and overdue), kind, body and year', () => {
    const d = { o: ['JenV'], s: 'open', l: 1, k: 'afspraak', b: 'LRT', d: '2023-02-02' };
    expect(engine.passes(d, { eigenaar: 'JenV', status: 'te-laat', soort: 'afspraak', overleg: 'LRT', jaar: '2023' })).toBe(true);
    expect(engine.passes(d, { eigenaar: 'VNG' })).toBe(false);
    expect(engine.passes({ ...d, l: 0 }, { status: 'te-laat' })).toBe(false);
    expect(engine.passes(d, { jaar: '2024' })).toBe(false);
  });

  test('the passage is the sentence with the most matches; numbers and "jl." do not end a sentence', () => {
    expect(engine.sentencesOf('Op 8 februari jl. expliciet. Er zijn 20.000 plekken. Nog één.')).toEqual([
      'Op 8 februari jl. expliciet.',
      'Er zijn 20.000 plekken.',
      'Nog één.',
    ]);
    const isMatch = engine.matcher(lunr, ['vergunninghouders'], file.abbr);
    const best = engine.bestSentence('Toelichting op de cijfers. In 2022 zijn 17.126 vergunninghouders gehuisvest.', isMatch);
    expect(best.text).toBe('In 2022 zijn 17.126 vergunninghouders gehuisvest.');
    expect(engine.marked(best.text, isMatch).filter((p: { mark: boolean }) => p.mark).map((p: { text: string }) => p.text)).toEqual(['vergunninghouders']);
  });

  test('words that are names of object properties are words like any other', () => {
    const isMatch = engine.matcher(lunr, ['constructor'], file.abbr);
    expect(isMatch('constructor')).toBe(2);
    expect(engine.matcher(lunr, ['opvang'], file.abbr)('constructor')).toBe(0);
    expect(engine.matcher(lunr, ['opvang'], file.abbr)('__proto__')).toBe(0);
  });

  test('an abbreviation in the text is marked for a search on its meaning', () => {
    const isMatch = engine.matcher(lunr, ['crisisnoodopvang'], file.abbr);
    expect(isMatch('cno')).toBe(2);
    expect(isMatch('CNO')).toBe(2);
  });

  test('a result is titled by what was agreed, shortened, not by its id', () => {
    const d = file.docs.find((x: { u: string }) => x.u === '/afspraken/lrt-2023-02-02-1/');
    expect(d.t).not.toMatch(/lrt-2023/);
    const agreement = ctx.register.agreements.find((a) => a.id === 'lrt-2023-02-02-1')!;
    expect(agreement.text.replace(/\s+/g, ' ').startsWith(d.t.replace(/ …$/, ''))).toBe(true);
    expect(d.t.length).toBeLessThanOrEqual(92);
    // The id still finds it.
    expect(urls('lrt-2023-02-02-1')[0]).toBe('/afspraken/lrt-2023-02-02-1/');
  });

  test('"open afspraken JenV": JenV\'s open agreements first, then the rest', () => {
    const r = engine.query(lunr, data, 'open afspraken JenV');
    expect(r.owner).toBe('JenV');
    const isOpenJenV = (d: { k: string; s: string; o: string[] }) => ['afspraak', 'besluit', 'toezegging'].includes(d.k) && ['open', 'loopt'].includes(d.s) && d.o.includes('JenV');
    const openJenV = file.docs.filter(isOpenJenV).length;
    expect(openJenV).toBeGreaterThan(0);
    const first = r.hits.slice(0, openJenV).map((i: number) => file.docs[i]);
    expect(first.every(isOpenJenV)).toBe(true);
    expect(r.hits.slice(openJenV).map((i: number) => file.docs[i]).some(isOpenJenV)).toBe(false);
  });

  test('"wat moet VNG nog doen" asks about VNG; without a question word an owner is only a word', () => {
    expect(engine.query(lunr, data, 'wat moet VNG nog doen').owner).toBe('VNG');
    expect(engine.query(lunr, data, 'VNG').owner).toBeNull();
    expect(engine.query(lunr, data, 'nog open staatssecretaris').owner).toBe('JenV');
  });

  test('"wat hebben we afgesproken over crisisnoodopvang": the agreement before the letter', () => {
    const r = urls('wat hebben we afgesproken over crisisnoodopvang');
    expect(r[0]).toBe('/afspraken/lrt-2023-02-02-1/');
  });

  test('agreements come before passages that match the query as well, when the words are in the agreement itself', () => {
    const r = engine.query(lunr, data, 'huisvesting');
    const docs = r.hits.map((i: number) => file.docs[i]);
    const isAgreement = (d: { k: string }) => ['afspraak', 'besluit', 'toezegging'].includes(d.k);
    const ownMatch = docs.map((d: { k: string; x: string }, i: number) => (isAgreement(d) && /\bhuisvesting\b/i.test(d.x) ? i : -1)).filter((i: number) => i >= 0);
    const passages = docs.map((d: { k: string }, i: number) => (isAgreement(d) ? -1 : i)).filter((i: number) => i >= 0);
    expect(ownMatch.length).toBeGreaterThan(0);
    expect(Math.max(...ownMatch)).toBeLessThan(Math.min(...passages));
  });

  test('an agreement found only through the passage around it does not go before passages', () => {
    // "crisisnoodopvang" is in the minutes around lrt-2023-04-21-2, not in that agreement itself.
    const r = urls('crisisnoodopvang');
    const own = r.indexOf('/afspraken/lrt-2023-02-02-1/');
    const around = r.indexOf('/afspraken/lrt-2023-04-21-2/');
    const passage = r.findIndex((u: string) => u.startsWith('/vergaderingen/'));
    expect(own).toBe(0);
    expect(around).toBeGreaterThan(passage);
  });

  test('a word not in the index: the closest indexed words', () => {
    const terms = file.index.invertedIndex.map((t: [string]) => t[0]);
    const s = engine.suggest(lunr, terms, 'crisisnoodopvnag', 3);
    expect(s[0].term).toBe(engine.stemmer(lunr)('crisisnoodopvang'));
    expect(s[0].d).toBe(1);
    expect(engine.suggest(lunr, terms, 'xyzzyqq', 3)).toEqual([]);
    expect(engine.distance('abcd', 'abdc', 2)).toBe(1);
  });
});
