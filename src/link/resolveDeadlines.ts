import type { Diagnostic } from '../schema/diagnostic.js';
import type { Moment } from '../schema/register.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import { resolveMoments, valueMoment, type MeetingReference } from '../extract/deadline.js';
import { meetingIndex, type MeetingIndex } from '../extract/deadline/meetingIndex.js';
import { settleDeadline } from '../extract/deadline/openDeadline.js';

const resolve = (found: Moment[] | MeetingReference, index: MeetingIndex) => (Array.isArray(found) ? found : resolveMoments(found, index));

/**
 * The deadlines extraction left open because they name a meeting ("de volgende LRT", "de LRT van
 * juni"), settled against every meeting of the run: the same moments and diagnostics as if the
 * file had been read knowing them. Records without open deadlines come back as they were.
 */
export function resolveDeadlines<R extends { kind: string }>(
  records: R[],
  meetings: { body: string; date: string }[],
): { records: R[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let index: MeetingIndex | null = null;
  const out = records.map((r) => {
    if (r.kind !== 'verslag') return r;
    const m = r as unknown as MinutesRecord;
    if (!m.openDeadlines.length) return r;
    index ??= meetingIndex(meetings);
    const agreements = [...m.agreements];
    for (const open of m.openDeadlines) {
      const termijn = open.termijn && {
        value: open.termijn.value,
        at: open.termijn.at,
        moment:
          open.termijn.found !== null && 'input' in open.termijn.found
            ? valueMoment(open.termijn.found.input, resolveMoments(open.termijn.found, index))
            : open.termijn.found,
      };
      const line = agreements[open.agreement]!.source.line;
      const settled = settleDeadline(resolve(open.text, index), termijn, m.meeting.date, m.file, () => ({ line, column: 1 }));
      diagnostics.push(...settled.diagnostics);
      agreements[open.agreement] = { ...agreements[open.agreement]!, deadline: settled.deadline };
    }
    return { ...m, agreements, openDeadlines: [] } as unknown as R;
  });
  return { records: out, diagnostics };
}
