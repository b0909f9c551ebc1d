import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, SiteBuildError } from '../../../src/cli/buildSite.js';
import { SITE_MARKER, SITE_MARKER_TEXT } from '../../../src/cli/site/outputFolder.js';
import { registry, run, shippedGlossary, source } from '../../helpers.js';

const asOf = '2024-03-10';
const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lrt-woo-'));
  made.push(dir);
  return dir;
}
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

function minutesWith(body: string) {
  return source(
    'minutes/2024-03-01-lrt.md',
    [
      '---',
      'orgaan: LRT',
      'datum: 2024-03-01',
      'status: concept',
      'aanwezig:',
      '  - Dhr. Van der Burg (SJenV)',
      '  - { naam: Jan de Vries, organisatie: JenV, openbaar: false }',
      'agenda:',
      '  - 1. Opening',
      '---',
      '',
      '## 1. Opening',
      '',
      body,
      '',
    ].join('\n'),
  );
}

async function allText(dir: string, ext = ''): Promise<string> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith(ext));
  const parts = await Promise.all(files.map((e) => readFile(path.join(e.parentPath, e.name), 'utf8')));
  return parts.join('\n');
}

describe('buildSite', () => {
  test('a non-public name never reaches the site; raw HTML in minutes is not passed through', async () => {
    const cwd = await tempDir();
    const result = run([minutesWith('- Afspraak: JenV stuurt de brief. <script>window.geraakt = 1</script>\n  - id: lrt-2024-03-01-1')], asOf);
    expect(result.register.meetings[0]!.present).toContain('(JenV)');
    const out = await buildSite({ cwd, outDir: '_site', result, registry: registry(), glossaryEntries: await shippedGlossary(), asOf });
    expect(out.pages).toBeGreaterThanOrEqual(15);
    const text = await allText(path.join(cwd, '_site'));
    expect(text.toLowerCase()).not.toContain('jan de vries');
    // Only the site's own scripts are elements; the minutes' script is at most shown as text.
    expect(await allText(path.join(cwd, '_site'), '.html')).not.toMatch(/<script(?![^>]*\ssrc=)/i);
    const meeting = await readFile(path.join(cwd, '_site', 'vergaderingen', 'lrt-2024-03-01', 'index.html'), 'utf8');
    expect(meeting.slice(meeting.indexOf('class="verslag"'))).not.toContain('geraakt');
    expect(meeting).toContain('id="lrt-2024-03-01-1"');
    // The fixture is a concept: the page says so before anything else.
    expect(meeting).toContain('<strong>Concept.</strong> Dit verslag is nog niet vastgesteld.');
  });

  test('a build that would publish a non-public name fails, does not name it, and keeps the old site', async () => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, '_site'));
    await writeFile(path.join(cwd, '_site', 'index.html'), 'vorige site');
    // An earlier build's site: lrt build replaces only folders it made.
    await writeFile(path.join(cwd, '_site', SITE_MARKER), SITE_MARKER_TEXT);
    const result = run([minutesWith('- Jan de Vries (DGM) licht de cijfers toe.')], asOf);
    expect(result.diagnostics.map((d) => d.rule)).toContain('name-not-public');
    const build = buildSite({ cwd, outDir: '_site', result, registry: registry(), glossaryEntries: await shippedGlossary(), asOf });
    await expect(build).rejects.toThrow(SiteBuildError);
    await expect(build).rejects.toThrow(/niet-openbare naam.*\n.*vergaderingen\/lrt-2024-03-01\/index\.html: naam die in minutes\/2024-03-01-lrt\.md:7/);
    await build.catch((e: Error) => expect(e.message).not.toContain('Vries'));
    // One diagnostic for the refusal, then one per page of the site, with that page as its file.
    await build.catch((e: SiteBuildError) => {
      expect(e.diagnostics.map((d) => d.rule)).toEqual(['site-name-not-public', ...e.diagnostics.slice(1).map(() => 'site-name-not-public-at')]);
      expect(e.diagnostics.map((d) => d.file)).toContain('vergaderingen/lrt-2024-03-01/index.html');
    });
    expect(await readFile(path.join(cwd, '_site', 'index.html'), 'utf8')).toBe('vorige site');
    expect((await readdir(cwd)).sort()).toEqual(['_site']);
  });

  test('refuses a register built as of another date, and an output folder that holds the working folder', async () => {
    const cwd = await tempDir();
    const result = run([minutesWith('- Tekst.')], asOf);
    await expect(buildSite({ cwd, outDir: '_site', result, registry: registry(), glossaryEntries: await shippedGlossary(), asOf: '2024-03-11' })).rejects.toThrow(/per dezelfde datum/);
    await expect(buildSite({ cwd, outDir: '.', result, registry: registry(), glossaryEntries: await shippedGlossary(), asOf })).rejects.toThrow(/De uitvoermap \. is de projectmap zelf/);
    await expect(buildSite({ cwd, outDir: '..', result, registry: registry(), glossaryEntries: await shippedGlossary(), asOf })).rejects.toThrow(/De uitvoermap \.\. is een map waarin het project staat/);
  });
});
