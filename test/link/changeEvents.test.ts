import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { fixtureProject } from './fixtureSources.js';
import { changeEvents, changesBetween } from '../../src/link/changeEvents.js';
import { meetingChangesBuilder } from '../../src/publish/site/meetingChangesView.js';
import { shippedContext } from '../publish/site/fixtures.js';

const ids = (c: ReturnType<typeof changesBetween>) => ({
  closed: c.closed.map((e) => `${e.agreement.id} ${e.date} ${e.status}`),
  proposed: c.proposed.map((e) => `${e.agreement.id} ${e.date}`),
  overdue: c.overdue.map((e) => `${e.agreement.id} ${e.date}`),
  agreed: c.agreed.map((e) => e.agreement.id),
});

describe('what changed since the previous meeting of the same body', () => {
  it('on the closure fixture: proposed, adopted, newly overdue and newly agreed between the two meetings', () => {
    const r = run(fixtureProject('test/fixtures/closure/afdoeningsvoorstel-aangenomen'), '2024-06-13');
    const events = changeEvents(r.register);
    expect(ids(changesBetween(events, 'PRT Gelderland', '2024-02-08', '2024-04-11'))).toEqual({
      closed: ['prt-gelderland-2024-02-08-1 2024-04-11 afgerond'],
      proposed: ['prt-gelderland-2024-02-08-1 2024-03-01'],
      // 02-08 #1 was due 1 March and was still open the day after, but closed by this meeting: not listed.
      overdue: [],
      agreed: ['prt-gelderland-2024-04-11-1'],
    });
    // The next meeting's window: the second proposal, nothing closed.
    // #2 was due "in het voorjaar" (31 May) and is still open on 13 June: newly overdue.
    expect(ids(changesBetween(events, 'PRT Gelderland', '2024-04-11', '2024-06-13'))).toEqual({
      closed: [], proposed: ['prt-gelderland-2024-02-08-2 2024-05-02'], overdue: ['prt-gelderland-2024-02-08-2 2024-06-01'], agreed: [],
    });
    // Another body sees none of it.
    expect(ids(changesBetween(events, 'PRT Utrecht', null, '2024-06-13'))).toEqual({ closed: [], proposed: [], overdue: [], agreed: [] });
  });

  it('on the shipped minutes: the meeting page of 25 April 2023 lists what closed since 21 April and what it agreed', () => {
    const ctx = shippedContext();
    const changesOf = meetingChangesBuilder(ctx);
    const m = ctx.meetingsById.get('lrt-2023-04-25')!;
    const c = changesOf(m, ctx.meetingsById.get('lrt-2023-04-21')!);
    expect(c.since!.title).toBe('LRT 21 april 2023');
    expect(Object.fromEntries(c.groups.map((g) => [g.key, g.items.map((i) => `${i.id}${i.note ? ` ${i.note}` : ''}`)]))).toEqual({
      closed: ['lrt-2023-04-21-1 Afgerond', 'lrt-2023-04-21-2 Afgerond'],
      proposed: [],
      overdue: [],
      agreed: ['lrt-2023-04-25-1', 'lrt-2023-04-25-2'],
    });
    // The first meeting has no previous one: everything up to it.
    const first = changesOf(ctx.meetingsById.get('lrt-2022-09-16')!, null);
    expect(first.since).toBeNull();
    expect(first.groups.find((g) => g.key === 'agreed')!.items.map((i) => i.id)).toEqual(Array.from({ length: 9 }, (_, i) => `lrt-2022-09-16-${i + 1}`));
  });
});
