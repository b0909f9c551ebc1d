import { ruleMessage } from '../../diagnostics/messages.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from '../context.js';
import type { MinutesRecord } from '../../extract/extractMinutes.js';
import { writeIds } from '../../publish/writeIds.js';

/** lrt ids: writes a permanent id under every labelled block that has none. */
export const ids: Command = async (ctx) => {
  const r = await ctx.run();
  if (!r) return 2;
  let written = 0;
  for (const rec of r.records) {
    if (rec.kind !== 'verslag') continue;
    const m = rec as MinutesRecord;
    if (m.pendingIds.length === 0) continue;
    await writeFile(path.resolve(ctx.io.cwd, m.file), writeIds(m.source.text, m.pendingIds));
    for (const p of m.pendingIds) ctx.io.out(`${m.file}:${p.block.at.line}  ${p.id}`);
    written += m.pendingIds.length;
  }
  ctx.io.err(ruleMessage('done-ids', { count: written }));
  return 0;
};
