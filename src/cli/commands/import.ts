import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from '../context.js';
import { importMinutes } from '../../import/importMinutes.js';
import { decodeText } from '../../import/decodeText.js';

const USAGE = 'Gebruik: lrt import <bestand> [-o concept.md] [--json], bijvoorbeeld: lrt import verslag-2023-02-02.txt -o minutes/2023-02-02-lrt.md';

/**
 * lrt import: the plain text of old minutes to a draft in the project's format. The draft goes to
 * stdout or -o; what could not be determined and the possible agreements without a label go to
 * stderr as "file:line  message". --json prints { markdown, candidates, notes }.
 */
export const importCommand: Command = async (ctx) => {
  const { io, options, positionals } = ctx;
  if (positionals.length !== 1) {
    io.err(`Geef precies één bestand op.\n${USAGE}`);
    return 2;
  }
  const file = positionals[0]!;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path.resolve(io.cwd, file)));
  } catch {
    io.err(`Niet gevonden: ${file}`);
    return 2;
  }
  const decoded = decodeText(bytes);
  const r = importMinutes(decoded.text, ctx.registry);
  if (options.output) await writeFile(path.resolve(io.cwd, options.output), r.markdown);
  if (options.json) {
    io.out(JSON.stringify({ markdown: r.markdown, candidates: r.candidates, notes: r.notes }, null, 2));
    return 0;
  }
  if (!options.output) io.out(r.markdown);
  if (decoded.encoding !== 'utf-8') io.err(`${file}:1  Het bestand is geen UTF-8; gelezen als ${decoded.encoding === 'utf-16' ? 'UTF-16' : 'Windows-1252'}. Controleer letters als ë en ’ in het concept.`);
  for (const n of r.notes) io.err(`${file}:${n.line}  ${n.message}`);
  for (const c of r.candidates)
    io.err(`${file}:${c.line}  Mogelijke afspraak zonder label: "${c.text}" Is het een afspraak, zet er dan een label voor; zo niet, laat de zin staan.`);
  const blocks = (r.markdown.match(/^- (?:Afspraak|Besluit|Toezegging|Actiepunt): /gm) ?? []).length;
  io.err(
    `${options.output ? `Concept geschreven naar ${options.output}` : 'Concept gemaakt'}: ${blocks} ${blocks === 1 ? 'gelabeld blok' : 'gelabelde blokken'}, ${r.candidates.length} mogelijke ${r.candidates.length === 1 ? 'afspraak' : 'afspraken'} zonder label, ${r.notes.length} ${r.notes.length === 1 ? 'aandachtspunt' : 'aandachtspunten'}. Controleer het daarna met: lrt check ${options.output ?? '<bestand>'}`,
  );
  return 0;
};
