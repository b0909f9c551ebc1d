import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RegisterSchema } from '../../src/schema/register.js';
import { siteUnderTest } from './siteUnderTest.js';
import { runAxe } from './axe.js';

const s = siteUnderTest();

describe('links en navigatie', () => {
  test('elke interne link op elke pagina wijst naar een bestaand bestand en anker', async () => {
    const files = (await readdir(s.dir, { recursive: true })).filter((f) => f.endsWith('.html'));
    const ids = new Map<string, Set<string>>();
    const pages = new Map<string, string>();
    for (const f of files) {
      const html = await readFile(path.join(s.dir, f), 'utf8');
      const url = '/' + f.split(path.sep).join('/').replace(/index\.html$/, '');
      pages.set(url, html);
      ids.set(url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    }
    const broken: string[] = [];
    for (const [from, html] of pages) {
      for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:)/.test(href!)) continue;
        const target = new URL(href!, `http://x${from}`);
        const file = decodeURIComponent(target.pathname);
        const exists = pages.has(file) || (await readFile(path.join(s.dir, file)).then(() => true, () => false));
        if (!exists) broken.push(`${from} → ${href}`);
        else if (target.hash && !ids.get(file)?.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${from} → ${href} (anker)`);
      }
    }
    expect(broken).toEqual([]);
    expect(pages.size).toBeGreaterThan(20);
  });

  test('doorklikken: start → vergadering → afspraak in het verslag → afspraakpagina → terug naar de bron', async () => {
    const page = await s.context.newPage();
    await page.goto(s.url + '/');
    await page.getByRole('link', { name: 'LRT 21 april 2023' }).first().click();
    await expect.poll(() => page.textContent('h1')).toBe('LRT 21 april 2023');
    await page.locator('a[href="#lrt-2023-04-21-2"]').click();
    expect(page.url()).toMatch(/#lrt-2023-04-21-2$/);
    const block = page.locator('li#lrt-2023-04-21-2');
    expect(await block.getAttribute('class')).toContain('blok--afspraak');
    expect(await block.textContent()).not.toMatch(/\bid: lrt-/);
    await block.locator('.blok__meta a', { hasText: 'lrt-2023-04-21-2' }).click();
    await expect.poll(() => page.textContent('h1')).toContain('lrt-2023-04-21-2');
    expect(await page.textContent('.tijdlijn')).toContain('Voortgangsbericht');
    await page.getByRole('link', { name: 'in het verslag' }).click();
    expect(page.url()).toMatch(/\/vergaderingen\/lrt-2023-04-21\/#lrt-2023-04-21-2$/);
    await page.close();
  });

  test('toetsenbord: eerste Tab geeft de zichtbare link "Naar de inhoud", die de focus naar de inhoud brengt', async () => {
    const page = await s.context.newPage();
    await page.goto(s.url + '/open/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    const box = await page.locator('.skiplink').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.close();
  });
});

describe('zonder JavaScript, geprint, en veilig', () => {
  test('zonder JavaScript werken de pagina’s; de zoekpagina zegt waar u dan kunt kijken', async () => {
    const nojs = await s.browser.newContext({ javaScriptEnabled: false });
    const page = await nojs.newPage();
    await page.goto(s.url + '/zoeken/?q=crisisnoodopvang');
    expect(await page.isVisible('#zonder-js')).toBe(true);
    await page.goto(s.url + '/vergaderingen/lrt-2023-04-25/');
    await page.click('summary');
    expect(await page.isVisible('text=Dhr. Kolff (VB)')).toBe(true);
    expect(await page.locator('#lrt-2023-04-25-2 .blok__meta').textContent()).toContain('Afgerond');
    await nojs.close();
  });

  test('de lijst voor de reviewers print zonder menu en zoekvak, met de stand', async () => {
    const page = await s.context.newPage();
    await page.goto(s.url + '/open/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.hoofdmenu')).toBe(false);
    expect(await page.isVisible('.voet')).toBe(false);
    expect(await page.isVisible('.alleen-print')).toBe(true);
    expect(await page.locator('table.lijst').count()).toBeGreaterThan(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await page.close();
  });

  test('geen inline script, geen inline stijl, een CSP op elke pagina; geen fouten in de console', async () => {
    const files = (await readdir(s.dir, { recursive: true })).filter((f) => f.endsWith('.html'));
    for (const f of files) {
      const html = await readFile(path.join(s.dir, f), 'utf8');
      expect(html, f).toContain('http-equiv="Content-Security-Policy"');
      expect(html, f).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, f).not.toMatch(/\sstyle="/);
      expect(html, f).not.toMatch(/\son[a-z]+="/);
      expect(html, f).not.toMatch(/unsafe-inline/);
    }
    expect(s.problems).toEqual([]);
  });

  test('axe vindt echt fouten (controle op de controle)', async () => {
    const ctx = await s.browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(s.url + '/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:,';
      document.querySelector('main')!.appendChild(img);
    });
    expect((await runAxe(page)).map((v) => v.id)).toContain('image-alt');
    await ctx.close();
  });
});

describe('exports', () => {
  test('register.json volgt het schema; CSV opent in Excel; ICS en Atom zijn geldig', async () => {
    const page = await s.context.newPage();
    const get = async (p: string) => {
      const r = await page.request.get(s.url + p);
      expect(r.status(), p).toBe(200);
      return r;
    };
    const register = RegisterSchema.parse(await (await get('/data/register.json')).json());
    expect(register.agreements).toHaveLength(18);
    const csv = await (await get('/data/register.csv')).body();
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('\r\nlrt-2023-04-25-2;afspraak;');
    const schema = await (await get('/data/register.schema.json')).json();
    expect(schema.title).toBe('LRT afsprakenregister');
    const ics = await (await get('/data/termijnen.ics')).text();
    expect(ics.match(/UID:lrt-2023-04-25-2-\d@/g)).toHaveLength(2);
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(await (await get('/data/termijnen-jenv.ics')).text()).toContain('BEGIN:VCALENDAR');
    await page.goto(s.url + '/');
    const feed = await (await get('/data/feed.xml')).text();
    const ok = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return !doc.querySelector('parsererror') && doc.querySelectorAll('entry').length;
    }, feed);
    // Meetings, agreements, and the six changes since a previous meeting (closed, deadlines passed).
    expect(ok).toBe(4 + 18 + 6);
    await page.close();
  });
});
