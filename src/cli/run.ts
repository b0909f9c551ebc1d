import { main } from './main.js';

/** The process edge: real cwd, stdout, stderr, clock and exit code. */
function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

main(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
  today: () => localDate(new Date()),
  now: () => new Date().toISOString(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`lrt: onverwachte fout: ${(err as Error)?.message ?? String(err)}\n`);
    process.exitCode = 3;
  },
);
