import type { Command } from '../context.js';
import { check } from './check.js';
import { register } from './register.js';
import { open } from './open.js';
import { ids } from './ids.js';
import { schema } from './schema.js';
import { build } from './build.js';
import { importCommand } from './import.js';
import { newCommand } from './new.js';

/** Every `lrt` command by name; a new command is one file here and one line below. */
export const COMMANDS: Record<string, Command> = {
  check,
  register,
  open,
  ids,
  schema,
  build,
  import: importCommand,
  new: newCommand,
};
