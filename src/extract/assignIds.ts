import type { Position } from '../diagnostics/diagnostic.js';
import type { RuleCall } from '../diagnostics/messages.js';
import type { RawBlock } from './findBlocks.js';

export interface AssignedIds {
  ids: { id: string; written: boolean }[];
  problems: (RuleCall<'id-format' | 'id-other-meeting' | 'id-missing'> & { at: Position })[];
}

/**
 * Ids are written into the file once and never change. A block without one gets a provisional
 * id after the highest number written for this meeting, so adding, removing or moving blocks
 * never shifts an existing id, and a removed number is not handed out again while a higher
 * one exists.
 */
export function assignIds(blocks: RawBlock[], meetingId: string): AssignedIds {
  const problems: AssignedIds['problems'] = [];
  const prefix = `${meetingId}-`;
  // BigInt: a mistyped id with 25 digits must not turn the next one into "1.2e+25".
  let max = 0n;
  for (const b of blocks) {
    const id = b.attributes.find((a) => a.key === 'id');
    if (!id?.value) continue;
    const m = /^([a-z0-9-]+)-(\d+)$/.exec(id.value);
    if (!m) {
      problems.push({ rule: 'id-format', at: id.at, params: { value: id.value, example: `${meetingId}-1` } });
      continue;
    }
    if (!id.value.startsWith(prefix)) problems.push({ rule: 'id-other-meeting', at: id.at, params: { value: id.value, meeting: meetingId } });
    else if (BigInt(m[2]!) > max) max = BigInt(m[2]!);
  }
  const missing: { at: Position; id: string }[] = [];
  const ids = blocks.map((b) => {
    const id = b.attributes.find((a) => a.key === 'id');
    if (id?.value && /^[a-z0-9-]+-\d+$/.test(id.value)) return { id: id.value, written: true };
    const provisional = `${prefix}${++max}`;
    missing.push({ at: b.at, id: provisional });
    return { id: provisional, written: false };
  });
  // One summary per file, at the first block without an id.
  if (missing.length)
    problems.push({ rule: 'id-missing', at: missing[0]!.at, params: { id: missing[0]!.id, last: missing[missing.length - 1]!.id, count: String(missing.length) } });
  return { ids, problems };
}
