/**
 * Issue 12, in Debian's Chromium: the register as of a date, the search that answers, every party
 * a page, the reviewers' list on paper, title-only documents, counters, phone cards, contact.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUnderTest } from './siteUnderTest.js';
import { buildTestSite } from './buildTestSite.js';
import { serveStatic } from './serveStatic.js';

const s = siteUnderTest();

async function search(page: Page, query: string) {
  await page.goto(`${s.url}/zoeken/?q=${encodeURIComponent(query)}`);
  await page.locator('#zoekstatus', { hasText: 'resulta' }).waitFor();
  await page.locator('#resultaten[data-passages="klaar"]').waitFor({ state: 'attached' });
  const items = page.locator('.resultaat');
  return {
    titles: await items.locator('h3 a').allTextContents(),
    hrefs: await items.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
    meta: await items.locator('.resultaat__gegevens').allTextContents(),
  };
}

/**
 * The text of every page of a PDF, read with pdf.js, and how far right any text reaches beyond
 * the printable area (points; site/assets/print.css prints with a right margin of 1.2 cm). Text
 * clipped by a scroll box is still in the PDF, only outside the area: hence both.
 */
async function pdfText(bytes: Buffer): Promise<string> {
  return (await readPdf(bytes)).text;
}

async function readPdf(bytes: Buffer): Promise<{ text: string; overhang: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  const pages: string[] = [];
  let overhang = -Infinity;
  const margin = (1.2 / 2.54) * 72;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const width = page.getViewport({ scale: 1 }).width;
    const content = await page.getTextContent();
    for (const i of content.items) if ('str' in i && i.str.trim()) overhang = Math.max(overhang, i.transform[4]! + i.width - (width - margin));
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  return { text: pages.join('\n').replace(/\s+/g, ' '), overhang };
}

describe('zoeken dat antwoordt', () => {
  test('"wat moet VNG nog doen": VNG heeft geen openstaande afspraken, met een link naar de pagina van VNG', async () => {
    const page = await s.context.newPage();
    await search(page, 'wat moet VNG nog doen');
    const answer = page.locator('#zoekantwoord');
    expect(await answer.textContent()).toContain('VNG heeft geen openstaande afspraken');
    expect(await answer.locator('a').getAttribute('href')).toBe('/eigenaren/vng/');
    await page.close();
  });

  test('"open afspraken JenV": de openstaande afspraken van JenV eerst', async () => {
    const page = await s.context.newPage();
    const r = await search(page, 'open afspraken JenV');
    expect(await page.textContent('#zoekantwoord')).toMatch(/^\d+ openstaande afspraken van JenV staan bovenaan/);
    const n = Number(/^(\d+)/.exec((await page.textContent('#zoekantwoord'))!)![1]);
    expect(n).toBeGreaterThan(1);
    for (const m of r.meta.slice(0, n)) expect(m).toMatch(/Eigenaar(en)?: [^·]*JenV.*Status: (Open|Loopt)/);
    expect(r.hrefs.slice(0, n)).toContain('/afspraken/lrt-2023-04-21-4/');
    await page.close();
  });

  test('een tikfout: "Bedoelde u …?" met het juiste woord, en de resultaten daarvan', async () => {
    const page = await s.context.newPage();
    const r = await search(page, 'crisisnoodopvnag');
    const hint = page.locator('#zoeksuggestie');
    expect(await hint.textContent()).toMatch(/^Bedoelde u .*crisisnoodopvang.*\?$/);
    expect(await hint.locator('a').first().getAttribute('href')).toContain('/zoeken/?q=crisisnoodopvang');
    expect(await page.textContent('#zoekstatus')).toContain('Geen resultaten voor “crisisnoodopvnag”');
    expect(r.hrefs[0]).toBe('/afspraken/lrt-2023-02-02-1/');
    await page.close();
  });

  test('titels zijn de eigen woorden van de afspraak, met soort, vergadering, eigenaar en status erbij', async () => {
    const page = await s.context.newPage();
    const r = await search(page, 'crisisnoodopvang');
    const at = r.hrefs.indexOf('/afspraken/lrt-2023-02-02-1/');
    expect(r.titles[at]).toMatch(/^komende week vindt overleg plaats met aantal vertegenwoordigers/);
    expect(r.titles.some((t) => /^Afspraak lrt-/.test(t))).toBe(false);
    expect(r.meta[at]).toMatch(/Afspraak.*LRT 2 februari 2023.*Eigenaar: JenV.*Status: Open/);
    await page.close();
  });

  test('"wat hebben we afgesproken over crisisnoodopvang?": de afspraak boven de brief', async () => {
    const page = await s.context.newPage();
    const r = await search(page, 'wat hebben we afgesproken over crisisnoodopvang?');
    expect(r.hrefs[0]).toBe('/afspraken/lrt-2023-02-02-1/');
    const firstLetter = r.hrefs.findIndex((h) => h.startsWith('/stukken/'));
    if (firstLetter >= 0) expect(firstLetter).toBeGreaterThan(0);
    await page.close();
  });

  test('afspraken staan boven passages die even goed passen', async () => {
    const page = await s.context.newPage();
    const r = await search(page, 'huisvesting');
    const kinds = r.meta.map((m) => m.split(/\s*·\s*|(?=LRT)/)[0]!.trim());
    const firstPassage = kinds.findIndex((k) => !/^(Afspraak|Besluit|Toezegging)/.test(k));
    expect(firstPassage).toBeGreaterThan(0);
    await page.close();
  });

  test('de titels staan er voordat de passages geladen zijn', async () => {
    const page = await s.context.newPage();
    // Hold the texts back: the titles must show without them.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/data/zoeken/tekst-*.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${s.url}/zoeken/?q=crisisnoodopvang`);
    await page.locator('.resultaat h3 a').first().waitFor();
    expect(await page.locator('#resultaten').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('.resultaat__passage').first().textContent()).toBe('');
    release();
    await page.locator('#resultaten[data-passages="klaar"]').waitFor({ state: 'attached' });
    expect(await page.locator('.resultaat__passage').first().textContent()).not.toBe('');
    await page.close();
  });
});

describe('elke partij een pagina', () => {
  test('VNG, zonder openstaande afspraken, heeft een pagina die dat zegt, en een plaats in de filters', async () => {
    const page = await s.context.newPage();
    const res = await page.goto(`${s.url}/eigenaren/vng/`);
    expect(res?.status()).toBe(200);
    expect(await page.textContent('.geen-open')).toContain('VNG heeft geen openstaande afspraken');
    await page.goto(`${s.url}/eigenaren/`);
    expect(await page.locator('a[href="/eigenaren/vng/"]').count()).toBe(1);
    await page.goto(`${s.url}/zoeken/`);
    expect(await page.locator('#f-eigenaar option[value="VNG"]').count()).toBe(1);
    await page.close();
  });

  test('zonder JavaScript: de lijsten hebben hun filters als links (eigenaar, status, jaar)', async () => {
    const noJs = await s.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    for (const [list, expectLinks] of [
      ['/afspraken/', ['/afspraken/eigenaar/vng/', '/afspraken/status/open/', '/afspraken/jaar/2023/']],
      ['/besluiten/', ['/besluiten/jaar/2023/']],
      ['/open/', ['/open/eigenaar/jenv/', '/open/status/te-laat/', '/open/jaar/2023/']],
    ] as const) {
      await page.goto(s.url + list);
      const hrefs = await page.locator('.filterlinks a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const h of expectLinks) expect(hrefs, list).toContain(h);
    }
    await page.goto(`${s.url}/open/status/te-laat/`);
    expect(await page.locator('.filterlinks a[aria-current="page"]').textContent()).toContain('Termijn verstreken');
    const ids = await page.locator('table.lijst a.kenmerk').allTextContents();
    expect(ids).toEqual(expect.arrayContaining(['lrt-2023-02-02-1', 'lrt-2023-02-02-2']));
    expect(ids.filter((id) => /^lrt-2023-04-/.test(id))).toEqual([]);
    await page.goto(`${s.url}/afspraken/eigenaar/vng/`);
    expect(await page.textContent('main')).toContain('Geen afspraken met dit filter');
    await noJs.close();
  });
});

describe('de lijst op papier', () => {
  test('/open/ geprint op A4 staand: elke kolom en elke rij staat in de PDF; afgeleide eigenaren gemarkeerd; geen vreemde kop', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.url}/open/`);
    const rows = await page.locator('table.lijst tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(await page.locator('table.lijst .afgeleid', { hasText: 'eigenaar afgeleid' }).count()).toBeGreaterThan(0);
    const { text, overhang } = await readPdf(await page.pdf({ format: 'A4', landscape: false }));
    // Every column inside the printable width: nothing clipped at the right edge.
    expect(overhang).toBeLessThanOrEqual(1);
    for (const h of ['Kenmerk', 'Afspraak', 'Termijn', 'Status', 'Vergadering']) expect(text).toContain(h);
    const squash = (x: string) => x.replace(/\s+/g, '');
    for (const cells of rows) {
      // Kenmerk, then termijn, status and vergadering: the last columns are the ones A4 used to clip.
      expect(squash(text)).toContain(squash(cells[0]!));
      for (const cell of cells.slice(2)) expect(squash(text), cell).toContain(squash(cell));
    }
    expect(text).toContain('eigenaar afgeleid');
    expect(text).toContain('Lijst van openstaande afspraken, stand 1 mei 2023');
    // Without an address of its own the site names none: no bare path such as "Gepubliceerd op /open/".
    expect(text).not.toContain('Gepubliceerd op');
    await page.close();
  });
});

describe('stukken, tellers, telefoon, contact', () => {
  test('een stuk met alleen een titel staat bij zijn vergadering en op /stukken/; kenmerken zijn links', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.url}/vergaderingen/lrt-2023-04-21/`);
    expect(await page.textContent('ul.stukken')).toContain('Concept TK-brief ´Actuele situatie asielketen´');
    await page.goto(`${s.url}/stukken/`);
    expect(await page.textContent('main')).toContain('Concept TK-brief ´Actuele situatie asielketen´');
    expect(await page.locator('main a.kenmerk[href="/afspraken/lrt-2023-04-25-2/"]').count()).toBe(1);
    await page.close();
  });

  test('de tellers tellen niets dubbel: samen zijn ze het aantal openstaande afspraken op /open/', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.url}/`);
    const tiles = (await page.locator('.tellers .teller__getal').allTextContents()).map(Number);
    const [overdue, open, running] = tiles;
    const total = Number(/^(\d+)/.exec((await page.textContent('.tellers__totaal'))!)![1]);
    expect(overdue! + open! + running!).toBe(total);
    await page.goto(`${s.url}/open/`);
    const ids = new Set(await page.locator('table.lijst a.kenmerk').allTextContents());
    expect(ids.size).toBe(total);
    await page.close();
  });

  test('telefoon: de eigenarentabel wordt kaarten, zonder zijwaarts scrollen', async () => {
    const phone = await s.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(`${s.url}/eigenaren/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const row = page.locator('table.lijst tbody tr').first();
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    expect(await row.locator('td').first().evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Soort');
    await phone.close();
  });

  test('contact met het secretariaat in de voet en in de toegankelijkheidsverklaring', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.url}/`);
    expect(await page.locator('.voet a[href^="mailto:"]').count()).toBe(1);
    await page.goto(`${s.url}/toegankelijkheid/`);
    expect(await page.locator('main a[href^="mailto:"]').count()).toBe(1);
    await page.close();
  });
});

describe('het register op een datum, met een adres', () => {
  let url = '';
  let close: (() => Promise<void>) | undefined;
  let remove: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const built = await buildTestSite('2023-03-01', 'https://lrt.example.nl/');
    remove = built.remove;
    const server = await serveStatic(built.dir);
    url = server.url;
    close = server.close;
  }, 120_000);
  afterAll(async () => {
    await close?.();
    await remove?.();
  });

  test('as-of 1 maart 2023: alleen de vergadering van 2 februari; wat toen openstond', async () => {
    // A context of its own: the 404 of a meeting not yet held is expected here.
    const context = await s.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/open/`);
    const ids = await page.locator('table.lijst a.kenmerk').allTextContents();
    expect(ids).toContain('lrt-2023-02-02-1');
    expect(ids.filter((id) => /lrt-2023-04-/.test(id))).toEqual([]);
    expect((await page.goto(`${url}/vergaderingen/lrt-2023-04-21/`))?.status()).toBe(404);
    await page.goto(`${url}/vergaderingen/`);
    const held = await page.locator('main a[href^="/vergaderingen/lrt-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(held).toContain('/vergaderingen/lrt-2023-02-02/');
    expect(held.filter((h) => /lrt-2023-04-/.test(h!))).toEqual([]);
    await context.close();
  });

  test('met een adres: de printkop noemt het echte adres, de feed linkt absoluut', async () => {
    const page = await s.context.newPage();
    await page.goto(`${url}/open/`);
    const text = await pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain('Gepubliceerd op https://lrt.example.nl/open/ · Lijst van openstaande afspraken, stand 1 maart 2023');
    const feed = await (await page.request.get(`${url}/data/feed.xml`)).text();
    const hrefs = [...feed.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(2);
    for (const h of hrefs) expect(h).toMatch(/^https:\/\/lrt\.example\.nl\//);
    await page.close();
  });
});

test('geen fouten in de console (CSP)', () => {
  expect(s.problems).toEqual([]);
});
