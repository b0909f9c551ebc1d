import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, registry, source } from '../helpers.js';
import { importMinutes, type ImportResult } from '../../src/import/importMinutes.js';
import { readDocument } from '../../src/read/readDocument.js';
import { runPipeline, type PipelineResult } from '../../src/pipeline.js';
import { RegistrySchema } from '../../src/schema/registry.js';
import type { Agreement } from '../../src/schema/register.js';

/**
 * The fixtures of test/fixtures/import-conventions/: one input per convention of Dutch minutes,
 * its expectation beside it as <case>.expected.json. Shared by the test and by the measuring
 * script (`npx tsx test/import/measureConventions.ts`).
 */
export interface ExpectedBlock {
  kind: string;
  /** The start of the registered text; all of it when `exact`. */
  text: string;
  exact?: boolean;
  owner?: string;
  status?: string;
  deadline?: string;
}
export interface Expected {
  blocks: ExpectedBlock[];
  /** The start of each candidate's sentence, in order. */
  candidates: string[];
}

export const CONV_DIR = path.join(ROOT, 'test/fixtures/import-conventions');

/** The project's registry plus the tables of the fixtures, as `lrt import --orgaan` would add them. */
export const tables = RegistrySchema.parse({
  ...registry(),
  organen: [
    ...registry().organen,
    { code: 'Werkgroep Huisvesting Statushouders', naam: 'Werkgroep Huisvesting Statushouders', slug: 'wg-huisvesting' },
    { code: 'Stuurgroep Opvang Oost', naam: 'Stuurgroep Opvang Oost', slug: 'stuurgroep-opvang-oost' },
    { code: 'Gemeenteraad Arnhem', naam: 'Gemeenteraad Arnhem', slug: 'gemeenteraad-arnhem' },
    { code: 'BO Opvang Gelderland', naam: 'Bestuurlijk overleg opvang Gelderland', slug: 'bo-opvang-gelderland' },
  ],
});

export const conventionInputs = (): string[] => readdirSync(CONV_DIR).filter((f) => /\.(txt|md|pdf)$/.test(f)).sort();
export const caseName = (input: string) => input.replace(/\.(txt|md|pdf)$/, '');

export interface ConventionCase {
  name: string;
  want: Expected;
  imported: ImportResult;
  checked: PipelineResult;
}

/** Reads a fixture as `lrt import` does (a PDF by position), imports it and runs the pipeline on the draft. */
export async function loadCase(input: string): Promise<ConventionCase> {
  const want = JSON.parse(readFileSync(path.join(CONV_DIR, `${caseName(input)}.expected.json`), 'utf8')) as Expected;
  const text = (await readDocument(path.join(CONV_DIR, input))).text;
  const imported = importMinutes(text, tables, { fileName: input });
  const checked = runPipeline([source('minutes/concept.md', imported.markdown)], tables, '2026-11-22', '2026-11-22T12:00:00.000Z');
  return { name: caseName(input), want, imported, checked };
}

/** A registered block in the shape of the expected one: its text cut to the expected start unless exact. */
export function projected(a: Agreement, want: ExpectedBlock | undefined): ExpectedBlock {
  const out: ExpectedBlock = { kind: a.kind, text: want?.exact ? a.text : a.text.slice(0, want?.text.length ?? a.text.length) };
  if (want?.exact) out.exact = true;
  if (want?.owner !== undefined) out.owner = a.owners.join(',');
  if (want?.status !== undefined) out.status = a.status;
  if (want?.deadline !== undefined) out.deadline = a.deadline.date ?? '';
  return out;
}
