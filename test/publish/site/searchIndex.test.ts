import { describe, expect, test } from 'vitest';
import { lunr, foldApostrophe, dutchStem } from '../../../src/publish/site/dutchLunr.js';
import { expander, searchDocuments } from '../../../src/publish/site/searchDocuments.js';
import { buildSearchIndex, restoreIndex } from '../../../src/publish/site/searchIndex.js';
import { shippedContext } from './fixtures.js';

const ctx = shippedContext();
const docs = searchDocuments(ctx);
const file = JSON.parse(JSON.stringify(buildSearchIndex(docs, ctx.glossary, ctx.registry.labels)));
// Loaded from its JSON, as the browser loads it.
const index = lunr.Index.load(restoreIndex(file.index));

function find(...words: string[]): string[] {
  return index
    .query((q) => words.forEach((w) => q.term(w, { presence: lunr.Query.presence.REQUIRED })))
    .map((h) => file.docs[Number(h.ref)].u);
}

describe('search index', () => {
  test('Dutch stemming: afspraken and afspraak, gemeenten and gemeente are one word', () => {
    expect(dutchStem('afspraken')).toBe(dutchStem('afspraak'));
    expect(find('afspraken').sort()).toEqual(find('afspraak').sort());
    expect(find('gemeenten').sort()).toEqual(find('gemeente').sort());
  });

  test('apostrophes of plurals fold away: cno´s, CNO’s and PRT´s are found as cno and prt', () => {
    expect(foldApostrophe('cno´s')).toBe('cno');
    expect(foldApostrophe('cno’')).toBe('cno');
    expect(foldApostrophe('oekraïne')).toBe('oekraine');
    expect(find('cno')).toContain('/afspraken/lrt-2023-02-02-1/');
    expect(find('prt').length).toBeGreaterThan(0);
  });

  test('an abbreviation is found by its meaning: crisisnoodopvang finds the agreement about the cno´s', () => {
    expect(find('crisisnoodopvang')).toContain('/afspraken/lrt-2023-02-02-1/');
  });

  test('owners are found by code and by name', () => {
    expect(find('secretariaat')).toContain('/afspraken/lrt-2023-04-21-2/');
    expect(find('binnenlandse', 'zaken')).toContain('/afspraken/lrt-2023-02-02-2/');
  });

  test('every agreement, every passage of minutes and the document are in the index, nothing twice', () => {
    const urls = file.docs.map((d: { u: string }) => d.u);
    for (const a of ctx.register.agreements) expect(urls).toContain(`/afspraken/${a.id}/`);
    expect(urls).toContain('/vergaderingen/lrt-2023-04-21/#punt-3');
    expect(urls).toContain('/stukken/brief-medeoverheden-2023-05/#deel-8');
    expect(file.docs.filter((d: { k: string }) => d.k === 'afspraak' || d.k === 'besluit')).toHaveLength(18);
  });

  test('label words map to kinds, abbreviations to the stems of their meaning', () => {
    expect(file.kinds[dutchStem('afspraken')]).toBe('afspraak');
    expect(file.kinds[dutchStem('besluit')]).toBe('besluit');
    expect(file.abbr.cno).toEqual(['crisisnoodopvang']);
  });

  test('an agreement points at the passage of minutes it stands in', () => {
    const a = file.docs.find((d: { u: string }) => d.u === '/afspraken/lrt-2023-04-21-4/');
    expect(file.docs[a.c].u).toBe('/vergaderingen/lrt-2023-04-21/#punt-5');
  });
});

describe('expander', () => {
  test('finds what the glossary pattern finds: whole words only, after letters, digits, accents, pairs and lone surrogates', () => {
    const g = ctx.glossary;
    const viaPattern = (text: string) => {
      const meanings = new Set<string>();
      for (const m of text.matchAll(g.pattern!)) meanings.add(g.byForm.get(m[0])!.meaning);
      return [...meanings].join(' ');
    };
    const expand = expander(g);
    const forms = [...g.byForm.keys()];
    const around = ['', ' ', 'x', 'é', '1', '🙂', '\ud800', '\udc00', '(', '-', 'Ω', '東'];
    const texts = [...docs.map((d) => d.text), 'XVRO VR', 'SJenV JenV', 'éCNO CNOé CNO.', 'w.v.t.t.k.VR'];
    for (const f of forms) for (const a of around) for (const b of around) texts.push(`${a}${f}${b} ${f}`, `${a}${a}${f}`, `${f}${f}${b}`);
    for (const t of texts) expect(expand(t), t).toBe(viaPattern(t));
    expect(texts.some((t) => expand(t) !== '')).toBe(true);
  });
});
