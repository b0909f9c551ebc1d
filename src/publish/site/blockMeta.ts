import type { Agreement } from '../../schema/register.js';
import { formatDateNl } from '../formatDateNl.js';
import { escapeHtml } from './escapeHtml.js';
import { ownerlessPeopleNote, publicPeopleOf } from '../ownersText.js';
import { KIND_LABEL, STATUS_LABEL } from './dutchLabels.js';
import type { SiteContext } from './siteContext.js';
import type { BlockMark } from './decorateBlocks.js';
import type { Position } from '../../diagnostics/diagnostic.js';

/** The line under an agreement in the minutes: its register data, built as trusted HTML. */
export function blockMeta(a: Agreement, ctx: SiteContext): string {
  const parts = [
    `<a href="${escapeHtml(ctx.urls.agreement(a.id))}">${escapeHtml(KIND_LABEL[a.kind])} <span class="kenmerk">${escapeHtml(a.id)}</span></a>`,
    `<span class="status status--${a.status}">${escapeHtml(STATUS_LABEL[a.status])}</span>` +
      (a.overdue ? ` <span class="status status--te-laat">Termijn verstreken</span>` : ''),
  ];
  const ownerless = ownerlessPeopleNote(a);
  if (a.owners.length || ownerless)
    parts.push(
      `${a.owners.length + (ownerless ? 1 : 0) > 1 ? 'Eigenaren' : 'Eigenaar'}: ` +
        [
          ...a.owners.map((c) => {
            const people = publicPeopleOf(a, c);
            return `<a href="${escapeHtml(ctx.urls.owner(c))}">${escapeHtml(c)}</a>${people.length ? ` (${escapeHtml(people.join('; '))})` : ''}`;
          }),
          ...(ownerless ? [`<span class="toelichting">${escapeHtml(ownerless)}</span>`] : []),
        ].join(', ') +
        (a.ownersInferred ? ' <span class="afgeleid">(afgeleid)</span>' : ''),
    );
  if (a.deadline.date) parts.push(`Termijn: ${escapeHtml(formatDateNl(a.deadline.date))}`);
  if (a.confirmed) parts.push(`<span class="toelichting">${escapeHtml(a.confirmed.note)}</span>`);
  return parts.join('<span class="scheiding" aria-hidden="true"> · </span>');
}

/**
 * Marks for every agreement of one minutes file, by the line it starts on, each with the element
 * extraction found it in (`hosts`: label line → start of its bullet or paragraph, and the label as
 * written). Blocks that start on one line ("- Afspraak: … Besluit: …") share a mark: the first
 * block's, with the others under it.
 */
export function blockMarks(agreements: Agreement[], ctx: SiteContext, hosts: [number, Position, string | null][]): Map<number, BlockMark> {
  const hostOf = new Map(hosts.map(([line, at]) => [line, `${at.line}:${at.column}`]));
  // The label that can open the element is the first one on its line.
  const writtenOf = new Map<number, string | null>();
  for (const [line, , written] of hosts) if (!writtenOf.has(line)) writtenOf.set(line, written);
  const marks = new Map<number, BlockMark>();
  for (const a of agreements) {
    const host = hostOf.get(a.source.line);
    const mark: BlockMark = {
      ...(host ? { host } : {}),
      id: a.id,
      className: ['blok', `blok--${a.kind}`, `blok--${a.status}`, ...(a.overdue ? ['blok--te-laat'] : [])],
      written: writtenOf.get(a.source.line) ?? null,
      metaHtml: blockMeta(a, ctx),
    };
    const first = marks.get(a.source.line);
    if (first) first.more = [...(first.more ?? []), mark];
    else marks.set(a.source.line, mark);
  }
  return marks;
}
