import { describe, expect, it } from 'vitest';
import { run, shippedSources } from '../helpers.js';
import { openListMarkdown } from '../../src/publish/openList.js';
import { registry } from '../helpers.js';
import type { Register } from '../../src/schema/register.js';
import { buildRegister } from '../../src/link/buildRegister.js';

const files = shippedSources();
// Extracted once; the link stage is what dates the register, so each day only links again.
const records = run(files, '2026-11-22').records;
const on = (day: string) => buildRegister(records, day, '2026-11-22T12:00:00.000Z').register;
const full = on('2026-11-22');
const meetingDates = [...new Set(full.meetings.map((m) => m.date))].sort();

/** Every day from the day before the first shipped meeting to a week after the last one. */
function daysAround(first: string, last: string): string[] {
  const out: string[] = [];
  const d = new Date(`${first}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  const end = new Date(`${last}T12:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 7);
  for (; d <= end; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}

/** The status as written: from the extracted record, or (a block linking adds) the register on its meeting's day before any follow-up. */
function writtenStatus(id: string, meetingDate: string) {
  const rec = records.flatMap((r) => (r.kind === 'verslag' ? r.agreements : [])).find((x) => x.id === id);
  if (rec) return rec.status;
  const atMeeting = on(meetingDate).agreements.find((x) => x.id === id)!;
  return atMeeting.followUps.some((f) => f.status) ? null : atMeeting.status;
}

/**
 * The register on day D, worked out by hand from the full register: the agreements of meetings
 * held by then, their follow-ups dated by then (undated ones are not known to have happened, but
 * the pipeline keeps them as "after": they carry null), the status of the last of those that sets
 * one (else as written), overdue against D.
 */
function expectedOn(day: string, reg: Register) {
  return reg.agreements
    .filter((a) => a.meeting.date <= day)
    .map((a) => {
      const ups = a.followUps.filter((f) => f.date === null || f.date <= day);
      const withStatus = ups.filter((f) => f.status);
      const status = withStatus.length ? withStatus[withStatus.length - 1]!.status! : writtenStatus(a.id, a.meeting.date);
      return { id: a.id, status, overdue: (status === 'open' || status === 'loopt') && a.deadline.date !== null && a.deadline.date < day, followUps: ups.length };
    });
}

describe('--as-of is a point in time', () => {
  const days = daysAround(meetingDates[0]!, meetingDates[meetingDates.length - 1]!);

  it('covers every day between the shipped meetings', () => {
    expect(days.length).toBeGreaterThan(80);
    for (const m of meetingDates) expect(days).toContain(m);
  });

  it.each(days)('on %s the register holds only what had happened', (day) => {
    const reg = on(day);
    expect(reg.asOf).toBe(day);
    expect(reg.meetings.map((m) => m.id)).toEqual(full.meetings.filter((m) => m.date <= day).map((m) => m.id));
    for (const a of reg.agreements) {
      expect(a.meeting.date <= day).toBe(true);
      for (const f of a.followUps) expect(f.date === null || f.date <= day).toBe(true);
    }
    for (const d of reg.documents) expect(d.date === null || d.date <= day).toBe(true);
    const got = reg.agreements.map((a) => ({ id: a.id, status: a.status, overdue: a.overdue, followUps: a.followUps.length }));
    expect(got).toEqual(expectedOn(day, full));
  });

  it('the reviewers\' list of 1 March 2023 holds only the agreements of 2 February', () => {
    const md = openListMarkdown(run(files, '2023-03-01').register, registry().organisaties);
    expect(md).toContain('lrt-2023-02-02-1');
    expect(md).not.toMatch(/lrt-2023-04-2[15]/);
  });

  it('the day before a meeting it is not there; on its day it is', () => {
    expect(run(files, '2023-04-20').register.meetings.map((m) => m.id)).not.toContain('lrt-2023-04-21');
    expect(run(files, '2023-04-21').register.meetings.map((m) => m.id)).toContain('lrt-2023-04-21');
    expect(run(files, '2023-04-21').register.agreements.map((a) => a.id)).toContain('lrt-2023-04-21-1');
  });
});
