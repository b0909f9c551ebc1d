import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { SwapStep } from '../../src/cli/buildSite.js';
import { SITE_MARKER } from '../../src/cli/site/outputFolder.js';
import { fingerprint, lrtIn, project, scratchDir } from './safetyHelpers.js';

/**
 * Replacing the site is a swap of whole folders: at every step of it, the output path holds a
 * whole site with its index.html, or the old site waits whole beside it. A build killed at any
 * step leaves no half-deleted site, and the next build puts things right.
 */

const STEPS: SwapStep[] = ['staged', 'old-moved-aside', 'new-in-place', 'old-removed'];

class Killed extends Error {}

/** What a folder looks like at one moment: a copy, as a kill at that moment would leave it. */
function snapshot(dir: string): string {
  const copy = scratchDir('lrt-moment-');
  cpSync(dir, copy, { recursive: true });
  return copy;
}

describe('the site swap', () => {
  test('at every step, index.html is at the output path or the old site is whole beside it', async () => {
    const dir = project();
    expect((await lrtIn(dir, ['build'])).code).toBe(0);
    const oldSite = fingerprint(path.join(dir, '_site'));
    // The next build has something new to show, so old and new site differ.
    const file = path.join(dir, 'minutes/2024-03-01-lrt.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('De voorzitter opent de vergadering.', 'De voorzitter opent de vergadering en heet iedereen welkom.'));
    const seen: SwapStep[] = [];
    const r = await lrtIn(dir, ['build'], {
      buildSteps: (step, p) => {
        seen.push(step);
        const outWhole = existsSync(path.join(p.out, 'index.html')) && existsSync(path.join(p.out, SITE_MARKER));
        const oldWhole = existsSync(p.old) && JSON.stringify(fingerprint(p.old)) === JSON.stringify(oldSite);
        expect(outWhole || oldWhole, step).toBe(true);
        // Whatever is at the output path is a whole site: the old one or the new one, never a mix.
        if (existsSync(p.out)) expect(step === 'new-in-place' || step === 'old-removed' ? true : JSON.stringify(fingerprint(p.out)) === JSON.stringify(oldSite), step).toBe(true);
      },
    });
    expect(r.code, r.err).toBe(0);
    expect(seen).toEqual(STEPS);
    expect(readFileSync(path.join(dir, '_site/vergaderingen/lrt-2024-03-01/index.html'), 'utf8')).toContain('heet iedereen welkom');
  });

  test.each(STEPS)('killed at step %s: the site or the old site survives, and the next build completes', async (at) => {
    const dir = project();
    expect((await lrtIn(dir, ['build'])).code).toBe(0);
    const oldSite = fingerprint(path.join(dir, '_site'));
    const sources = fingerprint(dir, (rel) => rel.startsWith('_site/') || rel.startsWith('._site'));
    let moment: string | null = null;
    const r = await lrtIn(dir, ['build'], {
      buildSteps: (step) => {
        if (step !== at) return;
        // The folder as a kill at this moment leaves it: no cleanup, the lock still there.
        moment = snapshot(dir);
        throw new Killed(step);
      },
    }).catch((e: unknown) => {
      if (!(e instanceof Killed)) throw e;
      return null;
    });
    expect(r).toBeNull();
    const left = moment!;
    const outWhole = existsSync(path.join(left, '_site', 'index.html'));
    const aside = readdirSync(left).filter((n) => n.startsWith('._site.lrt-old-'));
    const oldWhole = aside.some((n) => JSON.stringify(fingerprint(path.join(left, n))) === JSON.stringify(oldSite));
    expect(outWhole || oldWhole).toBe(true);
    // The sources are untouched.
    expect(fingerprint(left, (rel) => rel.startsWith('_site/') || rel.startsWith('._site'))).toEqual(sources);
    // In the process that was stopped (not killed), the old site is back or the new one in place.
    expect(existsSync(path.join(dir, '_site', 'index.html'))).toBe(true);

    // The next build (another process: the lock's pid is this one, so the copy gets a dead pid) completes.
    writeFileSync(path.join(left, '._site.lrt-lock'), '999999999\n');
    const next = await lrtIn(left, ['build']);
    expect(next.code, next.err).toBe(0);
    expect(existsSync(path.join(left, '_site', 'index.html'))).toBe(true);
    expect(existsSync(path.join(left, '_site', SITE_MARKER))).toBe(true);
    expect(readdirSync(left).filter((n) => n.includes('.lrt-'))).toEqual([]);
  });

  test('killed after the old site was moved aside: the next build puts it back before it builds', async () => {
    const dir = project();
    expect((await lrtIn(dir, ['build'])).code).toBe(0);
    let moment: string | null = null;
    await lrtIn(dir, ['build'], {
      buildSteps: (step) => {
        if (step !== 'old-moved-aside') return;
        moment = snapshot(dir);
        throw new Killed(step);
      },
    }).catch((e: unknown) => {
      if (!(e instanceof Killed)) throw e;
    });
    const left = moment!;
    expect(existsSync(path.join(left, '_site'))).toBe(false);
    writeFileSync(path.join(left, '._site.lrt-lock'), '999999999\n');
    // A build that stops on an error in the sources still puts the old site back first.
    writeFileSync(path.join(left, 'minutes/2024-05-01-lrt.md'), '---\norgaan: LRT\n---\n');
    const next = await lrtIn(left, ['build']);
    expect(next.code).toBe(1);
    expect(existsSync(path.join(left, '_site', 'index.html'))).toBe(true);
    expect(readdirSync(left).filter((n) => n.includes('.lrt-'))).toEqual([]);
  });
});
