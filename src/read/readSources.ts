import type { Stats } from 'node:fs';
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface RawSource {
  /** Path as the user sees it: relative to the working directory, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

/** A path that is not a regular file (a device such as /dev/zero, a FIFO, a socket): never read. */
export interface SkippedPath {
  /** As the user sees it (relative to the working directory). */
  path: string;
  /** What it is, in Dutch ("een apparaat", "een FIFO (named pipe)", …). */
  kind: string;
}

/**
 * A minutes file by its name: .md in any case (.MD, .Md: Windows and some editors write those),
 * not a partial (_x.md) or a README. readGitBase makes the same selection from a commit.
 */
export function isMinutesName(name: string): boolean {
  return /\.md$/i.test(name) && !name.startsWith('_') && name.toLowerCase() !== 'readme.md';
}

/** What a path that is not a regular file or folder is, in Dutch; null for a regular file or folder. */
export function irregularKind(info: Stats): string | null {
  if (info.isFile() || info.isDirectory()) return null;
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'een apparaat';
  if (info.isFIFO()) return 'een FIFO (named pipe)';
  if (info.isSocket()) return 'een socket';
  return 'geen gewoon bestand';
}

/** Every .md file under the given paths (files or folders), sorted, each read once. */
export async function readSources(paths: string[], cwd: string): Promise<RawSource[]> {
  return (await readSourcesReport(paths, cwd)).sources;
}

/**
 * readSources, and the Markdown names in the folders that are not regular files (skipped, for a
 * warning). A device or FIFO read as a file never ends (/dev/zero) or waits forever (a FIFO).
 */
export async function readSourcesReport(paths: string[], cwd: string): Promise<{ sources: RawSource[]; skipped: SkippedPath[] }> {
  const files = new Set<string>();
  const skipped: SkippedPath[] = [];
  const rel = (abs: string) => path.relative(cwd, abs).split(path.sep).join('/');
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const info = await stat(abs).catch(() => null);
    if (!info) continue;
    if (info.isDirectory()) {
      const listed = await listMarkdown(abs);
      for (const f of listed.files) files.add(f);
      for (const s of listed.skipped) skipped.push({ path: rel(s.path), kind: s.kind });
    } else if (info.isFile()) files.add(abs);
    else skipped.push({ path: rel(abs), kind: irregularKind(info)! });
  }
  const sorted = [...files].sort();
  // Read one after another, synchronously: thousands of small files cost a third of the CPU time
  // this way that concurrent promise reads (open, stat, read, close each a round trip) do.
  const sources = sorted.map((abs) => ({ path: rel(abs), bytes: new Uint8Array(readFileSync(abs)) }));
  return { sources, skipped: skipped.sort((a, b) => a.path.localeCompare(b.path)) };
}

async function listMarkdown(dir: string): Promise<{ files: string[]; skipped: SkippedPath[] }> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  for (const e of entries) {
    if (!isMinutesName(e.name) || e.isDirectory()) continue;
    const abs = path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
    if (e.isFile()) {
      files.push(abs);
      continue;
    }
    // A link to a regular file is read as that file; anything else (or a broken link) is skipped.
    const info = await stat(abs).catch(() => null);
    if (info?.isFile()) files.push(abs);
    else if (!info?.isDirectory()) skipped.push({ path: abs, kind: info ? irregularKind(info)! : 'een verwijzing naar een bestand dat niet bestaat' });
  }
  return { files, skipped };
}

/** Paths given on the command line that do not exist, to report rather than ignore. */
export async function missingPaths(paths: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) if (!(await stat(path.resolve(cwd, p)).catch(() => null))) out.push(p);
  return out;
}

/** Paths given on the command line that exist but are not a regular file or folder: refused at once. */
export async function irregularPaths(paths: string[], cwd: string): Promise<SkippedPath[]> {
  const out: SkippedPath[] = [];
  for (const p of paths) {
    const info = await stat(path.resolve(cwd, p)).catch(() => null);
    const kind = info && irregularKind(info);
    if (kind) out.push({ path: p, kind });
  }
  return out;
}
