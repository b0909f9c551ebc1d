import type { Agreement } from '../../schema/register.js';
import { formatDateNl } from '../formatDateNl.js';
import { abbreviateText } from './abbreviate.js';
import { KIND_LABEL, STATUS_LABEL, meetingTitle } from './dutchLabels.js';
import type { SiteContext } from './siteContext.js';
import { closureBadge, lifecycleStatusLabel, possiblyDone } from './followUpView.js';

export interface OwnerRef {
  code: string;
  name: string;
  url: string;
}

/** An agreement as lists show it: the same fields on every page, so readers learn one layout. */
export interface AgreementCard {
  id: string;
  url: string;
  /** The agreement where it stands in the rendered minutes. */
  anchorUrl: string;
  kind: Agreement['kind'];
  kindLabel: string;
  textHtml: string;
  owners: OwnerRef[];
  ownersInferred: boolean;
  status: Agreement['status'];
  statusLabel: string;
  overdue: boolean;
  deadline: { date: string; label: string; text: string | null } | null;
  meeting: { id: string; url: string; title: string; date: string };
  agendaItem: string | null;
  /** "zonder label in het verslag, bevestigd door het secretariaat", for a confirmed agreement. */
  confirmedNote: string | null;
  /** The best proposed follow-up, for the reviewers: "mogelijk afgedaan in …". */
  possiblyDone: { label: string; url: string | null } | null;
  /** "afdoeningsvoorstel": the owner proposed closure and the table has not adopted it yet. */
  closureProposed: { label: string; title: string } | null;
}

export function ownerRef(code: string, ctx: SiteContext): OwnerRef {
  return { code, name: ctx.orgName(code), url: ctx.urls.owner(code) };
}

export function agendaItemLabel(a: Agreement): string | null {
  if (!a.agendaItem) return null;
  return a.agendaItem.number ? `agendapunt ${a.agendaItem.number}. ${a.agendaItem.title}` : a.agendaItem.title;
}

/** `seen`: the terms already explained on the page the card appears on. */
export function agreementCard(a: Agreement, ctx: SiteContext, seen: Set<string>): AgreementCard {
  const meetingUrl = ctx.urls.meeting(a.meeting.id);
  return {
    id: a.id,
    url: ctx.urls.agreement(a.id),
    anchorUrl: `${meetingUrl}#${a.id}`,
    kind: a.kind,
    kindLabel: KIND_LABEL[a.kind],
    textHtml: abbreviateText(a.text, ctx.glossary, seen),
    owners: a.owners.map((c) => ownerRef(c, ctx)),
    ownersInferred: a.ownersInferred,
    status: a.status,
    statusLabel: lifecycleStatusLabel(a) ?? STATUS_LABEL[a.status],
    overdue: a.overdue,
    deadline: a.deadline.date ? { date: a.deadline.date, label: formatDateNl(a.deadline.date), text: a.deadline.text } : null,
    meeting: { id: a.meeting.id, url: meetingUrl, title: meetingTitle(a.meeting), date: a.meeting.date },
    agendaItem: agendaItemLabel(a),
    confirmedNote: a.confirmed?.note ?? null,
    possiblyDone: possiblyDone(a, ctx),
    closureProposed: closureBadge(a),
  };
}
