import { expect, test } from 'vitest';
import { atomFeed } from '../../../src/publish/site/atomFeed.js';
import { siteUrls } from '../../../src/publish/site/urls.js';
import { shippedContext } from './fixtures.js';

const ctx = shippedContext();

test('an Atom feed of meetings and agreements, newest first, with stable ids', () => {
  const xml = atomFeed(ctx.register, { urls: ctx.urls, absolute: () => null });
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">')).toBe(true);
  expect(xml.match(/<entry>/g)).toHaveLength(4 + 18);
  const ids = [...xml.matchAll(/<id>(urn:uuid:[0-9a-f-]{36})<\/id>/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  expect(xml).toBe(atomFeed(ctx.register, { urls: ctx.urls, absolute: () => null }));
  const dates = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
  expect([...dates].sort().reverse()).toEqual(dates);
});

test('with the site address, ids and links are absolute URLs', () => {
  const urls = siteUrls('/lrt/');
  const xml = atomFeed(ctx.register, { urls, absolute: (p) => new URL(p.replace('/lrt/', ''), 'https://x.example/lrt/').href });
  expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://x.example/lrt/data/feed.xml"/>');
  expect(xml).toContain('<id>https://x.example/lrt/afspraken/lrt-2023-04-25-2/</id>');
});

test('text is escaped', () => {
  const reg = { ...ctx.register, agreements: [{ ...ctx.register.agreements[0]!, text: 'A & B <c>' }] };
  expect(atomFeed(reg, { urls: ctx.urls, absolute: () => null })).toContain('A &amp; B &lt;c&gt;');
});
