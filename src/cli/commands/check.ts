import { badFormat, hasErrors, type Command } from '../context.js';
import { summary } from '../../publish/formatDiagnostics.js';

/** lrt check: every problem in every file; exit 1 on errors, 0 on warnings only. */
export const check: Command = async (ctx) => {
  const format = ctx.options.format ?? 'tekst';
  if (!['tekst', 'text', 'github'].includes(format)) return badFormat(ctx.io, format, 'tekst, github');
  const r = await ctx.run();
  if (!r) return 2;
  ctx.report(r, format);
  const files = new Set([...r.parsed.map((p) => p.file), ...r.diagnostics.map((d) => d.file)]).size;
  ctx.io.err(summary(r.diagnostics, files));
  return hasErrors(r) ? 1 : 0;
};
