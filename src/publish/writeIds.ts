import type { RawBlock } from '../extract/findBlocks.js';

/**
 * Writes each pending id into the source as an attribute line ("  - id: …") after the block's
 * `endLine`: the first attribute line of a bullet's first block, and for a later block in the
 * same bullet or paragraph after the attributes already there, so each block's group of
 * attributes starts with its own id. Only lines are inserted; nothing the secretariat wrote is
 * changed or moved.
 */
export function writeIds(text: string, pending: { block: RawBlock; id: string }[]): string {
  const lines = text.split('\n');
  // From the bottom up, so earlier insertions do not shift later ones; at one place, the later
  // block first, so the ids end up in the order of their blocks.
  const sorted = pending.map((p, i) => ({ ...p, i })).sort((a, b) => b.block.endLine - a.block.endLine || b.i - a.i);
  for (const { block, id } of sorted) lines.splice(block.endLine, 0, `${block.attributeIndent}- id: ${id}`);
  return lines.join('\n');
}
