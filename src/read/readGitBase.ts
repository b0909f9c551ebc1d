import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { isMinutesName, type RawSource } from './readSources.js';
import { asCause, diagnostic, type RuleParams } from '../diagnostics/diagnostic.js';
import { DiagnosticError } from '../diagnostics/diagnosticError.js';

/** A problem with git or the base ref: a diagnostic about the command line (no file), Dutch, saying what to do. */
export class GitBaseError extends DiagnosticError {}

const fail = <R extends Parameters<typeof diagnostic>[0]>(rule: R, cause: unknown, ...params: RuleParams<R>) =>
  new GitBaseError({ ...diagnostic(rule, '', undefined, ...params), ...(cause === undefined ? {} : { cause: asCause(cause) }) });

export interface GitBase {
  /** The ref as given, e.g. origin/main. */
  ref: string;
  /** The commit actually compared with: where the current branch left the base. */
  commit: string;
  sources: RawSource[];
}

/**
 * The Markdown files under `paths` as they were at `ref`, reported under the same paths as
 * readSources gives them (relative to cwd), so base and current files pair by name.
 *
 * The comparison point is the merge base of `ref` and HEAD: a branch that is behind the base
 * must not see files added to the base since as "removed". On a pull-request merge commit the
 * merge base is the base itself.
 */
export async function readGitBase(ref: string, paths: string[], cwd: string): Promise<GitBase> {
  if (ref.startsWith('-') || ref.trim() === '') throw fail('git-base-ref-invalid', undefined, { ref });
  await git(['rev-parse', '--show-toplevel'], cwd).catch((e: unknown) => {
    if (e instanceof GitBaseError) throw e;
    throw fail('git-base-not-repository', e, { cwd });
  });
  const commit = (
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).catch((e: unknown) => {
      if (e instanceof GitBaseError) throw e;
      throw fail('git-base-ref-unknown', e, { ref });
    })
  ).toString('utf8').trim();
  // No common history (or no HEAD yet): compare with the ref itself.
  const mergeBase = (await git(['merge-base', commit, 'HEAD'], cwd).catch(() => Buffer.from(commit))).toString('utf8').trim() || commit;
  const prefix = (await git(['rev-parse', '--show-prefix'], cwd)).toString('utf8').trim();

  const listing = await git(['ls-tree', '-r', '-z', '--full-name', mergeBase, '--', ...paths], cwd).catch((e: unknown) => {
    if (e instanceof GitBaseError) throw e;
    throw fail('git-base-paths-outside', e, { paths: paths.join(', ') });
  });
  const entries: { oid: string; file: string }[] = [];
  for (const record of listing.toString('utf8').split('\0')) {
    const m = /^\d+ (\w+) ([0-9a-f]+)\t(.+)$/s.exec(record);
    if (!m || m[1] !== 'blob') continue;
    const file = path.posix.relative(prefix.replace(/\/$/, '') || '.', m[3]!);
    if (isMinutesLike(file)) entries.push({ oid: m[2]!, file });
  }
  entries.sort((a, b) => a.file.localeCompare(b.file));
  const blobs = await catBlobs(entries.map((e) => e.oid), cwd);
  return {
    ref,
    commit: mergeBase,
    sources: entries.map((e, i) => ({ path: e.file, bytes: blobs[i]! })),
  };
}

/** The same selection readSources makes from a folder. */
function isMinutesLike(file: string): boolean {
  return isMinutesName(path.posix.basename(file));
}

function git(args: string[], cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 }, (err, stdout) => {
      if ((err as NodeJS.ErrnoException | null)?.code === 'ENOENT')
        reject(fail('git-missing', err));
      else if (err) reject(err);
      else resolve(stdout);
    });
  });
}

/** All blobs in one git process: years of minutes must not mean hundreds of processes. */
function catBlobs(oids: string[], cwd: string): Promise<Uint8Array[]> {
  if (oids.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(fail('git-failed', `git cat-file exited with code ${code}`));
      const out = Buffer.concat(chunks);
      const blobs: Uint8Array[] = [];
      let at = 0;
      for (const oid of oids) {
        const eol = out.indexOf(0x0a, at);
        const header = out.subarray(at, eol).toString('utf8');
        const m = /^([0-9a-f]+) blob (\d+)$/.exec(header);
        if (!m || m[1] !== oid) return reject(fail('git-failed', `git cat-file answered "${header}"`));
        const size = Number(m[2]);
        blobs.push(new Uint8Array(out.subarray(eol + 1, eol + 1 + size)));
        at = eol + 1 + size + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(oids.join('\n') + '\n');
  });
}
