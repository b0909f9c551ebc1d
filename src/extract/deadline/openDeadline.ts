import type { Agreement, Moment } from '../../schema/register.js';
import type { Diagnostic } from '../../schema/diagnostic.js';
import { diagnostic, type Position } from '../../diagnostics/diagnostic.js';
import type { MeetingReference } from '../deadline.js';

/**
 * An agreement's deadline that names a meeting ("de volgende LRT"), as one file's extraction
 * leaves it: the moments of its text and of its "termijn:" value, each final or a reference.
 * Linking resolves it with every meeting known (src/link/resolveDeadlines.ts). A plain value.
 */
export interface OpenDeadline {
  /** Index of the agreement in its record. */
  agreement: number;
  text: Moment[] | MeetingReference;
  termijn: { value: string; at: Position; found: Moment | null | MeetingReference } | null;
}

/**
 * The deadline of an agreement from the moments of its text and its "termijn:" value (null when
 * it has none, or an invalid date reported already): the value wins when it names a moment; a
 * value that names none, or a moment before the meeting, is reported; so is a text's moment before the meeting.
 */
export function settleDeadline(
  textMoments: Moment[],
  termijn: { value: string; at: Position; moment: Moment | null } | null,
  meetingDate: string,
  file: string,
  locate: (words: string) => Position,
): { deadline: Agreement['deadline']; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let moments = textMoments;
  if (termijn) {
    const m = termijn.moment;
    if (!m) diagnostics.push(diagnostic('deadline-unreadable', file, termijn.at, { value: termijn.value }));
    else {
      if (m.date && m.date < meetingDate) diagnostics.push(diagnostic('deadline-before-meeting', file, termijn.at, { value: m.date, meeting: meetingDate }));
      moments = [m];
    }
  }
  const first = moments.filter((m) => m.date).sort((a, b) => a.date!.localeCompare(b.date!))[0] ?? null;
  // "uiterlijk 15 maart 2023" in minutes of 2024: a year written out that makes the agreement
  // overdue the day it was made is most likely mistyped. A date without a year ("voor 15 maart",
  // two weeks before the meeting) is read as recently overdue on purpose (inferYear.ts).
  if (moments === textMoments && first?.date && first.text && first.date < meetingDate && /\d{4}/.test(first.text))
    diagnostics.push(diagnostic('deadline-text-before-meeting', file, locate(first.text), { text: first.text, value: first.date, meeting: meetingDate }));
  return { deadline: { date: first?.date ?? null, text: first?.text ?? null, moments }, diagnostics };
}
