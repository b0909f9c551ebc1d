import path from 'node:path';
import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { asCause } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/messages.js';
import { formatOne } from '../publish/formatDiagnostics.js';

/** The errno codes lrt explains, by rule. Anything else stays an unexpected error. */
type IoRule = Extract<RuleId, `io-${string}`>;
const RULE_OF: Record<string, IoRule> = {
  ENOSPC: 'io-no-space',
  EDQUOT: 'io-no-space',
  EROFS: 'io-read-only',
  EACCES: 'io-permission',
  EPERM: 'io-permission',
  EMFILE: 'io-too-many-files',
  ENFILE: 'io-too-many-files',
  EIO: 'io-device',
  EBUSY: 'io-busy',
  ENOTEMPTY: 'io-busy',
};

const READS = new Set(['open', 'read', 'scandir', 'stat', 'lstat', 'access', 'readlink']);

interface ErrnoLike {
  code: string;
  path?: string;
  dest?: string;
  syscall?: string;
}

/**
 * The system error behind `e`: Node's fs errors carry code, syscall and path; Eleventy wraps them
 * in its own errors (originalError) and others use `cause`.
 */
export function findErrno(e: unknown): ErrnoLike | null {
  const seen = new Set<unknown>();
  const queue = [e];
  while (queue.length) {
    const x = queue.shift();
    if (!x || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    const o = x as Record<string, unknown>;
    if (typeof o.code === 'string' && o.code in RULE_OF) return o as unknown as ErrnoLike;
    queue.push(o.originalError, o.cause);
    if (Array.isArray(o.errors)) queue.push(...o.errors);
  }
  return null;
}

/**
 * A Dutch message for an error the system gave (disk full, read-only, no permission …), naming
 * the cause and the path, or null when `e` is no such error. `after` is added to the message
 * (e.g. that the old site is untouched); `fallbackPath` is named when the error names none (a
 * stream that failed writing).
 */
export function ioErrorInDutch(e: unknown, cwd: string, after = '', fallbackPath?: string): string | null {
  const d = ioErrorDiagnostic(e, cwd, after, fallbackPath);
  // The path is in the message already: no file:line:column in front.
  return d ? formatOne({ ...d, file: '' }) : null;
}

/** The same as a diagnostic: the path as its file, the system error as its cause. */
export function ioErrorDiagnostic(e: unknown, cwd: string, after = '', fallbackPath?: string): Diagnostic | null {
  const errno = findErrno(e);
  if (!errno) return null;
  const rule = RULE_OF[errno.code]!;
  const where = errno.path ?? errno.dest ?? fallbackPath;
  const shown = where ? readable(where, cwd) : 'een bestand of map';
  const verb = errno.syscall && READS.has(errno.syscall) ? 'lezen' : 'schrijven';
  const file = where ? shown : '';
  const tail = after ? ` ${after}` : '';
  const d = rule === 'io-permission' ? diagnostic(rule, file, undefined, { path: shown, verb, after: tail }) : diagnostic(rule, file, undefined, { path: shown, after: tail });
  return { ...d, cause: asCause(errno) };
}

/**
 * A path under the working folder relative to it, as the user typed it; others absolute. A path
 * inside lrt build's own working folders beside the output (.X.lrt-new-123/…) is shown as where it
 * goes in the site (X/…), the lock file as the folder it lies in.
 */
function readable(p: string, cwd: string): string {
  const parts = path.resolve(cwd, p).split(path.sep);
  const i = parts.findIndex((s) => /^\..+\.lrt-(new|old)-\d+$/.test(s) || /^\..+\.lrt-lock/.test(s));
  if (i >= 0) {
    const m = /^\.(.+)\.lrt-(new|old)-\d+$/.exec(parts[i]!);
    p = m ? [...parts.slice(0, i), m[1]!, ...parts.slice(i + 1)].join(path.sep) || path.sep : parts.slice(0, i).join(path.sep) || path.sep;
  }
  const rel = path.relative(cwd, path.resolve(cwd, p));
  if (rel === '') return '.';
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : p;
}
