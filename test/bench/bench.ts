/**
 * npm run bench -- --meetings N [--runs R] [--dir D] [--query Q] [--keep]
 *
 * Side by side, with every file on tmpfs: bare Eleventy on the same Markdown (the yardstick),
 * `lrt check` without and with the cache, `lrt build` cold and after one minutes file changed,
 * each as its own process with its peak memory; then the search: the size of its files, and in
 * headless Chromium the bytes and milliseconds of a first query, against Pagefind indexing the
 * same built site. Prints a table and, as the last line, one JSON object.
 *
 * With --runs R every timed step runs R times and the fastest run counts (the peak memory is the
 * highest of them): on a shared machine the fastest run is the one least disturbed.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../browser/chromium.js';
import { bareEleventyCommand } from './bareEleventy.js';
import { firstQuery, type FirstQuery } from './firstQuery.js';
import { writePagefindPage } from './pagefindPage.js';
import { runMeasured, type Measured } from './runMeasured.js';
import { serveCompressed } from './serveCompressed.js';
import { changeOneMinutes, writeCorpus } from './writeCorpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const AS_OF = '2025-01-01';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '2000' },
    dir: { type: 'string' },
    query: { type: 'string', default: 'huisvesting vergunninghouders' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
  },
});
const meetings = Number(values.meetings);
if (!Number.isInteger(meetings) || meetings < 1) throw new Error(`--meetings: "${values.meetings}" is geen aantal`);
const tmpfs = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
const dir = path.resolve(values.dir ?? path.join(tmpfs, `lrt-bench-${meetings}`));
const corpus = path.join(dir, 'bron');
const site = path.join(dir, 'site');
const lrt = [process.execPath, path.join(ROOT, 'bin', 'lrt.js')];
const log = (s: string) => process.stderr.write(`${s}\n`);
const runs = Math.max(1, Number(values.runs) || 1);

function ensureOk(step: string, m: Measured): Measured {
  if (m.code !== 0) throw new Error(`${step} faalde (exit ${m.code}):\n${m.stderr.slice(-2000)}`);
  log(`  ${step}: ${(m.ms / 1000).toFixed(2)} s, ${m.rssMB.toFixed(0)} MB`);
  return m;
}

/** A step `runs` times (after `prepare`, given the run's number): the fastest time, the highest peak. */
async function best(step: string, command: string[], cwd: string, prepare: (i: number) => Promise<unknown> = async () => {}, env: Record<string, string> = {}): Promise<Measured> {
  let out: Measured | null = null;
  for (let i = 0; i < runs; i++) {
    await prepare(i);
    const m = await runMeasured(command, cwd, env);
    if (m.code !== 0) throw new Error(`${step} faalde (exit ${m.code}):\n${m.stderr.slice(-2000)}`);
    out = !out ? m : { ...(m.ms < out.ms ? m : out), rssMB: Math.max(m.rssMB, out.rssMB) };
  }
  return ensureOk(step, out!);
}

async function sizeOf(files: string[]): Promise<{ raw: number; gzip: number }> {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const b = await readFile(f);
    raw += b.byteLength;
    gzip += gzipSync(b).byteLength;
  }
  return { raw, gzip };
}

async function filesUnder(d: string): Promise<string[]> {
  if (!existsSync(d)) return [];
  return (await readdir(d, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function main(): Promise<void> {
  log(`Benchmark met ${meetings} vergaderingen in ${dir}`);
  const written = await writeCorpus(corpus, meetings);
  log(`  ${written.files} bestanden, ${(written.bytes / 1e6).toFixed(1)} MB Markdown`);
  const cache = path.join(corpus, '.cache');
  const lrtEnv = { NODE_ENV: 'production' };

  const kaal = path.join(dir, 'kaal');
  const bare = await best('kale Eleventy', await bareEleventyCommand(dir, corpus, kaal), dir, () => rm(kaal, { recursive: true, force: true }));

  const clearCache = () => rm(cache, { recursive: true, force: true });
  const checkCold = await best('lrt check zonder cache', [...lrt, 'check', '--as-of', AS_OF], corpus, clearCache, lrtEnv);

  const buildArgs = [...lrt, 'build', '--as-of', AS_OF, '-o', path.relative(corpus, site)];
  const cold = await best('lrt build koud', buildArgs, corpus, async () => {
    await clearCache();
    await rm(site, { recursive: true, force: true });
  }, lrtEnv);
  const pages = (await filesUnder(site)).filter((f) => f.endsWith('.html')).length;

  // Each run changes another file in the middle of the set, as a new pull request would.
  const rebuild = await best('lrt build na wijziging', buildArgs, corpus, (i) => changeOneMinutes(corpus, written.minutes[Math.floor(written.minutes.length / 2) + i]!), lrtEnv);
  const check = await best('lrt check met cache', [...lrt, 'check', '--as-of', AS_OF], corpus, undefined, lrtEnv);

  // The search: what the site ships for it, and a first query in Chromium.
  const searchFiles = (await filesUnder(path.join(site, 'data'))).filter((f) => /zoek/.test(path.basename(f)) || f.includes(`${path.sep}zoeken${path.sep}`));
  const index = await sizeOf(searchFiles);
  const pagefindRun = ensureOk(
    'pagefind --site',
    await runMeasured([process.execPath, path.join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', site, '--silent'], dir),
  );
  const pagefindIndex = await sizeOf(await filesUnder(path.join(site, 'pagefind')));
  const pagefindVersion = (JSON.parse(await readFile(path.join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
  const pagefindUrl = await writePagefindPage(site);

  const server = await serveCompressed(site);
  const browser = await launchChromium();
  let ours: FirstQuery;
  let theirs: FirstQuery;
  try {
    // Every run in a fresh browser context: nothing cached, a first query each time.
    const fastest = async (url: string) => {
      let f: FirstQuery | null = null;
      for (let i = 0; i < runs; i++) {
        const q = await firstQuery(browser, url, values.query!);
        if (!f || q.ms < f.ms) f = q;
      }
      return f!;
    };
    ours = await fastest(`${server.url}/zoeken/`);
    theirs = await fastest(`${server.url}${pagefindUrl}`);
  } finally {
    await browser.close();
    await server.close();
  }
  log(`  zoeken: ${ours.requests.join(' ')}`);
  log(`  pagefind: ${theirs.requests.join(' ')}`);

  const s = (m: Measured) => (m.ms / 1000).toFixed(2);
  const x = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  const rows: [string, string, string, string][] = [
    ['stap', 'tijd (s)', 'verhouding', 'piekgeheugen (MB)'],
    ['kale Eleventy (markdown-it, zelfde Markdown)', s(bare), '1.00× Eleventy', bare.rssMB.toFixed(0)],
    ['lrt build koud (register + site + zoekindex)', s(cold), `${x(cold.ms, bare.ms).toFixed(2)}× Eleventy`, cold.rssMB.toFixed(0)],
    ['lrt build na wijziging van één verslag', s(rebuild), `${x(rebuild.ms, cold.ms).toFixed(2)}× koud`, rebuild.rssMB.toFixed(0)],
    ['lrt check (cache van de vorige build)', s(check), `${x(check.ms, bare.ms).toFixed(2)}× Eleventy`, check.rssMB.toFixed(0)],
    ['lrt check zonder cache', s(checkCold), `${x(checkCold.ms, bare.ms).toFixed(2)}× Eleventy`, checkCold.rssMB.toFixed(0)],
    ['pagefind --site (indexeren)', s(pagefindRun), `${x(pagefindRun.ms, bare.ms).toFixed(2)}× Eleventy`, pagefindRun.rssMB.toFixed(0)],
  ];
  const searchRows: [string, string, string, string, string, string][] = [
    ['zoeken', 'index (ruw)', 'index (gzip)', 'eerste zoekvraag: bytes', 'eerste scherm (titels): ms', 'met passages: ms'],
    [`lrt (lunr + nl), ${ours.results} getoond`, kB(index.raw), kB(index.gzip), kB(ours.bytes), ours.ms.toFixed(0), ours.fullMs.toFixed(0)],
    [`Pagefind ${pagefindVersion}, ${theirs.results} getoond`, kB(pagefindIndex.raw), kB(pagefindIndex.gzip), kB(theirs.bytes), theirs.ms.toFixed(0), theirs.fullMs.toFixed(0)],
  ];
  const table = (r: string[][]) => {
    const w = r[0]!.map((_, i) => Math.max(...r.map((row) => row[i]!.length)));
    return r.map((row, j) => `| ${row.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join(' | ')} |${j === 0 ? `\n|${w.map((n, i) => (i === 0 ? '-'.repeat(n + 2) : `${'-'.repeat(n + 1)}:`)).join('|')}|` : ''}`).join('\n');
  };
  const cpu = os.cpus()[0]?.model ?? '?';
  console.log(`\n${meetings} vergaderingen: ${written.files} bestanden, ${(written.bytes / 1e6).toFixed(1)} MB Markdown; site ${pages} pagina's. Zoekvraag "${values.query}". Snelste van ${runs} ${runs === 1 ? 'run' : 'runs'} per stap.`);
  console.log(`Machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}.\n`);
  console.log(table(rows));
  console.log('');
  console.log(table(searchRows));
  console.log('');
  console.log(
    JSON.stringify({
      meetings,
      coldBuildVsEleventy: x(cold.ms, bare.ms),
      rebuildVsCold: x(rebuild.ms, cold.ms),
      checkVsEleventy: x(check.ms, bare.ms),
      peakRssMB: Math.round(Math.max(cold.rssMB, rebuild.rssMB, check.rssMB)),
      searchFirstQueryBytes: ours.bytes,
      searchFirstQueryMs: Math.round(ours.ms),
      searchFirstScreenMs: Math.round(ours.ms),
      searchWithPassagesMs: Math.round(ours.fullMs),
      pagefindFirstQueryBytes: theirs.bytes,
      pagefindFirstQueryMs: Math.round(theirs.ms),
      pagefindFirstScreenMs: Math.round(theirs.ms),
    }),
  );
  if (!values.keep) await rm(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
