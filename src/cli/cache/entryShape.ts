import type { ExtractEntry, FrontEntry } from '../parallel/fileTasks.js';
import { DiagnosticSchema } from '../../schema/diagnostic.js';

/** Side files' record kinds: status updates, documents, confirmations of unlabelled commitments. */
const SIDE_KINDS: ReadonlySet<unknown> = new Set(['voortgang', 'stuk', 'bevestiging']);
/** The severities from the diagnostic schema itself, so a new one is never read as damage. */
const SEVERITIES: ReadonlySet<unknown> = new Set(DiagnosticSchema.shape.severity.options);

/**
 * Whether a value read back from the cache has the shape of an entry. The checksum already
 * catches damage on disk; this catches an entry that is whole but not what this code writes
 * (hand-edited, or from a tool that framed it the same way), so it is computed anew instead of
 * trusted. Structure only: what is inside was made by the same code from the same bytes.
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (n: unknown) => Number.isInteger(n) && (n as number) >= 1;

function isDiagnostics(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.every(
      (d) =>
        isObject(d) &&
        typeof d.file === 'string' &&
        isPosition(d.line) &&
        isPosition(d.column) &&
        typeof d.rule === 'string' &&
        SEVERITIES.has(d.severity) &&
        typeof d.message === 'string',
    )
  );
}

function isFrozenFrontmatter(v: unknown): boolean {
  if (v === null) return true;
  return (
    isObject(v) &&
    'data' in v &&
    isDiagnostics(v.diagnostics) &&
    Array.isArray(v.positions) &&
    v.positions.every((p) => Array.isArray(p) && p.length === 4 && typeof p[0] === 'string' && (p[1] === 0 || p[1] === 1) && isPosition(p[2]) && isPosition(p[3]))
  );
}

function isClassified(c: unknown): boolean {
  if (!isObject(c) || !isDiagnostics(c.diagnostics)) return false;
  switch (c.kind) {
    case 'verslag':
      return isObject(c.fm) && typeof c.fm.datum === 'string' && typeof c.body === 'string';
    case 'bijlage':
      return isObject(c.record) && SIDE_KINDS.has(c.record.kind);
    case 'geen':
      return typeof c.unregistered === 'boolean' && isDiagnostics(c.counted);
    case 'kapot':
      return true;
    default:
      return false;
  }
}

export function isFrontEntry(v: unknown): v is FrontEntry {
  return (
    isObject(v) &&
    isDiagnostics(v.parseDiagnostics) &&
    isFrozenFrontmatter(v.frontmatter) &&
    isClassified(v.classified) &&
    (v.sections === undefined || v.sections === null || Array.isArray(v.sections))
  );
}

export function isExtractEntry(v: unknown): v is ExtractEntry {
  if (!isObject(v) || !isDiagnostics(v.diagnostics) || !isDiagnostics(v.counted) || typeof v.lookedUp !== 'boolean') return false;
  const r = v.record;
  if (r === null) return true;
  return (
    isObject(r) &&
    r.kind === 'verslag' &&
    typeof r.file === 'string' &&
    isObject(r.meeting) &&
    Array.isArray(r.agreements) &&
    Array.isArray(r.notes) &&
    Array.isArray(r.followUpRefs) &&
    Number.isInteger(r.blockCount) &&
    Array.isArray(r.pendingIds) &&
    Array.isArray(r.nonPublicNames) &&
    isDiagnostics(r.diagnostics)
  );
}
