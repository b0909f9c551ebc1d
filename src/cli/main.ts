import { parseArgs } from 'node:util';
import { isRealDate } from '../schema/isoDate.js';
import { createContext, type Io } from './context.js';
import { COMMANDS } from './commands/index.js';
import { ioErrorInDutch } from './ioErrorInDutch.js';

export type { Io } from './context.js';

const HELP = `lrt — verslagen en afsprakenregister

Gebruik:
  lrt check [paden] [--format tekst|github] [--base REF]   controleer verslagen (--base: ook tegen een versie in git)
  lrt new <orgaan> <datum> [-o bestand]         maak het verslag van de volgende vergadering, met de openstaande afspraken
  lrt import <bestand> [-o concept.md] [--json]   maak van een oud verslag (PDF, Word, HTML, tekst) een concept
  lrt import <map of bestanden> [-o map] [--orgaan NAAM] [--datum JJJJ-MM-DD]   één concept per bestand, met een overzicht
  lrt register [paden] [--format json|csv] [--as-of JJJJ-MM-DD] [-o bestand]
  lrt open [paden] [--owner CODE] [--as-of JJJJ-MM-DD]   openstaande afspraken per eigenaar (Markdown)
  lrt ids [paden]                               schrijf ontbrekende kenmerken in de bestanden
  lrt build [--as-of JJJJ-MM-DD]                bouw register en website in _site/
  lrt schema                                    maak docs/schema/*.json en de veldtabellen in de handleiding

Standaardpaden: minutes/ en agreements/.`;

/** Runs one command; returns the exit code. `io` is the only way out, so tests can drive it. */
export async function main(argv: string[], io: Io): Promise<number> {
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
        json: { type: 'boolean' },
        orgaan: { type: 'string' },
        datum: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message.replace(/^Unknown option/, 'Onbekende optie')}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!command || values.help || command === 'help') {
    io.out(HELP);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Onbekende opdracht "${command}".\n\n${HELP}`);
    return 2;
  }
  const asOf = values['as-of'] ?? io.today();
  if (!isRealDate(asOf)) {
    io.err(`--as-of: "${asOf}" is geen datum in de vorm JJJJ-MM-DD.`);
    return 2;
  }
  let ctx;
  try {
    ctx = await createContext(io, values, positionals, asOf);
  } catch (e) {
    // A mistake in a data file (data/*.yaml): the message names the file and the place.
    io.err(ioErrorInDutch(e, io.cwd) ?? (e as Error).message);
    return 2;
  }
  try {
    return await run(ctx);
  } catch (e) {
    // A full disk, a read-only folder, no permission: the cause and the path in Dutch, no stack trace.
    const message = ioErrorInDutch(e, io.cwd);
    if (!message) throw e;
    io.err(message);
    return 1;
  }
}
