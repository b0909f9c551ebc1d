import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runPipeline, runPipelineWith, type PipelineResult } from '../../src/pipeline.js';
import { fileExecutor, type FileExecutorOptions } from '../../src/cli/fileExecutor.js';
import type { Registry } from '../../src/schema/registry.js';
import { main, type Io } from '../../src/cli/main.js';
import type { RawSource } from '../../src/read/readSources.js';
import { generateMinutes } from '../bench/generateMinutes.js';
import { registry, repoFile, ROOT, shippedSources, source } from '../helpers.js';

/**
 * The CLI's executor of the pipeline's map (cache and worker threads) changes how fast, never what: the register, the diagnostics
 * and the built site are the same as without them, byte for byte. (No timing here: speed is the
 * benchmark's, npm run bench.)
 */

const AS_OF = '2024-06-01';
const NOW = '2024-06-01T12:00:00.000Z';
const made: string[] = [];
const scratch = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const fixtures = (dir: string): RawSource[] =>
  readdirSync(path.join(ROOT, 'test/fixtures', dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => repoFile(path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/')))
    .sort((a, b) => a.path.localeCompare(b.path));

const generated = (meetings: number, seed: number): RawSource[] => generateMinutes(meetings, seed).map((f) => source(f.path, f.text));

const corpora: Record<string, RawSource[]> = {
  'the shipped minutes': shippedSources(),
  'broken and odd input': [...fixtures('bad-input'), ...fixtures('bad-input-twins'), ...fixtures('broken')],
  'generated minutes': generated(60, 3),
};

/** What a run produced, as text: what must not change. */
function outcome(r: PipelineResult) {
  return {
    register: JSON.stringify(r.register),
    diagnostics: JSON.stringify(r.diagnostics),
    files: r.parsed.map((p) => p.file),
    records: JSON.stringify(r.records.map(({ source: _source, ...rest }) => rest)),
  };
}

type Stats = { files: number; computed: number; threads: number };

/** The pipeline with the CLI's executor; `stats` says how many files it read anew, on how many threads. */
async function fast(raw: RawSource[], opts: Partial<FileExecutorOptions> & { forSite?: boolean; registry?: Registry }) {
  let stats: Stats = { files: 0, computed: 0, threads: 0 };
  const executor = fileExecutor({ cacheDir: null, threads: 1, ...opts, onRun: (s) => (stats = s) });
  const reg = opts.registry ?? registry();
  // With the link stage's memo, as the CLI runs it (context.ts): a second run over the same files reads the proposals back.
  const result = await runPipelineWith(executor, raw, reg, AS_OF, NOW, { forSite: opts.forSite ?? false, memo: executor.linkMemo(raw, reg, AS_OF) });
  return { result, stats };
}

describe.each(Object.entries(corpora))('%s', (_, raw) => {
  const expected = outcome(runPipeline(raw, registry(), AS_OF, NOW));

  test('on this thread, without cache: the same records, register and diagnostics', async () => {
    expect(outcome((await fast(raw, {})).result)).toEqual(expected);
  });

  test('on worker threads: the same', async () => {
    const { result, stats } = await fast(raw, { threads: 2, filesPerThread: 1, forSite: true });
    expect(stats.threads).toBe(2);
    expect(outcome(result)).toEqual(expected);
  });

  test('from the cache, filled on this thread and on workers: the same, and nothing parsed again', async () => {
    for (const threads of [1, 2]) {
      const cacheDir = scratch('lrt-cache-');
      const first = await fast(raw, { cacheDir, threads, filesPerThread: 1 });
      expect(outcome(first.result)).toEqual(expected);
      const second = await fast(raw, { cacheDir, threads, filesPerThread: 1 });
      expect(outcome(second.result)).toEqual(expected);
      expect(second.stats.computed).toBe(0);
    }
  });
});

test('a 3 MB minutes file among small ones: the workers get the heap it needs, and the same outcome', async () => {
  // micromark needs several hundred MB for a file this size; a flat worker heap limit would kill the worker.
  const para = 'De **LRT** bespreekt de [opvang](https://example.nl) en de huisvesting van vergunninghouders.\n\n';
  const big = source('minutes/2024-01-01-lrt.md', `---\norgaan: LRT\ndatum: 2024-01-01\nstatus: concept\n---\n\n${para.repeat(Math.ceil(3 * 2 ** 20 / para.length))}`);
  const raw = [...generated(4, 9), big];
  const { result, stats } = await fast(raw, { threads: 2, filesPerThread: 1 });
  expect(stats.threads).toBe(2);
  expect(outcome(result)).toEqual(outcome(runPipeline(raw, registry(), AS_OF, NOW)));
});

test('a build keeps the trees in the cache, not in the results: each is read back, as the pipeline packed it, when its page is rendered', async () => {
  const raw = generated(12, 5);
  const inline = runPipeline(raw, registry(), AS_OF, NOW);
  for (const threads of [1, 2]) {
    const cacheDir = scratch('lrt-trees-');
    // Twice: filled (on this thread or on workers), then from the cache.
    for (let round = 0; round < 2; round++) {
      const executor = fileExecutor({ cacheDir, threads, filesPerThread: 1 });
      const result = await runPipelineWith(executor, raw, registry(), AS_OF, NOW, { forSite: true });
      expect(result.published.size).toBeGreaterThan(0);
      for (const [file, publish] of result.published) {
        expect(publish.tree, file).toBeNull();
        expect(Buffer.from(executor.loadTree(file)!).equals(Buffer.from(inline.published.get(file)!.tree!)), file).toBe(true);
      }
    }
  }
});

describe('a changed file', () => {
  const base = generated(40, 11);
  const minutesFiles = base.filter((f) => f.path.startsWith('minutes/'));

  test('one edited minutes file is parsed again, alone; the rest comes from the cache', async () => {
    const cacheDir = scratch('lrt-cache-');
    await fast(base, { cacheDir });
    const target = minutesFiles[20]!;
    const text = new TextDecoder().decode(target.bytes).replace('\n- ', '\n- Een zin erbij. ');
    const changed = base.map((f) => (f === target ? source(f.path, text) : f));
    const again = await fast(changed, { cacheDir });
    expect(again.stats.computed).toBe(1);
    expect(outcome(again.result)).toEqual(outcome(runPipeline(changed, registry(), AS_OF, NOW)));
  });

  test('a new meeting: only its own file is read; deadlines that name a meeting are resolved anew when linking', async () => {
    const cacheDir = scratch('lrt-cache-');
    await fast(base, { cacheDir });
    const extra = source(
      'minutes/2030-01-10-lrt.md',
      '---\norgaan: LRT\ndatum: 2030-01-10\nstatus: concept\nagenda:\n  - 1. Opening\n---\n\n## 1. Opening\n\n- Afspraak: BZK stuurt de cijfers voor de volgende LRT.\n',
    );
    const more = [...base, extra];
    const again = await fast(more, { cacheDir });
    expect(again.stats.computed).toBe(1);
    expect(outcome(again.result)).toEqual(outcome(runPipeline(more, registry(), AS_OF, NOW)));
  });

  test('a changed data file (registry) makes every entry a miss', async () => {
    const cacheDir = scratch('lrt-cache-');
    await fast(base, { cacheDir });
    const other = { ...registry(), organisaties: [...registry().organisaties, { code: 'XYZ', naam: 'Nieuw', soort: 'partner' as const, aliassen: [], rollen: [], eenheden: [] }] };
    const again = await fast(base, { cacheDir, registry: other });
    expect(again.stats.computed).toBe(base.length);
    expect(outcome(again.result)).toEqual(outcome(runPipeline(base, other, AS_OF, NOW)));
  });
});

describe('the site', () => {
  /** A project folder with the shipped data and minutes and some generated ones. */
  function project(): string {
    const dir = scratch('lrt-site-');
    // Enough files for worker threads (40 a thread), whose results come back serialised.
    for (const f of [...shippedSources(), ...generated(90, 5)]) {
      mkdirSync(path.join(dir, path.dirname(f.path)), { recursive: true });
      writeFileSync(path.join(dir, f.path), f.bytes);
    }
    return dir;
  }

  /** lrt build; returns its closing line ("Site gebouwd in …: N pagina's, … kB; …"). */
  async function build(cwd: string, out: string, cacheDir: string | null, threads = 1): Promise<string> {
    const err: string[] = [];
    const io: Io = { cwd, out: () => {}, err: (s) => err.push(s), today: () => AS_OF, now: () => NOW, cacheDir, threads };
    const code = await main(['build', '--as-of', AS_OF, '-o', out], io);
    expect(code, err.join('\n')).toBe(0);
    return err.at(-1)!.replace(/ in [^:]*:/, ':');
  }

  function files(dir: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
      if (e.isFile()) out.set(path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'latin1'));
    return out;
  }

  test('built on worker threads, then from the cache after one file changed: every file as a build without either writes it', async () => {
    const cwd = project();
    const cacheDir = path.join(cwd, '.cache', 'lrt');
    await build(cwd, '_site', cacheDir, 2);
    const file = path.join(cwd, 'minutes', readdirSync(path.join(cwd, 'minutes')).sort()[10]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n- ', '\n- Na afloop is de presentatie rondgestuurd. '));
    const summary = await build(cwd, '_site', cacheDir, 2);
    // Pages and bytes as counted by a build that renders everything: nothing counted twice.
    expect(summary).toBe(await build(cwd, '_zonder_cache', null));
    const cached = files(path.join(cwd, '_site'));
    const plain = files(path.join(cwd, '_zonder_cache'));
    expect([...cached.keys()].sort()).toEqual([...plain.keys()].sort());
    for (const [name, text] of plain) expect(cached.get(name), name).toBe(text);
    expect([...cached.values()].some((t) => t.includes('presentatie rondgestuurd'))).toBe(true);
  });
});

describe('memory', () => {
  // v8.deserialize makes a typed array a view into the whole buffer it read (the worker's message,
  // the cache entry): kept as such, each file's packed passages kept its whole serialised result alive.
  const ownBuffer = (a: Uint8Array | Uint16Array | Int32Array) => a.byteOffset === 0 && a.byteLength === a.buffer.byteLength;

  test("a file's packed arrays, from worker threads and from the cache, hold no buffer larger than themselves", async () => {
    const raw = generated(20, 5);
    const cacheDir = path.join(scratch('lrt-own-'), 'cache');
    for (const round of ['workers', 'cache']) {
      let computed = 0;
      const executor = fileExecutor({ cacheDir, threads: 2, filesPerThread: 1, onRun: (s) => (computed = s.computed) });
      const results = await executor(raw, { registry: registry(), forSite: true });
      expect(computed, round).toBe(round === 'workers' ? raw.length : 0);
      const passages = results.flatMap((r) => (r.passages ? [r.passages.data] : []));
      const terms = results.flatMap((r) => (r.publish ? [r.publish.terms] : []));
      expect(passages.length && terms.length, round).toBeGreaterThan(0);
      for (const a of [...passages, ...terms]) expect(ownBuffer(a), round).toBe(true);
    }
  });
});
