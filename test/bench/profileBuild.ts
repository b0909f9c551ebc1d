/**
 * npx tsx test/bench/profileBuild.ts --meetings N [--dir D] [--keep]
 * npx tsx test/bench/profileBuild.ts --corpus <folder with minutes/> [--keep]
 *
 * One cold `lrt build` (no cache, no earlier site) under `node --cpu-prof`, every thread profiled,
 * and where its CPU time went (see cpuProfile.ts for the categories). The bench runs the same to
 * report gcShare; the timed runs of the bench are never profiled.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CATEGORIES, summariseProfiles, type CpuProfile, type ProfileSummary } from './cpuProfile.js';
import { runMeasured } from './runMeasured.js';
import { writeCorpus } from './writeCorpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const AS_OF = '2025-01-01';

export interface ProfiledBuild extends ProfileSummary {
  /** Wall and CPU time of the profiled run (the profiler adds its own cost). */
  wallMs: number;
  cpuMs: number;
}

/** Runs a cold build of `corpus` into `site` (both emptied of cache and output first), profiled. */
export async function profileColdBuild(corpus: string, site: string, profileDir: string): Promise<ProfiledBuild> {
  await rm(path.join(corpus, '.cache'), { recursive: true, force: true });
  await rm(site, { recursive: true, force: true });
  await rm(profileDir, { recursive: true, force: true });
  await mkdir(path.dirname(site), { recursive: true });
  const command = [process.execPath, '--cpu-prof', `--cpu-prof-dir=${profileDir}`, path.join(ROOT, 'bin', 'lrt.js'), 'build', '--as-of', AS_OF, '-o', path.relative(corpus, site)];
  const m = await runMeasured(command, corpus, { NODE_ENV: 'production' });
  if (m.code !== 0) throw new Error(`geprofileerde build faalde (exit ${m.code}):\n${m.stderr.slice(-2000)}`);
  const files = (await readdir(profileDir)).filter((f) => f.endsWith('.cpuprofile'));
  const profiles = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(profileDir, f), 'utf8')) as CpuProfile));
  return { ...summariseProfiles(profiles), wallMs: m.ms, cpuMs: m.cpuMs };
}

/** The breakdown as a Markdown table, largest share first. */
export function profileTable(p: ProfileSummary): string {
  const rows = CATEGORIES.map((c) => [c, p.ms[c]] as const)
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1]);
  const lines = ['| where the CPU time goes | s | share |', '|---|---:|---:|'];
  for (const [c, ms] of rows) lines.push(`| ${c} | ${(ms / 1000).toFixed(2)} | ${((100 * ms) / p.busyMs).toFixed(1)} % |`);
  lines.push(`| **all threads, not idle** (${p.threads.map((t) => (t / 1000).toFixed(1)).join(' + ')} s) | ${(p.busyMs / 1000).toFixed(2)} | 100 % |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      meetings: { type: 'string' },
      corpus: { type: 'string' },
      dir: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const tmpfs = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  let corpus: string;
  let dir: string;
  if (values.corpus) {
    corpus = path.resolve(values.corpus);
    dir = path.resolve(values.dir ?? path.join(tmpfs, `lrt-profile-${process.pid}`));
  } else {
    const meetings = Number(values.meetings ?? '2000');
    if (!Number.isInteger(meetings) || meetings < 1) throw new Error(`--meetings: "${values.meetings}" is geen aantal`);
    dir = path.resolve(values.dir ?? path.join(tmpfs, `lrt-profile-${meetings}`));
    corpus = path.join(dir, 'bron');
    const written = await writeCorpus(corpus, meetings);
    process.stderr.write(`${meetings} vergaderingen: ${written.files} bestanden in ${corpus}\n`);
  }
  const p = await profileColdBuild(corpus, path.join(dir, 'site'), path.join(dir, 'profiel'));
  console.log(`Cold build under --cpu-prof: ${(p.wallMs / 1000).toFixed(2)} s wall, ${(p.cpuMs / 1000).toFixed(2)} s CPU.\n`);
  console.log(profileTable(p));
  console.log(`\n${JSON.stringify({ gcShare: Math.round(p.gcShare * 1000) / 1000, busyS: Math.round(p.busyMs) / 1000 })}`);
  // With --corpus, only what this script made goes; the corpus stays.
  if (!values.keep) for (const made of values.corpus ? [path.join(dir, 'site'), path.join(dir, 'profiel')] : [dir]) await rm(made, { recursive: true, force: true });
  else process.stderr.write(`Profielen in ${path.join(dir, 'profiel')} (te openen in Chrome DevTools)\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
