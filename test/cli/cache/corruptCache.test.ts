import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, test } from 'vitest';
import { runPipeline } from '../../../src/pipeline.js';
import { runPipelineWith, type PipelineResult } from '../../../src/pipeline.js';
import { fileExecutor } from '../../../src/cli/fileExecutor.js';
import { sealEntry } from '../../../src/cli/cache/fileCache.js';
import type { RawSource } from '../../../src/read/readSources.js';
import { generateMinutes } from '../../bench/generateMinutes.js';
import { registry, shippedSources, source } from '../../helpers.js';
import { fingerprint, lrtIn, scratchDir } from '../safetyHelpers.js';

/**
 * A damaged cache is never trusted and never blamed on the minutes: whatever happened to an
 * entry (a flipped bit, cut short, replaced by other text, whole but of another shape, copied
 * to another entry's name), it is computed anew, and the register, the diagnostics and the site
 * are those of a run without a cache.
 */

const AS_OF = '2024-06-01';
const NOW = '2024-06-01T12:00:00.000Z';

const sources: RawSource[] = [...shippedSources(), ...generateMinutes(12, 7).map((f) => source(f.path, f.text))];

function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const flip = (at: (b: Buffer) => number) => (file: string) => {
  const b = readFileSync(file);
  if (b.length === 0) return;
  const i = Math.min(b.length - 1, Math.max(0, at(b)));
  b[i]! ^= 0x10;
  writeFileSync(file, b);
};

const DAMAGE: Record<string, (file: string, all: string[], before: Map<string, Buffer>) => void> = {
  'one bit flipped in the middle of the payload': flip((b) => Math.floor(b.length / 2)),
  'one bit flipped in the last byte': flip((b) => b.length - 1),
  'one bit flipped in the checksum': flip(() => 8),
  'cut short to half': (f) => writeFileSync(f, readFileSync(f).subarray(0, Math.floor(readFileSync(f).length / 2))),
  'emptied': (f) => writeFileSync(f, ''),
  'replaced by JSON text': (f) => writeFileSync(f, '{"file": "x.md", "text": null, "diagnostics": [], "record": null}'),
  'whole, with a right checksum, but of another shape': (f) =>
    writeFileSync(f, sealEntry(path.basename(f), v8.serialize({ file: 'x.md', text: '', parseDiagnostics: [], frontmatter: null, meeting: null, record: { kind: 'verslag', agreements: 6 }, diagnostics: [{}], publish: null }))),
  'copied to another entry\u2019s name': (f, all, before) => {
    // Each entry gets the next one's bytes (of the same kind, as they were before any was changed).
    const kind = (g: string) => path.basename(path.dirname(path.dirname(g)));
    const same = all.filter((g) => kind(g) === kind(f));
    writeFileSync(f, before.get(same[(same.indexOf(f) + 1) % same.length]!)!);
  },
};

function outcome(r: PipelineResult) {
  return { register: JSON.stringify(r.register), diagnostics: JSON.stringify(r.diagnostics), files: r.parsed.map((p) => p.file) };
}

describe('a damaged cache entry', () => {
  const expected = outcome(runPipeline(sources, registry(), AS_OF, NOW));

  test.each(Object.entries(DAMAGE))('%s: ignored and computed anew; the register and diagnostics are as without a cache', async (_, damage) => {
    const cacheDir = scratchDir('lrt-cache-');
    const run = async () => {
      let computed = -1;
      const executor = fileExecutor({ cacheDir, threads: 1, onRun: (s) => (computed = s.computed) });
      const result = await runPipelineWith(executor, sources, registry(), AS_OF, NOW, { forSite: false });
      return { result, stats: { parsed: computed } };
    };
    await run();
    const all = entries(path.join(cacheDir, 'v1'));
    // One entry a file: its whole result.
    expect(all.length).toBe(sources.length);
    const before = new Map(all.map((f) => [f, readFileSync(f)]));
    for (const f of all) damage(f, all, before);
    const again = await run();
    // Every entry was a miss: every file parsed again.
    expect(again.stats.parsed).toBe(sources.length);
    expect(outcome(again.result)).toEqual(expected);
    expect(again.result.diagnostics.map((d) => d.rule)).not.toContain('block-lost');
    expect(again.result.diagnostics.map((d) => d.rule)).not.toContain('internal-error');
    // And the entries written anew are used by the next run.
    const third = await run();
    expect(third.stats.parsed).toBe(0);
    expect(outcome(third.result)).toEqual(expected);
  });
});

/** The sources in a scratch project, its cache folder, and `lrt build` into `out` there (with or without that cache). */
function project(prefix: string): { dir: string; cacheDir: string; build: (out: string, cache: string | null) => Promise<void> } {
  const dir = scratchDir(prefix);
  for (const f of sources) {
    mkdirSync(path.join(dir, path.dirname(f.path)), { recursive: true });
    writeFileSync(path.join(dir, f.path), f.bytes);
  }
  const cacheDir = path.join(dir, '.cache', 'lrt');
  const build = async (out: string, cache: string | null) => {
    const r = await lrtIn(dir, ['build', '--as-of', AS_OF, '-o', out], { cacheDir: cache });
    expect(r.code, r.err).toBe(0);
  };
  return { dir, cacheDir, build };
}

describe('a damaged cache under lrt build', () => {
  test('every cache file (entries, rendered minutes, site manifest) with a bit flipped: the site is byte for byte a build without a cache', async () => {
    const { dir, cacheDir, build } = project('lrt-bouw-');
    await build('_site', cacheDir);
    const all = entries(cacheDir);
    expect(all.some((f) => f.includes(`${path.sep}weergave${path.sep}`))).toBe(true);
    expect(all.some((f) => f.includes(`${path.sep}site${path.sep}`))).toBe(true);
    for (const f of all) flip((b) => Math.floor(b.length / 2))(f);
    // A rebuild into the same folder (so the manifest is asked for) and a build without any cache.
    await build('_site', cacheDir);
    await build('_zonder_cache', null);
    expect(fingerprint(path.join(dir, '_site'))).toEqual(fingerprint(path.join(dir, '_zonder_cache')));
    rmSync(path.join(dir, '_zonder_cache'), { recursive: true });
  });
});

describe('a file\u2019s tree kept in the cache (read back when its page is rendered)', () => {
  /** A project with a cache filled by one build; the rendered minutes are dropped, so every page is rendered from its tree. */
  async function builtOnce(): Promise<{ dir: string; cacheDir: string; trees: string[]; build: (out: string, cache: string | null) => Promise<void> }> {
    const { dir, cacheDir, build } = project('lrt-boom-');
    await build('_eerst', cacheDir);
    rmSync(path.join(cacheDir, 'v1', 'weergave'), { recursive: true, force: true });
    const trees = entries(cacheDir).filter((f) => f.includes(`${path.sep}boom${path.sep}`));
    expect(trees.length).toBeGreaterThan(0);
    return { dir, cacheDir, trees, build };
  }

  // A tree is trusted by its checksum, as it was inside the publish entry before: the damage a disk or a copy does.
  const treeDamage = ['one bit flipped in the middle of the payload', 'cut short to half', 'emptied', 'copied to another entry\u2019s name'].map((k) => [k, DAMAGE[k]!] as const);

  test.each(treeDamage)('%s, found only when the page is rendered: the page comes from the text parsed again, the site as without a cache', async (_, damage) => {
    const { dir, cacheDir, trees, build } = await builtOnce();
    const before = new Map(trees.map((f) => [f, readFileSync(f)]));
    for (const f of trees) damage(f, trees, before);
    await build('_site', cacheDir);
    await build('_zonder_cache', null);
    expect(fingerprint(path.join(dir, '_site'))).toEqual(fingerprint(path.join(dir, '_zonder_cache')));
  });

  test('a tree entry gone: its file is read anew, the site as without a cache', async () => {
    const { dir, cacheDir, trees, build } = await builtOnce();
    for (const f of trees) rmSync(f);
    await build('_site', cacheDir);
    await build('_zonder_cache', null);
    expect(fingerprint(path.join(dir, '_site'))).toEqual(fingerprint(path.join(dir, '_zonder_cache')));
    expect(entries(cacheDir).filter((f) => f.includes(`${path.sep}boom${path.sep}`)).length).toBe(trees.length);
  });
});
