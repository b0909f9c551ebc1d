import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from '../context.js';
import { passagesOf } from '../../link/passagesOf.js';
import { confirmationFile } from '../../publish/confirmationFile.js';

const USAGE = 'Gebruik: lrt bevestig <kenmerk> <bestand:regel> [--status loopt], bijvoorbeeld: lrt bevestig lrt-2023-04-21-2 minutes/2023-04-25-lrt.md:32';

/** lrt bevestig: confirms a proposed follow-up by writing its status update in agreements/. */
export const confirm: Command = async (ctx) => {
  const { io, positionals } = ctx;
  const [id, where] = positionals;
  const m = where ? /^(.+):(\d+)$/.exec(where) : null;
  if (!id || !m) {
    io.err(`Geef het kenmerk van de afspraak en de plaats van het vervolg (bestand:regel).\n${USAGE}`);
    return 2;
  }
  const status = ctx.options.status ?? 'afgerond';
  if (status !== 'afgerond' && status !== 'loopt') {
    io.err(`--status "${status}" kan hier niet; kies afgerond (standaard) of loopt.`);
    return 2;
  }
  const r = await ctx.run([]);
  if (!r) return 2;
  const a = r.register.agreements.find((x) => x.id === id);
  if (!a) {
    io.err(`Er is geen afspraak met kenmerk "${id}". Zie lrt open voor de openstaande afspraken.`);
    return 2;
  }
  const file = m[1]!.split(path.sep).join('/');
  const line = Number(m[2]);
  const passage = passagesOf(r.records).find((p) => p.file === file && p.line === line);
  if (!passage) {
    io.err(`In ${file} staat op regel ${line} geen tekst van een verslag of stuk die een vervolg kan zijn. Neem de plaats over uit lrt check of lrt open.`);
    return 2;
  }
  if (passage.date !== null && passage.date < a.meeting.date) {
    io.err(`${file}:${line} is van ${passage.date}, vóór de afspraak (${a.meeting.date}); een vervolg komt erna.`);
    return 2;
  }
  const rec = r.records.find((x) => x.file === file);
  const bron = rec?.kind === 'verslag' ? rec.meeting.id : rec?.kind === 'stuk' ? rec.fm.id : file;
  const out = confirmationFile(a, passage, bron, status);
  const target = path.join(io.cwd, out.path);
  if (existsSync(target)) {
    io.err(`${out.path} bestaat al; "lrt bevestig" overschrijft nooit een bestand. Kijk of dit vervolg al is vastgelegd.`);
    return 2;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, out.text, { flag: 'wx' });
  const proposed = a.suggestions.some((s) => s.source.file === file && s.source.line === line);
  io.err(`Geschreven: ${out.path} (${a.id} ${status}, bron ${bron})${proposed ? '' : '; let op: deze plaats stond niet tussen de voorstellen'}. Voer "lrt check" uit en neem het bestand op in het pull request.`);
  return 0;
};
