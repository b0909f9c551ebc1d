import type { Diagnostic } from '../schema/diagnostic.js';
import type { Agreement, FollowUp } from '../schema/register.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import { diagnostic } from '../diagnostics/diagnostic.js';

type Target = (ref: string, file: string, at: { line: number; column: number }) => Agreement | undefined;

/**
 * "vervangt: <id>" / "trekt in: <id>" under a Besluit: the earlier decision gets a follow-up that
 * ends it (status vervallen, relation vervangen or ingetrokken). Only a decision can replace or
 * withdraw a decision, and only an earlier one: anything else is reported, not applied.
 */
export function lifecycleFollowUps(minutes: MinutesRecord[], byId: Map<string, Agreement>, target: Target): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const m of minutes) {
    for (const r of m.lifecycleRefs ?? []) {
      const from = byId.get(r.from)!;
      if (r.ref === r.from) {
        diagnostics.push(diagnostic('lifecycle-self', m.file, r.at, { key: r.key, value: r.ref }));
        continue;
      }
      const earlier = target(r.ref, m.file, r.at);
      if (!earlier) continue;
      if (from.kind !== 'besluit' || earlier.kind !== 'besluit') {
        diagnostics.push(diagnostic('lifecycle-not-decision', m.file, r.at, { key: r.key, value: r.ref }));
        continue;
      }
      if (earlier.meeting.date > from.meeting.date) {
        diagnostics.push(diagnostic('lifecycle-not-earlier', m.file, r.at, { key: r.key, value: r.ref, date: earlier.meeting.date }));
        continue;
      }
      const followUp: FollowUp = {
        date: m.meeting.date,
        source: m.file,
        kind: 'vergadering',
        ref: from.id,
        text: `${from.label}: ${from.text}`,
        status: 'vervallen',
        line: from.source.line,
        relation: r.key === 'vervangt' ? 'vervangen' : 'ingetrokken',
      };
      earlier.followUps.push(followUp);
    }
  }
  return diagnostics;
}

/**
 * After the as-of cut: who replaced or withdrew whom, both ways, from the follow-ups that remain
 * (a Besluit of a meeting after the as-of date has not replaced anything yet).
 */
export function markLifecycle(agreements: Agreement[], byId: Map<string, Agreement>): void {
  for (const a of agreements) {
    for (const f of a.followUps) {
      if (f.relation !== 'vervangen' && f.relation !== 'ingetrokken') continue;
      const later = byId.get(f.ref);
      if (f.relation === 'vervangen') {
        a.supersededBy ??= f.ref;
        later?.supersedes.push(a.id);
      } else {
        a.withdrawnBy ??= f.ref;
        later?.withdraws.push(a.id);
      }
    }
  }
}
