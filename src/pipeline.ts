import type { Diagnostic } from './schema/diagnostic.js';
import type { Register } from './schema/register.js';
import type { Registry } from './schema/registry.js';
import type { RawSource } from './read/readSources.js';
import { decodeSource } from './parse/decodeSource.js';
import { parseSource, type ParsedSource } from './parse/parseSource.js';
import { extractAll, type SourceRecord } from './extract/extractAll.js';
import { buildRegister } from './link/buildRegister.js';
import { diagnostic, sortDiagnostics } from './diagnostics/diagnostic.js';

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
      continue;
    }
    try {
      parsed.push(parseSource(r.path, decoded.text));
    } catch (err) {
      // One unreadable file must not stop the others from being checked.
      diagnostics.push(diagnostic('internal-error', r.path, undefined, { detail: String((err as Error).message ?? err).slice(0, 200) }));
    }
  }
  const extracted = extractAll(parsed, registry);
  const linked = buildRegister(extracted.records, asOf, generated);
  return {
    register: linked.register,
    records: extracted.records,
    parsed,
    diagnostics: sortDiagnostics([...diagnostics, ...extracted.diagnostics, ...linked.diagnostics]),
  };
}
