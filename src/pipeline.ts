import type { Diagnostic } from './schema/diagnostic.js';
import type { Register } from './schema/register.js';
import type { Registry } from './schema/registry.js';
import type { RawSource } from './read/readSources.js';
import { decodeSource } from './parse/decodeSource.js';
import { parseSource, type ParsedSource } from './parse/parseSource.js';
import { extractAll, type SourceRecord } from './extract/extractAll.js';
import { buildRegister } from './link/buildRegister.js';
import { diagnostic, internalError, sortDiagnostics } from './diagnostics/diagnostic.js';
import { unregisteredBlocks } from './extract/unregisteredBlocks.js';

export interface PipelineResult {
  register: Register;
  records: SourceRecord[];
  parsed: ParsedSource[];
  diagnostics: Diagnostic[];
}

/** read → parse → extract → link, pure: bytes in, register and diagnostics out. */
export function runPipeline(raw: RawSource[], registry: Registry, asOf: string, generated: string): PipelineResult {
  const diagnostics: Diagnostic[] = [];
  const parsed: ParsedSource[] = [];
  for (const r of raw) {
    const decoded = decodeSource(r.path, r.bytes);
    if (!decoded.ok) {
      diagnostics.push(decoded.diagnostic);
      // Not UTF-8, but readable as UTF-16 or Windows-1252: say how many blocks are missing because of it.
      if (decoded.guess !== undefined) diagnostics.push(...countGuessed(r.path, decoded.guess, registry));
      continue;
    }
    try {
      parsed.push(parseSource(r.path, decoded.text));
    } catch (e) {
      // One unreadable file must not stop the others from being checked.
      diagnostics.push(internalError(r.path, e));
    }
  }
  const extracted = extractAll(parsed, registry);
  const linked = buildRegister(extracted.records, asOf, generated, registry.organisaties);
  return {
    register: linked.register,
    records: extracted.records,
    parsed,
    diagnostics: sortDiagnostics([...diagnostics, ...extracted.diagnostics, ...linked.diagnostics]),
  };
}

/** The labelled blocks in a file that could only be guessed at (UTF-16, Windows-1252), counted. */
export function countGuessed(file: string, guess: string, registry: Registry): Diagnostic[] {
  try {
    return unregisteredBlocks(parseSource(file, guess), registry.labels);
  } catch {
    return [];
  }
}
