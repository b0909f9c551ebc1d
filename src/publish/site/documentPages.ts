import { formatDateNl } from '../formatDateNl.js';
import { abbreviateText } from './abbreviate.js';
import { ownerRef, type OwnerRef } from './agreementCard.js';
import { KIND_LABEL } from './dutchLabels.js';
import { sourceTree } from './sourceSections.js';
import { renderTree } from './renderTree.js';
import type { SiteContext } from './siteContext.js';
import type { DocumentRecord } from '../../extract/extractSideFiles.js';

export interface DocumentPage {
  id: string;
  url: string;
  title: string;
  dateLabel: string | null;
  dating: string | null;
  senders: OwnerRef[];
  addressees: string | null;
  carriesOut: { id: string; url: string | null; title: string; textHtml: string }[];
  contents: { id: string; text: string; depth: number }[];
  html: string;
  source: { file: string; href: string | null };
}

/** One page per document (stuk): its text, rendered from its one tree, and what it carried out. */
export function documentPages(ctx: SiteContext): DocumentPage[] {
  return ctx.documents.map((d) => documentPage(ctx, d));
}

/** One document's page: the build makes them in slices and drops each slice once rendered. */
export function documentPage(ctx: SiteContext, d: DocumentRecord): DocumentPage {
  const seen = new Set<string>();
  const rendered = renderTree(sourceTree(d.source, ctx.treeOf(d.file)), { glossary: ctx.glossary, seen, headingPrefix: 'deel', topLevel: 3 });
  return {
    id: d.fm.id,
    url: ctx.urls.document(d.fm.id),
    title: d.fm.titel,
    dateLabel: d.fm.datum ? formatDateNl(d.fm.datum) : null,
    dating: d.fm.datering ?? null,
    senders: d.fm.afzenders.map((c) => ownerRef(c, ctx)),
    addressees: d.fm.geadresseerden ?? null,
    carriesOut: d.fm.voert_uit.map((id) => {
      const a = ctx.agreementsById.get(id);
      return {
        id,
        url: a ? ctx.urls.agreement(id) : null,
        title: a ? `${KIND_LABEL[a.kind]} ${id}` : id,
        textHtml: a ? abbreviateText(a.text, ctx.glossary, new Set(seen)) : '',
      };
    }),
    contents: rendered.headings.filter((h) => h.depth === 3),
    html: rendered.html,
    source: { file: d.file, href: ctx.sourceHref(d.file, 1) },
  };
}
