import type { Register } from '../schema/register.js';
import type { Organisation } from '../schema/registry.js';
import { dueWithin, windowEnd } from '../link/dueWithin.js';
import { formatDateNl } from './formatDateNl.js';

/**
 * `lrt open --binnen N`: what falls due within N days, one section per owner, each ready to paste
 * into a mail to that owner.
 */
export function dueSoonMarkdown(register: Register, organisations: Organisation[], days: number, owner?: string): string {
  const groups = dueWithin(register, days, owner);
  const until = windowEnd(register.asOf, days);
  const out = [
    `# Termijnen binnen ${days} ${days === 1 ? 'dag' : 'dagen'}${owner ? ` van ${owner}` : ', per eigenaar'}: ${formatDateNl(register.asOf)} tot en met ${formatDateNl(until)}`,
  ];
  if (groups.size === 0) out.push('', `Geen openstaande afspraken met een termijn in deze ${days} ${days === 1 ? 'dag' : 'dagen'}.`);
  for (const [code, items] of groups) {
    const name = organisations.find((o) => o.code === code)?.naam ?? (code === '—' ? 'Zonder eigenaar' : code);
    out.push('', `## ${code} — ${name} (${items.length})`, '');
    out.push(`Beste collega's van ${code}, deze afspraken van de ${[...new Set(items.map((i) => i.agreement.meeting.body))].join(' en ')} lopen binnenkort af:`, '');
    for (const i of items) {
      const a = i.agreement;
      out.push(`- **${formatDateNl(i.date)}** (“${i.text}”) — ${a.id}, ${a.label.toLowerCase()} ${a.meeting.body} ${formatDateNl(a.meeting.date)}: ${a.text}${a.confirmed ? ` (${a.confirmed.note})` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}
