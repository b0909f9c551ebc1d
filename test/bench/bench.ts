/**
 * npm run bench -- --meetings N [--rounds R] [--dir D] [--query Q] [--keep] [--skip-search] [--skip-profile]
 *
 * With every file on tmpfs, in R alternated rounds (each round runs every step once, in the same
 * order, so a busy moment of the shared machine falls on all of them alike):
 *   - the yardsticks: bare Eleventy on the same Markdown, remark parsing every file with the
 *     project's parser (remarkParse.mjs), and the I/O floor (ioFloor.mjs: read every file, one
 *     regex pass, write as many bytes in as many files as the cold build wrote);
 *   - `lrt check` without cache, `lrt build` cold, `lrt build` after one minutes file changed and
 *     `lrt check` with the cache the builds left.
 * Each step is its own process; GNU time gives its wall time, CPU time (user + system, all
 * threads) and peak memory. Per step: the median and the range (min–max) over the rounds; ratios
 * are of medians of CPU time. Then one cold build under `--cpu-prof` (not timed) for gcShare and
 * where the time goes; then the search: the size of its files, and in headless Chromium the bytes
 * and milliseconds of a first query, alternated with Pagefind indexing the same site.
 * Prints tables, the targets of issue 11 met or missed, and, as the last line, one JSON object.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../browser/chromium.js';
import { bareEleventyCommand } from './bareEleventy.js';
import { firstQuery, type FirstQuery } from './firstQuery.js';
import { writePagefindPage } from './pagefindPage.js';
import { AS_OF, profileColdBuild, profileTable, type ProfiledBuild } from './profileBuild.js';
import { runMeasured, type Measured } from './runMeasured.js';
import { serveCompressed } from './serveCompressed.js';
import { formatSpread, ratio, spread, verdict, type Spread, type Target } from './stats.js';
import { changeOneMinutes, writeCorpus } from './writeCorpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BENCH = path.dirname(fileURLToPath(import.meta.url));

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '2000' },
    dir: { type: 'string' },
    query: { type: 'string', default: 'huisvesting vergunninghouders' },
    keep: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    /** The old name of --rounds. */
    runs: { type: 'string' },
    'skip-search': { type: 'boolean', default: false },
    'skip-profile': { type: 'boolean', default: false },
  },
});
const meetings = Number(values.meetings);
if (!Number.isInteger(meetings) || meetings < 1) throw new Error(`--meetings: "${values.meetings}" is geen aantal`);
const rounds = Math.max(1, Number(values.rounds ?? values.runs ?? '3') || 1);
const tmpfs = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
const dir = path.resolve(values.dir ?? path.join(tmpfs, `lrt-bench-${meetings}`));
const corpus = path.join(dir, 'bron');
const site = path.join(dir, 'site');
const cache = path.join(corpus, '.cache');
const manifestFile = path.join(dir, 'site-manifest.json');
const lrt = [process.execPath, path.join(ROOT, 'bin', 'lrt.js')];
const lrtEnv = { NODE_ENV: 'production' };
const log = (s: string) => process.stderr.write(`${s}\n`);

type StepKey = 'bare' | 'parse' | 'checkCold' | 'cold' | 'floor' | 'rebuild' | 'check';

interface Step {
  key: StepKey;
  label: string;
  command: string[];
  env?: Record<string, string>;
  /** Runs before the step, outside its timing; gets the round's number. */
  prepare?: (round: number) => Promise<unknown>;
}

interface StepFigures {
  wall: Spread;
  cpu: Spread;
  /** The highest peak over the rounds. */
  rssMB: number;
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

/** What the cold build wrote, for the I/O floor to write as much: [relative path, bytes] per file. */
async function writeManifest(): Promise<{ files: number; bytes: number }> {
  const entries: [string, number][] = [];
  for (const f of await filesUnder(site)) entries.push([path.relative(site, f), (await stat(f)).size]);
  await writeFile(manifestFile, JSON.stringify(entries));
  return { files: entries.length, bytes: entries.reduce((n, [, b]) => n + b, 0) };
}

const s2 = (ms: number) => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  const t0 = performance.now();
  const loadBefore = os.loadavg();
  log(`Benchmark met ${meetings} vergaderingen in ${dir}, ${rounds} ${rounds === 1 ? 'ronde' : 'rondes'}; load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
  const written = await writeCorpus(corpus, meetings);
  log(`  ${written.files} bestanden, ${(written.bytes / 1e6).toFixed(1)} MB Markdown`);

  const kaal = path.join(dir, 'kaal');
  const floorOut = path.join(dir, 'vloer');
  const clearCache = () => rm(cache, { recursive: true, force: true });
  const buildArgs = [...lrt, 'build', '--as-of', AS_OF, '-o', path.relative(corpus, site)];
  let output = { files: 0, bytes: 0 };
  let pages = 0;
  const steps: Step[] = [
    { key: 'bare', label: 'bare Eleventy (markdown-it, same Markdown)', command: await bareEleventyCommand(dir, corpus, kaal), prepare: () => rm(kaal, { recursive: true, force: true }) },
    { key: 'parse', label: 'remark parse of every file (parseSource)', command: [process.execPath, path.join(BENCH, 'remarkParse.mjs'), path.join(ROOT, 'dist'), corpus] },
    { key: 'checkCold', label: 'lrt check without cache', command: [...lrt, 'check', '--as-of', AS_OF], env: lrtEnv, prepare: clearCache },
    {
      key: 'cold',
      label: 'lrt build cold (register + site + search index)',
      command: buildArgs,
      env: lrtEnv,
      prepare: async () => {
        await clearCache();
        await rm(site, { recursive: true, force: true });
      },
    },
    {
      key: 'floor',
      label: 'I/O floor (read all, one regex pass, write the site\'s bytes)',
      command: [process.execPath, path.join(BENCH, 'ioFloor.mjs'), corpus, manifestFile, floorOut],
      // Right after the cold build: the site on disk is the one it wrote.
      prepare: async () => {
        output = await writeManifest();
        pages = (await filesUnder(site)).filter((f) => f.endsWith('.html')).length;
        await rm(floorOut, { recursive: true, force: true });
      },
    },
    {
      key: 'rebuild',
      label: 'lrt build after one minutes file changed',
      command: buildArgs,
      env: lrtEnv,
      // Each round changes another file in the middle of the set, as a new pull request would.
      prepare: (r) => changeOneMinutes(corpus, written.minutes[Math.floor(written.minutes.length / 2) + r]!),
    },
    { key: 'check', label: 'lrt check (cache of the builds)', command: [...lrt, 'check', '--as-of', AS_OF], env: lrtEnv },
  ];

  const runsOf = new Map<StepKey, Measured[]>(steps.map((s) => [s.key, []]));
  for (let r = 0; r < rounds; r++) {
    log(`ronde ${r + 1}/${rounds} (load ${os.loadavg()[0]!.toFixed(2)})`);
    for (const step of steps) {
      await step.prepare?.(r);
      const m = await runMeasured(step.command, step.key === 'bare' ? dir : corpus, step.env);
      if (m.code !== 0) throw new Error(`${step.label} faalde (exit ${m.code}):\n${m.stderr.slice(-2000)}`);
      log(`  ${step.label}: ${s2(m.ms)} s wall, ${s2(m.cpuMs)} s CPU, ${m.rssMB.toFixed(0)} MB`);
      runsOf.get(step.key)!.push(m);
    }
  }
  const tRounds = performance.now();
  const fig = Object.fromEntries(
    steps.map((s) => {
      const ms = runsOf.get(s.key)!;
      return [s.key, { wall: spread(ms.map((m) => m.ms)), cpu: spread(ms.map((m) => m.cpuMs)), rssMB: Math.max(...ms.map((m) => m.rssMB)) }];
    }),
  ) as Record<StepKey, StepFigures>;

  // gcShare and the breakdown: one cold build more, profiled (never one of the timed runs).
  let profile: ProfiledBuild | null = null;
  if (!values['skip-profile']) {
    log('koude build met --cpu-prof');
    profile = await profileColdBuild(corpus, site, path.join(dir, 'profiel'));
    log(`  ${s2(profile.wallMs)} s wall, gcShare ${(profile.gcShare * 100).toFixed(1)} %`);
  }
  const tProfile = performance.now();

  // The search: what the site ships for it, and a first query in Chromium, against Pagefind.
  let search: {
    index: { raw: number; gzip: number };
    pagefindIndex: { raw: number; gzip: number };
    pagefindRun: Measured;
    pagefindVersion: string;
    ours: FirstQuery[];
    theirs: FirstQuery[];
  } | null = null;
  if (!values['skip-search']) {
    if (!existsSync(path.join(site, 'index.html'))) {
      await clearCache();
      await runMeasured(buildArgs, corpus, lrtEnv);
    }
    const searchFiles = (await filesUnder(path.join(site, 'data'))).filter((f) => /zoek/.test(path.basename(f)) || f.includes(`${path.sep}zoeken${path.sep}`));
    const index = await sizeOf(searchFiles);
    const pagefindRun = await runMeasured([process.execPath, path.join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', site, '--silent'], dir);
    if (pagefindRun.code !== 0) throw new Error(`pagefind faalde:\n${pagefindRun.stderr.slice(-2000)}`);
    log(`  pagefind --site: ${s2(pagefindRun.ms)} s wall, ${s2(pagefindRun.cpuMs)} s CPU, ${pagefindRun.rssMB.toFixed(0)} MB`);
    const pagefindIndex = await sizeOf(await filesUnder(path.join(site, 'pagefind')));
    const pagefindVersion = (JSON.parse(await readFile(path.join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
    const pagefindUrl = await writePagefindPage(site);
    const server = await serveCompressed(site);
    const browser = await launchChromium();
    const ours: FirstQuery[] = [];
    const theirs: FirstQuery[] = [];
    try {
      // Alternated too; every query in a fresh browser context: nothing cached, a first query each time.
      for (let r = 0; r < rounds; r++) {
        ours.push(await firstQuery(browser, `${server.url}/zoeken/`, values.query!));
        theirs.push(await firstQuery(browser, `${server.url}${pagefindUrl}`, values.query!));
      }
    } finally {
      await browser.close();
      await server.close();
    }
    log(`  zoeken: ${ours[0]!.requests.join(' ')}`);
    log(`  pagefind: ${theirs[0]!.requests.join(' ')}`);
    search = { index, pagefindIndex, pagefindRun, pagefindVersion, ours, theirs };
  }
  const tEnd = performance.now();
  const loadAfter = os.loadavg();

  // Ratios of medians of CPU time (user + system of the whole process, all threads).
  const c = (k: StepKey) => fig[k].cpu.median;
  const w = (k: StepKey) => fig[k].wall.median;
  const ratios = (t: (k: StepKey) => number) => ({
    coldBuildVsEleventy: ratio(t('cold'), t('bare')),
    rebuildVsCold: ratio(t('rebuild'), t('cold')),
    checkVsEleventy: ratio(t('check'), t('bare')),
    coldBuildVsFloor: ratio(t('cold'), t('parse') + t('bare')),
    checkNoCacheVsParse: ratio(t('checkCold'), t('parse')),
    ioFloorVsEleventy: ratio(t('floor'), t('bare')),
  });
  const cpu = ratios(c);
  const wall = ratios(w);
  const peakRssMB = Math.round(Math.max(fig.cold.rssMB, fig.rebuild.rssMB, fig.check.rssMB, fig.checkCold.rssMB));
  const targets: Target[] = [
    { name: 'coldBuildVsFloor', value: cpu.coldBuildVsFloor, limit: 1.5, atMeetings: 2000 },
    { name: 'rebuildVsCold', value: cpu.rebuildVsCold, limit: 0.15, atMeetings: 2000 },
    { name: 'checkNoCacheVsParse', value: cpu.checkNoCacheVsParse, limit: 1.5, atMeetings: 2000 },
    { name: 'checkVsEleventy', value: cpu.checkVsEleventy, limit: 0.5, atMeetings: 2000 },
    { name: 'peakRssMB', value: peakRssMB, limit: 1024, atMeetings: 10000 },
  ];

  const versus: Record<StepKey, string> = {
    bare: '1.00× Eleventy',
    parse: `${ratio(c('parse'), c('bare')).toFixed(2)}× Eleventy`,
    floor: `${cpu.ioFloorVsEleventy.toFixed(2)}× Eleventy`,
    checkCold: `${cpu.checkNoCacheVsParse.toFixed(2)}× parse`,
    cold: `${cpu.coldBuildVsFloor.toFixed(2)}× (parse + Eleventy), ${cpu.coldBuildVsEleventy.toFixed(2)}× Eleventy`,
    rebuild: `${cpu.rebuildVsCold.toFixed(2)}× cold`,
    check: `${cpu.checkVsEleventy.toFixed(2)}× Eleventy`,
  };
  const rows: string[][] = [['step', 'wall s: median (range)', 'CPU s: median (range)', 'ratio (CPU medians)', 'peak MB']];
  for (const s of steps) rows.push([s.label, formatSpread(fig[s.key].wall, 1 / 1000), formatSpread(fig[s.key].cpu, 1 / 1000), versus[s.key], fig[s.key].rssMB.toFixed(0)]);
  if (search) rows.push(['pagefind --site (indexing; once)', s2(search.pagefindRun.ms), s2(search.pagefindRun.cpuMs), `${ratio(search.pagefindRun.cpuMs, c('bare')).toFixed(2)}× Eleventy`, search.pagefindRun.rssMB.toFixed(0)]);
  const table = (r: string[][]) => {
    const wd = r[0]!.map((_, i) => Math.max(...r.map((row) => row[i]!.length)));
    return r.map((row, j) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(wd[i]!) : cell.padStart(wd[i]!))).join(' | ')} |${j === 0 ? `\n|${wd.map((n, i) => (i === 0 ? '-'.repeat(n + 2) : `${'-'.repeat(n + 1)}:`)).join('|')}|` : ''}`).join('\n');
  };
  const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  const model = os.cpus()[0]?.model ?? '?';
  console.log(`\n${meetings} meetings: ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB Markdown; site ${pages} pages, ${output.files} files, ${(output.bytes / 1e6).toFixed(1)} MB. ${rounds} alternated ${rounds === 1 ? 'round' : 'rounds'}.`);
  console.log(`Machine: ${os.cpus().length} cores (${model}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; load average ${loadBefore[0]!.toFixed(2)} at the start, ${loadAfter[0]!.toFixed(2)} at the end.\n`);
  console.log(table(rows));
  console.log('\nWall-time ratios of the same runs: ' + Object.entries(wall).map(([k, v]) => `${k} ${v}`).join(', '));
  if (profile) {
    console.log(`\nCold build under --cpu-prof (${s2(profile.wallMs)} s wall; sampled time of every thread, so a thread waiting for a core counts too):\n`);
    console.log(profileTable(profile));
  }
  if (search) {
    const q = (qs: FirstQuery[], k: 'ms' | 'fullMs') => formatSpread(spread(qs.map((x) => x[k])), 1, 0);
    const searchRows = [
      ['search', 'index (raw)', 'index (gzip)', 'first query: bytes', 'first screen (titles): ms', 'with passages: ms'],
      [`lrt (lunr + nl), ${search.ours[0]!.results} shown`, kB(search.index.raw), kB(search.index.gzip), kB(spread(search.ours.map((x) => x.bytes)).median), q(search.ours, 'ms'), q(search.ours, 'fullMs')],
      [`Pagefind ${search.pagefindVersion}, ${search.theirs[0]!.results} shown`, kB(search.pagefindIndex.raw), kB(search.pagefindIndex.gzip), kB(spread(search.theirs.map((x) => x.bytes)).median), q(search.theirs, 'ms'), q(search.theirs, 'fullMs')],
    ];
    console.log(`\nFirst query "${values.query}", median (range) of ${rounds}:\n`);
    console.log(table(searchRows));
  }
  console.log('\nTargets (issue 11; CPU-time ratios):');
  for (const t of targets) console.log(`  ${t.name} ${t.value} ≤ ${t.limit}: ${verdict(t, meetings)}`);
  const minutes = (ms: number) => `${(ms / 60000).toFixed(1)} min`;
  console.log(`\nDuration: rounds ${minutes(tRounds - t0)}, profile ${minutes(tProfile - tRounds)}, search ${minutes(tEnd - tProfile)}, total ${minutes(tEnd - t0)}.\n`);

  const med = (qs: FirstQuery[] | undefined, k: 'ms' | 'fullMs' | 'bytes') => (qs ? Math.round(spread(qs.map((x) => x[k])).median) : null);
  const secs = (k: StepKey) => Math.round(c(k)) / 1000;
  console.log(
    JSON.stringify({
      meetings,
      rounds,
      timeBasis: 'cpu',
      coldBuildVsEleventy: cpu.coldBuildVsEleventy,
      rebuildVsCold: cpu.rebuildVsCold,
      checkVsEleventy: cpu.checkVsEleventy,
      peakRssMB,
      coldBuildVsFloor: cpu.coldBuildVsFloor,
      checkNoCacheVsParse: cpu.checkNoCacheVsParse,
      gcShare: profile ? Math.round(profile.gcShare * 1000) / 1000 : null,
      ioFloorVsEleventy: cpu.ioFloorVsEleventy,
      bareEleventyCpuS: secs('bare'),
      remarkParseCpuS: secs('parse'),
      ioFloorCpuS: secs('floor'),
      coldBuildCpuS: secs('cold'),
      rebuildCpuS: secs('rebuild'),
      checkCpuS: secs('check'),
      checkNoCacheCpuS: secs('checkCold'),
      wall,
      targetsMet: Object.fromEntries(targets.map((t) => [t.name, t.value <= t.limit])),
      loadAverage: [Math.round(loadBefore[0]! * 100) / 100, Math.round(loadAfter[0]! * 100) / 100],
      searchFirstQueryBytes: med(search?.ours, 'bytes'),
      searchFirstQueryMs: med(search?.ours, 'ms'),
      searchFirstScreenMs: med(search?.ours, 'ms'),
      searchWithPassagesMs: med(search?.ours, 'fullMs'),
      pagefindFirstQueryBytes: med(search?.theirs, 'bytes'),
      pagefindFirstQueryMs: med(search?.theirs, 'ms'),
      pagefindFirstScreenMs: med(search?.theirs, 'ms'),
    }),
  );
  if (!values.keep) await rm(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
