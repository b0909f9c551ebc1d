import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { badFormat, hasErrors, type Command } from '../context.js';
import { registerCsv } from '../../publish/registerCsv.js';

/** lrt register: the register as JSON or CSV, to stdout or -o file. */
export const register: Command = async (ctx) => {
  const format = ctx.options.format ?? 'json';
  if (!['json', 'csv'].includes(format)) return badFormat(ctx.io, format, 'json, csv');
  const r = await ctx.run();
  if (!r) return 2;
  ctx.report(r);
  const body = format === 'csv' ? registerCsv(r.register) : JSON.stringify(r.register, null, 2) + '\n';
  if (ctx.options.output) await writeFile(path.resolve(ctx.io.cwd, ctx.options.output), body);
  else ctx.io.out(body);
  return hasErrors(r) ? 1 : 0;
};
