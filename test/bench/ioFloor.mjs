// Yardstick "I/O floor": what any build of the register must do at least. Reads every input file
// under <corpus>, makes one regex pass over each (counting labelled lines such as "Afspraak:"),
// and writes as many output files of the same sizes, at the same relative paths, as the real
// build wrote (the manifest: JSON [[relative path, bytes], ...]) into <out>.
//
//   node test/bench/ioFloor.mjs <corpus folder> <manifest.json> <out folder>
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [corpus, manifestFile, out] = process.argv.slice(2);
if (!corpus || !manifestFile || !out) throw new Error('usage: ioFloor.mjs <corpus> <manifest.json> <out>');

const LABEL = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:Afspraak|Besluit|Actie|Toezegging)(?:\*\*|__)?[ \t]*:/gim;
const inputs = (await readdir(corpus, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => path.join(e.parentPath, e.name))
  .filter((f) => !path.relative(corpus, f).split(path.sep).some((part) => part.startsWith('.')));
let labels = 0;
let bytesIn = 0;
for (const f of inputs) {
  const text = await readFile(f, 'utf8');
  bytesIn += text.length;
  labels += text.match(LABEL)?.length ?? 0;
}

/** @type {[string, number][]} */
const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
const largest = manifest.reduce((n, [, size]) => Math.max(n, size), 0);
const filler = Buffer.alloc(largest, 'x');
const made = new Set();
let bytesOut = 0;
for (const [rel, size] of manifest) {
  const abs = path.join(out, rel);
  const dir = path.dirname(abs);
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true });
    made.add(dir);
  }
  await writeFile(abs, filler.subarray(0, size));
  bytesOut += size;
}
process.stdout.write(`${inputs.length} files read (${bytesIn} chars, ${labels} labels), ${manifest.length} files written (${bytesOut} bytes)\n`);
