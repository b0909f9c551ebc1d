import { badFormat, DEFAULT_PATHS, hasErrors, type Command } from '../context.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatGithub, formatText, summary } from '../../publish/formatDiagnostics.js';
import type { PipelineResult } from '../../pipeline.js';
import { readGitBase, GitBaseError } from '../../read/readGitBase.js';
import { compareWithBase } from '../../link/compareWithBase.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';

/**
 * lrt check: every problem in every file; exit 1 on errors, 0 on warnings only. With --base,
 * also what the change does to what the base (the main branch) already published.
 */
export const check: Command = async (ctx) => {
  const format = ctx.options.format ?? 'tekst';
  if (!['tekst', 'text', 'github'].includes(format)) return badFormat(ctx.io, format, 'tekst, github');
  const { paths, requested } = checkScope(ctx.positionals, ctx.io.cwd);
  let r = await ctx.run(paths);
  if (!r) return 2;
  r = onlyRequested(r, requested);
  let compared = '';
  if (ctx.options.base !== undefined) {
    try {
      const base = await readGitBase(ctx.options.base, ctx.positionals.length ? ctx.positionals : DEFAULT_PATHS, ctx.io.cwd);
      const before = await ctx.runSources(base.sources);
      r = { ...r, diagnostics: sortDiagnostics([...r.diagnostics, ...compareWithBase(before, r, ctx.registry.labels)]) };
      compared = `Vergeleken met ${base.ref} (${base.commit.slice(0, 7)}).`;
    } catch (e) {
      if (!(e instanceof GitBaseError)) throw e;
      ctx.io.err(formatText(e.diagnostics, { debug: ctx.io.env?.LRT_DEBUG === '1' }));
      return 2;
    }
  }
  // The messages are the command's output (`lrt check > meldingen.txt` keeps them); the summary is not.
  if (r.diagnostics.length) ctx.io.out(format === 'github' ? formatGithub(r.diagnostics) : formatText(r.diagnostics, { debug: ctx.io.env?.LRT_DEBUG === '1' }));
  const files = new Set([...r.parsed.map((p) => p.file), ...r.diagnostics.map((d) => d.file)]).size;
  if (compared) ctx.io.err(compared);
  ctx.io.err(summary(r.diagnostics, files));
  return hasErrors(r) ? 1 : 0;
};

/**
 * A file inside minutes/ or agreements/ is checked against the rest of the project, so a
 * follow-up of an earlier meeting's agreement is not reported as unknown; only the requested
 * files' messages are shown. Files elsewhere (a draft, a test fixture) are checked on their own.
 */
function checkScope(positionals: string[], cwd: string): { paths: string[]; requested: string[] | null } {
  if (positionals.length === 0) return { paths: [], requested: null };
  const project = DEFAULT_PATHS.filter((d) => existsSync(path.join(cwd, d)));
  const inside = (p: string) => project.some((d) => !path.relative(path.join(cwd, d), path.resolve(cwd, p)).startsWith('..'));
  if (!positionals.every(inside)) return { paths: positionals, requested: null };
  const rel = positionals.map((p) => path.relative(cwd, path.resolve(cwd, p)).split(path.sep).join('/'));
  return { paths: [...project, ...positionals], requested: rel };
}

function onlyRequested(r: PipelineResult, requested: string[] | null): PipelineResult {
  if (!requested) return r;
  const wanted = (file: string) => requested.some((p) => file === p || file.startsWith(`${p.replace(/\/$/, '')}/`) || p === '');
  return { ...r, parsed: r.parsed.filter((p) => wanted(p.file)), diagnostics: r.diagnostics.filter((d) => wanted(d.file)) };
}
