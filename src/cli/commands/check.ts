import { badFormat, DEFAULT_PATHS, hasErrors, type Command } from '../context.js';
import { summary } from '../../publish/formatDiagnostics.js';
import { readGitBase, GitBaseError } from '../../read/readGitBase.js';
import { runPipeline } from '../../pipeline.js';
import { compareWithBase } from '../../link/compareWithBase.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';

/**
 * lrt check: every problem in every file; exit 1 on errors, 0 on warnings only. With --base,
 * also what the change does to what the base (the main branch) already published.
 */
export const check: Command = async (ctx) => {
  const format = ctx.options.format ?? 'tekst';
  if (!['tekst', 'text', 'github'].includes(format)) return badFormat(ctx.io, format, 'tekst, github');
  let r = await ctx.run();
  if (!r) return 2;
  let compared = '';
  if (ctx.options.base !== undefined) {
    try {
      const base = await readGitBase(ctx.options.base, ctx.positionals.length ? ctx.positionals : DEFAULT_PATHS, ctx.io.cwd);
      const before = runPipeline(base.sources, ctx.registry, ctx.asOf, ctx.io.now());
      r = { ...r, diagnostics: sortDiagnostics([...r.diagnostics, ...compareWithBase(before, r)]) };
      compared = `Vergeleken met ${base.ref} (${base.commit.slice(0, 7)}).`;
    } catch (e) {
      if (!(e instanceof GitBaseError)) throw e;
      ctx.io.err(e.message);
      return 2;
    }
  }
  ctx.report(r, format);
  const files = new Set([...r.parsed.map((p) => p.file), ...r.diagnostics.map((d) => d.file)]).size;
  if (compared) ctx.io.err(compared);
  ctx.io.err(summary(r.diagnostics, files));
  return hasErrors(r) ? 1 : 0;
};
