import type { RawBlock } from '../extract/findBlocks.js';

/**
 * Writes each pending id into the source as the block's first attribute line ("  - id: …").
 * Only lines are inserted; nothing the secretariat wrote is changed or moved.
 */
export function writeIds(text: string, pending: { block: RawBlock; id: string }[]): string {
  const lines = text.split('\n');
  const sorted = [...pending].sort((a, b) => b.block.endLine - a.block.endLine);
  for (const { block, id } of sorted) lines.splice(block.endLine, 0, `${block.attributeIndent}- id: ${id}`);
  return lines.join('\n');
}
