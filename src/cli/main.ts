import path from 'node:path';
import { parseArgs } from 'node:util';
import { isRealDate } from '../schema/isoDate.js';
import { createContext, type Io } from './context.js';
import { COMMANDS } from './commands/index.js';
import { ioErrorDiagnostic } from './ioErrorInDutch.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import { asCause, diagnostic } from '../diagnostics/diagnostic.js';
import { DiagnosticError } from '../diagnostics/diagnosticError.js';
import { formatText } from '../publish/formatDiagnostics.js';

export type { Io } from './context.js';

const HELP = `lrt — verslagen en afsprakenregister

Gebruik:
  lrt check [paden] [--format tekst|github] [--base REF]   controleer verslagen (--base: ook tegen een versie in git)
  lrt new <orgaan> <datum> [-o bestand]         maak het verslag van de volgende vergadering, met de openstaande afspraken
  lrt import <bestand> [-o concept.md] [--json]   maak van een oud verslag (PDF, Word, HTML, tekst) een concept
  lrt import <map of bestanden> [-o map] [--orgaan NAAM] [--datum JJJJ-MM-DD]   één concept per bestand, met een overzicht
  lrt register [paden] [--format json|csv] [--as-of JJJJ-MM-DD] [-o bestand]
  lrt open [paden] [--owner CODE] [--binnen N] [--as-of JJJJ-MM-DD]   openstaande afspraken per eigenaar (Markdown); --binnen N: wat binnen N dagen afloopt
  lrt ids [paden]                               schrijf ontbrekende kenmerken in de bestanden
  lrt bevestig <kenmerk> <bestand:regel> [--status loopt]   leg een voorgesteld vervolg vast in agreements/
  lrt build [--as-of JJJJ-MM-DD]                bouw register en website in _site/
  lrt schema                                    maak docs/schema/*.json en de veldtabellen in de handleiding

Standaardpaden: minutes/ en agreements/.`;

// The usage text above is the command's help, not a message about something wrong: it stays here.

/** Runs one command; returns the exit code. `io` is the only way out, so tests can drive it. */
export async function main(argv: string[], io: Io): Promise<number> {
  const tell = (list: readonly Diagnostic[], after = '') => io.err(formatText(list, { debug: io.env?.LRT_DEBUG === '1' }) + after);
  const [first, ...rest] = argv;
  // "lrt --help" and "lrt -h" ask for the help, as "lrt help" does.
  const command = first === '--help' || first === '-h' ? 'help' : first;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'as-of': { type: 'string' },
        owner: { type: 'string' },
        output: { type: 'string', short: 'o' },
        base: { type: 'string' },
        status: { type: 'string' },
        binnen: { type: 'string' },
        json: { type: 'boolean' },
        orgaan: { type: 'string' },
        datum: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    const option = (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec((e as Error).message)?.[1] : undefined;
    const d = option ? diagnostic('cli-option-unknown', '', undefined, { option }) : diagnostic('cli-option-invalid', '', undefined, { detail: (e as Error).message });
    tell([{ ...d, cause: e as Error }], `\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!command || values.help || command === 'help') {
    io.out(HELP);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    tell([diagnostic('cli-command-unknown', '', undefined, { command })], `\n\n${HELP}`);
    return 2;
  }
  const asOf = values['as-of'] ?? io.today();
  if (!isRealDate(asOf)) {
    tell([diagnostic('as-of-invalid', '', undefined, { value: asOf })]);
    return 2;
  }
  let ctx;
  try {
    ctx = await createContext(io, values, positionals, asOf);
  } catch (e) {
    // A mistake in a data file (data/*.yaml): the diagnostic names the file and the place.
    tell(edgeDiagnostics(e, io.cwd));
    return 2;
  }
  try {
    return await run(ctx);
  } catch (e) {
    // A full disk, a read-only folder, no permission: the cause and the path in Dutch. Anything
    // else is a bug: a short Dutch line, and the stack only under LRT_DEBUG=1.
    // Anything else goes up to the process edge (run.ts), which says it as internal-unexpected.
    if (!(e instanceof DiagnosticError) && !ioErrorDiagnostic(e, io.cwd)) throw e;
    tell(edgeDiagnostics(e, io.cwd));
    return 1;
  }
}

/** Whatever reached the edge, as diagnostics: its own, a system error's, or an unexpected failure with its cause. */
export function edgeDiagnostics(e: unknown, cwd: string): readonly Diagnostic[] {
  if (e instanceof DiagnosticError) return e.diagnostics.map((d) => ({ ...d, file: shownPath(d.file, cwd) }));
  const io = ioErrorDiagnostic(e, cwd);
  if (io) return [{ ...io, file: '' }];
  return [{ ...diagnostic('internal-unexpected', '', undefined), cause: asCause(e) }];
}

/** A path inside the working folder as the user would type it; others as they are. */
function shownPath(file: string, cwd: string): string {
  if (!file || !path.isAbsolute(file)) return file;
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
