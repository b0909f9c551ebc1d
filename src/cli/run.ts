import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { edgeDiagnostics, main } from './main.js';
import { formatText } from '../publish/formatDiagnostics.js';
import { findErrno } from './ioErrorInDutch.js';

/** The process edge: real cwd, stdout, stderr, clock and exit code. */
function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// Eleventy starts copying the site's assets before it listens for their failure: a full disk
// rejects that copy "unhandled" for a moment, and Node would stop with an English stack trace.
// The same error reaches the command through Eleventy's write, which says it in Dutch.
process.on('unhandledRejection', (reason) => {
  if (findErrno(reason)) return;
  unexpected(reason);
  process.exit(3);
});

/** A failure no command caught: a short Dutch line, the stack only under LRT_DEBUG=1. */
function unexpected(e: unknown): void {
  process.stderr.write(`${formatText(edgeDiagnostics(e, process.cwd()), { debug: process.env.LRT_DEBUG === '1' })}\n`);
}

// A full garbage collection for lrt build to call between the slices of the site (Io.collectGarbage):
// the flag is set here, once, at the process edge, before anything else runs.
v8.setFlagsFromString('--expose-gc');
// On a machine with much memory V8 lets its heap grow to up to four times what is alive before it
// collects again; at 10,000 meetings that garbage was most of a build's peak (rebuild 1.60 → 1.33
// GB with 1.5×). A growth factor, not a limit: a bigger project collects more often, never runs out.
v8.setFlagsFromString('--heap-growing-percent=50');
const collectGarbage = vm.runInNewContext('gc') as () => void;

main(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
  today: () => localDate(new Date()),
  now: () => new Date().toISOString(),
  env: process.env,
  // Parsed files are kept in .cache/lrt between runs; LRT_CACHE=uit turns that off, or names another folder.
  cacheDir: process.env.LRT_CACHE === 'uit' ? null : path.resolve(process.env.LRT_CACHE || path.join(process.cwd(), '.cache', 'lrt')),
  threads: Number(process.env.LRT_THREADS) || os.availableParallelism(),
  collectGarbage,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    unexpected(err);
    process.exitCode = 3;
  },
);
