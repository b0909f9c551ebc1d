import { existsSync } from 'node:fs';
import { lstat, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { RuleId } from '../../diagnostics/messages.js';
import { takeLock } from './buildLock.js';

/** Written into every site lrt builds: lrt build replaces a folder only if it holds this file (or nothing). */
export const SITE_MARKER = '.lrt-site';
export const SITE_MARKER_TEXT =
  'Deze map is gemaakt door lrt build (LRT-afsprakenregister). De volgende build vervangt hem in zijn geheel: zet hier niets anders in.\n';

/** Folders of a project that hold sources or the tool itself: never an output folder, nor a folder inside one. */
const SOURCE_FOLDERS = ['minutes', 'agreements', 'data', 'src', 'site', 'node_modules', '.git', '.cache'];
/** Folders of a project that are no output folder themselves (a folder inside them may be). */
const PROJECT_FOLDERS = ['docs', 'test', 'bin', 'dist', '.github', '.ci'];

export interface OutputContext {
  project: string;
  home: string | null;
  cacheDir: string | null;
  /** The cache holds the record of an earlier lrt build into this folder (sites from before the marker have only that). */
  recorded?: boolean;
}

export interface Refusal {
  rule: RuleId;
  params: Record<string, string>;
}

/** The sibling names of one build into `out`: the lock, the new site being made, and the old one moved aside. */
export function siblings(out: string, pid = process.pid) {
  const base = `.${path.basename(out)}.lrt-`;
  const parent = path.dirname(out);
  return {
    lock: path.join(parent, `${base}lock`),
    staging: path.join(parent, `${base}new-${pid}`),
    old: path.join(parent, `${base}old-${pid}`),
    prefix: base,
    parent,
  };
}

const inside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Why `out` must not be replaced by a build, or null when it may: it is a file, the project or
 * an ancestor of it, the home folder or the root, a folder of sources, a folder holding a project,
 * or a non-empty folder lrt did not build. `shown` is the path as the user gave it.
 */
export async function refuseOutput(out: string, shown: string, o: OutputContext): Promise<Refusal | null> {
  const refuse = (rule: RuleId, params: Record<string, string> = {}): Refusal => ({ rule, params: { path: shown, marker: SITE_MARKER, ...params } });
  if (out === path.parse(out).root) return refuse('output-holds-project', { what: 'de hoofdmap van de schijf' });
  if (o.home && out === path.resolve(o.home)) return refuse('output-holds-project', { what: 'uw thuismap' });
  if (inside(o.project, out)) return refuse('output-holds-project', { what: out === o.project ? 'de projectmap zelf' : 'een map waarin het project staat' });
  if (o.cacheDir && (inside(o.cacheDir, out) || inside(out, o.cacheDir))) return refuse('output-in-sources', { folder: o.cacheDir });
  for (const f of SOURCE_FOLDERS) {
    const folder = path.join(o.project, f);
    if (inside(out, folder)) return refuse('output-in-sources', { folder: `${f}/` });
  }
  for (const f of PROJECT_FOLDERS) if (out === path.join(o.project, f)) return refuse('output-in-sources', { folder: `${f}/` });

  const info = await lstat(out).catch(() => null);
  if (!info) return null;
  if (info.isSymbolicLink()) return refuse('output-is-file', { what: 'een snelkoppeling (symbolische link)' });
  if (!info.isDirectory()) return refuse('output-is-file', { what: info.isFile() ? 'een bestaand bestand' : 'geen gewone map' });
  const entries = await readdir(out);
  if (entries.includes(SITE_MARKER) || entries.length === 0) return null;
  if (entries.includes('package.json') || entries.includes('.git')) return refuse('output-holds-project', { what: 'een projectmap (er staat een package.json of .git in)' });
  // A site from before the marker existed: said so, and how to go on, but not removed unasked.
  const looksLikeSite = entries.includes('index.html') && entries.includes('vergaderingen') && entries.includes('data');
  if (looksLikeSite && o.recorded) return null;
  return refuse(looksLikeSite ? 'output-old-site' : 'output-not-built-by-lrt');
}

export type Claim = { release: () => Promise<void> };

/**
 * Checks `out` and takes the build lock for it; throws `fail(refusal)` when the build must not
 * go on. Under the lock, leftovers of a build that was killed are cleared: a half-made new site
 * goes, and an old site moved aside goes back in place if no site is there.
 */
export async function claimOutput(
  out: string,
  shown: string,
  o: OutputContext,
  fail: (r: Refusal) => Error,
): Promise<Claim> {
  const refusal = await refuseOutput(out, shown, o);
  if (refusal) throw fail(refusal);
  const s = siblings(out);
  const lock = await takeLock(s.lock);
  if (!lock.held) throw fail({ rule: 'build-locked', params: { path: shown, pid: String(lock.pid ?? '?'), lock: path.relative(o.project, s.lock) || s.lock } });
  try {
    const leftovers = (await readdir(s.parent)).filter((n) => n.startsWith(s.prefix) && /^(new|old)-\d+$/.test(n.slice(s.prefix.length)));
    for (const name of leftovers.sort()) {
      const p = path.join(s.parent, name);
      if (name.slice(s.prefix.length).startsWith('old-') && !existsSync(out) && existsSync(path.join(p, SITE_MARKER))) await rename(p, out);
      else await rm(p, { recursive: true, force: true });
    }
  } catch (e) {
    await lock.release();
    throw e;
  }
  return { release: lock.release };
}
