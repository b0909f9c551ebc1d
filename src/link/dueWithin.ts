import type { Agreement, Register } from '../schema/register.js';

export interface DueItem {
  agreement: Agreement;
  /** The moment that falls due in the window, and its words. */
  date: string;
  text: string;
}

/** The last day of a window of `days` days from `from` (inclusive). */
export function windowEnd(from: string, days: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Open and ongoing agreements with a moment from the as-of date up to `days` days later, per owner
 * code ('—' for none), soonest first. An agreement with two moments is due at the first in the window.
 */
export function dueWithin(register: Register, days: number, owner?: string): Map<string, DueItem[]> {
  const until = windowEnd(register.asOf, days);
  const out = new Map<string, DueItem[]>();
  for (const a of register.agreements) {
    if (a.status !== 'open' && a.status !== 'loopt') continue;
    const m = a.deadline.moments
      .filter((x) => x.date !== null && x.date >= register.asOf && x.date <= until)
      .sort((x, y) => x.date!.localeCompare(y.date!))[0];
    if (!m) continue;
    for (const code of a.owners.length ? a.owners : ['—']) {
      if (owner && code.toLowerCase() !== owner.toLowerCase()) continue;
      out.set(code, [...(out.get(code) ?? []), { agreement: a, date: m.date!, text: m.text }]);
    }
  }
  for (const list of out.values()) list.sort((x, y) => x.date.localeCompare(y.date) || x.agreement.id.localeCompare(y.agreement.id));
  return new Map([...out.entries()].sort(([x], [y]) => x.localeCompare(y)));
}
