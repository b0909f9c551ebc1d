import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildTestSite } from './buildTestSite.js';
import { launchChromium } from './chromium.js';
import { serveStatic } from './serveStatic.js';

export interface SiteUnderTest {
  browser: Browser;
  /** A desktop context under the site's own CSP (no bypass). */
  context: BrowserContext;
  url: string;
  dir: string;
  /** Console errors and page errors seen in `context`: there must be none. */
  problems: string[];
}

/** Builds the shipped minutes into a temp folder, serves it on 127.0.0.1, opens Chromium; all undone after. */
export function siteUnderTest(opts: { asOf?: string; siteUrl?: string | null } = {}): SiteUnderTest {
  const s = { problems: [] as string[] } as SiteUnderTest;
  let close: (() => Promise<void>) | undefined;
  let remove: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const built = await buildTestSite(opts.asOf, opts.siteUrl ?? null);
    remove = built.remove;
    s.dir = built.dir;
    const server = await serveStatic(built.dir);
    close = server.close;
    s.url = server.url;
    s.browser = await launchChromium();
    s.context = await s.browser.newContext({ viewport: { width: 1280, height: 900 } });
    s.context.on('console', (m) => {
      if (m.type() === 'error') s.problems.push(`${m.location().url}: ${m.text()}`);
    });
    s.context.on('weberror', (e) => s.problems.push(e.error().message));
  });
  afterAll(async () => {
    await s.context?.close();
    await s.browser?.close();
    await close?.();
    await remove?.();
  });
  return s;
}
