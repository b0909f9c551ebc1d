import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface Measured {
  /** Wall time, in ms, as GNU time saw it (or as this process saw it without GNU time). */
  ms: number;
  /** CPU time of the process (user + system, all its threads and reaped children), in ms. */
  cpuMs: number;
  /** Peak resident memory of the process, in MB. */
  rssMB: number;
  code: number;
  stderr: string;
  stdout: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Parses what `/usr/bin/time -f "%e %U %S %M"` wrote (its last line: elapsed, user, system
 * seconds and peak RSS in kB; a killed child adds a line above it).
 */
export function parseGnuTime(out: string): { ms: number; cpuMs: number; rssMB: number } | null {
  const last = out.trim().split('\n').pop() ?? '';
  const m = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)$/.exec(last.trim());
  if (!m) return null;
  return { ms: Number(m[1]) * 1000, cpuMs: (Number(m[2]) + Number(m[3])) * 1000, rssMB: Number(m[4]) / 1024 };
}

/**
 * Runs a command as its own process and measures its wall time, CPU time (user + system) and
 * peak memory. The figures come from GNU time (apt package `time`); without it, a Node child
 * reports its own resource usage on exit (reportRss.mjs), and the wall time is taken here.
 */
export async function runMeasured(command: string[], cwd: string, env: Record<string, string> = {}): Promise<Measured> {
  const usageFile = path.join(os.tmpdir(), `lrt-bench-usage-${process.pid}-${Date.now()}`);
  const viaTime = existsSync(GNU_TIME);
  const [cmd, ...args] = viaTime ? [GNU_TIME, '-f', '%e %U %S %M', '-o', usageFile, ...command] : command;
  const nodeOptions = viaTime ? '' : `--import=${new URL('./reportRss.mjs', import.meta.url).href}`;
  const started = performance.now();
  const child = spawn(cmd!, args, {
    cwd,
    env: { ...process.env, ...env, ...(nodeOptions ? { NODE_OPTIONS: nodeOptions, LRT_BENCH_RSS_FILE: usageFile } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const wallMs = performance.now() - started;
  const out = await readFile(usageFile, 'utf8').catch(() => '');
  await rm(usageFile, { force: true });
  if (viaTime) {
    const t = parseGnuTime(out);
    if (t) return { ...t, code, stdout, stderr };
    return { ms: wallMs, cpuMs: NaN, rssMB: NaN, code, stdout, stderr };
  }
  const [rssKb, userUs, systemUs] = out.trim().split(' ').map(Number);
  return { ms: wallMs, cpuMs: ((userUs ?? NaN) + (systemUs ?? NaN)) / 1000, rssMB: (rssKb ?? NaN) / 1024, code, stdout, stderr };
}
