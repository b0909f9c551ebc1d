import type { SiteContext } from './siteContext.js';
import { ownerSlug } from './urls.js';

/** A person who owns agreements and is marked public in data/people.yaml: they get a page. */
export interface PublicPerson {
  name: string;
  org: string;
  role: string | null;
}

/** Under the organisation's page: /eigenaren/vng/martin-jansen/. */
export function personSlug(p: PublicPerson): string {
  return `${ownerSlug(p.org)}/${ownerSlug(p.name)}`;
}

export function personUrl(ctx: SiteContext, p: PublicPerson): string {
  return `${ctx.urls.owner(p.org)}${ownerSlug(p.name)}/`;
}

