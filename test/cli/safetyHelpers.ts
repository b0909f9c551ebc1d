import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { ROOT, scratchWith } from '../helpers.js';

/** The build tests' clock: fixed, so two builds of the same sources write the same bytes. */
export const AS_OF = '2024-06-01';
const NOW = '2024-06-01T12:00:00.000Z';

/** One small, valid meeting (test/fixtures/safety/small-meeting.md): builds in seconds, with pages for the meeting, its agreements and owners. */
export const MINUTES = readFileSync(path.join(ROOT, 'test/fixtures/safety/small-meeting.md'), 'utf8');

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A scratch project with the data files and one minutes file (plus `files`), removed after the tests. */
export function project(files: Record<string, string> = {}): string {
  const dir = scratchWith({ 'minutes/2024-03-01-lrt.md': MINUTES, ...files }, 'lrt-veilig-');
  made.push(dir);
  return dir;
}

export function scratchDir(prefix = 'lrt-veilig-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** lrt in `cwd` with the given extra io (test seams, cache, home); returns exit code and stderr. */
export async function lrtIn(cwd: string, args: string[], extra: Partial<Io> = {}): Promise<{ code: number; err: string; out: string }> {
  const err: string[] = [];
  const out: string[] = [];
  const io: Io = { cwd, out: (s) => out.push(s), err: (s) => err.push(s), today: () => AS_OF, now: () => NOW, cacheDir: null, threads: 1, ...extra };
  const code = await main(args, io);
  return { code, err: err.join('\n'), out: out.join('\n') };
}

/** Every file under `dir` with the SHA-256 of its bytes: what "still there byte for byte" is checked against. */
export function fingerprint(dir: string, skip: (rel: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, abs).split(path.sep).join('/');
    if (!skip(rel)) out[rel] = createHash('sha256').update(readFileSync(abs)).digest('hex');
  }
  return out;
}

/** Output with no trace of a stack or of Node's English error texts. */
export function expectNoStack(text: string): void {
  if (/\n\s+at\s|ENOSPC|EROFS|EACCES|EPERM|ENOTEMPTY|ENOENT|Error:/.test(text)) throw new Error(`stack trace or English error in output:\n${text}`);
}
