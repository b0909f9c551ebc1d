import { ruleMessage } from '../../diagnostics/messages.js';
import { appendFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { tell, type Command, type CommandContext } from '../context.js';
import type { Registry } from '../../schema/registry.js';
import { isRealDate } from '../../schema/isoDate.js';
import { importMinutes, type ImportResult } from '../../import/importMinutes.js';
import { findBody } from '../../extract/extractMinutes.js';
import { provisionalBody } from '../../extract/classifySource.js';
import { IMPORTABLE, kindOf, readDocument } from '../../read/readDocument.js';
import { peopleSnippet } from '../../import/proposePeople.js';
import type { ProposedPerson } from '../../import/readOwnersAndDeadline.js';
import type { Diagnostic } from '../../schema/diagnostic.js';
import { asCause, diagnostic } from '../../diagnostics/diagnostic.js';
import { formatText } from '../../publish/formatDiagnostics.js';

const USAGE =
  'Gebruik: lrt import <bestand of map> [meer bestanden] [-o concept.md of map] [--orgaan NAAM] [--datum JJJJ-MM-DD] [--json], bijvoorbeeld: lrt import verslag-2023-02-02.pdf -o minutes/2023-02-02-lrt.md';

interface Done {
  file: string;
  result: ImportResult;
  written: string | null;
}

/**
 * lrt import: old minutes (PDF, Word, HTML, Markdown or plain text) to drafts in the project's
 * format. One file: the draft to stdout or -o. Several files or a folder: one draft per file in
 * the folder -o (default concepten/), a progress line per file and a summary table at the end.
 * What could not be determined goes to stderr as "file:line  message". --orgaan names the table
 * (added to data/bodies.yaml when it is new), --datum the meeting date.
 */
export const importCommand: Command = async (ctx) => {
  const { io, options, positionals } = ctx;
  if (positionals.length === 0) {
    tell(io, diagnostic('import-arguments-missing', '', undefined), USAGE);
    return 2;
  }
  if (options.datum !== undefined && !isRealDate(options.datum)) {
    tell(io, diagnostic('import-date-invalid', '', undefined, { value: options.datum }));
    return 2;
  }
  const files: string[] = [];
  let folder = false;
  for (const p of positionals) {
    const abs = path.resolve(io.cwd, p);
    const s = await stat(abs).catch(() => null);
    if (!s) {
      tell(io, diagnostic('path-not-found', '', undefined, { paths: p }));
      return 2;
    }
    if (s.isDirectory()) {
      folder = true;
      const entries = await readdir(abs, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((e) => e.isFile() && IMPORTABLE.includes(path.extname(e.name).toLowerCase()))
        .map((e) => path.relative(io.cwd, path.join(e.parentPath, e.name)))
        .sort();
      if (found.length === 0) tell(io, diagnostic('import-folder-empty', p, undefined, { kinds: IMPORTABLE.join(', ') }));
      files.push(...found);
    } else if (kindOf(abs)) files.push(p);
    else {
      tell(io, diagnostic('import-kind-unknown', p, undefined));
      return 2;
    }
  }
  if (files.length === 0) return 2;

  const registry = await withBody(ctx, options.orgaan);
  if (files.length === 1 && !folder) return importOne(ctx, files[0]!, registry);

  const outDir = options.output ?? 'concepten';
  await mkdir(path.resolve(io.cwd, outDir), { recursive: true });
  const done: Done[] = [];
  const json: unknown[] = [];
  for (const [i, file] of files.entries()) {
    io.err(`${progressBar(i + 1, files.length)} ${file}`);
    let result: ImportResult;
    try {
      result = await importFile(ctx, file, registry);
    } catch (e) {
      const unread = { ...diagnostic('import-unreadable', file, undefined, { detail: (e as Error).message }), cause: asCause(e) };
      io.err(formatText([unread], { debug: io.env?.LRT_DEBUG === '1' }));
      done.push({ file, result: { markdown: '', candidates: [], notes: [unread], people: [] }, written: null });
      continue;
    }
    const target = await freeName(path.resolve(io.cwd, outDir), draftName(result.markdown, file, registry));
    await writeFile(target, result.markdown);
    const written = path.relative(io.cwd, target);
    report(ctx, file, result);
    done.push({ file, result, written });
    if (options.json) json.push({ file, draft: written, markdown: result.markdown, candidates: result.candidates, notes: result.notes, people: result.people });
  }
  const people = mergePeople(done.map((d) => d.result.people));
  if (people.length) {
    const target = await freeName(path.resolve(io.cwd, outDir), 'personen-voorstel.yaml');
    await writeFile(target, `${PEOPLE_HEADER}
${peopleSnippet(people)}
`);
    io.err(ruleMessage('done-import-people', { count: people.length, path: path.relative(io.cwd, target) }));
  }
  if (options.json) io.out(JSON.stringify(json, null, 2));
  else io.out(summary(done));
  io.err(ruleMessage('done-import-folder', { written: done.filter((d) => d.written).length, files: files.length, outDir }));
  return done.every((d) => d.written) ? 0 : 1;
};

async function importFile(ctx: CommandContext, file: string, registry: Registry): Promise<ImportResult & { encoding?: string; warnings?: string[] }> {
  const doc = await readDocument(path.resolve(ctx.io.cwd, file));
  const result = importMinutes(doc.text, registry, {
    ...(ctx.options.orgaan ? { orgaan: findBody(ctx.options.orgaan, registry.organen)?.code ?? ctx.options.orgaan } : {}),
    ...(ctx.options.datum ? { datum: ctx.options.datum } : {}),
    file,
    fileName: path.basename(file),
    fallbackDate: doc.fileDate,
  });
  return { ...result, encoding: doc.encoding, warnings: doc.warnings };
}

async function importOne(ctx: CommandContext, file: string, registry: Registry): Promise<number> {
  const { io, options } = ctx;
  const r = await importFile(ctx, file, registry);
  if (options.output) await writeFile(path.resolve(io.cwd, options.output), r.markdown);
  const people = r.people;
  if (options.json) {
    io.out(JSON.stringify({ markdown: r.markdown, candidates: r.candidates, notes: r.notes, people }, null, 2));
    return 0;
  }
  if (!options.output) io.out(r.markdown);
  const read: Diagnostic[] = [];
  if (r.encoding && r.encoding !== 'utf-8') read.push(diagnostic('import-encoding', file, undefined, { encoding: r.encoding === 'utf-16' ? 'UTF-16' : 'Windows-1252' }));
  for (const w of r.warnings ?? []) read.push(diagnostic('import-word-warning', file, undefined, { detail: w }));
  if (read.length) io.err(formatText(read));
  report(ctx, file, r);
  if (people.length) io.err(`${PEOPLE_HEADER}\n${peopleSnippet(people)}`);
  const blocks = countBlocks(r.markdown);
  io.err(ruleMessage('done-import', { output: options.output ?? null, blocks, candidates: r.candidates.length, notes: r.notes.length }));
  return 0;
}

function report(ctx: CommandContext, file: string, r: ImportResult): void {
  // Notes first (what to check), then candidates (what to confirm), as before.
  const candidates = r.candidates.map((c) => diagnostic('import-candidate', file, { line: c.line, column: 1 }, { text: c.text }));
  if (r.notes.length || candidates.length) ctx.io.err(formatText([...r.notes, ...candidates], { debug: ctx.io.env?.LRT_DEBUG === '1' }));
}

const PEOPLE_HEADER = ruleMessage('done-import-people-header');

function mergePeople(lists: ProposedPerson[][]): ProposedPerson[] {
  const out: ProposedPerson[] = [];
  for (const p of lists.flat()) {
    const same = out.find((q) => q.name === p.name && (q.org === p.org || !q.org || !p.org));
    if (!same) out.push({ ...p });
    else same.org ??= p.org;
  }
  return out;
}

function countBlocks(markdown: string): number {
  return (markdown.match(/^\s*(?:- |\d+\. )?(?:Afspraak|Besluit|Toezegging|Actiepunt): /gm) ?? []).length;
}

/**
 * --orgaan for a table data/bodies.yaml lacks: the confirmed step that adds it (in the project's
 * own data/ only), so its drafts register at once.
 */
async function withBody(ctx: CommandContext, name: string | undefined): Promise<Registry> {
  if (!name || findBody(name, ctx.registry.organen)) return ctx.registry;
  const body = provisionalBody(name);
  const own = path.resolve(ctx.io.cwd, 'data');
  if (path.resolve(ctx.dataDir) === own && existsSync(path.join(own, 'bodies.yaml'))) {
    await appendFile(path.join(own, 'bodies.yaml'), `- { code: ${yamlFlow(body.code)}, naam: ${yamlFlow(body.naam)}, slug: ${body.slug} }\n`);
    ctx.io.err(ruleMessage('done-import-body-added', { code: body.code, slug: body.slug }));
  }
  return { ...ctx.registry, organen: [...ctx.registry.organen, body] };
}

function yamlFlow(s: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ()'.-]*$/u.test(s) && !/:\s|#/.test(s) ? s : JSON.stringify(s);
}

function draftName(markdown: string, file: string, registry: Registry): string {
  const datum = /^datum: (\d{4}-\d{2}-\d{2})/m.exec(markdown)?.[1];
  const orgaan = /^orgaan: (.+?)(?:\s+#.*)?$/m.exec(markdown)?.[1]?.replace(/^"|"$/g, '');
  const base = provisionalBody(path.basename(file, path.extname(file))).slug;
  // An unknown table ("ONBEKEND") is named after its file, so two of them do not look alike.
  const slug = orgaan && orgaan !== 'ONBEKEND' ? (findBody(orgaan, registry.organen)?.slug ?? provisionalBody(orgaan).slug) : base;
  return datum ? `${datum}-${slug}.md` : `${base}.md`;
}

async function freeName(dir: string, name: string): Promise<string> {
  const ext = path.extname(name);
  const base = name.slice(0, -ext.length);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${base}-${n}${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}

function progressBar(i: number, n: number): string {
  const width = 20;
  const full = Math.round((i / n) * width);
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${i}/${n}`;
}

/** The table at the end of a folder import: one row per file. */
function summary(done: Done[]): string {
  const rows = done.map((d) => {
    const datum = /^datum: (\S+)/m.exec(d.result.markdown)?.[1] ?? '–';
    const orgaan = /^orgaan: (.+?)(?:\s+#.*)?$/m.exec(d.result.markdown)?.[1] ?? '–';
    const cells = [d.file, d.written ?? 'niet gelezen', datum, orgaan, String(countBlocks(d.result.markdown)), String(d.result.candidates.length), String(d.result.notes.length)];
    return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  });
  return ['| bestand | concept | datum | orgaan | blokken | kandidaten | aandachtspunten |', '|---|---|---|---|---:|---:|---:|', ...rows].join('\n');
}
