import type { Agreement, Register } from '../schema/register.js';

export type ChangeKind = 'afgesproken' | 'afgedaan' | 'afdoeningsvoorstel' | 'over-de-termijn';

/** One thing that happened to an agreement on a date: what "since the last meeting" lists. */
export interface ChangeEvent {
  kind: ChangeKind;
  date: string;
  agreement: Agreement;
  /** For afgedaan: the status it got (afgerond or vervallen). */
  status: 'afgerond' | 'vervallen' | null;
  /** What did it: the meeting, later Besluit, status update or document. */
  ref: string;
  /** For over-de-termijn: when it was closed after all ('' when closed on an unknown date), null while open. */
  closedOn?: string | null;
}

/**
 * Every dated change of every agreement in the register: made, closed (status afgerond or
 * vervallen, by minutes, status update, document or a later Besluit), proposed for closure, and
 * the day after a deadline passed with the agreement still open.
 */
export function changeEvents(register: Register): ChangeEvent[] {
  const out: ChangeEvent[] = [];
  for (const a of register.agreements) {
    out.push({ kind: 'afgesproken', date: a.meeting.date, agreement: a, status: null, ref: a.meeting.id });
    for (const f of a.followUps) {
      if (!f.date) continue;
      if (f.status === 'afgerond' || f.status === 'vervallen') out.push({ kind: 'afgedaan', date: f.date, agreement: a, status: f.status, ref: f.ref });
      else if (f.relation === 'afdoeningsvoorstel') out.push({ kind: 'afdoeningsvoorstel', date: f.date, agreement: a, status: null, ref: f.ref });
    }
    const d = a.deadline.date;
    if (d && d < register.asOf && isOpenOn(a, d)) out.push({ kind: 'over-de-termijn', date: nextDay(d), agreement: a, status: null, ref: a.id, closedOn: closedOn(a) });
  }
  return out.sort((x, y) => x.date.localeCompare(y.date) || x.agreement.id.localeCompare(y.agreement.id));
}

export interface ChangesSince {
  closed: ChangeEvent[];
  proposed: ChangeEvent[];
  overdue: ChangeEvent[];
  agreed: ChangeEvent[];
}

/** The changes to a body's agreements after `from` (the previous meeting; null: from the start) up to and including `to`. */
export function changesBetween(events: ChangeEvent[], body: string, from: string | null, to: string): ChangesSince {
  const inWindow = events.filter((e) => e.agreement.meeting.body === body && (from === null || e.date > from) && e.date <= to);
  const of = (k: ChangeKind) => inWindow.filter((e) => e.kind === k);
  // Overdue at the window's end: not closed by then (a document of unknown date closed it at some point: left out).
  const overdue = of('over-de-termijn').filter((e) => e.closedOn === null || (e.closedOn !== '' && e.closedOn! > to));
  return { closed: of('afgedaan'), proposed: of('afdoeningsvoorstel'), overdue, agreed: of('afgesproken') };
}

/** Whether the agreement was still open or ongoing at the end of that day, from its dated follow-ups. */
function isOpenOn(a: Agreement, date: string): boolean {
  const withStatus = a.followUps.filter((f) => f.status);
  const known = withStatus.filter((f) => f.date !== null && f.date <= date);
  // Without follow-ups that set a status, the agreement's status is the one it was made with.
  const status = known.length ? known[known.length - 1]!.status! : withStatus.length ? 'open' : a.status;
  return status === 'open' || status === 'loopt';
}

function closedOn(a: Agreement): string | null {
  const closing = a.followUps.filter((f) => f.status === 'afgerond' || f.status === 'vervallen');
  if (!closing.length) return a.status === 'afgerond' || a.status === 'vervallen' ? '' : null;
  return closing.some((f) => f.date === null) ? '' : closing.map((f) => f.date!).sort()[0]!;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
