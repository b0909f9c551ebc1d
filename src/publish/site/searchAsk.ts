import { foldApostrophe } from './dutchLunr.js';
import { ownerCodes } from './ownerPages.js';
import type { SiteContext } from './siteContext.js';

/**
 * What a question can ask beyond its words, as the browser reads it (site/assets/search-engine.js,
 * ownerAsked): the one-word names of organisations (code, roles, one-word aliases) → code; the
 * words that ask what is still open (data/site.yaml); each party's page and name, for the answer
 * "VNG heeft geen openstaande afspraken".
 */
export interface SearchAsk {
  orgs: Record<string, string>;
  open: string[];
  pages: Record<string, { url: string; name: string }>;
}

const word = (s: string) => foldApostrophe(s.toLowerCase());

export function searchAsk(ctx: SiteContext): SearchAsk {
  const orgs: Record<string, string> = {};
  for (const o of ctx.registry.organisaties) {
    const aliases = [...o.aliassen, ...o.rollen.flatMap((r) => r.aliassen ?? [])];
    const forms = [o.code, ...o.rollen.map((r) => r.code), ...aliases.filter((a) => !/\s/.test(a))];
    for (const f of forms) orgs[word(f)] ??= o.code;
  }
  const pages: SearchAsk['pages'] = {};
  for (const code of ownerCodes(ctx)) pages[code] = { url: ctx.urls.owner(code), name: ctx.orgName(code) };
  return { orgs, open: ctx.siteData.zoeken.open_vragen.map(word), pages };
}
