import { expect, test, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUnderTest } from './siteUnderTest.js';

const s = siteUnderTest();

async function search(page: Page, query: string): Promise<{ titles: string[]; kinds: string[]; hrefs: string[]; status: string }> {
  await page.goto(`${s.url}/zoeken/?q=${encodeURIComponent(query)}`);
  await page.locator('#zoekstatus', { hasText: 'resulta' }).waitFor();
  // Titles come first, passages when their texts are loaded: wait for both.
  if (await page.locator('.resultaat').count()) await page.locator('#resultaten[data-passages="klaar"]').waitFor({ state: 'attached' });
  return results(page);
}

async function results(page: Page) {
  const links = page.locator('.resultaat h3 a');
  return {
    titles: await links.allTextContents(),
    kinds: await page.locator('.resultaat .resultaat__soort').allTextContents(),
    hrefs: await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
    status: (await page.textContent('#zoekstatus')) ?? '',
  };
}

describe('zoeken', () => {
  test('"crisisnoodopvang" vindt de afspraak over de cno´s (CNO = crisisnoodopvang) en de passages', async () => {
    const page = await s.context.newPage();
    const r = await search(page, 'crisisnoodopvang');
    expect(r.hrefs[0]).toBe('/afspraken/lrt-2023-02-02-1/');
    expect(r.hrefs).toContain('/afspraken/lrt-2023-04-21-2/');
    expect(r.hrefs).toContain('/vergaderingen/lrt-2023-04-21/#punt-3');
    const first = page.locator('.resultaat').first();
    await expect.poll(() => first.locator('.resultaat__gegevens').textContent()).toContain('2 februari 2023');
    expect(await first.locator('.resultaat__gegevens').textContent()).toMatch(/Afspraak.*Eigenaar: JenV.*Status: Open.*Termijn verstreken/);
    expect(await first.locator('mark').first().textContent()).toBe('cno');
    await page.close();
  });

  test('"afspraken VNG" zet afspraken eerst, elk met de eigen tekst; de passage waarin VNG spreekt is een eigen resultaat', async () => {
    const page = await s.context.newPage();
    const r = await search(page, 'afspraken VNG');
    expect(r.status).toContain('afspraken eerst');
    expect(r.kinds.slice(0, 4).every((k) => k === 'Afspraak')).toBe(true);
    expect(r.hrefs.slice(0, 4)).toContain('/afspraken/lrt-2023-04-21-4/');
    const agreement = page.locator('.resultaat', { has: page.locator('h3 a[href="/afspraken/lrt-2023-04-21-4/"]') });
    expect(await agreement.locator('.resultaat__passage').textContent()).toBe('JenV verzorgt gevraagde informatievoorziening.');
    const minutes = page.locator('.resultaat', { has: page.locator('h3 a[href^="/vergaderingen/"]') }).first();
    expect(await minutes.locator('mark').allTextContents()).toContain('VNG');
    await page.close();
  });

  test('"huisvesting vergunninghouders" vindt de bespreking van de huisvestingscijfers en de afspraak van BZK', async () => {
    const page = await s.context.newPage();
    const r = await search(page, 'huisvesting vergunninghouders');
    // Agreements with both words come first (agreements before passages); of the passages, the
    // discussion under agenda item 3 leads (2 February 2023 or 16 September 2022).
    expect(r.hrefs.find((h) => !h.startsWith('/afspraken/'))).toMatch(/^\/vergaderingen\/lrt-(2023-02-02|2022-09-16)\/#punt-3$/);
    expect(r.hrefs).toContain('/vergaderingen/lrt-2023-02-02/#punt-3');
    expect(r.hrefs).toContain('/afspraken/lrt-2023-02-02-2/');
    // The letter's passage is among the hits; with four meetings it falls below the first 20, so filter on documents.
    await page.selectOption('#f-soort', 'stuk');
    await expect.poll(async () => (await results(page)).hrefs).toContain('/stukken/brief-medeoverheden-2023-05/#deel-8');
    await page.close();
  });

  test('Nederlandse stamvormen: "afspraak" en "afspraken" geven hetzelfde', async () => {
    const page = await s.context.newPage();
    const one = await search(page, 'afspraak');
    const many = await search(page, 'afspraken');
    expect(one.hrefs.length).toBeGreaterThan(5);
    expect(many.hrefs).toEqual(one.hrefs);
    const gemeente = await search(page, 'gemeente');
    const gemeenten = await search(page, 'gemeenten');
    expect(gemeenten.hrefs).toEqual(gemeente.hrefs);
    await page.close();
  });

  test('"CNO" vindt ook "cno´s" en "CNO’s"', async () => {
    const page = await s.context.newPage();
    const r = await search(page, 'CNO');
    expect(r.hrefs).toContain('/afspraken/lrt-2023-02-02-1/');
    expect(r.hrefs).toContain('/vergaderingen/lrt-2023-04-25/#punt-2');
    await page.close();
  });

  test('filters: eigenaar, status, soort, overleg en jaar; de keuze staat in het adres', async () => {
    const page = await s.context.newPage();
    const all = await search(page, 'afspraken');
    expect(all.hrefs.length).toBe(16);

    await page.selectOption('#f-eigenaar', 'Secretariaat');
    await expect.poll(async () => (await results(page)).hrefs).toEqual(['/afspraken/lrt-2023-04-21-2/']);
    expect(page.url()).toContain('eigenaar=Secretariaat');
    expect((await results(page)).status).toContain('verborgen door de filters');

    await page.selectOption('#f-eigenaar', '');
    await page.selectOption('#f-status', 'te-laat');
    await expect.poll(async () => (await results(page)).hrefs.sort()).toEqual(['/afspraken/lrt-2022-09-16-4/', '/afspraken/lrt-2023-02-02-1/', '/afspraken/lrt-2023-02-02-2/']);

    await page.selectOption('#f-status', 'open');
    // 4 labelled ones and the 8 confirmed agreements of 16-09-2022.
    await expect.poll(async () => (await results(page)).hrefs.length).toBe(12);

    await page.selectOption('#f-status', '');
    await page.selectOption('#f-jaar', '2023');
    await page.selectOption('#f-overleg', 'LRT');
    await expect.poll(async () => (await results(page)).hrefs.length).toBe(8);

    await page.fill('#q', 'maatregelenpakket');
    await page.selectOption('#f-soort', 'besluit');
    await page.click('button[type=submit]');
    await expect.poll(async () => (await results(page)).hrefs).toEqual(['/afspraken/lrt-2023-02-02-3/']);

    // A shared address brings the same words and filters back.
    const shared = page.url();
    const again = await s.context.newPage();
    await again.goto(shared);
    await again.locator('#zoekstatus', { hasText: 'resulta' }).waitFor();
    expect(await again.inputValue('#f-soort')).toBe('besluit');
    expect((await results(again)).hrefs).toEqual(['/afspraken/lrt-2023-02-02-3/']);
    await again.close();
    await page.close();
  });

  test('het zoekvak op de startpagina leidt naar de resultaten', async () => {
    const page = await s.context.newPage();
    await page.goto(s.url + '/');
    await page.fill('#zoek-start', 'brief medeoverheden');
    await page.press('#zoek-start', 'Enter');
    await page.waitForURL(/\/zoeken\/\?q=brief\+medeoverheden/);
    await page.locator('.resultaat').first().waitFor();
    expect((await results(page)).hrefs[0]).toBe('/afspraken/lrt-2023-04-25-2/');
    await page.close();
  });

  test('een afspraak toont haar eigen tekst, ook als de zoekwoorden alleen in het verslag eromheen staan', async () => {
    const page = await s.context.newPage();
    const passage = (id: string) => page.locator('.resultaat', { has: page.locator(`h3 a[href="/afspraken/${id}/"]`) }).locator('.resultaat__passage');
    // "huisvesting" is in the discussion of agenda item 2, not in either agreement's own text.
    const r = await search(page, 'huisvesting MPP');
    expect(r.hrefs).toContain('/afspraken/lrt-2023-04-25-1/');
    expect(await passage('lrt-2023-04-25-1').textContent()).toBe('Ten aanzien van de governance en PRT, zal dit geagendeerd worden voor de LRT van juni.');
    expect(await passage('lrt-2023-04-25-2').textContent()).toMatch(/^Uitgangspunt is dat de MPP brief morgen/);
    expect(await page.locator('.resultaat__passage', { hasText: 'Uit het verslag' }).count()).toBe(0);
    // The passage of the minutes is a result of its own.
    expect(r.hrefs).toContain('/vergaderingen/lrt-2023-04-25/#punt-2');
    // Words that are in the agreement's text are marked there.
    await search(page, 'governance huisvesting');
    expect(await passage('lrt-2023-04-25-1').textContent()).toBe('Ten aanzien van de governance en PRT, zal dit geagendeerd worden voor de LRT van juni.');
    expect(await passage('lrt-2023-04-25-1').locator('mark').allTextContents()).toEqual(['governance']);
    await page.close();
  });

  test('telefoon: de filters zijn ingeklapt, het eerste resultaat staat op het eerste scherm; Tab leidt naar de resultaten', async () => {
    const phone = await s.browser.newContext({ viewport: { width: 390, height: 844 } });
    phone.on('weberror', (e) => s.problems.push(e.error().message));
    const page = await phone.newPage();
    await search(page, 'huisvesting');
    expect(await page.locator('#filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.isVisible('#f-eigenaar')).toBe(false);
    const first = await page.locator('.resultaat').first().boundingBox();
    expect(first!.y).toBeGreaterThan(0);
    expect(first!.y + first!.height).toBeLessThanOrEqual(844);
    expect(await page.getAttribute('#zoekstatus', 'role')).toBe('status');
    expect(await page.textContent('#zoekstatus')).toMatch(/^\d+ resultaten voor “huisvesting”/);

    // Keyboard: from the search button the next Tab is the (now visible) link to the results.
    await page.focus('button[type=submit]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de resultaten');
    expect(await page.locator('#naar-resultaten a').boundingBox()).not.toBeNull();
    await page.keyboard.press('Enter');
    const firstHref = await page.locator('.resultaat h3 a').first().getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(firstHref);

    // The filters open with their summary and say how many are chosen.
    await page.click('#filters summary');
    expect(await page.isVisible('#f-eigenaar')).toBe(true);
    await page.selectOption('#f-soort', 'afspraak');
    await expect.poll(() => page.textContent('#filters summary')).toBe('Filters (1 actief)');
    await phone.close();
  });

  test('desktop: de filters staan open, zoals voorheen', async () => {
    const page = await s.context.newPage();
    await search(page, 'huisvesting');
    expect(await page.locator('#filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.isVisible('#f-jaar')).toBe(true);
    await page.close();
  });

  test('de zoekindex wordt pas geladen als iemand zoekt', async () => {
    const page = await s.context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(s.url + '/zoeken/');
    await page.waitForLoadState('networkidle');
    expect(fetched).not.toContain('/data/zoekindex.json');
    await page.focus('#q');
    await page.waitForResponse((r) => r.url().endsWith('/data/zoekindex.json'));
    await page.goto(s.url + '/');
    await page.close();
  });
});


test('zoeken gaf geen fouten in de console (CSP)', () => {
  expect(s.problems).toEqual([]);
});
