import { hasErrors, tell, type Command } from '../context.js';
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { openListMarkdown } from '../../publish/openList.js';
import { dueSoonMarkdown } from '../../publish/dueSoonList.js';
import { buildOrganisationIndex } from '../../extract/organisationIndex.js';
import { closest } from '../../parse/closest.js';

/** lrt open: the reviewers' list of open and overdue agreements per owner, as Markdown. */
export const open: Command = async (ctx) => {
  let owner: string | undefined;
  if (ctx.options.owner !== undefined) {
    // Any spelling the minutes may use ("SJenV", "Staatssecretaris van JenV", "vng") means its code.
    const index = buildOrganisationIndex(ctx.registry.organisaties);
    owner = index.lookup(ctx.options.owner);
    if (!owner) {
      const suggestion = closest(ctx.options.owner, index.codes);
      tell(ctx.io, diagnostic('open-owner-unknown', '', undefined, { value: ctx.options.owner, suggestion: suggestion ?? '', allowed: index.codes.join(', ') }));
      return 2;
    }
  }
  const within = ctx.options.binnen;
  if (within !== undefined && !/^\d{1,4}$/.test(within)) {
    tell(ctx.io, diagnostic('open-within-invalid', '', undefined, { value: within }));
    return 2;
  }
  const r = await ctx.run();
  if (!r) return 2;
  ctx.report(r);
  ctx.io.out(within !== undefined ? dueSoonMarkdown(r.register, ctx.registry.organisaties, Number(within), owner) : openListMarkdown(r.register, ctx.registry.organisaties, owner));
  return hasErrors(r) ? 1 : 0;
};
