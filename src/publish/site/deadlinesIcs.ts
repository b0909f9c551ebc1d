import type { Agreement } from '../../schema/register.js';
import { ownersText } from '../ownersText.js';
import { CHANGE_EVENT_LABEL, KIND_LABEL, STATUS_LABEL } from './dutchLabels.js';
import type { ChangeEvent } from '../../link/changeEvents.js';

export interface IcsOptions {
  name: string;
  /** ISO timestamp of the build: DTSTAMP of every event. */
  generated: string;
  /** Absolute address of an agreement's page, when the site's address is known. */
  urlOf: (id: string) => string | null;
  /** What happened to these agreements (made, closed, proposed, overdue): one all-day event each. */
  events?: ChangeEvent[];
  /**
   * The events already written for an agreement or a change, folded, for calendars made with the
   * same `generated` and `urlOf`: the register's calendar and each owner's share their events, so
   * each is written once.
   */
  memo?: WeakMap<object, string>;
}

/** RFC 5545 text: backslash, semicolon, comma and newline escaped. */
function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets folded, never inside a UTF-8 character. */
function fold(line: string): string {
  // Most lines fit: at most 75 UTF-16 units of ASCII are at most 75 octets.
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  const out: string[] = [];
  let from = 0;
  let bytes = 0;
  // Counted by UTF-16 unit, a surrogate pair as one 4-octet character, a lone surrogate as 3 octets.
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(line.slice(from, i));
      from = i;
      bytes = 0;
    }
    bytes += n;
    i += pair ? 2 : 1;
  }
  out.push(line.slice(from));
  return out.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function short(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}

/**
 * Every dated moment of the agreements as an all-day event. An agreement with two moments
 * (the letter tomorrow, the next one early next week) gives two events.
 */
export function deadlinesIcs(agreements: Agreement[], opts: IcsOptions): string {
  const stamp = opts.generated.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/Z?$/, 'Z');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//LRT//Afsprakenregister//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(opts.name)}`,
  ];
  const folded = (lines: string[]) => lines.map(fold).join('\r\n');
  const blocks = [folded(lines)];
  const memo = opts.memo ?? new WeakMap<object, string>();
  const once = (key: object, make: (lines: string[]) => void) => {
    let block = memo.get(key);
    if (block === undefined) {
      const lines: string[] = [];
      make(lines);
      memo.set(key, (block = folded(lines)));
    }
    if (block) blocks.push(block);
  };
  for (const a of agreements) once(a, (lines) => {
    a.deadline.moments.forEach((m, i) => {
      if (!m.date) return;
      const url = opts.urlOf(a.id);
      const owners = ownersText(a);
      const done = a.status === 'afgerond' || a.status === 'vervallen';
      const description = [
        `${KIND_LABEL[a.kind]} ${a.id} (${owners})`,
        a.text,
        `Termijn: “${m.text}”${m.note ? ` (${m.note})` : ''}`,
        `Status: ${STATUS_LABEL[a.status]}${a.overdue ? ', termijn verstreken' : ''}`,
        ...(url ? [url] : []),
      ].join('\n');
      lines.push(
        'BEGIN:VEVENT',
        `UID:${a.id}-${i + 1}@lrt-afsprakenregister`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compactDate(m.date)}`,
        `DTEND;VALUE=DATE:${compactDate(nextDay(m.date))}`,
        `SUMMARY:${icsText(`${done ? `[${STATUS_LABEL[a.status].toLowerCase()}] ` : ''}${owners}: ${short(a.text, 80)}`)}`,
        `DESCRIPTION:${icsText(description)}`,
        `STATUS:${a.status === 'vervallen' ? 'CANCELLED' : 'CONFIRMED'}`,
        'TRANSP:TRANSPARENT',
        ...(url ? [`URL:${url}`] : []),
        // A reminder a week before, for what is still to be done.
        ...(done ? [] : ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-P7D', `DESCRIPTION:${icsText(`Over een week: termijn van ${a.id} (${owners})`)}`, 'END:VALARM']),
        'END:VEVENT',
      );
    });
  });
  for (const e of opts.events ?? []) once(e, (lines) => {
    const a = e.agreement;
    const url = opts.urlOf(a.id);
    const owners = ownersText(a);
    const what = e.status ? STATUS_LABEL[e.status].toLowerCase() : CHANGE_EVENT_LABEL[e.kind];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${a.id}-${e.kind}-${e.date}@lrt-afsprakenregister`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(e.date))}`,
      `SUMMARY:${icsText(`[${what}] ${owners}: ${short(a.text, 80)}`)}`,
      `DESCRIPTION:${icsText([`${KIND_LABEL[a.kind]} ${a.id} (${owners}): ${what}`, a.text, ...(url ? [url] : [])].join('\n'))}`,
      'STATUS:CONFIRMED',
      'TRANSP:TRANSPARENT',
      ...(url ? [`URL:${url}`] : []),
      'END:VEVENT',
    );
  });
  blocks.push('END:VCALENDAR');
  return blocks.join('\r\n') + '\r\n';
}
