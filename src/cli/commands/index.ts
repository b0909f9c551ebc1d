import type { Command } from '../context.js';

/**
 * A command loaded when it is run: `lrt check` on a cached project needs neither the site nor the
 * importer, and loading every module first was a third of its time.
 */
const lazy =
  (load: () => Promise<Command>): Command =>
  async (ctx) =>
    (await load())(ctx);

/** Every `lrt` command by name; a new command is one file here and one line below. */
export const COMMANDS: Record<string, Command> = {
  check: lazy(async () => (await import('./check.js')).check),
  register: lazy(async () => (await import('./register.js')).register),
  open: lazy(async () => (await import('./open.js')).open),
  ids: lazy(async () => (await import('./ids.js')).ids),
  schema: lazy(async () => (await import('./schema.js')).schema),
  build: lazy(async () => (await import('./build.js')).build),
  import: lazy(async () => (await import('./import.js')).importCommand),
  new: lazy(async () => (await import('./new.js')).newCommand),
  bevestig: lazy(async () => (await import('./confirm.js')).confirm),
};
