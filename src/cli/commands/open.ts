import { hasErrors, type Command } from '../context.js';
import { openListMarkdown } from '../../publish/openList.js';

/** lrt open: the reviewers' list of open and overdue agreements per owner, as Markdown. */
export const open: Command = async (ctx) => {
  const r = await ctx.run();
  if (!r) return 2;
  ctx.report(r);
  ctx.io.out(openListMarkdown(r.register, ctx.registry.organisaties, ctx.options.owner));
  return hasErrors(r) ? 1 : 0;
};
