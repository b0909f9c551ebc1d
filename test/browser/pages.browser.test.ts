import { describe, expect, test } from 'vitest';
import { siteUnderTest } from './siteUnderTest.js';
import { describeViolations, runAxe } from './axe.js';

/** One URL of every page type; the search page also with a query, so results are checked too. */
export const PAGE_TYPES: [string, string][] = [
  ['start', '/'],
  ['vergaderingen', '/vergaderingen/'],
  ['vergadering', '/vergaderingen/lrt-2023-04-21/'],
  ['afspraken', '/afspraken/'],
  ['afspraak', '/afspraken/lrt-2023-04-25-2/'],
  ['eigenaren', '/eigenaren/'],
  ['eigenaar', '/eigenaren/jenv/'],
  ['eigenaar zonder openstaande afspraken', '/eigenaren/vng/'],
  ['lijst met filter', '/open/eigenaar/jenv/'],
  ['open', '/open/'],
  ['besluiten', '/besluiten/'],
  ['stukken', '/stukken/'],
  ['stuk', '/stukken/brief-medeoverheden-2023-05/'],
  ['begrippen', '/begrippen/'],
  ['zoeken', '/zoeken/'],
  ['zoekresultaten', '/zoeken/?q=crisisnoodopvang'],
  ['toegankelijkheid', '/toegankelijkheid/'],
  ['data', '/data/'],
  ['niet gevonden', '/bestaat-niet/'],
];

const s = siteUnderTest();

describe.each([
  ['desktop', 1280, 900],
  ['telefoon', 390, 844],
])('elk paginatype op %s', (_name, width, height) => {
  test.each(PAGE_TYPES)('%s (%s): Nederlands, één h1, geen axe-fouten (WCAG 2.1 AA)', async (_type, url) => {
    const context = await s.browser.newContext({ viewport: { width, height }, bypassCSP: true });
    const page = await context.newPage();
    const response = await page.goto(s.url + url);
    expect(response?.status()).toBe(url === '/bestaat-niet/' ? 404 : 200);
    if (url.includes('?q=')) await page.locator('.resultaat').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.locator('h1').count()).toBe(1);
    const violations = await runAxe(page);
    expect(violations, describeViolations(url, violations)).toEqual([]);
    // Nothing wider than the screen: a phone reader never scrolls sideways for the page itself.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
