import type { Meeting } from '../../schema/register.js';
import { changeEvents, changesBetween, type ChangeEvent } from '../../link/changeEvents.js';
import { formatDateNl } from '../formatDateNl.js';
import { CHANGE_LABEL, STATUS_LABEL, meetingTitle } from './dutchLabels.js';
import type { SiteContext } from './siteContext.js';

export interface ChangeLine {
  id: string;
  url: string;
  text: string;
  dateLabel: string;
  note: string | null;
}

/** "Sinds de vorige vergadering": per meeting, what changed to its body's agreements. */
export interface MeetingChanges {
  since: { title: string; url: string } | null;
  groups: { key: string; label: string; items: ChangeLine[] }[];
}

/** Built once per site: the events of the whole register, then each meeting's window of them. */
export function meetingChangesBuilder(ctx: SiteContext): (m: Meeting, previous: Meeting | null) => MeetingChanges {
  const events = changeEvents(ctx.register);
  const line = (e: ChangeEvent): ChangeLine => ({
    id: e.agreement.id,
    url: ctx.urls.agreement(e.agreement.id),
    text: e.agreement.text,
    dateLabel: formatDateNl(e.date),
    note: e.status ? STATUS_LABEL[e.status] : null,
  });
  return (m, previous) => {
    const c = changesBetween(events, m.body, previous?.date ?? null, m.date);
    return {
      since: previous ? { title: meetingTitle(previous), url: ctx.urls.meeting(previous.id) } : null,
      groups: (['closed', 'proposed', 'overdue', 'agreed'] as const).map((key) => ({ key, label: CHANGE_LABEL[key], items: c[key].map(line) })),
    };
  };
}
