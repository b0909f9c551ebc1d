import type { Meeting } from '../../schema/register.js';
import { changeEvents, changesBetween, type ChangeEvent } from '../../link/changeEvents.js';
import { formatDateNl } from '../formatDateNl.js';
import { CHANGE_LABEL, STATUS_LABEL, meetingTitle } from './dutchLabels.js';
import { groupBy, type SiteContext } from './siteContext.js';

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

/** The first index in `events` (sorted by date) whose date is after `date`. */
function after(events: ChangeEvent[], date: string): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.date > date) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Built once per site: the events of the whole register, grouped by body (each group keeps the
 * date order), then each meeting's window of its body's events, found by date: a search per
 * meeting instead of a pass over every event of the register.
 */
export function meetingChangesBuilder(ctx: SiteContext): (m: Meeting, previous: Meeting | null) => MeetingChanges {
  const byBody = groupBy(changeEvents(ctx.register), (e) => e.agreement.meeting.body);
  const line = (e: ChangeEvent): ChangeLine => ({
    id: e.agreement.id,
    url: ctx.urls.agreement(e.agreement.id),
    text: e.agreement.text,
    dateLabel: formatDateNl(e.date),
    note: e.status ? STATUS_LABEL[e.status] : null,
  });
  return (m, previous) => {
    const events = byBody.get(m.body) ?? [];
    const from = previous ? after(events, previous.date) : 0;
    const window = events.slice(from, after(events, m.date));
    const c = changesBetween(window, m.body, previous?.date ?? null, m.date);
    return {
      since: previous ? { title: meetingTitle(previous), url: ctx.urls.meeting(previous.id) } : null,
      groups: (['closed', 'proposed', 'overdue', 'agreed'] as const).map((key) => ({ key, label: CHANGE_LABEL[key], items: c[key].map(line) })),
    };
  };
}
