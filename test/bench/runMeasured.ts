import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface Measured {
  ms: number;
  /** Peak resident memory of the process, in MB. */
  rssMB: number;
  code: number;
  stderr: string;
  stdout: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command as its own process and measures its wall time and peak memory. The peak comes
 * from GNU time (apt package `time`); without it, a Node child reports its own maxRSS.
 */
export async function runMeasured(command: string[], cwd: string, env: Record<string, string> = {}): Promise<Measured> {
  const rssFile = path.join(os.tmpdir(), `lrt-bench-rss-${process.pid}-${Date.now()}`);
  const viaTime = existsSync(GNU_TIME);
  const [cmd, ...args] = viaTime ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...command] : command;
  const nodeOptions = viaTime ? '' : `--import=${new URL('./reportRss.mjs', import.meta.url).href}`;
  const started = performance.now();
  const child = spawn(cmd!, args, {
    cwd,
    env: { ...process.env, ...env, ...(nodeOptions ? { NODE_OPTIONS: nodeOptions, LRT_BENCH_RSS_FILE: rssFile } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const ms = performance.now() - started;
  const kb = Number((await readFile(rssFile, 'utf8').catch(() => '0')).trim().split('\n').pop());
  await rm(rssFile, { force: true });
  return { ms, rssMB: kb / 1024, code, stdout, stderr };
}
