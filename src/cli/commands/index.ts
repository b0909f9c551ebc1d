import type { Command } from '../context.js';
import { check } from './check.js';
import { register } from './register.js';
import { open } from './open.js';
import { ids } from './ids.js';
import { schema } from './schema.js';

/** Every `lrt` command by name; a new command is one file here and one line below. */
export const COMMANDS: Record<string, Command> = {
  check,
  register,
  open,
  ids,
  schema,
};
