import type { FilePublish, FileResult } from '../../readParseExtract.js';
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

const RECORD_KINDS: ReadonlySet<unknown> = new Set(['verslag', ...SIDE_KINDS]);

function isMinutesRecord(r: Record<string, unknown>): boolean {
  return (
    typeof r.file === 'string' &&
    isObject(r.meeting) &&
    Array.isArray(r.agreements) &&
    Array.isArray(r.notes) &&
    Array.isArray(r.followUpRefs) &&
    Number.isInteger(r.blockCount) &&
    Array.isArray(r.pendingIds) &&
    Array.isArray(r.nonPublicNames) &&
    Array.isArray(r.openDeadlines) &&
    isDiagnostics(r.diagnostics)
  );
}

/** What the site needs of a file but its tree: the tree is an entry of its own, read only to render the page. */
export type PublishPart = Omit<FilePublish, 'tree'>;

export function isPublishPart(p: unknown): p is PublishPart {
  return isObject(p) && !('tree' in p) && Array.isArray(p.sections) && p.terms instanceof Uint8Array;
}

/** The kind of cache entry that holds one file's result (FileResult), without what the site needs of it. */
export const FILE_ENTRY = 'bestand';
/** What the site needs of the file but its tree (PublishPart), under the same key: lrt check never reads it. */
export const PUBLISH_ENTRY = 'weergavebron';
/** The file's packed tree (FilePublish.tree, as packTree made it), under the same key: read when its page is rendered. */
export const TREE_ENTRY = 'boom';
/** What the link stage computed over all files of a run (LinkMemo), under the key of all of them and the as-of date. */
export const LINK_ENTRY = 'koppeling';

/** Whether the site renders this file, so a build needs its FilePublish. */
export function isRendered(r: FileResult): boolean {
  return r.meeting !== null || r.record?.kind === 'stuk';
}

/** Whether a value read back from the cache has the shape of a file's result (its publish part kept apart). */
export function isFileResult(v: unknown): v is FileResult {
  if (
    !isObject(v) ||
    typeof v.file !== 'string' ||
    (v.text !== null && typeof v.text !== 'string') ||
    !isDiagnostics(v.parseDiagnostics) ||
    !isDiagnostics(v.diagnostics) ||
    !isFrozenFrontmatter(v.frontmatter) ||
    (v.meeting !== null && !(isObject(v.meeting) && typeof v.meeting.body === 'string' && typeof v.meeting.date === 'string'))
  )
    return false;
  const r = v.record;
  if (r !== null && !(isObject(r) && RECORD_KINDS.has(r.kind) && (r.kind !== 'verslag' || isMinutesRecord(r)))) return false;
  const p = v.passages;
  if (p !== null && !(isObject(p) && typeof p.words === 'string' && typeof p.sections === 'string' && typeof p.texts === 'string' && (p.data instanceof Uint16Array || p.data instanceof Int32Array))) return false;
  return v.publish === null;
}
