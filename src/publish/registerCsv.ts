import type { Register } from '../schema/register.js';

const COLUMNS = [
  'id', 'soort', 'vergadering', 'datum', 'orgaan', 'agendapunt', 'tekst', 'eigenaren', 'eigenaren_afgeleid',
  'termijn', 'termijn_tekst', 'status', 'te_laat', 'vervolg', 'bron', 'bevestiging',
] as const;

/**
 * CSV for Excel as Dutch offices use it: semicolon separator (Excel's list separator in a Dutch
 * locale), a BOM so it opens as UTF-8, CRLF line ends.
 */
export function registerCsv(register: Register): string {
  const cell = (v: string) => (/[";\r\n]/.test(v) || /^[=+\-@]/.test(v) ? `"${v.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : v);
  const rows = register.agreements.map((a) =>
    [
      a.id, a.kind, a.meeting.id, a.meeting.date, a.meeting.body,
      a.agendaItem ? [a.agendaItem.number, a.agendaItem.title].filter(Boolean).join('. ') : '',
      a.text, a.owners.join(', '), a.ownersInferred ? 'ja' : 'nee', a.deadline.date ?? '', a.deadline.text ?? '',
      a.status, a.overdue ? 'ja' : 'nee',
      a.followUps.map((f) => `${f.date ?? 'datum onbekend'}: ${f.text || 'op de agenda, niets nieuws vermeld'}`).join(' | '),
      `${a.source.file}:${a.source.line}`,
      // As the site marks it: the minutes carry no label, the secretariat confirmed it in agreements/.
      a.confirmed ? `${a.confirmed.note} (${a.confirmed.file}:${a.confirmed.line})` : '',
    ].map((v) => cell(String(v))).join(';'),
  );
  return '\ufeff' + [COLUMNS.join(';'), ...rows].join('\r\n') + '\r\n';
}
