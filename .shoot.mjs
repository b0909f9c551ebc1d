import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:8765';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const [what, ...rest] = process.argv.slice(2);
for (const [w, h, name] of [[1280, 900, 'desktop'], [390, 844, 'telefoon']]) {
  const ctx = await b.newContext({ viewport: { width: w, height: h } });
  const p = await ctx.newPage();
  p.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
  p.on('pageerror', (e) => console.log('pageerror:', e.message));
  await p.goto(base + what);
  await p.waitForTimeout(1500);
  await p.screenshot({ path: `/tmp/shot-${rest[0] || 'x'}-${name}.png`, fullPage: rest[1] === 'full' });
  if (name === 'desktop') console.log((await p.locator('main').innerText()).slice(0, 1500));
  await ctx.close();
}
await b.close();
