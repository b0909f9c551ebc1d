import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_MARKER } from '../../src/cli/site/outputFolder.js';
import { expectNoStack, fingerprint, lrtIn, project, scratchDir } from './safetyHelpers.js';

/**
 * lrt build -o never destroys what it did not make: every folder a user might point it at by
 * mistake is refused before anything is read or written, with a Dutch message naming the path,
 * and every file of the project is still there byte for byte afterwards.
 */

interface Case {
  name: string;
  /** Prepares the project; returns the -o argument. */
  setup: (dir: string, home: string) => string;
  rule: string;
}

const cases: Case[] = [
  { name: 'an existing file', setup: (d) => (writeFileSync(path.join(d, 'notities.txt'), 'mijn aantekeningen\n'), 'notities.txt'), rule: 'output-is-file' },
  { name: 'the minutes folder', setup: () => 'minutes', rule: 'output-in-sources' },
  { name: 'a folder inside the minutes folder', setup: () => 'minutes/site', rule: 'output-in-sources' },
  { name: 'the agreements folder', setup: (d) => (mkdirSync(path.join(d, 'agreements')), writeFileSync(path.join(d, 'agreements/2024-04-01-bzk.md'), 'x\n'), 'agreements'), rule: 'output-in-sources' },
  { name: 'the data folder', setup: () => 'data', rule: 'output-in-sources' },
  { name: 'an empty src folder', setup: (d) => (mkdirSync(path.join(d, 'src')), 'src'), rule: 'output-in-sources' },
  { name: 'the docs folder', setup: (d) => (mkdirSync(path.join(d, 'docs')), writeFileSync(path.join(d, 'docs/handleiding.md'), 'x\n'), 'docs'), rule: 'output-in-sources' },
  { name: 'the cache folder', setup: () => '.cache', rule: 'output-in-sources' },
  { name: 'the project root', setup: () => '.', rule: 'output-holds-project' },
  { name: 'the project root, written absolutely', setup: (d) => d, rule: 'output-holds-project' },
  { name: 'a parent of the project', setup: () => '..', rule: 'output-holds-project' },
  { name: 'the root of the disk', setup: () => '/', rule: 'output-holds-project' },
  { name: 'the home folder', setup: (_, home) => home, rule: 'output-holds-project' },
  {
    name: 'a folder holding another project (package.json)',
    setup: (d) => (mkdirSync(path.join(d, 'ander')), writeFileSync(path.join(d, 'ander/package.json'), '{}\n'), 'ander'),
    rule: 'output-holds-project',
  },
  { name: 'a folder holding a git repository', setup: (d) => (mkdirSync(path.join(d, 'repo/.git'), { recursive: true }), writeFileSync(path.join(d, 'repo/.git/HEAD'), 'ref: refs/heads/main\n'), 'repo'), rule: 'output-holds-project' },
  { name: 'a non-empty folder lrt did not build', setup: (d) => (mkdirSync(path.join(d, 'publiek')), writeFileSync(path.join(d, 'publiek/logo.svg'), '<svg/>\n'), 'publiek'), rule: 'output-not-built-by-lrt' },
  {
    name: 'a site of an earlier lrt without the marker',
    setup: (d) => {
      for (const f of ['index.html', 'vergaderingen/index.html', 'data/register.json']) {
        mkdirSync(path.dirname(path.join(d, '_site', f)), { recursive: true });
        writeFileSync(path.join(d, '_site', f), `oud: ${f}\n`);
      }
      return '_site';
    },
    rule: 'output-old-site',
  },
];

describe('lrt build -o refuses what it did not build', () => {
  test.each(cases)('$name', async ({ setup, rule }) => {
    const dir = project();
    const home = scratchDir('lrt-thuis-');
    writeFileSync(path.join(home, 'belangrijk.txt'), 'niet weggooien\n');
    const out = setup(dir, home);
    const before = fingerprint(dir);
    const homeBefore = fingerprint(home);
    const r = await lrtIn(dir, ['build', '-o', out], { home });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`De uitvoermap ${out} `);
    expect(r.err).toContain(`[${rule}]`);
    expectNoStack(r.err);
    // Refused before the sources were read: no summary line, nothing written.
    expect(r.err).not.toContain('gecontroleerd');
    expect(fingerprint(dir)).toEqual(before);
    expect(fingerprint(home)).toEqual(homeBefore);
    expect(existsSync(path.join(dir, '._site.lrt-lock'))).toBe(false);
  });
});

describe('lrt build replaces what it built', () => {
  test('on a fresh project, again on its own site, and into an empty folder; the marker says lrt built it', async () => {
    const dir = project();
    const first = await lrtIn(dir, ['build']);
    expect(first.code, first.err).toBe(0);
    expect(readFileSync(path.join(dir, '_site', SITE_MARKER), 'utf8')).toContain('lrt build');
    // Something the user left in the site is replaced with it: the marker says the folder is lrt's.
    writeFileSync(path.join(dir, '_site', 'oud.html'), 'van de vorige keer\n');
    const second = await lrtIn(dir, ['build']);
    expect(second.code, second.err).toBe(0);
    expect(existsSync(path.join(dir, '_site', 'oud.html'))).toBe(false);
    expect(existsSync(path.join(dir, '_site', 'index.html'))).toBe(true);
    mkdirSync(path.join(dir, 'leeg'));
    const empty = await lrtIn(dir, ['build', '-o', 'leeg']);
    expect(empty.code, empty.err).toBe(0);
    expect(existsSync(path.join(dir, 'leeg', 'index.html'))).toBe(true);
    // Nothing left beside the sites: no lock, no half-made or old site.
    const names = (await import('node:fs')).readdirSync(dir).filter((n) => n.includes('.lrt-'));
    expect(names).toEqual([]);
    rmSync(path.join(dir, 'leeg'), { recursive: true });
  });

  test('a site an earlier lrt built before the marker existed, recorded in the cache: replaced, so `npm run build` goes on working', async () => {
    const dir = project();
    const cache = { cacheDir: path.join(dir, '.cache', 'lrt') };
    const first = await lrtIn(dir, ['build'], cache);
    expect(first.code, first.err).toBe(0);
    // As an earlier version left it: the cache records the build, the site has no marker.
    rmSync(path.join(dir, '_site', SITE_MARKER));
    const second = await lrtIn(dir, ['build'], cache);
    expect(second.code, second.err).toBe(0);
    expect(existsSync(path.join(dir, '_site', SITE_MARKER))).toBe(true);
    // Without that record the same folder is refused (the case above): the cache is the proof, not the look of the folder.
    rmSync(path.join(dir, '_site', SITE_MARKER));
    rmSync(path.join(dir, '.cache'), { recursive: true });
    const third = await lrtIn(dir, ['build'], cache);
    expect(third.code).toBe(1);
    expect(third.err).toContain('[output-old-site]');
  });
});
