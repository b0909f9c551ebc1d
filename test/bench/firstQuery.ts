import type { Browser, Request } from 'playwright-core';

export interface FirstQuery {
  /** Bytes on the wire (compressed, with headers) from the moment the query starts until it is answered. */
  bytes: number;
  /** From Enter until the first screen of results (titles, with kind, owner and status) is shown. */
  ms: number;
  /** Until the passages under them are there too (the same as ms where both come at once, as in Pagefind). */
  fullMs: number;
  results: number;
  requests: string[];
}

// Plain JavaScript sent as text: functions compiled by tsx carry helpers the page does not have.
const IN_PAGE = `(q) => new Promise((resolve) => {
  const input = document.getElementById('q');
  const form = document.getElementById('zoekformulier');
  const status = document.getElementById('zoekstatus');
  const list = document.getElementById('resultaten');
  const t0 = performance.now();
  let first = null;
  const done = () => {
    if (list.getAttribute('aria-busy') === 'true') return;
    observer.disconnect();
    resolve({ ms: first, fullMs: performance.now() - t0, results: document.querySelectorAll('#resultaten > li').length });
  };
  const observer = new MutationObserver(() => {
    if (first !== null) return done();
    const text = status.textContent || '';
    if (!/resulta/i.test(text) || /^Zoeken/.test(text)) return;
    first = performance.now() - t0;
    done();
  });
  observer.observe(status, { childList: true, characterData: true, subtree: true });
  observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
  input.focus();
  input.value = q;
  form.requestSubmit();
})`;

/**
 * A first query on a freshly loaded search page, in a new browser context (nothing cached):
 * focus the box, type, submit, and wait until the status line reports results. Timed inside
 * the page, so the test driver's own latency does not count.
 */
export async function firstQuery(browser: Browser, pageUrl: string, query: string): Promise<FirstQuery> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // Playwright reports the requests of the page and of its workers (Pagefind searches in one).
  let counting = false;
  const started = new Set<Request>();
  const finished = new Map<Request, number>();
  context.on('request', (r) => {
    if (counting) started.add(r);
  });
  const settle = async (r: Request, ok: boolean) => {
    if (!started.has(r)) return;
    const sizes = ok ? await r.sizes().catch(() => null) : null;
    finished.set(r, sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0);
  };
  context.on('requestfinished', (r) => void settle(r, true));
  context.on('requestfailed', (r) => void settle(r, false));
  counting = true;
  const answer = (await page.evaluate(`(${IN_PAGE})(${JSON.stringify(query)})`)) as { ms: number; fullMs: number; results: number };
  counting = false;
  // Requests sent before the answer count in full, even if their last bytes arrive just after.
  for (let i = 0; i < 100 && finished.size < started.size; i++) await new Promise((r) => setTimeout(r, 20));
  const bytes = [...finished.values()].reduce((a, b) => a + b, 0);
  await context.close();
  return { ...answer, bytes, requests: [...started].map((r) => new URL(r.url()).pathname) };
}
