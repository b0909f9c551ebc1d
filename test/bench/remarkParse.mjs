// Yardstick "remark parse": the mandated parser's own cost on the whole corpus, in one process.
// Reads every Markdown file under <corpus> (as lrt selects them) and parses it with the project's
// own parser configuration from dist/ (parseSource: remark with front matter, GFM where the text
// needs it, the front matter's YAML). Parse only: no classification, extraction or linking.
//
//   node test/bench/remarkParse.mjs <dist folder> <corpus folder>
//
// Plain JavaScript on purpose: run under tsx, the loader's own start-up would count as parsing.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, corpus] = process.argv.slice(2);
if (!dist || !corpus) throw new Error('usage: remarkParse.mjs <dist> <corpus>');
const { parseSource } = await import(pathToFileURL(path.join(dist, 'parse', 'parseSource.js')).href);
if (typeof parseSource !== 'function') throw new Error(`${dist}/parse/parseSource.js exports no parseSource`);

const isMinutesName = (name) => /\.md$/i.test(name) && !name.startsWith('_') && name.toLowerCase() !== 'readme.md';
const files = (await readdir(corpus, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile() && isMinutesName(e.name))
  .map((e) => path.join(e.parentPath, e.name))
  .filter((f) => !path.relative(corpus, f).split(path.sep).some((part) => part.startsWith('.')))
  .sort();

let nodes = 0;
let diagnostics = 0;
for (const abs of files) {
  const text = await readFile(abs, 'utf8');
  const parsed = parseSource(path.relative(corpus, abs).split(path.sep).join('/'), text);
  nodes += parsed.tree.children.length;
  diagnostics += parsed.diagnostics.length;
}
process.stdout.write(`${files.length} files parsed, ${nodes} top-level nodes, ${diagnostics} diagnostics\n`);
