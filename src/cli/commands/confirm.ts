import { ruleMessage } from '../../diagnostics/messages.js';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tell, type Command } from '../context.js';
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { passagesOf } from '../../link/passagesOf.js';
import { confirmationFile } from '../../publish/confirmationFile.js';

const USAGE = 'Gebruik: lrt bevestig <kenmerk> <bestand:regel> [--status loopt], bijvoorbeeld: lrt bevestig lrt-2023-04-21-2 minutes/2023-04-25-lrt.md:32';

/** lrt bevestig: confirms a proposed follow-up by writing its status update in agreements/. */
export const confirm: Command = async (ctx) => {
  const { io, positionals } = ctx;
  const [id, where] = positionals;
  const m = where ? /^(.+):(\d+)$/.exec(where) : null;
  if (!id || !m) {
    tell(io, diagnostic('confirm-arguments-missing', '', undefined), USAGE);
    return 2;
  }
  const status = ctx.options.status ?? 'afgerond';
  if (status !== 'afgerond' && status !== 'loopt') {
    tell(io, diagnostic('confirm-status-invalid', '', undefined, { status }));
    return 2;
  }
  const r = await ctx.run([]);
  if (!r) return 2;
  const a = r.register.agreements.find((x) => x.id === id);
  if (!a) {
    tell(io, diagnostic('confirm-agreement-unknown', '', undefined, { id }));
    return 2;
  }
  const file = m[1]!.split(path.sep).join('/');
  const line = Number(m[2]);
  const passage = passagesOf(r.records).find((p) => p.file === file && p.line === line);
  if (!passage) {
    tell(io, diagnostic('confirm-passage-missing', '', undefined, { file, line }));
    return 2;
  }
  if (passage.date !== null && passage.date < a.meeting.date) {
    tell(io, diagnostic('confirm-passage-earlier', file, { line, column: 1 }, { date: passage.date, meeting: a.meeting.date }));
    return 2;
  }
  const rec = r.records.find((x) => x.file === file);
  const bron = rec?.kind === 'verslag' ? rec.meeting.id : rec?.kind === 'stuk' ? rec.fm.id : file;
  const out = confirmationFile(a, passage, bron, status);
  const target = path.join(io.cwd, out.path);
  if (existsSync(target)) {
    tell(io, diagnostic('confirm-file-exists', '', undefined, { path: out.path }));
    return 2;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, out.text, { flag: 'wx' });
  const proposed = a.suggestions.some((s) => s.source.file === file && s.source.line === line);
  io.err(ruleMessage('done-confirm', { path: out.path, id: a.id, status, source: bron, proposed }));
  return 0;
};
