import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSources, missingPaths } from '../read/readSources.js';
import { readRegistry } from '../read/readRegistry.js';
import { runPipeline, type PipelineResult } from '../pipeline.js';
import { formatText, formatGithub, summary } from '../publish/formatDiagnostics.js';
import { registerCsv } from '../publish/registerCsv.js';
import { openListMarkdown } from '../publish/openList.js';
import { writeIds } from '../publish/writeIds.js';
import { jsonSchemas } from '../publish/jsonSchemas.js';
import { fillGuide } from '../publish/fieldTables.js';
import { isRealDate } from '../schema/isoDate.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import type { Registry } from '../schema/registry.js';

const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_PATHS = ['minutes', 'agreements'];

const HELP = `lrt — verslagen en afsprakenregister

Gebruik:
  lrt check [paden] [--format tekst|github]     controleer verslagen en voortgangsberichten
  lrt register [paden] [--format json|csv] [--as-of JJJJ-MM-DD] [-o bestand]
  lrt open [paden] [--owner CODE] [--as-of JJJJ-MM-DD]   openstaande afspraken per eigenaar (Markdown)
  lrt ids [paden]                               schrijf ontbrekende kenmerken in de bestanden
  lrt schema                                    maak docs/schema/*.json en de veldtabellen in de handleiding

Standaardpaden: minutes/ en agreements/.`;

export interface Io {
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
  today: () => string;
  now: () => string;
}

/** Runs one command; returns the exit code. `io` is the only way out, so tests can drive it. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  let args;
  try {
    args = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'as-of': { type: 'string' },
        owner: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message.replace(/^Unknown option/, 'Onbekende optie')}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = args;
  if (!command || values.help || command === 'help') {
    io.out(HELP);
    return command ? 0 : 2;
  }
  const asOf = values['as-of'] ?? io.today();
  if (!isRealDate(asOf)) {
    io.err(`--as-of: "${asOf}" is geen datum in de vorm JJJJ-MM-DD.`);
    return 2;
  }
  const dataDir = existsSync(path.join(io.cwd, 'data', 'organisations.yaml')) ? path.join(io.cwd, 'data') : path.join(PACKAGE_ROOT, 'data');
  const registry = await readRegistry(dataDir);

  const run = async (): Promise<PipelineResult | null> => {
    const paths = positionals.length ? positionals : DEFAULT_PATHS.filter((p) => existsSync(path.join(io.cwd, p)));
    const missing = await missingPaths(positionals, io.cwd);
    if (missing.length) {
      io.err(`Niet gevonden: ${missing.join(', ')}`);
      return null;
    }
    const raw = await readSources(paths, io.cwd);
    return runPipeline(raw, registry, asOf, io.now());
  };
  const hasErrors = (r: PipelineResult) => r.diagnostics.some((d) => d.severity === 'error');
  const report = (r: PipelineResult, format = 'tekst') => {
    if (format === 'github') {
      if (r.diagnostics.length) io.out(formatGithub(r.diagnostics));
    } else if (r.diagnostics.length) io.err(formatText(r.diagnostics));
  };

  switch (command) {
    case 'check': {
      const format = values.format ?? 'tekst';
      if (!['tekst', 'text', 'github'].includes(format)) return badFormat(io, format, 'tekst, github');
      const r = await run();
      if (!r) return 2;
      report(r, format);
      io.err(summary(r.diagnostics, r.parsed.length + countUnparsed(r)));
      return hasErrors(r) ? 1 : 0;
    }
    case 'register': {
      const format = values.format ?? 'json';
      if (!['json', 'csv'].includes(format)) return badFormat(io, format, 'json, csv');
      const r = await run();
      if (!r) return 2;
      report(r);
      const body = format === 'csv' ? registerCsv(r.register) : JSON.stringify(r.register, null, 2) + '\n';
      if (values.output) await writeFile(path.resolve(io.cwd, values.output), body);
      else io.out(body);
      return hasErrors(r) ? 1 : 0;
    }
    case 'open': {
      const r = await run();
      if (!r) return 2;
      report(r);
      io.out(openListMarkdown(r.register, registry.organisaties, values.owner));
      return hasErrors(r) ? 1 : 0;
    }
    case 'ids':
      return writeMissingIds(io, await run());
    case 'schema':
      return writeSchemas(io, registry);
    default:
      io.err(`Onbekende opdracht "${command}".\n\n${HELP}`);
      return 2;
  }
}

function badFormat(io: Io, format: string, allowed: string): number {
  io.err(`--format "${format}" bestaat niet; kies uit ${allowed}.`);
  return 2;
}

function countUnparsed(r: PipelineResult): number {
  const parsed = new Set(r.parsed.map((p) => p.file));
  return new Set(r.diagnostics.map((d) => d.file).filter((f) => !parsed.has(f))).size;
}

async function writeMissingIds(io: Io, r: PipelineResult | null): Promise<number> {
  if (!r) return 2;
  let written = 0;
  for (const rec of r.records) {
    if (rec.kind !== 'verslag') continue;
    const m = rec as MinutesRecord;
    if (m.pendingIds.length === 0) continue;
    await writeFile(path.resolve(io.cwd, m.file), writeIds(m.source.text, m.pendingIds));
    for (const p of m.pendingIds) io.out(`${m.file}:${p.block.at.line}  ${p.id}`);
    written += m.pendingIds.length;
  }
  io.err(`${written} ${written === 1 ? 'kenmerk' : 'kenmerken'} geschreven.`);
  return 0;
}

async function writeSchemas(io: Io, _registry: Registry): Promise<number> {
  const dir = path.join(io.cwd, 'docs', 'schema');
  await mkdir(dir, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) await writeFile(path.join(dir, name), JSON.stringify(schema, null, 2) + '\n');
  const guidePath = path.join(io.cwd, 'docs', 'handleiding-secretariaat.md');
  if (existsSync(guidePath)) await writeFile(guidePath, fillGuide(await readFile(guidePath, 'utf8')));
  io.err(`Schema's geschreven naar docs/schema/ en veldtabellen bijgewerkt in docs/handleiding-secretariaat.md.`);
  return 0;
}
